"""The markup scanners' linear forms find exactly what their simple forms find.

Each scanner that was super-linear on some input (a line of ``a.a.a``, of
``:a:a``, of braces, of brackets) now does less work; the simple form it
replaced, kept here as the reference, must agree with it on random strings
made of the characters that matter, and on real documentation trees.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from textrepair.markup import common, markdown, rst
from textrepair.markup._spans import joined, merge

#: reST inline markup as one pattern, simple references included (the form
#: rst._INLINE and rst._references replace), role names bounded as there.
RST_INLINE = re.compile(
    r"``\S.{0,2000}?``(?!\w)"
    rf"|:[\w.+:-]{{1,{rst.MAX_ROLE_NAME}}}:`[^`]{{0,2000}}`(?:__?)?"
    r"|`[^`]{1,2000}`:[\w.+:-]+:"
    r"|_`[^`]{1,2000}`"
    r"|`[^`]{1,2000}`(?:__?)?"
    r"|\|[^|\s](?:[^|\n]{0,200}[^|\s])?\|(?:__?)?"
    r"|\[(?:#[\w-]*|\*|\d+|[\w.-]+)\]_"
    r"|(?<![\w`])\w(?:[\w.+-]*\w)?__?(?![\w`])"
    r"|\\.",
    re.DOTALL,
)
#: Template tags and attribute lists as one pattern tried everywhere.
TEMPLATE = re.compile(f"{common.TEMPLATE_TAG.pattern}|{common.ATTRIBUTE_LIST.pattern}", re.DOTALL)
LOCAL_PART = re.compile(r"[\w.+-]{1,64}\Z")

RST_PIECES = [*"ab1_.:`+-\\|[]#* \n", "__", "``", ":`", "a_", "\n\n", "x" * 70]
TEMPLATE_PIECES = [*"{}%#<>:. a\n/", "{{", "}}", "{%", "%}", "{{<", ">}}", "{{< highlight", "{{< /highlight >}}"]
TEMPLATE_PIECES += ["{% raw %}", "{% endraw %}", "{: .x}", "x" * 2100]
MARKDOWN_PIECES = [*"[]()!<>&$`\\*_ a:/\n#|-", "](", "![", "[^1]", "&amp;", "<b>", "</b>", "http://x.y", "$x$", "``"]
MARKDOWN_PIECES += ["\n\n", "[a]: /u\n", "[^1]: note\n", "    ", "> ", "1. ", "[a](", ")", "<a x", "\n<div", "\n<a b"]


def _strings(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def _rst_paragraph_spans(text: str) -> list[tuple[int, int]]:
    inline = joined(m.span() for m in rst._INLINE.finditer(text))
    return merge([*inline, *rst._references(text, 0, len(text), inline)])


@pytest.mark.parametrize("seed", range(3))
def test_rst_inline_markup_matches_one_pattern(seed: int) -> None:
    for text in _strings(RST_PIECES, 3000, seed):
        assert _rst_paragraph_spans(text) == merge(m.span() for m in RST_INLINE.finditer(text)), text


@pytest.mark.parametrize("seed", range(3))
def test_template_tags_in_windows_match_one_pattern(seed: int) -> None:
    for text in _strings(TEMPLATE_PIECES, 3000, seed):
        want = [m.span() for m in TEMPLATE.finditer(text)] + [m.span() for m in common.EMOJI_SHORTCODE.finditer(text)]
        assert merge(common.template_spans(text)) == merge(want), text


def test_no_template_window_without_a_closer() -> None:
    """A run of openers with no closer in reach is not scanned for tags at all."""
    assert common._tag_windows("{" * 50_000) == []
    assert common._tag_windows("{" * 50_000 + "}}") == [(50_002 - common._TAG_REACH, 50_002)]


def test_email_local_part_read_backwards() -> None:
    for text in _strings([*"ab.+-@ _\u00e91", "a" * 70], 5000, 0):
        for at in (i for i, c in enumerate(text) if c == "@"):
            old = LOCAL_PART.search(text, max(0, at - 64), at)
            new = common._LOCAL_PART_REVERSED.match(text[max(0, at - 64) : at][::-1])
            assert (old and old.start()) == (new and at - new.end()), text


def _markdown_spans_with(
    monkeypatch: pytest.MonkeyPatch, parser: object, text: str
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    with monkeypatch.context() as patch:
        patch.setattr(markdown, "parser", lambda: parser)
        protected, html = markdown.markdown_spans(text, ("title",))
    return merge(protected), merge(html)


@pytest.fixture(scope="module")
def plain_parser() -> object:
    return markdown.build_parser(fast=False)


def _documentation_files(suffix: str) -> list[Path]:
    root = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs"
    return sorted(root.rglob(f"*{suffix}"))[:60] if root.is_dir() else []


def test_markdown_fast_parser_on_documentation(monkeypatch: pytest.MonkeyPatch, plain_parser: object) -> None:
    files = _documentation_files(".md")
    if not files:
        pytest.skip("the shared corpus (../shared/corpus/docs) is not here")
    fast = markdown.parser()
    for path in files:
        text = path.read_text("utf-8", "replace")
        want = _markdown_spans_with(monkeypatch, plain_parser, text)
        assert _markdown_spans_with(monkeypatch, fast, text) == want, path


def _spans_in_pieces(monkeypatch: pytest.MonkeyPatch, text: str, piece: int) -> tuple[list[tuple[int, int]], ...]:
    with monkeypatch.context() as patch:
        patch.setattr(markdown, "PIECE", piece)
        protected, html = markdown.markdown_spans(text, ("title",))
    return merge(protected), merge(html)


@pytest.mark.parametrize("seed", range(2))
def test_markdown_parsed_in_pieces_finds_the_same_spans(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    rng = random.Random(seed)
    blocks = ["Plain , prose.", "A `code , x` b", "- item\n\n  Still the item , here.", "```\ncode\n\nMore code\n```"]
    blocks += ["> quote\n\nText", "<div>\n\nHTML , here\n</div>", "Title\n=====", "a | b\n--|--\nc | d"]
    blocks += ["<!--\n\nComment , here\n-->", "    indented\n\nCode", "<pre>\n\nInside , pre\n</pre>", "Text\n---"]
    blocks += ["```\n\nInside , fence", "1. one\n\n   Two , here", "Term\n: definition , here"]
    for _ in range(80):
        chosen = [rng.choice(blocks) for _ in range(rng.randint(5, 40))]
        if rng.random() < 0.1:
            chosen.append(rng.choice(["$$\nx\n\nY\n$$", "[a]: /u", "[^1]: Note"]))
        text = "\n\n".join(chosen) + rng.choice(["", "\n", "\r\n"])
        if rng.random() < 0.3:
            text = text.replace("\n", "\r\n")
        assert _spans_in_pieces(monkeypatch, text, 16) == _spans_in_pieces(monkeypatch, text, 1 << 30), text


def test_markdown_parsed_in_pieces_on_documentation(monkeypatch: pytest.MonkeyPatch) -> None:
    files = _documentation_files(".md")
    if not files:
        pytest.skip("the shared corpus (../shared/corpus/docs) is not here")
    for path in files:
        text = path.read_text("utf-8", "replace")
        assert _spans_in_pieces(monkeypatch, text, 64) == _spans_in_pieces(monkeypatch, text, 1 << 30), path


@pytest.mark.parametrize("seed", range(2))
def test_markdown_paragraph_lines_found_whole_give_the_same_prose(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """An inline token whose content is its source lines as they are gets the prose the line-by-line search gives."""
    rng = random.Random(seed)
    pieces = [
        "a",
        "b c",
        " x",
        "\t",
        "`",
        "> ",
        "- ",
        "# ",
        "1. ",
        "\r\n",
        "\n",
        "\n",
        "\n\n",
        "  ",
        "\x00",
        "|",
        "===",
    ]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        with monkeypatch.context() as patch:
            patch.setattr(markdown, "_whole_lines_prose", lambda *_: False)
            want = markdown.markdown_spans(text, ("title",))
        got = markdown.markdown_spans(text, ("title",))
        assert (merge(got[0]), got[1]) == (merge(want[0]), want[1]), text


@pytest.mark.parametrize("seed", range(2))
def test_markdown_records_read_in_place_are_sorted(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """Records read in place when their starts increase give the spans that sorting them all gives."""
    original = markdown._records

    def always_sorted(tok: object) -> object:
        records = original(tok)  # type: ignore[arg-type]
        return None if records is None else sorted(records)

    for text in _strings(MARKDOWN_PIECES, 1500, seed):
        with monkeypatch.context() as patch:
            patch.setattr(markdown, "_records", always_sorted)
            want = markdown.markdown_spans(text, ("title",))
        got = markdown.markdown_spans(text, ("title",))
        assert (merge(got[0]), got[1]) == (merge(want[0]), want[1]), text


LINE_PIECES = ["a\n", "b c\n", "-\n", "---\n", "=\n", "> a\n", ">\n", "| a |\n", "\n", "- a\n", "1. a\n", "  a\n"]
LINE_PIECES += [
    "    a\n",
    "a | b\n",
    "--|--\n",
    ": d\n",
    "~ d\n",
    "```\n",
    "# h\n",
    "<div>\n",
    "!!! note\n",
    "[^1]: n\n",
]
LINE_PIECES += ["a\r\n", "\t- a\n", "***\n", "a `b\n", "c` d\n", "+ a\n", "a -\n", "==\n"]


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("pieces", ["inline", "lines"])
def test_markdown_fast_parser_finds_the_same_spans(
    monkeypatch: pytest.MonkeyPatch, plain_parser: object, pieces: str, seed: int
) -> None:
    """The fast parser's inline rules (on inline pieces), and its paragraph ends tried by first
    character and setext headings tried only near a "-" or "=" (on line pieces), change nothing."""
    fast = markdown.parser()
    for text in _strings(MARKDOWN_PIECES if pieces == "inline" else LINE_PIECES, 1500, seed):
        want = _markdown_spans_with(monkeypatch, plain_parser, text)
        assert _markdown_spans_with(monkeypatch, fast, text) == want, text


@pytest.mark.parametrize("seed", range(3))
def test_markdown_paragraphs_cut_in_pieces_find_the_same_spans(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """Long paragraphs cut between pieces (no blank line to cut at) give the spans of one parse."""
    rng = random.Random(seed)
    lines = ["abc", "Word , here", "a `b", "c` d", "x [a](b) y", "t | u", "--|--", ": def", "===", "- item"]
    lines += ["> quote", "  indented", "b\\", "e &amp; f", "<b>", "</b>", "", "```", "Title", "a  ", "z\t"]
    for _ in range(150):
        chosen = [rng.choice(lines[:2]) if rng.random() < 0.7 else rng.choice(lines) for _ in range(rng.randint(5, 80))]
        text = rng.choice(["\n", "\r\n"]).join(chosen) + rng.choice(["", "\n"])
        assert _spans_in_pieces(monkeypatch, text, 16) == _spans_in_pieces(monkeypatch, text, 1 << 30), text


@pytest.mark.parametrize("seed", range(2))
def test_markdown_code_spans_found_apart_match_the_parser(
    monkeypatch: pytest.MonkeyPatch, plain_parser: object, seed: int
) -> None:
    """Content whose only construct can be a code span gets the records markdown-it's backtick rule makes."""
    fast = markdown.parser()
    for text in _strings([*"`a \n", "``", "```", "- ", "> ", "\n\n", "    "], 3000, seed):
        want = _markdown_spans_with(monkeypatch, plain_parser, text)
        assert _markdown_spans_with(monkeypatch, fast, text) == want, text


