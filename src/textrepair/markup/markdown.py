"""Markdown (CommonMark + GFM tables, footnotes, math, admonitions).

markdown-it-py parses the document. Only the source of its inline tokens
(paragraphs, headings, table cells, ...) and the text between tags of HTML
blocks is prose; everything else (code blocks, front matter, list and quote
markers, reference definitions, math blocks) stays protected. Inside inline
content, the spans that markdown-it's own inline rules match for code, math,
autolinks, raw HTML, entities, escapes and link or image targets are
protected too, so their offsets are exact.

markdown-it gives line ranges only: each line of an inline token's content is
found in its source line (it is the line's tail, after indentation and
markers), which maps content offsets back to the file. A token whose lines
cannot be matched (tab expansion, escaped table pipes) is left protected.
"""

from __future__ import annotations

import bisect
import operator
import re
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from ..spans import DENSE_GAP, DENSE_RUN
from ._spans import INT32_MAX, Lines, Span, SpanBuffer, Spans, complement
from .frontmatter import find_front_matter
from .html import RAW_ELEMENTS, html_spans

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_KEY = "textrepair_spans"
_CANNOT = "textrepair_cannot"  # which rules cannot match in the inline content being parsed (see _impossible)
#: Bits of that value: no link or footnote reference can be there, no tag or autolink can be there.
_NO_LINK, _NO_TAG = 1, 2
# Inline rules whose whole match is protected.
_WHOLE = (
    "backticks",
    "math_inline",
    "math_inline_double",
    "escape",
    "autolink",
    "html_inline",
    "entity",
    "footnote_ref",
)
# Inline rules whose label is prose and whose target is protected, with the
# offset of the label's "[" from the rule's start.
_TARGET = {"link": 0, "image": 1}
# A record is three machine integers: start, end and the rule's place in
# this list. In name order, so that records sort as (start, end, name) did.
_RECORDED = sorted((*_WHOLE, *_TARGET))
#: Integers a record takes in the array of an inline token's records.
_RECORD_SIZE = 3
#: Raw HTML's records are read one by one (an element's content runs to its closing tag).
_HTML_INLINE = _RECORDED.index("html_inline")


class _Records:
    """An inline token's records, kept as machine integers (12 bytes a record, not 130 for a tuple).

    A record of the rule of the one before it and close after it (a dense
    run, :data:`~textrepair.spans.DENSE_RUN`) is joined to it: only what
    the records cover counts, and a line of "$a" made one every 2 characters.
    """

    __slots__ = ("close", "flat")

    def __init__(self, content: str) -> None:
        # Four-byte offsets while the content's fit.
        self.flat = array("i" if len(content) <= INT32_MAX else "q")
        self.close = 0  # records in a row, so far, each of one rule and close to the one before

    def add(self, start: int, end: int, code: int) -> None:
        flat = self.flat
        if flat and flat[-1] == code != _HTML_INLINE and 0 <= start - flat[-2] <= DENSE_GAP:
            self.close += 1
            if self.close >= DENSE_RUN:
                flat[-2] = max(end, flat[-2])
                return
        else:
            self.close = 0
        flat.extend((start, end, code))


_RAW_OPEN = re.compile(r"<(" + "|".join(RAW_ELEMENTS) + r")[\s>]", re.IGNORECASE)
# Characters that start every construct the recorded rules match.
_MAY_PROTECT = re.compile(r"[`$\\<&\[!]")
# The same but the backtick: content without any has no construct but code spans.
_MAY_PROTECT_BUT_CODE = re.compile(r"[$\\<&\[!]")
_BACKTICK_RUN = re.compile("`+")
_ESM = re.compile(r"^(?:import\s[^\n]*\bfrom\s*['\"]|export\s+(?:const|let|var|default|function|class)\b)[^\n]*", re.M)


def _recording(name: str, rule: Callable[..., bool], validate_only: bool) -> Callable[..., bool]:
    """``rule``, recording where it matched; with ``validate_only``, building no tokens."""
    code = _RECORDED.index(name)

    if name not in _TARGET:

        def record(state: Any, silent: bool) -> bool:
            start = state.pos
            ok = rule(state, silent or validate_only)
            if ok and not silent:
                records = state.env.get(_KEY)
                if records is not None:
                    records.add(start, state.pos, code)
            return ok

        return record
    label_at, is_link = _TARGET[name], name == "link"

    def record_target(state: Any, silent: bool) -> bool:
        start = state.pos
        ok = rule(state, silent)
        if ok and not silent:
            records = state.env.get(_KEY)
            if records is not None:
                label_end = state.md.helpers.parseLinkLabel(state, start + label_at, is_link)
                records.add(label_end if label_end >= 0 else start, state.pos, code)
        return ok

    return record_target


@cache
def parser() -> MarkdownIt:
    """A markdown-it parser that records where its inline rules matched."""
    return build_parser()


