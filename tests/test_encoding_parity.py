"""ENC repairs what ftfy repairs: the golden cases of each family of damage, and the skip test.

Every ENC golden case must come out as ``ftfy.fix_text(text, uncurl_quotes=False)``
does, except the deliberate differences of docs/rules/ENC.md, listed here
with the case that shows each. The skip test (lines ENC never hands to ftfy)
is checked against ftfy's own badness heuristic, pattern by pattern.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

import ftfy
import pytest
from ftfy.badness import BADNESS_RE, is_bad
from hypothesis import given
from hypothesis import strategies as st

from textrepair import repair
from textrepair.normalizers import encoding

GOLDEN = Path(__file__).parent / "golden" / "ENC"

#: Golden cases where ENC and ftfy differ on purpose (docs/rules/ENC.md, "Deliberate differences").
DELIBERATE = {
    "accent_before_curly_quotes": "an accent before curly quotes is not read as one Chinese character",
    "crlf_kept": "line endings belong to the file",
    "invisible_chars": "zero-width spaces and soft hyphens in Latin text are removed",
    "lost_9d_before_dash": "a lost closing quote is restored, not left as U+FFFD",
    "lost_9d_replacement_char": "a lost closing quote is restored, not left as U+FFFD",
    "lost_9d_question_mark": "a lost closing quote is restored, not left as U+FFFD",
    "lost_close_quote": "a lost closing quote is restored, not read as a dagger",
    "clean_fullwidth_kept": "full-width characters outside mojibake are kept",
}
CASES = sorted(GOLDEN.glob("*.in.txt"))


def _name(path: Path) -> str:
    return path.name[: -len(".in.txt")]


@pytest.mark.parametrize("path", CASES, ids=_name)
def test_golden_case_matches_ftfy(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    ours = repair(text, select=["ENC"]).text
    theirs = ftfy.fix_text(text, uncurl_quotes=False)
    if _name(path) in DELIBERATE:
        assert ours != theirs, f"no longer a deliberate difference: {_name(path)}"
    else:
        assert ours == theirs


def test_every_deliberate_difference_has_a_case_and_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "rules" / "ENC.md").read_text("utf-8")
    names = {_name(p) for p in CASES}
    for case in DELIBERATE:
        assert case in names
        assert f"`{case}`" in doc, f"docs/rules/ENC.md does not name {case}"


# The skip test: a line is skipped only where ftfy provably leaves it unchanged.


def _members(item: tuple[Any, Any]) -> set[int] | None:
    """The code points a parsed pattern item matches, or None for "too many to list" (\\w, ., a negation)."""
    op, arg = item
    if str(op) == "LITERAL":
        return {arg}
    if str(op) != "IN":
        return None
    out: set[int] = set()
    for sub_op, sub_arg in arg:
        if str(sub_op) == "LITERAL":
            out.add(sub_arg)
        elif str(sub_op) == "RANGE":
            out.update(range(sub_arg[0], sub_arg[1] + 1))
        else:  # NEGATE, CATEGORY
            return None
    return out


def _branches() -> list[list[tuple[Any, Any]]]:
    from re import _parser  # the parse tree of ftfy's pattern, to read its alternatives one by one

    tree = list(_parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags))
    assert len(tree) == 1 and str(tree[0][0]) == "BRANCH"
    return [list(branch) for branch in tree[0][1][1]]


def test_every_badness_pattern_holds_a_pair_or_a_single_tell() -> None:
    # What encoding._may_need_ftfy and encoding._mojibake_pair rely on: each
    # alternative of ftfy's pattern has two neighbouring items that match only
    # characters of the table, or an item that matches only single tells, or
    # "Â"/"Ã" before a space or a character of the table.
    table = {ord(c) for c in encoding._mojibake_chars()}
    singles = {0x152, 0x153, *range(0x80, 0xA0)}
    lost_space = {0xC2, 0xC3}
    for branch in _branches():
        sets = [_members(item) for item in branch]
        pairs = list(pairwise(sets))
        pair = any(a and b and a <= table and b <= table for a, b in pairs)
        single = any(s and s <= singles for s in sets)
        space = any(a and b and a <= lost_space and b <= table | {0x20} for a, b in pairs)
        assert pair or single or space, branch


def test_mojibake_table_is_every_non_ascii_character_of_the_pattern() -> None:
    chars = {chr(c) for branch in _branches() for item in branch for c in _members(item) or () if c >= 0x80}
    assert chars == encoding._mojibake_chars()


@given(st.text(st.sampled_from(sorted(encoding._mojibake_chars()) + list(" aeÃÂ\u0153&;.\n’“”…")), max_size=12))
def test_a_skipped_line_is_one_ftfy_leaves_alone(text: str) -> None:
    skipped = {start for start, _ in encoding._suspect_lines(text)}
    pos = 0
    for line in text.split("\n"):
        if pos not in skipped:
            core = line.rstrip(encoding.TRAILING_SPACE)  # trailing white space is not ftfy's to judge
            assert not is_bad(core)
            assert ftfy.fix_text(core, uncurl_quotes=False, fix_character_width=False) == core
        pos += len(line) + 1
