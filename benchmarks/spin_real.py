"""Spinner repair on real text: spun passages from the web, and clean news and books.

Scores the default pipeline on ``shared/eval/spun-dev.jsonl`` (real spun
passages with their originals) per spinner family, with the scorer in
``shared/eval/score.py`` (error reduction, edit precision and recall), and
counts the spinner edits applied and suggested per 100,000 words of clean
text (``shared/eval/clean-dev.jsonl``, Wikinews articles and, with
``--books``, the Gutenberg books). ``--set NAME=VALUE`` overrides a constant of
``textrepair.spin.context`` for the run, to measure a setting before changing
it.

    python benchmarks/spin_real.py [--verbose] [--books] [--articles N] [--context spun|all|off]
                                   [--set LM_SCALE=0.7 ...]
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

from textrepair import repair
from textrepair.spin import context

SHARED = Path(__file__).resolve().parents[2] / "shared"
WORD = re.compile(r"\w+(?:['’]\w+)*")


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _records(name: str) -> list[dict[str, Any]]:
    with (SHARED / "eval" / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


CONTEXT = "spun"


def spun(verbose: bool) -> None:
    score = _scorer().score
    records = _records("spun-dev.jsonl")
    outputs = {}
    for r in records:
        result = repair(r["input"], spinner_context=CONTEXT)
        outputs[r["id"]] = result.text
        if verbose:
            shown = [(e.before, e.after, round(e.confidence, 2)) for e in result.edits if e.rule.startswith("SPN")]
            print(f"{r['id']}: {shown}")
    families = collections.defaultdict(list)
    for r in records:
        families[r["family"]].append(r)
    print(f"{'spun-dev family':26} {'items':>5} {'ERR':>6} {'P':>6} {'R':>6}")
    for family, items in [*sorted(families.items()), ("all", records)]:
        s = score(items, [outputs[r["id"]] for r in items])
        print(f"{family:26} {len(items):5d} {s['ERR']:6.3f} {s['precision']:6.2f} {s['recall']:6.3f}")


def clean(books: bool, articles: int, verbose: bool) -> None:
    docs: list[tuple[str, str]] = [("clean-dev", r["input"]) for r in _records("clean-dev.jsonl")]
    wikinews = sorted((SHARED / "corpus" / "wikinews" / "articles").rglob("*.txt"))[:articles]
    docs += [("wikinews", p.read_text("utf-8")) for p in wikinews]
    if books:
        docs += [("books", p.read_text("utf-8")) for p in sorted((SHARED / "corpus" / "gutenberg").glob("*.txt"))]
    words: collections.Counter[str] = collections.Counter()
    applied: collections.Counter[str] = collections.Counter()
    suggested: collections.Counter[str] = collections.Counter()
    for source, text in docs:
        words[source] += len(WORD.findall(text))
        r = repair(text, select=["SPN"], spinner_context=CONTEXT)
        applied[source] += len(r.edits)
        suggested[source] += len(r.suggestions)
        if verbose:
            for e in r.edits:
                around = text[max(0, e.start - 50) : e.end + 50]
                print(f"  {source} APPLIED {e.rule} {e.before!r} -> {e.after!r}: ...{around!r}")
    print(f"{'clean text':12} {'words':>9} {'applied/100k':>13} {'suggested/100k':>15}")
    for source in words:
        per = 1e5 / max(words[source], 1)
        print(f"{source:12} {words[source]:9d} {applied[source] * per:13.2f} {suggested[source] * per:15.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--books", action="store_true", help="also the Gutenberg books (36 MB: minutes)")
    ap.add_argument("--articles", type=int, default=400, help="Wikinews articles to read (default 400)")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--context", default="spun", choices=["spun", "all", "off"], help="spinner-context mode (SPN005)")
    args = ap.parse_args(argv)
    global CONTEXT
    CONTEXT = args.context
    for item in args.set:
        name, _, value = item.partition("=")
        if not hasattr(context, name):
            print(f"spin_real.py: no constant {name} in textrepair.spin.context", file=sys.stderr)
            return 2
        setattr(context, name, type(getattr(context, name))(value))
    spun(args.verbose)
    clean(args.books, args.articles, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