def build_parser(fast: bool = True) -> MarkdownIt:
    """A new recording parser; ``fast=False`` runs markdown-it's inline rules as it would.

    The fast parser finds the same spans with less work: the tokens of a
    rule whose whole match is protected are never read, so it runs in
    validation mode, which moves the position the same way without building
    them (a line of "` ` ` " made 250,000 code tokens a megabyte; link labels
    are still parsed for real, their content is prose); and each character
    tries only the rules that can start there.
    """
    from markdown_it import MarkdownIt
    from mdit_py_plugins.admon import admon_plugin
    from mdit_py_plugins.deflist import deflist_plugin
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from mdit_py_plugins.footnote import footnote_plugin

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True)
    md.use(footnote_plugin).use(deflist_plugin).use(admon_plugin)
    # Inline footnotes parse their label as a separate source: plain text here.
    # Emphasis, token joining and footnote reordering do not move any span.
    md.disable(["footnote_inline", "emphasis", "strikethrough", "text_join", "footnote_tail"])
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]  # targets are only located
    validated: dict[str, Callable[..., bool]] = {}  # the rules the fast parser runs in validation mode
    for rule in md.inline.ruler.get_all_rules():
        if rule in _WHOLE or rule in _TARGET:
            fn = md.inline.ruler.__rules__[md.inline.ruler.__find__(rule)].fn
            md.inline.ruler.at(rule, _recording(rule, fn, validate_only=fast and rule in _WHOLE))
            if rule in _WHOLE:
                validated[rule] = fn
    md.core.ruler.at("inline", _inline_recording(code_spans_apart=fast))
    if fast:
        _dispatch_by_first_character(md, validated)
        html_block = md.block.ruler.__rules__[md.block.ruler.__find__("html_block")]
        # "at" drops the chains (paragraph, blockquote ...) a rule ends unless named again
        md.block.ruler.at("html_block", _html_block_needing_tags(html_block.fn), {"alt": list(html_block.alt)})
        _paragraph_ends_by_first_character(md)
        lheading = md.block.ruler.__rules__[md.block.ruler.__find__("lheading")]
        md.block.ruler.at("lheading", _lheading_needing_underline(lheading.fn), {"alt": list(lheading.alt)})
    return md


# A line of blanks only: markdown-it's empty line, where a paragraph ends
# (its text has "\n" for every line break).
_EMPTY_LINE = re.compile(r"\n[ \t]*\n")
# The end of a setext underline: its last "-" or "=", then blanks to the
# line's end (what comes before may be a container's marks, "> ").
_UNDERLINE_END = re.compile(r"[-=][ \t]*(?:\n|\Z)")
# Where the parse's env keeps the last search for each pattern (see _next).
_SEARCHED = "textrepair_searched"


def _next(state: Any, pattern: re.Pattern[str], start: int) -> int:
    """Where ``pattern`` next matches in the parser's text at or after ``start``; the text's length if nowhere.

    A search from ``a`` that found ``b`` answers for every start between
    them, so it is kept for the parse: the paragraphs of a long stretch
    without an empty line (list items, a table's rows) each asked for the
    next one, and each search read the rest of the stretch.
    """
    src = state.src
    kept = state.env.setdefault(_SEARCHED, {})  # an attribute added to the state would slow every one it has
    found = kept.get(pattern)
    if found is None or found[0] is not src or not found[1] <= start <= found[2]:
        match = pattern.search(src, start)
        found = kept[pattern] = (src, start, match.start() if match else len(src))
    return int(found[2])


def _lheading_needing_underline(rule: Callable[..., bool]) -> Callable[..., bool]:
    """markdown-it's setext heading rule, not tried where no underline can be.

    The rule reads the lines after a paragraph's first to the empty line
    that ends it (or a block that does), looking for a line of "=" or "-";
    failing, the paragraph rule reads them again. A file of a million
    one-letter lines is one paragraph: the reading took a third of the
    time. With no line ending in "=" or "-" (then blanks) between the first
    line's end and the next empty line there is no underline (nor when the
    next line is empty or past the end), and the rule would return False
    having set the parent type to "paragraph" (it restores it only on
    success); so does this. The searches are kept for the parse and reused
    while they still answer, so that many paragraphs do not search the same
    text again (see :func:`_next`).
    """

    def lheading(state: Any, start_line: int, end_line: int, silent: bool) -> bool:
        if state.is_code_block(start_line):
            return False
        start = state.eMarks[start_line]
        one_line = start_line + 1 >= end_line or state.isEmpty(start_line + 1)  # nothing to read
        if one_line or _next(state, _UNDERLINE_END, start) >= _next(state, _EMPTY_LINE, start):
            state.parentType = "paragraph"
            return False
        return rule(state, start_line, end_line, silent)

    return lheading


# The characters the block rules that can end a paragraph start at: the
# first after the line's indentation, for the table the first of the next
# line (its delimiter row). At any other each returns False before reading on.
_BLOCK_STARTS = {
    "admonition": "!?",
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*-+0123456789",
    "footnote_def": "[",
    "html_block": "<",
    "heading": "#",
    "deflist": ":~",
}
_NEXT_LINE_STARTS = {"table": "|-:"}
# Chains of the rules tried at each line of a paragraph (and of a reference definition) to see whether it ends there.
_ENDING_CHAINS = ("paragraph", "reference")


