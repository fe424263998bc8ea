"""JSON Lines read in chunks of lines, repaired by the workers and counted.

:func:`repair_jsonl` is shared by both writers: :func:`run_jsonl` (standard
output, or a file written whole then renamed) and
:func:`~textrepair.batch.resume.run_jsonl_to_file` (committed chunk by chunk).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import IO, Any

from .pool import ordered_map
from .run import Run
from .streams import numbered_chunks, peekable, position, read_bom
from .worker import jsonl_chunk


def repair_jsonl(run: Run, source: Any, first_line: int) -> Iterator[tuple[int, bytes]]:
    """(number of the next unread line, output bytes) for each repaired chunk of ``source``, counted into ``run``."""
    from ..formats import line_chunks

    args = run.args
    progress = run.start_progress(os.path.getsize(args.input) if args.input != "-" else None)
    chunks = numbered_chunks(line_chunks(source, args.chunk_records), first_line)
    # Each chunk carries where the input stood after it: read-ahead must not count as done.
    numbered = (((first, lines, position(source)), lines) for first, lines in chunks)
    for (first, lines, read), (data, tally) in ordered_map(jsonl_chunk, numbered, run.job, args.jobs, run.client):
        run.add(tally, range(first, first + len(lines)))
        for index, reason in tally.malformed:
            raw = lines[index].rstrip(b"\r\n").decode("utf-8", "replace")
            run.reject("line", first + index, reason, raw)
        progress.update(run.tally.records + run.malformed, read)
        yield first + len(lines), data


def run_jsonl(run: Run, path: str | None) -> None:
    """JSON Lines to ``path``, or to standard output when None, in one pass."""
    from ..formats import is_gzip, open_binary

    args = run.args
    source: Any = (
        peekable(sys.stdin.buffer) if args.input == "-" else open_binary(args.input, "rb", is_gzip(args.input))
    )
    # ``path`` is the temporary file: the target's name decides compression.
    sink: IO[bytes] = sys.stdout.buffer if path is None else open_binary(path, "wb", is_gzip(args.output))
    try:
        sink.write(read_bom(source))  # back in front of the first record
        for _, data in repair_jsonl(run, source, 1):
            sink.write(data)
        sink.flush()
    finally:
        if args.input != "-":
            source.close()
        if sink is not sys.stdout.buffer:
            sink.close()
