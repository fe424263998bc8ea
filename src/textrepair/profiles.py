"""The presets of ``profiles.json``: named selections of rules and options.

Read by the pipeline (``Pipeline.from_profile``), by the settings checks (a
profile's name) and by ``batch`` (a profile's quote style). It imports
nothing of textrepair, so checking a setting never imports the pipeline.

>>> "default" in profiles()
True
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def profiles() -> dict[str, dict[str, Any]]:
    """Presets: named selections and options, from ``profiles.json``.

    Keys other than ``description``, ``select`` and ``ignore`` are options.
    """
    import json
    from pathlib import Path

    data: dict[str, dict[str, Any]] = json.loads((Path(__file__).parent / "profiles.json").read_text("utf-8"))
    return data
