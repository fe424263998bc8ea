"""What ``textrepair fix`` changes in real documentation trees kept as their authors wrote them.

Copies each tree to a temporary folder, runs ``textrepair fix`` over the copy
(as the pre-commit hook would, with the default settings for files) and lists
what changed: files, edits by rule, edits per 100,000 words of prose, and any
change to protected text (code, URLs, shortcodes, includes, roles, front
matter keys), which must be none.

    python benchmarks/docs_trees.py [--docs ../shared/corpus/docs] [--show 20] [TREE...]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from textrepair.cli import DEFAULT_INCLUDE
from textrepair.markup import kind_for_path, protected_spans

#: Words are counted per this many for the false-edit rate the docs trees are held to.
PER_WORDS = 100_000


def _protected(path: Path) -> list[str]:
    text = path.read_text("utf-8")
    return [text[a:b] for a, b in protected_spans(text, kind_for_path(str(path)))]


def _prose_words(path: Path) -> int:
    text = path.read_text("utf-8")
    masked = list(text)
    for a, b in protected_spans(text, kind_for_path(str(path))):
        masked[a:b] = " " * (b - a)
    return len("".join(masked).split())


@dataclass
class TreeFigures:
    tree: str
    files: int
    changed: list[str]  # files ``fix`` rewrote
    rules: Counter[str]  # edits by rule
    prose_words: int
    protected_changed: list[str]  # files whose protected text changed: must stay empty
    shown: list[str]

    @property
    def edits(self) -> int:
        return sum(self.rules.values())


def measure(tree: Path, show: int) -> TreeFigures:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / tree.name
        shutil.copytree(tree, copy, copy_function=shutil.copyfile)  # writable copies of read-only trees
        files = sorted(p for p in copy.rglob("*") if p.is_file() and any(p.match(g) for g in DEFAULT_INCLUDE))
        before = {p: p.read_bytes() for p in files}
        protected = {p: _protected(p) for p in files}
        words = sum(_prose_words(p) for p in files)
        check = subprocess.run(
            ["textrepair", "check", "--format", "json", "-j", "2", tree.name],
            cwd=tmp,
            capture_output=True,
            text=True,
            check=False,
        )
        report = json.loads(check.stdout)
        subprocess.run(["textrepair", "fix", "-q", "-j", "2", tree.name], cwd=tmp, check=False)
        changed = [p.relative_to(copy).as_posix() for p in files if p.read_bytes() != before[p]]
        broken = [p.relative_to(copy).as_posix() for p in files if _protected(p) != protected[p]]
    rules: Counter[str] = Counter()
    shown: list[str] = []
    for entry in report["files"]:
        for e in entry["edits"]:
            rules[e["rule"]] += 1
            if len(shown) < show:
                where = f"{entry['path']}:{e['line']}:{e['column']}"
                shown.append(f"  {where} {e['rule']} {e['before']!r} → {e['after']!r}")
    return TreeFigures(tree.name, len(files), changed, rules, words, broken, shown)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs"
    parser.add_argument("--docs", type=Path, default=default, help="folder holding the trees")
    parser.add_argument("--show", type=int, default=20, help="print the first N edits of each tree")
    parser.add_argument("trees", nargs="*", help="tree names under --docs (default: all)")
    args = parser.parse_args(argv)
    names = args.trees or sorted(p.name for p in args.docs.iterdir() if p.is_dir())
    failed = False
    for name in names:
        r = measure(args.docs / name, args.show)
        rate = PER_WORDS * r.edits / max(r.prose_words, 1)
        print(f"{r.tree}: {len(r.changed)} of {r.files} files changed, {r.edits} edits {dict(sorted(r.rules.items()))}")
        print(f"  {r.prose_words} words of prose; {rate:.1f} edits per {PER_WORDS:,} words")
        for path in r.changed:
            print(f"  changed: {path}")
        print("\n".join(r.shown))
        if r.protected_changed:
            failed = True
            print(f"  PROTECTED TEXT CHANGED in {r.protected_changed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
