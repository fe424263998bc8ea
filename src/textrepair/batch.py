"""``textrepair batch``: repair a JSON Lines corpus on every core, in order.

Each input line is a JSON object whose ``--field`` (default ``text``) is
repaired in place; ``textrepair`` is added with whether it changed, the number
of edits and, with ``--edits``, the edits themselves. Lines that are not JSON
objects with that field are passed through unchanged and counted. Output
order is input order, so shards of a corpus can be processed on many machines
(split the file, run one process per shard) and joined again.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

_SETTINGS: dict[str, Any] = {}


def _init(settings: dict[str, Any]) -> None:
    _SETTINGS.clear()
    _SETTINGS.update(settings)


def _repair_line(line: str) -> tuple[str, bool, str | None]:
    """Return (output line, changed, problem)."""
    from . import repair

    s = _SETTINGS
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return line.rstrip("\n"), False, f"not JSON ({exc.msg})"
    if not isinstance(record, dict) or not isinstance(record.get(s["field"]), str):
        return line.rstrip("\n"), False, f"no string field {s['field']!r}"
    result = repair(record[s["field"]], **s["repair"])
    record[s["field"]] = result.text
    meta: dict[str, Any] = {
        "changed": result.changed,
        "edits": len(result.edits),
        "suggestions": len(result.suggestions),
    }
    if s["edits"]:
        meta["edits"] = [e.to_dict() for e in result.edits]
        meta["suggestions"] = [e.to_dict() for e in result.suggestions]
    record["textrepair"] = meta
    return json.dumps(record, ensure_ascii=False), result.changed, None


def _lines(fh: IO[str]) -> Iterator[str]:
    for line in fh:
        if line.strip():
            yield line


def _map(lines: Iterable[str], jobs: int, settings: dict[str, Any]) -> Iterator[tuple[str, bool, str | None]]:
    if jobs <= 1:
        _init(settings)
        yield from map(_repair_line, lines)
        return
    from multiprocessing import get_context

    with get_context("spawn").Pool(jobs, initializer=_init, initargs=(settings,)) as pool:
        yield from pool.imap(_repair_line, lines, chunksize=32)


def run_batch(args: argparse.Namespace) -> int:
    from .cli import _list

    repair_kwargs: dict[str, Any] = {}
    if args.profile:
        repair_kwargs["profile"] = args.profile
    if args.select:
        repair_kwargs["select"] = _list(args.select)
    if args.ignore:
        repair_kwargs["ignore"] = _list(args.ignore)
    if args.threshold is not None:
        repair_kwargs["threshold"] = args.threshold
    if args.quote_style:
        repair_kwargs["quote_style"] = args.quote_style
    from . import repair

    repair("", **repair_kwargs)  # fail fast on bad selections, before any worker starts
    settings = {"field": args.field, "edits": args.edits, "repair": repair_kwargs}
    jobs = args.jobs or os.cpu_count() or 1
    if args.output != "-" and args.input != "-" and os.path.realpath(args.output) == os.path.realpath(args.input):
        from .cli import UsageError

        raise UsageError("--output must not be the input file")
    src = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")  # noqa: SIM115
    tmp = None
    if args.output == "-":
        dst: IO[str] = sys.stdout
    else:
        import tempfile

        # Written beside the target and renamed at the end: no half output.
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(args.output)), suffix=".textrepair")
        dst = os.fdopen(fd, "w", encoding="utf-8")
    records = changed = problems = 0
    try:
        for n, (line, was_changed, problem) in enumerate(_map(_lines(src), jobs, settings), 1):
            dst.write(line + "\n")
            records += 1
            changed += was_changed
            if problem:
                problems += 1
                print(f"textrepair: {args.input}: record {n}: {problem}; passed through", file=sys.stderr)
    except BaseException:
        if tmp:
            dst.close()
            os.unlink(tmp)
        raise
    finally:
        if src is not sys.stdin:
            src.close()
    if tmp:
        dst.close()
        os.replace(tmp, args.output)
    print(f"{records} record(s), {changed} changed, {problems} passed through", file=sys.stderr)
    return 0