def _paragraph_ends_by_first_character(md: MarkdownIt) -> None:
    """Try at each line of a paragraph only the rules that could end it there.

    The paragraph and setext heading rules call every rule of the chain
    (ten, each a Python call that logs) at every line to see if a block
    starts there: a file of one-letter lines took 4 seconds a megabyte.
    Whether a line ends the paragraph is whether any of them matches, so
    trying only those that can start at the line's first character (and the
    table when the next line starts like a delimiter row) decides the same.
    An unknown rule in the chain keeps it as it is.
    """
    ruler = md.block.ruler
    chain = ruler.getRules(_ENDING_CHAINS[0])
    rules = [rule for rule in ruler.__rules__ if rule.enabled and rule.fn in chain]
    known = {**_BLOCK_STARTS, **_NEXT_LINE_STARTS}
    if any(ruler.getRules(name) != chain for name in _ENDING_CHAINS) or any(r.name not in known for r in rules):
        return
    own: dict[str, list[Callable[..., bool]]] = {}
    following: dict[str, list[Callable[..., bool]]] = {}
    for rule in rules:
        table = following if rule.name in _NEXT_LINE_STARTS else own
        for char in known[rule.name]:
            table.setdefault(char, []).append(rule.fn)

    def ends_paragraph(state: Any, line: int, end_line: int, silent: bool) -> bool:
        if not silent:
            return False  # only a test for the chains, never a block of its own
        src, marks, ends, shifts = state.src, state.bMarks, state.eMarks, state.tShift
        pos = marks[line] + shifts[line]
        tried = own.get(src[pos]) if pos < ends[line] else None
        if tried:
            for rule in tried:
                if rule(state, line, end_line, True):
                    return True
        if line + 1 < end_line:
            pos = marks[line + 1] + shifts[line + 1]
            tried = following.get(src[pos]) if pos < ends[line + 1] else None
            if tried:
                for rule in tried:
                    if rule(state, line, end_line, True):
                        return True
        return False

    for rule in rules:
        ruler.at(rule.name, rule.fn, {"alt": [name for name in rule.alt if name not in _ENDING_CHAINS]})
    ruler.before("paragraph", "ends_paragraph", ends_paragraph, {"alt": list(_ENDING_CHAINS)})
    paragraph = ruler.__rules__[ruler.__find__("paragraph")]
    ending = re.compile("\n[ \t]*[" + re.escape("".join(sorted({*own, *following}))) + "]")
    ruler.at("paragraph", _paragraph_to_empty_line(paragraph.fn, ending), {"alt": list(paragraph.alt)})


def _paragraph_to_empty_line(rule: Callable[..., bool], ending: re.Pattern[str]) -> Callable[..., bool]:
    """markdown-it's paragraph rule, which runs to the next empty line without reading each line when it can.

    The rule reads each line after the first until an empty one, the end,
    or one where a block starts (:func:`_paragraph_ends_by_first_character`).
    When no line up to the next empty one starts (after its blanks) with a
    character such a block starts at, or a table's delimiter row does,
    none ends it: the paragraph is made here as the rule makes it, up to
    that line. (A container's marks move a line's start past "> ", which
    is such a character, so there the rule itself runs.)
    """
    from markdown_it.common.utils import mdTrim

    def paragraph(state: Any, start_line: int, end_line: int, silent: bool) -> bool:
        next_line = start_line + 1
        if next_line < state.lineMax and not state.isEmpty(next_line):  # else the rule reads no line either
            start = state.eMarks[start_line]
            stop = _next(state, _EMPTY_LINE, start)
            if _next(state, ending, start) < stop:
                return rule(state, start_line, end_line, silent)
            next_line = min(bisect.bisect_left(state.bMarks, stop + 1), state.lineMax)
        state.line = next_line
        token = state.push("paragraph_open", "p", 1)
        token.map = [start_line, next_line]
        token = state.push("inline", "", 0)
        token.content = mdTrim(state.getLines(start_line, next_line, state.blkIndent, False))
        token.map = [start_line, next_line]
        token.children = []
        state.push("paragraph_close", "p", -1)
        return True

    return paragraph


def _html_block_needing_tags(rule: Callable[..., bool]) -> Callable[..., bool]:
    """markdown-it's HTML block rule, not tried on a line without ">" that no other HTML block starts.

    Its last kind of block starts with a whole tag on its line, read by a
    pattern that keeps a backtracking entry for each attribute: a line of
    "<a x x x ..." took 150 MB a megabyte, to find no tag. Without a ">"
    there is none; the other kinds start with fixed text.
    """
    from markdown_it.rules_block.html_block import HTML_SEQUENCES

    starts = [start for start, _, _ in HTML_SEQUENCES[:-1]]

    def html_block(state: Any, start_line: int, end_line: int, silent: bool) -> bool:
        pos = state.bMarks[start_line] + state.tShift[start_line]
        end = state.eMarks[start_line]
        if state.src[pos : pos + 1] != "<":
            return False  # as the rule itself decides, before any pattern
        if state.src.find(">", pos, end) < 0:
            line = state.src[pos:end]
            if not any(start.search(line) for start in starts):
                return False
        return rule(state, start_line, end_line, silent)

    return html_block