@pytest.mark.parametrize("seed", range(2))
def test_markdown_with_bracket_colons_in_prose_is_parsed_in_pieces(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    # "]:" in prose defines nothing: the pieces still find what the whole does,
    # and so do definitions inside block quotes and lists, used pieces away.
    rng = random.Random(seed)
    blocks = ["She read [the letter]:\u2014 slowly.", "Plain , prose.", "A [link][a] , here.", "Text [^1] , more."]
    blocks += ["> [a]: /quoted", "- [b]: /listed", "See [b] and [a] , now.", "[^1]: A note , here."]
    blocks += ["Text\n\\[c]: not a label", "1. one\n\n   [c]: /item"]
    for _ in range(40):
        text = "\n\n".join(rng.choice(blocks) for _ in range(rng.randint(5, 40)))
        assert _spans_in_pieces(monkeypatch, text, 16) == _spans_in_pieces(monkeypatch, text, 1 << 30), text


def test_only_a_label_that_starts_a_line_may_define() -> None:
    assert not markdown._may_define("She read [the letter\nread]:\u2014 and wept.")
    assert not markdown._may_define("x [a]: b")
    assert markdown._may_define("[a]: /u")
    assert markdown._may_define("  > - [a]: /u")
    assert markdown._may_define("[^1]: note")
    assert markdown._may_define("[multi\nline]: /u")
    assert markdown._may_define("[a \\[b]: /u")
