"""``textrepair batch``: repair the text field of every record of a corpus.

Inputs are JSON Lines (plain or ``.gz``), CSV or Parquet (see
:mod:`textrepair.formats` for what each keeps byte for byte). Records are
read in chunks and repaired on several processes; output order is input
order and the output file appears only when complete. Each record gets a
metadata member (``textrepair``, or ``textrepair_*`` columns in tables)
whose fields are the same whatever the flags: see docs/batch.md.

The same per-record work is available to data frameworks:

>>> [r["text"] for r in repair_records([{"text": "Fine  words ."}])]
['Fine words.']

:func:`repair_records` maps a list of dicts (``dask.bag``'s partitions) and
:func:`repair_partition` a pandas DataFrame (``dask.dataframe``'s).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import os
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

from .formats import MalformedRecord, encode_string, scan_object, splice, split_terminator
from .model import Result

#: The metadata member's name unless ``--meta-field`` says otherwise.
META_FIELD = "textrepair"
#: Quote style of records when neither settings nor profile name one: one form
#: across a corpus (files repaired in place keep each document's own instead).
BATCH_QUOTE_STYLE = "straight"
#: Metadata of a record without text (field missing or null): nothing done.
EMPTY_META: dict[str, Any] = {"changed": False, "edits": 0, "suggestions": 0, "rules": {}, "spin": None}
#: Table columns the metadata becomes (CSV, Parquet, DataFrames), after the prefix and ``_``.
TABLE_FIELDS = ("changed", "edits", "suggestions", "rules", "spin")
#: ... and the two more that ``--edits`` adds.
EDIT_FIELDS = ("edit_list", "suggestion_list")
#: Chunks each worker may have queued or finished but not yet written: enough
#: that no worker waits for the writer, few enough that memory stays flat.
IN_FLIGHT_PER_WORKER = 3
#: With ``-j 0`` (the default) an input shorter than this many chunks is
#: repaired in this process: starting workers costs more than they save.
AUTO_PARALLEL_MIN_CHUNKS = 3
#: Malformed records reported one by one on standard error; the rest are counted.
MAX_REPORTED = 20
#: Seconds between progress line updates on a terminal.
PROGRESS_INTERVAL = 0.5
#: ``--max-record-bytes`` default: far above any paragraph or page, low enough
#: that one pathological record (a whole book on one line) cannot stall a run.
MAX_RECORD_BYTES = 10_000_000
#: Seconds to wait for a Dask scheduler (``--scheduler``) before giving up.
SCHEDULER_TIMEOUT_SECONDS = 10.0
#: Version of the resume journal's layout; a journal of another version is refused.
JOURNAL_VERSION = 1
#: Hidden files beside the output while a JSON Lines run is under way (docs/batch.md, "Resuming").
PARTIAL_SUFFIX = ".textrepair-partial"
JOURNAL_SUFFIX = ".textrepair-journal"
#: gzip level of each committed chunk of a ``.gz`` output: zlib's default, most
#: of level 9's gain at a fraction of its time.
GZIP_LEVEL = 6
#: Test hook, never for real runs: after this many chunks are committed, the
#: run stops making progress (sleeps until killed), so that a test can kill it
#: with SIGKILL at a known point and resume it.
TEST_HOOK_PAUSE_ENV = "TEXTREPAIR_TEST_HOOK_PAUSE_AFTER_CHUNKS"
#: Seconds between the paused run's wake-ups (it only sleeps again).
TEST_HOOK_SLEEP_SECONDS = 0.1


# -- the per-record work, shared by the command and the library helpers ----------


def batch_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """Checked settings (configuration keys) with the batch default quote style added."""
    from .pipeline import profiles

    out = dict(settings)
    profile = out.get("profile", "default")
    if "quote-style" not in out and "quote-style" not in profiles().get(profile, {}):
        out["quote-style"] = BATCH_QUOTE_STYLE
    return out


def keyword_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The library helpers' keyword settings, checked as :func:`textrepair.repair` checks its own.

    ``quote_style`` or ``quote-style``; ``select``/``ignore`` and the other
    lists also as one comma-separated string. A misspelt name raises
    ``TypeError``, a bad value ``ValueError``.
    """
    from .settings import KEYWORDS, check

    lists = {"select", "ignore", "styles", "allow", "lexicons"}
    split = {
        key: [v.strip() for v in value.split(",") if v.strip()]
        if key.replace("_", "-") in lists and isinstance(value, str)
        else value
        for key, value in settings.items()
    }
    return batch_settings(check(split, KEYWORDS))


def repair_one(text: str, settings: Mapping[str, Any]) -> Result:
    """Repair one record's text with settings from :func:`batch_settings`."""
    from .process import repair_text

    return repair_text(text, dict(settings))


def record_meta(result: Result, with_edits: bool = False) -> dict[str, Any]:
    """A record's metadata: the same keys for every record, ``edit_list`` and ``suggestion_list`` only on request."""
    spin = result.signals.get("spin")
    meta: dict[str, Any] = {
        "changed": result.changed,
        "edits": len(result.edits),
        "suggestions": len(result.suggestions),
        "rules": dict(sorted(Counter(e.rule for e in result.edits).items())),
        "spin": round(float(spin["score"]), 4) if isinstance(spin, Mapping) and "score" in spin else None,
    }
    if with_edits:
        meta["edit_list"] = [e.to_dict() for e in result.edits]
        meta["suggestion_list"] = [e.to_dict() for e in result.suggestions]
    return meta


