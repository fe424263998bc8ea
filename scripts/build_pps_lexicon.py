"""Build lexicons/spinner/science.tsv from the Problematic Paper Screener's tortured phrases.

Input: the PPS list (Cabanac, Labbé & Magazinov; CC BY 4.0) as a JSON file of
{"tortured", "correct"} pairs. The list mixes real tortured phrases with noise, so entries are
kept only when:
- the tortured side has 2-6 plain words (letters, spaces, hyphens, apostrophes): no query
  syntax, numbers, lists or brackets;
- the correct side, after dropping a trailing "(abbreviation)", has no notes such as "(?)",
  alternatives ("a / b"), brackets or other markup;
- the tortured side is not itself a correct term elsewhere in the list (a split search query
  such as "neural network"), differs from its correction, and maps to one correction only;
- the tortured side (and its plural) does not occur in the clean corpus, when one is given
  (except ATTESTED_IN_CLEAN_TEXT, famous fingerprints kept as ``context``);
- the tortured side is not already a key in another lexicon file, and the correction holds
  no tortured key (which would make repairs loop).

Phrases made only of everyday words (every word at Zipf frequency >= COMMON_ZIPF in wordfreq,
e.g. "safe reaction") are plausible clean English and are dropped too. The rest are ``context``
(scientific vocabulary: the engine needs other evidence), except a short list of well-attested
fingerprints (FIX), which are ``fix``. Lines with source ``pps``
are rewritten on each run; curated lines in science.tsv are kept.

Usage: python scripts/build_pps_lexicon.py [--source PATH] [--corpus PATH | --no-corpus]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lexicon_qa import build_automaton, corpus_documents, count_hits, normalise

from textrepair.spin.lexicon import Entry, format_file, read_with_header

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons" / "spinner"

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "lexicon-sources" / "pps-tortured-phrases.json"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
TARGET = LEXICON_DIR / "science.tsv"
SOURCE_TAG = "pps"
HEADER = [
    "# textrepair spinner lexicon: science (tortured phrases of spun scientific papers).",
    "# Columns (TAB-separated): spun, original, kind (fix|context|report), pos (n|v|x), example, source.",
    "# Lines with source 'pps' come from the Problematic Paper Screener (Cabanac, Labbe & Magazinov),",
    "# CC BY 4.0, and are rewritten by scripts/build_pps_lexicon.py; curated lines are kept.",
]

PLAIN_TORTURED = re.compile(r"^[a-z][a-z' -]*[a-z]$")
PLAIN_CORRECT = re.compile(r"^[a-z][a-z0-9' ,-]*[a-z0-9]$")
TRAILING_ABBREVIATION = re.compile(r"\s*\([^()]*\)\s*$")
COMMON_ZIPF = 4.4
ADJECTIVE_ENDINGS = ("ing", "ed", "ly", "al", "ive", "ous", "ful", "able", "ible", "ic", "less", "ant", "ent", "ary")

# Well-attested tortured phrases (cited in the PPS publications and widely reported), none of them
# English in another sense (so not "human services", "choice tree", "web of things"): fix on sight.
FIX = {
    p.strip()
    for p in """
