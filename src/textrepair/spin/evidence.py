"""How strongly a paragraph and a document show spinner output.

Every lexicon match and leaked spintax group is a *fingerprint*. Fingerprints
of unambiguous (``fix``) entries and spintax are strong; ``report`` entries
are half as strong; ``context`` entries are ordinary words that clean text
uses too ("army", "current", "final"), so they count only beyond the rate at
which clean news and books contain them (:data:`CONTEXT_BASELINE`), and each
by a weight for how unusual its phrase is in clean English
(:func:`context_weight`, :func:`swap_weight`): "rates of interest" is a
stronger sign than "stated" or "within the".

Context entries are counted once per paragraph however often they recur:
spinners vary their swaps, while clean prose may repeat one ordinary phrase
("shall be" four times in a paragraph).

The evidence *for one match* leaves that match out and combines, noisy-or
style, a local term and a document term. The local term counts the other
fingerprints of its paragraph, and more strongly the other *distinct*
context entries of its own sentence: spinners swap several words in every
sentence, while clean text seldom puts two or three unusual ones together.
The document term is the fingerprint density per 100 words in the other
paragraphs, padded to :data:`MIN_WORDS` so that two fingerprints in a short
text do not look like a flood. One strong fingerprint next to a context word
is not enough to change it; two are, and so are three distinct unusual
context entries in one sentence, or a document dense with them.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..chars import UPPER

#: Context-entry matches per 100 words that count as normal. Clean books and news
#: average 0.15 with the shipped lexicons (benchmarks/spinner_fp.py), and a news
#: article can reach 1 ("stated" five times); densely spun text shows 5 to 10.
#: Compared with weighted counts, so that common phrases use it up first.
CONTEXT_BASELINE = 0.25
#: Documents shorter than this count as this long when computing densities.
MIN_WORDS = 150
#: Strength of one strong fingerprint in the same paragraph (noisy-or factor).
LOCAL_STRONG = 0.45
#: Exponential rate per unit of weighted distinct context entries in the same sentence...
SENTENCE_CONTEXT = 0.8
#: ...and in the rest of the paragraph, beyond the expected number.
LOCAL_CONTEXT = 0.35
#: Beyond :data:`CROWD` other distinct context entries in the sentence, each adds
#: :data:`CROWD_BONUS` to their weights: four or five ordinary words swapped in one
#: sentence ("The agency mentioned ... dealing with ... fees ... staff") are a
#: spinner's mark even when each is common. Entries at :data:`MIN_WEIGHT` ("within
#: the", "shall be", "at present") are not counted: formal clean prose stacks them.
CROWD = 2
CROWD_BONUS = 0.4
#: Weights of the document density terms (per 100 words).
DOC_STRONG = 0.8
DOC_CONTEXT = 0.3

#: Commonness weights of context entries, from the Zipf frequency (wordfreq) of
#: the spun phrase's content words: the rarest of them, lowered by
#: :data:`COLLOCATION_ZIPF` for each further content word (a collocation of two
#: content words is far rarer than either word). Zipf :data:`COMMON_ZIPF` or more
#: gives :data:`MIN_WEIGHT`, 2 below it gives 1.
COMMON_ZIPF = 5.5
COLLOCATION_ZIPF = 1.0
MIN_WEIGHT = 0.15
#: A single content word is used in its own sense by clean text far more often
#: than its frequency suggests ("presently", "gathering"): its weight is scaled
#: by :data:`ONE_WORD_FACTOR` and capped at :data:`ONE_WORD_WEIGHT`, so that three
#: ordinary words in one sentence ("a famous general addressed the assembly,
#: and the gathering...") do not unlock one another.
ONE_WORD_FACTOR = 0.5
ONE_WORD_WEIGHT = 0.3

WEIGHTS = {"fix": 1.0, "spintax": 1.0, "report": 0.5, "context": 0.0}

#: Words that say nothing about where a phrase comes from ("within the", "ought to").
FUNCTION_WORDS = frozenset(
    """
    a an the and or but nor so yet if then than that this these those there here
    of in on at by for from to into onto upon with within without about above below over under
    through throughout during before after since until till against among amongst between
    across along around behind beyond near off out up down via per toward towards
    beside besides beneath underneath inside outside except
    i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
    one ones who whom whose which what when where why how whether
    be am is are was were been being do does did done doing have has had having
    will would shall should can could may might must ought need dare
    not no nor only also too very just even still ever never always often quite rather
    all any both each either neither every few many much more most less least some such
    other another same own as like unlike yes
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

