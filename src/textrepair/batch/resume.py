"""JSON Lines to a file, chunk by committed chunk, resumable after a kill.

Each chunk's output is appended to a hidden partial file and synced, then a
:class:`Checkpoint` is appended to the :class:`Journal` beside it. ``--resume``
cuts the partial file back to the last checkpoint and carries on from the
line after it (docs/batch.md, "Resuming").
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from ..errors import UsageError
from .jsonl import repair_jsonl
from .run import Run
from .streams import gzip_member, read_bom, reopen, sync
from .worker import Tally

#: Version of the resume journal's layout; a journal of another version is refused.
JOURNAL_VERSION = 1
#: Hidden files beside the output while a JSON Lines run is under way (docs/batch.md, "Resuming").
PARTIAL_SUFFIX = ".textrepair-partial"
JOURNAL_SUFFIX = ".textrepair-journal"
#: Test hook, never for real runs: after this many chunks are committed, the
#: run stops making progress (sleeps until killed), so that a test can kill it
#: with SIGKILL at a known point and resume it.
TEST_HOOK_PAUSE_ENV = "TEXTREPAIR_TEST_HOOK_PAUSE_AFTER_CHUNKS"
#: Seconds between the paused run's wake-ups (it only sleeps again).
TEST_HOOK_SLEEP_SECONDS = 0.1


def hidden_beside(path: str, suffix: str) -> str:
    """``.NAME{suffix}`` in the folder of ``path``."""
    folder, base = os.path.split(os.path.abspath(path))
    return os.path.join(folder, f".{base}{suffix}")


@dataclass(frozen=True)
class Checkpoint:
    """What the journal records after each chunk: enough to continue right after it."""

    next_line: int  # the first input line not yet done
    output_bytes: int  # the partial output's size with the chunk in it
    rejects_bytes: int
    malformed: int
    oversized: int
    tally: dict[str, Any]


class Journal:
    """The journal of a JSON Lines run written to a file (docs/batch.md, "Resuming").

    Its first line says which run it belongs to (input, its size and time,
    output, settings); each further line is a :class:`Checkpoint`, appended
    only once the chunk's output bytes are on disk. A line cut short by a kill
    is ignored: the chunk it was for is simply done again.
    """

    def __init__(self, output: str, identity: dict[str, Any]) -> None:
        self.path = hidden_beside(output, JOURNAL_SUFFIX)
        self.identity = identity
        self.stream: IO[str] | None = None

    def load(self) -> Checkpoint | None:
        """The last checkpoint of the same run, None if there is none; refuses another run's journal."""
        try:
            with open(self.path, encoding="utf-8") as stream:
                lines = stream.read().split("\n")
        except FileNotFoundError:
            return None
        try:
            header = json.loads(lines[0])
        except json.JSONDecodeError:
            return None  # killed before the header was whole: nothing was committed
        if header != self.identity:
            raise UsageError(
                f"{self.identity['output']}: the unfinished run was of another input, output or settings; "
                "run without --resume to start over"
            )
        last = None
        for line in lines[1:]:
            try:
                last = Checkpoint(**json.loads(line))
            except (json.JSONDecodeError, TypeError):
                break
        return last

    def start(self) -> None:
        self.stream = open(self.path, "w", encoding="utf-8")  # noqa: SIM115
        self.stream.write(json.dumps(self.identity, sort_keys=True) + "\n")
        sync(self.stream)

    def resume(self) -> None:
        self.stream = open(self.path, "a", encoding="utf-8")  # noqa: SIM115

    def append(self, checkpoint: Checkpoint) -> None:
        assert self.stream is not None
        self.stream.write(json.dumps(checkpoint.__dict__, sort_keys=True) + "\n")
        sync(self.stream)

    def close(self) -> None:
        if self.stream is not None:
            self.stream.close()


def _identity(run: Run) -> dict[str, Any]:
    """What must not change between a run and its resumption; compared as JSON."""
    args = run.args
    info = os.stat(args.input)

    def plain(value: Any) -> Any:
        return sorted(map(str, value)) if isinstance(value, set | frozenset) else str(value)

    job = json.loads(json.dumps(run.job.__dict__, sort_keys=True, default=plain))
    return {
        "journal": JOURNAL_VERSION,
        "input": os.path.abspath(args.input),
        "input_size": info.st_size,
        "input_mtime_ns": info.st_mtime_ns,
        "output": os.path.abspath(args.output),
        "rejects": os.path.abspath(args.rejects) if args.rejects else None,
        "job": job,
    }


def run_jsonl_to_file(run: Run) -> None:
    """JSON Lines to a file, chunk by committed chunk, resumable (docs/batch.md, "Resuming")."""
    from ..formats import is_gzip, open_binary

    args = run.args
    files = _PartialFiles(run)
    checkpoint = files.last_checkpoint()
    source: Any = open_binary(args.input, "rb", is_gzip(args.input))
    keep = False
    try:
        prefix = read_bom(source)
        first_line = files.start(checkpoint, source)
        if checkpoint is not None:
            prefix = b""  # the mark went out with the first chunk
        sink, rejects = files.open(checkpoint)
        prefix = files.commit_chunks(repair_jsonl(run, source, first_line), prefix, sink, rejects)
        files.publish(sink, prefix)
    except KeyboardInterrupt:
        keep = True  # interrupted, not failed: --resume continues from the last committed chunk
        raise
    except OSError as exc:
        raise UsageError(f"{exc.filename or args.input}: {exc.strerror or exc}") from None
    finally:
        source.close()
        files.close(keep)