counterfeit consciousness, profound learning, profound neural organization, irregular woodland,
colossal information, enormous information, bosom malignant growth, bosom disease,
kidney disappointment, mean square blunder, root mean square blunder, bolster vector machine,
backing vector machine, direct relapse, strategic relapse, straight relapse, haze figuring,
flag to clamor, flag to commotion, fake neural organization, counterfeit neural organization,
convolutional neural organization, repetitive neural organization, profound neural organizations,
arbitrary timberland, irregular backwoods, lion's share casting a ballot, malignant growth cell,
lung malignant growth, prostate malignant growth, information stockroom, cloud registering,
haze registering, remote sensor organization, common language preparing,
characteristic language preparing, normal language handling, picture handling, sign handling,
discourse acknowledgment, face acknowledgment, example acknowledgment, design acknowledgment,
man-made consciousness, fake consciousness, counterfeit intelligence,
worldwide positioning framework, exactness and review, choice help framework,
bunch investigation, k-implies grouping, molecule swarm enhancement, subterranean insect state,
hereditary calculation, fluffy rationale, irregular access memory, flag preparing,
vitality utilization, vitality proficiency, sun based vitality, sun based board,
inexhaustible vitality, warm conductivity
""".replace("\n", " ").split(",")
    if p.strip()
}


# Attested fingerprints that are also (old-fashioned) clean English: kept, but only as context.
ATTESTED_IN_CLEAN_TEXT = {"profound learning"}


def clean_correct(text: str) -> str | None:
    """The correction without a trailing abbreviation, or None if it holds notes or markup."""
    text = normalise(text).strip()
    text = TRAILING_ABBREVIATION.sub("", text).strip()
    return text if PLAIN_CORRECT.match(text) else None


def clean_tortured(text: str) -> str | None:
    text = normalise(text).strip()
    words = text.split(" ")
    if not PLAIN_TORTURED.match(text) or not 2 <= len(words) <= 6:
        return None
    return text


def part_of_speech(tortured: str, correct: str) -> str:
    """``n`` when both sides end in a singular noun-like word, so plurals match too."""
    last_t, last_c = tortured.split(" ")[-1], correct.split(" ")[-1]
    for word in (last_t, last_c):
        if not word.isalpha() or word.endswith("s") or word.endswith(ADJECTIVE_ENDINGS):
            return "x"
    return "n"


def candidate_pairs(phrases: list[dict[str, str]]) -> dict[str, str]:
    """Tortured -> correct for entries passing the text filters (one correction each)."""
    corrections: dict[str, set[str]] = defaultdict(set)
    all_correct = {normalise(p.get("correct", "")).strip() for p in phrases}
    all_correct |= {clean_correct(p.get("correct", "")) or "" for p in phrases}
    for phrase in phrases:
        tortured = clean_tortured(phrase.get("tortured", ""))
        correct = clean_correct(phrase.get("correct", ""))
        if tortured and correct and tortured != correct and tortured not in all_correct:
            corrections[tortured].add(correct)
    return {t: next(iter(c)) for t, c in corrections.items() if len(c) == 1}


def in_corpus(pairs: dict[str, str], corpus: Path) -> set[str]:
    """Tortured phrases found (with their plurals) in the clean corpus."""
    entries = [Entry(t, c, "context", part_of_speech(t, c)) for t, c in pairs.items()]
    automaton = build_automaton(entries)
    found: set[str] = set()
    from collections import Counter

    counts: Counter[int] = Counter()
    for paths in corpus_documents(corpus).values():
        for path in paths:
            count_hits(automaton, normalise(path.read_text(encoding="utf-8", errors="replace")), counts)
    for index, number in counts.items():
        if number:
            found.add(entries[index].spun)
    return found


def build(source: Path, corpus: Path | None) -> tuple[list[Entry], dict[str, int]]:
    phrases = json.loads(source.read_text(encoding="utf-8"))["phrases"]
    pairs = candidate_pairs(phrases)
    stats = {"source": len(phrases), "text_filters": len(pairs)}
    if corpus is not None:
        for tortured in in_corpus(pairs, corpus) - ATTESTED_IN_CLEAN_TEXT:
            del pairs[tortured]
        stats["not_in_corpus"] = len(pairs)
    other_keys = {
        e.spun for path in sorted(LEXICON_DIR.glob("*.tsv")) if path != TARGET for e in read_with_header(path)[1]
    }
    pairs = {t: c for t, c in pairs.items() if t not in other_keys}
    keys = set(pairs) | other_keys
    pairs = {t: c for t, c in pairs.items() if not any(_holds(c, k) for k in keys if k in c)}
    stats["not_in_other_files"] = len(pairs)
    entries = [
        Entry(t, c, kind, part_of_speech(t, c), "", SOURCE_TAG) for t, c in pairs.items() if (kind := kind_of(t))
    ]
    return entries, stats


def kind_of(tortured: str) -> str | None:
    """fix for the attested fingerprints, None (drop) for all-everyday-word phrases, else context."""
    from wordfreq import zipf_frequency

    if tortured in ATTESTED_IN_CLEAN_TEXT:
        return "context"
    if tortured in FIX:
        return "fix"
    words = [w for w in re.split(r"[ -]", tortured) if w]
    if min(zipf_frequency(w, "en") for w in words) >= COMMON_ZIPF:
        return None
    return "context"


def _holds(text: str, phrase: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text) is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-corpus", action="store_true", help="skip the clean-corpus filter")
    args = parser.parse_args(argv)
    corpus = None if args.no_corpus or not args.corpus.is_dir() else args.corpus
    if corpus is None:
        print("warning: no clean corpus, tortured phrases are not checked against clean text", file=sys.stderr)
    entries, stats = build(args.source, corpus)
    header, existing = read_with_header(TARGET) if TARGET.exists() else (HEADER, [])
    curated = [e for e in existing if e.tag != SOURCE_TAG]
    taken = {e.spun for e in curated}
    entries = curated + [e for e in entries if e.spun not in taken]
    TARGET.write_text(format_file(header or HEADER, entries), encoding="utf-8")
    stats["kept"] = sum(e.tag == SOURCE_TAG for e in entries)
    print(" -> ".join(f"{k} {v}" for k, v in stats.items()), f"; {TARGET.name}: {len(entries)} entries")
    kinds = {k: sum(e.kind == k for e in entries) for k in ("fix", "context", "report")}
    print("kinds:", kinds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
