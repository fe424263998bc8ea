"""SPN: undo article-spinner and bad machine-translation synonym swaps."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..edits import settle
from ..model import Confidence, Edit, Options, apply_edits
from ..normalizer import Document, Normalizer

if TYPE_CHECKING:
    from ..spin.evidence import Fingerprint
    from ..spin.lexicon import Entry
    from ..spin.matcher import Match, PhraseMatcher

#: Auxiliaries after which a past form is a participle ("has started" -> "has begun").
_PERFECT = frozenset(
    [
        "has",
        "have",
        "had",
        "having",
        "'ve",
        "'s",
        "been",
        "be",
        "being",
        "was",
        "were",
        "is",
        "are",
        "get",
        "got",
        "gets",
    ]
)

_CACHE: dict[tuple[Any, ...], PhraseMatcher] = {}
_RESOLVED: dict[tuple[Any, ...], tuple[float, tuple[Any, ...]]] = {}
#: Compiled matchers kept at once (one per set of lexicon files; a process seldom uses more than two).
_CACHE_SIZE = 8
_RECHECK_SECONDS = 2.0
#: Rounds of matching on the repaired text before giving up on a fixed point.
_MAX_ROUNDS = 3

# Confidence of each lexicon edit from the spin evidence ``ev`` (0 to 1) of its match,
# read against the default threshold of 0.5 (see ``model.Confidence``).
#: SPN001, an unambiguous listed phrase: from FIRM - 0.05 alone in a clean-looking text up to
#: FIRM + 0.13 in a spun one; always applied, as no clean text writes these phrases.
FIX_BASE, FIX_PER_EVIDENCE = 0.8, 0.18
#: SPN002, an ordinary phrase spinners also write: the evidence scaled by how unusual the phrase
#: is (its commonness weight w, 0.15 to 1), ``CONTEXT_SCALE * ev * (1 - CONTEXT_WEIGHT_SHARE
#: + CONTEXT_WEIGHT_SHARE * w)``: an unusual phrase needs ev 0.56 to be applied, "stated" 0.67.
CONTEXT_SCALE, CONTEXT_WEIGHT_SHARE = 0.9, 0.2
#: Below this an SPN002 match is an ordinary word used ordinarily: not even a suggestion
#: (it takes ev 0.4 for the most unusual phrases, 0.48 for the commonest).
CONTEXT_FLOOR = 0.36
#: SPN003 and SPN004 beside code: reports, never applied alone, from DOUBTFUL - 0.1 to 0.9.
REPORT_BASE, REPORT_PER_EVIDENCE = 0.3, 0.6
#: SPN004 in prose: braces with bars (or function words) between words are not written by hand.
SPINTAX_CONFIDENCE = Confidence.FIRM
#: An edit this unsure says nothing worth showing.
NOTHING_TO_SHOW = 0.05


def _lexicon_files(options: Options) -> list[tuple[Path, bool]]:
    """(path, from_user) for every spinner lexicon the options ask for, shipped first."""
    from ..lexicon import lexicon_root
    from ..spin.lexicon import is_spinner_lexicon, shipped_files

    files: list[tuple[Path, bool]] = []
    if options.get("spinner_builtin", True):
        with contextlib.suppress(FileNotFoundError):  # an install without lexicons still runs
            files += [(p, False) for p in shipped_files(lexicon_root())]
    files += [(Path(p), True) for p in options.lexicons if is_spinner_lexicon(Path(p))]
    extra = options.get("spinner_lexicons", ()) or ()
    files += [(Path(p), True) for p in ([extra] if isinstance(extra, str) else extra)]
    return files


def _preload_weights(key: tuple[Any, ...], matcher: PhraseMatcher) -> None:
    """Word frequencies behind the context weights, compiled once per lexicon set."""
    from ..cache import cached
    from ..spin.evidence import preload_zipf, zipf_table
    from ..spin.lexicon import Entry

    def build() -> dict[str, float]:
        kinds = [e.kind if isinstance(e, Entry) else e[2] for e in matcher.entries]  # cached entries are tuples
        context = {n for n, kind in enumerate(kinds) if kind == "context"}
        return zipf_table(row[0] for row in matcher.rows if row[4] in context)

    preload_zipf(lambda: cached("spinner-zipf", key, build))


def matcher_for(options: Options) -> PhraseMatcher:
    """The compiled lexicons for ``options``, built on first use and cached while the files are unchanged.

    Whether the files changed is checked at most every :data:`_RECHECK_SECONDS`,
    so that many small documents do not each pay for listing and stat-ing them.
    """
    from ..cache import files_key
    from ..spin.lexicon import read_file
    from ..spin.matcher import load_or_build

    request = (
        bool(options.get("spinner_builtin", True)),
        tuple(options.lexicons),
        repr(options.get("spinner_lexicons", ())),
    )
    now = time.monotonic()
    seen = _RESOLVED.get(request)
    if seen is not None and now - seen[0] < _RECHECK_SECONDS and seen[1] in _CACHE:
        return _CACHE[seen[1]]
    files = _lexicon_files(options)
    key = files_key(p for p, _ in files) + tuple(u for _, u in files)
    _RESOLVED[request] = (now, key)
    matcher = _CACHE.get(key)
    if matcher is None:

        def entries() -> list[tuple[Entry, bool]]:
            out = []
            for path, user in files:
                label = str(path) if user else f"spinner/{path.name}"
                out += [(e, user) for e in read_file(path, label)]
            return out

        matcher = load_or_build(key, entries)
        _preload_weights(key, matcher)
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.clear()
            _RESOLVED.clear()
        _CACHE[key] = matcher
    return matcher


#: Values of ``spinner-context``: where SPN005 weighs swaps.
CONTEXT_MODES = ("spun", "all", "off")


def _context_mode(options: Options) -> str:
    """``spun`` (default: documents the lexicons show to be spun), ``all`` (every paragraph) or ``off``."""
    value = options.get("spinner_context", "spun")
    if value is True:
        return "spun"
    if value is False or value is None:
        return "off"
    if value not in CONTEXT_MODES:
        raise ValueError(f"spinner-context must be one of {', '.join(CONTEXT_MODES)}, not {value!r}")
    return str(value)


def _context_model(options: Options) -> Any:
    """The SPN005 model for these options' lexicons, or None when no language model is installed."""
    from ..lexicon import lexicon_root
    from ..spin.context import model_for

    try:
        thesaurus: Path | None = lexicon_root() / "channel" / "thesaurus.tsv"
    except FileNotFoundError:
        thesaurus = None
    files = [(p, str(p) if user else f"spinner/{p.name}") for p, user in _lexicon_files(options)]
    return model_for(thesaurus, files, options.get("spinner_lm"))