# The characters each inline rule can start at; at any other it returns
# False before reading further. "text" takes the rest.
_RULE_STARTS = {
    "newline": "\n",
    "math_inline": "$",
    "math_inline_double": "$",
    "escape": "\\",
    "backticks": "`",
    "link": "[",
    "image": "!",
    "footnote_ref": "[",
    "autolink": "<",
    "html_inline": "<",
    "entity": "&",
}


#: Pieces of text markdown-it's pending buffer takes before they are joined into its pending string.
_PENDING_JOIN = 1024


def _dispatch_by_first_character(md: MarkdownIt, validated: dict[str, Callable[..., bool]]) -> None:
    """Replace the inline rule chain with one rule that tries only the rules
    that can start at the current character, in the chain's order.

    markdown-it tries every rule at every character that stops its text
    rule, and each try is a Python call: a line of ``[]`` or ``{}`` took
    several seconds a megabyte. Each rule returns False at once at a
    character it cannot start at, so skipping those tries (and taking a run
    of characters no rule starts at as text, as markdown-it would one by
    one) finds the same tokens. An unknown rule keeps the whole chain.

    The rules in ``validated`` are called as they are, in validation mode,
    and their matches recorded here (what :func:`_recording` does, without
    its call for each construct).
    """
    ruler = md.inline.ruler
    names = ruler.get_active_rules()
    if any(name != "text" and name not in _RULE_STARTS for name in names):
        return
    fns = {rule.name: rule.fn for rule in ruler.__rules__}
    # Each rule with the code its matches are recorded under, or -1 for a
    # rule that records itself or nothing.
    by_char: dict[str, list[tuple[str, Callable[..., bool], int]]] = {}
    for name in names:
        entry = (name, validated[name], _RECORDED.index(name)) if name in validated else (name, fns[name], -1)
        for char in _RULE_STARTS.get(name, ""):
            by_char.setdefault(char, []).append(entry)
    # Where no link or footnote reference, or no tag, can be (see _impossible), the rules are not tried.
    skipped = {_NO_LINK: ("link", "image", "footnote_ref"), _NO_TAG: ("autolink", "html_inline")}
    tables = []
    for cannot in range(4):
        left_out = {name for bit, names in skipped.items() if cannot & bit for name in names}
        tables.append(
            {c: [(fn, code) for name, fn, code in rules if name not in left_out] for c, rules in by_char.items()}
        )
    # Characters no rule can start at, taken as plain text in one step; one
    # whose rules are all left out is one of them (a line of "<a " without
    # ">" kept two strings for every 3 characters, a line of "[a](" four).
    # When skipping (silent), "]" is not: a link label ends at the first "]"
    # it reaches by skipping one construct at a time, so "]" is taken one by
    # one, as markdown-it does.
    starts = ["".join(sorted(c for c, rules in table.items() if rules)) for table in tables]
    plains = {
        silent: [re.compile("[^" + re.escape(chars + ("]" if silent else "")) + "]+") for chars in starts]
        for silent in (False, True)
    }

    def first_character(state: Any, silent: bool) -> bool:
        src, end = state.src, state.posMax
        cannot = state.env.get(_CANNOT, 0)
        table, plain = tables[cannot], plains[silent][cannot].match
        max_nesting = state.md.options["maxNesting"]
        taken = False
        appended = 0
        # Tokenizing, go on to the next construct here rather than return to
        # markdown-it's loop, which would call this again at once: a call less
        # for each construct of a line of "$a" or "` ". Its loop stops at the
        # end and tries no rule past the nesting limit; so does this one.
        while True:
            pos = state.pos
            rules = table.get(src[pos])
            if rules:
                for rule, code in rules:
                    if code < 0:
                        if rule(state, silent):
                            break
                    elif rule(state, True):
                        records = None if silent else state.env.get(_KEY)
                        if records is not None:
                            records.add(pos, state.pos, code)
                        break
                else:
                    return taken  # markdown-it takes the character as text (on the next call, if this one took any)
            else:
                run = plain(src, pos, end)
                stop = run.end() if run else pos + 1  # "]"
                if not silent:
                    state.append_pending(src[pos:stop])
                    appended += 1
                    if appended % _PENDING_JOIN == 0:
                        _ = state.pending  # joins the pieces: a list of them held 8 bytes each ("$a$a": 2 a character)
                state.pos = stop
            if silent or state.pos >= end or state.level >= max_nesting:
                return True
            taken = True

    ruler.before(names[0], "first_character", first_character)
    ruler.disable(names)


