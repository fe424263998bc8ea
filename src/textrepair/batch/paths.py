"""The ``batch`` command line checked before any work: files, formats and numbers.

Each check refuses in one line (:class:`~textrepair.errors.UsageError`, exit
2) what could only fail later, after minutes of repairing: a missing input,
an output in a missing folder or over the input, a format the output's name
contradicts, a flag that does not fit the format.
"""

from __future__ import annotations

import argparse
import os

from ..errors import UsageError
from .worker import MAX_RECORD_BYTES

#: Standard input or output, as the command line names them.
STDIO = "-"


def check_paths(args: argparse.Namespace) -> str:
    """Refuse, in one line, what cannot work; returns the format.

    Fills in ``args.max_record_bytes`` when the command line left it out.
    """
    fmt = _input_format(args.input, args.format)
    _check_outputs(args, fmt)
    _check_numbers(args)
    if args.resume and (fmt != "jsonl" or STDIO in (args.input, args.output)):
        raise UsageError("--resume works on a JSON Lines file written to a file (-o); CSV and Parquet runs start over")
    if args.meta_field == args.field:
        raise UsageError("--meta-field must differ from --field")
    return fmt


def _input_format(source: str, given: str | None) -> str:
    """The input's format: ``given`` (``--format``), else told by its name; standard input is JSON Lines by default."""
    from ..formats import FORMATS, format_for

    if source == STDIO:
        return given or "jsonl"
    if os.path.isdir(source):
        raise UsageError(f"{source}: is a folder; batch reads one file (run it once per shard)")
    if not os.path.exists(source):
        raise UsageError(f"{source}: no such file")
    fmt = format_for(source, given)
    if fmt is None:
        raise UsageError(f"{source}: cannot tell the format from the name; pass --format {'|'.join(FORMATS)}")
    return fmt


def _check_outputs(args: argparse.Namespace, fmt: str) -> None:
    """The output, rejects and stats files can be written, none over the input; the output's name fits ``fmt``."""
    from ..formats import format_for

    for flag, name in (("--rejects", args.rejects), ("--stats", args.stats)):
        if name == STDIO:
            raise UsageError(f"{flag} takes a file name (standard output holds the records)")
    for name in (args.output, args.rejects, args.stats):
        if name and name != STDIO:
            _check_writable(name, args.input)
    target = args.output
    if target != STDIO:
        out_fmt = format_for(target, None)
        if out_fmt is not None and out_fmt != fmt:
            raise UsageError(f"{target}: the output is {fmt} like the input; give it a matching name")
    if fmt == "parquet":
        _check_parquet(args.input, target)


def _check_writable(name: str, source: str) -> None:
    """``name`` can become a file: not a folder, in a folder that exists, not the input ``source``."""
    folder = os.path.dirname(os.path.abspath(name))
    if os.path.isdir(name):
        raise UsageError(f"{name}: is a folder, not a file name")
    if not os.path.isdir(folder):
        raise UsageError(f"{name}: folder {folder} does not exist")
    if source != STDIO and os.path.exists(name) and os.path.samefile(source, name):
        raise UsageError(f"{name}: is the input file; write to another file")


def _check_parquet(source: str, target: str) -> None:
    """Parquet needs files on both sides and pyarrow."""
    from ..formats import require_pyarrow

    if STDIO in (source, target):
        raise UsageError("Parquet is read and written as files, not standard input or output")
    try:
        require_pyarrow()
    except ImportError as exc:
        raise UsageError(str(exc)) from None


def _check_numbers(args: argparse.Namespace) -> None:
    """The numeric flags are in range; ``--max-record-bytes`` gets its default."""
    if args.max_malformed < 0:
        raise UsageError("--max-malformed takes a number of records, 0 or more")
    if args.max_record_bytes is None:
        args.max_record_bytes = MAX_RECORD_BYTES
    if args.max_record_bytes < 1:
        raise UsageError("--max-record-bytes takes a number of bytes, 1 or more")
    if args.chunk_records is not None and args.chunk_records < 1:
        raise UsageError("--chunk-records takes a number of records, 1 or more")
