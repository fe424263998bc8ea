"""SPC: stray spaces before punctuation, doubled, odd and trailing spaces."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from ..edits import apply_edits, compose_edits, until_stable
from ..markup.common import EMOJI_SHORTCODE
from ..model import MASK, Edit
from ..normalizer import Document, Normalizer

# Wide and foreign spaces that only copy-paste puts between English words.
# Thin, hair and narrow no-break spaces are deliberate typography (between
# nested quotes, in "10 000") and a lone no-break space binds "10 km": those
# stay, though a no-break space doubling another space goes.
ODD_SPACES = ("\u00a0", "\u1680", "\u205f", "\u3000", *map(chr, range(0x2000, 0x2009)))
_ODD = "".join(ODD_SPACES)  # for character classes
# Where a run that may need an edit starts: two spaces, any odd space, or a
# space before punctuation (plain single spaces are most of any text, so the
# scan looks for these cheaply and the run is measured in Python).
# Odd spaces are rare: a text without them is scanned for the plain-space
# seeds alone, with the literal space as the scan's prefix (several times faster).
_SEED = re.compile(rf" (?=[ ,.;:!?{_ODD}])|[{_ODD}]")
_SPACE_SEED = re.compile(rf" (?=[ ,.;:!?{_ODD}])")
_RUN_CHARS = frozenset(" " + _ODD)
_ODD_SPACE = re.compile(f"[{_ODD}]")
_PUNCT = frozenset(",.;:!?")
#: Runs of more spaces than this between words are layout (alignment, a gap kept
#: on purpose), never a typing slip: only two spaces are collapsed.
_SLIP_SPACES = 2


def _has_odd(text: str) -> bool:
    return any(c in text for c in ODD_SPACES)


def _may_trail(text: str, odd: bool) -> bool:
    """Can any line end in white space? A few substring tests spare most texts the scan."""
    return odd or text.endswith((" ", "\t")) or any(s in text for s in (" \n", "\t\n", " \r", "\t\r"))


def _runs(text: str, odd: bool) -> Iterator[tuple[int, int]]:
    """Maximal runs of spaces between two non-space characters that may need an edit."""
    end = 0
    n = len(text)
    for m in (_SEED if odd else _SPACE_SEED).finditer(text):
        if m.start() < end:
            continue  # inside the previous run
        start = m.start()
        while start > 0 and text[start - 1] in _RUN_CHARS:
            start -= 1
        end = m.end()
        while end < n and text[end] in _RUN_CHARS:
            end += 1
        if start == 0 or end == n or text[start - 1].isspace() or text[end].isspace():
            continue  # indentation, line ends, tabs: not between words
        yield start, end


# The last character of trailing white space; the run is measured back from it
# (a pattern for the whole run retries at every space of every line).
_TRAILING_END = re.compile(rf"[ \t{_ODD}](?=\r?\n|\r|\Z)")
#: What SPC004 removes at the end of a line.
TRAILING_SPACE = " \t" + _ODD
_TRAILING_CHARS = frozenset(TRAILING_SPACE)
_SPACED_REPEAT = re.compile(r"([.!?])\s+\1")
_EMOTICON = re.compile(r"[:;=]-?[)(DPpOo3/\\|\]\[*](?!\w)")


class _Lines:
    """Line starts and ends of ``text``, found once: no scan back to the line start per run.

    Lines end at "\n" (a lone "\r" does not end one, as before). The column
    matches of a line are measured once too, however many runs it holds.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._newlines: list[int] | None = None
        self._columns: dict[int, tuple[list[int], list[int], frozenset[int]]] = {}
        self._has_text: dict[int, int] = {}  # line start -> its first non-space offset
        self._next_has_text: dict[int, bool] = {}

    @property
    def newlines(self) -> list[int]:
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        return self._newlines

    def start(self, pos: int) -> int:
        """``text.rfind("\n", 0, pos) + 1``."""
        i = bisect_left(self.newlines, pos)
        return self.newlines[i - 1] + 1 if i else 0

    def end(self, pos: int) -> int:
        """``text.find("\n", pos)``, or the text's length when there is none."""
        i = bisect_left(self.newlines, pos)
        return self.newlines[i] if i < len(self.newlines) else len(self.text)

    def columns(self, start: int) -> tuple[list[int], list[int], frozenset[int]]:
        """Starts and ends of the multiple-space runs of the line at ``start``, and their end columns."""
        found = self._columns.get(start)
        if found is None:
            spans = [m.span() for m in _MULTI.finditer(self.text, start, self.end(start))]
            ends = [e for _, e in spans]
            found = [s for s, _ in spans], ends, frozenset(e - start for e in ends)
            self._columns[start] = found
        return found

    def has_text(self, start: int, pos: int) -> bool:
        """``text[start:pos].strip() != ""`` for the line at ``start``."""
        first = self._has_text.get(start)
        if first is None:
            m = _NON_SPACE.search(self.text, start, self.end(start))
            first = self._has_text[start] = m.start() if m else len(self.text) + 1
        return first < pos

    def next_line_has_text(self, end: int) -> bool:
        """:func:`_next_line_has_text`, measured once per line."""
        nl = self.end(end)
        found = self._next_has_text.get(nl)
        if found is None:
            found = self._next_has_text[nl] = _next_line_has_text(self.text, end)
        return found