def empty_meta(with_edits: bool = False) -> dict[str, Any]:
    meta = dict(EMPTY_META, rules={})
    if with_edits:
        meta["edit_list"] = []
        meta["suggestion_list"] = []
    return meta


def table_columns(prefix: str, with_edits: bool) -> list[str]:
    return [f"{prefix}_{name}" for name in (*TABLE_FIELDS, *(EDIT_FIELDS if with_edits else ()))]


def table_row(meta: Mapping[str, Any]) -> list[Any]:
    """Metadata as table cells: numbers stay numbers, the nested parts become JSON text."""
    row: list[Any] = [meta["changed"], meta["edits"], meta["suggestions"], json.dumps(meta["rules"]), meta["spin"]]
    for name in EDIT_FIELDS:
        if name in meta:
            row.append(json.dumps(meta[name], ensure_ascii=False))
    return row


def repair_records(
    records: Iterable[Mapping[str, Any]],
    field: str = "text",
    *,
    meta_field: str = META_FIELD,
    edits: bool = False,
    **settings: Any,
) -> list[dict[str, Any]]:
    """Repair ``field`` of each record; other keys are copied as they are.

    Made for ``dask.bag.Bag.map_partitions`` and ``multiprocessing`` maps:
    lexicons load once per process and are reused by every later call.
    ``settings`` are configuration keys (``profile``, ``select``,
    ``quote_style``, ...). A record whose ``field`` is missing or None gets
    empty metadata; a record that already holds ``meta_field`` raises
    ``ValueError`` rather than lose it (``meta_field=""`` adds no metadata).
    """
    resolved = keyword_settings(settings)
    out: list[dict[str, Any]] = []
    for record in records:
        if meta_field and meta_field in record:
            raise ValueError(f"record already has a {meta_field!r} field; pass another meta_field")
        new = dict(record)
        text = record.get(field)
        if text is None:
            meta = empty_meta(edits)
        elif isinstance(text, str):
            result = repair_one(text, resolved)
            new[field] = result.text
            meta = record_meta(result, edits)
        else:
            raise TypeError(f"field {field!r} holds {type(text).__name__}, not text")
        if meta_field:
            new[meta_field] = meta
        out.append(new)
    return out


def _repair_cells(
    values: Iterable[Any], column: str, settings: Mapping[str, Any], edits: bool
) -> tuple[list[Any], list[list[Any]]]:
    """New cells and metadata rows for a column; missing values (None, NaN) stay missing."""
    texts: list[Any] = []
    rows: list[list[Any]] = []
    for value in values:
        if isinstance(value, str):
            result = repair_one(value, settings)
            texts.append(result.text)
            rows.append(table_row(record_meta(result, edits)))
        elif value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType":
            texts.append(value)  # NaN is the one value unequal to itself; pandas.NA has no import-free test
            rows.append(table_row(empty_meta(edits)))
        else:
            raise TypeError(f"column {column!r} holds {type(value).__name__}, not text")
    return texts, rows


def repair_columns(
    columns: Mapping[str, Sequence[Any]],
    column: str = "text",
    *,
    prefix: str = META_FIELD,
    edits: bool = False,
    **settings: Any,
) -> dict[str, list[Any]]:
    """Columns (name → values) with ``column`` repaired and ``{prefix}_*`` columns added.

    The batched form of Hugging Face ``datasets.Dataset.map(fn, batched=True)``
    and of Arrow ``RecordBatch.to_pydict()``:

    >>> repair_columns({"id": [7], "text": ["a  b ."]})["text"]
    ['a b.']
    """
    names = table_columns(prefix, edits)
    clash = [name for name in names if name in columns]
    if clash:
        raise ValueError(f"already has column(s) {', '.join(clash)}; pass another prefix")
    texts, rows = _repair_cells(columns[column], column, keyword_settings(settings), edits)
    out = {name: list(values) for name, values in columns.items()}
    out[column] = texts
    for i, name in enumerate(names):
        out[name] = [row[i] for row in rows]
    return out


def repair_partition(
    frame: Any,
    column: str = "text",
    *,
    prefix: str = META_FIELD,
    edits: bool = False,
    **settings: Any,
) -> Any:
    """A copy of the pandas DataFrame ``frame`` with ``column`` repaired and ``{prefix}_*`` columns added.

    For pandas and ``dask.dataframe.DataFrame.map_partitions``. Missing
    values (None, NaN) stay missing. Raises ``ValueError`` if a metadata
    column exists already. (Typed ``Any``: pandas is optional and untyped.)
    """
    names = table_columns(prefix, edits)
    clash = [name for name in names if name in frame.columns]
    if clash:
        raise ValueError(f"the frame already has column(s) {', '.join(clash)}; pass another prefix")
    texts, rows = _repair_cells(frame[column], column, keyword_settings(settings), edits)
    out = frame.copy()
    out[column] = texts
    out[column] = out[column].astype(frame[column].dtype)
    for i, name in enumerate(names):
        out[name] = [row[i] for row in rows]
    return out


