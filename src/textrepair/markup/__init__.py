"""Which characters of a Markdown, HTML, reST or plain-text file are not prose.

:func:`protected_spans` returns the spans that repair must leave
byte-for-byte alone (code, URLs, markup, front matter, math, template tags,
regions switched off by ``textrepair: off``); pass them to
``repair(text, protected=...)``.

>>> from textrepair import repair
>>> text = "Use `a ,b` here , see https://x.org/a ,b ."
>>> repair(text, protected=protected_spans(text, "markdown"), markup="markdown", html_entities=False).text
'Use `a ,b` here, see https://x.org/a ,b.'
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable

from ._spans import Span, SpanBuffer, Spans
from .common import add_template_spans, code_spans, ignore_spans, url_spans
from .settle import repair_settled

__all__ = ["KINDS", "ignore_spans", "kind_for_path", "protected_spans", "repair_settled", "text_spans", "url_spans"]

KINDS = ("markdown", "html", "rst", "text")
_SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".mkdn": "markdown",
    ".mdx": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rst": "rst",
    ".rest": "rst",
}
DEFAULT_PROSE_KEYS = ("title", "description", "summary")


def kind_for_path(path: str) -> str:
    """The markup kind of a file, from its name: markdown, html, rst or text.

    >>> kind_for_path("docs/index.MD"), kind_for_path("a.htm"), kind_for_path("README")
    ('markdown', 'html', 'text')
    """
    return _SUFFIXES.get(os.path.splitext(path)[1].lower(), "text")


def protected_spans(text: str, kind: str, *, prose_keys: Collection[str] = DEFAULT_PROSE_KEYS) -> Spans:
    """Sorted, merged ``(start, end)`` code-point spans that are not prose (a sequence of tuples, kept compact).

    ``kind`` is one of :data:`KINDS`. ``prose_keys`` name the front matter
    keys whose one-line values are prose (Markdown only).
    """
    if isinstance(prose_keys, str):
        prose_keys = (prose_keys,)
    within: Iterable[Span] | None = None
    if kind == "markdown":
        from .markdown import markdown_spans

        spans, within = markdown_spans(text, prose_keys)
    elif kind == "html":
        from .html import html_spans

        spans = SpanBuffer(html_spans(text), bridge=True)
    elif kind == "rst":
        from .rst import rst_spans

        spans, within = rst_spans(text)
    elif kind == "text":
        return text_spans(text)
    else:
        raise ValueError(f"unknown markup kind {kind!r}; known: {', '.join(KINDS)}")
    add_template_spans(text, spans)
    spans.extend(url_spans(text))
    spans.extend(ignore_spans(text, kind, None if within is None else Spans(within)))
    return spans.merged()


def text_spans(text: str) -> Spans:
    """Plain text: URLs, e-mail addresses, `code` in backticks and ``textrepair: off`` regions."""
    spans = SpanBuffer(code_spans(text), bridge=True)
    spans.extend(url_spans(text))
    spans.extend(ignore_spans(text, "text"))
    return spans.merged()
