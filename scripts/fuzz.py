"""Fuzz textrepair's invariants, reproducibly: ``python scripts/fuzz.py --seed 1 --cases 100000``.

The same seed and count always run the same cases. Two sources share them:

- the first half, mutations of real text: a paragraph (or several) of the
  benchmark corpus (``--corpus``, by default ``../shared/corpus`` beside the
  repository) damaged by mojibake, quote, spacing, control-character, case
  and deletion mutations, in a markup wrapper. Case ``N`` depends on the
  seed and ``N`` alone: ``--seed S --only N`` replays it;
- the second half, hypothesis strategies (fragments of damage, arbitrary
  Unicode), in runs of :data:`STRATEGY_BATCH` examples, each run seeded from
  the seed; hypothesis shrinks a failure to a minimal example itself.

Each case runs under a markup kind (text, Markdown, HTML, reST), a profile
and a combination of options (quote style, threshold, unsafe fixes, Unicode
normal form, styles, HTML entities), drawn from the seed, through the path
files take (:func:`textrepair.process.repair_text`). The invariants: repair
never raises, and repairing its own output changes nothing. A failure is
shrunk (chunks, then characters, removed while it still fails the same way)
and reported once per family (the rules that change the output again, and
the markup kind; or the exception type): at once on standard error, at the
end on standard output and as JSON lines in ``--out``. Exit status 1 when
any case failed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"

MARKUPS = ("text", "markdown", "html", "rst")
PROFILES = ("default", "safe", "typography", "strict")
QUOTE_STYLES = (None, "straight", "curly", "keep", "document")
THRESHOLDS = (None, 0.0, 0.3, 0.5, 0.9)
NORMALIZATIONS = (None, "NFC", "NFKC")
#: Pieces of real damage and of the text around it.
FRAGMENTS = (
    "don\u00e2\u20ac\u2122t",
    "caf\u00c3\u00a9",
    "\u00e2\u20ac\u0153",
    "\u00e2\u20ac\u201d",
    "\u00c3\u00a9",
    "\u201cquoted\u201d",
    "\u2018single\u2019",
    "it\u2019s",
    '"',
    "'",
    "`",
    " ",
    "  ",
    "   ",
    "\u00a0",
    "\u2007",
    "\u3000",
    "\u2009",
    "\t",
    "\n",
    "\r\n",
    "\n\n",
    " .",
    " ,",
    " :",
    " ?",
    "...",
    " ... ",
    ".5",
    ":)",
    "&amp;",
    "&#8217;",
    "&nbsp;",
    "\u200b",
    "\u00ad",
    "\ufb01",
    "\x07",
    "\x0b",
    "\x85",
    "\x92",
    "\ufeff",
    "a://",
    "https://example.com/a_b?c=d",
    "international locations",
    "in opposition to",
    "refreshing breeze",
    "kyiv",
    "russian",
    "Volodomyr",
    "Zelenskyy",
    "new york",
    "the",
    "NATO",
    "5'10\"",
    "\u2014",
    "\u2026",
    "`code .`",
    "**bold**",
    "<b>",
    "</p>",
    "``lit``",
    ":ref:`x`",
    "\ue000",
    "\U0001f600",
    "\u0130",
)
#: Shares of mutation cases built as several paragraphs, and with their lines joined.
DOCUMENT_SHARE = 0.25
LONG_LINE_SHARE = 0.2
MARKUP_WRAPS: dict[str, tuple[tuple[str, str], ...]] = {
    "text": (("", ""),),
    "markdown": (("", ""), ("# ", "\n"), ("- ", "\n"), ("> ", "\n"), ("```\n", "\n```\n"), ("[", "](http://x.y)")),
    "html": (("", ""), ("<p>", "</p>"), ("<pre>", "</pre>"), ('<a title="', '">x</a>'), ("<!-- ", " -->")),
    "rst": (("", ""), ("Title\n=====\n\n", ""), ("::\n\n    ", "\n"), (".. note:: ", "\n"), ("``", "``")),
}


@dataclass(frozen=True)
class Case:
    number: int
    source: str  # "corpus" or "strategy"
    text: str
    settings: dict[str, Any]


@dataclass
class Failure:
    case: Case
    kind: str  # "not idempotent" or "raised ..."
    family: str
    first: str = ""
    second: str = ""
    shrunk: str = ""
    trace: str = ""

    def record(self, seed: int) -> dict[str, Any]:
        return {
            "seed": seed,
            "case": self.case.number,
            "family": self.family,
            "kind": self.kind,
            "settings": self.case.settings,
            "text": self.case.text,
            "shrunk": self.shrunk,
            "first": self.first,
            "second": self.second,
            "trace": self.trace,
        }


@dataclass
class Totals:
    cases: int = 0
    failed: int = 0
    families: dict[str, Failure] = field(default_factory=dict)


# -- case generation ---------------------------------------------------------


def corpus_paragraphs(folder: Path) -> list[str]:
    """Paragraphs of every text file under ``folder`` (sorted, so the list is the same on every machine)."""
    out: list[str] = []
    for path in sorted(folder.rglob("*")):
        if path.suffix not in (".txt", ".md", ".rst", ".html") or not path.is_file():
            continue
        text = path.read_text("utf-8", "replace")
        out.extend(p for p in text.split("\n\n") if 20 <= len(p) <= 2000)
    return out


def _mojibake(rng: random.Random, text: str) -> str:
    """A span encoded as UTF-8 and read back as Windows-1252 or Latin-1 (once or twice)."""
    if not text:
        return text
    start = rng.randrange(len(text))
    end = min(len(text), start + rng.randint(1, 40))
    span = text[start:end]
    for _ in range(rng.choice((1, 1, 2))):
        codec = rng.choice(("cp1252", "latin-1"))
        span = span.encode("utf-8").decode(codec, "replace" if codec == "cp1252" else "strict")
    return text[:start] + span + text[end:]


def _mutate(rng: random.Random, text: str) -> str:
    choice = rng.randrange(9)
    pos = rng.randrange(len(text) + 1)
    if choice == 0:
        return _mojibake(rng, text)
    if choice == 1:
        return text[:pos] + rng.choice(FRAGMENTS) + text[pos:]
    if choice == 2:  # quotes swapped between their forms
        table = str.maketrans({"'": "\u2019", '"': "\u201d", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
        end = min(len(text), pos + rng.randint(1, 80))
        return text[:pos] + text[pos:end].translate(table) + text[end:]
    if choice == 3:  # spaces doubled, made odd, or put before punctuation
        space = rng.choice(("  ", "\u2007", "\u3000", "\u00a0", " \u00a0", "   "))
        return text.replace(" ", space, rng.randint(1, 3)) if rng.random() < 0.5 else text[:pos] + " " + text[pos:]
    if choice == 4:  # controls
        return text[:pos] + rng.choice(("\x85", "\x0b", "\x07", "\u200b", "\x92", "\x9d", "\x81")) + text[pos:]
    if choice == 5 and text:  # a deletion
        return text[:pos] + text[pos + rng.randint(1, 5) :]
    if choice == 6:  # a duplication
        end = min(len(text), pos + rng.randint(1, 30))
        return text[:end] + text[pos:end] + text[end:]
    if choice == 7:  # a case change
        end = min(len(text), pos + rng.randint(1, 20))
        return text[:pos] + rng.choice((str.upper, str.lower, str.title))(text[pos:end]) + text[end:]
    return text[:pos] + chr(rng.choice((rng.randint(0x20, 0x7E), rng.randint(0x80, 0x2FFF)))) + text[pos:]


def _settings(rng: random.Random) -> dict[str, Any]:
    settings: dict[str, Any] = {"markup": rng.choice(MARKUPS), "profile": rng.choice(PROFILES)}
    for key, values in (
        ("quote-style", QUOTE_STYLES),
        ("threshold", THRESHOLDS),
        ("unsafe-fixes", (None, True, False)),
        ("normalization", NORMALIZATIONS),
        ("styles", (None, ["ukrainian-names"])),
        ("html-entities", (None, True, False)),
    ):
        value = rng.choice(values)
        if value is not None:
            settings[key] = value
    return settings


def make_case(seed: int, number: int, paragraphs: list[str]) -> Case:
    """Case ``number`` of the mutation source: a damaged corpus paragraph in a markup wrapper."""
    rng = random.Random(f"{seed}:{number}")
    settings = _settings(rng)
    text = rng.choice(paragraphs) if paragraphs else "".join(rng.choice(FRAGMENTS) for _ in range(20))
    start = rng.randrange(max(1, len(text) - 40))
    text = text[start : start + rng.choice((40, 120, 400, 2000))]
    if paragraphs and rng.random() < DOCUMENT_SHARE:  # a document: paragraphs, some sharing a phrase
        shared = rng.choice(FRAGMENTS)
        parts = [text, *(rng.choice(paragraphs)[:600] for _ in range(rng.randint(1, 5)))]
        text = "\n\n".join(p + (" " + shared if rng.random() < 0.5 else "") for p in parts)
    if rng.random() < LONG_LINE_SHARE:  # hard-wrapped prose unwrapped into long lines
        text = text.replace("\n", " ")
    for _ in range(rng.randint(1, 6)):
        text = _mutate(rng, text)
    before, after = rng.choice(MARKUP_WRAPS[settings["markup"]])
    return Case(number, "corpus", before + text + after, settings)


# -- checking ------------------------------------------------------------------


def _repair(text: str, settings: dict[str, Any]) -> str:
    from textrepair.process import repair_text

    return repair_text(text, dict(settings)).text


def check(text: str, settings: dict[str, Any]) -> tuple[str, str, str, str] | None:
    """(kind, family, first, second) when ``text`` breaks an invariant, else None."""
    try:
        first = _repair(text, settings)
        second = _repair(first, settings)
    except Exception as exc:
        return f"raised {type(exc).__name__}: {exc}", f"raised {type(exc).__name__}", "", traceback.format_exc()
    if first == second:
        return None
    from textrepair import repair

    options = {k.replace("-", "_"): v for k, v in settings.items() if k not in ("profile", "markup")}
    try:
        rules = sorted({e.rule for e in repair(first, profile=settings["profile"], **options).edits})
    except Exception:
        rules = []
    return "not idempotent", f"idempotence {'/'.join(rules) or '?'} {settings['markup']}", first, second


def shrink(text: str, still_fails: Callable[[str], bool], budget: float = 20.0) -> str:
    """A shorter text that still fails: chunks, then single characters, removed while it does."""
    deadline = time.monotonic() + budget
    chunk = max(1, len(text) // 2)
    while chunk >= 1 and time.monotonic() < deadline:
        i, shrunk_any = 0, False
        while i < len(text) and time.monotonic() < deadline:
            candidate = text[:i] + text[i + chunk :]
            if candidate != text and still_fails(candidate):
                text, shrunk_any = candidate, True
            else:
                i += chunk
        if not shrunk_any:
            chunk //= 2
    return text


def run_case(case: Case, do_shrink: bool = True) -> Failure | None:
    found = check(case.text, case.settings)
    if found is None:
        return None
    kind, family, first, second = found
    failure = Failure(case, kind, family, first, second)
    if kind.startswith("raised"):
        failure.trace = second
        failure.second = ""
    if do_shrink:

        def same_family(t: str) -> bool:
            again = check(t, case.settings)
            return again is not None and again[1] == family

        failure.shrunk = shrink(case.text, same_family)
    return failure


#: Examples per hypothesis run: each run gets its own seed, and hypothesis's
#: memory of what it tried is dropped between runs.
STRATEGY_BATCH = 5000


def strategy_cases(seed: int, count: int, job: int, deadline: float) -> Totals:
    """``count`` hypothesis examples (fragments of damage, arbitrary text, any settings), seeded.

    Hypothesis stops a run at its first failure and shrinks it; the next run
    (its own seed) goes on.
    """
    totals = Totals()
    batch = 0
    while totals.cases < count and time.time() < deadline:
        ran, failing = _hypothesis_run(hash((seed, job, batch)) & 0xFFFFFFFF, min(STRATEGY_BATCH, count - totals.cases))
        totals.cases += ran
        _progress(job, "strategy", totals, every=STRATEGY_BATCH)
        if failing is not None:
            failure = run_case(Case(batch, "strategy", failing.text, failing.settings), do_shrink=False)
            if failure is not None:
                failure.shrunk = failing.text
                totals.failed += 1
                if failure.family not in totals.families:
                    totals.families[failure.family] = failure
                    _announce(seed, failure)
        batch += 1
    return totals


def _hypothesis_run(run_seed: int, size: int) -> tuple[int, Case | None]:
    """(examples generated, the shrunk failing case or None) of one seeded hypothesis run."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as seeded
    from hypothesis import strategies as st

    texts = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=5), max_size=40).map("".join) | st.text(max_size=200)
    options = st.builds(_settings, st.randoms(use_true_random=False))
    seen = {"generated": 0}
    last: list[Case] = []

    @seeded(run_seed)
    @settings(
        max_examples=size,
        database=None,
        deadline=None,
        print_blob=False,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(texts, options)
    def run(text: str, chosen: dict[str, Any]) -> None:
        seen["generated"] += 1
        last[:] = [Case(-1, "strategy", text, chosen)]  # hypothesis replays the shrunk example last
        found = check(text, chosen)
        if found is not None:
            raise AssertionError(found)

    try:
        run()
    except AssertionError:
        return min(size, seen["generated"]), last[0]
    return min(size, seen["generated"]), None


#: Failures of an already known family named (by case number, for ``--only``) before going quiet.
ANNOUNCED_REPEATS = 200
#: Cases between two progress lines on standard error (a long run can be cut short and still tell its count).
PROGRESS_EVERY = 10_000


def _progress(job: int, source: str, totals: Totals, every: int = PROGRESS_EVERY) -> None:
    if totals.cases % every == 0:
        print(f"fuzz: job {job}: {source}: {totals.cases} cases, {totals.failed} failed", file=sys.stderr, flush=True)


def _announce(seed: int, failure: Failure) -> None:
    """A new family, at once: a long run may be read before it ends."""
    r = failure.record(seed)
    line = f"fuzz: new family: {r['family']}: {r['shrunk']!r} {r['settings']} (case {r['case']})"
    print(line, file=sys.stderr, flush=True)


def _worker(args: tuple[int, int, int, int, str, float]) -> Totals:
    """Mutation cases ``start``, ``start + step``, ... below ``count``, then this job's share of strategy cases."""
    seed, count, start, step, corpus, deadline = args
    paragraphs = corpus_paragraphs(Path(corpus)) if corpus else []
    totals = Totals()
    mutation_count = (count + 1) // 2
    for number in range(start, mutation_count, step):
        if time.time() > deadline:
            break
        case = make_case(seed, number, paragraphs)
        totals.cases += 1
        _progress(start, "mutation", totals)
        failure = run_case(case, do_shrink=False)
        if failure is not None:
            totals.failed += 1
            if failure.family not in totals.families:
                totals.families[failure.family] = found = run_case(case) or failure
                _announce(seed, found)
            elif totals.failed <= ANNOUNCED_REPEATS:  # a family is a signature; another cause may share it
                print(f"fuzz: again {failure.family}: case {case.number}", file=sys.stderr, flush=True)
    share = len(range(start, count - mutation_count, step))
    more = strategy_cases(seed, share, start, deadline)
    totals.cases += more.cases
    totals.failed += more.failed
    for family, failure in more.families.items():
        totals.families.setdefault(family, failure)
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--only", type=int, help="replay this one case (its number)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=0, help="stop after this long (0: no limit)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, help="failures as JSON lines")
    args = parser.parse_args(argv)
    corpus = str(args.corpus) if args.corpus.is_dir() else ""
    if not corpus:
        print(f"fuzz: no corpus at {args.corpus}; strategy cases only", file=sys.stderr)
    if args.only is not None:
        failure = run_case(make_case(args.seed, args.only, corpus_paragraphs(Path(corpus)) if corpus else []))
        print(json.dumps(failure.record(args.seed), ensure_ascii=False, indent=1) if failure else "ok")
        return 1 if failure else 0
    deadline = time.time() + args.seconds if args.seconds else float("inf")
    began = time.monotonic()
    jobs = [(args.seed, args.cases, start, args.jobs, corpus, deadline) for start in range(args.jobs)]
    if args.jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(args.jobs) as pool:
            parts = list(pool.map(_worker, jobs))
    else:
        parts = [_worker(jobs[0])]
    totals = Totals()
    for part in parts:
        totals.cases += part.cases
        totals.failed += part.failed
        for family, failure in part.families.items():
            totals.families.setdefault(family, failure)
    records = [f.record(args.seed) for f in totals.families.values()]
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    for r in records:
        print(f"FAIL seed={r['seed']} case={r['case']} {r['family']}: {r['shrunk']!r} {r['settings']}")
    elapsed = time.monotonic() - began
    print(
        f"fuzz: seed {args.seed}: {totals.cases} cases in {elapsed:.0f} s, {totals.failed} failed, "
        f"{len(records)} famil{'y' if len(records) == 1 else 'ies'}",
        file=sys.stderr,
    )
    return 1 if totals.failed else 0


if __name__ == "__main__":
    sys.exit(main())
