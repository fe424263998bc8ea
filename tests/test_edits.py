"""The edit algebra (textrepair.edits): the cases the pipeline's own tests rarely reach."""

from __future__ import annotations

import pytest

from textrepair.edits import SpanGuard, apply_edits, compose_edits, until_stable, validated
from textrepair.model import Edit


def _edit(start: int, end: int, before: str, after: str, rule: str = "T001") -> Edit:
    return Edit(start, end, before, after, rule, "test", f"{before!r} -> {after!r}")


def test_a_later_round_that_undoes_an_earlier_one_leaves_no_edit() -> None:
    text = "a b"
    first = [_edit(1, 2, " ", "_")]
    second = [_edit(1, 2, "_", " ", "T002")]
    assert compose_edits(text, first, second) == []


def test_touching_edits_become_one_with_steps() -> None:
    text = "abc"
    first = [_edit(1, 2, "b", "XY")]
    second = [_edit(2, 4, "Yc", "Z", "T002")]
    [merged] = compose_edits(text, first, second)
    assert (merged.start, merged.end, merged.before, merged.after) == (1, 3, "bc", "XZ")
    assert [s.rule for s in merged.steps] == ["T001", "T002"]
    assert apply_edits(text, [merged]) == "aXZ"


def test_edits_that_change_nothing_are_dropped_and_misfits_refused() -> None:
    assert validated([_edit(2, 3, "c", "D"), _edit(0, 1, "a", "a")], "abc", "test") == [_edit(2, 3, "c", "D")]
    with pytest.raises(RuntimeError, match="'test'"):
        validated([_edit(0, 1, "x", "y")], "abc", "test")


def test_an_insertion_touches_a_span_only_strictly_inside_it() -> None:
    guard = SpanGuard([(2, 5)])
    assert [guard.touches(p, p) for p in (2, 3, 5)] == [False, True, False]
    assert guard.hits(_edit(4, 6, "ef", "")) and not guard.hits(_edit(5, 6, "f", ""))


def test_until_stable_stops_at_the_cap() -> None:
    rounds: list[int] = []

    def step(n: int) -> tuple[int, bool]:
        rounds.append(n)
        return n + 1, True  # never settles

    assert until_stable(step, 0, 3) == 3
    assert rounds == [0, 1, 2]
