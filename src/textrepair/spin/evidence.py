"""How strongly a paragraph and a document show spinner output.

Every lexicon match and leaked spintax group is a *fingerprint*. Fingerprints
of unambiguous (``fix``) entries and spintax are strong; ``report`` entries
are half as strong; ``context`` entries are ordinary words that clean text
uses too ("army", "current", "final"), so they count only beyond the rate at
which clean news and books contain them (:data:`CONTEXT_BASELINE`).

Context entries are counted once per paragraph however often they recur:
spinners vary their swaps, while clean prose may repeat one ordinary phrase
("shall be" four times in a paragraph).

The evidence *for one match* leaves that match out and combines, noisy-or
style, a local term (the other fingerprints of its paragraph) and a document
term (fingerprint density per 100 words in the other paragraphs, padded to
:data:`MIN_WORDS` so that two fingerprints in a short text do not look like
a flood). One strong fingerprint next to a context word is not enough to
change it; two are, and so is a document dense with them.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

#: Context-entry matches per 100 words that count as normal. Clean books and news
#: average 0.09 with the shipped lexicons (benchmarks/spinner_fp.py), and a news
#: article can reach 1 ("stated" five times); densely spun text shows 5 to 10.
CONTEXT_BASELINE = 0.25
#: Documents shorter than this count as this long when computing densities.
MIN_WORDS = 150
#: Strength of one strong fingerprint in the same paragraph (noisy-or factor).
LOCAL_STRONG = 0.45
#: Strength of one context fingerprint beyond the expected number in a paragraph.
LOCAL_CONTEXT = 0.1
#: Weights of the document density terms (per 100 words).
DOC_STRONG = 0.8
DOC_CONTEXT = 0.12

WEIGHTS = {"fix": 1.0, "spintax": 1.0, "report": 0.5, "context": 0.0}

_PARA_SPLIT = regex.compile(r"\r?\n[ \t\r]*\n\s*")


@dataclass(slots=True)
class Fingerprint:
    start: int
    end: int
    kind: str  # fix | context | report | spintax
    text: str
    original: str
    source: str

    @property
    def strong(self) -> float:
        return WEIGHTS[self.kind]

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "text": self.text,
            "original": self.original,
            "source": self.source,
        }


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    words: int
    prints: list[Fingerprint] = field(default_factory=list)
    strong: float = 0.0
    sources: Counter[str] = field(default_factory=Counter)  # context entries seen here

    @property
    def context(self) -> int:
        """Distinct context entries: a paragraph repeating one ordinary phrase is not spun."""
        return len(self.sources)

    def context_without(self, f: Fingerprint) -> int:
        """Distinct context entries other than ``f``'s own: its repeats do not vouch for it."""
        return self.context - (f.kind == "context" and f.source in self.sources)

    def score(self) -> float:
        return _local(self.strong, self.context, self.words)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "score": round(self.score(), 4),
            "fingerprints": [f.to_dict() for f in self.prints],
        }


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs: blocks between blank lines, or lines when there are no blank lines."""
    splitter = _PARA_SPLIT if _PARA_SPLIT.search(text) else regex.compile(r"\n\s*")
    spans = []
    pos = 0
    for m in splitter.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _local(strong: float, context: int, words: int) -> float:
    excess = max(0.0, context - CONTEXT_BASELINE * words / 100)
    return 1.0 - float((1 - LOCAL_STRONG) ** strong * (1 - LOCAL_CONTEXT) ** excess)


def _document(strong: float, context: int, words: int) -> float:
    per100 = 100 / max(words, MIN_WORDS)
    x = DOC_STRONG * strong * per100 + DOC_CONTEXT * max(0.0, context * per100 - CONTEXT_BASELINE)
    return 1 - math.exp(-x)


class Evidence:
    """Fingerprints grouped by paragraph, with the evidence model over them."""

    def __init__(self, text: str, prints: Sequence[Fingerprint]) -> None:
        spans = paragraph_spans(text) if prints else []
        self.paragraphs = [Paragraph(s, e, len(text[s:e].split())) for s, e in spans]
        self.words = sum(p.words for p in self.paragraphs)
        self._starts = [p.start for p in self.paragraphs]
        self.strong = 0.0
        self.context = 0
        for f in prints:
            p = self.paragraph_of(f.start)
            if p is None:
                continue
            p.prints.append(f)
            p.strong += f.strong
            if f.kind == "context":
                p.sources[f.source] += 1
            self.strong += f.strong
        self.context = sum(p.context for p in self.paragraphs)

    def paragraph_of(self, pos: int) -> Paragraph | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0 or pos >= self.paragraphs[i].end:
            return None
        return self.paragraphs[i]

    def score(self) -> float:
        """Document spin score from 0 (none) to 1."""
        return _document(self.strong, self.context, self.words)

    def for_match(self, f: Fingerprint) -> float:
        """Evidence that ``f`` is spinner output, from everything but ``f`` itself.

        The document term counts only the other paragraphs, so that the same
        fingerprints are not counted twice.
        """
        p = self.paragraph_of(f.start)
        if p is None:
            return 0.0
        local = _local(p.strong - f.strong, p.context_without(f), p.words)
        doc = _document(self.strong - p.strong, self.context - p.context, self.words - p.words)
        return 1 - (1 - local) * (1 - doc)

    def to_signal(self) -> dict[str, Any]:
        """JSON-ready ``{"score", "paragraphs"}``; only paragraphs with fingerprints are listed."""
        return {
            "score": round(self.score(), 4),
            "paragraphs": [p.to_dict() for p in self.paragraphs if p.prints],
        }
