"""One text as the proper-noun rule reads it: its capitalised words, and what the whole text says about a fix."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ...chars import UPPER_LIKE
from ...names.lexicon import MIN_FUZZY_LEN, NameLexicon
from .fix import Fix, Token
from .tuning import ADJECTIVES, EXPECTED_UNKNOWN_NAMES, REPEATED, REPEATED_WORD, SEEN

#: A capitalised word, not the tail of "d'Artagnan" nor the head of "Kyiv2"
#: (its first letter still to be checked with ``str.isupper()``). The capital
#: comes first and the look-behinds after it, so that ``re`` scans for the
#: class alone, as fast as ``regex`` with ``\p{Lu}``.
CAPITALISED = re.compile(
    f"[{UPPER_LIKE}]" + r"(?<![^\W_].)(?<!\w['\u2019].)[^\W\d_]*+(?:['\u2019](?![sS]\b)[^\W\d_]++)*+(?![\d_])"
)


class Scan:
    """A text, its capitalised words in order, and the facts about the whole text that weigh a fix.

    The facts are gathered on first need: most texts need none of them.
    """

    def __init__(self, text: str, lex: NameLexicon, styles: frozenset[str]) -> None:
        self.text = text
        self.lex = lex
        self.styles = styles
        spans: list[tuple[int, int]] = []
        words: list[str] = []
        for m in CAPITALISED.finditer(text):
            if m[0][0].isupper():
                spans.append(m.span())
                words.append(m[0])
        self.spans = spans
        self.words = words  # the capitalised words, in order
        self.keys = list(map(str.casefold, words))  # the same, casefolded
        self.searched: dict[str, Fix | None] = {}  # a lone word's fuzzy fix, by casefolded word
        self._counts: Counter[str] | None = None
        self._unknown: set[str] | None = None
        self._countries: set[str] | None = None
        self._adjectives: tuple[Counter[str], int] | None = None

    def token(self, i: int) -> Token:
        """The ``i``-th capitalised word."""
        return Token(*self.spans[i], self.words[i])

    def mentioned(self) -> set[str]:
        """ISO codes of the countries the text names (by country, demonym or city)."""
        if self._countries is None:
            mentions = self.lex.mentions
            self._countries = {mentions(k) for k in set(self.keys)} - {""}
        return self._countries

    def unknown_names(self) -> set[str]:
        """The text's capitalised words that no lexicon knows and English rarely uses (casefolded)."""
        if self._unknown is None:
            lex = self.lex
            self._unknown = {
                k
                for k in set(self.keys)
                if len(k) >= MIN_FUZZY_LEN and k.isalpha() and lex.zipf(k) < SEEN and not lex.knows(k)
            }
        return self._unknown

    def adjective_cases(self, lowercase: list[Token]) -> tuple[Counter[str], int]:
        """The text's nationality and language words: capitalised ones (casefolded), and how many are in lower case.

        ``lowercase`` holds the lower-case words PRN002 may capitalise.
        """
        if self._adjectives is None:
            lex = self.lex
            capitalised: Counter[str] = Counter()
            for word in self.words:
                entry = lex.casing_entry(word.casefold())
                if entry is not None and entry.kind in ADJECTIVES:
                    capitalised[word.casefold()] += 1
            lower = 0
            for tok in lowercase:
                entry = lex.casing_entry(tok.word)
                lower += entry is not None and entry.kind in ADJECTIVES
            self._adjectives = capitalised, lower
        return self._adjectives

    def with_context(self, tok: Token, fix: Fix) -> Fix:
        """Weigh a fix by the rest of the text: the correct name elsewhere, or the word repeated."""
        if not fix.safe:
            return fix
        if self._counts is None:
            self._counts = Counter(self.words)
        uses = self._counts[tok.word]
        if uses >= REPEATED and uses >= self._counts[fix.after]:
            return fix.doubted(f"used {uses} times, so maybe intended", REPEATED_WORD)
        unknown = len(self.unknown_names() - {tok.word.casefold()})
        if unknown > EXPECTED_UNKNOWN_NAMES:
            odds = fix.confidence / (1.0 - fix.confidence) * (1 + EXPECTED_UNKNOWN_NAMES) / (1 + unknown)
            message = fix.message + f"; the text names {unknown} others no lexicon knows"
            return replace(fix, message=message, confidence=round(odds / (1.0 + odds), 2))
        return fix
