"""``run_batch``: the ``textrepair batch`` command from checked flags to exit code.

It checks the command line (:mod:`.paths`), resolves the settings once in
this process (so a bad selection fails before any worker starts), picks the
writer for the format (:mod:`.resume` for JSON Lines to a file,
:mod:`.jsonl` and :mod:`.tables` written whole and renamed otherwise) and
sums the run up on standard error and in ``--stats``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import UsageError
from .jsonl import run_jsonl
from .paths import check_paths
from .pool import connect
from .records import batch_settings, repair_one
from .resume import run_jsonl_to_file
from .run import MAX_REPORTED, Run
from .tables import run_csv, run_parquet
from .worker import Job

#: Reads the command line's rule flags into checked settings.
RuleFlags = Callable[[argparse.Namespace], dict[str, Any]]


def run_batch(args: argparse.Namespace, rule_flags: RuleFlags) -> int:
    """The ``textrepair batch`` command; returns the exit code (docs/batch.md).

    ``rule_flags`` is the CLI's reader of the flags it shares with the file
    commands, handed in so that batch never imports the CLI that calls it. It
    runs once the paths are checked: a missing input is reported first.
    """
    from ..config import load
    from ..process import settings_for

    fmt = check_paths(args)
    explicit = load(args.config) if args.config else None
    where = Path(args.input).absolute() if args.input != "-" else Path.cwd() / "-"
    settings = batch_settings(settings_for(where, rule_flags(args), explicit))
    repair_one("", settings)  # bad selections and lexicons fail here, before any worker starts
    job = Job(args.field, args.meta_field, args.edits, args.malformed == "keep", settings, args.max_record_bytes)
    run = Run(args, job, fmt=fmt)
    if args.scheduler:
        run.client = connect(args.scheduler)
    started = time.monotonic()
    try:
        if fmt == "jsonl" and "-" not in (args.input, args.output):  # standard input cannot be read again
            run_jsonl_to_file(run)
        else:
            _run_atomically(run, fmt)
    finally:
        run.progress.close()
        if run.client is not None:
            run.client.close()
    return _finish(run, time.monotonic() - started)


def _run_atomically(run: Run, fmt: str) -> None:
    """CSV, Parquet and standard output: each output written whole beside its target, then renamed."""
    from ..formats import AtomicOutput

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
            run_jsonl(run, path)
        elif fmt == "csv":
            run_csv(run, path)
        else:
            run_parquet(run, path)
        if run.rejects is not None:
            run.rejects.close()
        for output in outputs:
            output.commit()
    except OSError as exc:
        raise UsageError(f"{exc.filename or args.input}: {exc.strerror or exc}") from None
    finally:
        if run.rejects is not None:
            run.rejects.close()
        for output in outputs:
            output.discard()


def _finish(run: Run, seconds: float) -> int:
    """The run summed up on standard error (unless ``--quiet``) and in ``--stats``; the exit code."""
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
        from ..formats import AtomicOutput

        stats = AtomicOutput(args.stats)
        try:
            Path(stats.tmp).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
            stats.commit()
        finally:
            stats.discard()
    return 1 if run.malformed > args.max_malformed else 0