def _inline_recording(code_spans_apart: bool) -> Callable[[Any], None]:
    """markdown-it's core inline step, keeping each inline token's records.

    With ``code_spans_apart``, content whose only construct can be code
    spans is not parsed: :func:`_code_span_records` records them.
    """

    def inline_recorded(state: Any) -> None:
        # A reference link or footnote may be any "[…]" once one is defined.
        references = bool(state.env.get("references")) or bool(state.env.get("footnotes", {}).get("refs"))
        for token in state.tokens:
            if token.type == "inline" and _MAY_PROTECT.search(token.content):
                records = _Records(token.content)
                if code_spans_apart and not _MAY_PROTECT_BUT_CODE.search(token.content):
                    _code_span_records(token.content, records)
                else:
                    state.env[_KEY] = records
                    state.env[_CANNOT] = _impossible(token.content, references)
                    state.md.inline.parse(token.content, state.md, state.env, token.children)
                token.meta[_KEY] = records.flat
        state.env.pop(_KEY, None)
        state.env.pop(_CANNOT, None)

    return inline_recorded


def _code_span_records(content: str, records: _Records) -> None:
    """Record the code spans markdown-it's backtick rule finds in ``content``, where no other recorded rule can match.

    A run of backticks opens a code span that the next run of as many
    closes; with none after it (the rule looks up the last run of each
    length), the rule takes the run alone, and it is recorded so. A line of "` ` ` " made markdown-it call four
    functions for each of its code spans; here they cost a step of a loop.
    """
    code = _RECORDED.index("backticks")
    last: dict[int, int] = {}
    for run in _BACKTICK_RUN.finditer(content):
        last[run.end() - run.start()] = run.start()
    runs = _BACKTICK_RUN.finditer(content)
    for opener in runs:
        length = opener.end() - opener.start()
        if last.get(length, -1) < opener.end():
            records.add(opener.start(), opener.end(), code)  # no run as long after it
            continue
        for closer in runs:
            if closer.end() - closer.start() == length:
                records.add(opener.start(), closer.end(), code)
                break


def _impossible(content: str, references: bool) -> int:
    """Which rules cannot match in ``content`` (bits ``_NO_LINK``, ``_NO_TAG``).

    A tag or an autolink needs a ">" after its "<": without one, markdown-it's
    tag pattern still tried every "<", and on a line of "<a x x x ..." kept a
    backtracking entry for each attribute.
    """
    cannot = 0 if references or _may_link(content) else _NO_LINK
    return cannot if content.find(">", content.find("<") + 1) >= 0 else cannot | _NO_TAG


def _may_link(content: str) -> bool:
    """Could a link start anywhere in ``content``? With no reference or footnote defined, only as ``[…](…)``.

    The link rule reads a label at every "[", skipping the constructs inside
    it, and a destination after it: a line of "[" or of "[a](" cost 5
    seconds a megabyte, to find no link. Without a "](" that a ")" follows
    there is none to find, and the rule is not tried.

    >>> _may_link("see [a](b)"), _may_link("[[[[a]]]]"), _may_link("[a]([a]([a](")
    (True, False, False)
    """
    label_end = content.find("](")
    return label_end >= 0 and content.find(")", label_end + 2) >= 0


def markdown_spans(text: str, prose_keys: Collection[str]) -> tuple[SpanBuffer, Spans]:
    """Protected spans of a Markdown document, and where its HTML is.

    Ignore comments count only inside the second list: a ``<!-- textrepair:
    off -->`` shown in a code block is an example, not a directive.
    """
    lines = Lines(text)
    prose = SpanBuffer()
    protected = SpanBuffer(bridge=True)
    html = SpanBuffer()
    source = text
    front = find_front_matter(text, prose_keys)
    if front is not None:
        prose.extend(front.prose)
        protected.extend(front.protected)
        source = "\n" * front.lines + text[front.end :]  # same line numbers, no front matter
    runs = _marker_runs(text, front.end if front is not None else 0)
    lines_at: tuple[list[int], list[int]] = ([], [])
    if runs:
        protected.extend(runs)
        source, lines_at = _collapsed(source, len(source) - len(text), runs)
    for tokens, after_cut in _parsed(source):
        _read(_restored(tokens, lines_at), lines, prose, protected, html)
        if after_cut is not None:  # a paragraph cut in two: the line break between the pieces is prose
            n = _line_before(after_cut, *lines_at)
            prose.add(lines.end(n - 1), lines.start(n))
    protected.extend(m.span() for m in _ESM.finditer(text))
    protected.extend(complement(prose.merged(), len(text)))
    return protected, html.merged()


def _read(tokens: list[Token], lines: Lines, prose: SpanBuffer, protected: SpanBuffer, html: SpanBuffer) -> None:
    """Add the prose, protected spans and HTML of a parse's tokens."""
    text = lines.text
    cursors: dict[int, int] = {}  # per line, where the next table cell is looked for
    in_table = 0
    skip_title = False
    for tok in tokens:
        kind = tok.type
        if kind == "table_open":
            in_table += 1
        elif kind == "table_close":
            in_table -= 1
        elif kind == "admonition_title_open":
            skip_title = True  # the title sits in quotes on the marker line
        elif kind == "inline" and tok.map is not None:
            if skip_title:
                skip_title = False
                continue
            _inline(tok, lines, cursors if in_table else None, prose, protected, html)
        elif kind == "html_block" and tok.map is not None:
            start, end = lines.start(tok.map[0]), lines.end(tok.map[1] - 1)
            prose.add(start, end)
            protected.extend(html_spans(text, start, end))
            html.add(start, end)


