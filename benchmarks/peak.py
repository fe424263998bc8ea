"""A process's resident memory on Linux: now, and its peak since the last reset.

The kernel keeps the peak (VmHWM in /proc/self/status) and resets it when
"5" is written to /proc/self/clear_refs, so a run's peak can be read apart
from the start-up's (lexicons loaded, parsers built), which ``ru_maxrss``
cannot. The benchmarks' child processes and tests/test_memory_bound.py
import this module.
"""

from __future__ import annotations


def _status_kb(key: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(key))


def resident_kb() -> int:
    """The resident size now, in KB."""
    return _status_kb("VmRSS:")


def peak_kb() -> int:
    """The highest resident size since the last :func:`reset_peak`, in KB."""
    return _status_kb("VmHWM:")


def reset_peak() -> None:
    """Start the peak again from the resident size now."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
        refs.write("5")
