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

from ._spans import Lines, Span, SpanBuffer, joined

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


def rst_spans(text: str) -> tuple[SpanBuffer, list[Span]]:
    """Protected spans of a reST document, and its comments.

    Ignore comments count only inside the second list, not in literal blocks.
    """
    lines = Lines(text)
    out = SpanBuffer()
    comments: list[Span] = []
    _body(text, [(lines.starts[n], lines.line(n)) for n in range(len(lines))], out, comments)
    return out, comments


def _indent(s: str) -> int:
    return len(s) - len(s.lstrip(" \t"))


def _blank(line: VLine) -> bool:
    return not line[1].strip()


def _span(lines: list[VLine], a: int, b: int) -> Span:
    """From the start of line ``a`` to the end of line ``b - 1``."""
    return (lines[a][0], lines[b - 1][0] + len(lines[b - 1][1]))


def _indented_end(lines: list[VLine], i: int, indent: int) -> int:
    """End of the block of lines after ``i`` that are blank or indented more than ``indent``."""
    k = i
    while k < len(lines) and (_blank(lines[k]) or _indent(lines[k][1]) > indent):
        k += 1
    while k > i and _blank(lines[k - 1]):
        k -= 1
    return k


def _body(text: str, lines: list[VLine], out: SpanBuffer, comments: list[Span]) -> None:
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


def _simple_table_end(lines: list[VLine], i: int) -> int:
    borders = 1
    k = i + 1
    while k < len(lines):
        if _is_simple_border(lines[k][1].strip()):
            borders += 1
            if borders >= _TABLE_BORDERS and (k + 1 == len(lines) or _blank(lines[k + 1])):
                return k + 1
        k += 1
    return k


def _explicit(text: str, lines: list[VLine], i: int, k: int, ind: int, out: SpanBuffer, comments: list[Span]) -> None:
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
        _body(text, body + lines[j:k], out, comments)
        return
    footnote = _FOOTNOTE.match(rest)
    if footnote:
        head_end = off + ind + footnote.end()
        out.append((off, head_end))
        _body(text, [(head_end, s[ind + footnote.end() :]), *lines[i + 1 : k]], out, comments)
        return
    out.append(_span(lines, i, k))  # comment, target, substitution, other directive
    if directive is None:
        comments.append(_span(lines, i, k))


def _paragraph(text: str, lines: list[VLine], i: int, out: SpanBuffer) -> int:
    """Protect the markup of the paragraph at ``i`` (and a literal block after it)."""
    k = i
    while k < len(lines) and not _blank(lines[k]):
        off, s = lines[k]
        rest = s.lstrip(" \t")
        if _is_adornment(rest):
            out.append((off, off + len(s)))
        field = _FIELD.match(s)
        if field:
            out.append((off, off + field.end()))
        k += 1
    start, end = _span(lines, i, k)
    # Joined as found: only what they cover counts, here and in _references,
    # and a line of "``a" matched a span every 3 characters.
    inline = joined(m.span() for m in _INLINE.finditer(text, start, end))
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


def _references(text: str, start: int, end: int, inline: list[Span]) -> list[Span]:
    """Simple references (``name_``, ``name__``) in ``text[start:end]``, outside ``inline``.

    The spans are those the pattern ``(?<![\\w`])\\w(?:[\\w.+-]*\\w)?__?(?![\\w`])``
    finds when it is tried after the other inline markup at each position
    ``inline`` (the other constructs' matches, sorted) leaves free, found in
    linear time. No other construct can start inside a run of name
    characters ``[\\w.+-]`` (an inline target's ``_`` only at its end, where
    no reference may end), and the pattern takes the longest match. So each
    run holds at most one reference: from the run's first free word start to
    its last possible end, or none if that start has no end after it.

    >>> _references("see Python_ and x.y__, not a_b or `t`_", 0, 38, [(33, 38)])
    [(4, 11), (16, 21)]
    """
    out: list[Span] = []
    inline_starts = [s for s, _ in inline]
    for run in _NAME_RUN_WITH_END.finditer(text, start, end):
        name_start = _free_name_start(text, run.start(), run.end(), inline, inline_starts)
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
            out.append((name_start, last_end))
    return out


def _free_name_start(text: str, start: int, end: int, inline: list[Span], inline_starts: list[int]) -> int | None:
    """The first word start in ``text[start:end]`` that no span of ``inline`` covers."""
    pos = start
    while True:
        found = _NAME_START.search(text, pos, end)
        if found is None:
            return None
        at = found.start()
        i = bisect.bisect_right(inline_starts, at) - 1
        if i < 0 or inline[i][1] <= at:
            return at
        pos = inline[i][1]
