"""Pathological input: time, growth and peak memory per input family.

Scraped corpora and content repos hold minified HTML, one-line JSON dumps,
OCR output and garbage. Each family below is a short unit repeated to a size
(0.1, 1 and 10 MB by default) and repaired in a fresh process, through
``repair()`` and through ``textrepair check`` on a ``.txt``, ``.md``,
``.rst`` and ``.html`` file. For each run: seconds, seconds per MB, and the
memory the run added to the process (peak resident size over the size after
start-up, per MB of input; ``--tracemalloc`` adds the peak of Python's
allocations, which is slower to measure). Then the growth exponent of CPU
time from 1 MB to the largest size (1 is linear, 2 quadratic), and between
the two largest sizes the memory slope, what each further MB of input added
(the bound, 3 MB a MB plus a constant, is on this): per MB of file, and
("of text") per MB of the input as a string in memory. The two differ where
a character takes more bytes in memory than in UTF-8 (one past Latin-1 among
ASCII: every character then takes two) or fewer (three-byte characters). A
run over ``--timeout`` seconds is stopped and shown as such; one that
raises, or that ``check`` ends with an internal error, shows as an error.

    python benchmarks/adversarial.py                       # every family, 0.1 1 10 MB
    python benchmarks/adversarial.py --sizes 0.1 1 --where repair --family lone-lead-byte
    python benchmarks/adversarial.py --sizes 1 10 --check  # exit 1 past the limits below
    python benchmarks/adversarial.py --sizes 1 4 10        # the memory slope from 4 MB, past start-up
    python benchmarks/adversarial.py --sizes 1 4 --where md rst --markup-only  # protected_spans alone

``tests/test_adversarial_growth.py`` runs every family at two small sizes in
one process and bounds the growth of CPU time, so that CI catches a
return of super-linear behaviour.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Family:
    """Text made of ``prefix``, ``unit`` repeated, as many ``closer``, then ``suffix``."""

    unit: str
    prefix: str = ""
    closer: str = ""
    suffix: str = ""

    def make(self, megabytes: float) -> str:
        """The family's text at about ``megabytes`` of UTF-8; a unit holding "{n}" is numbered, each one different."""
        unit_bytes = len((self.unit.replace("{n}", "100000") + self.closer).encode("utf-8"))
        n = max(1, int(megabytes * 1_000_000 / max(1, unit_bytes)))
        body = "".join(self.unit.replace("{n}", str(i)) for i in range(n)) if "{n}" in self.unit else self.unit * n
        return self.prefix + body + self.closer * n + self.suffix


_FORTY_WORDS = "the quick brown fox jumps over the lazy dog " * 4 + "and then it slept "  # 40 clean words
_PROSE = "The council met on Tuesday and said the report would be published next month."

