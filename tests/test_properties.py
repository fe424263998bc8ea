"""Invariants of every repair, on arbitrary and on damage-shaped text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textrepair import apply_edits, repair

FRAGMENTS = [
    "don\u00e2\u20ac\u2122t",
    "caf\u00c3\u00a9",
    "\u201cquoted\u201d",
    "\u2018single\u2019",
    "it\u2019s",
    '"',
    "'",
    " ",
    "  ",
    "   ",
    "\u00a0",
    "\t",
    "\n",
    "\r\n",
    "\n\n",
    " .",
    " ,",
    " ?",
    "...",
    " ... ",
    ".5",
    ":)",
    "&amp;",
    "&#8217;",
    "\u200b",
    "\u00ad",
    "\ufb01",
    "\x07",
    "\ufeff",
    "international locations",
    "in opposition to",
    "kyiv",
    "russian",
    "Volodomyr",
    "Zelenskyy",
    "the",
    "NATO",
    "word",
    "Word",
    "WORD",
    "5'10\"",
    "\u2014",
    "https://example.com/a_b?c=d",
    "`code .`",
    "\ue000",
    "\U0001f600",
]
damaged = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=5), max_size=40).map("".join)
anything = st.text(max_size=200)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str, **options: object) -> None:
    result = repair(text, **options)
    pos = 0
    for e in result.edits:
        assert pos <= e.start <= e.end <= len(text)
        assert text[e.start : e.end] == e.before
        pos = e.end
    assert apply_edits(text, result.edits) == result.text
    places = [(e.start, e.end) for e in result.suggestions]
    assert places == sorted(places), "suggestions are in order of place (reports merge them with the edits as they go)"
    for before, after in zip(result.stages, result.stages[1:], strict=False):
        assert apply_edits(before.input, before.edits) == after.input
    assert repair(result.text, **options).text == result.text, "repair is not idempotent"


@SETTINGS
@given(anything)
def test_arbitrary_unicode(text: str) -> None:
    _check(text)


@SETTINGS
@given(damaged)
def test_damage_shaped_text(text: str) -> None:
    _check(text)


@SETTINGS
@given(damaged, st.sampled_from(["straight", "curly", "keep", "document"]))
def test_every_quote_style(text: str, style: str) -> None:
    _check(text, quote_style=style)


@SETTINGS
@given(damaged, st.data())
def test_protected_spans_are_untouched(text: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    result = repair(text, protected=spans)
    assert apply_edits(text, result.edits) == result.text
    for start, end in spans:
        assert not any(e.start < end and start < e.end for e in result.edits)


# The scans behind the fast paths must find what the plain patterns find.


@SETTINGS
@given(damaged)
def test_encoding_prefilter_finds_every_suspect_line(text: str) -> None:
    from textrepair.normalizers.encoding import _needs_ftfy, _suspect_lines

    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    lines = [s for s in starts if _needs_ftfy(text[s:].split("\n", 1)[0].rstrip("\r"), True)]
    assert [start for start, _ in _suspect_lines(text)] == lines


@SETTINGS
@given(damaged)
def test_spacing_shortcuts_change_nothing(text: str) -> None:
    import re

    from textrepair.normalizers import spacing

    odd = spacing._has_odd(text)
    assert odd == bool(re.search(f"[{spacing._ODD}]", text))
    assert list(spacing._runs(text, odd)) == list(spacing._runs(text, True))
    # SPC004 as first written: one pattern for the whole run.
    want = []
    for m in re.finditer(rf"[ \t{spacing._ODD}]+(?=\r?\n|\r|\Z)", text):
        start, end = m.span()
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip() and m[0] == "  " and spacing._next_line_has_text(text, end):
            continue
        want.append((start, end))
    assert [(e.start, e.end) for e in spacing.FixSpacing()._trailing(text)] == want
    assert spacing._may_trail(text, odd) or not want
