"""The interface every normalizer implements, built-in or third-party."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .model import Edit, Options


def same_span(start: int, end: int) -> tuple[int, int]:
    """The identity offset map: a stage that reads the original text."""
    return start, end


@dataclass
class Document:
    """What a normalizer may know about the whole document besides its text.

    ``signals`` is where normalizers publish document-level findings (the
    spinner's spin score, say); they end up in :attr:`Result.signals`. Like
    every edit, a signal gives offsets in the *original* text: a stage reads
    the text earlier stages repaired, and ``to_original`` maps a span of that
    text back (the pipeline keeps it current). A signal is published once, by
    the first round: later rounds and look-ahead runs read text the repairs
    already changed. :meth:`publish` does both.
    """

    original: str
    options: Options
    signals: dict[str, Any] = field(default_factory=dict)
    to_original: Callable[[int, int], tuple[int, int]] = same_span
    #: What each normalizer's :meth:`Normalizer.survey` found in the whole
    #: text, by normalizer name, when this document is a piece of a longer one.
    surveys: Mapping[str, Any] = field(default_factory=dict)

    def publish(
        self, key: str, make: Callable[[], Any], to_original: Callable[[int, int], tuple[int, int]] | None = None
    ) -> None:
        """Publish ``make()`` as ``signals[key]`` unless a signal of that key is there already.

        Every ``start``/``end`` pair in it, at any depth, is mapped to the
        original text by ``to_original`` (default: :attr:`to_original`, for
        offsets in the text the stage reads). ``make`` runs only when the
        signal is published.

        >>> doc = Document("ab", Options(), to_original=lambda a, b: (a + 1, b + 1))
        >>> doc.publish("x", lambda: {"score": 1, "parts": [{"start": 0, "end": 1}]})
        >>> doc.publish("x", lambda: "a later round")
        >>> doc.signals["x"]
        {'score': 1, 'parts': [{'start': 1, 'end': 2}]}
        """
        if key not in self.signals:
            self.signals[key] = map_offsets(make(), to_original or self.to_original)


def map_offsets(signal: Any, to_original: Callable[[int, int], tuple[int, int]]) -> Any:
    """``signal`` (JSON-like) with every ``start``/``end`` pair mapped by ``to_original``."""
    if isinstance(signal, list):
        return [map_offsets(item, to_original) for item in signal]
    if not isinstance(signal, dict):
        return signal
    out = {key: map_offsets(value, to_original) for key, value in signal.items()}
    if isinstance(out.get("start"), int) and isinstance(out.get("end"), int):
        out["start"], out["end"] = to_original(out["start"], out["end"])
    return out


class Normalizer:
    """Base class: a named, pure text -> edits unit with stable rule ids.

    Subclasses set ``name`` (kebab-case), ``code`` (the rule-id prefix, never
    reused) and ``rules`` (rule id -> one-line summary), and implement
    :meth:`find`, which returns sorted, non-overlapping edits against the text
    it is given and must not depend on anything but that text, the document
    and the options. The class docstring is the rule's documentation; it
    follows the sections "What it does", "Why" and "Example".
    """

    name: ClassVar[str]
    code: ClassVar[str]
    rules: ClassVar[Mapping[str, str]]
    #: Extra configuration keys this normalizer reads (kebab-case -> meaning);
    #: they reach it through ``Options.get`` with underscores.
    settings: ClassVar[Mapping[str, str]] = {}
    #: Checks of those keys' values (kebab-case -> function returning the value
    #: to use, or raising ``ValueError`` with what is wrong, without the key:
    #: ``"must be a positive whole number, not -3"``). They run wherever the
    #: setting comes from (file, command line, ``repair()``), and the message
    #: names the origin and key. A key without a check is passed as given.
    setting_checks: ClassVar[Mapping[str, Callable[[Any], Any]]] = {}
    #: Set when the normalizer's verdict on a span can change with the text
    #: around it (ftfy judges whole lines): the pipeline then checks, after a
    #: round that changed the text, whether another round is needed.
    context_sensitive: ClassVar[bool] = False
    #: Its suggestions weigh evidence elsewhere in the document that its own
    #: edits may remove (the spinner's fingerprints): after a run that applied
    #: edits, the pipeline asks it again on the repaired text, so that a
    #: suggestion reported by ``fix`` is still reported by ``check`` afterwards.
    suggestions_weigh_document: ClassVar[bool] = False

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()

    def find(self, text: str, doc: Document) -> list[Edit]:
        raise NotImplementedError

    def survey(self, parts: Iterable[str]) -> Any:
        """What this normalizer must know of the whole of a long text, or None.

        A text longer than a piece is repaired piece by piece
        (:mod:`textrepair.pieces`); a decision made for the document as a
        whole (the quote style most of its quotes have) would otherwise be
        made for each piece, and differ between them. The pipeline calls
        this once, with the whole text in ``parts`` (its pieces in order,
        protected text masked: a copy of the whole would be as large as the
        text), and hands the answer to every piece's run as ``doc.surveys[name]``.
        """
        return None

    def edit(
        self,
        text: str,
        start: int,
        end: int,
        after: str,
        rule: str,
        message: str,
        *,
        confidence: float = 1.0,
        safe: bool = True,
        source: str = "",
    ) -> Edit:
        """Make an edit of ``text[start:end]`` attributed to this normalizer."""
        return Edit(start, end, text[start:end], after, rule, self.name, message, confidence, safe, source)

    @classmethod
    def summary(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else cls.name