# Both start with a literal newline, which ``re`` scans for quickly; a "\r"
# before it is left out of the paragraph by paragraph_spans.
_PARA_SPLIT = re.compile(r"\n[ \t\r]*\n\s*")
_LINE_SPLIT = re.compile(r"\n\s*")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@functools.cache
def _sentence_end() -> re.Pattern[str]:
    """A sentence ends at . ! ? (and closing quotes or brackets) before a capital, digit or opening quote.

    Only a match's end is used: where the next sentence starts. Compiled on
    first need, as most paragraphs have no context entries.
    """
    return re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[" + UPPER + r"\d])")


@functools.lru_cache(maxsize=65536)
def context_weight(phrase: str) -> float:
    """How unusual the spun ``phrase`` is in clean English, from :data:`MIN_WEIGHT` to 1.

    >>> context_weight("rates of interest") > 0.5 > context_weight("stated") > context_weight("within the")
    True
    """
    content = [w for w in _words(phrase) if w not in FUNCTION_WORDS]
    if not content:
        return MIN_WEIGHT
    zipf = min(_zipf(w) for w in content) - COLLOCATION_ZIPF * (len(content) - 1)
    weight = min(1.0, (COMMON_ZIPF - zipf) / 2)
    if len(content) == 1:
        weight = min(ONE_WORD_WEIGHT, ONE_WORD_FACTOR * weight)
    return max(MIN_WEIGHT, weight)


#: Zipf frequencies of the words of the lexicons' context phrases, filled from
#: the compiled-lexicon cache (:func:`preload_zipf`) so that a run need not load
#: wordfreq's tables (a quarter of a second) for words the lexicons hold.
_ZIPF: dict[str, float] = {}
#: Tables registered by :func:`preload_zipf`, read on the first weight needed.
_PENDING: list[Callable[[], dict[str, float]]] = []


def _zipf(word: str) -> float:
    value = _ZIPF.get(word)
    if value is None and _PENDING:
        while _PENDING:
            _ZIPF.update(_PENDING.pop()())
        value = _ZIPF.get(word)
    if value is None:
        from wordfreq import zipf_frequency

        value = _ZIPF[word] = float(zipf_frequency(word, "en"))
    return value


def zipf_table(phrases: Iterable[str]) -> dict[str, float]:
    """Zipf frequencies of the content words of ``phrases`` (for the cache)."""
    words = {w for phrase in phrases for w in _words(phrase) if w not in FUNCTION_WORDS}
    return {w: _zipf(w) for w in sorted(words)}


def preload_zipf(table: Callable[[], dict[str, float]]) -> None:
    """Register a table of frequencies, read when a weight is first computed (most texts need none)."""
    _PENDING.append(table)


def _words(phrase: str) -> list[str]:
    return _WORD.findall(phrase.lower().replace("’", "'"))


@functools.lru_cache(maxsize=65536)
def swap_weight(spun: str, original: str) -> float:
    """The weight of a context match: the mean of :func:`context_weight` of the whole spun
    phrase and of the words the swap changed.

    Words kept from the original at either end ("police mentioned" → "police
    said", "within the third quarter" → "in the third quarter") make a match
    rarer, but a natural pair ("third quarter") far less than
    :func:`context_weight`'s independence estimate says, and an unnatural one
    ("in current months") more: the mean hedges between the two.

    >>> round(swap_weight("within the third quarter", "in the third quarter"), 2) < context_weight("third quarter")
    True
    """
    a, b = _words(spun), _words(original)
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    changed = a[head : len(a) - tail]
    whole = context_weight(spun)
    if not changed or len(changed) == len(a):
        return whole
    return (whole + context_weight(" ".join(changed))) / 2