def _fold(text: str, edits: list[Edit], merged: list[Edit], applies: Any) -> list[Edit]:
    """``merged`` (applied edits of several rounds, against ``text``) and the suggestions of
    ``edits`` that no merged edit overlaps."""
    spans = [(m.start, m.end) for m in merged]
    kept = [e for e in edits if not applies(e) and not any(e.start < b and a < e.end for a, b in spans)]
    return sorted(merged + kept, key=lambda e: e.start)


def _previous_word(text: str, pos: int) -> str:
    i = pos
    while i > 0 and text[i - 1] in " \t\n":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’"):
        j -= 1
    return text[j:i].lower().replace("’", "'")


def _replacement(text: str, m: Match) -> str | None:
    """What the matched phrase becomes in this text, or None to leave it (a proper name)."""
    from ..spin.casing import recase

    after = m.form.after
    if m.form.after_pp and _previous_word(text, m.start) in _PERFECT:
        after = m.form.after_pp
    matched = text[m.start : m.end]
    if "’" in matched:  # keep the text's apostrophe style
        after = after.replace("'", "’")
    names = m.form.entry.kind == "fix" and " " in m.form.key  # "Supreme Courtroom", "White Home"
    if matched.endswith(".") and not after.endswith(".") and _ends_sentence(text, m.end):
        after += "."  # "by 0.6 p.c. Investors": the abbreviation's point is also the full stop
    return recase(matched, after, text, m.start, names)


