"""The edit algebra (textrepair.edits): the cases the pipeline's own tests rarely reach."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textrepair.edits import _merge, apply_edits, compose_edits, until_stable, validated
from textrepair.model import Edit
from textrepair.spans import Spans


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
    guard = Spans([(2, 5)])
    assert [guard.touches(p, p) for p in (2, 3, 5)] == [False, True, False]
    assert guard.hits(_edit(4, 6, "ef", "")) and not guard.hits(_edit(5, 6, "f", ""))


def test_until_stable_stops_at_the_cap() -> None:
    rounds: list[int] = []

    def step(n: int) -> tuple[int, bool]:
        rounds.append(n)
        return n + 1, True  # never settles

    assert until_stable(step, 0, 3) == 3
    assert rounds == [0, 1, 2]


def _merged_as_first_written(olds: list[Edit], news: list[Edit]) -> tuple[str, float, bool, str]:
    """The message, confidence, safety and source of a merge, from every step alike."""
    steps = [s for o in olds for s in (o.steps or (o,))] + news
    return (
        "; ".join(dict.fromkeys(s.message for s in steps)),
        min(s.confidence for s in steps),
        all(s.safe for s in steps),
        ", ".join(dict.fromkeys(s.source for s in steps if s.source)),
    )


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["m", "n", ""]), st.sampled_from([0.4, 0.9]), st.booleans(), st.sampled_from(["", "s", "t"])
        ),
        min_size=2,
        max_size=4,
    )
)
def test_a_merge_of_two_steps_says_what_a_merge_of_any_number_says(parts: list[tuple[str, float, bool, str]]) -> None:
    # Two steps take a shorter path through _merge than more: both must read the same.
    *earlier, last = parts
    inner = [Edit(0, 1, "a", "A", "R1", "x", *p) for p in earlier]
    # More than one earlier step: an earlier edit that was itself merged from them.
    olds = inner if len(inner) == 1 else [Edit(0, 1, "a", "A", "R1", "x", "", 1.0, True, "", tuple(inner))]
    news = [Edit(0, 1, "A", "B", "R2", "y", *last)]
    merged = _merge("a", 0, 1, "A", 0, olds, news)
    assert merged is not None
    assert (merged.message, merged.confidence, merged.safe, merged.source) == _merged_as_first_written(olds, news)
    assert isinstance(merged.safe, bool)
