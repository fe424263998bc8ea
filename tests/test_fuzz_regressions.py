"""Minimal cases fuzzing found, each once a repair that changed its own output; and the fuzzer itself."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from textrepair import repair
from textrepair.process import repair_text

ROOT = Path(__file__).resolve().parent.parent
#: (text, repair() keywords, markup kind or None for the library call alone). Families:
#: - SPC001: a label's "no space before the colon" verdict counted plain spaces only,
#:   and SPC003 makes odd spaces plain;
#: - ENC001: one decoding split by the alignment around a shared character, half
#:   left as chance or protected and the other half (an insertion, before or
#:   after) applied, growing every run;
#: - ENC001/ENC002/QUO001: the word boundary before a URL was a Unicode letter test,
#:   and ENC turns controls and mojibake before a URL into letters, or removes an
#:   invisible character between the URL and a word; a NEL after "scheme://"
#:   ended the URL until ENC decoded it;
#: - SPC001: "the , " names the mark, but only while a space follows it, which
#:   SPC004 removes at a line's end;
#: - ENC002: a vertical tab or NEL made a line feed changed the markup's structure
#:   (a blank line ends a Markdown link), so what the next repair protects; and a
#:   control at a backtick span's end, white space to a regular expression, once
#:   repaired moved the span;
#: - SPC002: a doubled space kept for lining up with the next line no longer lined
#:   up on a second repair, after another removal (SPC001, SPC002) before it on
#:   its own line or on the neighbour;
#: - PRN003 fixes a misspelling only beside a capitalised name, which PRN002 may
#:   write in the same round ("kobe Jabpan");
#: - ENC001 under curly quotes applied the rest of a layered decoding whose one
#:   part it held as the quote rule's work.
IDEMPOTENCE_CASES: list[tuple[str, dict[str, Any], str | None]] = [
    ("kobe Jabpan", {"profile": "strict", "threshold": 0.5}, None),
    # ENC001 under curly quotes: part of a four-layer decoding held as the quote rule's work,
    # the rest applied, and each repair read the line one layer further.
    (
        "\u00c6\u2019\u00c3\u201a\u00c3\u0192\u00c2\u00a2\u00c3\u00a2\u00e2\u20ac\u0161"
        "\u00c2\u00ac\u00c3\u2026\u00c2\u00a1\u201a\u00ac",
        {"profile": "typography", "quote_style": "curly", "threshold": 0.9, "unsafe_fixes": True},
        "text",
    ),
    ("a\u2007a :", {}, None),
    ("a\u2007a :", {}, "html"),
    ("a\u3000a :", {"quote_style": "curly", "unsafe_fixes": True}, None),
    ("a\u3000a :", {"quote_style": "curly", "unsafe_fixes": True}, "html"),
    ("a\u3000a :", {"quote_style": "curly", "unsafe_fixes": True}, "rst"),
    (
        "\u00e2\u20ac\u0153\u00c6\u201c",
        {"quote_style": "keep", "profile": "safe", "unsafe_fixes": True, "threshold": 0.0},
        None,
    ),
    (
        "\u00e2\u20ac\u0153\u00c6\u201c",
        {"quote_style": "curly", "profile": "safe", "unsafe_fixes": True, "threshold": 0.0},
        None,
    ),
    ("\u00be\x03a://\x82", {}, "html"),
    ("\u00c3\u00a9a://\u00c3\u00a9", {}, "rst"),
    ("\x8ea://\x8e", {}, "text"),
    ("\u00c4\u200ba://\u201a", {}, "rst"),
    ("\x88a://don\u00e2\u20ac\u2122t", {}, "text"),
    (
        "\n\n".join(f"They sought the advice of international locations, part {n}." for n in range(6)) + "\n",
        {},
        "markdown",
    ),
    ("word " * 400 + "the end  . More  words here  .", {}, None),
    ("ur  house  l\nnight\u2014one  w", {"threshold": 0.0, "unsafe_fixes": True}, "text"),
    ("<p>  ere  u\nannounce  e", {"profile": "typography", "quote_style": "straight"}, "html"),
    ("abcd  ef\nab ,  cd", {}, None),  # SPC001 on the next line shifts its column
    (
        "don\u00e2\u20ac\u2122tcaf\u00c3\u00a9thethe  don\u00e2\u20ac\u2122t\n"
        "don\u00e2\u20ac\u2122tcaf\u00c3\u00a9\u201cquoted\u201d ..5 .  don\u00e2\u20ac\u2122t",
        {"quote_style": "straight"},
        None,
    ),
    ("[\x0b\n\u00e2\u20ac]()", {"profile": "strict", "quote_style": "straight"}, "markdown"),
    ("word\x85# tag", {}, "markdown"),
    ("`\x85`\u00e2\u20ac:`", {"threshold": 0.0, "normalization": "NFKC"}, "text"),
    ("...\u200ba://don\u00e2\u20ac\u2122t", {}, "text"),
    ("the , ", {}, "rst"),
    ("the , ", {}, None),
    ("a://\x85\u2014 .", {}, "text"),
    ("\u00a0 .\u2009", {"normalization": "NFKC"}, "markdown"),
    (
        "\u00c3\u0192\u00c6\u2019\u00c3\u201a\u00a2\u00c3\u0192",
        {"profile": "typography", "normalization": "NFKC"},
        "markdown",
    ),
    # A repair that moves markup: QUO001 makes a tag with a curly quote as its
    # attribute's delimiter valid inline HTML, which the next repair protects;
    # ENC001 and SPC001 make ":don't:" a reST role; ENC001 makes a C1 control
    # after an inline literal a letter, which ends no reST markup.
    ('<L n=\u201d"> :', {"profile": "safe"}, "markdown"),
    (" :don\u00e2\u20ac\u2122t : .", {}, "rst"),
    ("``lit``\x83`code .`", {}, "rst"),
    # ENC002 removes a control between two backtick runs, which makes a code fence.
    (">``\x07`\np \u00a0`", {"profile": "typography"}, "markdown"),
    # Markup that moves, protected only in part: half a line's repair read otherwise on the
    # next run (a NEL is "…" only beside other C1 controls; two vertical tabs go, one is a space).
    ("\x910|\x85|", {}, "rst"),
    ("don\u00e2\u20ac\u2122t\x0b\x0b:ref:`x`", {}, "markdown"),
    (
        "\u00c3\u00a2\u00e2\x82\u201c://a",
        {"profile": "strict", "quote_style": "curly", "threshold": 0.3, "unsafe_fixes": True, "normalization": "NFKC"},
        "text",
    ),
    # ENC001: NFKC's no-break space aligned as a deletion and an insertion a run of spaces apart.
    ("\u00a0\x0b\x0bdon\u00e2\u20ac\u2122t\u2009", {"normalization": "NFKC"}, "markdown"),
]


@pytest.mark.parametrize(("text", "options", "markup"), IDEMPOTENCE_CASES)
def test_repair_does_not_change_its_own_output(text: str, options: dict[str, Any], markup: str | None) -> None:
    if markup is None:
        once = repair(text, **options).text
        assert repair(once, **options).text == once
    else:
        settings = {"markup": markup, **{k.replace("_", "-"): v for k, v in options.items()}}
        once = repair_text(text, settings).text
        assert repair_text(once, settings).text == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one\u0085two", "one\ntwo"),  # NEL: a line break, not "…"
        ("one\x0btwo", "one\ntwo"),  # vertical tab: Word's line break, not deleted
        ("first line\x0bsecond line\x0bthird", "first line\nsecond line\nthird"),
        ("one \x0btwo", "one two"),  # beside a space: the break is there already
        ("line\x85\nnext", "line\nnext"),
    ],
)
def test_line_break_controls_become_line_feeds(text: str, expected: str) -> None:
    result = repair(text)
    assert result.text == expected
    assert {e.rule for e in result.edits} == {"ENC002"}
    assert repair(result.text).text == result.text


def test_line_break_controls_in_markup_become_spaces() -> None:
    # A line feed could start a heading or a list, or end a paragraph, in markup.
    assert repair_text("one\x85# two", {"markup": "markdown"}).text == "one # two"


def test_nel_beside_other_c1_mojibake_is_still_an_ellipsis() -> None:
    # Windows-1252 read as Latin-1: "\x85" there is "…", as the "\x92" beside it shows.
    assert repair("Wait\x85 don\x92t go").text == "Wait\u2026 don't go"


def _fuzz_module() -> Any:
    spec = importlib.util.spec_from_file_location("textrepair_fuzz", ROOT / "scripts" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["textrepair_fuzz"] = module
    spec.loader.exec_module(module)
    return module


def test_cases_are_reproducible_from_seed_and_number() -> None:
    fuzz = _fuzz_module()
    paragraphs = ["A paragraph of plain prose, long enough to mutate a few times over."] * 3
    assert fuzz.make_case(7, 12, paragraphs) == fuzz.make_case(7, 12, paragraphs)
    assert fuzz.make_case(7, 12, paragraphs) != fuzz.make_case(8, 12, paragraphs)


def test_a_brief_fuzz_run_is_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The CI share of ``scripts/fuzz.py``: a fixed seed, a few hundred cases, every source and markup."""
    fuzz = _fuzz_module()
    corpus = ROOT.parent / "shared" / "corpus"
    args = ["--seed", "1", "--cases", "400", "--out", str(tmp_path / "failures.jsonl")]
    if not corpus.is_dir():
        args += ["--corpus", str(tmp_path / "none")]
    code = fuzz.main(args)
    out = capsys.readouterr()
    assert code == 0, out.out + (tmp_path / "failures.jsonl").read_text("utf-8")
    assert "400 cases" in out.err


@pytest.mark.parametrize(
    ("text", "markup"),
    [
        ('<L n=\u201d"> :', "markdown"),  # the quote that would make a tag stays
        (" :don\u00e2\u20ac\u2122t : .", "rst"),  # the mojibake that would make a role stays
        ("``lit``\x83`code .`", "rst"),  # the control that ends the literal stays
    ],
)
def test_a_repair_that_would_move_markup_is_left_out(text: str, markup: str) -> None:
    assert repair_text(text, {"markup": markup, "profile": "safe"}).text == text


def test_markup_that_moves_is_kept_when_the_next_run_agrees() -> None:
    # The quote makes a tag; nothing beside it reads the tag otherwise, so the repair stands.
    assert repair_text('<L n=\u201d"> x', {"markup": "markdown"}).text == '<L n=""> x'


def test_repair_beside_markup_that_does_not_move_is_kept() -> None:
    text = 'A caf\u00c3\u00a9 , see <a href="x">don\u00e2\u20ac\u2122t</a> and `code`.\n'
    assert repair_text(text, {"markup": "markdown"}).text == 'A café, see <a href="x">don’t</a> and `code`.\n'
