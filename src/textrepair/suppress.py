"""Inline suppressions: ``textrepair: ignore[CODE]`` in a document's own comment syntax.

Like ruff's ``# noqa: CODE``, a directive silences findings where it stands,
written as a comment of the markup so that it never shows in the rendered
text:

========  ==============================================
markup    directive
========  ==============================================
Markdown  ``<!-- textrepair: ignore[PRN003] -->``
HTML      ``<!-- textrepair: ignore[PRN003] -->``
reST      ``.. textrepair: ignore[PRN003]`` (a comment line)
text      ``textrepair: ignore[PRN003]`` at the end of a line
========  ==============================================

The brackets take rule codes, code prefixes or normalizer names, separated
by commas; without them every rule is silenced. A directive that shares its
line with text covers that line; a directive alone on its line covers the
next paragraph (the lines up to the next blank line). A finding is silenced
when the line it starts on is covered: neither applied nor suggested.

>>> from textrepair import repair
>>> text = "It is here .  textrepair: ignore[SPC001]\\nIt is here .\\n"
>>> apply(repair(text), "text").text
'It is here .  textrepair: ignore[SPC001]\\nIt is here.\\n'
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .model import Edit, Result, apply_edits

#: The words every directive holds; a text without them needs no further look.
MARKER = "textrepair:"
_BODY = r"textrepair:[ \t]*ignore(?:\[(?P<codes>[^\]\n]*)\])?"
#: A directive as each markup writes it.
DIRECTIVES = {
    "markdown": re.compile(r"<!--[ \t]*" + _BODY + r"[ \t]*-->"),
    "html": re.compile(r"<!--[ \t]*" + _BODY + r"[ \t]*-->"),
    "rst": re.compile(r"^[ \t]*\.\.[ \t]+" + _BODY + r"[ \t]*$", re.MULTILINE),
    "text": re.compile(_BODY + r"[ \t]*$", re.MULTILINE),
}


@dataclass(frozen=True)
class Suppression:
    """Lines ``first``..``last`` (0-based, inclusive) where ``selectors`` (empty: every rule) are silenced."""

    first: int
    last: int
    selectors: tuple[str, ...]

    def covers(self, line: int, edit: Edit) -> bool:
        if not self.first <= line <= self.last:
            return False
        if not self.selectors:
            return True
        rules = {edit.rule, *(step.rule for step in edit.steps)}
        return any(
            selector in ("ALL", edit.normalizer) or rule.startswith(selector)
            for selector in self.selectors
            for rule in rules
        )


def find(text: str, kind: str) -> list[Suppression]:
    """The directives in ``text``, written in the comment syntax of markup ``kind``."""
    if MARKER not in text:
        return []
    lines = text.split("\n")
    starts = _line_starts(text)
    found = []
    for m in DIRECTIVES.get(kind, DIRECTIVES["text"]).finditer(text):
        line = bisect.bisect_right(starts, m.start()) - 1
        selectors = tuple(s.strip() for s in (m["codes"] or "").split(",") if s.strip())
        rest = lines[line][: m.start() - starts[line]] + lines[line][m.end() - starts[line] :]
        if rest.strip():
            found.append(Suppression(line, line, selectors))
        else:
            first, last = _next_paragraph(lines, line + 1)
            found.append(Suppression(first, last, selectors))
    return found


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def _next_paragraph(lines: list[str], start: int) -> tuple[int, int]:
    """First and last line of the paragraph at or after line ``start``."""
    first = start
    while first < len(lines) and not lines[first].strip():
        first += 1
    last = first
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    return first, last


def apply(result: Result, kind: str) -> Result:
    """``result`` without the edits and suggestions its text's directives silence."""
    suppressions = find(result.original, kind)
    if not suppressions:
        return result
    starts = _line_starts(result.original)

    def silenced(edit: Edit) -> bool:
        line = bisect.bisect_right(starts, edit.start) - 1
        return any(s.covers(line, edit) for s in suppressions)

    edits = tuple(e for e in result.edits if not silenced(e))
    suggestions = tuple(e for e in result.suggestions if not silenced(e))
    if len(edits) == len(result.edits) and len(suggestions) == len(result.suggestions):
        return result
    return replace(result, text=apply_edits(result.original, edits), edits=edits, suggestions=suggestions)
