"""Inputs built to make repair slow: runs of edits that all touch, and runs of braces.

Each family is repaired in a child process with a generous time limit, so a
return of quadratic (or worse) behaviour shows as a failure, not a hung run.
Spintax on ordinary text must behave exactly as it always has.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from textrepair import apply_edits, repair
from textrepair.edits import compose_edits
from textrepair.model import Edit
from textrepair.spin.spintax import MAX_DEPTH, find_spintax

FAMILIES = {
    "quote-zero-width": '"\\u201c\\u200b" * 16000',
    "alternating-quotes": '"\\u201c\\u201d" * 50000',
    "open-braces-then-bar": '"{" * 32000 + " a|b"',
    "unclosed-group": '"{" + "a|" * 200000',
    "balanced-braces": '"{" * 5000 + "}" * 5000',
}

CHILD = """
from textrepair import apply_edits, repair
text = {expr}
r = repair(text)
assert apply_edits(text, r.edits) == r.text
print("ok", len(r.edits))
"""


@pytest.mark.parametrize("expr", FAMILIES.values(), ids=FAMILIES.keys())
def test_family_is_repaired_and_edits_reproduce_the_text(expr: str) -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD.format(expr=expr)], capture_output=True, text=True, timeout=60, check=False
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.startswith("ok")


@pytest.mark.parametrize(
    "text",
    [
        "\u201c\u200b" * 50,
        "\u201c\u201d" * 50,
        "{" * 50 + " a|b",
        "{" + "a|" * 50,
        "{" * 50 + "}" * 50,
        "{" * 50 + "a|b" + "}" * 50,
        "{a|b} " * 50,
        "don\u00e2\u20ac\u2122t \u201c\u200b" * 20,
    ],
)
def test_small_members_of_each_family(text: str) -> None:
    r = repair(text)
    assert apply_edits(text, r.edits) == r.text


def _found(text: str) -> list[tuple[int, int, str, bool]]:
    return [(s.start, s.end, s.first, s.clear) for s in find_spintax(text)]


def test_spintax_nested_group() -> None:
    assert _found("A {very {big|huge}|large} dog.") == [(2, 25, "very big", True)]
    assert repair("A {very {big|huge}|large} dog.", select=["SPN"]).text == "A very big dog."
    # "}}" reads as template syntax: found, but only suggested
    assert _found("Pick {one|{two|three}} now.") == [(5, 22, "one", False)]
    r = repair("Pick {one|{two|three}} now.", select=["SPN"])
    assert r.text == "Pick {one|{two|three}} now."
    assert [e.rule for e in r.suggestions] == ["SPN004"]
    assert _found("{{big|small}|{red|blue}}") == [(0, 24, "big", False)]


def test_spintax_several_groups() -> None:
    text = "The {quick|fast|rapid} fox jumps {over|above} it."
    assert _found(text) == [(4, 22, "quick", True), (33, 45, "over", True)]
    assert repair(text, select=["SPN"]).text == "The quick fox jumps over it."
    assert _found("{big|large}\n{red|blue}") == [(0, 11, "big", True), (12, 22, "red", True)]


def test_spintax_options_must_look_like_words() -> None:
    assert _found("{a|I}") == [(0, 5, "a", True)]
    assert _found("{big|b}") == []
    assert _found("{big}") == []


def test_spintax_next_to_code() -> None:
    assert _found("value = {left|right}") == [(8, 20, "left", False)]
    assert _found("x = {big|small};") == [(4, 15, "big", False)]
    assert _found("{{ name|upper }}") == []
    assert _found("{x | x > 0}") == []
    assert _found("f{big|small}") == [(1, 12, "big", False)]
    assert _found("{big|small}_x") == [(0, 11, "big", False)]
    for code in ("x = {a|b};", "{{ name|upper }}", "{x | x > 0}", "Hello {w|neuroplasticity}"):
        assert repair(code, select=["SPN"]).text == code


def test_spintax_groups_stay_on_one_line_and_unclosed_braces_are_skipped() -> None:
    assert _found("{big|\nsmall}") == []
    assert _found("{ The {quick|fast} fox") == [(6, 18, "quick", True)]
    assert _found("} {big|small} {") == [(2, 13, "big", True)]
    assert _found("{{big|small}\n{red|blue}}") == [(1, 12, "big", False), (13, 23, "red", False)]
    assert _found("{big|small}}") == [(0, 11, "big", False)]


def test_spintax_nesting_limit() -> None:
    deep = "{" * MAX_DEPTH + "big|small" + "|red}" * MAX_DEPTH
    assert _found(deep) == [(0, len(deep), "big", False)]
    assert _found("{" + deep + "|red}") == []  # deeper than any spinner nests: left alone


def test_many_groups_on_one_long_line() -> None:
    text = "Say {big|small} " * 20000
    found = find_spintax(text)
    assert len(found) == 20000
    last = found[-1]
    assert (last.start, last.end, last.first, last.clear) == (len(text) - 12, len(text) - 1, "big", True)


def _edit(start: int, end: int, text: str, after: str, rule: str = "R") -> Edit:
    return Edit(start, end, text[start:end], after, rule, "n", rule)


def test_compose_merges_chains_of_touching_edits() -> None:
    text = "ab" * 2000
    first = [_edit(i, i + 1, text, "") for i in range(0, len(text), 2)]  # delete every "a"
    middle = apply_edits(text, first)
    second = [_edit(i, i + 1, middle, "c") for i in range(len(middle))]  # every "b" becomes "c"
    edits = compose_edits(text, first, second)
    assert apply_edits(text, edits) == "c" * 2000


def test_compose_insertion_at_a_seam_merges() -> None:
    text = "abcd"
    first = [_edit(1, 2, text, "B")]
    second = [Edit(2, 2, "", "-", "S", "n", "S"), Edit(3, 3, "", "+", "S", "n", "S")]
    edits = compose_edits(text, first, second)
    assert apply_edits(text, edits) == "aB-c+d"
    assert [(e.start, e.end, e.after) for e in edits] == [(1, 2, "B-"), (3, 3, "+")]