_NON_SPACE = re.compile(r"\S")


def _stray_before_punct(text: str, start: int, end: int, lines: _Lines | None = None) -> bool:
    """Is the space run text[start:end] stray before the punctuation at end?

    Not before an ellipsis ("that ... NATO"), a decimal (".5"), an emoticon,
    a ratio or time ("3 : 1"), a file extension (".com") or ":emoji:".
    """
    prev = text[start - 1]
    abbreviation = prev == "." and text[end] in ",;:" and _abbreviation_before(text, start - 1)  # "5 p.m. ,"
    if not (prev.isalnum() or prev in ")]\"'\u201d\u2019" or prev == MASK or abbreviation):  # MASK: `code` ,
        return False  # after other punctuation: ". . .", "! ! !", ", ;" lists
    follow = text[end + 1 : end + 3]
    if follow[:1] == "." or follow[:1].isalnum() or follow[:1] == "_":
        return False
    if follow[:1] in _CODE_AFTER or text.startswith("::", end):
        return False  # a path or an operator: "the ./themes directory", "arg1 != arg2", "x := 1", "::"
    # A line's end counts as the space after the mark: SPC004 removes the
    # space there, which must not change this verdict on a second repair.
    if follow[:1] in (" ", "\t", "\n", "\r", "") and _names_mark(text, start):
        return False  # the mark is named, not used: "the dot . updated", "the comma , then"
    if _SPACED_REPEAT.match(text, end):
        return False  # a spaced ellipsis or run: ". . .", "! ! !", even across a line break
    if _EMOTICON.match(text, end):
        return False
    if text[end] == ":":
        if EMOJI_SHORTCODE.match(text, end):
            return False  # ":+1:", ":-1:" (":smile:" already stops at the letter)
        line_start = (lines or _Lines(text)).start(start)
        # "3 : 1", and a label before a separator: "((WSS)) : Why did you ..."
        # Any space counts, not only a plain one: SPC003 makes the odd ones
        # plain, and the verdict must not change on a second repair.
        spaced = text.rfind(" ", line_start, start) != -1 or _ODD_SPACE.search(text, line_start, start) is not None
        return not (prev.isdigit() or not spaced)
    return True


_ABBREVIATIONS = frozenset("etc inc ltd co corp jr sr vs approx dept st".split())  # noqa: SIM905
# Characters that, right after the punctuation, make it the start of a path
# ("./themes", ".\\bin") or of an operator ("!=", ":=", "?="): code written
# in prose, as documentation does, where the space belongs.
_CODE_AFTER = frozenset("/\\=")
# Words before a punctuation mark standing alone that show the mark is the
# subject, not a sentence's end: "the" cannot end a clause, and these nouns
# name the mark itself ("the dot . updated", "the comma , then"). Matched as
# written; "a" is left out, as a letter it ends lists ("options a , b").
_NAMES_A_MARK = frozenset(
    "The the dot period point comma colon semicolon character char symbol sign mark operator bang".split()  # noqa: SIM905
)