@dataclass(slots=True)
class Fingerprint:
    start: int
    end: int
    kind: str  # fix | context | report | spintax
    text: str
    original: str
    source: str
    weight: float = 1.0  # context entries: swap_weight(text, original), set by Evidence

    @property
    def strong(self) -> float:
        return WEIGHTS[self.kind]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "text": self.text,
            "original": self.original,
            "source": self.source,
        }
        if self.kind == "context":
            out["weight"] = round(self.weight, 3)
        return out


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    words: int
    prints: list[Fingerprint] = field(default_factory=list)
    strong: float = 0.0
    #: Context entries seen here: source -> (weight, sentence indexes it occurs in).
    sources: dict[str, tuple[float, set[int]]] = field(default_factory=dict)
    #: Sentence starts and word counts, filled when the paragraph has context entries.
    sentence_starts: list[int] = field(default_factory=list)
    sentence_words: list[int] = field(default_factory=list)

    @property
    def context(self) -> float:
        """Weighted distinct context entries: a paragraph repeating one ordinary phrase is not spun."""
        return sum(w for w, _ in self.sources.values())

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def split_sentences(self, text: str) -> None:
        chunk = text[self.start : self.end]
        starts = [0] + [m.end() for m in _sentence_end().finditer(chunk)]
        ends = [*starts[1:], len(chunk)]
        self.sentence_starts = [self.start + s for s in starts]
        self.sentence_words = [len(chunk[s:e].split()) for s, e in zip(starts, ends, strict=True)]

    def local_for(self, f: Fingerprint) -> float:
        """The local evidence for ``f``: everything in the paragraph but ``f`` and its repeats."""
        strong = self.strong - f.strong
        sentence = self.sentence_of(f.start) if self.sources else -1
        same = rest = 0.0
        crowd = 0  # distinct other context entries in the sentence
        for source, (weight, where) in self.sources.items():
            if f.kind == "context" and source == f.source:
                continue
            if sentence in where:
                same += weight
                crowd += weight > MIN_WEIGHT  # formal function phrases stack in clean prose
            else:
                rest += weight
        same += CROWD_BONUS * max(0, crowd - CROWD)
        words = self.sentence_words[sentence] if sentence >= 0 and self.sentence_words else 0
        return _local(strong, same, words, rest, self.words)

    def score(self) -> float:
        """The paragraph's own score: its best sentence counts as a sentence, the rest as paragraph."""
        per_sentence = [0.0] * len(self.sentence_words)
        for weight, where in self.sources.values():
            for i in where:
                per_sentence[i] += weight
        best = max(range(len(per_sentence)), key=per_sentence.__getitem__, default=-1)
        if best < 0:
            return _local(self.strong, 0.0, 0, 0.0, self.words)
        same = per_sentence[best]
        return _local(self.strong, same, self.sentence_words[best], self.context - same, self.words)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "score": round(self.score(), 4),
            "fingerprints": [f.to_dict() for f in self.prints],
        }


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs: blocks between blank lines, or lines when there are no blank lines."""
    splitter = _PARA_SPLIT if _PARA_SPLIT.search(text) else _LINE_SPLIT
    spans = []
    pos = 0
    for m in splitter.finditer(text):
        end = m.start() - 1 if m.start() and text[m.start() - 1] == "\r" else m.start()
        if end > pos:
            spans.append((pos, end))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _local(strong: float, sentence: float, sentence_words: int, rest: float, words: int) -> float:
    """Noisy-or of strong fingerprints, weighted context in the sentence and in the rest of the paragraph."""
    expected = CONTEXT_BASELINE * words / 100
    same = max(0.0, sentence - CONTEXT_BASELINE * sentence_words / 100)
    excess = max(0.0, rest - max(0.0, expected - sentence))
    x = SENTENCE_CONTEXT * same + LOCAL_CONTEXT * excess
    return 1.0 - float((1 - LOCAL_STRONG) ** strong * math.exp(-x))


def _document(strong: float, context: float, words: int) -> float:
    per100 = 100 / max(words, MIN_WORDS)
    x = DOC_STRONG * strong * per100 + DOC_CONTEXT * max(0.0, context * per100 - CONTEXT_BASELINE)
    return 1 - math.exp(-x)


class Evidence:
    """Fingerprints grouped by paragraph and sentence, with the evidence model over them."""

    def __init__(self, text: str, prints: Sequence[Fingerprint]) -> None:
        spans = paragraph_spans(text) if prints else []
        starts = [s for s, _ in spans]
        # Only paragraphs with fingerprints are kept (and their words counted).
        found: dict[int, Paragraph] = {}
        self.words = len(text.split()) if prints else 0
        self.strong = 0.0
        for f in prints:
            i = bisect.bisect_right(starts, f.start) - 1
            if i < 0 or f.start >= spans[i][1]:
                continue
            p = found.get(i)
            if p is None:
                s, e = spans[i]
                p = found[i] = Paragraph(s, e, len(text[s:e].split()))
            p.prints.append(f)
            p.strong += f.strong
            self.strong += f.strong
            if f.kind == "context":
                if not p.sentence_starts:
                    p.split_sentences(text)
                f.weight = swap_weight(f.text, f.original)
                _, where = p.sources.setdefault(f.source, (f.weight, set()))
                where.add(p.sentence_of(f.start))
        self.paragraphs = [found[i] for i in sorted(found)]
        self._starts = [p.start for p in self.paragraphs]
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
        local = p.local_for(f)
        doc = _document(self.strong - p.strong, self.context - p.context, self.words - p.words)
        return 1 - (1 - local) * (1 - doc)

    def to_signal(self) -> dict[str, Any]:
        """JSON-ready ``{"score", "paragraphs"}``; only paragraphs with fingerprints are listed."""
        return {
            "score": round(self.score(), 4),
            "paragraphs": [p.to_dict() for p in self.paragraphs if p.prints],
        }
