"""ENC on very long lines: linear work, the same repair as ftfy, and edits that add up.

The character diff of a damaged line is aligned window by window once the
line is longer than a window; on real text that must be the alignment of the
whole line, which the property tests check with small windows.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import unicodedata
from unittest import mock

import ftfy
import ftfy.bad_codecs  # registers sloppy-windows-1252
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textrepair import apply_edits, repair
from textrepair.normalizers import encoding

CLEAN40 = " ".join(["word"] * 40) + " "
FAMILIES = {
    "mojibake_words": "don\u00e2\u20ac\u2122t caf\u00c3\u00a9 ",
    "lost_nbsp": "\u00c3 ",
    "clean_then_mojibake": "caf\u00c3\u00a9 ",
    "double_mojibake": "\u00c3\u0192\u00c2\u00a9",
}
BIG = 250_000  # one line, longer than ENC's alignment window, within one piece (checked below)


def _line(family: str, size: int) -> str:
    """One line of about ``size`` characters of the family's damage."""
    unit = FAMILIES[family]
    prefix = CLEAN40 if family == "clean_then_mojibake" else ""
    return prefix + unit * max(1, (size - len(prefix)) // len(unit))


def _ftfy(text: str) -> str:
    """ftfy's repair as ENC configures it: quotes kept curly, trailing white space not judged."""
    core = text.rstrip(" ")
    return ftfy.fix_text(core, uncurl_quotes=False) + text[len(core) :]


@pytest.mark.parametrize("family", FAMILIES)
def test_short_line_matches_ftfy(family: str) -> None:
    # The relation the long lines are held to is today's behaviour on short ones.
    for size in (10, 200, 5_000):
        text = _line(family, size)
        result = repair(text, select=["ENC"])
        assert result.text == _ftfy(text) != text
        assert apply_edits(text, result.edits) == result.text


# A child process, so that a hang shows as a timeout rather than a stuck run.
_CHILD = textwrap.dedent(
    """
    import json, sys
    from textrepair import apply_edits, repair
    from tests.test_encoding_long_lines import _ftfy, _line

    from textrepair.pieces import cut_points

    text = _line(sys.argv[1], int(sys.argv[2]))
    enc = repair(text, select=["ENC"])
    full = repair(text)
    points = cut_points(text)
    # A line longer than a piece is judged in parts, as ftfy judges a line longer than its limit.
    parts = "".join(_ftfy(text[a:b]) for a, b in zip(points, points[1:]))
    print(json.dumps({
        "length": len(text),
        "enc_edits": len(enc.edits),
        "enc_applies": apply_edits(text, enc.edits) == enc.text,
        "enc_is_ftfy": enc.text == parts,
        "enc_changed": enc.text != text,
        "full_applies": apply_edits(text, full.edits) == full.text,
    }))
    """
)


def test_big_line_is_one_piece() -> None:
    from textrepair.pieces import PIECE_CHARS

    assert BIG < PIECE_CHARS  # test_long_line compares one ftfy judgement of the whole line


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("size", [BIG, 600_000])
def test_long_line(family: str, size: int) -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, family, str(size)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["length"] > size - 50
    assert report["enc_edits"] > 0
    assert report == {**report, "enc_applies": True, "enc_is_ftfy": True, "enc_changed": True, "full_applies": True}


# Realistic damaged lines: English words, some of them mojibake (once or twice),
# entities, invisible and control characters, ligatures.
WORDS = [
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "is",
    "was",
    "it",
    "for",
    "on",
    "that",
    "with",
    "as",
    "by",
    "at",
    "this",
    "from",
    "or",
    "be",
    "are",
    "an",
    "not",
    "but",
    "have",
    "his",
    "her",
    "they",
    "which",
    "one",
    "you",
    "were",
    "had",
    "all",
    "we",
    "when",
    "there",
    "can",
    "been",
    "who",
    "more",
    "if",
    "will",
    "would",
    "out",
    "so",
    "up",
    "no",
    "said",
    "what",
    "its",
    "about",
    "into",
    "than",
    "them",
    "only",
    "some",
    "could",
    "time",
    "these",
    "two",
    "may",
    "first",
    "then",
    "do",
    "any",
    "like",
    "my",
    "now",
    "over",
    "such",
    "our",
    "man",
    "me",
    "even",
]
DAMAGEABLE = [
    "café",
    "naïve",
    "don’t",
    "it’s",
    "“quoted”",
    "résumé",
    "façade",
    "Zoë",
    "voilà",
    "—",
    "…",
    "São Paulo",
    "Ångström",
    "£5",
    "10°C",
    "niño",
    "Straße",
    "€20",
    "•",
]
OTHER_DAMAGE = [
    "&amp;",
    "&#8217;",
    "co\u00adoperate",
    "zero\u200bwidth",
    "\x07",
    "\ufb01ne",
    "\ufeff",
    "caf\u00c3\u00a9s",
]


def _mojibake(word: str, times: int) -> str:
    for _ in range(times):
        word = word.encode("utf-8").decode("sloppy-windows-1252")
    return word


token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(DAMAGEABLE),
    st.builds(_mojibake, st.sampled_from(DAMAGEABLE), st.sampled_from([1, 1, 1, 2])),
    st.sampled_from(OTHER_DAMAGE),
)
separator = st.sampled_from([" ", " ", " ", " ", ", ", ". ", "  ", "\u00a0"])
# 30 to 500 words: up to several windows of 128 characters, often more than one of 512.
lines = (
    st.integers(min_value=30, max_value=500)
    .flatmap(lambda n: st.lists(st.tuples(token, separator), min_size=n, max_size=n))
    .map(lambda parts: "".join(w + s for w, s in parts).rstrip())
)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(lines)
def test_windowed_diff_is_the_whole_diff(line: str) -> None:
    fixed, _ = ftfy.fix_and_explain(line, encoding._config(True, None))
    whole = encoding._char_diff(line, fixed, window=10**9)
    for window in (128, 512):
        assert encoding._char_diff(line, fixed, window=window) == whole