#: Documents longer than twice this are parsed a piece of about this many
#: characters at a time, cut where markdown-it starts afresh (see
#: :func:`_parsed`): its tokens take some 15 times the text they stand for,
#: which for a whole file of short paragraphs made the largest part of a
#: run's memory.
PIECE = 1 << 18
# A blank line, then a line that can only start a paragraph: no indentation, a letter.
# The line breaks are atomic: "\r" then "\n" is one break, not a blank line.
_FRESH_START = re.compile(r"(?>\r\n?|\n)[ \t]*(?>\r\n?|\n)(?=[A-Za-z])")


# A line break inside what may be a paragraph, where the paragraph may be
# cut: the next two lines start with a letter, or a number that no "." or ")"
# makes a list item's, so the first of them goes on a paragraph and starts no
# block (not a table's head, a definition's term).
_GOES_ON = r"(?:[A-Za-z]|[0-9]+(?![.)0-9]))"
_PARAGRAPH_GOES_ON = re.compile(rf"(?:\r\n?|\n)(?={_GOES_ON}[^\r\n]*(?:\r\n?|\n){_GOES_ON})")


# What may come before a link reference definition's "[" on its line: indentation, block quote and list markers.
_CONTAINERS = re.compile(r"[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+[ \t>]*)*")
_LABEL_END = re.compile(r"\]:")
_MAX_LABEL = 999  # CommonMark: a link label has at most 999 characters


def _may_define(source: str) -> bool:
    """Could ``source`` define a link reference or footnote ("[label]: ...", "[^1]: ...")?

    A label holds no unescaped bracket and its "[" starts a line, after
    container markers only; a "]:" in prose ("read [she knew how to
    read]:—") is none, and no longer makes a whole book parse at once.
    """
    for end in _LABEL_END.finditer(source):
        at = end.start()
        floor = max(0, at - _MAX_LABEL - 1)  # a label is at most 999 characters: each search is bounded
        while (at := source.rfind("[", floor, at)) > 0 and source[at - 1] == "\\":
            pass  # an escaped bracket is part of the label
        if at == -1 or "]" in source[at + 1 : end.start()].replace("\\]", ""):
            continue
        line = source.rfind("\n", 0, at) + 1
        if _CONTAINERS.fullmatch(source, line, at):
            return True
    return False


def _parsed(source: str) -> Iterator[tuple[list[Token], int | None]]:
    """markdown-it's tokens for ``source``, piece by piece, their line numbers the whole source's.

    A piece ends before a blank line and a line that can only start a
    paragraph, where the piece's last block is a paragraph at the top level:
    nothing is open there (no list, quote, fence or HTML block), so the
    next piece parses as it would in the whole. Link references and
    footnotes belong to the whole document (:func:`_may_define`), and a math
    block ("$$") unclosed in a piece would be a paragraph there, not a block
    running on: with either, the whole is parsed at once; so is the rest
    when a cut is not clean. (A fence or an HTML block left open runs to the
    piece's end, which is then not a paragraph.)

    A paragraph of more lines than a piece holds (a file of short lines
    with no blank one) is cut too, before a line that goes on with it
    (see :data:`_PARAGRAPH_GOES_ON`), when its text in the piece holds no
    character an inline construct starts at: then none runs across the
    cut, the rest parses as the paragraph's continuation would, and only
    the line break at the cut, prose in the whole, is not prose in the
    pieces. With each piece comes the line after such a cut, or None.
    """
    pos = line = 0
    whole = len(source) <= 2 * PIECE or _may_define(source) or "$$" in source
    # The last search for each kind of cut, reused while it still answers:
    # a search that found nothing past a point is not run again past it.
    found: dict[re.Pattern[str], tuple[int, re.Match[str] | None]] = {}

    def next_cut(pattern: re.Pattern[str], at: int) -> re.Match[str] | None:
        last = found.get(pattern)
        if last is None or at < last[0] or (last[1] is not None and at > last[1].start()):
            last = found[pattern] = (at, pattern.search(source, at))
        return last[1]

    mid_ok = True
    reach = tries = 0  # past a cut that was not clean, the next is looked for after it, a few times
    while True:
        at = max(pos + PIECE, reach)
        cut = None if whole else next_cut(_FRESH_START, at)
        goes_on = next_cut(_PARAGRAPH_GOES_ON, at) if mid_ok and not whole else None
        mid = goes_on is not None and (cut is None or goes_on.end() < cut.end())
        if mid:
            cut = goes_on
        if cut is None or len(source) - cut.end() < PIECE:
            yield _shifted(parser().parse(source[pos:], {}), line), None
            return
        tokens = parser().parse(source[pos : cut.end()], {})
        if not _closed(tokens, mid):
            if mid:
                mid_ok = False
            else:
                tries += 1
                whole = tries > CUT_TRIES
                reach = cut.end()
            continue
        tries = 0
        lines = _line_count(source, pos, cut.end())
        after = None
        if mid and tokens[-3].map is not None and tokens[-3].map[1] == lines:  # the paragraph runs to the cut
            if _MAY_PROTECT.search(tokens[-2].content):
                mid_ok = False
                continue
            after = line + lines
        yield _shifted(tokens, line), after
        line += lines
        pos = cut.end()


