"""The worker side: what a process does with one chunk, and the counts it sends back.

A worker gets its :class:`Job` once, when it starts (:func:`start_worker` in a
pool, :func:`use_job` in this process or on a Dask worker), then repairs
chunks of JSON Lines (:func:`jsonl_chunk`) or table cells (:func:`text_chunk`)
and returns their output and a :class:`Tally`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..formats import MalformedRecord, encode_string, scan_object, splice, split_terminator
from .records import empty_meta, record_meta, repair_one, table_row

#: ``--max-record-bytes`` default: far above any paragraph or page, low enough
#: that one pathological record (a whole book on one line) cannot stall a run.
MAX_RECORD_BYTES = 10_000_000


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


def use_job(job: Job) -> None:
    """Make ``job`` the one :func:`jsonl_chunk` and :func:`text_chunk` work for in this process."""
    global _JOB
    _JOB = job


def start_worker(job: Job, run: int) -> None:
    """Run first in each pool worker: die with the run (process id ``run``) that started it, then take ``job``.

    A worker left behind by a killed run would go on repairing chunks nobody
    will write; the file commands' workers start the same way.
    """
    from ..process import worker_init

    worker_init(run)
    use_job(job)


def _job() -> Job:
    assert _JOB is not None, "worker used before use_job"
    return _JOB


def _repair_json_line(line: str, job: Job, tally: Tally, repair: bool = True) -> str:
    """One record, its text repaired (unless not ``repair``) and its metadata member added, all else byte for byte.

    Raises ``MalformedRecord`` for a line that is not such a record.
    """
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


#: What :func:`text_chunk` sends back: new cells, metadata rows, counts.
TextAnswer = tuple[list[str | None], list[list[Any]], Tally]


def text_chunk(values: list[str | None]) -> TextAnswer:
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
