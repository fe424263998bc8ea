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

The modules, from the record up:

- ``records``: one record's repair and metadata, and the library helpers;
- ``worker``: what a worker process does with a chunk, and its counts;
- ``pool``: chunks run in order on worker processes or a Dask cluster;
- ``run``: one command run's options, counts and progress line;
- ``paths``: the command line's files and numbers checked before any work;
- ``streams``: byte-stream helpers (byte order mark, positions, gzip members);
- ``jsonl``, ``resume`` and ``tables``: reading and writing each format,
  JSON Lines to a file resumable after a kill;
- ``command``: ``run_batch``, which picks one of them and sums up.
"""

from __future__ import annotations

from .command import run_batch
from .pool import AUTO_PARALLEL_MIN_CHUNKS, IN_FLIGHT_PER_WORKER, SCHEDULER_TIMEOUT_SECONDS, connect, ordered_map
from .records import (
    BATCH_QUOTE_STYLE,
    EDIT_FIELDS,
    EMPTY_META,
    META_FIELD,
    TABLE_FIELDS,
    batch_settings,
    empty_meta,
    keyword_settings,
    record_meta,
    repair_columns,
    repair_one,
    repair_partition,
    repair_records,
    table_columns,
    table_row,
)
from .resume import (
    JOURNAL_SUFFIX,
    JOURNAL_VERSION,
    PARTIAL_SUFFIX,
    TEST_HOOK_PAUSE_ENV,
    TEST_HOOK_SLEEP_SECONDS,
    Checkpoint,
    Journal,
    hidden_beside,
)
from .run import MAX_REPORTED, PROGRESS_INTERVAL, Progress, Run
from .streams import GZIP_LEVEL, gzip_member
from .worker import MAX_RECORD_BYTES, Job, Tally, jsonl_chunk, text_chunk

__all__ = [
    "AUTO_PARALLEL_MIN_CHUNKS",
    "BATCH_QUOTE_STYLE",
    "EDIT_FIELDS",
    "EMPTY_META",
    "GZIP_LEVEL",
    "IN_FLIGHT_PER_WORKER",
    "JOURNAL_SUFFIX",
    "JOURNAL_VERSION",
    "MAX_RECORD_BYTES",
    "MAX_REPORTED",
    "META_FIELD",
    "PARTIAL_SUFFIX",
    "PROGRESS_INTERVAL",
    "SCHEDULER_TIMEOUT_SECONDS",
    "TABLE_FIELDS",
    "TEST_HOOK_PAUSE_ENV",
    "TEST_HOOK_SLEEP_SECONDS",
    "Checkpoint",
    "Job",
    "Journal",
    "Progress",
    "Run",
    "Tally",
    "batch_settings",
    "connect",
    "empty_meta",
    "gzip_member",
    "hidden_beside",
    "jsonl_chunk",
    "keyword_settings",
    "ordered_map",
    "record_meta",
    "repair_columns",
    "repair_one",
    "repair_partition",
    "repair_records",
    "run_batch",
    "table_columns",
    "table_row",
    "text_chunk",
]
