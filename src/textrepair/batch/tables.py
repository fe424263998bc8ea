"""CSV, TSV and Parquet: table cells repaired by the workers, metadata as added columns.

Rows keep their cells, quoting dialect and line endings; a CSV row whose cell
count differs from the header's is malformed (rejected, or kept with
``--malformed keep``). Parquet keeps its schema and adds typed columns.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from ..errors import UsageError
from .pool import ordered_map
from .records import table_columns
from .run import Run
from .streams import peekable, position
from .worker import TextAnswer, text_chunk

if TYPE_CHECKING:
    from _csv import Reader, Writer


#: A chunk of CSV rows as it travels: (rows, their line numbers, input bytes read
#: after it) stay with the writer; the text cells of well-formed rows go to a worker.
_CsvChunk = tuple[tuple[list[list[str]], list[int], float], list[str | None]]


def run_csv(run: Run, path: str | None) -> None:
    """CSV (or TSV) to ``path``, or to standard output when None."""
    import csv

    from ..formats import CHUNK_BYTES

    args, job = run.args, run.job
    dialect = "excel-tab" if args.input.lower().endswith(".tsv") or args.output.lower().endswith(".tsv") else "excel"
    raw = peekable(sys.stdin.buffer) if args.input == "-" else open(args.input, "rb")  # noqa: SIM115
    ending = _row_ending(raw.peek(CHUNK_BYTES))
    source = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    out: IO[bytes] = sys.stdout.buffer if path is None else open(path, "wb")  # noqa: SIM115
    sink = io.TextIOWrapper(out, encoding="utf-8", newline="")
    reader = csv.reader(source, dialect)
    try:
        header = _read_header(reader, sink, run)
        if header is None:
            return
        added = table_columns(job.meta_field, job.edits) if job.meta_field else []
        clash = [name for name in added if name in header]
        if clash:
            raise UsageError(f"{args.input}: already has column(s) {', '.join(clash)}; name another with --meta-field")
        column = header.index(job.field)
        writer = csv.writer(sink, dialect, lineterminator=ending)
        writer.writerow([*header, *added])
        run.start_progress(os.path.getsize(args.input) if args.input != "-" else None)
        chunks = _csv_chunks(reader, raw, len(header), column, args.chunk_records)
        _write_rows(
            run, writer, ordered_map(text_chunk, chunks, job, args.jobs, run.client), len(header), column, added
        )
        sink.flush()
    except csv.Error as exc:
        raise UsageError(f"{args.input}: line {reader.line_num}: not CSV ({exc})") from None
    except UnicodeDecodeError as exc:
        raise UsageError(f"{args.input}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    finally:
        if args.input == "-":
            source.detach()
        else:
            source.close()
        if path is None:
            sink.detach()
        else:
            sink.close()


def _row_ending(head: bytes) -> str:
    """Rows end as the input's first one does (the csv module's own default is \\r\\n)."""
    first_end = head.find(b"\n")
    return "\r\n" if first_end > 0 and head[first_end - 1 : first_end] == b"\r" else "\n"


def _read_header(reader: Reader, sink: IO[str], run: Run) -> list[str] | None:
    """The header row, None for an empty input; a byte order mark in front of it is written to ``sink`` at once."""
    header = next(reader, None)
    if header is None:
        return None
    if header and header[0].startswith("\ufeff"):
        sink.write("\ufeff")  # a byte order mark stays in front of the header, where spreadsheets want it
        header[0] = header[0][1:]
    if run.job.field not in header:
        raise UsageError(f"{run.args.input}: no column {run.job.field!r} (columns: {', '.join(header)})")
    return header


def _csv_chunks(
    reader: Reader, raw: IO[bytes], width: int, column: int, chunk_records: int | None
) -> Iterator[_CsvChunk]:
    """The rows after the header in chunks; only rows of ``width`` cells send their text in ``column`` to repair."""
    from ..formats import CHUNK_BYTES, CHUNK_RECORDS

    rows: list[list[str]] = []
    lines: list[int] = []
    texts: list[str | None] = []
    size = 0
    start = reader.line_num + 1
    for row in reader:
        rows.append(row)
        lines.append(start)
        start = reader.line_num + 1
        if len(row) == width:
            texts.append(row[column])
        size += sum(map(len, row))
        if size >= CHUNK_BYTES or len(rows) >= (chunk_records or CHUNK_RECORDS):
            yield (rows, lines, position(raw)), texts
            rows, lines, texts, size = [], [], [], 0
    if rows:
        yield (rows, lines, position(raw)), texts


def _write_rows(
    run: Run,
    writer: Writer,
    repaired: Iterator[tuple[tuple[list[list[str]], list[int], float], TextAnswer]],
    width: int,
    column: int,
    added: list[str],
) -> None:
    """Each repaired chunk's rows, with their metadata cells if ``added``; malformed rows rejected (or kept)."""
    for (rows, lines, read), (texts, metas, tally) in repaired:
        run.add(tally, [line for row, line in zip(rows, lines, strict=True) if len(row) == width])
        answers = iter(zip(texts, metas, strict=True))
        for row, line in zip(rows, lines, strict=True):
            if len(row) != width:
                reason = "a blank line" if not row else f"{len(row)} cells where the header has {width}"
                run.reject("line", line, reason, row)
                if run.job.keep_malformed:
                    writer.writerow(row)
                continue
            text, meta = next(answers)
            row[column] = text or ""
            writer.writerow([*row, *meta] if added else row)
        run.progress.update(run.tally.records + run.malformed, read)


def run_parquet(run: Run, path: str | None) -> None:
    """Parquet to ``path``, batch by batch: the text column replaced, the metadata columns appended."""
    from ..formats import CHUNK_RECORDS, require_pyarrow

    pa = require_pyarrow()
    args, job = run.args, run.job
    assert path is not None  # refused earlier: Parquet needs files
    parquet = pa.parquet.ParquetFile(args.input)
    schema = parquet.schema_arrow
    if job.field not in schema.names:
        raise UsageError(f"{args.input}: no column {job.field!r} (columns: {', '.join(schema.names)})")
    text_type = schema.field(job.field).type
    if not (pa.types.is_string(text_type) or pa.types.is_large_string(text_type)):
        raise UsageError(f"{args.input}: column {job.field!r} holds {text_type}, not text")
    added = table_columns(job.meta_field, job.edits) if job.meta_field else []
    clash = [name for name in added if name in schema.names]
    if clash:
        raise UsageError(f"{args.input}: already has column(s) {', '.join(clash)}; name another with --meta-field")
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
