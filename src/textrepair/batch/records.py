"""One record's repair and metadata, and the library helpers built on them.

:func:`repair_records`, :func:`repair_columns` and :func:`repair_partition`
give data frameworks (Dask bags and frames, Hugging Face datasets, pandas)
the same per-record work and metadata as the command:

>>> repair_columns({"id": [7], "text": ["a  b ."]})["text"]
['a b.']
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..model import Result

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


def batch_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """Checked settings (configuration keys) with the batch default quote style added."""
    from ..profiles import profiles

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
    from ..settings import KEYWORDS, check

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
    from ..process import repair_text

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
