"""textrepair: repair damaged English text and show exactly what changed.

>>> from textrepair import repair
>>> r = repair("don\u00e2\u20ac\u2122t  stop now .")
>>> r.text
"don't stop now."
>>> [e.rule for e in r.edits]
['ENC001', 'SPC002', 'SPC001']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ._version import __version__ as __version__
from .model import Edit, Options, Result, StageResult, apply_edits
from .pipeline import Pipeline

__all__ = ["Edit", "Options", "Pipeline", "Result", "StageResult", "apply_edits", "repair"]


def repair(
    text: str,
    *,
    profile: str = "default",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    protected: Sequence[tuple[int, int]] = (),
    **options: Any,
) -> Result:
    """Repair ``text`` with the built-in normalizers.

    ``select``/``ignore`` take rule codes, code prefixes or normalizer names;
    other keyword arguments are :class:`Options` fields (``quote_style``,
    ``threshold``, ``styles``, ``allow``, ...) or settings a normalizer
    declares (``spinner_context``, ``name_lexicons``, a plugin's own).
    They are checked as the configuration file's keys are: an unknown
    keyword raises ``TypeError``, a bad value ``ValueError``, each naming it.
    """
    pipeline = _pipeline(profile, tuple(select or ()), tuple(ignore or ()), tuple(sorted(options.items(), key=str)))
    return pipeline.run(text, protected)


_CACHE: dict[tuple[Any, ...], Pipeline] = {}


def _pipeline(profile: str, select: tuple[str, ...], ignore: tuple[str, ...], options: tuple[Any, ...]) -> Pipeline:
    key = (profile, select, ignore, repr(options))
    pipeline = _CACHE.get(key)
    if pipeline is None:
        from .profiles import profiles
        from .settings import options_from, profile_settings

        base = profile_settings(profiles().get(profile, {}))
        base.update(dict(options))
        pipeline = Pipeline.from_profile(profile, options_from(base))
        if select:
            pipeline = pipeline.select(select)
        if ignore:
            pipeline = pipeline.ignore(ignore)
        _CACHE[key] = pipeline
    return pipeline
