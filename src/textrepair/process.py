"""Repairing one file or text with its settings; runs in worker processes too."""

from __future__ import annotations

import dataclasses
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from . import repair
from .config import RUN_KEYS, Config, find
from .heap import lean
from .model import Result
from .pieces import in_pieces
from .pipeline import profiles
from .report import Outcome
from .spans import Spans

#: The quote style of files repaired by ``textrepair check/fix/diff`` and the
#: pre-commit hook when neither the settings nor the profile name one. A
#: repository's files keep their authors' style and only a mixed file is made
#: consistent: a hook that straightened a book written in curly quotes would
#: rewrite nearly every file of it. ``repair()`` and ``textrepair batch`` keep
#: ``straight``, one form across the records of a data pipeline (docs/rules/QUO.md).
FILE_QUOTE_STYLE = "document"
#: The flag (``--write-read-only``) under which ``fix`` writes read-only files too; a run option, not a setting.
READ_ONLY_FLAG = "+write-read-only"


def settings_for(path: Path, flags: dict[str, Any], explicit: Config | None = None) -> dict[str, Any]:
    """Configuration for ``path`` (nearest file, overrides), then command-line flags."""
    config = explicit or find(path.parent)
    settings = config.for_path(path)
    for key, value in flags.items():
        if key == "+ignore":
            settings["ignore"] = [*settings.get("ignore", []), *value]
        else:
            settings[key] = value
    return settings


def repair_text(text: str, settings: dict[str, Any], path: Path | None = None) -> Result:
    """Repair ``text`` as the file at ``path`` would be: markup protected, settings applied."""
    from . import markup

    kind = settings.get("markup") or (markup.kind_for_path(str(path)) if path else "text")
    prose_keys = settings.get("prose-keys", ("title", "description", "summary"))
    options = {k.replace("-", "_"): v for k, v in settings.items() if k not in RUN_KEYS}
    options.setdefault("markup", kind)
    options.setdefault("html_entities", kind == "text")
    profile = settings.get("profile", "default")
    if "quote_style" not in options and "quote-style" not in profiles().get(profile, {}):
        options["quote_style"] = FILE_QUOTE_STYLE

    def run(text: str, protected: Spans) -> Result:
        return repair(
            text,
            profile=profile,
            select=settings.get("select"),
            ignore=settings.get("ignore"),
            protected=protected,
            **options,
        )

    # Markup found again on the repaired text: a repair that would make prose markup (or markup prose) is left out.
    # A long text's markup, found twice, grows with it as its repair does (heap.py).
    with lean() if in_pieces(text) else nullcontext():
        result = markup.repair_settled(text, lambda t: markup.protected_spans(t, kind, prose_keys=prose_keys), run)
    from .suppress import apply as apply_suppressions  # inline `textrepair: ignore[CODE]` comments

    return dataclasses.replace(apply_suppressions(result, kind), stages=())  # keeps results small across processes


def process_file(name: str, mode: str, flags: dict[str, Any], explicit: Config | None = None) -> Outcome:
    from . import files

    path = Path(name)
    flags = dict(flags)
    read_only = bool(flags.pop(READ_ONLY_FLAG, False))
    try:
        settings = settings_for(path, flags, explicit)
        source = files.read(path, settings.get("encoding", "utf-8"))
        result = repair_text(source.text, settings, path)
        written = False
        if mode == "fix" and result.changed:
            for note in files.write(source, result.text, read_only=read_only):
                # Housekeeping, not a finding: said at once (a worker's too), not in the report.
                print(f"textrepair: {note}", file=sys.stderr)
            written = True
        return Outcome(name, result=result, written=written)
    except files.SkipFile as exc:
        return Outcome(name, note=str(exc))
    except files.FileError as exc:
        return Outcome(name, error=str(exc))


#: prctl(2) option: the signal a process gets when the one that started it dies (Linux).
_PR_SET_PDEATHSIG = 1
#: How often a worker checks that the process that started it still runs.
PARENT_CHECK_SECONDS = 0.5
#: How long an orphaned worker's main thread has to take SIGTERM before the watch ends it itself.
STOP_GRACE_SECONDS = 2.0


def worker_init(run: int) -> None:
    """Run first in each worker process: make it die with the run (process id ``run``) that started it.

    A worker whose run was killed (``kill -9``, a closed terminal) must not go
    on rewriting files nobody will report on. Linux delivers SIGTERM on the
    parent's death (prctl); elsewhere, and as a backstop, a thread sends it
    once the worker has been re-parented. SIGTERM removes the temporary file
    of a write under way and ends the worker at once
    (:func:`textrepair.interrupt.exit_on_sigterm`): each file stays old or new.
    """
    import contextlib
    import os
    import signal
    import sys
    import threading
    import time

    parent = os.getppid()
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):  # no libc symbol: the thread below still watches
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    try:  # the run may have died before the signal was armed
        os.kill(run, 0)
    except ProcessLookupError:
        os._exit(1)
    except OSError:
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(STOP_GRACE_SECONDS)
        os._exit(1)  # the main thread did not take the signal in time (stuck in C code)

    from .interrupt import exit_on_sigterm

    exit_on_sigterm()
    threading.Thread(target=watch, name="textrepair-parent-watch", daemon=True).start()
