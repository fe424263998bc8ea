"""Compose spinner collocations from word-level swaps and write them into lexicons/spinner/*.tsv.

The news-spinner family replaces each word by a fixed thesaurus or round-trip-translation
synonym ("health" -> "well being", "high" -> "excessive", "school" -> "faculty"). One swapped
word is often plausible English, but a known collocation with a swapped word ("excessive
faculty", "coronary heart assault") is a fingerprint nobody writes. This script takes real
English collocations per domain (spinner_data.py), applies every combination of the known
swaps of their words, and writes each resulting spun phrase with its original.

Rules that keep the output safe:
- a spun phrase that is itself one of the listed originals is dropped (it is real English);
- a spun phrase produced from two different originals is dropped (ambiguous);
- weak swaps (marked ``~``) are those whose spun word is an everyday alternative in that slot;
  a combination of weak swaps only is likely still English and is dropped, unless it has two
  swaps and one of them is multi-word ("marriage ceremony gown"), which is kept as ``context``;
- a combination is ``fix`` only when it is a fingerprint (see is_fingerprint): a strong swap
  that turns a word into several, or two strong swaps; else ``context``;
- a collocation marked ``fix`` (its head word makes every swap odd: "tv show" -> "tv present")
  gives ``fix`` entries for all its combinations, weak swaps included;
- phrases in CONTEXT_OVERRIDES (found in clean text by scripts/lexicon_qa.py) become ``context``;
- direct pairs (spinner_data.DIRECT: sense-dependent swaps such as "told" -> "instructed") replace
  composed entries with the same spun phrase;
- curated lines already in a file (any source but ``generated``) win over generated ones.

Entries are tagged with source ``generated``; rerunning replaces exactly those lines.
Usage: python scripts/build_spinner_lexicon.py
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import spinner_data as data
from lexicon_tsv import LEXICON_DIR, Entry, read_entries, write_entries

SOURCE = "generated"
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


def parse_swaps(block: str) -> dict[str, list[Variant]]:
    """``original: spun1, spun2~`` lines -> original -> variants.

    ``~`` marks a weak swap; ``^`` a multi-word swap that is English itself ("well being", "know-how"),
    weak at the end of a phrase ("child well being") but strong before another word ("well being
    minister"); ``!`` a swap that is a fingerprint on its own inside a collocation
    ("live music" -> "dwell music"). Use ``!`` sparingly: a noun swapped for a verb after another
    noun reads as subject and verb ("sales improve"), which is English.
    """
    swaps: dict[str, list[Variant]] = {}
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        original, _, spun = line.partition(":")
        variants = swaps.setdefault(original.strip().lower(), [])
        for item in spun.split(","):
            item = item.strip().lower()
            if item and item.rstrip("~!^") != original.strip().lower():
                text = item.rstrip("~!^")
                variants.append(Variant(text, item.endswith("~"), item.endswith("!"), item.endswith("^")))
    return swaps


@dataclass(frozen=True)
class Collocation:
    text: str
    pos: str
    context: bool
    fix: bool = False  # every swap of its words is a fingerprint here ("tv show" -> "tv present")


def parse_collocations(block: str, default_pos: str) -> list[Collocation]:
    """``phrase [| pos] [| context | fix]`` lines -> collocations."""
    result = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        pos = next((p for p in parts[1:] if p in ("n", "v", "x")), default_pos)
        result.append(Collocation(parts[0].lower(), pos, "context" in parts[1:], "fix" in parts[1:]))
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


def generate() -> dict[str, list[Entry]]:
    """Generated entries per domain file name."""
    swaps = parse_swaps(data.SWAPS)
    domains = {name: parse_collocations(block, pos) for name, (block, pos) in data.COLLOCATIONS.items()}
    real = {c.text for cs in domains.values() for c in cs} | set(data.REAL_PHRASES)
    candidates: dict[str, list[tuple[str, Entry]]] = {}
    for domain, collocs in domains.items():
        for colloc in collocs:
            for variant in (colloc, *_plural(colloc, swaps)):
                for spun, kind in compose(variant, swaps):
                    if spun in data.CONTEXT_OVERRIDES:
                        kind = "context"
                    entry = Entry(spun, variant.text, kind, variant.pos, "", SOURCE)
                    candidates.setdefault(spun, []).append((domain, entry))
    direct = parse_direct(data.DIRECT)
    result: dict[str, list[Entry]] = {name: [] for name in domains}
    for spun, found in candidates.items():
        if spun in direct or spun in real or spun in data.DROP or len({e.original for _, e in found}) > 1:
            continue
        domain, entry = found[0]
        result[domain].append(entry)
    for domain, entry in direct.values():
        result.setdefault(domain, []).append(entry)
    return result


def parse_direct(blocks: dict[str, str]) -> dict[str, tuple[str, Entry]]:
    """``spun | original | kind | pos`` lines per domain -> spun -> (domain, entry).

    Direct pairs are swaps that depend on the sense ("told" -> "instructed") or need a
    neighbouring word to be safe ("since final 12 months"); they replace composed entries.
    Examples for some of them come from spinner_data.DIRECT_EXAMPLES.
    """
    direct: dict[str, tuple[str, Entry]] = {}
    for domain, block in blocks.items():
        for line in block.strip().splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            spun, original, kind, pos = (part.strip() for part in line.split("|"))
            if spun in direct:
                raise ValueError(f"direct pair {spun!r} listed twice")
            example = data.DIRECT_EXAMPLES.get(spun.lower(), "")
            direct[spun.lower()] = (domain, Entry(spun.lower(), original, kind, pos, example, SOURCE))
    unknown = set(data.DIRECT_EXAMPLES) - set(direct)
    if unknown:
        raise ValueError(f"examples for phrases that are not direct pairs: {sorted(unknown)}")
    return direct


def main() -> int:
    generated = generate()
    paths = {name: LEXICON_DIR / f"{name}.tsv" for name in generated}
    curated: dict[str, list[Entry]] = {}
    headers: dict[str, list[str]] = {}
    for path in sorted(LEXICON_DIR.glob("*.tsv")):
        header, entries = read_entries(path)
        headers[path.stem] = header
        curated[path.stem] = [e for e in entries if e.source != SOURCE]
    taken = {e.spun for es in curated.values() for e in es}
    for name, path in paths.items():
        entries = curated.get(name, []) + [e for e in generated[name] if e.spun not in taken]
        header = headers.get(name) or [line.format(domain=name) for line in HEADER]
        write_entries(path, header, entries)
        print(f"{path.name}: {len(entries)} entries ({len(entries) - len(curated.get(name, []))} generated)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
