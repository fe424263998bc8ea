"""Compose spinner collocations from word-level swaps and write them into lexicons/spinner/*.tsv.

The news-spinner family replaces each word by a fixed thesaurus or round-trip-translation
synonym ("health" -> "well being", "high" -> "excessive", "school" -> "faculty"). One swapped
word is often plausible English, but a known collocation with a swapped word ("excessive
faculty", "coronary heart assault") is a fingerprint nobody writes. This script takes real
English collocations per domain, applies every combination of the known swaps of their words,
and writes each resulting spun phrase with its original.

Its data are plain text files under lexicons/spinner/sources/ (each with a ``#`` header naming
its columns): swaps.tsv (word-level swaps), domains.txt (the domains, in priority order),
collocations/<domain>.tsv, direct/<domain>.tsv and direct_examples.tsv (direct pairs and their
examples), real_phrases.txt, context_overrides.txt and drop.txt.

Rules that keep the output safe:
- a spun phrase that is itself one of the listed originals, or in real_phrases.txt, is dropped
  (it is real English);
- a spun phrase produced from two different originals is dropped (ambiguous); one produced in
  several domains goes to the first of domains.txt;
- weak swaps (marked ``~``) are those whose spun word is an everyday alternative in that slot;
  a combination of weak swaps only is likely still English and is dropped, unless it has two
  swaps and one of them is multi-word ("marriage ceremony gown"), which is kept as ``context``;
- a combination is ``fix`` only when it is a fingerprint (see is_fingerprint): a strong swap
  that turns a word into several, or two strong swaps; else ``context``;
- a collocation marked ``fix`` (its head word makes every swap odd: "tv show" -> "tv present")
  gives ``fix`` entries for all its combinations, weak swaps included;
- phrases in context_overrides.txt (found in clean text by scripts/lexicon_qa.py) become
  ``context``; phrases in drop.txt are never written;
- direct pairs (direct/*.tsv: sense-dependent swaps such as "told" -> "instructed") replace
  composed entries with the same spun phrase;
- curated lines already in a file (any source but ``generated``) win over generated ones.

Entries are tagged with source ``generated``; rerunning replaces exactly those lines.
Usage:
    python scripts/build_spinner_lexicon.py          # rewrite lexicons/spinner/*.tsv
    python scripts/build_spinner_lexicon.py --check  # write nothing; exit 1 if a file would change
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from textrepair.spin.lexicon import Entry, format_file, read_with_header

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons" / "spinner"

SOURCE = "generated"
SOURCES_DIR = LEXICON_DIR / "sources"
HEADER = [
    "# textrepair spinner lexicon: {domain}.",
    "# Columns (TAB-separated): spun, original, kind (fix|context|report), pos (n|v|x), example, source.",
    "# Lines with source 'generated' are rewritten by scripts/build_spinner_lexicon.py; edit others freely.",
    "# Format and licences: README.md in this folder.",
]


@dataclass(frozen=True)
class Variant:
    text: str
    weak: bool
    alone: bool = False  # marked "!": odd in any of its collocations ("live music" -> "dwell music")
    leading: bool = False  # marked "^": English itself, so strong only before another word ("well being minister")


def read_rows(path: Path, low: int, high: int | None = None) -> list[list[str]]:
    """The data lines of a source file as TAB-separated columns (``#`` comments and blank lines skipped).

    Each line must have ``low`` to ``high`` columns, none empty or padded with spaces.
    """
    high = low if high is None else high
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not low <= len(cols) <= high or any(not col or col != col.strip() for col in cols):
            raise ValueError(f"{path}:{number}: expected {low} to {high} TAB-separated columns, got {line!r}")
        rows.append(cols)
    return rows


def read_lines(path: Path) -> list[str]:
    """The data lines of a one-item-per-line source file."""
    return [cols[0] for cols in read_rows(path, 1)]


def parse_swaps(rows: list[list[str]]) -> dict[str, list[Variant]]:
    """``original, spun`` rows (swaps.tsv) -> original -> variants.

    ``~`` marks a weak swap; ``^`` a multi-word swap that is English itself ("well being", "know-how"),
    weak at the end of a phrase ("child well being") but strong before another word ("well being
    minister"); ``!`` a swap that is a fingerprint on its own inside a collocation
    ("live music" -> "dwell music"). Use ``!`` sparingly: a noun swapped for a verb after another
    noun reads as subject and verb ("sales improve"), which is English.
    """
    swaps: dict[str, list[Variant]] = {}
    for original, spun in rows:
        original, item = original.lower(), spun.lower()
        variants = swaps.setdefault(original, [])
        text = item.rstrip("~!^")
        if text != original:
            variants.append(Variant(text, item.endswith("~"), item.endswith("!"), item.endswith("^")))
    return swaps


@dataclass(frozen=True)
class Collocation:
    text: str
    pos: str
    context: bool
    fix: bool = False  # every swap of its words is a fingerprint here ("tv show" -> "tv present")


def parse_collocations(rows: list[list[str]]) -> list[Collocation]:
    """``phrase, pos[, context | fix]`` rows (collocations/<domain>.tsv) -> collocations."""
    result = []
    for phrase, pos, *flag in rows:
        if pos not in ("n", "v", "x") or flag not in ([], ["context"], ["fix"]):
            raise ValueError(f"collocation {phrase!r}: bad pos {pos!r} or flag {flag}")
        result.append(Collocation(phrase.lower(), pos, flag == ["context"], flag == ["fix"]))
    return result


def segments(phrase: str, swaps: dict[str, list[Variant]]) -> list[list[Variant]]:
    """Split a phrase into swappable units (longest swap key first); each unit lists its options."""
    words = phrase.split(" ")
    longest = max(len(k.split(" ")) for k in swaps)
    result: list[list[Variant]] = []
    index = 0
    while index < len(words):
        for size in range(min(longest, len(words) - index), 0, -1):
            key = " ".join(words[index : index + size])
            if key in swaps:
                result.append([Variant(key, False), *swaps[key]])
                index += size
                break
        else:
            result.append([Variant(words[index], False)])
            index += 1
    return result


def is_fingerprint(swapped: list[tuple[Variant, Variant]]) -> bool:
    """Whether a spun combination (its (spun, original) swaps) is safe to fix on sight.

    One swapped word next to original words is often still English ("new model", "proof of"),
    so a fingerprint needs a strong swap that turns a word or a collocation into a multi-word
    phrase ("health" -> "well being", "field goal" -> "subject aim") or is marked ``!``, or two
    strong swaps.
    """
    strong = [v for v, _ in swapped if not v.weak]
    return any(" " in v.text or "-" in v.text or v.alone for v in strong) or len(strong) >= 2


def _settle(variant: Variant, is_last: bool) -> Variant:
    """A ``^`` variant is weak at the end of a phrase, strong before another word."""
    if not variant.leading:
        return variant
    return Variant(variant.text, weak=is_last, alone=False, leading=False)


def compose(colloc: Collocation, swaps: dict[str, list[Variant]]) -> list[tuple[str, str]]:
    """Every spun form of a collocation with at least one swap, and its kind."""
    parts = segments(colloc.text, swaps)
    out = []
    for combo in itertools.product(*parts):
        last = len(combo) - 1
        swapped = [
            (_settle(v, index == last), options[0])
            for index, (v, options) in enumerate(zip(combo, parts, strict=True))
            if v is not options[0]
        ]
        if not swapped:
            continue
        multi_weak = len(swapped) >= 2 and any(" " in v.text for v, _ in swapped)
        if all(v.weak for v, _ in swapped) and not multi_weak and not colloc.fix:
            continue  # everyday alternatives only: likely still English
        spun = " ".join(v.text for v in combo)
        fingerprint = colloc.fix or is_fingerprint(swapped)
        kind = "context" if colloc.context or not fingerprint else "fix"
        out.append((spun, kind))
    return out


def _plural(colloc: Collocation, swaps: dict[str, list[Variant]]) -> list[Collocation]:
    """The plural of a noun collocation, when its plural head has swaps of its own.

    The runtime inflects a singular entry ("member nation" -> "member nations"), but a
    plural-only swap ("countries" -> "international locations") needs the plural
    collocation itself; only the combinations the runtime cannot derive are new.
    """
    if colloc.pos != "n":
        return []
    from textrepair.spin import inflect

    words = colloc.text.split(" ")
    plural_head = inflect.plural(words[-1])
    if plural_head == words[-1] or plural_head not in swaps:
        return []
    return [Collocation(" ".join([*words[:-1], plural_head]), "x", colloc.context, colloc.fix)]


@dataclass(frozen=True)
class Sources:
    """The data of lexicons/spinner/sources/, parsed."""

    swaps: dict[str, list[Variant]]
    domains: dict[str, list[Collocation]]  # in priority order
    direct: dict[str, tuple[str, Entry]]
    real_phrases: frozenset[str]
    context_overrides: frozenset[str]
    drop: frozenset[str]


def read_sources(folder: Path = SOURCES_DIR) -> Sources:
    """Read and parse every source file (ValueError on a malformed line)."""
    names = read_lines(folder / "domains.txt")
    examples = {spun.lower(): example for spun, example in read_rows(folder / "direct_examples.tsv", 2)}
    direct_rows = {name: read_rows(path, 4) for name in names if (path := folder / "direct" / f"{name}.tsv").is_file()}
    unlisted = {p.stem for p in (folder / "direct").glob("*.tsv")} - set(names)
    unlisted |= {p.stem for p in (folder / "collocations").glob("*.tsv")} - set(names)
    if unlisted:
        raise ValueError(f"source files for domains not in domains.txt: {sorted(unlisted)}")
    return Sources(
        swaps=parse_swaps(read_rows(folder / "swaps.tsv", 2)),
        domains={name: parse_collocations(read_rows(folder / "collocations" / f"{name}.tsv", 2, 3)) for name in names},
        direct=parse_direct(direct_rows, examples),
        real_phrases=frozenset(read_lines(folder / "real_phrases.txt")),
        context_overrides=frozenset(read_lines(folder / "context_overrides.txt")),
        drop=frozenset(read_lines(folder / "drop.txt")),
    )


def generate(data: Sources) -> dict[str, list[Entry]]:
    """Generated entries per domain file name."""
    swaps, domains = data.swaps, data.domains
    real = {c.text for cs in domains.values() for c in cs} | data.real_phrases
    candidates: dict[str, list[tuple[str, Entry]]] = {}
    for domain, collocs in domains.items():
        for colloc in collocs:
            for variant in (colloc, *_plural(colloc, swaps)):
                for spun, kind in compose(variant, swaps):
                    if spun in data.context_overrides:
                        kind = "context"
                    entry = Entry(spun, variant.text, kind, variant.pos, "", SOURCE)
                    candidates.setdefault(spun, []).append((domain, entry))
    direct = data.direct
    result: dict[str, list[Entry]] = {name: [] for name in domains}
    for spun, found in candidates.items():
        if spun in direct or spun in real or spun in data.drop or len({e.original for _, e in found}) > 1:
            continue
        domain, entry = found[0]
        result[domain].append(entry)
    for domain, entry in direct.values():
        result.setdefault(domain, []).append(entry)
    return result


def parse_direct(rows: dict[str, list[list[str]]], examples: dict[str, str]) -> dict[str, tuple[str, Entry]]:
    """``spun, original, kind, pos`` rows per domain (direct/<domain>.tsv) -> spun -> (domain, entry).

    Direct pairs are swaps that depend on the sense ("told" -> "instructed") or need a
    neighbouring word to be safe ("since final 12 months"); they replace composed entries.
    Examples for some of them come from direct_examples.tsv.
    """
    direct: dict[str, tuple[str, Entry]] = {}
    for domain, domain_rows in rows.items():
        for spun, original, kind, pos in domain_rows:
            spun = spun.lower()
            if spun in direct:
                raise ValueError(f"direct pair {spun!r} listed twice")
            direct[spun] = (domain, Entry(spun, original, kind, pos, examples.get(spun, ""), SOURCE))
    unknown = set(examples) - set(direct)
    if unknown:
        raise ValueError(f"examples for phrases that are not direct pairs: {sorted(unknown)}")
    return direct


def source_problems(folder: Path = SOURCES_DIR) -> list[str]:
    """Source files out of order or with a repeated key (domains.txt keeps its priority order)."""
    keyed = {"swaps.tsv": 2, "direct_examples.tsv": 1, "real_phrases.txt": 1}
    keyed |= {"context_overrides.txt": 1, "drop.txt": 1}
    paths = [folder / name for name in keyed]
    paths += sorted((folder / "collocations").glob("*.tsv")) + sorted((folder / "direct").glob("*.tsv"))
    problems = []
    for path in paths:
        rows = read_rows(path, 1, 4)
        width = keyed.get(path.name, 3 if path.parent.name == "collocations" else 1)
        keys = [tuple(row[:width]) for row in rows]
        name = path.relative_to(folder).as_posix()
        if rows != sorted(rows):
            problems.append(f"{name}: lines are not sorted")
        if len(set(keys)) != len(keys):
            problems.append(f"{name}: a key is listed more than once")
    names = read_lines(folder / "domains.txt")
    if len(set(names)) != len(names):
        problems.append("domains.txt: a domain is listed more than once")
    return problems


def build(lexicon_dir: Path = LEXICON_DIR, sources_dir: Path = SOURCES_DIR) -> dict[Path, str]:
    """The new text of every lexicon file that receives generated lines (curated lines kept)."""
    generated = generate(read_sources(sources_dir))
    paths = {name: lexicon_dir / f"{name}.tsv" for name in generated}
    curated: dict[str, list[Entry]] = {}
    headers: dict[str, list[str]] = {}
    for path in sorted(lexicon_dir.glob("*.tsv")):
        header, entries = read_with_header(path)
        headers[path.stem] = header
        curated[path.stem] = [e for e in entries if e.tag != SOURCE]
    taken = {e.spun for es in curated.values() for e in es}
    texts = {}
    for name, path in paths.items():
        entries = curated.get(name, []) + [e for e in generated[name] if e.spun not in taken]
        header = headers.get(name) or [line.format(domain=name) for line in HEADER]
        texts[path] = format_file(header, entries)
    return texts


def stale(texts: dict[Path, str]) -> list[Path]:
    """The files whose text on disk differs from ``texts``."""
    return [path for path, text in texts.items() if not path.is_file() or path.read_text(encoding="utf-8") != text]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if a lexicon file would change or a source is unsorted",
    )
    args = parser.parse_args(argv)
    texts = build()
    if args.check:
        problems = source_problems() + [f"{path.name}: out of date" for path in stale(texts)]
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run: python scripts/build_spinner_lexicon.py", file=sys.stderr)
        return 1 if problems else 0
    for path, text in texts.items():
        path.write_text(text, encoding="utf-8")
        entries = [line for line in text.splitlines() if line and not line.startswith("#")]
        print(
            f"{path.name}: {len(entries)} entries ({sum(line.endswith(chr(9) + SOURCE) for line in entries)} generated)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
