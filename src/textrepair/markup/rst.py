"""reStructuredText, by a line-based scanner that follows docutils' block rules.

Protected: explicit markup blocks (comments, hyperlink targets, substitution
definitions and directives with their options and content), except the
content of prose directives (admonitions and the like), which is scanned
again as body text; literal blocks after ``::``; doctest blocks; tables;
section adornment lines; field names; and inline literals, roles,
interpreted text, references, substitutions and inline targets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import overload

from ._spans import Lines, Span, SpanBuffer, Spans, joined

# Directives whose content is ordinary body text; of those, the ones that
# take no argument have content right after the "::" too.
_ADMONITIONS = ("note", "warning", "tip", "hint", "important", "caution", "danger", "attention", "error", "seealso")
_NO_ARGUMENT = frozenset((*_ADMONITIONS, "todo", "epigraph", "highlights", "pull-quote", "compound"))
PROSE_DIRECTIVES = _NO_ARGUMENT | {
    "admonition",
    "versionadded",
    "versionchanged",
    "deprecated",
    "versionremoved",
    "topic",
    "sidebar",
    "container",
    "only",
    "tab",
    "dropdown",
}

_EXPLICIT = re.compile(r"\.\.(?:[ \t]|$)")
_DIRECTIVE = re.compile(r"\.\.[ \t]+([^\s:]+(?::[^\s:]+)*)::(?=\s|$)")
_FOOTNOTE = re.compile(r"\.\.[ \t]+\[[^\]\s]+\](?=\s|$)")
_OPTION = re.compile(r"[ \t]+:[^:\s][^:]*:(?=\s|$)")
# Section adornment and simple table borders are recognised with string
# methods: as patterns ("([!-/:-@\[-`{-~])\1+", "=+(?:[ \t]+=+)+") the
# regular expression engine kept a backtracking entry per repetition, about
# 100 bytes a character on a line of ten million "{".
_ADORNMENT_CHARS = frozenset(c for c in map(chr, range(0x21, 0x7F)) if not c.isalnum())
_BORDER_CHARS = re.compile(r"[= \t]*")
_GRID = re.compile(r"\+[-=]+\+")
_FIELD = re.compile(r"[ \t]*:(?![:\s])[^`\n]*?(?<![\s\\]):(?=\s|$)")
#: Longest role name read before a ``:role:`target```.
#: Real names are short (``:py:meth:``, ``:external+python:py:class:``); the
#: bound, read without backtracking, keeps a line of ``:a:a:a...`` linear
#: instead of rescanning the rest of the line from every colon.
MAX_ROLE_NAME = 64
_INLINE = re.compile(
    r"``\S.{0,2000}?``(?!\w)"  # inline literal
    # :role:`target`. The name is the whole run of name characters after the
    # colon and must end in ":" (a backtick cannot be part of it), so reading
    # it possessively and checking its last character matches what
    # backtracking would.
    rf"|:[\w.+:-]{{2,{MAX_ROLE_NAME + 1}}}+(?<=:)`[^`]{{0,2000}}`(?:__?)?"
    r"|`[^`]{1,2000}`:[\w.+:-]+:"  # `target`:role:
    r"|_`[^`]{1,2000}`"  # inline target
    r"|`[^`]{1,2000}`(?:__?)?"  # interpreted text and `hyperlink <url>`_
    r"|\|[^|\s](?:[^|\n]{0,200}[^|\s])?\|(?:__?)?"  # |substitution|
    r"|\[(?:#[\w-]*|\*|\d+|[\w.-]+)\]_"  # footnote and citation references
    r"|\\.",  # escape
    re.DOTALL,
)
# Simple references (``name_``, ``name__``) are found apart from the other
# inline markup (see _references): tried at every word start, as one
# alternative above, each try read to the end of the run of name characters,
# which made a line like ``a.a.a.a...`` quadratic.
_NAME_RUN_WITH_END = re.compile(r"(?<![\w.+-])[\w.+-]*?\w_(?![\w`])[\w.+-]*")
_NAME_START = re.compile(r"(?<![\w`])\w")
_NAME_END = re.compile(r"\w_(?![\w`])")

VLine = tuple[int, str]  # (offset of the line in the text, the line without its break)

# A blank line, and a line that may be a section adornment or start with a
# field name (two of the same punctuation, or a colon, after its blanks):
# each at a line's start, as Lines splits the text ("\r\n", "\r", "\n").
# Each is found after the line break before it (group 1 starts at the line),
# so that the search skips to line breaks instead of trying every position of
# a long line. The break is atomic: "\r" then "\n" is one.
_BLANK_LINE = re.compile(r"(?>\r\n?|\n)([^\S\r\n]*)(?:\r|\n|\Z)")
_MARKED_LINE = re.compile(r"(?>\r\n?|\n)([ \t]*(?:([!-/:-@\[-`{-~])\2|:))")


class _Block(Sequence[VLine]):
    """Lines ``lo`` to ``hi`` of a text as ``(offset, line)`` pairs made when read; ``head`` may replace the first.

    A list of the pairs cost some 150 bytes a line, 60 MB a megabyte of
    "-" lines; here a line costs the 16 bytes of its offsets in
    :class:`Lines`. ``head`` is the rest of a line after a directive's or
    footnote's marker, read as the block's first line.
    """

    __slots__ = ("head", "hi", "lines", "lo")

    def __init__(self, lines: Lines, lo: int, hi: int, head: VLine | None = None) -> None:
        self.lines = lines
        self.lo = lo
        self.hi = max(lo, hi)
        self.head = head

    def __len__(self) -> int:
        return self.hi - self.lo + (self.head is not None)

    @overload
    def __getitem__(self, i: int) -> VLine: ...

    @overload
    def __getitem__(self, i: slice) -> _Block: ...

    def __getitem__(self, i: int | slice) -> VLine | _Block:
        shift = self.head is not None
        if isinstance(i, slice):
            start, stop, _ = i.indices(len(self))
            stop = max(start, stop)
            if shift and start == 0 and stop > 0:
                return _Block(self.lines, self.lo, self.lo + stop - 1, self.head)
            return _Block(self.lines, self.lo + max(0, start - shift), self.lo + max(0, stop - shift))
        if i < 0:
            i += len(self)
        if shift and i == 0:
            return self.head  # type: ignore[return-value]
        n = self.lo + i - shift
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.lines.starts[n], self.lines.line(n)

    def headed(self, head: VLine) -> _Block:
        """``head`` followed by these lines (which have no head of their own)."""
        return _Block(self.lines, self.lo, self.hi, head)

    def _index(self, offset: int) -> int:
        """The index of the line of the underlying text that starts at ``offset``."""
        return bisect.bisect_left(self.lines.starts, offset) - self.lo + (self.head is not None)

    def _offsets(self, i: int, k: int) -> Span:
        """From the start of line ``i`` to the end of the content of line ``k - 1`` (neither the head)."""
        shift = self.head is not None
        return self.lines.starts[self.lo + i - shift], self.lines.end(self.lo + k - 1 - shift)

    def blank_from(self, i: int) -> int:
        """The first blank line at or after ``i`` (``len(self)`` if none), found by a search of the text."""
        if self.head is not None and i == 0:
            if _blank(self.head):
                return 0
            i = 1
        if i >= len(self):
            return len(self)
        if _blank(self[i]):
            return i
        start, end = self._offsets(i, len(self))
        found = _BLANK_LINE.search(self.lines.text, start, end)
        return len(self) if found is None else min(len(self), self._index(found.start(1)))

    def marked(self, i: int, k: int) -> Iterator[int]:
        """Line ``i``, then those of lines ``i + 1`` to ``k - 1`` that :data:`_MARKED_LINE` finds."""
        yield i
        if i + 1 < k:
            _, end = self._offsets(i + 1, k)
            # From the break before line i + 1: the end of the line of the text before it.
            start = self.lines.end(self.lo + i + 1 - (self.head is not None) - 1)
            for found in _MARKED_LINE.finditer(self.lines.text, start, end):
                yield self._index(found.start(1))


def rst_spans(text: str) -> tuple[SpanBuffer, list[Span]]:
    """Protected spans of a reST document, and its comments.

    Ignore comments count only inside the second list, not in literal blocks.
    """
    lines = Lines(text)
    out = SpanBuffer(bridge=True)
    comments: list[Span] = []
    _body(text, _Block(lines, 0, len(lines)), out, comments)
    return out, comments


def _indent(s: str) -> int:
    return len(s) - len(s.lstrip(" \t"))


def _blank(line: VLine) -> bool:
    return not line[1].strip()


def _span(lines: _Block, a: int, b: int) -> Span:
    """From the start of line ``a`` to the end of line ``b - 1``."""
    return (lines[a][0], lines[b - 1][0] + len(lines[b - 1][1]))


def _indented_end(lines: _Block, i: int, indent: int) -> int:
    """End of the block of lines after ``i`` that are blank or indented more than ``indent``."""
    k = i
    while k < len(lines) and (_blank(lines[k]) or _indent(lines[k][1]) > indent):
        k += 1
    while k > i and _blank(lines[k - 1]):
        k -= 1
    return k


def _body(text: str, lines: _Block, out: SpanBuffer, comments: list[Span]) -> None:
    i, n = 0, len(lines)
    while i < n:
        s = lines[i][1]
        if not s.strip():
            i += 1
            continue
        ind = _indent(s)
        rest = s[ind:]
        if _EXPLICIT.match(rest):
            k = _indented_end(lines, i + 1, ind)
            _explicit(text, lines, i, k, ind, out, comments)
            i = k
        elif _GRID.match(rest):
            k = i
            while k < n and not _blank(lines[k]):
                k += 1
            out.append(_span(lines, i, k))
            i = k
        elif _is_simple_border(rest):
            k = _simple_table_end(lines, i)
            out.append(_span(lines, i, k))
            i = k
        elif rest.startswith(">>>"):
            k = i
            while k < n and not _blank(lines[k]):
                k += 1
            out.append(_span(lines, i, k))
            i = k
        else:
            i = _paragraph(text, lines, i, out)


#: docutils' shortest section adornment ("=" alone is text), and the borders
#: that close a simple table (top, under the header, bottom; the header's
#: is optional, so the second border may end it).
_MIN_ADORNMENT = 2
_TABLE_BORDERS = 2


def _is_adornment(rest: str) -> bool:
    """One punctuation character repeated (then blanks): a section title's under- or overline.

    >>> _is_adornment("====  "), _is_adornment("=-=-"), _is_adornment("=")
    (True, False, False)
    """
    body = rest.rstrip(" \t")
    return len(body) >= _MIN_ADORNMENT and body[0] in _ADORNMENT_CHARS and not body.strip(body[0])


def _is_simple_border(rest: str) -> bool:
    """Runs of "=" parted by blanks (then blanks): a simple table's border.

    >>> _is_simple_border("===  ====="), _is_simple_border("====="), _is_simple_border("== -- ==")
    (True, False, False)
    """
    body = rest.rstrip(" \t")
    return body.startswith("=") and _BORDER_CHARS.fullmatch(body) is not None and body.count("=") < len(body)


def _simple_table_end(lines: _Block, i: int) -> int:
    borders = 1
    k = i + 1
    while k < len(lines):
        if _is_simple_border(lines[k][1].strip()):
            borders += 1
            if borders >= _TABLE_BORDERS and (k + 1 == len(lines) or _blank(lines[k + 1])):
                return k + 1
        k += 1
    return k


def _explicit(text: str, lines: _Block, i: int, k: int, ind: int, out: SpanBuffer, comments: list[Span]) -> None:
    off, s = lines[i]
    rest = s[ind:]
    directive = _DIRECTIVE.match(rest)
    if directive and directive[1].lower() in PROSE_DIRECTIVES:
        name = directive[1].lower()
        head_end = off + ind + directive.end()
        if name in _NO_ARGUMENT and s[ind + directive.end() :].strip():
            out.append((off, head_end))
            body: list[VLine] = [(head_end, s[ind + directive.end() :])]
        else:
            out.append((off, off + len(s)))
            body = []
        j = i + 1
        while j < k and _OPTION.match(lines[j][1]):
            out.append(_span(lines, j, j + 1))
            j += 1
        _body(text, lines[j:k].headed(body[0]) if body else lines[j:k], out, comments)
        return
    footnote = _FOOTNOTE.match(rest)
    if footnote:
        head_end = off + ind + footnote.end()
        out.append((off, head_end))
        _body(text, lines[i + 1 : k].headed((head_end, s[ind + footnote.end() :])), out, comments)
        return
    out.append(_span(lines, i, k))  # comment, target, substitution, other directive
    if directive is None:
        comments.append(_span(lines, i, k))


def _paragraph(text: str, lines: _Block, i: int, out: SpanBuffer) -> int:
    """Protect the markup of the paragraph at ``i`` (and a literal block after it)."""
    k = lines.blank_from(i)
    # Only the lines a pattern finds can be adornment or start with a field
    # name: looking at each line took most of the time on a file of "-" lines.
    for n in lines.marked(i, k):
        off, s = lines[n]
        rest = s.lstrip(" \t")
        if _is_adornment(rest):
            out.append((off, off + len(s)))
        field = _FIELD.match(s)
        if field:
            out.append((off, off + field.end()))
    start, end = _span(lines, i, k)
    # Joined as found: only what they cover counts, here and in _references,
    # and a line of "``a" matched a span every 3 characters.
    inline = joined((m.span() for m in _INLINE.finditer(text, start, end)), bridge=True)
    out.extend(inline)
    out.extend(_references(text, start, end, inline))
    last_off, last = lines[k - 1]
    stripped = last.rstrip()
    if not stripped.endswith("::"):
        return k
    out.append((last_off + len(stripped) - 2, last_off + len(stripped)))
    indent = min(_indent(s) for _, s in lines[i:k])
    j = k
    while j < len(lines) and _blank(lines[j]):
        j += 1
    if j == len(lines):
        return j
    if _indent(lines[j][1]) > indent:
        end_block = _indented_end(lines, j, indent)
    elif re.match(r"[!-/:-@\[-`{-~]", lines[j][1][indent:]):  # quoted literal block
        end_block = j
        while end_block < len(lines) and not _blank(lines[end_block]):
            end_block += 1
    else:
        return k
    out.append(_span(lines, j, end_block))
    return end_block


def _references(text: str, start: int, end: int, inline: Spans) -> Iterator[Span]:
    """Simple references (``name_``, ``name__``) in ``text[start:end]``, outside ``inline``.

    The spans are those the pattern ``(?<![\\w`])\\w(?:[\\w.+-]*\\w)?__?(?![\\w`])``
    finds when it is tried after the other inline markup at each position
    ``inline`` (the other constructs' matches, sorted) leaves free, found in
    linear time. No other construct can start inside a run of name
    characters ``[\\w.+-]`` (an inline target's ``_`` only at its end, where
    no reference may end), and the pattern takes the longest match. So each
    run holds at most one reference: from the run's first free word start to
    its last possible end, or none if that start has no end after it.

    >>> list(_references("see Python_ and x.y__, not a_b or `t`_", 0, 38, Spans([(33, 38)])))
    [(4, 11), (16, 21)]
    """
    for run in _NAME_RUN_WITH_END.finditer(text, start, end):
        name_start = _free_name_start(text, run.start(), run.end(), inline)
        if name_start is None:
            continue
        # The run is searched alone, so its last end is checked against the
        # character after the run, which the search cannot see.
        blocked = run.end() < end and text[run.end()] == "`"
        last_end = -1
        for found in _NAME_END.finditer(text, name_start, run.end()):
            if not (blocked and found.end() == run.end()):
                last_end = found.end()
        if last_end - 2 >= name_start:
            yield (name_start, last_end)


def _free_name_start(text: str, start: int, end: int, inline: Spans) -> int | None:
    """The first word start in ``text[start:end]`` that no span of ``inline`` covers."""
    pos = start
    while True:
        found = _NAME_START.search(text, pos, end)
        if found is None:
            return None
        at = found.start()
        i = bisect.bisect_right(inline.starts, at) - 1
        if i < 0 or inline.ends[i] <= at:
            return at
        pos = inline.ends[i]
