"""Leaked spintax: ``{quick|fast|rapid}`` left in text by a spinner that failed to expand it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

_INNER = re.compile(r"\{([^{}]*)\}")
_PLAIN_OPTION = re.compile(r"[^\W\d_](?:[^\W\d_]|['’ -]){1,60}|[aAI]")
_CODE_HINTS = ("=", ";", "()", "=>", "::", "</", "/>", "%}", "{{", "}}", "\\", "$", "`")


@dataclass(frozen=True, slots=True)
class Spintax:
    start: int
    end: int
    first: str  # the text with every group resolved to its first option
    clear: bool  # in a line of prose, not next to code or template syntax


@cache
def _group() -> Any:
    """A balanced brace group on one line (nesting allowed): ``regex`` for its recursion, imported on first need."""
    import regex

    return regex.compile(r"\{(?:[^{}\n]|(?R))*\}")


def _resolve(group: str) -> tuple[str, bool]:
    """First option of every (nested) group, and whether every group looked like spintax."""
    clear = True
    text = group
    while True:
        m = _INNER.search(text)
        if not m:
            return text, clear
        options = m[1].split("|")
        if len(options) < 2 or not all(_PLAIN_OPTION.fullmatch(o.strip()) and len(o.split()) <= 6 for o in options):
            clear = False
        text = text[: m.start()] + options[0] + text[m.end() :]


def _prose_around(text: str, start: int, end: int) -> bool:
    """Does the group sit in a line of prose rather than code or a template?"""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "$%#{_\\"):
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in "}_"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return not any(h in line for h in _CODE_HINTS)


def find_spintax(text: str) -> list[Spintax]:
    """Spintax groups in ``text``; only groups with a bar are considered."""
    if "|" not in text or "{" not in text:
        return []
    out = []
    for m in _group().finditer(text):
        if "|" not in m[0]:
            continue
        first, plain = _resolve(m[0])
        if not plain or "{" in first or "}" in first or "|" in first:
            continue  # math, code or templates: not spintax
        out.append(Spintax(m.start(), m.end(), first.strip(), _prose_around(text, m.start(), m.end())))
    return out
