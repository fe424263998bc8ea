"""reStructuredText, by a line-based scanner that follows docutils' block rules.

Protected: explicit markup blocks (comments, hyperlink targets, substitution
definitions and directives with their options and content), except the
content of prose directives (admonitions and the like), which is scanned
again as body text; literal blocks after ``::``; doctest blocks; tables;
section adornment lines; field names; and inline literals, roles,
interpreted text, references, substitutions and inline targets.
"""

from __future__ import annotations

import re

from ._spans import Lines, Span

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
_ADORNMENT = re.compile(r"([!-/:-@\[-`{-~])\1+[ \t]*")
_GRID = re.compile(r"\+[-=]+\+")
_SIMPLE_BORDER = re.compile(r"=+(?:[ \t]+=+)+[ \t]*")
_FIELD = re.compile(r"[ \t]*:(?![:\s])[^`\n]*?(?<![\s\\]):(?=\s|$)")
_INLINE = re.compile(
    r"``\S.{0,2000}?``(?!\w)"  # inline literal
    r"|:[\w.+:-]+:`[^`]{0,2000}`(?:__?)?"  # :role:`target`
    r"|`[^`]{1,2000}`:[\w.+:-]+:"  # `target`:role:
    r"|_`[^`]{1,2000}`"  # inline target
    r"|`[^`]{1,2000}`(?:__?)?"  # interpreted text and `hyperlink <url>`_
    r"|\|[^|\s](?:[^|\n]{0,200}[^|\s])?\|(?:__?)?"  # |substitution|
    r"|\[(?:#[\w-]*|\*|\d+|[\w.-]+)\]_"  # footnote and citation references
    r"|(?<![\w`])\w(?:[\w.+-]*\w)?__?(?![\w`])"  # reference_
    r"|\\.",  # escape
    re.DOTALL,
)

VLine = tuple[int, str]  # (offset of the line in the text, the line without its break)


def rst_spans(text: str) -> tuple[list[Span], list[Span]]:
    """Protected spans of a reST document (unmerged), and its comments.

    Ignore comments count only inside the second list, not in literal blocks.
    """
    lines = Lines(text)
    out: list[Span] = []
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


def _body(text: str, lines: list[VLine], out: list[Span], comments: list[Span]) -> None:
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
        elif _SIMPLE_BORDER.fullmatch(rest):
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


def _simple_table_end(lines: list[VLine], i: int) -> int:
    borders = 1
    k = i + 1
    while k < len(lines):
        if _SIMPLE_BORDER.fullmatch(lines[k][1].strip()):
            borders += 1
            if borders >= 2 and (k + 1 == len(lines) or _blank(lines[k + 1])):
                return k + 1
        k += 1
    return k


def _explicit(text: str, lines: list[VLine], i: int, k: int, ind: int, out: list[Span], comments: list[Span]) -> None:
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


def _paragraph(text: str, lines: list[VLine], i: int, out: list[Span]) -> int:
    """Protect the markup of the paragraph at ``i`` (and a literal block after it)."""
    k = i
    while k < len(lines) and not _blank(lines[k]):
        off, s = lines[k]
        rest = s.lstrip(" \t")
        if _ADORNMENT.fullmatch(rest) and len(rest.strip()) >= 2:
            out.append((off, off + len(s)))
        field = _FIELD.match(s)
        if field:
            out.append((off, off + field.end()))
        k += 1
    start, end = _span(lines, i, k)
    out.extend(m.span() for m in _INLINE.finditer(text, start, end))
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
