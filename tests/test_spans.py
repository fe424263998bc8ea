"""Spans kept as arrays: the union of what was added, searched and compared like the lists they replace."""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

import pytest

from textrepair.markup import protected_spans
from textrepair.process import repair_text
from textrepair.spans import DENSE_GAP, DENSE_RUN, SpanBuffer, Spans, symmetric_difference


def _covered(spans: Spans | list[tuple[int, int]]) -> set[int]:
    return {i for start, end in spans for i in range(start, end)}


def _random_spans(rng: random.Random) -> list[tuple[int, int]]:
    return [(s := rng.randint(0, 40), s + rng.randint(0, 6)) for _ in range(rng.randint(0, 8))]


@pytest.mark.parametrize("seed", range(3))
def test_spans_are_the_union_sorted_and_disjoint(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(1000):
        given = _random_spans(rng)
        spans = Spans(given)
        assert _covered(spans) == _covered(given)
        assert all(a[1] < b[0] for a, b in pairwise(spans)), "neither overlap nor touch"
        assert spans == list(spans) and Spans(spans) == spans and spans[:1] == list(spans)[:1]


@pytest.mark.parametrize("seed", range(3))
def test_symmetric_difference_and_within(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(1000):
        a, b = Spans(_random_spans(rng)), Spans(_random_spans(rng))
        assert _covered(symmetric_difference(a, b)) == _covered(a) ^ _covered(b), (a, b)
        lo = rng.randint(0, 50)
        hi = rng.randint(lo, 50)
        assert _covered(a.within(lo, hi)) == {i - lo for i in _covered(a) if lo <= i < hi}


def test_touches_an_insertion_only_inside() -> None:
    spans = Spans([(2, 5), (4, 8)])
    assert [spans.touches(0, 2), spans.touches(7, 9), spans.touches(5, 5), spans.touches(8, 8)] == [
        False,
        True,
        True,
        False,
    ]


def test_offsets_past_four_bytes_widen_the_arrays() -> None:
    big = 2**31 + 10
    buffer = SpanBuffer([(1, 2), (big, big + 5)])
    assert buffer.merged() == [(1, 2), (big, big + 5)] and buffer.starts.typecode == "q"


def test_a_dense_run_of_spans_becomes_one_after_its_first() -> None:
    close = [(4 * i, 4 * i + 3) for i in range(200)]  # one character apart
    bridged = SpanBuffer(close, bridge=True).merged()
    assert len(bridged) == DENSE_RUN and bridged[-1] == (4 * (DENSE_RUN - 1), 4 * 199 + 3)
    assert SpanBuffer(close).merged() == close, "without bridge, spans stay as given"
    apart = [(i * (4 + DENSE_GAP), i * (4 + DENSE_GAP) + 3) for i in range(200)]  # three characters apart
    assert len(SpanBuffer(apart, bridge=True).merged()) == 200


def test_dense_markup_is_few_spans_but_a_wide_tables_cells_are_prose() -> None:
    dense = "` ` " * 1000
    spans = protected_spans(dense, "markdown")
    assert len(spans) <= DENSE_RUN and _covered(spans) >= set(range(4 * DENSE_RUN, len(dense) - 1))
    # 300 cells, each "| x , |": the pipes are markup three characters apart, the cells prose to repair.
    row = "| " + " | ".join(["x ,"] * 300) + " |\n"
    table = "| " + " | ".join(["h"] * 300) + " |\n|" + "---|" * 300 + "\n" + row
    result = repair_text(table, {}, Path("table.md"))
    assert [e.rule for e in result.edits] == ["SPC001"] * 300
