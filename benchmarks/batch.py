"""Throughput of ``textrepair batch`` at -j 1 and -j 2 on Wikinews paragraphs.

    python benchmarks/batch.py                     # 20,000 records, best of 3
    python benchmarks/batch.py --records 200000 --repeat 1
    python benchmarks/batch.py --jobs 1 2 4

Builds a JSON Lines corpus in a temporary folder from the paragraphs of
``../shared/corpus/wikinews`` (each record: ``id``, ``text``, ``source``,
``score``; the paragraphs repeat to reach ``--records``), runs the command on
it for each ``--jobs`` value and prints records/s, MB/s, the CPU seconds of
all its processes (what workers add in start-up and hand-over, whatever the
machine's load; their ratio to ``-j 1``'s bounds the speed-up on idle
cores) and the speed-up over ``-j 1``. Next to it, the speed-up the same machine gives a pure-Python CPU
loop in as many processes, measured in the same run: on a shared machine the
ratio of the two says more than either time. Outputs of all runs must be
identical. Nothing of the corpus is kept.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
#: Iterations of the reference CPU loop: about a second of one core.
LOOP_ITERATIONS = 6_000_000


def paragraphs(corpus: Path) -> list[str]:
    out: list[str] = []
    for path in sorted((corpus / "wikinews" / "articles").glob("*.txt")):
        out.extend(p.strip() for p in path.read_text("utf-8").split("\n\n") if p.strip())
    return out


def build(corpus: Path, records: int, target: Path) -> int:
    paras = paragraphs(corpus)
    if not paras:
        sys.exit(f"no Wikinews paragraphs under {corpus}")
    with target.open("w", encoding="utf-8") as out:
        for i in range(records):
            record = {"id": i, "text": paras[i % len(paras)], "source": "wikinews", "score": 1e5}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target.stat().st_size


def _digest(path: Path) -> str:
    """A hash of a file, read in blocks: outputs are compared without holding them."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _loop(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def loop_speedup(processes: int) -> float:
    """How much faster ``processes`` copies of a CPU loop finish than one after another."""
    start = time.perf_counter()
    _loop(LOOP_ITERATIONS)
    one = time.perf_counter() - start
    if processes == 1:
        return 1.0
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        pool.map(_loop, [1] * processes)  # workers started before the clock
        start = time.perf_counter()
        pool.map(_loop, [LOOP_ITERATIONS] * processes)
        together = time.perf_counter() - start
    return processes * one / together


def run_batch(source: Path, target: Path, jobs: int) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS in MB of one run (the command and its workers).

    The peak comes from ``wait4`` on the command itself: the largest of it and
    the workers it waited for. (The benchmark's own children, such as the CPU
    loop's, are forked from a process that held the outputs: their
    momentary RSS would say nothing about textrepair.)
    """
    argv = [sys.executable, "-m", "textrepair.cli", "batch", str(source), "-o", str(target), "-j", str(jobs), "-q"]
    start = time.perf_counter()
    child = subprocess.Popen(argv)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"textrepair batch exited {child.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds over the -j values; the best counts")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="textrepair-batch-bench-") as tmp:
        source = Path(tmp) / "corpus.jsonl"
        size = build(args.corpus, args.records, source)
        print(f"{args.records:,} records, {size / 1e6:.1f} MB of JSON Lines (Wikinews paragraphs)")
        wall: dict[int, float] = {}
        cpu: dict[int, float] = {}
        loop: dict[int, float] = {}
        outputs: dict[int, str] = {}
        peak: dict[int, float] = {}
        # Rounds interleave the -j values, so that load from other users of the
        # machine falls on all of them alike; each round measures the CPU loop too.
        for _ in range(args.repeat):
            for jobs in args.jobs:
                target = Path(tmp) / f"out-{jobs}.jsonl"
                seconds, cpu_seconds, rss = run_batch(source, target, jobs)
                outputs[jobs] = _digest(target)
                peak[jobs] = max(peak.get(jobs, 0.0), rss)
                if seconds < wall.get(jobs, float("inf")):
                    wall[jobs], cpu[jobs] = seconds, cpu_seconds
                loop[jobs] = max(loop.get(jobs, 0.0), loop_speedup(jobs))
        base = wall[args.jobs[0]] * args.jobs[0]
        for jobs in args.jobs:
            speedup = base / wall[jobs]
            print(
                f"-j {jobs}: {wall[jobs]:6.2f} s  {args.records / wall[jobs]:8,.0f} records/s  "
                f"{size / 1e6 / wall[jobs]:5.2f} MB/s  CPU {cpu[jobs]:5.2f} s "
                f"(-j 1's work at {cpu[args.jobs[0]] / cpu[jobs]:.0%} efficiency)  speed-up {speedup:.2f}x; "
                f"CPU loop in {jobs} processes {loop[jobs]:.2f}x ({speedup / loop[jobs]:.0%} of it)"
            )
        for jobs in args.jobs:
            print(f"-j {jobs}: peak RSS of one process (the command or a worker) {peak[jobs]:.0f} MB")
        if len(set(outputs.values())) != 1:
            sys.exit("outputs differ between -j values")


if __name__ == "__main__":
    main()
