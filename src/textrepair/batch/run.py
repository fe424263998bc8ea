"""One ``textrepair batch`` run: its options, counts, rejected records and progress line.

Shared by every format's reader and writer; the workers send back only a
:class:`~textrepair.batch.worker.Tally` per chunk, which :meth:`Run.add` sums.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from .worker import Job, Tally

#: Malformed records reported one by one on standard error; the rest are counted.
MAX_REPORTED = 20
#: Seconds between progress line updates on a terminal.
PROGRESS_INTERVAL = 0.5


class Progress:
    """A one-line progress report on a terminal's standard error; silent otherwise."""

    def __init__(self, total: float | None, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, records: int, done: float) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < PROGRESS_INTERVAL:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        line = f"{records:,} records, {records / elapsed:,.0f}/s"
        if self.total:
            fraction = min(done / self.total, 1.0)
            line += f", {fraction:.0%}"
            if fraction > 0:
                remaining = int(elapsed / fraction - elapsed)
                line += f", {remaining // 60}:{remaining % 60:02d} left"
        sys.stderr.write(f"\r{line}\x1b[K")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.last:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


@dataclass
class Run:
    """One ``textrepair batch`` run: its options, counts and malformed records."""

    args: argparse.Namespace
    job: Job
    tally: Tally = field(default_factory=Tally)
    malformed: int = 0
    oversized: int = 0
    fmt: str = "jsonl"
    rejects: IO[str] | None = None
    progress: Progress = field(default_factory=lambda: Progress(None, False))
    #: A ``dask.distributed`` client with ``--scheduler``: chunks run on its cluster.
    client: Any = None

    def start_progress(self, total: float | None) -> Progress:
        self.progress = Progress(total, sys.stderr.isatty() and not self.args.quiet)
        return self.progress

    def reject(self, where: str, number: int, reason: str, raw: Any) -> None:
        self.malformed += 1
        if self.malformed <= MAX_REPORTED and not self.args.quiet:
            fate = "kept as it was" if self.job.keep_malformed else "left out"
            print(f"textrepair: {self.args.input}: {where} {number}: {reason}; {fate}", file=sys.stderr)
        if self.rejects is not None:
            entry = {where: number, "reason": reason, "record": raw}
            self.rejects.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def too_large(self, where: str, number: int, size: int) -> None:
        self.oversized += 1
        if self.oversized <= MAX_REPORTED and not self.args.quiet:
            print(
                f"textrepair: {self.args.input}: {where} {number}: {size:,} bytes, over --max-record-bytes "
                f"{self.job.max_record_bytes:,}; passed through unrepaired",
                file=sys.stderr,
            )

    def add(self, tally: Tally, numbers: Sequence[int]) -> None:
        """A chunk's counts; ``numbers[i]`` is the line (or row) number of the chunk's ``i``-th text."""
        self.tally.add(tally)
        where = "row" if self.fmt == "parquet" else "line"
        for index, size in tally.oversized:
            self.too_large(where, numbers[index], size)