class _PartialFiles:
    """A resumable run's hidden files: the partial output (and rejects) and the journal.

    The partial files take their targets' names once the run is done; until
    then a kill leaves them, and the journal, for ``--resume``.
    """

    def __init__(self, run: Run) -> None:
        from ..formats import is_gzip

        args = run.args
        self.run = run
        self.journal = Journal(args.output, _identity(run))
        self.output = hidden_beside(args.output, PARTIAL_SUFFIX)
        self.rejects = hidden_beside(args.rejects, PARTIAL_SUFFIX) if args.rejects else None
        # A .gz output is a series of gzip members, one per chunk: a valid gzip file
        # at every checkpoint, so a resumed run can cut it there and append.
        self.compress = is_gzip(args.output)
        self.sink: IO[bytes] | None = None
        self.rejects_sink: IO[bytes] | None = None

    def last_checkpoint(self) -> Checkpoint | None:
        """With ``--resume``, where the unfinished run stopped; refuses a partial output shorter than that."""
        if not self.run.args.resume:
            return None
        checkpoint = self.journal.load()
        if (
            checkpoint is not None
            and os.path.exists(self.output)
            and os.path.getsize(self.output) < checkpoint.output_bytes
        ):
            raise UsageError(f"{self.output}: shorter than its journal says; run without --resume to start over")
        return checkpoint

    def start(self, checkpoint: Checkpoint | None, source: Any) -> int:
        """Start the journal, or pick up its counts and skip ``source`` past its checkpoint; the first line to do."""
        run, args = self.run, self.run.args
        if checkpoint is None:
            if args.resume and not args.quiet:
                print(f"textrepair: {args.output}: no unfinished run to resume; starting", file=sys.stderr)
            self.journal.start()
            return 1
        for _ in range(checkpoint.next_line - 1):
            if not source.readline():
                raise UsageError(f"{args.input}: shorter than the unfinished run's journal; run without --resume")
        run.tally = Tally.from_totals(checkpoint.tally)
        run.malformed, run.oversized = checkpoint.malformed, checkpoint.oversized
        if not args.quiet:
            print(f"textrepair: {args.output}: resuming at line {checkpoint.next_line}", file=sys.stderr)
        self.journal.resume()
        return checkpoint.next_line

    def open(self, checkpoint: Checkpoint | None) -> tuple[IO[bytes], IO[bytes] | None]:
        """The partial output and rejects, cut back to the checkpoint (or emptied) for appending."""
        self.sink = reopen(self.output, checkpoint.output_bytes if checkpoint else 0)
        if self.rejects:
            self.rejects_sink = reopen(self.rejects, checkpoint.rejects_bytes if checkpoint else 0)
            self.run.rejects = io.TextIOWrapper(self.rejects_sink, encoding="utf-8", write_through=True)
        return self.sink, self.rejects_sink

    def commit_chunks(
        self, chunks: Iterator[tuple[int, bytes]], prefix: bytes, sink: IO[bytes], rejects: IO[bytes] | None
    ) -> bytes:
        """Write each chunk, then journal it once it is on disk; returns ``prefix`` if no chunk took it."""
        run = self.run
        pause = int(os.environ.get(TEST_HOOK_PAUSE_ENV) or 0)
        for committed, (next_line, data) in enumerate(chunks, 1):
            data, prefix = prefix + data, b""
            sink.write(gzip_member(data) if self.compress else data)
            sync(sink)
            if rejects is not None:
                sync(rejects)
            point = Checkpoint(
                next_line,
                sink.tell(),
                rejects.tell() if rejects is not None else 0,
                run.malformed,
                run.oversized,
                run.tally.totals(),
            )
            self.journal.append(point)
            while pause and committed >= pause:  # the test hook: wait here to be killed
                time.sleep(TEST_HOOK_SLEEP_SECONDS)
        return prefix

    def publish(self, sink: IO[bytes], prefix: bytes) -> None:
        """Close the partial files and give them their targets' names."""
        from ..formats import umask_mode

        args = self.run.args
        if self.compress and sink.tell() == 0:
            sink.write(gzip_member(prefix))  # an empty corpus is still a valid gzip file
        elif prefix:
            sink.write(prefix)
        sink.close()
        if self.run.rejects is not None:
            self.run.rejects.close()
        for path, target in ((self.output, args.output), (self.rejects, args.rejects)):
            if path:
                os.chmod(path, umask_mode())
                os.replace(path, target)

    def close(self, keep: bool) -> None:
        """Close every stream; unless ``keep`` (an interrupted run), remove what is left of the hidden files."""
        self.journal.close()
        for stream in (self.run.rejects, self.rejects_sink, self.sink):
            if stream is not None:
                stream.close()
        if not keep:
            for path in (self.output, self.rejects, self.journal.path):
                if path:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(path)
