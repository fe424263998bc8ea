"""Repair the ``text`` field of a JSON Lines corpus on Dask workers.

    python clean_with_dask.py INPUT.jsonl OUTPUT_FOLDER [SCHEDULER_ADDRESS]

Without a scheduler address it runs on two local worker processes. Writes one
JSON Lines file per partition into OUTPUT_FOLDER and prints how many records
changed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import dask
import dask.bag as db

from textrepair.batch import repair_records

#: Partition size: about a thousand news paragraphs per task.
BLOCK_SIZE = "1MB"


def clean(source: str, target: str) -> int:
    """Repair ``source`` into ``target``/part-*.jsonl; returns the number of changed records."""
    lines = db.read_text(source, blocksize=BLOCK_SIZE).filter(str.strip)  # blank lines carry no record
    records = lines.map(json.loads).map_partitions(repair_records, field="text")
    Path(target).mkdir(parents=True, exist_ok=True)
    records.map(lambda r: json.dumps(r, ensure_ascii=False)).to_textfiles(f"{target}/part-*.jsonl")
    return int(records.filter(lambda r: r["textrepair"]["changed"]).count().compute())


def main(argv: list[str]) -> None:
    source, target = argv[:2]
    if len(argv) > 2:
        from dask.distributed import Client

        with Client(argv[2]):
            changed = clean(source, target)
    else:
        with dask.config.set(scheduler="processes", num_workers=2):
            changed = clean(source, target)
    print(f"{changed} record(s) changed")


if __name__ == "__main__":
    main(sys.argv[1:])