#: Cuts after one that was not clean tried before the rest of a file is parsed
#: whole. A book as Markdown ends a piece in a list or an indented block now
#: and then; giving up at the first such cut parsed the rest of 100 MB whole
#: (500 MB of tokens).
CUT_TRIES = 8
# Blocks that end where a blank line and an unindented line of letters follow:
# a closed container, a rule, an indented code block. Not a fence or an HTML
# block (they run on to their end marker) nor an open one.
_SELF_ENDING = frozenset({"hr", "code_block"})


def _closed(tokens: list[Token], mid: bool) -> bool:
    """Does a piece's parse end with nothing open, so the next piece parses as in the whole?

    A cut inside a paragraph (``mid``) needs the piece to end in that
    paragraph; a cut before a blank line and a line of letters, any
    top-level block that such a line ends.
    """
    if not tokens or tokens[-1].level != 0:
        return False
    kind = tokens[-1].type
    if mid:
        return kind == "paragraph_close"
    return kind.endswith("_close") or kind in _SELF_ENDING


def _shifted(tokens: list[Token], lines: int) -> list[Token]:
    if lines:
        for tok in tokens:
            if tok.map is not None:
                tok.map = [tok.map[0] + lines, tok.map[1] + lines]
    return tokens


def _line_count(text: str, start: int, end: int) -> int:
    """Line breaks in ``text[start:end]``, "\\r\\n", "\\r" and "\\n" alike."""
    return text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)


#: A run of at least this many lines holding nothing but block markers
#: (bullets, quote marks, rules, heading marks, table borders, list numbers)
#: is protected whole and given to markdown-it as one empty line: it makes a
#: list item of each "-" line, at 5 seconds and 400 MB a megabyte, and keeps
#: five numbers for each line; none of it is prose.
MARKER_RUN = 100
# Lines of markers only, as many as follow one another; possessive, so the
# pattern keeps no backtracking entry for each line.
_MARKER_LINES = re.compile(r"(?:^[-*+>#=|:_.)0-9 \t\r]*(?:\n|\Z))++", re.MULTILINE)


def _marker_runs(text: str, start: int) -> list[Span]:
    """Runs of ``MARKER_RUN`` lines or more from ``start`` on holding only block markers, blank lines among them.

    Each is a span from its first line's start to its last line's end. Fences
    (backticks, tildes), HTML, math and admonitions are not markers: the
    block they open goes on past the run.

    >>> _marker_runs("Title\\n" + "-\\n" * 150 + "text\\n", 0)
    [(6, 305)]
    """
    out: list[Span] = []
    for m in _MARKER_LINES.finditer(text, start):
        first, last = m.span()
        if text.count("\n", first, last) >= MARKER_RUN:
            out.append((first, last - 1 if text[last - 1] == "\n" else last))
    return out


def _collapsed(source: str, shift: int, runs: list[Span]) -> tuple[str, tuple[list[int], list[int]]]:
    """``source`` (``text`` whose first ``shift`` characters were replaced) with each run one empty line.

    And how to find the lines again: from each line number in the second
    list's first (the line after a run, in the new text) on, add its second.
    """
    pieces = []
    firsts: list[int] = []
    extras: list[int] = []
    pos = line = extra = 0
    for start, end in runs:
        start, end = start + shift, end + shift
        line += _line_count(source, pos, start)  # the run's first line, in the old text
        inside = _line_count(source, start, end)
        firsts.append(line - extra + 1)
        extra += inside
        extras.append(extra)
        line += inside
        pieces.append(source[pos:start])
        pos = end
    pieces.append(source[pos:])
    return "".join(pieces), (firsts, extras)


def _restored(tokens: list[Token], lines_at: tuple[list[int], list[int]]) -> list[Token]:
    """``tokens`` with the line numbers of the text before :func:`_collapsed`."""
    firsts, extras = lines_at
    if firsts:
        for tok in tokens:
            if tok.map is not None:
                tok.map = [_line_before(n, firsts, extras) for n in tok.map]
    return tokens


def _line_before(n: int, firsts: list[int], extras: list[int]) -> int:
    k = bisect.bisect_right(firsts, n)
    return n + extras[k - 1] if k else n


def _locate(tok: Token, lines: Lines, cursors: dict[int, int] | None) -> list[tuple[int, int, int]] | None:
    """(content offset, file offset, length) of each content line, or None."""
    first = tok.map[0] if tok.map else 0
    segments = []
    cpos = 0
    for i, cline in enumerate(tok.content.split("\n")):
        n = first + i
        if n >= len(lines):
            return None
        src = lines.line(n)
        if cursors is not None:
            off = src.find(cline, cursors.get(n, 0))
            if off >= 0:
                cursors[n] = off + len(cline)
        elif src.endswith(cline):
            off = len(src) - len(cline)
        else:
            stripped = src.rstrip()
            off = len(stripped) - len(cline) if stripped.endswith(cline) else src.find(cline)
        if off < 0:
            return None
        segments.append((cpos, lines.start(n) + off, len(cline)))
        cpos += len(cline) + 1
    return segments


