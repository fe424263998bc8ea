"""Pathological input: time, growth and peak memory per input family.

Scraped corpora and content repos hold minified HTML, one-line JSON dumps,
OCR output and garbage. Each family below is a short unit repeated to a size
(0.1, 1 and 10 MB by default) and repaired in a fresh process, through
``repair()`` and through ``textrepair check`` on a ``.txt``, ``.md`` and
``.rst`` file. For each run: seconds, seconds per MB, peak resident memory
(and its ratio to the input), and between the two largest sizes the growth
exponent (1 is linear, 2 quadratic). A run over ``--timeout`` seconds is
stopped and shown as such.

    python benchmarks/adversarial.py                       # every family, 0.1 1 10 MB
    python benchmarks/adversarial.py --sizes 0.1 1 --where repair --family mojibake
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

#: name -> the unit repeated to the size (families without a newline in the unit are one line).
FAMILIES: dict[str, str] = {
    "mojibake-one-line": "don\u00e2\u20ac\u2122t caf\u00c3\u00a9 ",
    "lone-lead-byte": "\u00c3 ",
    "double-mojibake": "\u00c3\u0192\u00c2\u00a9",
    "clean-then-mojibake": "the quick brown fox jumps over the lazy dog " * 5 + "caf\u00c3\u00a9 ",
    "mojibake-every-line": "caf\u00c3\u00a9 don\u00e2\u20ac\u2122t\n",
    "html-entities": "&amp;",
    "doubled-spaces": "word  other ",
    "space-runs": "  ",
    "quote-zero-width": "\u201c\u200b",
    "alternating-quotes": "\u201c\u201d",
    "unclosed-spintax": "a|",
    "open-braces": "{",
    "braces-nested": "{}",
    "brackets": "[]",
    "backtick-space": "` ",
    "colon-a": ":a",
    "a-dot": "a.",
    "prose-no-newlines": "The council met on Tuesday and said the report would be published next month. ",
    "prose": "The council met on Tuesday and said the report would be published next month.\n\n",
    "binaryish": "\x00\x01\x02 abc \ufffd ",
    "long-word": "a",
}
#: Families whose text starts differently from the repeated unit.
PREFIX = {"unclosed-spintax": "{", "braces-nested": "{" * 1000 + " a|b"}
WHERE = ("repair", "txt", "md", "rst")


def make(family: str, megabytes: float) -> str:
    unit = FAMILIES[family]
    n = max(1, int(megabytes * 1_000_000 / max(1, len(unit.encode("utf-8")))))
    return PREFIX.get(family, "") + unit * n


_CHILD = """
import resource, sys, time
from pathlib import Path
from textrepair import repair
from textrepair.cli import main
where, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()  # imports are start-up, measured by bench.py
if where == "repair":
    repair(Path(path).read_text("utf-8"))
else:
    try:
        main(["check", "--no-diff", path])
    except SystemExit:
        pass
seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run_one(family: str, megabytes: float, where: str, timeout: float, folder: Path) -> tuple[float, int] | str:
    """(seconds, peak RSS in KB) of one run, or why there are none ("timeout", "error")."""
    suffix = ".txt" if where == "repair" else f".{where}"
    path = folder / f"{family}{suffix}"
    path.write_text(make(family, megabytes), "utf-8")
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, where, str(path)],
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
        seconds, rss = done.stdout.split()[-2:]
        return float(seconds), int(rss)
    except ValueError:
        print(f"  {family} {megabytes} MB {where}: failed: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return "error"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=float, default=[0.1, 1.0, 10.0], help="megabytes")
    ap.add_argument("--where", nargs="+", choices=WHERE, default=list(WHERE))
    ap.add_argument("--family", nargs="+", choices=sorted(FAMILIES), default=sorted(FAMILIES))
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    args = ap.parse_args(argv)
    print(
        f"{'family':22} {'where':7} "
        + " ".join(f"{s:>7g}MB" for s in args.sizes)
        + "    s/MB   growth   peak RSS (x input)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for family in args.family:
            for where in args.where:
                results = [run_one(family, s, where, args.timeout, folder) for s in args.sizes]
                cells = [f"{r[0]:8.2f}s" if isinstance(r, tuple) else f"{r:>9}" for r in results]
                last = results[-1]
                per_mb = f"{last[0] / args.sizes[-1]:7.2f}" if isinstance(last, tuple) else "      -"
                growth = "      -"
                before = results[-2] if len(results) > 1 else None
                if isinstance(last, tuple) and isinstance(before, tuple):
                    ratio = args.sizes[-1] / args.sizes[-2]
                    growth = f"{math.log(max(last[0], 1e-3) / max(before[0], 1e-3)) / math.log(ratio):7.2f}"
                peak = "        -"
                if isinstance(last, tuple):
                    peak = f"{last[1] / 1024:8.0f} MB {last[1] * 1024 / (args.sizes[-1] * 1e6):6.1f}x"
                print(f"{family:22} {where:7} " + " ".join(cells) + f" {per_mb} {growth} {peak}", flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
