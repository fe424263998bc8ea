"""False positives of the proper-noun normalizer (PRN) on clean text.

Runs only PRN over the clean corpus (Gutenberg books and Wikinews articles)
and reports name edits per 100,000 words; every edit on this corpus is a
false positive. Suggestions (not applied) are counted separately.

    python benchmarks/names_fp.py [--corpus ../shared/corpus] [--show 30]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from textrepair import repair


def documents(corpus: Path) -> list[Path]:
    return sorted((corpus / "gutenberg").glob("*.txt")) + sorted((corpus / "wikinews" / "articles").rglob("*.txt"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--show", type=int, default=30, help="print the most frequent N edits")
    args = parser.parse_args(argv)
    words = 0
    edits: Counter[str] = Counter()
    suggestions: Counter[str] = Counter()
    by_part: Counter[str] = Counter()
    words_by_part: Counter[str] = Counter()
    start = time.perf_counter()
    size = 0
    for path in documents(args.corpus):
        text = path.read_text("utf-8")
        size += len(text.encode("utf-8"))
        part = "wikinews" if "wikinews" in path.parts else "gutenberg"
        n = len(text.split())
        words += n
        words_by_part[part] += n
        result = repair(text, select=["PRN"])
        for e in result.edits:
            edits[f"{e.rule} {e.before!r} -> {e.after!r}"] += 1
            by_part[part] += 1
        for e in result.suggestions:
            suggestions[f"{e.rule} {e.before!r} -> {e.after!r}"] += 1
    seconds = time.perf_counter() - start
    total = sum(edits.values())
    print(f"words: {words:,}  edits: {total}  per 100k words: {total / words * 1e5:.3f}")
    for part in sorted(words_by_part):
        print(f"  {part}: {by_part[part]} edits in {words_by_part[part]:,} words")
    print(f"suggestions: {sum(suggestions.values())}  speed: {size / seconds / 1e6:.2f} MB/s (PRN only)")
    for line, count in edits.most_common(args.show):
        print(f"  {count:4d}  {line}")
    if suggestions:
        print("suggestions:")
        for line, count in suggestions.most_common(args.show):
            print(f"  {count:4d}  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
