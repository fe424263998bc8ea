"""Quality checks for the spinner lexicons: lint, and firing rates on clean text.

Lint (always): bad columns, unknown kind/pos, spun side not lower case or badly spaced,
self-maps, duplicate spun phrases (within and across files), loops (an original that is
itself, or contains, a spun key of kind fix or context), and files not sorted by the spun column.

Firing (with --corpus): every entry's surface forms (inflected by the engine itself,
textrepair.spin.lexicon.forms) are searched in one Aho-Corasick pass per corpus file, on word
boundaries; the rate per 100k words is reported for every entry. Clean text should not
contain spinner output, so a ``fix`` entry that fires there is flagged.

Usage:
  python scripts/lexicon_qa.py                      # lint only
  python scripts/lexicon_qa.py --corpus ../shared/corpus --report qa.tsv
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from textrepair.lexicon import LexiconError
from textrepair.spin.lexicon import KINDS, SHIPPED_COLUMNS, Entry, forms, parse_lines, read_with_header, sort_key

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons" / "spinner"

_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    check: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.check}: {self.message}"


def normalise(text: str) -> str:
    """Lower-case, straight apostrophes, single spaces: the form phrases are matched in."""
    return _SPACES.sub(" ", text.translate(_APOSTROPHES).lower())


def lint_columns(path: Path) -> list[Problem]:
    """Column-level problems of one file: what the engine's parser refuses, then the shipped files' style.

    Style: the part of speech always written, no stray spaces, lower-case spun
    phrases, examples as "spun => repaired", no phrase mapped to itself.
    """
    problems: list[Problem] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = (path.name, number)
        try:
            next(parse_lines([line], path.name))
        except LexiconError as exc:
            problems.append(Problem(*where, "format", str(exc).split(": ", 1)[-1]))
            continue
        cols = line.split("\t")
        if len(cols) < SHIPPED_COLUMNS:
            problems.append(Problem(*where, "columns", f"expected 4-6 tab-separated columns, got {len(cols)}"))
            continue
        spun, original = cols[:2]
        for name, value in (("spun", spun), ("original", original)):
            if not value or value != value.strip() or "  " in value:
                problems.append(Problem(*where, "spacing", f"{name} column {value!r} is empty or badly spaced"))
        if spun != spun.lower():
            problems.append(Problem(*where, "case", f"spun phrase {spun!r} is not lower case"))
        if len(cols) >= 5 and cols[4] and " => " not in cols[4]:
            problems.append(Problem(*where, "example", "example must read 'spun sentence => repaired sentence'"))
        if spun.lower() == original.lower():
            problems.append(Problem(*where, "self-map", f"{spun!r} maps to itself"))
    return problems


def lint_sorted(path: Path, entries: list[Entry]) -> list[Problem]:
    for before, entry in itertools.pairwise(entries):
        if sort_key(entry) < sort_key(before):
            return [Problem(path.name, entry.line, "unsorted", f"{entry.spun!r} is out of order (sort by column 1)")]
    return []


def _contains_phrase(text: str, phrase: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text) is not None


def lint_collection(files: dict[Path, list[Entry]]) -> list[Problem]:
    """Duplicates and loops across all files."""
    problems: list[Problem] = []
    first_seen: dict[str, tuple[str, int]] = {}
    fix_keys: set[str] = set()  # keys that can change text: fix and context
    all_keys: set[str] = set()
    for path, entries in files.items():
        for entry in entries:
            key = entry.spun.lower()
            if key in first_seen:
                other = first_seen[key]
                problems.append(
                    Problem(path.name, entry.line, "duplicate", f"{entry.spun!r} also at {other[0]}:{other[1]}")
                )
            else:
                first_seen[key] = (path.name, entry.line)
            all_keys.add(key)
            if entry.kind != "report":
                fix_keys.add(key)
    for path, entries in files.items():
        for entry in entries:
            original = normalise(entry.original)
            if original in all_keys:
                problems.append(Problem(path.name, entry.line, "loop", f"original {entry.original!r} is a spun key"))
                continue
            for key in fix_keys:
                if key in original and _contains_phrase(original, key):
                    problems.append(
                        Problem(path.name, entry.line, "loop", f"original {entry.original!r} contains key {key!r}")
                    )
    return problems


def load(folder: Path) -> dict[Path, list[Entry]]:
    return {path: read_with_header(path)[1] for path in sorted(folder.glob("*.tsv"))}


def lint(folder: Path = LEXICON_DIR) -> list[Problem]:
    """Every lint problem in the lexicon folder (files the parser refuses are checked line by line only)."""
    files: dict[Path, list[Entry]] = {}
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.tsv")):
        columns = lint_columns(path)
        problems += columns
        if not any(p.check == "format" for p in columns):
            files[path] = read_with_header(path)[1]
            problems += lint_sorted(path, files[path])
    problems += lint_collection(files)
    return problems


# ---------------------------------------------------------------- firing on a corpus


def corpus_documents(corpus: Path) -> dict[str, list[Path]]:
    """Corpus parts and their files: gutenberg books and wikinews articles."""
    return {
        "gutenberg": sorted((corpus / "gutenberg").glob("*.txt")),
        "wikinews": sorted((corpus / "wikinews" / "articles").glob("*.txt")),
    }


def surface_forms(entry: Entry) -> list[str]:
    """The forms the engine itself matches for ``entry``, inflections included."""
    return list(dict.fromkeys(f.key for f in forms(entry)))


def build_automaton(entries: list[Entry]):
    import ahocorasick

    owners: dict[str, list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        for form in surface_forms(entry):
            owners[form].append(index)
    automaton = ahocorasick.Automaton()
    for form, indexes in owners.items():
        automaton.add_word(form, (form, tuple(dict.fromkeys(indexes))))
    automaton.make_automaton()
    return automaton


def _is_boundary(text: str, index: int) -> bool:
    return index < 0 or index >= len(text) or not (text[index].isalnum() or text[index] in "-_")


def count_hits(automaton, text: str, counts: Counter[int]) -> None:
    """Add the whole-word hits of every entry in ``text`` (already normalised) to ``counts``."""
    for end, (form, indexes) in automaton.iter(text):
        start = end - len(form) + 1
        left_ok = _is_boundary(text, start - 1) or not form[0].isalnum()
        right_ok = _is_boundary(text, end + 1) or not form[-1].isalnum()
        if left_ok and right_ok:
            for index in indexes:
                counts[index] += 1


def fire(entries: list[Entry], corpus: Path) -> tuple[dict[str, int], dict[str, Counter[int]]]:
    """Word totals and per-entry hit counts for each corpus part."""
    automaton = build_automaton(entries)
    words: dict[str, int] = {}
    hits: dict[str, Counter[int]] = {}
    for part, paths in corpus_documents(corpus).items():
        counts: Counter[int] = Counter()
        total = 0
        for path in paths:
            text = normalise(path.read_text(encoding="utf-8", errors="replace"))
            total += text.count(" ") + 1
            count_hits(automaton, text, counts)
        words[part], hits[part] = total, counts
    return words, hits


def per_100k(count: int, words: int) -> float:
    return 100_000 * count / words if words else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lexicons", type=Path, default=LEXICON_DIR, help="folder of *.tsv lexicons")
    parser.add_argument("--corpus", type=Path, help="clean corpus folder (gutenberg/, wikinews/articles/)")
    parser.add_argument("--report", type=Path, help="write every entry's firing rates to this TSV file")
    parser.add_argument("--top", type=int, default=40, help="how many firing entries to print")
    args = parser.parse_args(argv)

    problems = lint(args.lexicons)
    for problem in problems:
        print(problem)
    files = load(args.lexicons)
    entries = [e for es in files.values() for e in es]
    origin = {id(e): p.name for p, es in files.items() for e in es}
    by_kind = Counter(e.kind for e in entries)
    print(f"lint: {len(problems)} problem(s); {len(entries)} entries in {len(files)} files; {dict(by_kind)}")
    for path, file_entries in files.items():
        kinds = Counter(e.kind for e in file_entries)
        print(f"  {path.name}: {len(file_entries)} ({', '.join(f'{k} {kinds[k]}' for k in KINDS)})")
    if not args.corpus:
        return 1 if problems else 0

    words, hits = fire(entries, args.corpus)
    total_words = sum(words.values())
    fired = []
    rows = ["file\tspun\toriginal\tkind\tpos\t" + "\t".join(f"{p}_hits\t{p}_per100k" for p in words) + "\tall_per100k"]
    for index, entry in enumerate(entries):
        counts = {part: hits[part][index] for part in words}
        total = sum(counts.values())
        rate = per_100k(total, total_words)
        cells = "\t".join(f"{counts[p]}\t{per_100k(counts[p], words[p]):.3f}" for p in words)
        rows.append(
            f"{origin[id(entry)]}\t{entry.spun}\t{entry.original}\t{entry.kind}\t{entry.pos}\t{cells}\t{rate:.3f}"
        )
        if total:
            fired.append((rate, entry, counts))
    if args.report:
        args.report.write_text("\n".join(rows) + "\n", encoding="utf-8")
    fired.sort(key=lambda item: -item[0])
    fix_fired = [item for item in fired if item[1].kind == "fix"]
    print(f"corpus: {', '.join(f'{p} {w:,} words' for p, w in words.items())}")
    for part in words:
        part_hits = sum(hits[part].values())
        part_fix = sum(n for i, n in hits[part].items() if entries[i].kind == "fix")
        print(
            f"  {part}: {part_hits} hits ({per_100k(part_hits, words[part]):.2f}/100k words), "
            f"fix entries: {part_fix} hits ({per_100k(part_fix, words[part]):.3f}/100k)"
        )
    print(f"entries firing: {len(fired)} of {len(entries)}; fix entries firing: {len(fix_fired)}")
    for rate, entry, counts in fired[: args.top]:
        flag = "FIX-FIRES " if entry.kind == "fix" else ""
        detail = " ".join(f"{p}={n}" for p, n in counts.items())
        print(f"  {flag}{rate:8.3f}/100k  {entry.spun!r} -> {entry.original!r} [{entry.kind}] {detail}")
    shown = {id(item[1]) for item in fired[: args.top]}
    for rate, entry, _ in fix_fired:
        if id(entry) not in shown:
            print(f"  FIX-FIRES {rate:8.3f}/100k  {entry.spun!r} -> {entry.original!r}")
    return 1 if problems or fix_fired else 0


if __name__ == "__main__":
    sys.exit(main())
