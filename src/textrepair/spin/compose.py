"""Fold a second round of edits, found on the repaired text, into the first.

Overlapping lexicon entries can leave work for a second run: "army, monetary
and humanitarian assist" takes the longer entry first, and only the repaired
"humanitarian assist" shows the other. Repairing until nothing changes and
expressing the result against the original keeps a repair idempotent.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Edit, apply_edits


def _merge(before: str, start: int, after: str, parts: Sequence[Edit]) -> Edit:
    first = parts[0]
    return Edit(
        start,
        start + len(before),
        before,
        after,
        first.rule,
        first.normalizer,
        "; ".join(dict.fromkeys(p.message for p in parts)),
        min(p.confidence for p in parts),
        all(p.safe for p in parts),
        ", ".join(dict.fromkeys(p.source for p in parts if p.source)),
    )


def compose(text: str, first: Sequence[Edit], second: Sequence[Edit]) -> list[Edit]:
    """Edits against ``text`` equal to applying ``first`` to it, then ``second`` to the result.

    Both lists are sorted and non-overlapping. Where a second-round edit
    touches the output of first-round ones, they become one edit.
    """
    # Each first-round edit's output span in the intermediate text.
    items: list[tuple[int, int, int, Edit]] = []  # (start, end, round, edit)
    shift = 0
    for e in first:
        items.append((e.start + shift, e.start + shift + len(e.after), 0, e))
        shift += len(e.after) - (e.end - e.start)
    items += [(e.start, e.end, 1, e) for e in second]
    items.sort(key=lambda t: (t[0], t[1], t[2]))

    groups: list[list[tuple[int, int, int, Edit]]] = []
    for item in items:
        if groups and item[0] < max(t[1] for t in groups[-1]):
            groups[-1].append(item)
        else:
            groups.append([item])

    middle = apply_edits(text, first)
    out: list[Edit] = []
    shift = 0  # length change of first-round edits before the current group
    for group in groups:
        olds = [e for _, _, r, e in group if r == 0]
        news = [e for _, _, r, e in group if r == 1]
        gs, ge = group[0][0], max(t[1] for t in group)
        growth = sum(len(e.after) - (e.end - e.start) for e in olds)
        if not news:
            out.extend(olds)
        else:
            start = gs - shift
            end = ge - shift - growth
            after = apply_edits(middle[gs:ge], [e.shifted(-gs) for e in news])
            if not olds:
                out.extend(e.shifted(-shift) for e in news)
            elif text[start:end] != after:
                out.append(_merge(text[start:end], start, after, [*olds, *news]))
        shift += growth
    return out
