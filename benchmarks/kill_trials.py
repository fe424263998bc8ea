"""Kill trials: `textrepair fix` interrupted at random moments never leaves a file half written.

Builds a tree of damaged text files (mojibake and doubled spaces, each file
different), records what one uninterrupted `fix` makes of each, then for every
signal (SIGKILL, SIGTERM, SIGINT) runs `fix -j JOBS` on fresh copies of the
tree and sends the signal to the run alone (not its workers) after a random
delay. After each trial it checks, file by file, that every file holds either
its old bytes or its repaired bytes; counts the temporary files left beside
them; checks that no worker of the killed run is still alive two seconds
later; and runs `fix` again to see it finish the tree and clean up. Prints one
row per signal.

    python benchmarks/kill_trials.py [--trials 10] [--files 300] [--jobs 2] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

#: The temporary files a write leaves only if it is interrupted (``textrepair.files.TEMP_SUFFIX``).
TEMP_GLOB = ".*.textrepair"
#: How long after the kill a worker may take to notice that its run is gone.
GRACE_SECONDS = 2.0
LINES = [
    "It\u00e2\u20ac\u2122s the caf\u00c3\u00a9 on the corner, file {n}.",
    "Prices rose  by 3%  in  the quarter , officials said.",
    "\u00e2\u20ac\u0153Quoted,\u00e2\u20ac\u009d she wrote; nothing else changed here in {n}.",
    "A clean line that needs nothing at all, number {n}.",
]


@dataclass
class Row:
    """The figures of one signal's trials."""

    name: str
    trials: int = 0
    files: int = 0
    old: int = 0
    new: int = 0
    torn: int = 0
    temp_left: int = 0
    orphans: int = 0
    rerun_ok: int = 0
    delays: list[float] = field(default_factory=list)


def make_tree(folder: Path, files: int, rng: random.Random) -> None:
    for n in range(files):
        lines = [rng.choice(LINES).format(n=n) for _ in range(rng.randint(40, 400))]
        (folder / f"doc{n:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def fix_command(folder: Path, jobs: int) -> list[str]:
    code = "import sys; from textrepair.cli import main; sys.exit(main(sys.argv[1:]))"
    return [sys.executable, "-c", code, "fix", "-q", "-j", str(jobs), str(folder)]


def children(pid: int) -> set[int]:
    """The process ids whose parent is ``pid`` (Linux /proc)."""
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def trial(pristine: Path, expected: dict[str, bytes], jobs: int, sig: signal.Signals, delay: float, row: Row) -> None:
    work = Path(tempfile.mkdtemp(prefix="kill-trial-"))
    try:
        tree = work / "tree"
        shutil.copytree(pristine, tree)
        proc = subprocess.Popen(fix_command(tree, jobs), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + delay
        workers: set[int] = set()
        while time.monotonic() < deadline and proc.poll() is None:
            workers |= children(proc.pid)
            time.sleep(0.01)
        workers |= children(proc.pid)
        proc.send_signal(sig)
        proc.wait()
        time.sleep(GRACE_SECONDS)
        row.trials += 1
        row.delays.append(delay)
        row.orphans += sum(alive(w) for w in workers)
        for path in sorted(tree.glob("*.txt")):
            data = path.read_bytes()
            row.files += 1
            if data == expected[path.name]:
                row.new += 1
            elif data == (pristine / path.name).read_bytes():
                row.old += 1
            else:
                row.torn += 1
        row.temp_left += len(list(tree.glob(TEMP_GLOB)))
        again = subprocess.run(fix_command(tree, jobs), capture_output=True, check=False)
        done = all((tree / name).read_bytes() == data for name, data in expected.items())
        row.rerun_ok += again.returncode in (0, 1) and done and not list(tree.glob(TEMP_GLOB))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trials", type=int, default=10, help="trials per signal")
    ap.add_argument("--files", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    base = Path(tempfile.mkdtemp(prefix="kill-trials-"))
    try:
        pristine = base / "pristine"
        pristine.mkdir()
        make_tree(pristine, args.files, rng)
        reference = base / "reference"
        shutil.copytree(pristine, reference)
        started = time.monotonic()
        subprocess.run(fix_command(reference, args.jobs), capture_output=True, check=False)
        full = time.monotonic() - started
        expected = {p.name: p.read_bytes() for p in reference.glob("*.txt")}
        changed = sum(expected[p.name] != p.read_bytes() for p in pristine.glob("*.txt"))
        print(f"tree: {args.files} files, {changed} changed by an uninterrupted fix in {full:.2f} s (-j {args.jobs})")
        rows = []
        for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGINT):
            row = Row(sig.name)
            for _ in range(args.trials):
                trial(pristine, expected, args.jobs, sig, rng.uniform(0.05, full), row)
            rows.append(row)
        print(
            f"{'signal':8s} {'trials':>6s} {'files':>6s} {'old':>6s} {'new':>6s} {'torn':>5s} "
            f"{'temp left':>9s} {'orphans':>7s} {'rerun ok':>8s}"
        )
        for r in rows:
            print(
                f"{r.name:8s} {r.trials:6d} {r.files:6d} {r.old:6d} {r.new:6d} {r.torn:5d} "
                f"{r.temp_left:9d} {r.orphans:7d} {r.rerun_ok:8d}"
            )
        if any(r.torn or r.orphans or r.rerun_ok != r.trials for r in rows):
            sys.exit(1)
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
