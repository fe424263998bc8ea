"""SPC on long lines: the same edits as the per-run scan back to the line start, without its cost.

The reference below is the scan SPC used before it measured each line once:
it looked back to the line start (and re-measured the line's column matches)
for every run, which was quadratic in the length of a line.
"""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
from contextlib import ExitStack
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textrepair import apply_edits, repair
from textrepair.model import MASK, Options
from textrepair.normalizer import Document
from textrepair.normalizers import spacing

# --- the scan as it was -----------------------------------------------------


def _old_stray_before_punct(text: str, start: int, end: int, lines: object = None) -> bool:
    prev = text[start - 1]
    abbreviation = prev == "." and text[end] in ",;:" and spacing._abbreviation_before(text, start - 1)
    if not (prev.isalnum() or prev in ")]\"'\u201d\u2019" or prev == MASK or abbreviation):
        return False
    follow = text[end + 1 : end + 3]
    if follow[:1] == "." or follow[:1].isalnum() or follow[:1] == "_":
        return False
    # Code-like prose (paths, operators, named marks) came later than the scan; both share it.
    if follow[:1] in spacing._CODE_AFTER or text.startswith("::", end):
        return False
    if follow[:1] in (" ", "\t") and spacing._names_mark(text, start):
        return False
    if spacing._SPACED_REPEAT.match(text, end):
        return False
    if spacing._EMOTICON.match(text, end):
        return False
    if text[end] == ":":
        if spacing.EMOJI_SHORTCODE.match(text, end):
            return False
        line_start = text.rfind("\n", 0, start) + 1
        spaced = any(c == " " or c in spacing._ODD for c in text[line_start:start])  # odd spaces count too
        return not (prev.isdigit() or not spaced)
    return True


def _old_in_columns(text: str, pos: int, lines: object = None) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    runs = list(spacing._MULTI.finditer(text, start, end))
    if not any(m.start() <= pos < m.end() for m in runs):
        return False
    cols = {m.end() - start for m in runs}  # any run of the line: a row of columns stays whole
    above_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
    below_end = text.find("\n", end + 1)
    neighbours = [text[above_start : start - 1]] if start else []
    if end < len(text):
        neighbours.append(text[end + 1 : len(text) if below_end == -1 else below_end])
    return any(cols & {m.end() for m in spacing._MULTI.finditer(line)} for line in neighbours)


def _old_trailing(self: spacing.FixSpacing, text: str, lines: object = None) -> list:
    out = []
    for m in spacing._TRAILING_END.finditer(text):
        start, end = m.span()
        line_start = text.rfind("\n", 0, start) + 1
        while start > line_start and text[start - 1] in spacing._TRAILING_CHARS:
            start -= 1
        has_text = text[line_start:start].strip() != ""
        if has_text and text[start:end] == "  " and spacing._next_line_has_text(text, end):
            continue
        out.append(self.edit(text, start, end, "", "SPC004", "trailing whitespace"))
    return out


def _old_find(text: str) -> list:
    with ExitStack() as stack:
        stack.enter_context(mock.patch.object(spacing, "_stray_before_punct", _old_stray_before_punct))
        stack.enter_context(mock.patch.object(spacing, "_in_columns", _old_in_columns))
        stack.enter_context(mock.patch.object(spacing.FixSpacing, "_trailing", _old_trailing))
        return spacing.FixSpacing().find(text, Document(text, Options()))


def _new_find(text: str) -> list:
    return spacing.FixSpacing().find(text, Document(text, Options()))


# --- generated lines ----------------------------------------------------------

PIECES = [
    "word",
    "other",
    "3",
    "10",
    "p.m.",
    "etc.",
    "U.S.",
    "((WSS))",
    "x",
    MASK,
    ")",
    '"',
    "\u2019",
    " ",
    " ",
    " ",
    "  ",
    "  ",
    "   ",
    "\u00a0",
    "\u2003",
    "\u3000",
    "\t",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    " .",
    " ,",
    " :",
    " ;",
    " ?",
    " . ,",
    " . . .",
    ":)",
    ".5",
    ".com",
    "..",
]

lines_of_pieces = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 80)))


