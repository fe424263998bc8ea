"""SPN005: single-word and short-phrase swaps, decided by a noisy-channel model.

What it does
    For every word or phrase ``s`` of up to :data:`MAX_SPAN` words, the
    channel (:mod:`textrepair.spin.channel`) proposes originals ``o`` with
    ``q(s | o)``, the chance that a spinner swapping ``o`` writes ``s``. The
    language model (:mod:`textrepair.spin.lm`) scores the sentence with ``o``
    against ``s``: a gain ``Δ`` in nats. The decision is Bayesian, with two
    hypotheses per paragraph, clean (no swaps) and spun (a share
    ``r`` = :data:`~textrepair.spin.channel.SPUN_RATE` of its words swapped):

    - each position's Bayes factor ``B = Σ_o q(s|o) · exp(λ·Δ_o)`` (λ =
      :data:`LM_SCALE` tempers the trigram model, confident beyond its
      knowledge: it prefers "said" to a correct "stated") enters the
      paragraph's log odds of being spun as ``ln(1 − r + r·B)``, capped at
      :data:`POSITION_CAP`: a position whose word the model prefers to every
      original counts *against* spin;
    - the paragraph's log odds are a prior, :data:`EVIDENCE_SCALE` times the
      sum of its positions, its strong lexicon fingerprints and
      :data:`DOCUMENT_WEIGHT` times the other paragraphs' mean;
    - a swap's posterior is the paragraph's posterior times the position's
      share for that original, ``r·q·exp(λ·Δ) / (1 − r + r·B)``. It is the
      edit's confidence: applied at the threshold, suggested from
      :data:`SUGGEST`.

    Where the model reads (``spinner-context``): by default only documents
    whose lexicon evidence reaches :data:`DOCUMENT_GATE`, whose paragraphs
    start from :data:`PRIOR_IN_SPUN_DOCUMENT`; so clean text never loads the
    model. With ``all``, every paragraph starts from :data:`PRIOR_LOG_ODDS`,
    and a cheap gate (a fingerprint or the word screen,
    :meth:`ContextModel.screen`) and a first look at the likeliest swaps
    (:data:`PROBE_LLR`) choose the paragraphs read in full.

Why
    A lexicon entry fires only on the phrases someone listed; this model
    generalises to any thesaurus swap while needing evidence twice: the
    sentence reads better with the original, *and* the text as a whole reads
    as spun. The second is the hard part: to a trigram model of modern
    English, old or formal prose full of rare but correct words looks as
    swapped as spinner output does, so by default the independent evidence
    of listed spinner phrases must mark the document first.

Example
    >>> from textrepair import repair
    >>> text = ("The disease spreads chiefly through droplets created by coughing or instinctive reflex. "
    ...         "Symptoms embody a light fever, and the cough develops bit by bit.")
    >>> out = repair(text, select=["SPN"], spinner_context="all").text
    >>> out.startswith("The disease spreads chiefly through droplets created by coughing or sneezing.")
    True
    >>> out.endswith("Symptoms include a light fever, and the cough develops gradually.")
    True
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..spans import Spans
from .channel import SPUN_RATE, Candidate, Channel, read_pos_counts, read_rows
from .evidence import FUNCTION_WORDS
from .lm import LanguageModel, gain

#: λ: the trigram model's gains are multiplied by this. Measured on the
#: development set and 150 Wikinews articles (``benchmarks/spin_real.py``):
#: at 1.0 clean news got 300 edits per 100k words, at 0.7 five, at 0.6 none.
LM_SCALE = 0.6
#: The paragraph's log odds of being spun are a logistic model of two
#: measurements: the positions' evidence (scaled by :data:`EVIDENCE_SCALE`) and
#: the weight of the strong lexicon fingerprints in it (``fix`` entries and
#: spintax; context entries are channel pairs, weighed as positions already).
#: The weights were fitted on the real spun passages of the development set
#: against their originals, clean-dev, 2,500 Wikinews paragraphs (articles 150
#: to 400: the first 150 stay held out for ``benchmarks/spin_real.py``) and
#: 1,200 paragraphs of the books' 1 MB sample. The positions' evidence counts
#: 0.63: neighbouring positions share words, so their Bayes factors are not
#: independent. Nineteenth-century prose is why the bar is high: to a trigram
#: model of modern English, "despatched", "presently" and "countenance" read as
#: swaps as often as real spinner output does (a third of book paragraphs hold
#: a swap the model favours by 10 nats, against a sixth of spun passages).
#: The lexicon's own paragraph score (context entries included) made clean
#: paragraphs dense with spinner words look spun (``tests/golden/SPN/clean_*``);
#: a word-frequency screen added nothing at 0.5 % false alarms.
EVIDENCE_SCALE = 0.63
#: Log odds added per strong fingerprint (at most :data:`STRONG_CAP` of them).
STRONG_LOG_ODDS = 2.8
STRONG_CAP = 3.0
#: The prior of a paragraph in ``spinner-context = "all"`` mode. The fitted
#: score that only 0.1 % of those clean paragraphs reach would put it at -4.3,
#: where no real spun passage of the development set is repaired; -3.5 repairs
#: passages with three strong swaps and is the documented trade-off of that
#: mode (``benchmarks/spinner_fp.py --context all`` measures its cost on
#: clean news and books). The default mode needs no such bar: see
#: :data:`DOCUMENT_GATE`.
PRIOR_LOG_ODDS = -3.5
#: Where SPN005 acts by default: only in documents whose lexicon evidence
#: (the SPN001-SPN004 document spin score) reaches this. No Wikinews article
#: or book of the benchmark corpus scores above 0.02, clean-dev 0.03, the
#: clean golden paragraphs dense with spinner words 0.25; real spun passages
#: with a listed phrase score 0.38 to 0.46.
DOCUMENT_GATE = 0.3
#: In such a document a paragraph's log odds of being spun start here (three
#: in four of its paragraphs are taken to be spun) before its own positions.
PRIOR_IN_SPUN_DOCUMENT = 1.0
#: No single position moves a paragraph's log odds by more than this: a spun
#: paragraph swaps many words, a clean one may hold one odd phrase.
POSITION_CAP = 2.5
#: How much the rest of the document counts for one paragraph: this weight
#: times the other paragraphs' mean evidence. Spinners spin whole articles,
#: but a mean, not a sum: a long book must not outvote each of its paragraphs.
DOCUMENT_WEIGHT = 1.0
#: The longest spun phrase looked up, in words ("bit by bit", "instinctive reflex").
MAX_SPAN = 3
#: Candidates kept per phrase (the likeliest by q): bounds the model's look-ups per word.
MAX_CANDIDATES = 8
#: In a spun paragraph, the share of positions whose swap the channel can
#: show: spinners change a quarter to a half of the words (SPUN_RATE takes
#: 0.3), but the right original is among the candidates for only a quarter of
#: real swaps (41 of 193 on the development set), so about 0.1 of the positions
#: hold a swap the model can undo. With 0.3 here, correct words of spun text
#: were changed for a likelier synonym ("scientists" -> "researchers"): edit
#: precision on the spun development set 0.56, against 0.67 with 0.1.
VISIBLE_SWAP_RATE = 0.1
#: Posterior from which a swap is reported as a suggestion (the threshold, 0.5
#: by default, decides which are applied).
SUGGEST = 0.3
#: The model first scores only the phrases that start with a word whose
#: likelihood ratio (spun against clean text) reaches :data:`PROBE_LLR`: the
#: rare words spinners write. Only if their positive evidence can lift the
#: paragraph's log odds to :data:`GATE_LOG_ODDS` is every phrase scored; clean
#: text thus costs a table look-up per word and a few model look-ups.
PROBE_LLR = 1.0
#: Before any of that, a paragraph is read by the model only when something
#: cheap points at spin: a lexicon fingerprint score of :data:`GATE_FINGERPRINTS`
#: or a screen (:meth:`ContextModel.screen`) of :data:`GATE_SCREEN`. On the
#: development set every passage whose model evidence is strong passes, and
#: so do 10 % of Wikinews paragraphs and 20 % of the books'.
GATE_FINGERPRINTS = 0.1
GATE_SCREEN = 25.0
GATE_LOG_ODDS = -0.85
#: An original the model finds this much less likely (nats) than the text's own
#: word was not there: it is dropped, and a position left with no original does
#: not count as a place where a spinner could have swapped ("in" -> "Indiana").
MIN_GAIN = -5.0
#: Words originals must have at least this many letters: "it", "be" and "a"
#: are thesaurus headwords (information technology, beryllium, ampere) that
#: no spinner puts back.
MIN_ORIGINAL_LETTERS = 3

#: Words after which the next is a noun or an adjective, never a verb or an adverb of
#: another sense ("the companion" is not "to company").
DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "every",
        "each",
    ]
)

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*|\d[\d.,:]*|[.!?;]|[^\s\w]")


@dataclass(slots=True)
class Word:
    text: str
    start: int
    end: int
    lower: str
    sentence_start: bool


@dataclass(slots=True)
class Option:
    """One original considered at a position, with its scores (shown by ``--explain``)."""

    original: str
    logq: float
    gain: float
    source: str
    words: int  # how many words of the text it replaces
    end: int  # where they end

    def log_odds(self) -> float:
        return self.logq + LM_SCALE * self.gain


@dataclass(slots=True)
class Position:
    """A spun phrase and the originals weighed for it."""

    start: int
    end: int
    words: int
    options: list[Option]

    def bayes_factor(self) -> float:
        return sum(math.exp(min(50.0, o.log_odds())) for o in self.options)


@dataclass(slots=True)
class Swap:
    """A decided position: the best original and its posterior."""

    start: int
    end: int
    before: str
    original: str
    posterior: float
    source: str
    paragraph_posterior: float
    options: list[Option] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "spun": self.before,
            "original": self.original,
            "posterior": round(self.posterior, 4),
            "candidates": [
                {
                    "original": o.original,
                    "log_odds": round(o.log_odds(), 2),
                    "gain": round(o.gain, 2),
                    "log_q": round(o.logq, 2),
                    "source": o.source,
                }
                for o in self.options
            ],
        }


def sentences(text: str, start: int, end: int) -> list[list[Word]]:
    """The words of ``text[start:end]`` by sentence (punctuation marks end sentences or break phrases)."""
    out: list[list[Word]] = []
    current: list[Word] = []
    first = True
    for m in _TOKEN.finditer(text, start, end):
        tok = m.group()
        if tok in ".!?;" or not (tok[0].isalpha()):
            if tok in ".!?":
                if current:
                    out.append(current)
                current, first = [], True
            elif current and current[-1].lower != "<sep>":
                current.append(Word(tok, m.start(), m.end(), "<sep>", False))
            continue
        current.append(Word(tok, m.start(), m.end(), tok.lower().replace("’", "'"), first))
        first = False
    if current:
        out.append(current)
    return out


def _lm_words(words: Sequence[Word]) -> list[str]:
    return [w.lower for w in words if w.lower != "<sep>"]


def _spannable(w: Word) -> bool:
    """May this word be part of a spun phrase? Not a name, an acronym, a number or a hyphenated compound."""
    if w.lower == "<sep>" or "-" in w.text:
        return False
    if w.text[:1].isupper() and not w.sentence_start:
        return False
    return not (len(w.text) > 1 and w.text.isupper())


class ContextModel:
    """The channel and the language model, and the decision between them."""

    def __init__(self, channel: Channel, lm: LanguageModel | None, load: Callable[[], LanguageModel]) -> None:
        self.channel = channel
        self._lm = lm
        self._load = load
        #: (start, end, spun posterior, positions weighed) of each paragraph the last
        #: :meth:`decide` read with the model (for ``--explain``).
        self.read: list[tuple[int, int, float, int]] = []

    @property
    def lm(self) -> LanguageModel:
        """The language model, loaded on first need (most texts never reach it)."""
        if self._lm is None:
            self._lm = self._load()
        return self._lm

    def screen(self, text: str, start: int, end: int) -> float:
        """Positive word likelihood ratios of ``text[start:end]`` per 100 words: how spun it looks, cheaply."""
        total = 0.0
        n = 0
        llr = self.channel.llr
        for m in _TOKEN.finditer(text, start, end):
            n += 1
            v = llr(m.group().lower())
            if v > 0:
                total += v
        return 100.0 * total / max(n, 1)

    def positions(
        self,
        text: str,
        start: int,
        end: int,
        taken: Spans,
        probe: bool = False,
    ) -> list[Position]:
        """Every phrase of ``text[start:end]`` with at least one original the model knows.

        ``probe``: only phrases starting with a word whose likelihood ratio
        reaches :data:`PROBE_LLR`, the likeliest swaps (see :meth:`decide`).
        """
        out: list[Position] = []
        for sent in sentences(text, start, end):
            lm_index = []  # index of each word in the sentence's language-model words
            k = 0
            for w in sent:
                lm_index.append(k)
                if w.lower != "<sep>":
                    k += 1
            lm_words = ["<s>", *_lm_words(sent), "</s>"]
            for i, w in enumerate(sent):
                if not _spannable(w) or taken.touches(w.start, w.end):
                    continue
                if probe and self.channel.llr(w.lower) < PROBE_LLR:
                    continue
                options: list[Option] = []
                longest = MAX_SPAN if self.channel.starts_phrase(w.lower) else 1
                for n in range(1, longest + 1):
                    span = sent[i : i + n]
                    if len(span) < n or not all(_spannable(x) for x in span[1:]):
                        break
                    if taken.touches(span[-1].start, span[-1].end):
                        break
                    key = " ".join(x.lower for x in span)
                    at = lm_index[i] + 1
                    left, right = lm_words[max(0, at - 2) : at], lm_words[at + n : at + n + 2]
                    nominal = i > 0 and sent[i - 1].lower in DETERMINERS
                    for c in self._candidates(key):
                        if nominal and c.pos in ("v", "r"):
                            continue  # "an overshadowed companion": a noun here, whatever else it can be
                        o_words = c.original.split(" ")
                        if not all(self.lm.knows(x) for x in o_words):
                            continue
                        d = gain(self.lm, left, key.split(" "), o_words, right)
                        if d < MIN_GAIN:
                            continue
                        options.append(Option(c.original, c.logq, d, c.source, n, span[-1].end))
                if options:
                    n_max = max(o.words for o in options)
                    out.append(Position(w.start, sent[i + n_max - 1].end, n_max, options))
        return out

    def _candidates(self, key: str) -> list[Candidate]:
        kept: list[Candidate] = []
        key_words = set(key.split(" "))
        # Thesaurus candidates are filtered below, so a few more than needed are inflected.
        for c in self.channel.candidates(key, limit=4 * MAX_CANDIDATES):
            o_words = c.original.split(" ")
            if c.source == "thesaurus":
                if key_words <= FUNCTION_WORDS:
                    break  # "in", "had been": thesaurus spinners leave function words alone
                if len(c.original) < MIN_ORIGINAL_LETTERS or key_words & set(o_words):
                    continue  # "court" -> "supreme court": a narrower term, not a swap
            kept.append(c)
            if len(kept) == MAX_CANDIDATES:
                break
        return kept

    def decide(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        written: Sequence[tuple[int, int]],
        lexicon: Sequence[tuple[float, float]],
        spun_document: bool = False,
    ) -> list[Swap]:
        """Swaps for the paragraphs ``spans`` of ``text``, leaving alone the spans ``written`` by lexicon edits.

        ``lexicon``: each paragraph's lexicon evidence, as its score (0 to 1,
        for the cheap gate) and the weight of its strong fingerprints.
        ``spun_document``: the lexicon evidence already shows the document to
        be spun; paragraphs start from :data:`PRIOR_IN_SPUN_DOCUMENT` and all
        are read.
        """
        prior = PRIOR_IN_SPUN_DOCUMENT if spun_document else PRIOR_LOG_ODDS
        taken = Spans(written)
        scored: list[tuple[list[Position], float, float, tuple[int, int]]] = []
        for (a, b), (prints, strong) in zip(spans, lexicon, strict=True):
            cheap = STRONG_LOG_ODDS * min(STRONG_CAP, strong)
            if spun_document:
                positions = self.positions(text, a, b, taken)
                evidence = EVIDENCE_SCALE * sum(position_evidence(p) for p in positions)
                scored.append((positions, evidence, evidence + cheap, (a, b)))
                continue
            if prints < GATE_FINGERPRINTS and self.screen(text, a, b) < GATE_SCREEN:
                scored.append(([], 0.0, 0.0, (a, b)))  # nothing cheap to see: not read by the model
                continue
            probed = self.positions(text, a, b, taken, probe=True)
            estimate = EVIDENCE_SCALE * sum(position_evidence(p) for p in probed)
            if prior + cheap + estimate < GATE_LOG_ODDS:
                # Its likeliest swaps already leave the paragraph clean; for the
                # document's evidence it counts with that estimate.
                scored.append(([], estimate, 0.0, (a, b)))
                continue
            positions = self.positions(text, a, b, taken)
            evidence = EVIDENCE_SCALE * sum(position_evidence(p) for p in positions)
            scored.append((positions, evidence, evidence + cheap, (a, b)))
        total = sum(e for _, e, _, _ in scored)
        others = max(1, len(scored) - 1)
        swaps: list[Swap] = []
        self.read = []
        for positions, evidence, own, (a, b) in scored:
            if not positions:
                continue
            log_odds = prior + own + DOCUMENT_WEIGHT * (total - evidence) / others
            spun = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, log_odds))))
            self.read.append((a, b, spun, len(positions)))
            for p in positions:
                best = max(p.options, key=Option.log_odds)
                # P(swap) = P(spun | paragraph) * P(swap to best | spun, this position)
                odds = VISIBLE_SWAP_RATE * math.exp(min(50.0, best.log_odds()))
                posterior = spun * odds / ((1.0 - VISIBLE_SWAP_RATE) + VISIBLE_SWAP_RATE * p.bayes_factor())
                if posterior < SUGGEST:
                    continue
                swaps.append(
                    Swap(
                        p.start,
                        best.end,
                        text[p.start : best.end],
                        best.original,
                        posterior,
                        best.source,
                        spun,
                        sorted(p.options, key=lambda o: -o.log_odds())[:5],
                    )
                )
        return _non_overlapping(swaps)


def position_evidence(p: Position) -> float:
    """ln P(position | spun) / P(position | clean): ``ln(1 - ρ + ρ·B)`` with the spun rate, capped."""
    return min(POSITION_CAP, math.log(1.0 - SPUN_RATE + SPUN_RATE * p.bayes_factor()))


def _non_overlapping(swaps: list[Swap]) -> list[Swap]:
    """The likeliest swaps, none overlapping another, in text order."""
    kept: list[Swap] = []
    for s in sorted(swaps, key=lambda s: -s.posterior):
        if all(s.end <= k.start or k.end <= s.start for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)


def pos_counts_file(thesaurus: Path) -> Path:
    """The part-of-speech counts that go with a thesaurus table: ``pos-counts.tsv`` beside it."""
    return thesaurus.with_name("pos-counts.tsv")


def build_channel(thesaurus: Path | None, lexicons: Sequence[tuple[Path, str]]) -> Channel:
    """The channel from the thesaurus table and the spinner lexicons' ``context`` and ``fix`` entries.

    Word frequencies for the likelihood ratios come from wordfreq (read once;
    the caller caches the result).
    """
    from wordfreq import word_frequency

    from . import inflect
    from .lexicon import forms, read_file

    rows = read_rows(thesaurus) if thesaurus is not None and thesaurus.is_file() else []
    pos_counts = read_pos_counts(pos_counts_file(thesaurus)) if thesaurus is not None else {}
    curated: dict[str, str] = {}
    for path, label in lexicons:
        for entry in read_file(path, label):
            if entry.kind in ("context", "fix") and entry.original:
                for form in forms(entry):
                    if form.key.count(" ") < MAX_SPAN:  # longer phrases are the lexicon rules' alone
                        curated.setdefault(form.key, form.after.lower())
    words: set[str] = set()
    for spun, original, pos, *_ in rows:
        for w in (spun, original):
            if " " in w:
                continue
            words.add(w)
            if pos == "n":
                words.add(inflect.plural(w))
            elif pos == "v":
                words.update(inflect.verb_forms(w).values())
    words.update(w for pair in curated.items() for w in pair if " " not in w)
    frequency = {w: word_frequency(w, "en") for w in sorted(words)}
    return Channel.from_rows(rows, curated, frequency, pos_counts)


def model_for(
    thesaurus: Path | None, lexicons: Sequence[tuple[Path, str]], lm: LanguageModel | None = None
) -> ContextModel | None:
    """The context model for these files (compiled once and cached), or None without a language model.

    ``lm``: a language model of the caller's (any :class:`~textrepair.spin.lm.LanguageModel`);
    by default the shipped trigram model, loaded on first need.
    """
    from ..cache import cached, files_key, source_checksum
    from .lm import have_model

    if lm is None and not have_model():
        return None
    paths = [p for p, _ in lexicons] + ([thesaurus, pos_counts_file(thesaurus)] if thesaurus is not None else [])
    key = (files_key(paths), tuple(label for _, label in lexicons), source_checksum(__file__, *_CHANNEL_COMPILER))
    channel = _CHANNELS.get(key)
    if channel is None:
        channel = cached(
            "spinner-channel",
            key,
            lambda: build_channel(thesaurus, lexicons),
            dump=Channel.state,
            load=Channel.from_state,
        )
        _CHANNELS.clear()
        _CHANNELS[key] = channel
    return ContextModel(channel, lm, _load_model)


def _load_model() -> LanguageModel:
    from .lm import default_model

    model = default_model()
    assert model is not None  # checked by have_model()
    return model


#: The modules whose code decides what :func:`build_channel` builds (its cache key has their checksum).
_CHANNEL_COMPILER = ("context.py", "channel.py", "inflect.py", "lexicon.py", "../sortedtable.py")
_CHANNELS: dict[tuple[object, ...], Channel] = {}
