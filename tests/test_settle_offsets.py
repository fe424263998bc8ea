"""The settle step's offsets between an original and its repair, read in one walk, against their definition."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from textrepair.markup.settle import _back, _forward, _places
from textrepair.model import Edit, EditTable

TEXT = "abcdefghij" * 4


@st.composite
def edits_and_spans(draw: st.DrawFn) -> tuple[list[Edit], list[tuple[int, int]], list[tuple[int, int]]]:
    """Sorted, disjoint edits of TEXT (deletions, insertions, replacements), and sorted, disjoint spans."""
    edits: list[Edit] = []
    pos = 0
    while pos <= len(TEXT) and draw(st.booleans()):
        start = draw(st.integers(pos, min(len(TEXT), pos + 5)))
        end = draw(st.integers(start, min(len(TEXT), start + 3)))
        after = draw(st.sampled_from(["", "x", "xyz"]))
        if after == TEXT[start:end]:
            continue
        edits.append(Edit(start, end, TEXT[start:end], after, "T001", "t", "test"))
        pos = end + (start == end)  # two insertions never share a place
    bounds = sorted(draw(st.lists(st.integers(0, len(TEXT) + 10), max_size=12, unique=True)))
    spans = list(zip(bounds[::2], bounds[1::2], strict=False))
    return edits, spans, [(a, b) for a, b in spans if b <= len(TEXT)]


def forward(edits: list[Edit], pos: int) -> int:
    """Where an original offset outside every edit lands: moved by the edits that end at or before it."""
    return pos + sum(e.growth for e in edits if e.end <= pos)


def back(edits: list[Edit], pos: int, is_start: bool) -> int:
    """The original offset of a repaired one: inside an edit's new text, its start (or end)."""
    out, delta = [], 0
    for e in edits:
        out.append((e.start + delta, e.end + delta + e.growth, delta + e.growth))
        delta += e.growth
    before = [k for k, (out_start, _, _) in enumerate(out) if out_start <= pos]
    if not before:
        return pos
    k = before[-1]
    out_start, out_end, moved = out[k]
    if pos < out_end or (not is_start and pos == out_start):
        return edits[k].start if is_start else edits[k].end
    return pos - moved


@given(edits_and_spans())
def test_forward_walk_is_the_offsets(case: tuple[list[Edit], list[tuple[int, int]], list[tuple[int, int]]]) -> None:
    edits, _, kept = case
    assert list(_forward(_places(EditTable(TEXT, edits)), kept)) == [
        (forward(edits, a), forward(edits, a) + b - a) for a, b in kept
    ]


@given(edits_and_spans())
def test_back_walk_is_the_offsets(case: tuple[list[Edit], list[tuple[int, int]], list[tuple[int, int]]]) -> None:
    edits, spans, _ = case
    expected = [(back(edits, a, True), back(edits, b, False)) for a, b in spans]
    assert list(_back(_places(EditTable(TEXT, edits)), spans)) == expected
    assert list(_back(_places(edits), spans)) == expected  # a plain sequence of edits too