#: name -> how its text is built. Families without a newline in the unit are one line.
FAMILIES: dict[str, Family] = {
    # Encoding damage, on one line and on every line.
    "mojibake-one-line": Family("don\u00e2\u20ac\u2122t caf\u00c3\u00a9 "),
    "lone-lead-byte": Family("\u00c3 "),
    "double-mojibake": Family("\u00c3\u0192\u00c2\u00a9"),
    "clean-then-mojibake": Family(_FORTY_WORDS + "caf\u00c3\u00a9 "),
    "mojibake-every-line": Family("caf\u00c3\u00a9 don\u00e2\u20ac\u2122t\n"),
    "mojibake-numbered-lines": Family("{n} caf\u00c3\u00a9 don\u00e2\u20ac\u2122t\n"),  # no two lines alike
    "html-entities": Family("&amp;"),
    "binaryish": Family("\x00\x01\x02 abc \ufffd "),
    # Spacing and quotes.
    "doubled-spaces": Family("word  other "),
    "space-runs": Family("  "),
    "space-before-punct": Family("word , "),
    "quote-zero-width": Family("\u201c\u200b"),
    "alternating-quotes": Family("\u201c\u201d"),
    "apostrophes": Family("don\u2019t "),
    # Spintax and braces.
    "unclosed-spintax": Family("a|", prefix="{"),
    "open-braces": Family("{"),
    "open-braces-then-bar": Family("{", suffix=" a|b"),  # the spintax pattern's worst case
    "braces-nested": Family("{}", prefix="{" * 1000 + " a|b"),
    "braces-open-then-close": Family("{", closer="}"),
    "template-tags-open": Family("{{<"),
    # Brackets, links and inline markup.
    "brackets": Family("[]"),
    "brackets-open-then-close": Family("[", closer="]"),
    "link-labels": Family("[a]("),
    "backtick-space": Family("` "),
    "backtick-runs": Family("``a"),
    "html-open-tags": Family("<a "),
    "html-unclosed-tag": Family("x ", prefix="<a "),
    "html-comment-open": Family("<!-- a "),
    "dollars": Family("$a"),
    "pipes": Family("|a"),
    "emphasis-marks": Family("*_"),
    "colon-a": Family(":a"),
    "emoji-colons": Family(":a: "),
    "a-dot": Family("a."),
    "reference-underscores": Family("a_."),
    "url-anchors": Family("http://a "),
    "at-signs": Family("a@b."),
    # Block structure.
    "prose-no-newlines": Family(_PROSE + " "),
    "prose": Family(_PROSE + "\n\n"),
    "unclosed-front-matter": Family("title: a\n", prefix="---\n"),
    "dash-lines": Family("-\n"),
    "crlf-lines": Family("a\r\n"),
    "long-word": Family("a"),
}

WHERE = ("repair", "txt", "md", "rst", "html")
SUFFIXES = {"repair": ".txt", "txt": ".txt", "md": ".md", "rst": ".rst", "html": ".html"}
#: Limits ``--check`` holds every run to: CPU seconds per MB, growth exponent
#: between the two largest sizes, and memory each further MB of input adds
#: (the slope between them: a constant, such as one piece's working data, is
#: allowed), per MB of the input as a string in memory. Per MB of file, a text
#: with one character past Latin-1 costs up to twice its size just to be held,
#: and as much again for its repaired copy: no bound of 3 could hold there.
MAX_SECONDS_PER_MB = 1.0
MAX_GROWTH = 1.2
MAX_MEMORY_PER_MB = 3.0


def make(family: str, megabytes: float) -> str:
    """The text of ``family`` at about ``megabytes``."""
    return FAMILIES[family].make(megabytes)


#: The markup kind of each place, for ``--markup-only``.
KINDS = {"repair": "text", "txt": "text", "md": "markdown", "rst": "rst", "html": "html"}


def run_here(text: str, where: str, markup_only: bool = False) -> None:
    """Repair ``text`` as ``where`` does, in this process.

    ``repair`` calls :func:`textrepair.repair`; the others repair it as
    ``textrepair check`` repairs a file with that suffix (markup protected,
    file settings), without printing the findings. With ``markup_only``,
    only the protected spans of the file's markup are found.
    """
    if markup_only:
        from textrepair.markup import protected_spans

        protected_spans(text, KINDS[where])
        return
    if where == "repair":
        from textrepair import repair

        repair(text)
        return
    from textrepair.process import repair_text

    repair_text(text, {}, Path("input" + SUFFIXES[where]))


_CHILD = """
import json, sys, time, tracemalloc
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from adversarial import SUFFIXES, run_here
from peak import peak_kb, reset_peak, resident_kb
from textrepair.cli import main
where, path, trace, markup_only = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[5] == "1"
with open(path, encoding="utf-8", newline="") as head:
    run_here(head.read(2000), where, markup_only)  # lazy imports, lexicons and parsers belong to start-up
reset_peak()  # so that the start-up's peak does not hide the run's
base_kb = resident_kb()
text = Path(path).read_text("utf-8") if where == "repair" else None
if markup_only:
    with open(path, encoding="utf-8", newline="") as whole:
        text = whole.read()
if trace:
    tracemalloc.start()
start, cpu = time.perf_counter(), time.process_time()
status = 0
if markup_only:
    run_here(text, where, markup_only)
elif where == "repair":
    run_here(text, where)
else:
    status = main(["check", "--quiet", path])
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
traced = tracemalloc.get_traced_memory()[1] if trace else 0
peak = peak_kb()
print(json.dumps({"seconds": seconds, "cpu": cpu, "added_kb": max(0, peak - base_kb), "peak_kb": peak,
                  "traced": traced, "status": status}))
"""


