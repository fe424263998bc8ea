"""False-positive rate of the spinner normalizer on clean text.

Runs SPN alone over clean documents (default: the Gutenberg books and
Wikinews articles of the shared benchmark corpus) and reports applied edits
and suggestions per 100,000 words, the context-entry match rate that
textrepair.spin.evidence.CONTEXT_BASELINE is calibrated against, the
documents' spin scores and the entries that fired most.

    python benchmarks/spinner_fp.py [PATH ...] [--top 20] [--lexicon EXTRA.tsv] [--context spun|all|off]
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

import regex

from textrepair import repair

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
WORD = regex.compile(r"\w+(?:['’]\w+)*")


def documents(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(q for q in p.rglob("*") if q.is_file() and q.suffix in (".txt", ".md", ""))
        else:
            out.append(p)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[CORPUS / "gutenberg", CORPUS / "wikinews" / "articles"])
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--lexicon", action="append", default=[], help="an extra spinner lexicon to include")
    ap.add_argument("--context", default="spun", choices=["spun", "all", "off"], help="spinner-context mode (SPN005)")
    args = ap.parse_args(argv)
    words = 0
    applied: collections.Counter[str] = collections.Counter()
    suggested: collections.Counter[str] = collections.Counter()
    context_matches = 0
    scores: list[tuple[float, str]] = []
    examples: dict[str, str] = {}
    t0 = time.perf_counter()
    docs = documents(args.paths)
    for path in docs:
        text = path.read_text("utf-8", errors="replace")
        words += len(WORD.findall(text))
        r = repair(text, select=["SPN"], spinner_lexicons=args.lexicon, spinner_context=args.context)
        for e in r.edits:
            key = f"{e.rule} {e.before!r}->{e.after!r} [{e.source}]"
            applied[key] += 1
            examples.setdefault(key, f"{path.name}: ...{text[max(0, e.start - 60) : e.end + 60]!r}...")
        for e in r.suggestions:
            suggested[f"{e.rule} {e.before!r}->{e.after!r}"] += 1
        spin = r.signals["spin"]
        context_matches += sum(1 for p in spin["paragraphs"] for f in p["fingerprints"] if f["kind"] == "context")
        scores.append((spin["score"], path.name))
    secs = time.perf_counter() - t0
    n_applied = sum(applied.values())
    print(f"documents: {len(docs)}  words: {words}  time: {secs:.1f}s")
    print(f"applied edits: {n_applied}  = {n_applied / words * 1e5:.2f} per 100k words (target < 1)")
    print(f"suggestions: {sum(suggested.values())}  = {sum(suggested.values()) / words * 1e5:.2f} per 100k words")
    print(f"context-entry matches: {context_matches / words * 100:.3f} per 100 words")
    scores.sort(reverse=True)
    print("highest document spin scores:", ", ".join(f"{n} {s:.2f}" for s, n in scores[:5]))
    for key, n in applied.most_common(args.top):
        print(f"  applied {n:4d}  {key}\n           {examples[key]}")
    for key, n in suggested.most_common(args.top):
        print(f"  suggested {n:4d}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