def _ends_sentence(text: str, pos: int) -> bool:
    """Does a sentence end at ``pos``: closing quotes or brackets, then the end of a line or a capital?"""
    n = len(text)
    while pos < n and text[pos] in "\"'”’)]":
        pos += 1
    after = pos
    while after < n and text[after] in " \t\u00a0":
        after += 1
    return after == n or text[after] in "\r\n" or (after > pos and text[after].isupper())


def _fingerprints(text: str, matcher: PhraseMatcher) -> list[tuple[Fingerprint, Any]]:
    """(fingerprint, match or spintax) for every finding, in text order."""
    from ..spin.evidence import Fingerprint
    from ..spin.matcher import fold_text
    from ..spin.spintax import find_spintax

    found: list[tuple[Fingerprint, Any]] = []
    folded = fold_text(text)
    for m in matcher.find(text, folded):
        after = _replacement(text, m)
        if after is None:
            continue
        e = m.form.entry
        found.append((Fingerprint(m.start, m.end, e.kind, text[m.start : m.end], after, e.source), m))
    taken = [(f.start, f.end) for f, _ in found]
    for s in find_spintax(text):
        if any(s.start < e and a < s.end for a, e in taken):
            continue
        kind = "spintax" if s.clear else "report"
        found.append((Fingerprint(s.start, s.end, kind, text[s.start : s.end], s.first, "spintax"), s))
    found.sort(key=lambda t: t[0].start)
    return found


def explain(text: str, options: Options | None = None) -> dict[str, Any]:
    """The spinner detection view of ``text``: ``{"score", "paragraphs": [{start, end, score, fingerprints}]}``.

    The same data :class:`UnspinPhrases` publishes as ``Result.signals["spin"]``,
    computed on ``text`` as given (no other normalizer runs first).

    >>> explain("Hello there.")["score"]
    0.0
    """
    from ..spin.evidence import Evidence

    options = options or Options()
    found = _fingerprints(text, matcher_for(options))
    return Evidence(text, [f for f, _ in found]).to_signal()


