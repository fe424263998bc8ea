"""Constructs protected in every kind of file: URLs, e-mail addresses,
template tags and ``textrepair:`` ignore comments."""

from __future__ import annotations

import bisect
import re
import sys

from ._spans import Span

# A URL runs to white space, a bracket or a quote; trailing punctuation
# belongs to the sentence. Curly quotes end it so that quote repair around a
# quoted URL stays balanced.
_URL_CHAR = r"[^\s<>\"'`\u00a0\u2018\u2019\u201c\u201d\u00ab\u00bb\ue000]"
_URL_END = r"[^\s<>\"'`\u00a0\u2018\u2019\u201c\u201d\u00ab\u00bb\ue000.,;:!?)\]}*_]"
_URL_TAIL = re.compile(rf"{_URL_CHAR}*{_URL_END}")
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]{0,15}\Z", re.IGNORECASE)
_LOCAL_PART = re.compile(r"[\w.+-]{1,64}\Z")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+(?!\w)")
# URLs and addresses are found from their rare literal parts, which str.find
# locates far faster than a regular expression tried at every position.
_ANCHORS = ("://", "www.", "mailto:", "@")

# Hugo shortcodes, Jinja/Liquid/Go templates and Markdown attribute lists
# ({#id}, {.class}, {: .x}). Bounded so that an unclosed opener cannot make
# the scan quadratic.
TEMPLATE = re.compile(
    # Paired tags whose body is code: Hugo highlight, Jekyll highlight/raw.
    r"\{\{[<%][ \t]*(highlight|code)\b.{0,100000}?\{\{[<%][ \t]*/\1[ \t]*[%>]\}\}"
    r"|\{%-?[ \t]*(highlight|raw|codeblock)\b.{0,100000}?\{%-?[ \t]*end\2[ \t]*-?%\}"
    r"|\{\{<.{0,2000}?>\}\}"
    r"|\{\{%.{0,2000}?%\}\}"
    r"|\{\{.{0,2000}?\}\}"
    r"|\{%.{0,2000}?%\}"
    r"|\{#.{0,2000}?#\}"
    r"|\{:?[ \t]*[#.][\w-][^{}\n]{0,400}\}"
    r"|\{:[^{}\n]{0,400}\}",
    re.DOTALL,
)

_DIRECTIVE = r"textrepair:[ \t]*(off|on|ignore-next-line)"
IGNORE = {
    "markdown": re.compile(rf"<!--[ \t]*{_DIRECTIVE}[ \t]*-->", re.IGNORECASE),
    "html": re.compile(rf"<!--[ \t]*{_DIRECTIVE}[ \t]*-->", re.IGNORECASE),
    "rst": re.compile(rf"^[ \t]*\.\.[ \t]+{_DIRECTIVE}[ \t]*$", re.IGNORECASE | re.MULTILINE),
    "text": re.compile(rf"^[^\n]*?\b{_DIRECTIVE}\b[^\n]*", re.IGNORECASE | re.MULTILINE),
}


# Code quoted in backticks on one line, as plain text (mail, tickets, notes) writes it.
_BACKTICKED = re.compile(r"(?<!`)`(?=[^`\s])[^`\n]{0,200}?(?<=[^`\s])`(?!`)")


def code_spans(text: str) -> list[Span]:
    """Single-backtick code in plain text ("use `a , b`"): a mention of code, not prose.

    >>> code_spans("Use `a , b` here, not ``x`` nor ` y `.")
    [(4, 11)]
    """
    if "`" not in text:
        return []
    return [m.span() for m in _BACKTICKED.finditer(text)]


def url_spans(text: str) -> list[Span]:
    """URLs (``scheme://``, ``www.``, ``mailto:``) and e-mail addresses."""
    out: list[Span] = []
    for anchor in _ANCHORS:
        at = text.find(anchor)
        while at != -1:
            span = _url_at(text, at, anchor)
            if span is not None:
                out.append(span)
            at = text.find(anchor, max(at + 1, span[1] if span else 0))
    return out


def _word_before(text: str, at: int) -> bool:
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_@.")


def _url_at(text: str, at: int, anchor: str) -> Span | None:
    if anchor == "@":
        local = _LOCAL_PART.search(text, max(0, at - 64), at)
        domain = _DOMAIN.match(text, at + 1)
        if local is None or domain is None:
            return None
        return (local.start(), domain.end())
    start = at
    if anchor == "://":
        scheme = _SCHEME.search(text, max(0, at - 16), at)
        if scheme is None or _word_before(text, scheme.start()):
            return None
        start = scheme.start()
    elif _word_before(text, at):
        return None
    tail = _URL_TAIL.match(text, at + len(anchor))
    if tail is None:
        return None
    end = tail.end()
    if text.startswith(")", end) and text.count("(", start, end) > text.count(")", start, end):
        end += 1  # https://en.wikipedia.org/wiki/Mercury_(planet)
    return (start, end)


def template_spans(text: str) -> list[Span]:
    """Shortcodes and template tags: ``{{< >}}``, ``{{% %}}``, ``{{ }}``, ``{% %}``, ``{# #}``."""
    return [m.span() for m in TEMPLATE.finditer(text)]


def _inside(spans: list[Span], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def ignore_spans(text: str, kind: str, within: list[Span] | None = None) -> list[Span]:
    """Regions switched off by ``textrepair: off``/``on``/``ignore-next-line``.

    From an ``off`` directive to the end of the line of the next ``on`` (or to
    the end of the text); from ``ignore-next-line`` to the end of the line
    after it. Directives are case-insensitive. With ``within`` (sorted
    spans), only directives that start inside one of them count.
    """
    pattern = IGNORE.get(kind, IGNORE["text"])
    if "textrepair" not in text.lower():
        return []
    out: list[Span] = []
    off_at: int | None = None
    for m in pattern.finditer(text):
        if within is not None and not _inside(within, m.start()):
            continue
        word = m[1].lower()
        if off_at is not None:
            if word == "on":
                out.append((off_at, _line_end(text, m.end())))
                off_at = None
        elif word == "off":
            off_at = m.start()
        elif word == "ignore-next-line":
            here = _line_end(text, m.end())
            out.append((m.start(), _line_end(text, here + 1) if here < len(text) else here))
    if off_at is not None:
        out.append((off_at, len(text)))
    return out
