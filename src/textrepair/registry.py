"""Where normalizers are found: the built-in list and an entry-point group.

Built-ins are named as import paths so that nothing is imported until a
pipeline needs it. Third-party packages add normalizers under the entry-point
group ``textrepair.normalizers``; the entry point names a
:class:`~textrepair.normalizer.Normalizer` subclass. Plugins only run when
selected by code or name, so installing one never changes default output.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .normalizer import Normalizer

ENTRY_POINT_GROUP = "textrepair.normalizers"

#: Built-in normalizers in pipeline order. Codes are stable and never reused.
BUILTIN: tuple[str, ...] = (
    "textrepair.normalizers.encoding:FixEncoding",
    "textrepair.normalizers.quotes:NormalizeQuotes",
    "textrepair.normalizers.spacing:FixSpacing",
    "textrepair.normalizers.spinner:UnspinPhrases",
    "textrepair.normalizers.proper_nouns:FixProperNouns",
    # Off in every profile (profiles.json): it needs a LanguageTool server, textrepair[grammar].
    "textrepair.normalizers.grammar:CheckGrammar",
)


def _load(path: str) -> type[Normalizer]:
    module, _, attr = path.partition(":")
    cls: type[Normalizer] = getattr(importlib.import_module(module), attr)
    return cls


@cache
def builtin() -> tuple[type[Normalizer], ...]:
    return tuple(_load(p) for p in BUILTIN)


@cache
def plugins() -> tuple[type[Normalizer], ...]:
    from importlib.metadata import entry_points

    found = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.append(ep.load())
    return tuple(found)


def all_normalizers(with_plugins: bool = True) -> tuple[type[Normalizer], ...]:
    classes = builtin() + (plugins() if with_plugins else ())
    seen: dict[str, str] = {}
    for cls in classes:
        for key in (cls.code, cls.name):
            if key in seen and seen[key] != cls.__qualname__:
                raise ValueError(f"normalizer {cls.__qualname__} reuses {key!r} of {seen[key]}")
            seen[key] = cls.__qualname__
    return classes


def is_known_selector(selector: str) -> bool:
    """Does ``selector`` (``ALL``, a rule code, a code prefix or a normalizer name) name a rule?

    Plugins count: selecting one is how it is turned on.
    """
    return selector == "ALL" or any(
        selector == cls.name or any(rule.startswith(selector) for rule in cls.rules) for cls in all_normalizers()
    )


def declared_settings() -> dict[str, type[Normalizer]]:
    """Every configuration key a normalizer declares (kebab-case), built-in or plugin, with its declarer."""
    return {key: cls for cls in all_normalizers() for key in cls.settings}


#: What each built-in rule family's confidences mean against the threshold, by family code: the "Fix
#: safety" sections of docs/rules/*.md, copied by scripts/build_rule_docs.py (the pages are not installed).
FIX_SAFETY_FILE = "rule_safety.json"


def fix_safety(code: str) -> str | None:
    """The "Fix safety" text of the built-in rule family ``code``; None for a plugin's."""
    import json
    from pathlib import Path

    safety: dict[str, str] = json.loads((Path(__file__).parent / FIX_SAFETY_FILE).read_text("utf-8"))
    return safety.get(code)
