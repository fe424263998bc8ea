"""ENC repairs a line once for each text it occurs in, or once for each digit shape: the edits of repairing every line.

Lines that differ only in their ASCII digits share one repair
(``encoding._digit_shape``) when its edits hold no digit; these tests repair
texts of such lines with and without remembering, under the options that
touch digits (a normal form that writes them, curly quotes).
"""

from __future__ import annotations

import random
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textrepair import apply_edits, repair
from textrepair.normalizers import encoding

# Pieces of lines: digits beside mojibake of every kind, and the things that
# tell digits apart or write new ones (entities, escapes, full-width digits
# read as mojibake, superscripts under NFKC).
PIECES = [
    "1",
    "7",
    "42",
    "0",
    " ",
    "  ",
    "row",
    "caf\u00c3\u00a9",
    "don\u00e2\u20ac\u2122t",
    "\u00c3 ",
    "\u00c3",
    "\u00e2\u20ac",
    "\u00e2\u20ac\u0153",
    "\u00c3\u0192\u00c2\u00a9",
    "\u00ef\u00bc\u2018",  # "１" read as Windows-1252
    "\u00ef\u00ac\u0081",  # "ﬁ"
    "\u00b2",
    "\uff11",
    "&#49;",
    "&amp;",
    "\x1b[31m",
    "\x00",
    "\x85",
    "\u200b",
    "\u00ad",
    "\u201c",
    "\u201d",
    "'",
    ".",
    "\u00e9",
    "\u0432\u0402\u201c",
]


def _renamed(line: str, rng: random.Random) -> str:
    """``line`` with its digits renamed one to one at random: another line of its shape."""
    digits = list("0123456789")
    rng.shuffle(digits)
    return line.translate({ord(str(n)): d for n, d in enumerate(digits)})


@st.composite
def texts(draw: st.DrawFn) -> str:
    rng = draw(st.randoms(use_true_random=False))
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        line = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8)))
        lines += [line] + [_renamed(line, rng) for _ in range(rng.randint(0, 4))]
    rng.shuffle(lines)
    return "\n".join(lines)


OPTIONS = [{}, {"normalization": "NFKC"}, {"normalization": "NFC"}, {"quote_style": "curly"}, {"html_entities": False}]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts(), st.sampled_from(OPTIONS))
def test_remembered_repairs_are_the_repairs_of_each_line(text: str, options: dict[str, object]) -> None:
    got = repair(text, select=["ENC"], **options)
    with mock.patch.object(encoding, "_MEMO_LINE", -1):  # every line repaired on its own
        want = repair(text, select=["ENC"], **options)
    assert got.edits == want.edits
    assert got.text == want.text == apply_edits(text, got.edits)


def test_numbered_lines_are_repaired_once_for_each_shape() -> None:
    text = "".join(f"{n} caf\u00c3\u00a9 don\u00e2\u20ac\u2122t\n" for n in range(2000))
    with mock.patch.object(
        encoding.FixEncoding, "_fix_line", autospec=True, side_effect=encoding.FixEncoding._fix_line
    ) as fix:
        result = repair(text, select=["ENC"])
    assert result.text == "".join(f"{n} caf\u00e9 don\u2019t\n" for n in range(2000))
    # The shapes of 0 to 1999 ("0", "00", "01", "000", "001", "010", "011", "012" ...): 1 + 2 + 5 + 15.
    assert fix.call_count <= 23
