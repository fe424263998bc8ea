"""Fold a second round of spinner edits, found on the repaired text, into the first.

Overlapping lexicon entries can leave work for a second run: "army, monetary
and humanitarian assist" takes the longer entry first, and only the repaired
"humanitarian assist" shows the other. Repairing until nothing changes and
expressing the result against the original keeps a repair idempotent; the
folding is the pipeline's own, shared by every stage.
"""

from __future__ import annotations

from ..pipeline import compose_edits as compose

__all__ = ["compose"]
