"""Throughput of repair() and start-up of the CLI, next to ftfy in the same run.

    python benchmarks/bench.py                 # 1 MB samples of ../shared/corpus
    python benchmarks/bench.py --full          # the whole corpus (36 MB)
    python benchmarks/bench.py --corpus DIR    # any folder of .txt files

Prints MB/s (UTF-8 megabytes of input per second, best of --repeat runs) for
the default pipeline, the safe profile and ftfy.fix_text on clean text and on
the same text with mojibake injected into one line in ten, then the wall time
of `textrepair check` on three small clean files (plain text, a news paragraph
with names, a Markdown page; median of --runs runs each) next to a bare
`python -c pass`. `--startup-only` skips the throughput part.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def load(corpus: Path, full: bool) -> list[str]:
    if full:
        files = sorted(corpus.glob("gutenberg/*.txt")) + sorted(corpus.glob("wikinews/articles/*.txt"))
    else:
        files = [corpus / "sample-1mb.txt", corpus / "wikinews-sample-1mb.txt"]
    missing = [f for f in files if not f.exists()]
    if missing or not files:
        sys.exit(f"bench.py: no corpus at {corpus} (missing {', '.join(str(f) for f in missing) or 'every file'})")
    return [f.read_text("utf-8") for f in files]


def inject_mojibake(text: str, rate: float = 0.1, seed: int = 1) -> str:
    """Re-decode one line in ten as Windows-1252, as a broken pipeline would."""
    rng = random.Random(seed)
    out = []
    for line in text.split("\n"):
        if rng.random() < rate:
            line = line.encode("utf-8").decode("cp1252", errors="replace")
        out.append(line)
    return "\n".join(out)


def mbps(fn: Callable[[str], object], docs: list[str], repeat: int) -> float:
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        best = min(best, time.perf_counter() - t0)
    return size / best


#: Small clean files for the start-up measurement: the trivial case, a news
#: paragraph with names (the proper-noun and spinner lexicons are opened) and
#: a Markdown page (the Markdown parser too).
SMALL_FILES = {
    "small.txt": "A small clean file.\nIt has two lines.\n",
    "news.txt": (
        "President Joe Biden met Ukrainian President Volodymyr Zelensky in Washington on Tuesday.\n"
        "The two leaders discussed military aid, sanctions against Russia and the rebuilding of Kharkiv.\n"
    ),
    "page.md": (
        "---\ntitle: Getting started\n---\n\n# Getting started\n\nInstall the package with `pip`, then run\n"
        "the command below. See [the guide](https://example.org/guide) for details.\n\n"
        "```sh\npip install example\n```\n\n- Fast: one pass over the text.\n- Safe: nothing changes silently.\n"
    ),
}


def cli_startup(runs: int = 15) -> dict[str, tuple[float, float]]:
    """(median, fastest) wall time in ms of ``textrepair check FILE`` for each small file, and of a bare interpreter.

    The fastest run shows the cost without the machine's noise; the median is the figure to compare.
    """
    exe = Path(sys.executable).with_name("textrepair")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "textrepair.cli"]
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        commands = {"python -c pass (floor)": [sys.executable, "-c", "pass"]}
        for name, text in SMALL_FILES.items():
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            commands[f"textrepair check {name}"] = [*cmd, "check", str(path)]
        subprocess.run(commands[f"textrepair check {next(iter(SMALL_FILES))}"], capture_output=True)  # fill caches
        for label, command in commands.items():
            times = []
            for _ in range(runs):
                t0 = time.perf_counter()
                done = subprocess.run(command, capture_output=True)
                times.append(time.perf_counter() - t0)
                if done.returncode not in (0, 1):
                    sys.exit(f"{label} failed: {done.stderr.decode()}")
            out[label] = (statistics.median(times) * 1000, min(times) * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--runs", type=int, default=15, help="runs of each start-up measurement")
    ap.add_argument("--startup-only", action="store_true", help="measure only the CLI start-up")
    args = ap.parse_args()

    if args.startup_only:
        _print_startup(args.runs)
        return

    import ftfy

    from textrepair import repair

    docs = load(args.corpus, args.full)
    if not docs:
        sys.exit(f"no corpus at {args.corpus}")
    damaged = [inject_mojibake(d) for d in docs]
    repair("warm up: load lexicons once")
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"corpus: {len(docs)} documents, {size:.1f} MB")
    rows = [
        ("repair() default, clean", lambda t: repair(t), docs),
        ("repair() safe profile, clean", lambda t: repair(t, profile="safe"), docs),
        ("ftfy.fix_text, clean", ftfy.fix_text, docs),
        ("repair() default, mojibake 1 line in 10", lambda t: repair(t), damaged),
        ("ftfy.fix_text, mojibake 1 line in 10", ftfy.fix_text, damaged),
    ]
    results = {}
    for name, fn, data in rows:
        results[name] = mbps(fn, data, args.repeat)
        print(f"{name:42s} {results[name]:8.2f} MB/s")
    ratio = results["repair() default, clean"] / results["ftfy.fix_text, clean"]
    print(f"{'default pipeline vs ftfy on clean text':42s} {ratio:8.2f}x")
    _print_startup(args.runs)


def _print_startup(runs: int) -> None:
    for label, (median, fastest) in cli_startup(runs).items():
        print(f"{label + ' (median)':42s} {median:8.1f} ms   (fastest {fastest:.1f} ms)")


if __name__ == "__main__":
    main()