def _inline(
    tok: Token,
    lines: Lines,
    cursors: dict[int, int] | None,
    prose: SpanBuffer,
    protected: SpanBuffer,
    html: SpanBuffer,
) -> None:
    """Add an inline token's prose, its protected inline constructs and its raw HTML."""
    records = _records(tok)
    if records is None and cursors is None and _whole_lines_prose(tok, lines, prose):
        return
    segments = _locate(tok, lines, cursors)
    if not segments:
        return
    prose.extend(_prose_lines(tok, lines, segments, in_table=cursors is not None))
    if records is not None:
        _protect_records(tok.content, records, segments, protected, html)


_LINE_BREAKS = re.compile(r"\r\n?")
_INDENTED_LINE = re.compile(r"\n[ \t]")


def _whole_lines_prose(tok: Token, lines: Lines, prose: SpanBuffer) -> bool:
    """Add the prose of an inline token whose content is its lines as they are, if it is; say whether it was.

    Then each content line is its whole source line, no line starts with a
    blank, and the last ends without one: :func:`_prose_lines` would join
    every line to the next, making one span of them all. Found with string
    comparisons instead of a search of each line, which for a paragraph of
    a million short lines took most of the time.
    """
    if tok.map is None:
        return False
    first, last = tok.map[0], tok.map[0] + tok.content.count("\n")
    if last >= len(lines):
        return False
    text = lines.text
    start, end = lines.start(first), lines.end(last)
    source = text[start:end]
    if "\r" in source:
        source = _LINE_BREAKS.sub("\n", source)  # as markdown-it reads the text
    if source != tok.content or not source or source[0] in " \t" or _INDENTED_LINE.search(source):
        return False
    while end < len(text) and text[end] in " \t":
        end += 1
    prose.add(start, end)
    return True


def _prose_lines(tok: Token, lines: Lines, segments: list[tuple[int, int, int]], in_table: bool) -> list[Span]:
    """Each content line's span in the file, without a continuation line's indentation."""
    text = lines.text
    last = len(segments) - 1
    out = []
    for i, (_, start, length) in enumerate(segments):
        end = start + length
        while start < end and text[start] in " \t":
            start += 1  # a continuation line's indentation is not prose
        if i < last:
            nxt = segments[i + 1][1]
            if lines.start(tok.map[0] + i + 1) == nxt:  # type: ignore[index]
                end = nxt  # the next line has no marker: the line break is prose
        elif not in_table:
            while end < len(text) and text[end] in " \t":
                end += 1
        out.append((start, end))
    return out


def _protect_records(
    content: str,
    records: Iterable[tuple[int, int, str]],
    segments: list[tuple[int, int, int]],
    protected: SpanBuffer,
    html: SpanBuffer,
) -> None:
    """Protect what the recorded inline rules matched; a raw element's content up to its closing tag."""
    starts = [s[0] for s in segments]

    def to_file(pos: int) -> int:
        cstart, fstart, _ = segments[bisect.bisect_right(starts, pos) - 1]
        return fstart + pos - cstart

    # A line's records map to the file by one shift, added without a call (a
    # line of "$a" has a record every 2 characters).
    single = len(segments) == 1
    shift = segments[0][1] - segments[0][0]
    add = protected.add
    open_raw: tuple[int, str] | None = None
    for start, end, name in records:
        if open_raw is None and name != "html_inline":
            if single:
                add(start + shift, end + shift)
            else:
                add(to_file(start), to_file(end))
            continue
        if name == "html_inline":
            html.append((to_file(start), to_file(end)))
            if open_raw is not None:
                if re.match(rf"</{open_raw[1]}\s*>", content[start:end], re.IGNORECASE):
                    protected.append((to_file(open_raw[0]), to_file(end)))
                    open_raw = None
                continue
            raw = _RAW_OPEN.match(content, start, end)
            if raw is not None and not content[start:end].endswith("/>"):
                open_raw = (start, raw[1].lower())
                continue
        if open_raw is None:
            protected.append((to_file(start), to_file(end)))
    if open_raw is not None:
        protected.append((to_file(open_raw[0]), to_file(len(content))))


def _records(tok: Token) -> Iterable[tuple[int, int, str]] | None:
    """The token's records sorted (start, end, rule name), or None if there are none.

    Kept as machine integers (12 bytes a record, not 130 for a tuple and its
    integers: a line of "` ` ` " has one every 4 characters) and read in
    place, through strided views rather than copies, when their starts
    increase, as they do but around links.
    """
    flat = tok.meta.get(_KEY)
    if not flat:
        return None
    view = memoryview(flat)
    starts, ends, codes = (view[k::_RECORD_SIZE] for k in range(_RECORD_SIZE))
    records = zip(starts, ends, map(_RECORDED.__getitem__, codes), strict=True)
    if all(map(operator.lt, starts, islice(starts, 1, None))):
        return records
    return sorted(records)
