"""SIGTERM as an interruption: a stopped run finishes or abandons each write cleanly.

What it does
    :func:`stop_on_sigterm` makes SIGTERM raise ``KeyboardInterrupt``, as
    Ctrl-C does, in the command line; :func:`exit_on_sigterm` makes it end a
    worker at once, after removing the temporary files of its writes.

Why
    Python's default for SIGTERM is to die at once, skipping ``finally``
    blocks: a write under way would leave its temporary file behind, and a
    run's workers would be killed mid-file. As an exception, the write's own
    clean-up removes the temporary file and the original stays whole.

Example
    >>> import signal
    >>> previous = stop_on_sigterm()
    >>> try:
    ...     signal.raise_signal(signal.SIGTERM)
    ... except KeyboardInterrupt:
    ...     print("interrupted")
    interrupted
    >>> _ = signal.signal(signal.SIGTERM, previous)
"""

from __future__ import annotations

import os
import signal
from typing import Any

#: A worker's exit status when SIGTERM ended it (the shell's 128 + 15).
EXIT_TERMINATED = 143


def exit_on_sigterm() -> Any:
    """In a worker: on SIGTERM remove the temporary files of writes under way and exit at once.

    A pool worker turns any exception in a task into a result for its parent
    and carries on with the next task, so an exception would not stop it;
    this ends the process instead, leaving each file old or new.
    """

    def stop(signum: int, frame: object) -> None:
        from .files import abandon_writes

        abandon_writes()
        os._exit(EXIT_TERMINATED)

    return signal.signal(signal.SIGTERM, stop)


def stop_on_sigterm() -> Any:
    """Make SIGTERM end this process like Ctrl-C (KeyboardInterrupt); return the handler it replaces.

    Python's default for SIGTERM is to die at once, skipping ``finally``
    blocks: a write under way would leave its temporary file behind.
    """

    def interrupted(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, interrupted)
