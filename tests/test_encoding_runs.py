"""ftfy reads a long plain run as its two ends, and gives the text and steps of its reading of the whole.

``encoding._fix_and_explain`` leaves the middle of each long run of printable
ASCII (but "&" and "<") out of what ftfy reads. Here it must equal
``ftfy.fix_and_explain`` on every configuration ENC uses, with the run's ends
beside everything that reads into a run: mojibake lead characters before a
space or "?", letters before "Ã ", HTML entities, terminal escapes with long
digit runs, "<", combining marks, full-width forms that read as the mark.
"""

from __future__ import annotations

import random

import ftfy
import pytest
from ftfy.badness import is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

from textrepair.normalizers import encoding

#: What stands beside a run's ends: damage, entities, escapes, the mark itself.
NEIGHBOURS = (
    "caf\u00c3\u00a9",
    "don\u00e2\u20ac\u2122t",
    "\u00c3",
    "\u00c2",
    "\u00e2\u20ac",
    "\u00c3\u0192\u00c2\u00a9",
    "\u00d0\u00bf\u00d1\u20ac",
    "\u0153",
    "\x9d",
    "\x85",
    "\ufffd",
    "\x00",
    "\x1a",
    "\x1b[",
    "\x1b",
    "&",
    "&amp;",
    "&#",
    "<",
    "\u0301",
    "\ufb01",
    "\ud83d",
    "\uff3b\uff5e\uff20\uff3d",
    "\u00e9",
    "\u201c",
    "\t",
)
#: What a run is made of: its ends decide, so letters, digits, spaces, "?" and ";" among them.
RUN_CHARS = "ab ?;19#xX[]m~@.Z"
CONFIGS = [encoding._config(entities, form) for entities in (True, False) for form in (None, "NFC", "NFKC")]


def _run(rng: random.Random) -> str:
    length = rng.choice((20, 31, 32, 40, 45, 60, 64, 100, 300))
    return "".join(rng.choice(RUN_CHARS) for _ in range(length))


def _line(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 6)):
        parts.append(rng.choice(NEIGHBOURS) * rng.randint(1, 3))
        parts.append(_run(rng))
    if rng.random() < 0.5:
        parts.append(rng.choice(NEIGHBOURS))
    return "".join(parts)


def _same(line: str) -> None:
    for config in CONFIGS:
        fixed, steps = encoding._fix_and_explain(line, config)
        expected = ftfy.fix_and_explain(line, config)
        assert (fixed, list(steps or [])) == (expected.text, list(expected.explanation or [])), (line, config)


@pytest.mark.parametrize("seed", range(20))
def test_shortened_runs_read_as_the_whole_line(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(50):
        _same(_line(rng))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NEIGHBOURS), st.text(st.sampled_from(RUN_CHARS), min_size=20)), max_size=4))
def test_any_neighbours_and_runs(parts: list[tuple[str, str]]) -> None:
    _same("".join(a + b for a, b in parts))


def test_runs_are_left_out_only_when_long_and_not_after_an_escape() -> None:
    run = "plain words " * 10
    assert encoding._run_middles(run) == [(8, len(run) - 8)]
    assert encoding._run_middles("\x1b" + run) == []  # a terminal escape's digits may run on
    assert encoding._run_middles("&" + run) == [(33, len(run) - 7)]  # an entity reads 26 into it
    assert encoding._run_middles("short run") == []
    assert encoding._run_middles(run + encoding._MARK) == []  # a text holding the mark is read whole


def test_a_mark_written_by_ftfy_falls_back_to_the_whole_line() -> None:
    line = "\uff3b\uff5e\uff20\uff3d" + "plain words " * 10 + "caf\u00c3\u00a9"
    _same(line)


@pytest.mark.parametrize("seed", range(10))
def test_ftfy_heuristic_judges_the_shortened_line_alike(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(100):
        line = _line(rng)
        assert is_bad(encoding._as_ftfy_reads(line)) == is_bad(line), line