@SETTINGS
@given(st.lists(lines, min_size=1, max_size=3).map("\n".join))
def test_windowed_repair_is_the_whole_repair(text: str) -> None:
    want = repair(text, select=["ENC"])
    with mock.patch.object(encoding, "_WINDOW", 128):
        got = repair(text, select=["ENC"])
    assert got.text == want.text
    assert got.edits == want.edits
    assert apply_edits(text, got.edits) == got.text


@pytest.mark.parametrize("family", FAMILIES)
def test_windowed_diff_of_a_family_is_the_whole_diff(family: str) -> None:
    line = _line(family, 20_000).rstrip()
    fixed, _ = ftfy.fix_and_explain(line, encoding._config(True, None))
    whole = encoding._char_diff(line, fixed, window=10**9)
    for window in (128, encoding._WINDOW, 8192):
        assert encoding._char_diff(line, fixed, window=window) == whole


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("", ""),
        ("x" * 1000, ""),
        ("", "y" * 1000),
        ("x" * 1000, "y" * 700),
        ("ab" * 500, "ab" * 500),
        ("ab" * 500 + "\u00c3\u00a9", "ab" * 500 + "\u00e9"),
        ("\u00c3\u00a9" + "ab" * 500, "\u00e9" + "ab" * 500),
        ("\u00c3\u0192\u00c2\u00a9" * 300 + " ok " * 300, "\u00e9" * 300 + " ok " * 300),
    ],
)
def test_windowed_diff_edge_cases(a: str, b: str) -> None:
    got = encoding._char_diff(a, b, window=64)
    rebuilt, pos = [], 0
    for start, end, after in got:
        rebuilt += [a[pos:start], after]
        pos = end
    assert "".join([*rebuilt, a[pos:]]) == b
    assert got == encoding._char_diff(a, b, window=10**9)


def test_a_line_dense_with_damage_is_reported_in_groups() -> None:
    from textrepair import repair
    from textrepair.normalizers.encoding import DENSE_LINE

    unit = "caf\u00c3\u00a9 don\u00e2\u20ac\u2122t "
    line = unit * (DENSE_LINE * 2)
    result = repair(line, select=["ENC"])
    assert result.text == repair(unit, select=["ENC"]).text * (DENSE_LINE * 2)
    assert len(result.edits) < DENSE_LINE * 4 / 10
    assert all(e.rule == "ENC001" and "dense" in e.message for e in result.edits)
    assert repair(result.text, select=["ENC"]).text == result.text
    sparse = repair(unit * (DENSE_LINE // 4), select=["ENC"])
    assert len(sparse.edits) == DENSE_LINE // 2  # a line with fewer changes keeps one edit each


@SETTINGS
@given(
    st.text(st.sampled_from("a\u00e9\u0800\u4e00\u201c\u200b\ufffd\u2071\u0915") | st.characters()), st.integers(1, 3)
)
def test_far_letters_of_the_scan_are_those_of_a_look_at_each_character(text: str, at_least: int) -> None:
    found = sum(1 for c in text if ord(c) >= encoding._THREE_BYTES and unicodedata.category(c).startswith("L"))
    assert encoding._far_letters(text, at_least) == (found >= at_least)