_LONGEST_NAME = max(map(len, _NAMES_A_MARK))
#: The last two letters of each name: a word ending otherwise is none of them,
#: told without walking back over it (0.3 s a megabyte of "word , ").
_NAME_ENDINGS = frozenset(name[-2:] for name in _NAMES_A_MARK)


def _names_mark(text: str, start: int) -> bool:
    """Is the word before the space run at ``start`` one that names the punctuation after it?"""
    if text[start - 2 : start] not in _NAME_ENDINGS:
        return False
    begin = start
    floor = max(0, start - _LONGEST_NAME - 1)  # a longer word is none of them: no walk back over it
    while begin > floor and text[begin - 1].isalpha():
        begin -= 1
    return begin < start and text[begin:start] in _NAMES_A_MARK


#: What :func:`_exposes` looks for after a removal, looked for anywhere.
_EXPOSED = re.compile("[,.;:!?] [,.;:!?]")


def _exposes(text: str, end: int) -> bool:
    """After a removal ending at ``end``: punctuation, a space, punctuation again ("p.m . ,")?"""
    return text[end : end + 1] in _PUNCT and text[end + 1 : end + 2] == " " and text[end + 2 : end + 3] in _PUNCT


def _abbreviation_before(text: str, dot: int) -> bool:
    """Does the full stop at ``dot`` end an abbreviation ("p.m.", "U.S.", "etc."), not a sentence?"""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot]
    if not word or not word[0].isalpha() or ".." in word:
        return False
    return "." in word or word.casefold() in _ABBREVIATIONS


class FixSpacing(Normalizer):
    """Remove spaces before punctuation; fold doubled, odd and trailing spaces.

    ## What it does
    - SPC001: ``aimed for .`` → ``aimed for.`` (also ``,;:!?``), but not an
      ellipsis, decimal, emoticon, ratio, ``.com``, the start of a path or
      operator (``the ./themes directory``, ``arg1 != arg2``) or a mark named
      in prose (``the dot . updated``).
    - SPC002: two spaces between words inside a sentence become one; spaces
      after a full stop, column alignment and dot leaders are left alone.
    - SPC003: wide (em, en, ideographic) spaces between words, and no-break
      spaces doubling a space, become one plain space; a lone no-break space
      ("10\u00a0km") and thin or hair spaces are deliberate and stay.
    - SPC004: spaces and tabs at the end of a line are removed, except exactly
      two after text before a non-blank line (a Markdown hard break).
    Indentation is never changed.

    ## Why
    Machine translation, OCR and copy-paste leave these; they break
    word matching and look careless.

    ## Example
    >>> from textrepair import repair
    >>> repair("aimed  for .", select=["SPC"]).text
    'aimed for.'
    """

    name = "spacing"
    code = "SPC"
    rules = {
        "SPC001": "space before punctuation",
        "SPC002": "doubled space inside a sentence",
        "SPC003": "no-break or odd space between words",
        "SPC004": "trailing whitespace",
    }

    def find(self, text: str, doc: Document) -> list[Edit]:
        first = self._find_once(text)

        def look_again(looks: _Looks) -> tuple[_Looks, bool]:
            # One removal can expose the next ("p.m . ," -> "p.m. ,"), or shift a
            # line out of line with a column its neighbour kept: look again,
            # so that a second repair finds nothing.
            edits, last, current = looks
            # A text with nothing exposed anywhere is not asked about each removal.
            exposed = _EXPOSED.search(current) is not None and any(_exposes(current, e.end) for e in last)
            if not (exposed or _may_align(current)):
                return looks, False
            current = apply_edits(current, last)
            last = self._find_once(current)
            return (compose_edits(text, edits, last) if last else edits, last, current), bool(last)

        if not first:
            return first
        edits, _, _ = until_stable(look_again, (first, first, text), _MAX_LOOKS)
        return edits

    def _find_once(self, text: str) -> list[Edit]:
        edits: list[Edit] = []
        odd = _has_odd(text)
        lines = _Lines(text)
        # One line has no rows above or below: its runs line up with none (as _in_columns
        # finds, at a call and two searches a run: a sixth of a one-line text's time).
        may_align = "\n" in text
        for start, end in _runs(text, odd):
            run = text[start:end]
            nxt = text[end]
            if nxt in _PUNCT and _stray_before_punct(text, start, end, lines):
                edits.append(self.edit(text, start, end, "", "SPC001", f"space before {nxt!r}"))
                continue
            if run == " ":
                continue
            if set(run) == {" "}:
                if (
                    len(run) > _SLIP_SPACES
                    or (text[start - 1] in _SENTENCE_END_OR_CLOSER and _after_sentence(text, start))
                    or (may_align and _in_columns(text, start, lines))
                    or _leaders(text, end)
                ):
                    continue
                edits.append(self.edit(text, start, end, " ", "SPC002", "doubled space"))
            elif run == "\u00a0":
                continue
            else:
                edits.append(self.edit(text, start, end, " ", "SPC003", "no-break or odd space"))
        if _may_trail(text, odd):
            edits.extend(self._trailing(text, lines))
        edits.sort(key=lambda e: e.start)
        return edits

    def _trailing(self, text: str, lines: _Lines | None = None) -> list[Edit]:
        lines = lines or _Lines(text)
        out = []
        for m in _TRAILING_END.finditer(text):
            start, end = m.span()
            line_start = lines.start(start)
            while start > line_start and text[start - 1] in _TRAILING_CHARS:
                start -= 1
            if text[start:end] == "  " and lines.has_text(line_start, start) and lines.next_line_has_text(end):
                continue  # Markdown hard break
            out.append(self.edit(text, start, end, "", "SPC004", "trailing whitespace"))
        return out


