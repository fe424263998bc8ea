"""Constructs protected in every kind of file: URLs, e-mail addresses,
template tags and ``textrepair:`` ignore comments."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._spans import Span, SpanBuffer, Spans, merge

# A URL runs to white space, a bracket or a quote; trailing punctuation
# belongs to the sentence. Curly quotes end it so that quote repair around a
# quoted URL stays balanced.
_URL_CHAR = r"[^\s<>\"'`\u00a0\u2018\u2019\u201c\u201d\u00ab\u00bb\ue000]"
_URL_END = r"[^\s<>\"'`\u00a0\u2018\u2019\u201c\u201d\u00ab\u00bb\ue000.,;:!?)\]}*_]"
# Controls that are white space to a regular expression but that ENC removes or
# makes a break count as URL characters: a URL's end must not move when they are repaired.
_URL_CONTROL = r"[\x0b\x1c-\x1f\x85]"
_URL_TAIL = re.compile(rf"(?:{_URL_CHAR}|{_URL_CONTROL})*(?:{_URL_END}|{_URL_CONTROL})")
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]{0,15}\Z", re.IGNORECASE)
#: Longest local part of an e-mail address (RFC 5321).
MAX_LOCAL_PART = 64
# The local part is read backwards from the "@", in the reversed characters
# before it: a search ending at the "@" tried every start in reach.
_LOCAL_PART_REVERSED = re.compile(rf"[\w.+-]{{1,{MAX_LOCAL_PART}}}")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+(?!\w)")
# URLs and addresses are found from their rare literal parts, which str.find
# locates far faster than a regular expression tried at every position.
_ANCHORS = ("://", "www.", "mailto:", "@")

#: Longest body of a paired code tag ({{< highlight >}} ... {{< /highlight >}}).
PAIRED_TAG_BODY = 100_000
#: Longest body of any other template tag.
TAG_BODY = 2000
#: Longest body of a Markdown attribute list.
ATTRIBUTE_LIST_BODY = 400
# Hugo shortcodes and Jinja/Liquid/Go templates. Bounded so that an unclosed
# opener cannot make one match run to the end of the text.
TEMPLATE_TAG = re.compile(
    # Paired tags whose body is code: Hugo highlight, Jekyll highlight/raw.
    rf"\{{\{{[<%][ \t]*(highlight|code)\b.{{0,{PAIRED_TAG_BODY}}}?\{{\{{[<%][ \t]*/\1[ \t]*[%>]\}}\}}"
    rf"|\{{%-?[ \t]*(highlight|raw|codeblock)\b.{{0,{PAIRED_TAG_BODY}}}?\{{%-?[ \t]*end\2[ \t]*-?%\}}"
    rf"|\{{\{{<.{{0,{TAG_BODY}}}?>\}}\}}"
    rf"|\{{\{{%.{{0,{TAG_BODY}}}?%\}}\}}"
    rf"|\{{\{{.{{0,{TAG_BODY}}}?\}}\}}"
    rf"|\{{%.{{0,{TAG_BODY}}}?%\}}"
    rf"|\{{#.{{0,{TAG_BODY}}}?#\}}",
    re.DOTALL,
)
# Markdown attribute lists ({#id}, {.class}, {: .x}). Their body holds no
# brace, so no template tag starts inside one: found apart, the union of
# the spans is the same as with one pattern for both.
ATTRIBUTE_LIST = re.compile(
    rf"\{{:?[ \t]*[#.][\w-][^{{}}\n]{{0,{ATTRIBUTE_LIST_BODY}}}\}}|\{{:[^{{}}\n]{{0,{ATTRIBUTE_LIST_BODY}}}\}}"
)
# Every template tag ends in a closer, "}}", "%}" or "#}": a run of these
# characters ending in "}" holds closers from its start to its end.
_TAG_CLOSERS = re.compile(r"[%#}]+\}")
_PAIRED_CLOSER = re.compile(
    r"\{\{[<%][ \t]*/(?:highlight|code)[ \t]*[%>]\}\}|\{%-?[ \t]*end(?:highlight|raw|codeblock)[ \t]*-?%\}"
)
#: How far before its closer's end a tag other than a paired one can start:
#: the body bound plus the longest opener and closer ("{{<" and ">}}").
_TAG_REACH = TAG_BODY + 6
#: How far before its closing tag a paired tag can start: the body bound plus
#: the opener ("{%-" and the longest name, "highlight" or "codeblock"), not
#: counting the blanks after "{{<", which are walked over.
_PAIRED_REACH = PAIRED_TAG_BODY + 3 + len("codeblock")

_DIRECTIVE = r"textrepair:[ \t]*(off|on|ignore-next-line)"
IGNORE = {
    "markdown": re.compile(rf"<!--[ \t]*{_DIRECTIVE}[ \t]*-->", re.IGNORECASE),
    "html": re.compile(rf"<!--[ \t]*{_DIRECTIVE}[ \t]*-->", re.IGNORECASE),
    "rst": re.compile(rf"^[ \t]*\.\.[ \t]+{_DIRECTIVE}[ \t]*$", re.IGNORECASE | re.MULTILINE),
    "text": re.compile(rf"^[^\n]*?\b{_DIRECTIVE}\b[^\n]*", re.IGNORECASE | re.MULTILINE),
}


# Code quoted in backticks on one line, as plain text (mail, tickets, notes) writes it.
# Its ends are any character but a backtick or a space; the controls that
# are white space to a regular expression but that ENC removes or turns into
# a break (vertical tab, NEL, C0 separators) count as characters, so that
# repairing them cannot move a span's ends on the next repair.
_EDGE = r"(?:[^`\s]|[\x0b\x1c-\x1f\x85])"
_BACKTICKED = re.compile(rf"(?<!`)`(?={_EDGE})[^`\n]{{0,200}}?(?<={_EDGE})`(?!`)")


def code_spans(text: str) -> SpanBuffer:
    """Single-backtick code in plain text ("use `a , b`"): a mention of code, not prose.

    >>> list(code_spans("Use `a , b` here, not ``x`` nor ` y `."))
    [(4, 11)]
    """
    out = SpanBuffer(bridge=True)
    if "`" in text:
        out.extend(m.span() for m in _BACKTICKED.finditer(text))
    return out


def url_spans(text: str) -> Spans:
    """URLs (``scheme://``, ``www.``, ``mailto:``) and e-mail addresses.

    Those of one kind are found in order and joined as they come: a run of
    "a@b." held a span for each "@", 120 bytes for every 4 characters.
    """
    out = SpanBuffer(bridge=True)
    for anchor in _ANCHORS:
        if anchor == "@":
            _add_email_spans(text, out)
        else:
            out.extend(_urls_at(text, anchor))
    return out.merged()


def _add_email_spans(text: str, out: SpanBuffer) -> None:
    """Add ``_urls_at(text, "@")`` to ``out``, in one loop with the patterns at hand.

    A line of "a@b." has an address every 4 characters: the calls and the
    tuples of the general loop took most of a file's time. Each local part
    starts after the "@" before it, so the spans come in order and the
    buffer joins those that overlap as they come.
    """
    find, local_part, domain, add = text.find, _LOCAL_PART_REVERSED.match, _DOMAIN.match, out.add
    at = find("@")
    while at != -1:
        after = at + 1
        found = domain(text, after)
        if found is not None:
            local = local_part(text[max(0, at - MAX_LOCAL_PART) : at][::-1])
            if local is not None:
                after = found.end()
                add(at - local.end(), after)
        at = find("@", after)


def _urls_at(text: str, anchor: str) -> Iterator[Span]:
    at = text.find(anchor)
    while at != -1:
        span = _url_at(text, at, anchor)
        if span is not None:
            yield span
        at = text.find(anchor, max(at + 1, span[1] if span else 0))


def _word_before(text: str, at: int) -> bool:
    # ASCII only: a URL's scheme and host are ASCII, and ENC turns controls and
    # mojibake before one into letters ("\x8e" into "Ž"), which must not
    # change what is protected on a second repair. For the same reason the
    # invisible characters ENC removes are looked through ("...\u200ba://").
    while at > 0 and _INVISIBLE.match(text, at - 1):
        at -= 1
    return at > 0 and text[at - 1].isascii() and (text[at - 1].isalnum() or text[at - 1] in "_@.")


#: What ENC removes wherever it is: zero-width and soft characters, C0 controls.
_INVISIBLE = re.compile("[\u200b\u2060\u00ad\ufeff\x00-\x08\x0e-\x1f\x7f]")


def _url_at(text: str, at: int, anchor: str) -> Span | None:
    if anchor == "@":
        local = _LOCAL_PART_REVERSED.match(text[max(0, at - MAX_LOCAL_PART) : at][::-1])
        domain = _DOMAIN.match(text, at + 1)
        if local is None or domain is None:
            return None
        return (at - local.end(), domain.end())
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


# Emoji shortcodes (GitHub, Hugo, Slack): ":andorra:", ":+1:", ":flag-us:".
# A name, not a word of the sentence: capitalised it would no longer render.
EMOJI_SHORTCODE = re.compile(r"(?<![\w:]):[a-z0-9_+-]+:(?![\w:])")


def template_spans(text: str) -> Spans:
    """Shortcodes and template tags: ``{{< >}}``, ``{{% %}}``, ``{{ }}``, ``{% %}``, ``{# #}``, ``:emoji:`` (merged)."""
    spans = SpanBuffer(bridge=True)
    add_template_spans(text, spans)
    return spans.merged()


def add_template_spans(text: str, spans: SpanBuffer) -> None:
    """Add :func:`template_spans` to ``spans``, holding no list of them (":a: :a: ..." has one each 4 characters)."""
    spans.extend(m.span() for m in ATTRIBUTE_LIST.finditer(text))
    for start, end in _tag_windows(text):
        spans.extend(m.span() for m in TEMPLATE_TAG.finditer(text, start, end))
    if ":" in text:
        spans.extend(m.span() for m in EMOJI_SHORTCODE.finditer(text))


def _tag_windows(text: str) -> list[Span]:
    """The parts of ``text`` that can hold a template tag: those near a closer.

    Tried at every ``{`` of a long run of braces, each tag's bounded body
    made the scan cost :data:`TAG_BODY` steps a character. A tag ends at a
    closer, so it lies in the stretch that reaches back from its closer's
    end as far as the bounds let it start; the tags found in the merged
    stretches are the ones a scan of the whole text finds, because a scan
    started at a stretch's beginning is not inside an earlier tag.

    >>> _tag_windows("{" * 3000 + " {{ x }} ")  # the first 1002 braces cannot reach the closer
    [(1002, 3008)]
    """
    windows: list[Span] = []
    for closers in _TAG_CLOSERS.finditer(text):
        end = closers.end()
        start = max(0, closers.start() + 2 - _TAG_REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    if windows and ("/" in text or "end" in text):
        for closer in _PAIRED_CLOSER.finditer(text):
            start = max(0, closer.start() - _PAIRED_REACH)
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            windows.append((max(0, start - 3), closer.end()))
        windows = merge(windows)
    return windows


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


_NAMED = re.compile("textrepair", re.IGNORECASE)


def ignore_spans(text: str, kind: str, within: Spans | None = None) -> list[Span]:
    """Regions switched off by ``textrepair: off``/``on``/``ignore-next-line``.

    From an ``off`` directive to the end of the line of the next ``on`` (or to
    the end of the text); from ``ignore-next-line`` to the end of the line
    after it. Directives are case-insensitive. With ``within`` (sorted
    spans), only directives that start inside one of them count.
    """
    pattern = IGNORE.get(kind, IGNORE["text"])
    if not _NAMED.search(text):  # not text.lower(): that is a copy of 12 bytes a character
        return []
    out: list[Span] = []
    off_at: int | None = None
    for m in pattern.finditer(text):
        if within is not None and not within.touches(m.start(), m.start() + 1):
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
