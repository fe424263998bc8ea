"""HTML: tags with their attributes, comments, declarations, character
references and the content of code-like elements are protected; text
between tags is prose."""

from __future__ import annotations

import re

from ._spans import Span

# Elements whose content is code or data, never prose.
RAW_ELEMENTS = ("script", "style", "pre", "code", "textarea", "kbd", "samp", "svg", "math", "template", "xmp")

# A quoted attribute value. One on a single line may hold "<" and ">"
# (mdBook captions name generic types: caption="A `Box<i32>`"); one spanning
# lines may not, so that a quote left open cannot swallow the tags after it.
# The two kinds never match the same value: no backtracking between them.
_QUOTED = r"\"[^\"\n]{0,4096}\"|'[^'\n]{0,4096}'|\"[^\"<\n]{0,4096}\n[^\"<]{0,4096}\"|'[^'<\n]{0,4096}\n[^'<]{0,4096}'"
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comment, unclosed runs to the end
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<![A-Za-z][^>]{0,1024}>"  # doctype and other declarations
    r"|<\?.*?(?:\?>|\Z)"  # processing instructions, PHP
    r"|<%.*?(?:%>|\Z)"  # ERB/ASP style templates
    # A tag; quoted attributes may hold '>'. Written as runs of plain
    # characters between quoted values, not one group repeated for each
    # character, which kept a backtracking entry per character (120 bytes a
    # character of an unclosed "<a xxxx...").
    rf"|</?[A-Za-z][^\s/>]*[^<>\"']*+(?:(?:{_QUOTED})[^<>\"']*+)*>"
    r"|</?[A-Za-z][^>]{0,1024}>"  # a tag with an unbalanced quote
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",
    re.DOTALL,
)
_RAW_OPEN = re.compile(r"<(" + "|".join(RAW_ELEMENTS) + r")(?=[\s/>])", re.IGNORECASE)
_CLOSERS = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in RAW_ELEMENTS}


def html_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Protected spans of the HTML in ``text[start:end]`` (offsets into ``text``), in order.

    Spans that touch are joined as they are found: a run of entities or tags
    is one span, not a tuple for every few characters.
    """
    end = len(text) if end is None else end
    out: list[Span] = []
    if "<" not in text[start:end] and "&" not in text[start:end]:
        return out
    pos = start
    search = _TOKEN.search
    while True:
        m = search(text, pos, end)
        if m is None:
            return out
        s, e = m.span()
        raw = _RAW_OPEN.match(text, s, e) if text[s] == "<" and not text.startswith("/", s + 1) else None
        if raw is not None and not text.startswith("/>", e - 2):
            close = _CLOSERS[raw[1].lower()].search(text, e, end)
            e = close.end() if close else end
        if out and s == out[-1][1]:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
        pos = e