_MULTI = re.compile(r"(?<=\S) {2,}(?=\S)")
#: Looks at the text after its own removals: each may shift a line's columns once more.
_MAX_LOOKS = 3
#: (edits so far against the text, the last look's edits, the text that look saw).
_Looks = tuple[list[Edit], list[Edit], str]


def _may_align(text: str) -> bool:
    """Do two neighbouring lines both hold a run of spaces between words (maybe columns)?"""
    if "  " not in text or "\n" not in text:
        return False  # no run, or one line: no neighbours
    lines = _Lines(text)
    last = -2
    for m in _MULTI.finditer(text):
        line = bisect_left(lines.newlines, m.start())
        if line - last == 1:
            return True
        last = line
    return False


def _in_columns(text: str, pos: int, lines: _Lines | None = None) -> bool:
    """Is the space run at ``pos`` in a row of columns: does any run of its line line up with one above or below?

    The whole line, not the run alone: removing one doubled space of a row
    would shift the runs after it out of line, and a second repair would
    then remove those too.
    """
    lines = lines or _Lines(text)
    start = lines.start(pos)
    end = lines.end(pos)
    if not start and end == len(text):
        return False  # one line, nothing above or below: its runs need not be measured
    starts, ends, cols = lines.columns(start)
    i = bisect_right(starts, pos) - 1
    if i < 0 or pos >= ends[i]:
        return False
    if start and not cols.isdisjoint(lines.columns(lines.start(start - 1))[2]):
        return True
    return end < len(text) and not cols.isdisjoint(lines.columns(end + 1)[2])


def _leaders(text: str, end: int) -> bool:
    """Dot leaders of a table of contents: "Society  . . . . 100"."""
    return text.startswith((". .", ".."), end)


#: What may close a sentence before the spaces after it.
_CLOSERS = "\"')]\u201d\u2019"
_SENTENCE_ENDS = (".", "!", "?", ":")
#: The characters a space run after a sentence can follow: a text of "word  word"
#: has none, and its runs are told so without the call.
_SENTENCE_END_OR_CLOSER = frozenset(_CLOSERS + "".join(_SENTENCE_ENDS))


def _after_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(_CLOSERS)
    return before.endswith(_SENTENCE_ENDS)


def _next_line_has_text(text: str, end: int) -> bool:
    nl = text.find("\n", end)
    if nl == -1:
        return False
    nxt = text.find("\n", nl + 1)
    return text[nl + 1 : nxt if nxt != -1 else len(text)].strip() != ""