class UnspinPhrases(Normalizer):
    """Restore the original wording of phrases swapped by article spinners.

    ## What it does
    Finds the phrases listed in the spinner lexicons (``lexicons/spinner/*.tsv``
    and user files) in one pass, inflected forms included, and scores each
    paragraph and the document for spinner fingerprints (published as
    ``signals["spin"]``).
    - SPN001: an unambiguous spinner phrase ("international locations" →
      "countries") is restored; confidence is lower when nothing else in the
      document looks spun.
    - SPN002: a phrase that is also ordinary English ("army", "current") is
      restored only where its sentence, paragraph and document show strong
      spinner evidence, weighted by how unusual the phrase is; its confidence
      grows with that evidence.
    - SPN003: report-only entries are suggested, never applied.
    - SPN004: leaked spintax ``{a|b|c}`` in prose becomes its first option;
      braces next to code or template syntax are only reported.
    - SPN005: any other word or short phrase that a thesaurus or lexicon pair
      could have produced is weighed by a language model and by the
      paragraph's evidence that it is spun (:mod:`textrepair.spin.context`);
      the confidence is the swap's posterior.
    Case is kept (sentence start, Title Case headings, ALL CAPS); a capitalised
    match inside a sentence is taken for a name and left alone unless the
    phrase itself spins a name ("Supreme Courtroom"); "a"/"an" before a
    restored phrase is corrected.

    ## Why
    Spinners and poor machine translation swap words for odd synonyms
    ("in opposition to" for "against", "army" for "military"), which makes
    text hard to read and hides where it was copied from.

    ## Example
    >>> from textrepair import repair
    >>> repair("{Quick|Fast} results.", select=["SPN"]).text
    'Quick results.'
    >>> repair("NATO international locations pledged to proceed for the reason that starting.", select=["SPN"]).text
    'NATO countries pledged to continue since the beginning.'
    """

    name = "spinner"
    code = "SPN"
    suggestions_weigh_document = True  # evidence is document-wide: see Normalizer
    rules = {
        "SPN001": "unambiguous spinner phrase",
        "SPN002": "context-dependent spinner phrase (with evidence)",
        "SPN003": "report-only spinner finding",
        "SPN004": "leaked spintax",
        "SPN005": "swap decided by the language model and the swap channel",
    }
    settings = {
        "spinner-lexicons": "extra spinner lexicon files (always read as spinner lexicons)",
        "spinner-builtin": "false: use only your own spinner lexicons",
        "spinner-evidence": "force the spin evidence to a value from 0 to 1 (for testing entries)",
        "spinner-context": "where SPN005 weighs swaps: spun (documents the lexicons show to be spun), all, or off",
    }

    def find(self, text: str, doc: Document) -> list[Edit]:
        from ..spans import Spans
        from ..spin.compose import Repaired, compose

        applies = self.options.applies
        first = self._find_once(text, doc, publish=True)
        # The repaired text has lost the fingerprints already fixed; the first look's score still holds.
        floor = float(doc.signals["spin"]["score"])
        # Repair until nothing changes so that a second run has nothing left to do.
        edits = settle(text, first, lambda t: self._find_once(t, doc, floor=floor), applies, _MAX_ROUNDS)
        if _context_mode(self.options) != "off":
            # SPN005 last, on what the lexicons left: a listed collocation ("humanitarian assist")
            # outranks the model's reading of one of its words.
            applied = [e for e in edits if applies(e)]
            repaired = Repaired(text, applied)

            def to_original(start: int, end: int) -> tuple[int, int]:
                return doc.to_original(*repaired.span_to_original(start, end))

            swaps = self._context_swaps(apply_edits(text, applied), doc, applied, repaired.written, to_original)
            if swaps:
                strong = [e for e in swaps if applies(e)]
                merged = compose(text, applied, strong) if strong else applied
                edits = _fold(text, edits, merged, applies)
                # Suggestions move back to the original text, unless they touch what an edit wrote.
                written, taken = Spans(repaired.written), Spans((e.start, e.end) for e in edits)
                later = [repaired.to_original(e) for e in swaps if not applies(e) and not written.hits(e)]
                edits = sorted(edits + [e for e in later if not taken.hits(e)], key=lambda e: e.start)
        return edits

    def _find_once(self, text: str, doc: Document, publish: bool = False, floor: float = 0.0) -> list[Edit]:
        """One round of lexicon matching."""
        from ..spin.evidence import Evidence

        found = _fingerprints(text, matcher_for(self.options))
        evidence = Evidence(text, [f for f, _ in found])
        if publish:
            doc.publish("spin", evidence.to_signal)
        forced = self.options.get("spinner_evidence")
        edits: list[Edit] = []
        pos = 0
        for f, _ in found:
            ev = float(forced) if forced is not None else max(floor, evidence.for_match(f))
            edit = self._edit(text, f, ev)
            if edit is not None and edit.start >= pos:
                edits.append(edit)
                pos = edit.end
        return edits

    def _context_swaps(
        self,
        text: str,
        doc: Document,
        applied: Sequence[Edit],
        written: Sequence[tuple[int, int]],
        to_original: Callable[[int, int], tuple[int, int]],
    ) -> list[Edit]:
        """SPN005 edits of ``text``, the repair made by the lexicon edits ``applied``.

        What those edits wrote (``written``, spans of ``text``) is left alone,
        and their strong fingerprints (``fix`` phrases, spintax) still count as
        evidence for their paragraphs. ``to_original`` maps a span of ``text``
        to the original document, for the published signal.
        """
        import bisect

        from ..spin.context import DOCUMENT_GATE
        from ..spin.evidence import Evidence, paragraph_spans

        mode = _context_mode(self.options)
        spun_document = float(doc.signals["spin"]["score"]) >= DOCUMENT_GATE
        if mode == "spun" and not spun_document:
            return []  # nothing listed shows this document to be spun: the model is not even loaded
        model = _context_model(self.options)
        if model is None:
            return []
        evidence = Evidence(text, [f for f, _ in _fingerprints(text, matcher_for(self.options))])
        # Both split paragraphs with evidence.paragraph_spans, so a paragraph is known by its start.
        with_prints = {p.start: (p.score(), p.strong) for p in evidence.paragraphs if p.prints}
        spans = paragraph_spans(text)
        fixed = [start for (start, _), e in zip(written, applied, strict=True) if e.rule in ("SPN001", "SPN004")]
        lexicon = []
        for a, b in spans:
            score, strong = with_prints.get(a, (0.0, 0.0))
            lexicon.append((score, strong + bisect.bisect_left(fixed, b) - bisect.bisect_left(fixed, a)))
        swaps = model.decide(text, spans, written, lexicon, spun_document=mode == "spun")
        # What --explain shows: each paragraph the model read, and its swaps.
        doc.publish(
            "spin_model",
            lambda: [
                {
                    "start": a,
                    "end": b,
                    "posterior": round(posterior, 4),
                    "positions": n,
                    "swaps": [s.to_dict() for s in swaps if a <= s.start < b],
                }
                for a, b, posterior, n in model.read
            ],
            to_original,
        )
        return [e for e in (self._swap_edit(text, s) for s in swaps) if e is not None]

    def _swap_edit(self, text: str, s: Any) -> Edit | None:
        from ..spin.casing import article_fix, recase

        after = recase(s.before, s.original, text, s.start)
        if after is None:
            return None
        if "’" in s.before:
            after = after.replace("'", "’")
        start = s.start
        article = article_fix(text, s.start, after)
        if article:
            start, new = article
            after = new + text[start : s.start].lstrip("aAnN") + after
        considered = ", ".join(f"{o.original} {o.log_odds():+.1f}" for o in s.options[:3])
        message = (
            f"spun '{s.before}' → '{s.original}' (posterior {s.posterior:.2f},"
            f" paragraph spun {s.paragraph_posterior:.2f}; considered {considered})"
        )
        source = "thesaurus" if s.source == "thesaurus" else "spinner lexicon"
        return self.edit(
            text, start, s.end, after, "SPN005", message, confidence=round(s.posterior, 3), safe=True, source=source
        )

    def _edit(self, text: str, f: Fingerprint, ev: float) -> Edit | None:
        from ..spin.casing import article_fix

        start, end, after = f.start, f.end, f.original
        if not after:  # a deletion takes one neighbouring space with it
            if text[end : end + 1] == " ":
                end += 1
            elif text[start - 1 : start] == " ":
                start -= 1
        article = article_fix(text, f.start, after) if f.kind != "spintax" and after else None
        if article:  # "an assembly" -> "a meeting": the article joins the edit
            start, new = article
            after = new + text[start : f.start].lstrip("aAnN") + after
        shown = f"'{f.text}' → '{f.original}'"
        if f.kind == "fix":
            confidence = FIX_BASE + FIX_PER_EVIDENCE * ev  # lower when nothing else in the text looks spun
            rule, message, safe = "SPN001", f"spinner phrase {shown}", True
        elif f.kind == "context":
            # A common phrase ("stated", weight 0.19) needs more evidence than an unusual one.
            confidence = CONTEXT_SCALE * ev * (1 - CONTEXT_WEIGHT_SHARE + CONTEXT_WEIGHT_SHARE * f.weight)
            if confidence < CONTEXT_FLOOR:
                return None  # ordinary use of an ordinary word: not even worth a suggestion
            rule, message, safe = "SPN002", f"spinner phrase {shown} (spin evidence {ev:.2f})", True
        elif f.kind == "report":
            if f.source == "spintax":
                rule, message = "SPN004", f"possible spintax {shown} (next to code or template syntax)"
            else:
                rule, message = "SPN003", f"possible spinner phrase {shown}"
            confidence, safe = REPORT_BASE + REPORT_PER_EVIDENCE * ev, False
        else:
            confidence = SPINTAX_CONFIDENCE
            rule, message, safe = "SPN004", f"leaked spintax {shown}", True
        if confidence <= NOTHING_TO_SHOW:
            return None
        return self.edit(text, start, end, after, rule, message, confidence=confidence, safe=safe, source=f.source)
