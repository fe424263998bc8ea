"""Process helpers the tests of killed runs share."""

from __future__ import annotations

import os


def alive(pid: int) -> bool:
    """Is process ``pid`` running? A zombie waiting for its (dead) parent's reaper counts as gone."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[-1][:1] != "Z"
    except OSError:
        return True