def _table(rng: random.Random) -> str:
    """Aligned columns, where doubled spaces are layout, next to prose where they are not."""
    rows = []
    for _ in range(rng.randrange(1, 6)):
        cells = [rng.choice(["a", "bb", "ccc", "Total", "3", "x ."]) for _ in range(rng.randrange(1, 4))]
        rows.append("".join(c.ljust(rng.choice([5, 6, 8])) for c in cells).rstrip() + rng.choice(["", " ", "  "]))
    return rng.choice(["\n", "\r\n"]).join(rows)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(lines_of_pieces)
def test_same_edits_as_the_old_scan(text: str) -> None:
    assert _new_find(text) == _old_find(text)


def test_same_edits_as_the_old_scan_on_many_lines() -> None:
    rng = random.Random(20240611)
    for _ in range(3000):
        text = _random_text(rng) if rng.random() < 0.7 else _table(rng)
        assert _new_find(text) == _old_find(text), text


@pytest.mark.parametrize(
    "text",
    [
        "a  b\nc  d",  # aligned: kept
        "ab  c\nd  ef",  # not aligned
        "a  b\n\nc  d",
        "  indent  here\n  x  y",
        "Name:  x\nAge :  y",
        "label : value\n3 : 1\nx y : z",
        "line  \nnext",  # Markdown hard break
        "line  \r\nnext  \n",
        "a  \rb  \rc\n",  # lone carriage returns inside one line
        "at 5 p.m . , then",
        "Society  . . . . 100",
    ],
)
def test_same_edits_as_the_old_scan_on_known_cases(text: str) -> None:
    assert _new_find(text) == _old_find(text)
    r = repair(text, select=["SPC"])
    assert apply_edits(text, r.edits) == r.text


# --- long lines -----------------------------------------------------------------

PARAGRAPH_UNIT = "The cat  sat on the mat . It was  happy , really ; at 5 p.m . , it  left : gone . "
FAMILIES = {
    # name: (unit repeated on one line, repetitions)
    "word_other": ("word  other ", 32000),
    "doubled_spaces": ("x  ", 40000),
    "paragraph_50k": (PARAGRAPH_UNIT, 50_000 // len(PARAGRAPH_UNIT) + 1),
}


def _old_repair_text(text: str) -> str:
    return apply_edits(text, _old_find(text))


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_short_repetitions_repeat(name: str) -> None:
    """On a few repetitions the old scan repairs each unit alike; the long-line test relies on it."""
    unit, _ = FAMILIES[name]
    for k in range(1, 6):
        assert _new_find(unit * k) == _old_find(unit * k)
        assert _old_repair_text(unit * k) == _expected(unit, k)


def _expected(unit: str, k: int) -> str:
    """The old scan's repair of ``unit * k``: the repaired unit, k times, without the trailing space."""
    one = _old_repair_text(unit + unit[0])[:-1]  # the unit repaired where another unit follows
    return (one * k).rstrip(" ")


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_long_line_is_repaired(name: str) -> None:
    unit, k = FAMILIES[name]
    want = _expected(unit, k)
    script = textwrap.dedent(
        f"""
        from textrepair import apply_edits, repair
        text = {unit!r} * {k}
        r = repair(text, select=["SPC"])
        assert apply_edits(text, r.edits) == r.text
        assert r.text == {want!r}, "output differs"
        print(len(r.edits))
        """
    )
    # A generous bound, only to turn a hang into a failure; this is no timing test.
    done = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) > 0


def test_long_lines_next_to_each_other() -> None:
    """Columns are compared with the lines above and below, each measured once."""
    text = "\n".join(["word  other " * 300, "a   b . " * 300, "x  " * 300, "x  " * 300, "Name:  x . " * 300])
    assert _new_find(text) == _old_find(text)
    r = repair(text, select=["SPC"])
    assert apply_edits(text, r.edits) == r.text


def _names_mark_walking_back(text: str, start: int) -> bool:
    """``spacing._names_mark`` as first written: the word before ``start`` found by walking back over it."""
    begin = start
    floor = max(0, start - spacing._LONGEST_NAME - 1)
    while begin > floor and text[begin - 1].isalpha():
        begin -= 1
    return begin < start and text[begin:start] in spacing._NAMES_A_MARK


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(st.sampled_from([*spacing._NAMES_A_MARK, "x", "he", "é", "1", " ", ".", "word"]), max_size=8).map("".join)
)
def test_names_mark_told_by_the_ending_is_the_walk_back(text: str) -> None:
    for start in range(len(text) + 1):
        assert spacing._names_mark(text, start) == _names_mark_walking_back(text, start)
