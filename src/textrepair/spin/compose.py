"""Fold a second round of spinner edits, found on the repaired text, into the first.

Overlapping lexicon entries can leave work for a second run: "army, monetary
and humanitarian assist" takes the longer entry first, and only the repaired
"humanitarian assist" shows the other. Repairing until nothing changes and
expressing the result against the original keeps a repair idempotent; the
folding is :mod:`textrepair.edits`', shared by every stage.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..edits import EditState
from ..edits import compose_edits as compose
from ..model import Edit

__all__ = ["Repaired", "compose"]


class Repaired:
    """The text that sorted, non-overlapping ``applied`` edits make of ``text``, seen from both sides.

    ``written`` are the spans of the repaired text that the edits wrote;
    :meth:`to_original` maps an edit of the repaired text back to ``text``,
    with the pipeline's own bookkeeping (:class:`~textrepair.edits.EditState`).
    """

    def __init__(self, text: str, applied: Sequence[Edit]) -> None:
        self._state = EditState(text)
        self._state.fold(list(applied), text)
        self.written = [(cs, cs + len(e.after)) for cs, e in zip(self._state.cstarts, self._state.edits, strict=True)]

    def to_original(self, e: Edit) -> Edit:
        return self._state.to_original(e)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self._state.span_to_original(start, end)
