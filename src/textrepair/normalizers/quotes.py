"""QUO: one quote style per document."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..edits import joined_message
from ..model import Edit
from ..normalizer import Document, Normalizer

_STRAIGHT = {
    "\u02bc": "'",  # modifier letter apostrophe: ftfy's fix of "ŉ" gives "ʼn"; ftfy's uncurl_quotes straightens it too
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
}
_CURLY = "".join(_STRAIGHT)
_STRAIGHT_TABLE = str.maketrans(_STRAIGHT)
_CURLY_RE = re.compile(f"[{_CURLY}]")
_CURLY_RUN_RE = re.compile(f"[{_CURLY}]+")
_ASCII_RE = re.compile(r"""['"]""")
# A curly quote's UTF-8 bytes read as cp1252 or Latin-1 ("â€™", "â\x80\x9c"): the
# encoding rule, which runs first, makes each a curly quote before this rule reads it.
_MOJIBAKE_CURLY_RE = re.compile("\u00e2[\u20ac\x80][\u02dc\u2122\u0153\x98\x99\x9c\x9d]")
# Elisions that start with an apostrophe: 'tis, 'em, rock 'n' roll, the '90s.
_ELISION = re.compile(r"'(?:tis|twas|til|em|cause|n'?|bout|round|\d\d(?:s\b|\b))", re.IGNORECASE)
_OPENERS = "([{\u2014\u2013-/"


class NormalizeQuotes(Normalizer):
    """Give the document one quote style: its own, straight or curly.

    ## What it does
    With ``quote-style = "straight"`` (the library's default) every
    typographic quote and apostrophe becomes ASCII. With ``"curly"`` ASCII
    quotes become typographic: ``’`` in contractions, possessives and
    elisions ('90s), opening or closing quotes by position, so nested quotes
    come out right. With ``"document"`` (the default of ``textrepair
    check/fix`` and the pre-commit hook) a document written in one style is
    left alone and a mixed one takes the style most of its quotes already
    have (a tie goes to straight). ``"keep"`` changes nothing. Primes after
    digits (5'10") are left alone, and quotes inside protected text (code,
    URLs, markup) neither change nor count.

    ## Why
    Scraped and pasted text mixes both styles in one sentence, and word rules
    match either once the style is one. A documentation repository that
    writes curly quotes on purpose is not damaged, and a hook must not
    rewrite it.

    ## Example
    >>> from textrepair import repair
    >>> repair("“It’s late,” he said.", select=["QUO"]).text
    '"It\\'s late," he said.'
    >>> repair('"It\\'s late," he said.', select=["QUO"], quote_style="curly").text
    '“It’s late,” he said.'
    >>> repair("“It’s late,” he said.", select=["QUO"], quote_style="document").text
    '“It’s late,” he said.'
    >>> repair('“It’s late,” he said. "Go."', select=["QUO"], quote_style="document").text
    '“It’s late,” he said. “Go.”'
    """

    name = "quotes"
    code = "QUO"
    rules = {
        "QUO001": "typographic quote straightened (quote-style straight, or a mostly straight document)",
        "QUO002": "straight quote curled (quote-style curly, or a mostly curly document)",
    }

    def find(self, text: str, doc: Document) -> list[Edit]:
        style = self.options.quote_style
        if style == "straight":
            return self._straighten(text, "")
        if style == "curly":
            return self._curl(text, "")
        if style == "document":
            return self._majority(text, doc.surveys.get(self.name) or _styles(text))
        return []

    def survey(self, parts: Iterable[str]) -> tuple[int, int] | None:
        """The whole text's counts of (curly, straight) quotes, when its majority decides the style.

        Read before the encoding rule has repaired anything, so the quotes
        it will make of mojibake count as curly, as they do when the whole
        text is repaired at once.
        """
        if self.options.quote_style != "document":
            return None
        curly = straight = 0
        for part in parts:
            c, s = _styles(part, sum(1 for _ in _MOJIBAKE_CURLY_RE.finditer(part)), count_straight=True)
            curly, straight = curly + c, straight + s
        return curly, straight

    def _majority(self, text: str, counts: tuple[int, int]) -> list[Edit]:
        """Edits towards the style most of the document's quotes have; none when it has one style."""
        curly, straight = counts
        if not curly or not straight:
            return []
        # Only quotes that would change are counted: primes and lone quotes
        # stay straight under either style, so they say nothing about it, and
        # a document once repaired has one style (repair is idempotent).
        why = f" (the document's majority style: {curly} curly, {straight} straight)"
        if curly > straight:
            return self._curl(text, why)
        return self._straighten(text, why)

    # A text dense with quotes makes an edit of each: one message string for
    # each change, not for each edit, and no call per edit beyond the Edit. A
    # run of touching quotes is one edit, as the pipeline would join them
    # (edits.coalesce): "“”“”…" made an edit, and its checks, a character.
    def _straighten(self, text: str, why: str) -> list[Edit]:
        messages = {c: f"{c} → {straight}{why}" for c, straight in _STRAIGHT.items()}
        name = self.name
        edits = []
        for m in _CURLY_RUN_RE.finditer(text):
            run = m[0]
            if len(run) == 1:
                edits.append(Edit(m.start(), m.end(), run, _STRAIGHT[run], "QUO001", name, messages[run]))
            else:
                message = joined_message(messages[c] for c in run)
                edits.append(Edit(m.start(), m.end(), run, run.translate(_STRAIGHT_TABLE), "QUO001", name, message))
        return edits

    def _curl(self, text: str, why: str) -> list[Edit]:
        edits = []
        messages: dict[tuple[str, str], str] = {}
        name = self.name
        for m in _ASCII_RE.finditer(text):
            i = m.start()
            after = _curled(text, i)
            if after:
                message = messages.get((m[0], after))
                if message is None:
                    message = messages[m[0], after] = f"{m[0]} → {after}{why}"
                edits.append(Edit(i, i + 1, m[0], after, "QUO002", name, message))
        return edits


def _styles(text: str, more_curly: int = 0, *, count_straight: bool = False) -> tuple[int, int]:
    """How many quotes of ``text`` are curly (and ``more_curly``), and how many straight ones would change if curled.

    Without ``count_straight``, straight quotes are not counted in a text with no curly ones.
    """
    # Counted in place: findall made a string for each quote (90 MB for a MB of them).
    curly = sum(map(text.count, _CURLY)) + more_curly
    if not curly and not count_straight:
        return 0, 0  # straight or no quotes at all: the common case, decided without a scan
    return curly, sum(1 for m in _ASCII_RE.finditer(text) if _curled(text, m.start()))


def _curled(text: str, i: int) -> str | None:
    q = text[i]
    prev = text[i - 1] if i else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if prev.isdigit() and (not nxt.isalpha()):
        return None  # a prime: 5'10", 12"
    if q == "'":
        if prev.isalnum() and nxt.isalnum():
            return "\u2019"  # don't, O'Brien
        if (not prev or prev.isspace() or prev in _OPENERS or prev in '"\u201c') and _ELISION.match(text, i):
            return "\u2019"
    opening = not prev or prev.isspace() or prev in _OPENERS or prev in "\u201c\u2018"
    if opening and (not nxt or nxt.isspace() or nxt in ".,;:!?)]}"):
        return None  # a lone quote between spaces or before punctuation: no way to tell
    if q == '"':
        return "\u201c" if opening else "\u201d"
    return "\u2018" if opening else "\u2019"