@dataclass(frozen=True)
class Run:
    """One measured run: seconds, CPU seconds and memory added (KB, and traced bytes)."""

    seconds: float
    cpu: float
    added_kb: int
    peak_kb: int
    traced: int
    #: The input's size as a string in memory, MB: the file's size for ASCII,
    #: 1.3 to 2 times it for text that needs two bytes a character.
    text_mb: float = 0.0


def run_one(
    family: str,
    megabytes: float,
    where: str,
    timeout: float,
    folder: Path,
    trace: bool = False,
    markup_only: bool = False,
) -> Run | str:
    """One run in a fresh process, or why there is none ("timeout", "error")."""
    path = folder / f"{family}{SUFFIXES[where]}"
    text = make(family, megabytes)
    path.write_text(text, "utf-8", newline="")
    text_mb = len(text) * _width(text) / 1e6
    del text
    try:
        done = subprocess.run(
            [
                *(sys.executable, "-c", _CHILD, where, str(path), "1" if trace else "0"),
                *(str(Path(__file__).parent), "1" if markup_only else "0"),
            ],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "timeout"
    finally:
        path.unlink(missing_ok=True)
    try:
        result = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        result = None
    # check exits 0 (nothing to change) or 1 (changes found); 2 and up are errors.
    if result is None or result.pop("status") not in (0, 1):
        why = done.stderr.strip().splitlines()[-1:] or ["no output"]
        print(f"  {family} {megabytes:g} MB {where}: failed: {why[0]}", file=sys.stderr)
        return "error"
    return Run(**result, text_mb=text_mb)


def _width(text: str) -> int:
    """Bytes a character of ``text`` takes in memory: CPython stores a string at the width of its widest character."""
    widest = ord(max(text)) if text else 0
    return 1 if widest < 0x100 else 2 if widest < 0x10000 else 4


@dataclass(frozen=True)
class Row:
    """A family's runs at each size in one place, and what they add up to."""

    family: str
    where: str
    sizes: list[float]
    runs: list[Run | str]

    @property
    def last(self) -> Run | None:
        run = self.runs[-1]
        return run if isinstance(run, Run) else None

    def per_mb(self) -> float | None:
        return self.last.seconds / self.sizes[-1] if self.last else None

    def cpu_per_mb(self) -> float | None:
        """CPU seconds per MB: what the run costs, whatever else the machine runs."""
        return self.last.cpu / self.sizes[-1] if self.last else None

    def growth(self) -> float | None:
        """The growth exponent of CPU time from the smallest size of 1 MB or more to the largest.

        From 1 MB, not from the two largest: the limit is on the
        growth from 1 to 10 MB, and a smaller size is all start-up cost. CPU
        time, not wall time: on a shared machine the wall time of the larger
        run also counts the waits for the other work on it.
        """
        first = next((k for k, s in enumerate(self.sizes) if s >= 1.0), 0)
        if first == len(self.sizes) - 1:
            first = max(0, first - 1)
        before = self.runs[first]
        if len(self.runs) < 2 or not self.last or not isinstance(before, Run):
            return None
        ratio = self.sizes[-1] / self.sizes[first]
        return math.log(max(self.last.cpu, 1e-3) / max(before.cpu, 1e-3)) / math.log(ratio)

    def memory_per_mb(self) -> float | None:
        """Memory the largest run added, in MB per MB of input."""
        return self.last.added_kb * 1024 / (self.sizes[-1] * 1e6) if self.last else None

    def memory_slope(self) -> float | None:
        """What each further MB of input added between the two largest sizes, in MB: the bound is on this.

        A run's working data for one piece of text (``textrepair.pieces``) is
        a constant; the slope is what grows with the input.
        """
        if len(self.runs) < 2 or not self.last or not isinstance(self.runs[-2], Run):
            return None
        grew = (self.last.added_kb - self.runs[-2].added_kb) * 1024 / 1e6
        return grew / (self.sizes[-1] - self.sizes[-2])

    def memory_slope_of_text(self) -> float | None:
        """:meth:`memory_slope` per further MB of the input as a string in memory."""
        if len(self.runs) < 2 or not self.last or not isinstance(self.runs[-2], Run):
            return None
        grew = (self.last.added_kb - self.runs[-2].added_kb) * 1024 / 1e6
        return grew / max(1e-9, self.last.text_mb - self.runs[-2].text_mb)

    def failures(self) -> list[str]:
        """What breaks the ``--check`` limits."""
        out = [f"{r} at {s:g} MB" for s, r in zip(self.sizes, self.runs, strict=True) if isinstance(r, str)]
        per_mb, growth, memory = self.cpu_per_mb(), self.growth(), self.memory_slope_of_text()
        if per_mb is not None and per_mb > MAX_SECONDS_PER_MB:
            out.append(f"{per_mb:.2f} s/MB")
        if growth is not None and growth > MAX_GROWTH:
            out.append(f"growth {growth:.2f}")
        if memory is not None and memory > MAX_MEMORY_PER_MB:
            out.append(f"{memory:.1f} MB per MB of text")
        return out

    def line(self, trace: bool) -> str:
        cells = " ".join(f"{r.seconds:8.2f}s" if isinstance(r, Run) else f"{r:>9}" for r in self.runs)
        per_mb, growth, memory = self.per_mb(), self.growth(), self.memory_per_mb()
        cpu = self.cpu_per_mb()
        text = f"{self.family:24} {self.where:6} {cells}"
        text += f" {per_mb:7.2f}" if per_mb is not None else "       -"
        text += f" {cpu:7.2f}" if cpu is not None else "       -"
        text += f" {growth:7.2f}" if growth is not None else "       -"
        slope = self.memory_slope()
        if self.last and memory is not None:
            text += f" {self.last.peak_kb / 1024:8.0f} MB {memory:7.1f}"
            text += f" {slope:7.1f}" if slope is not None else "       -"
            of_text = self.memory_slope_of_text()
            text += f" {of_text:7.1f}" if of_text is not None else "       -"
            if trace:
                text += f" {self.last.traced / (self.sizes[-1] * 1e6):7.1f}"
        return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=float, default=[0.1, 1.0, 10.0], help="megabytes")
    ap.add_argument("--where", nargs="+", choices=WHERE, default=list(WHERE))
    ap.add_argument("--family", nargs="+", choices=sorted(FAMILIES), default=sorted(FAMILIES))
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    ap.add_argument("--tracemalloc", action="store_true", help="also the peak of Python allocations per MB")
    ap.add_argument("--markup-only", action="store_true", help="time only finding the protected spans of the markup")
    ap.add_argument(
        "--check",
        action="store_true",
        help=f"exit 1 if a run fails or passes {MAX_SECONDS_PER_MB} s/MB, growth {MAX_GROWTH}"
        f" or a memory slope of {MAX_MEMORY_PER_MB} MB per further MB of text",
    )
    args = ap.parse_args(argv)
    header = f"{'family':24} {'where':6} " + " ".join(f"{s:>7g}MB" for s in args.sizes)
    header += "    s/MB  CPU s/MB  growth  peak RSS  added MB/MB  slope  of text"
    header += " traced MB/MB" if args.tracemalloc else ""
    print(header)
    failed: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for family in args.family:
            for where in args.where:
                runs = [
                    run_one(family, s, where, args.timeout, Path(tmp), args.tracemalloc, args.markup_only)
                    for s in args.sizes
                ]
                row = Row(family, where, args.sizes, runs)
                print(row.line(args.tracemalloc), flush=True)
                failed += [f"{family} {where}: {why}" for why in row.failures()]
    if args.check and failed:
        print("\npast the limits:\n  " + "\n  ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
