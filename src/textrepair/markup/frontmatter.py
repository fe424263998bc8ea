"""YAML (``---``) and TOML (``+++``) front matter at the top of a file.

The block is protected except the values of a few prose keys (``title``,
``description``, ...), given on one line. Inside a value, characters whose
repair could break the YAML or TOML syntax stay protected: the quote that
delimits the value (in any typographic form, or as mojibake), backslash
escapes, and in plain YAML scalars ``: `` and `` #``.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from ._spans import Span

_OPEN = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*(?:\r\n?|\n)")
_CLOSE = {"---": re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M), "+++": re.compile(r"^\+\+\+[ \t]*$", re.M)}
_YAML_ENTRY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]+(\S.*?)[ \t]*$", re.M)
_TOML_ENTRY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*=[ \t]*(\S.*?)[ \t]*$", re.M)
# UTF-8 read as cp1252 or Latin-1 ("â€" and a last byte) and double
# mojibake: sequences that could decode to the value's delimiter.
_SINGLE_TAIL = "\u02dc\u2122\u0161\u203a\u00b2\u0098\u0099\u009a\u009b"  # ‘ ’ ‚ ‛ ′
_MOJIBAKE = r"\u00c3\u00a2\u00e2\u201a\u00ac.{0,2}"
_MOJIBAKE_DOUBLE = rf"\u00e2[\u20ac\u0080](?![{_SINGLE_TAIL}]).?|{_MOJIBAKE}"
_MOJIBAKE_SINGLE = rf"\u00e2[\u20ac\u0080][{_SINGLE_TAIL}]|{_MOJIBAKE}"
_IN_DOUBLE = re.compile(rf"\\.|[\"\u201c\u201d\u201e\u201f\u2033]|{_MOJIBAKE_DOUBLE}")
_IN_SINGLE = re.compile(rf"['\u2018\u2019\u201a\u201b\u2032]|{_MOJIBAKE_SINGLE}")
_IN_PLAIN = re.compile(r"\s*:(?=\s|$)\s*|\s+#.*")
# A plain scalar's first character must not become an indicator.
_PLAIN_HEAD = re.compile(rf"{_MOJIBAKE_DOUBLE}|{_MOJIBAKE_SINGLE}|[^\w\s]")
_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"


@dataclass(frozen=True)
class FrontMatter:
    end: int  # offset just after the closing line's break
    lines: int  # number of lines the block takes
    prose: list[Span]  # repairable parts of prose values
    protected: list[Span]  # characters inside those parts that must stay


def find_front_matter(text: str, prose_keys: Collection[str]) -> FrontMatter | None:
    """The front matter block at the start of ``text``, if there is one."""
    m = _OPEN.match(text)
    if m is None:
        return None
    close = _CLOSE[m[1]].search(text, m.end())
    if close is None:
        return None
    eol = re.compile(r"\r\n?|\n").match(text, close.end())
    end = eol.end() if eol else close.end()
    body_start, body_end = m.end(), close.start()
    entry = _YAML_ENTRY if m[1] == "---" else _TOML_ENTRY
    keys = {k.lower() for k in prose_keys}
    prose: list[Span] = []
    protected: list[Span] = []
    for e in entry.finditer(text, body_start, body_end):
        if e[1].lower() in keys:
            _value(text, e.start(2), e.end(2), m[1] == "---", prose, protected)
    lines = len(re.findall(r"\r\n?|\n", text[:end]))
    return FrontMatter(end, lines, prose, protected)


#: A quoted scalar's shortest form: its opening and closing quote.
_BOTH_QUOTES = 2


def _value(text: str, start: int, end: int, yaml: bool, prose: list[Span], protected: list[Span]) -> None:
    """Record the repairable inside of a one-line scalar value."""
    value = text[start:end]
    first = value[0]
    if first in "\"'":
        if len(value) < _BOTH_QUOTES or value[-1] != first or value.startswith(first * 3):
            return  # multi-line, or followed by a comment: leave it
        inner = (start + 1, end - 1)
        pattern = _IN_DOUBLE if first == '"' else _IN_SINGLE
    elif yaml and first not in _INDICATORS:
        inner = (start, end)
        pattern = _IN_PLAIN
        head = _PLAIN_HEAD.match(text, start, end)
        if head:
            protected.append(head.span())
    else:
        return  # block scalars, flow collections, anchors, numbers, dates
    prose.append(inner)
    protected.extend(p.span() for p in pattern.finditer(text, *inner))
