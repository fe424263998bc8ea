"""Peak memory against input size: ``repair()`` and ``textrepair fix`` on 1, 10 and 100 MB of prose.

The prose is the corpus's books and news (``../shared/corpus``), repeated to
the size; ``damaged`` adds the damage textrepair repairs to it (curly
apostrophes, doubled spaces, spaces before commas, mojibake accents), about
one edit every 60 characters; ``ascii`` keeps only its ASCII characters. Each run is a fresh process; what it adds to
the resident size after start-up (lexicons loaded, one small text repaired)
is shown per MB of input, and between two sizes as the slope: the memory
each further MB costs. The aim is at most 3 MB a MB plus a constant.

    python benchmarks/memory.py                        # 1 10 100 MB, every kind and way
    python benchmarks/memory.py --sizes 1 10 --kind damaged --where repair

The input counts in what a run adds: ``repair()`` is handed the text
already read, which is part of its cost (for ``fix``, the file's bytes
and decoded text). Python keeps a text with any character past U+00FF at
two bytes a character, so a text of curly quotes is twice its UTF-8 size
before anything is repaired: ``text/MB`` is the MB Python holds a MB of the
file in, and ``slope/text`` the slope per MB of that text.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
WHERE = ("repair", "fix-txt", "fix-md")
KINDS = ("clean", "damaged", "ascii")


def prose(megabytes: float, damaged: bool, ascii_only: bool = False) -> str:
    """About ``megabytes`` of the corpus's prose, damaged or not, or with only its ASCII characters."""
    files = sorted((CORPUS / "gutenberg").glob("*.txt")) + sorted((CORPUS / "wikinews").glob("*"))
    source = "\n\n".join(p.read_text("utf-8", errors="replace") for p in files if p.is_file())
    if damaged:
        source = (
            source.replace("'", "\u2019")
            .replace(" the ", " the  ")
            .replace(", ", " , ")
            .replace("\u00e9", "\u00c3\u00a9")
        )
    if ascii_only:  # one byte a character in memory too: the input's in-memory size is its file size
        source = source.encode("ascii", "ignore").decode("ascii")
    size = int(megabytes * 1_000_000)
    repeats = size // len(source.encode("utf-8")) + 1
    text = source * repeats
    return text[: len(text) * size // len(text.encode("utf-8"))]


_CHILD = """
import json, sys
where, path = sys.argv[1], sys.argv[2]
sys.path.insert(0, sys.argv[3])
from peak import peak_kb, reset_peak, resident_kb
from textrepair import repair
from textrepair.cli import main

with open(path, encoding="utf-8", newline="") as head:
    repair(head.read(5000))  # lexicons and lazy imports belong to start-up
reset_peak()  # so that the start-up's peak does not hide the run's
base = resident_kb()
if where == "repair":
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    edits = len(repair(text).edits)
    code = 0
else:
    code = main(["fix", "--quiet", path])
    edits = -1
peak = peak_kb()
with open(path, encoding="utf-8", newline="") as f:
    held = sys.getsizeof(f.read()) / len(open(path, "rb").read())  # bytes Python holds a byte of the file in
print(json.dumps({"base_kb": base, "peak_kb": peak, "status": code, "edits": edits, "held": held}))
"""


def run(where: str, kind: str, megabytes: float, folder: Path) -> dict[str, float] | str:
    """One fresh-process run: its peak and what it added, in MB, or why it failed."""
    path = folder / ("input.md" if where == "fix-md" else "input.txt")
    path.write_text(prose(megabytes, kind == "damaged", kind == "ascii"), "utf-8", newline="")
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, where, str(path), str(Path(__file__).parent)],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        path.unlink(missing_ok=True)
    try:
        out = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return (done.stderr.strip().splitlines() or ["no output"])[-1]
    if out["status"] not in (0, 1):
        return f"exit {out['status']}"
    return {"peak": out["peak_kb"] / 1024, "added": (out["peak_kb"] - out["base_kb"]) / 1024, "held": out["held"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=float, default=[1.0, 10.0, 100.0], help="megabytes")
    ap.add_argument("--where", nargs="+", choices=WHERE, default=list(WHERE))
    ap.add_argument("--kind", nargs="+", choices=KINDS, default=list(KINDS))
    args = ap.parse_args(argv)
    print(
        f"{'kind':8} {'where':8} {'MB':>6} {'peak MB':>8} {'added MB':>9} {'added/MB':>9} {'slope':>7}"
        f" {'text/MB':>8} {'slope/text':>10}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.kind:
            for where in args.where:
                last: tuple[float, float] | None = None
                for size in args.sizes:
                    got = run(where, kind, size, Path(tmp))
                    if isinstance(got, str):
                        print(f"{kind:8} {where:8} {size:6g} failed: {got}")
                        continue
                    rate = (got["added"] - last[1]) / (size - last[0]) if last else None
                    slope = f"{rate:7.2f}" if rate is not None else "      -"
                    per_text = f"{rate / got['held']:10.2f}" if rate is not None else "         -"
                    print(
                        f"{kind:8} {where:8} {size:6g} {got['peak']:8.0f} {got['added']:9.0f}"
                        f" {got['added'] / size:9.2f} {slope} {got['held']:8.2f} {per_text}",
                        flush=True,
                    )
                    last = (size, got["added"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
