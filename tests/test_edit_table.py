"""An EditTable's columns give back the edits put in: starts at about a byte each, whatever their gaps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from textrepair.model import _BLOCK, _ESCAPE, Edit, EditTable, _Offsets

#: Steps between offsets: small ones, the escape byte's edges, and long gaps.
STEPS = st.one_of(st.integers(0, 20), st.sampled_from([_ESCAPE - 1, _ESCAPE, _ESCAPE + 1]), st.integers(256, 1 << 40))


@given(st.lists(STEPS, max_size=3 * _BLOCK + 5))
def test_offsets_are_given_back(steps: list[int]) -> None:
    values, total = [], 0
    for step in steps:
        total += step
        values.append(total)
    offsets = _Offsets()
    for v in values:
        offsets.append(v)
    assert list(offsets) == values
    assert len(offsets) == len(values)
    assert [offsets[i] for i in range(len(values))] == values
    assert [offsets[-i] for i in range(1, len(values) + 1)] == [values[-i] for i in range(1, len(values) + 1)]
    assert offsets[1:4] == values[1:4]


@given(st.lists(st.integers(0, 1000), min_size=2, max_size=2 * _BLOCK))
def test_offsets_out_of_order_are_kept_in_full(values: list[int]) -> None:
    offsets = _Offsets()
    for v in values:
        offsets.append(v)
    assert list(offsets) == values
    assert [offsets[i] for i in range(len(values))] == values


@given(st.lists(st.tuples(st.integers(0, 600), st.booleans()), max_size=200))
def test_a_table_of_sparse_and_dense_edits_is_its_edits(places: list[tuple[int, bool]]) -> None:
    text = "ab" * 40_000
    edits, at = [], 0
    for gap, deletes in places:
        start = at + gap
        end = start + 1 if deletes else start
        if end > len(text):
            break
        edits.append(Edit(start, end, text[start:end], "" if deletes else "x", "T001", "t", "test"))
        at = end + 1
    table = EditTable(text, edits)
    assert list(table) == edits
    assert [table[i] for i in range(len(edits))] == edits
    assert [(e.start, e.end, e.growth) for e in edits] == list(table.places())