# -- worker side ---------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """What every worker needs to know; sent once, when it starts."""

    field: str
    meta_field: str
    edits: bool
    keep_malformed: bool
    settings: dict[str, Any]
    #: Records (JSON Lines: lines; tables: text cells, in UTF-8) longer than this are passed through unrepaired.
    max_record_bytes: int = MAX_RECORD_BYTES


@dataclass
class Tally:
    """Counts of a chunk or a run; chunks send back only this and their output."""

    records: int = 0
    changed: int = 0
    blank: int = 0
    without_text: int = 0
    edits: int = 0
    suggestions: int = 0
    rules: Counter[str] = field(default_factory=Counter)
    #: (index in the chunk, reason); turned into line numbers by the reader.
    malformed: list[tuple[int, str]] = field(default_factory=list)
    #: (index in the chunk, size in bytes) of records over ``max_record_bytes``, passed through unrepaired.
    oversized: list[tuple[int, int]] = field(default_factory=list)

    def count(self, meta: Mapping[str, Any]) -> None:
        self.records += 1
        self.changed += bool(meta["changed"])
        self.edits += meta["edits"]
        self.suggestions += meta["suggestions"]
        self.rules.update(meta["rules"])

    def add(self, other: Tally) -> None:
        self.records += other.records
        self.changed += other.changed
        self.blank += other.blank
        self.without_text += other.without_text
        self.edits += other.edits
        self.suggestions += other.suggestions
        self.rules.update(other.rules)

    def totals(self) -> dict[str, Any]:
        """The run-level counts, as the resume journal keeps them (not the per-chunk lists)."""
        return {
            "records": self.records,
            "changed": self.changed,
            "blank": self.blank,
            "without_text": self.without_text,
            "edits": self.edits,
            "suggestions": self.suggestions,
            "rules": dict(self.rules),
        }

    @classmethod
    def from_totals(cls, totals: Mapping[str, Any]) -> Tally:
        t = {key: int(value) for key, value in totals.items() if key != "rules"}
        return cls(
            t["records"], t["changed"], t["blank"], t["without_text"], t["edits"], t["suggestions"],
            Counter(totals["rules"]),
        )  # fmt: skip


_JOB: Job | None = None


def _init(job: Job) -> None:
    global _JOB
    _JOB = job


def _job() -> Job:
    assert _JOB is not None, "worker used before _init"
    return _JOB


def _repair_json_line(line: str, job: Job, tally: Tally, repair: bool = True) -> str:
    try:
        layout = scan_object(line)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if job.meta_field and job.meta_field in layout.values:
        raise MalformedRecord(f"already has a {job.meta_field!r} field (name another with --meta-field)")
    replacements: dict[str, str] = {}
    span = layout.values.get(job.field)
    raw = line[span[0] : span[1]] if span else "null"
    if raw == "null":
        meta = empty_meta(job.edits)
        tally.without_text += 1
    elif not raw.startswith('"'):
        raise MalformedRecord(f"field {job.field!r} is not a string")
    elif not repair:
        meta = empty_meta(job.edits)  # the same members as every record: the schema does not depend on size
    else:
        text = json.loads(raw)
        result = repair_one(text, job.settings)
        meta = record_meta(result, job.edits)
        if result.changed:
            replacements[job.field] = encode_string(result.text, raw)
    tally.count(meta)
    return splice(line, layout, replacements, {job.meta_field: meta} if job.meta_field else {})


def jsonl_chunk(lines: list[bytes]) -> tuple[bytes, Tally]:
    """Repair a chunk of JSON Lines; returns the output bytes and the counts."""
    job = _job()
    tally = Tally()
    out: list[bytes] = []
    for i, raw in enumerate(lines):
        body, ending = split_terminator(raw)
        if not body.strip():
            out.append(raw)  # blank lines stay, so record N is line N of both files
            tally.blank += 1
            continue
        try:
            try:
                line = body.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise MalformedRecord(f"not UTF-8 (byte {body[exc.start]:#04x} at column {exc.start + 1})") from None
            # Scanning the line is linear; repairing a huge one may not be: such a record is only passed through.
            fits = len(body) <= job.max_record_bytes
            if not fits:
                tally.oversized.append((i, len(body)))
            out.append(_repair_json_line(line, job, tally, fits).encode("utf-8") + ending)
        except MalformedRecord as exc:
            tally.malformed.append((i, str(exc)))
            if job.keep_malformed:
                out.append(raw)
    return b"".join(out), tally


