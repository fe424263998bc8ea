"""ENC's reading of a line whose only damage is control characters is ftfy's own (encoding._without_controls)."""

from __future__ import annotations

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textrepair import repair
from textrepair.normalizers import encoding

#: Controls ftfy removes, ESC, kept ones (tab, CR, form feed), plain text, and what ftfy's other
#: fixes read: mojibake pieces, a lost no-break space, an entity, a ligature, C1, a surrogate.
PIECES = [
    "\x00",
    "\x01",
    "\x07",
    "\x0b",
    "\x1f",
    "\x7f",
    "\x1b",
    "\x1b[31m",
    "\t",
    "\r",
    "\x0c",
    "\ufeff",
    "\u206a",
    "a",
    "word ",
    " ",
    "caf",
    "\u00c3",
    "\u00a9",
    "\u00e2\u20ac",
    "\u2122",
    "\u00c3 ",
    "&amp;",
    "&",
    "<",
    "\ufb01",
    "\x85",
    "\x92",
    "\ud83d",
    "\u2019",
    "\ufffd",
    "e\u0301",
    "\u00e9",
]
LINES = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


@pytest.mark.parametrize("entities", [True, False])
@pytest.mark.parametrize("normalization", [None, "NFC"])
@settings(max_examples=400, deadline=None)
@given(line=LINES)
def test_a_line_of_controls_is_read_as_ftfy_reads_it(line: str, entities: bool, normalization: str | None) -> None:
    config = encoding._config(entities, normalization)
    known = encoding._without_controls(line, config, entities)
    if known is not None:
        fixed, steps = ftfy.fix_and_explain(line, config)
        assert known == (fixed, steps)


def test_the_shortcut_is_taken_on_binary_ish_text() -> None:
    line = "\x00\x01\x02 abc \ufffd " * 3 + "end"
    config = encoding._config(True, None)
    assert encoding._without_controls(line, config, True) == tuple(ftfy.fix_and_explain(line, config))
    assert encoding._without_controls("caf\u00c3\u00a9\x00", config, True) is None  # mojibake: ftfy reads it
    assert encoding._without_controls("\x1b[31mred\x00", config, True) is None  # a terminal escape
    assert repair(line).text == " abc \ufffd abc \ufffd abc \ufffd end"
