"""Language models that score a word in its context.

What it does
    :class:`LanguageModel` is the small interface the spinner's channel model
    needs: the natural-log probability of a word given the (up to two) words
    before it, or ``None`` when the model does not know the word.
    :func:`gain` compares two wordings of one span in the same context.
    :func:`default_model` is a trigram model read from the US English model
    that the ``pocketsphinx`` wheel ships (72.5k words, 2.05M bigrams, 1.67M
    trigrams, 27 MB, loaded in about 70 ms, a look-up under a microsecond).

Why
    A spinner's swap is odd *in its context* ("the Supreme Court docket
    said"); a trigram model measures that directly. The sphinx model is read
    from the installed wheel, not copied: the package is on PyPI, BSD
    licensed, and the project then ships no 27 MB table of its own. Another
    model (a masked transformer, a KenLM file) plugs in by implementing
    :class:`LanguageModel` and passing it as ``repair(..., spinner_lm=model)``
    (the library only: a model is an object, not a setting).

Example
    >>> lm = default_model()
    >>> round(gain(lm, ["the", "supreme"], ["court", "docket"], ["court"], ["said"]), 1)
    11.6
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

#: The log base of sphinx scores (``LogMath``'s default, 1.0001) in nats.
_SPHINX_NATS = math.log(1.0001)
#: Sphinx's score for a word outside its vocabulary (``-2**29``): anything below is unknown.
_SPHINX_UNKNOWN = -(2**28)
#: Natural-log probability charged for predicting a word the model does not know:
#: about that of a word seen a few times in a million (the model's own rare words
#: score -12 to -15 as unigrams). A fixed cost, so that an unknown word is
#: never an absurd gain for, or against, either wording.
UNKNOWN_WORD = -13.0


class LanguageModel(Protocol):
    """What the channel model needs of a language model."""

    def logprob(self, word: str, history: Sequence[str]) -> float | None:
        """ln P(word | history), history oldest first (may be empty, or
        ``["<s>"]`` at a sentence start); ``None`` if ``word`` is unknown."""
        ...

    def knows(self, word: str) -> bool:
        """Is ``word`` in the vocabulary?"""
        ...


class SphinxTrigram:
    """A trigram model in CMU Sphinx's binary format, read through ``pocketsphinx``."""

    def __init__(self, path: Path) -> None:
        from pocketsphinx import Config, LogMath, NGramModel  # type: ignore[import-untyped]

        self._model = NGramModel(Config(), LogMath(), str(path))
        self._known: dict[str, bool] = {}

    def logprob(self, word: str, history: Sequence[str]) -> float | None:
        raw = self._model.prob([word, *reversed(history[-2:])])
        if raw <= _SPHINX_UNKNOWN:
            return None
        return float(raw) * _SPHINX_NATS

    def knows(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._model.prob([word]) > _SPHINX_UNKNOWN
        return known


@functools.cache
def _sphinx_path() -> Path | None:
    """Where the installed ``pocketsphinx`` keeps its US English model, found without importing it."""
    import importlib.util

    spec = importlib.util.find_spec("pocketsphinx")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "model" / "en-us" / "en-us.lm.bin"
    return path if path.is_file() else None


def have_model() -> bool:
    """Is the default language model installed?"""
    return _sphinx_path() is not None


@functools.cache
def default_model() -> LanguageModel | None:
    """The shipped trigram model, or ``None`` if ``pocketsphinx`` is not installed."""
    path = _sphinx_path()
    return SphinxTrigram(path) if path is not None else None


def sequence_logprob(lm: LanguageModel, left: Sequence[str], words: Sequence[str]) -> float:
    """ln P(words | left): each word given the two before it; unknown words cost
    :data:`UNKNOWN_WORD` and, as history, leave the model only what follows them."""
    history = list(left[-2:])
    total = 0.0
    for w in words:
        p = lm.logprob(w, history)
        if p is None:
            total += UNKNOWN_WORD
            history = []  # what follows an unknown word is scored without it
        else:
            history = [*history[-1:], w]
        total += 0.0 if p is None else p
    return total


def gain(
    lm: LanguageModel,
    left: Sequence[str],
    spun: Sequence[str],
    original: Sequence[str],
    right: Sequence[str],
) -> float:
    """How much likelier (natural log) the context reads with ``original`` than with ``spun``.

    Both wordings are scored together with the two words that follow, since a
    trigram's right context changes with the span. Only the changed terms are
    computed; everything else cancels.
    """
    tail = list(right[:2])
    return sequence_logprob(lm, left, [*original, *tail]) - sequence_logprob(lm, left, [*spun, *tail])