def text_chunk(values: list[str | None]) -> tuple[list[str | None], list[list[Any]], Tally]:
    """Repair a chunk of table cells; returns new cells, metadata rows and counts."""
    job = _job()
    tally = Tally()
    texts: list[str | None] = []
    rows: list[list[Any]] = []
    for i, value in enumerate(values):
        if value is None:
            meta = empty_meta(job.edits)
            tally.without_text += 1
            texts.append(value)
        elif len(value) > job.max_record_bytes // 4 and (size := len(value.encode("utf-8"))) > job.max_record_bytes:
            # (A code point is at most 4 bytes: shorter texts need no encoding to know they fit.)
            meta = empty_meta(job.edits)
            tally.oversized.append((i, size))
            texts.append(value)
        else:
            result = repair_one(value, job.settings)
            meta = record_meta(result, job.edits)
            texts.append(result.text)
        tally.count(meta)
        rows.append(table_row(meta))
    return texts, rows, tally


# -- running chunks in order on several processes ----------------------------

_Local = TypeVar("_Local")
_Payload = TypeVar("_Payload")
_Out = TypeVar("_Out")


def ordered_map(
    work: Callable[[_Payload], _Out],
    chunks: Iterable[tuple[_Local, _Payload]],
    job: Job,
    jobs: int,
    client: Any = None,
) -> Iterator[tuple[_Local, _Out]]:
    """For each ``(local, payload)``, ``(local, work(payload))`` in input order.

    ``work`` runs on ``jobs`` processes (0: decide from the input's size) and
    only ``payload`` travels to them; ``local`` (what the writer needs
    besides the answer) stays here. At most ``IN_FLIGHT_PER_WORKER`` chunks
    per worker are read ahead, so a corpus of any size streams through in
    bounded memory. With a ``dask.distributed`` ``client`` the chunks run on
    its cluster's workers instead (``jobs`` is then unused).
    """
    if client is not None:
        yield from _cluster_map(work, chunks, job, client)
        return
    source = iter(chunks)
    head: list[tuple[_Local, _Payload]] = []
    if jobs == 0:
        for chunk in source:
            head.append(chunk)
            if len(head) >= AUTO_PARALLEL_MIN_CHUNKS:
                break
        jobs = _cores() if len(head) >= AUTO_PARALLEL_MIN_CHUNKS else 1
    pending = itertools.chain(head, source)
    if jobs <= 1:
        _init(job)
        for local, payload in pending:
            yield local, work(payload)
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    context = _start_method()
    if context.get_start_method() == "fork":
        # The first chunk is repaired here: what repairs load on first use
        # (word frequencies, name tables, compiled patterns: about 0.25 s of
        # CPU) is then loaded once, and every forked worker starts warm.
        _init(job)
        for local, payload in itertools.islice(pending, 1):
            yield local, work(payload)
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init, initargs=(job,)) as pool:
        window: deque[tuple[_Local, Future[_Out]]] = deque()
        try:
            for local, payload in pending:
                window.append((local, pool.submit(work, payload)))
                if len(window) >= jobs * IN_FLIGHT_PER_WORKER:
                    done, future = window.popleft()
                    yield done, future.result()
            while window:
                done, future = window.popleft()
                yield done, future.result()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


#: One chunk at a time per worker process: a Dask worker runs tasks on several
#: threads, but repairs are pure-Python CPU work (threads add no speed) and the
#: lazily loaded lexicons are not meant to be loaded by two threads at once.
_CLUSTER_LOCK = threading.Lock()


def _cluster_task(work: Callable[[_Payload], _Out], job: Job, payload: _Payload) -> _Out:
    """A chunk on a Dask worker. The lexicons load on the worker's first chunk and stay for the next ones."""
    with _CLUSTER_LOCK:
        _init(job)
        return work(payload)


def _cluster_map(
    work: Callable[[_Payload], _Out], chunks: Iterable[tuple[_Local, _Payload]], job: Job, client: Any
) -> Iterator[tuple[_Local, _Out]]:
    """:func:`ordered_map` on a Dask cluster: a window of chunks in flight, answers in input order."""
    workers = max(len(client.scheduler_info().get("workers", {})), 1)
    # The job (settings, lexicon names) goes to every worker once, not with each chunk.
    [shared] = client.scatter([job], broadcast=True, hash=False)
    window: deque[tuple[_Local, Any]] = deque()
    for local, payload in chunks:
        window.append((local, client.submit(_cluster_task, work, shared, payload, pure=False)))
        if len(window) >= workers * IN_FLIGHT_PER_WORKER:
            done, future = window.popleft()
            yield done, future.result()
    while window:
        done, future = window.popleft()
        yield done, future.result()


