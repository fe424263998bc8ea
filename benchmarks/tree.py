"""`textrepair check` over a generated content repo, next to codespell.

    python benchmarks/tree.py [--files 2000] [--jobs 0]

Builds a tree of Markdown files (~5 KB each, ~10 MB for 2,000: front matter, headings, prose
paragraphs taken from ../shared/corpus, a fenced code block, inline code and
links) in a temporary folder, then times `textrepair check` on it (all cores
unless --jobs) and `codespell` (if installed) on the same tree in the same
run. Prints wall time and files/s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "wikinews-sample-1mb.txt"


def paragraphs(corpus: Path = CORPUS) -> list[str]:
    """The prose the tree is built from: real news paragraphs, never a stand-in (it would measure nothing real)."""
    if not corpus.is_file():
        sys.exit(f"tree.py: no corpus at {corpus} (the benchmark needs ../shared/corpus; see --corpus)")
    text = corpus.read_text("utf-8")
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80]


def build(root: Path, files: int, seed: int = 7, corpus: Path = CORPUS) -> int:
    rng = random.Random(seed)
    paras = paragraphs(corpus)
    size = 0
    for i in range(files):
        body = [
            "---",
            f'title: "Post {i}: a “quoted” title"',
            f"date: 2024-01-{i % 28 + 1:02d}",
            'tags: [news, "quotes"]',
            "---",
            "",
            f"# Heading {i}",
            "",
        ]
        for _ in range(10):
            body += [rng.choice(paras), ""]
        body += ["```python", 'print("don\'t touch this .")', "```", ""]
        body += [f"See `code .` and [a link](https://example.com/{i}?q=a_b) for more.", ""]
        body += [rng.choice(paras), ""]
        text = "\n".join(body)
        path = root / f"section{i % 20:02d}" / f"post{i:04d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        size += len(text.encode("utf-8"))
    return size


def timed(cmd: list[str], cwd: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="a text file of paragraphs (default: %(default)s)")
    args = ap.parse_args()
    exe = Path(sys.executable).with_name("textrepair")
    textrepair = [str(exe)] if exe.exists() else [sys.executable, "-m", "textrepair.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        size = build(root, args.files, corpus=args.corpus)
        print(f"tree: {args.files} Markdown files, {size / 1e6:.1f} MB")
        cmd = [*textrepair, "check", "--no-diff", "-q", "."]
        if args.jobs:
            cmd[2:2] = ["-j", str(args.jobs)]
        t = timed(cmd, root)
        print(f"textrepair check   {t:7.2f} s  {args.files / t:8.0f} files/s  {size / 1e6 / t:6.2f} MB/s")
        codespell = shutil.which("codespell") or str(Path(sys.executable).with_name("codespell"))
        if Path(codespell).exists():
            t = timed([codespell, "."], root)
            print(f"codespell          {t:7.2f} s  {args.files / t:8.0f} files/s  {size / 1e6 / t:6.2f} MB/s")
        else:
            print("codespell          not installed (pip install codespell)")


if __name__ == "__main__":
    main()
