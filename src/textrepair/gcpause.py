"""The cyclic garbage collector paused while a repair runs.

## Why
A text dense with damage makes an edit every few characters: hundreds of
thousands of small objects a megabyte, all of them alive until the repair
ends. Every 700 of them start a collection of the youngest generation, and
each collection of the oldest walks everything made so far: on a megabyte of
alternating curly quotes (666,000 edits) collecting was a quarter of the
repair's time (1.16 to 0.88 CPU seconds), on a megabyte of mojibake on every
line a third (1.19 to 0.81). A repair makes no reference cycles worth
collecting early: its edits, tuples and strings are freed by reference
counting as ever, and whatever cycles remain are collected after it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

_Args = ParamSpec("_Args")
_Value = TypeVar("_Value")


def gc_paused(run: Callable[_Args, _Value]) -> Callable[_Args, _Value]:
    """``run`` with the cyclic garbage collector paused for the length of each call.

    A collector the caller has paused stays paused, and one paused by an
    outer call is started again only by that call.

    >>> import gc
    >>> gc_paused(gc.isenabled)(), gc.isenabled()
    (False, True)
    """

    @wraps(run)
    def paused(*args: _Args.args, **kwargs: _Args.kwargs) -> _Value:
        if not gc.isenabled():
            return run(*args, **kwargs)
        gc.disable()
        try:
            return run(*args, **kwargs)
        finally:
            gc.enable()

    return paused