def connect(address: str, timeout: float | None = None) -> Any:
    """A ``dask.distributed.Client`` for the scheduler at ``address``; ``UsageError`` (one line) if it cannot be had."""
    try:
        from distributed import Client
    except ImportError:
        raise _usage("--scheduler needs dask.distributed: pip install 'textrepair[dask]'") from None
    try:
        wait = SCHEDULER_TIMEOUT_SECONDS if timeout is None else timeout
        return Client(address, timeout=wait, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise _usage(f"--scheduler {address}: cannot reach the Dask scheduler ({reason})") from None


def _cores() -> int:
    """The cores this process may run on (a container or ``taskset`` may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _start_method() -> Any:
    """How workers start: forked where that is safe, else spawned.

    A forked worker shares the lexicons this process loaded when it checked
    the settings: it starts at once and costs no memory until it writes. A
    spawned one imports textrepair and loads them again from the compiled
    cache (0.15 to 0.2 s of CPU per worker here). Forking is safe only on
    Linux (macOS system libraries do not survive it) and only from a process
    with one thread (a lock held by another thread would stay held in the
    worker), which the command is; a program calling in with threads gets
    spawned workers.
    """
    import multiprocessing

    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


# -- the command -----------------------------------------------------------


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


def _usage(message: str) -> Exception:
    from .cli import UsageError

    return UsageError(message)


def _check_paths(args: argparse.Namespace) -> str:
    """Refuse, in one line, what cannot work; returns the format."""
    from .formats import FORMATS, format_for

    source, target = args.input, args.output
    if source != "-":
        if os.path.isdir(source):
            raise _usage(f"{source}: is a folder; batch reads one file (run it once per shard)")
        if not os.path.exists(source):
            raise _usage(f"{source}: no such file")
    fmt = format_for(source, args.format) if source != "-" else args.format
    if fmt is None:
        if source != "-":
            raise _usage(f"{source}: cannot tell the format from the name; pass --format {'|'.join(FORMATS)}")
        fmt = "jsonl"
    for flag, name in (("--rejects", args.rejects), ("--stats", args.stats)):
        if name == "-":
            raise _usage(f"{flag} takes a file name (standard output holds the records)")
    for name in (target, args.rejects, args.stats):
        if name and name != "-":
            folder = os.path.dirname(os.path.abspath(name))
            if os.path.isdir(name):
                raise _usage(f"{name}: is a folder, not a file name")
            if not os.path.isdir(folder):
                raise _usage(f"{name}: folder {folder} does not exist")
            if source != "-" and os.path.exists(name) and os.path.samefile(source, name):
                raise _usage(f"{name}: is the input file; write to another file")
    if target != "-":
        out_fmt = format_for(target, None)
        if out_fmt is not None and out_fmt != fmt:
            raise _usage(f"{target}: the output is {fmt} like the input; give it a matching name")
    if fmt == "parquet" and "-" in (source, target):
        raise _usage("Parquet is read and written as files, not standard input or output")
    if fmt == "parquet":
        from .formats import require_pyarrow

        try:
            require_pyarrow()
        except ImportError as exc:
            raise _usage(str(exc)) from None
    if args.max_malformed < 0:
        raise _usage("--max-malformed takes a number of records, 0 or more")
    if args.max_record_bytes is None:
        args.max_record_bytes = MAX_RECORD_BYTES
    if args.max_record_bytes < 1:
        raise _usage("--max-record-bytes takes a number of bytes, 1 or more")
    if args.chunk_records is not None and args.chunk_records < 1:
        raise _usage("--chunk-records takes a number of records, 1 or more")
    if args.resume and (fmt != "jsonl" or target == "-" or source == "-"):
        raise _usage("--resume works on a JSON Lines file written to a file (-o); CSV and Parquet runs start over")
    if args.meta_field == args.field:
        raise _usage("--meta-field must differ from --field")
    return fmt


def run_batch(args: argparse.Namespace) -> int:
    """The ``textrepair batch`` command; returns the exit code (docs/batch.md)."""
    from .cli import _flags
    from .config import load
    from .process import settings_for

    fmt = _check_paths(args)
    explicit = load(args.config) if args.config else None
    where = Path(args.input).absolute() if args.input != "-" else Path.cwd() / "-"
    settings = batch_settings(settings_for(where, _flags(args), explicit))
    repair_one("", settings)  # bad selections and lexicons fail here, before any worker starts
    job = Job(args.field, args.meta_field, args.edits, args.malformed == "keep", settings, args.max_record_bytes)
    run = Run(args, job, fmt=fmt)
    if args.scheduler:
        run.client = connect(args.scheduler)
    started = time.monotonic()
    try:
        if fmt == "jsonl" and "-" not in (args.input, args.output):  # standard input cannot be read again
            _run_jsonl_to_file(run)
        else:
            _run_atomically(run, fmt)
    finally:
        run.progress.close()
        if run.client is not None:
            run.client.close()
    return _finish(run, time.monotonic() - started)


def _run_atomically(run: Run, fmt: str) -> None:
    """CSV, Parquet and standard output: each output written whole beside its target, then renamed."""
    from .formats import AtomicOutput

    args = run.args
    outputs: list[AtomicOutput] = []
    try:
        if args.rejects:
            rejects = AtomicOutput(args.rejects)
            outputs.append(rejects)
            run.rejects = open(rejects.tmp, "w", encoding="utf-8")  # noqa: SIM115
        target = None
        if args.output != "-":
            target = AtomicOutput(args.output)
            outputs.append(target)
        path = target.tmp if target else None
        if fmt == "jsonl":
            _run_jsonl(run, path)
        elif fmt == "csv":
            _run_csv(run, path)
        else:
            _run_parquet(run, path)
        if run.rejects is not None:
            run.rejects.close()
        for output in outputs:
            output.commit()
    except OSError as exc:
        raise _usage(f"{exc.filename or args.input}: {exc.strerror or exc}") from None
    finally:
        if run.rejects is not None:
            run.rejects.close()
        for output in outputs:
            output.discard()


def _finish(run: Run, seconds: float) -> int:
    args, t = run.args, run.tally
    records = t.records + run.malformed
    summary = {
        "records": records,
        "changed": t.changed,
        "malformed": run.malformed,
        "oversized": run.oversized,
        "without_text": t.without_text,
        "blank_lines": t.blank,
        "edits": t.edits,
        "suggestions": t.suggestions,
        "rules": dict(t.rules.most_common()),
        "seconds": round(seconds, 3),
    }
    if not args.quiet:
        if run.malformed > MAX_REPORTED:
            print(f"textrepair: {run.malformed - MAX_REPORTED} more malformed record(s) not shown", file=sys.stderr)
        if run.oversized > MAX_REPORTED:
            print(f"textrepair: {run.oversized - MAX_REPORTED} more oversized record(s) not shown", file=sys.stderr)
        rules = ", ".join(f"{rule} {n}" for rule, n in t.rules.most_common())
        print(
            f"{records} record(s), {t.changed} changed, {run.malformed} malformed, {t.without_text} without text"
            f"{f', {run.oversized} oversized' if run.oversized else ''}; "
            f"{t.edits} edit(s){f' ({rules})' if rules else ''}; "
            f"{seconds:.1f} s, {records / max(seconds, 1e-9):,.0f} records/s",
            file=sys.stderr,
        )
    if args.stats:
        from .formats import AtomicOutput

        stats = AtomicOutput(args.stats)
        try:
            Path(stats.tmp).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
            stats.commit()
        finally:
            stats.discard()
    return 1 if run.malformed > args.max_malformed else 0


def _read_bom(source: Any) -> bytes:
    """A UTF-8 byte order mark at the start of ``source``, read (it is no part of the first record), or nothing."""
    from .formats import UTF8_BOM

    if source.peek(len(UTF8_BOM))[: len(UTF8_BOM)] == UTF8_BOM:
        return bytes(source.read(len(UTF8_BOM)))
    return b""


def _repair_jsonl(run: Run, source: Any, first_line: int) -> Iterator[tuple[int, bytes]]:
    """(number of the next unread line, output bytes) for each repaired chunk of ``source``, counted into ``run``."""
    from .formats import line_chunks

    args = run.args
    progress = run.start_progress(os.path.getsize(args.input) if args.input != "-" else None)
    chunks = _numbered(line_chunks(source, args.chunk_records), first_line)
    # Each chunk carries where the input stood after it: read-ahead must not count as done.
    numbered = (((first, lines, _position(source)), lines) for first, lines in chunks)
    for (first, lines, read), (data, tally) in ordered_map(jsonl_chunk, numbered, run.job, args.jobs, run.client):
        run.add(tally, range(first, first + len(lines)))
        for index, reason in tally.malformed:
            raw = lines[index].rstrip(b"\r\n").decode("utf-8", "replace")
            run.reject("line", first + index, reason, raw)
        progress.update(run.tally.records + run.malformed, read)
        yield first + len(lines), data


def _run_jsonl(run: Run, path: str | None) -> None:
    from .formats import is_gzip, open_binary

    args = run.args
    source: Any = (
        _peekable(sys.stdin.buffer) if args.input == "-" else open_binary(args.input, "rb", is_gzip(args.input))
    )
    # ``path`` is the temporary file: the target's name decides compression.
    sink: IO[bytes] = sys.stdout.buffer if path is None else open_binary(path, "wb", is_gzip(args.output))
    try:
        sink.write(_read_bom(source))  # back in front of the first record
        for _, data in _repair_jsonl(run, source, 1):
            sink.write(data)
        sink.flush()
    finally:
        if args.input != "-":
            source.close()
        if sink is not sys.stdout.buffer:
            sink.close()


# -- JSON Lines to a file: committed chunks and a journal, so that --resume can continue --


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
            raise _usage(
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
        _sync(self.stream)

    def resume(self) -> None:
        self.stream = open(self.path, "a", encoding="utf-8")  # noqa: SIM115

    def append(self, checkpoint: Checkpoint) -> None:
        assert self.stream is not None
        self.stream.write(json.dumps(checkpoint.__dict__, sort_keys=True) + "\n")
        _sync(self.stream)

    def close(self) -> None:
        if self.stream is not None:
            self.stream.close()


def _sync(stream: IO[Any]) -> None:
    """Flush ``stream`` to disk, so that what the journal then says is done survives a lost machine too."""
    stream.flush()
    os.fsync(stream.fileno())


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


def _reopen(path: str, size: int) -> IO[bytes]:
    """``path`` for appending after its first ``size`` bytes (a chunk written after the last checkpoint goes)."""
    stream = open(path, "r+b" if size else "wb")  # noqa: SIM115
    stream.truncate(size)
    stream.seek(size)
    return stream


def _run_jsonl_to_file(run: Run) -> None:
    """JSON Lines to a file, chunk by committed chunk, resumable (docs/batch.md, "Resuming")."""
    from .formats import is_gzip, open_binary, umask_mode

    args = run.args
    journal = Journal(args.output, _identity(run))
    partial = hidden_beside(args.output, PARTIAL_SUFFIX)
    rejects_partial = hidden_beside(args.rejects, PARTIAL_SUFFIX) if args.rejects else None
    checkpoint = journal.load() if args.resume else None
    if checkpoint is not None and os.path.exists(partial) and os.path.getsize(partial) < checkpoint.output_bytes:
        raise _usage(f"{partial}: shorter than its journal says; run without --resume to start over")
    # A .gz output is a series of gzip members, one per chunk: a valid gzip file
    # at every checkpoint, so a resumed run can cut it there and append.
    compress = is_gzip(args.output)
    source: Any = open_binary(args.input, "rb", is_gzip(args.input))
    sink: IO[bytes] | None = None
    rejects: IO[bytes] | None = None
    keep = False
    try:
        prefix = _read_bom(source)
        first_line = 1
        if checkpoint is None:
            if args.resume and not args.quiet:
                print(f"textrepair: {args.output}: no unfinished run to resume; starting", file=sys.stderr)
            journal.start()
        else:
            for _ in range(checkpoint.next_line - 1):
                if not source.readline():
                    raise _usage(f"{args.input}: shorter than the unfinished run's journal; run without --resume")
            first_line, prefix = checkpoint.next_line, b""  # the mark went out with the first chunk
            run.tally = Tally.from_totals(checkpoint.tally)
            run.malformed, run.oversized = checkpoint.malformed, checkpoint.oversized
            if not args.quiet:
                print(f"textrepair: {args.output}: resuming at line {first_line}", file=sys.stderr)
            journal.resume()
        sink = _reopen(partial, checkpoint.output_bytes if checkpoint else 0)
        if rejects_partial:
            rejects = _reopen(rejects_partial, checkpoint.rejects_bytes if checkpoint else 0)
            run.rejects = io.TextIOWrapper(rejects, encoding="utf-8", write_through=True)
        pause = int(os.environ.get(TEST_HOOK_PAUSE_ENV) or 0)
        for committed, (next_line, data) in enumerate(_repair_jsonl(run, source, first_line), 1):
            data, prefix = prefix + data, b""
            sink.write(gzip_member(data) if compress else data)
            _sync(sink)
            if rejects is not None:
                _sync(rejects)
            point = Checkpoint(
                next_line,
                sink.tell(),
                rejects.tell() if rejects is not None else 0,
                run.malformed,
                run.oversized,
                run.tally.totals(),
            )
            journal.append(point)
            while pause and committed >= pause:  # the test hook: wait here to be killed
                time.sleep(TEST_HOOK_SLEEP_SECONDS)
        if compress and sink.tell() == 0:
            sink.write(gzip_member(prefix))  # an empty corpus is still a valid gzip file
        elif prefix:
            sink.write(prefix)
        sink.close()
        if run.rejects is not None:
            run.rejects.close()
        for path, target in ((partial, args.output), (rejects_partial, args.rejects)):
            if path:
                os.chmod(path, umask_mode())
                os.replace(path, target)
    except KeyboardInterrupt:
        keep = True  # interrupted, not failed: --resume continues from the last committed chunk
        raise
    except OSError as exc:
        raise _usage(f"{exc.filename or args.input}: {exc.strerror or exc}") from None
    finally:
        source.close()
        journal.close()
        for stream in (run.rejects, rejects, sink):
            if stream is not None:
                stream.close()
        if not keep:
            for path in (partial, rejects_partial, journal.path):
                if path:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(path)


def gzip_member(data: bytes) -> bytes:
    """``data`` as one gzip member; members one after another make one valid gzip file."""
    import gzip

    return gzip.compress(data, GZIP_LEVEL, mtime=0)


def _peekable(stream: Any) -> Any:
    """``stream`` with ``peek``: standard input is buffered already, a replaced one may not be."""
    return stream if hasattr(stream, "peek") else io.BufferedReader(stream)


def _position(stream: IO[bytes]) -> float:
    """Bytes of the input file read so far; for gzip, of the compressed file, as its size is."""
    raw = getattr(stream, "fileobj", None) or stream
    try:
        return float(raw.tell())
    except (OSError, ValueError):
        return 0.0


def _numbered(chunks: Iterator[list[bytes]], number: int = 1) -> Iterator[tuple[int, list[bytes]]]:
    """Chunks with the line number of their first line."""
    for chunk in chunks:
        yield number, chunk
        number += len(chunk)


def _run_csv(run: Run, path: str | None) -> None:
    import csv

    from .formats import CHUNK_BYTES, CHUNK_RECORDS

    args, job = run.args, run.job
    dialect = "excel-tab" if args.input.lower().endswith(".tsv") or args.output.lower().endswith(".tsv") else "excel"
    raw = _peekable(sys.stdin.buffer) if args.input == "-" else open(args.input, "rb")  # noqa: SIM115
    head = raw.peek(CHUNK_BYTES)
    first_end = head.find(b"\n")
    # Rows end as the input's do (the csv module's own default is \r\n).
    ending = "\r\n" if first_end > 0 and head[first_end - 1 : first_end] == b"\r" else "\n"
    source = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    out: IO[bytes] = sys.stdout.buffer if path is None else open(path, "wb")  # noqa: SIM115
    sink = io.TextIOWrapper(out, encoding="utf-8", newline="")
    reader = csv.reader(source, dialect)
    try:
        header = next(reader, None)
        if header is None:
            return
        if header and header[0].startswith("\ufeff"):
            sink.write("\ufeff")  # a byte order mark stays in front of the header, where spreadsheets want it
            header[0] = header[0][1:]
        if job.field not in header:
            raise _usage(f"{args.input}: no column {job.field!r} (columns: {', '.join(header)})")
        added = table_columns(job.meta_field, job.edits) if job.meta_field else []
        clash = [name for name in added if name in header]
        if clash:
            raise _usage(f"{args.input}: already has column(s) {', '.join(clash)}; name another with --meta-field")
        column = header.index(job.field)
        writer = csv.writer(sink, dialect, lineterminator=ending)
        writer.writerow([*header, *added])
        progress = run.start_progress(os.path.getsize(args.input) if args.input != "-" else None)

        def chunks() -> Iterator[tuple[tuple[list[list[str]], list[int], float], list[str | None]]]:
            rows: list[list[str]] = []
            lines: list[int] = []
            texts: list[str | None] = []
            size = 0
            start = reader.line_num + 1
            for row in reader:
                rows.append(row)
                lines.append(start)
                start = reader.line_num + 1
                if len(row) == len(header):
                    texts.append(row[column])
                size += sum(map(len, row))
                if size >= CHUNK_BYTES or len(rows) >= (args.chunk_records or CHUNK_RECORDS):
                    yield (rows, lines, _position(raw)), texts
                    rows, lines, texts, size = [], [], [], 0
            if rows:
                yield (rows, lines, _position(raw)), texts

        repaired = ordered_map(text_chunk, chunks(), job, args.jobs, run.client)
        for (rows, lines, read), (texts, metas, tally) in repaired:
            run.add(tally, [line for row, line in zip(rows, lines, strict=True) if len(row) == len(header)])
            answers = iter(zip(texts, metas, strict=True))
            for row, line in zip(rows, lines, strict=True):
                if len(row) != len(header):
                    reason = "a blank line" if not row else f"{len(row)} cells where the header has {len(header)}"
                    run.reject("line", line, reason, row)
                    if job.keep_malformed:
                        writer.writerow(row)
                    continue
                text, meta = next(answers)
                row[column] = text or ""
                writer.writerow([*row, *meta] if added else row)
            progress.update(run.tally.records + run.malformed, read)
        sink.flush()
    except csv.Error as exc:
        raise _usage(f"{args.input}: line {reader.line_num}: not CSV ({exc})") from None
    except UnicodeDecodeError as exc:
        raise _usage(f"{args.input}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    finally:
        if args.input == "-":
            source.detach()
        else:
            source.close()
        if path is None:
            sink.detach()
        else:
            sink.close()


def _run_parquet(run: Run, path: str | None) -> None:
    from .formats import CHUNK_RECORDS, require_pyarrow

    pa = require_pyarrow()
    args, job = run.args, run.job
    assert path is not None  # refused earlier: Parquet needs files
    parquet = pa.parquet.ParquetFile(args.input)
    schema = parquet.schema_arrow
    if job.field not in schema.names:
        raise _usage(f"{args.input}: no column {job.field!r} (columns: {', '.join(schema.names)})")
    text_type = schema.field(job.field).type
    if not (pa.types.is_string(text_type) or pa.types.is_large_string(text_type)):
        raise _usage(f"{args.input}: column {job.field!r} holds {text_type}, not text")
    added = table_columns(job.meta_field, job.edits) if job.meta_field else []
    clash = [name for name in added if name in schema.names]
    if clash:
        raise _usage(f"{args.input}: already has column(s) {', '.join(clash)}; name another with --meta-field")
    types = [pa.bool_(), pa.int64(), pa.int64(), pa.string(), pa.float64(), pa.string(), pa.string()]
    out_schema = schema
    for name, kind in zip(added, types, strict=False):
        out_schema = out_schema.append(pa.field(name, kind))
    progress = run.start_progress(parquet.metadata.num_rows)
    column = schema.get_field_index(job.field)
    batches = (
        (batch, batch.column(column).to_pylist())
        for batch in parquet.iter_batches(batch_size=args.chunk_records or CHUNK_RECORDS)
    )
    with pa.parquet.ParquetWriter(path, out_schema) as writer:
        for batch, (texts, metas, tally) in ordered_map(text_chunk, batches, job, args.jobs, run.client):
            first = run.tally.records + 1  # rows are numbered from 1, as lines are
            run.add(tally, range(first, first + batch.num_rows))
            arrays = list(batch.columns)
            arrays[column] = pa.array(texts, type=text_type)
            for i, kind in enumerate(types[: len(added)]):
                arrays.append(pa.array([meta[i] for meta in metas], type=kind))
            writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=out_schema))
            progress.update(run.tally.records, run.tally.records)
    parquet.close()
