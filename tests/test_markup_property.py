"""Property: in random Markdown, code, URLs and front matter survive repair byte for byte."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textrepair import repair
from textrepair.markup import protected_spans

# Prose damage the normalizers act on; no Markdown syntax characters, so a
# piece of prose cannot merge with its neighbours into another construct.
_PROSE_PIECES = st.sampled_from(
    [
        "the",
        "kyiv",
        "russian",
        "international locations",
        "in opposition to",
        " ,",
        " .",
        "  ",
        "\u201c",
        "\u201d",
        "\u2019",
        "'",
        '"',
        "don\u00e2\u20ac\u2122t",
        "caf\u00c3\u00a9",
        "\u00a0",
        "word",
        "Text",
        "1",
        "?",
        ";",
    ]
)
_PROSE = st.lists(_PROSE_PIECES, min_size=1, max_size=12).map(lambda p: "a " + " ".join(p) + " z")
# Code may hold anything but its own delimiter.
_CODE_CHARS = st.sampled_from(list("ab ,.;:'\"\u201c\u201d\u2019\u00e2\u20ac\u2122\u00a0*_#<>$[]()\\"))
_CODE = st.lists(_CODE_CHARS, min_size=1, max_size=15).map("".join)
_URL = st.from_regex(
    r"https://[a-z]{1,8}\.(com|org)(/[a-z0-9,._-]{1,10}){0,3}(\?[a-z]=[a-z0-9,]{1,5})?[a-z0-9]", fullmatch=True
)


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A Markdown document and the pieces of it that must not change."""
    parts: list[str] = []
    kept: list[str] = []
    if draw(st.booleans()):
        front = "---\nslug: " + draw(_CODE).replace("\n", " ").strip(" -") + "x\ntags: [a ,b]\n---\n"
        parts.append(front)
        kept.append(front)
    kinds = st.sampled_from(["para", "fence", "indented", "list", "quote", "heading"])
    blocks = draw(st.lists(kinds, min_size=1, max_size=6))
    for n, block in enumerate(blocks):
        if block in ("list", "quote") and blocks[n + 1 : n + 2] == ["indented"]:
            block = "para"  # an indented block after a list item continues the item
        if block == "fence":
            lines = draw(st.lists(_CODE, min_size=1, max_size=3))
            piece = "```\n" + "\n".join(lines).replace("`", "'") + "\n```"
            kept.append(piece)
            parts.append(piece)
        elif block == "indented":
            lines = draw(st.lists(_CODE.map(lambda c: "    x" + c), min_size=1, max_size=3))
            piece = "\n".join(lines)
            kept.append(piece)
            parts.append(piece)
        else:
            words: list[str] = []
            for _ in range(draw(st.integers(1, 4))):
                words.append(draw(_PROSE))
                extra = draw(st.sampled_from(["code", "url", "none"]))
                if extra == "code":
                    piece = "`" + draw(_CODE).replace("`", "'") + "`"
                elif extra == "url":
                    piece = draw(_URL)
                else:
                    continue
                kept.append(piece)
                words.append(piece)
            prefix = {"list": "- ", "quote": "> ", "heading": "## "}.get(block, "")
            parts.append(prefix + " ".join(words))
    return "\n\n".join(parts) + "\n", kept


def _unchanged(original: str, spans: list[tuple[int, int]], edits: tuple) -> bool:
    return not any(e.start < end and start < e.end for e in edits for start, end in spans)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_protected_pieces_survive_repair(doc: tuple[str, list[str]]) -> None:
    text, kept = doc
    spans = protected_spans(text, "markdown")
    result = repair(text, protected=spans, markup="markdown", html_entities=False)
    pos = 0
    piece_spans = []
    for piece in kept:  # the pieces, in document order
        at = text.index(piece, pos)
        piece_spans.append((at, at + len(piece)))
        pos = at + len(piece)
    assert _unchanged(text, piece_spans, result.edits)
    pos = 0
    for piece in kept:
        at = result.text.find(piece, pos)
        assert at >= 0, f"{piece!r} changed in {result.text!r}"
        pos = at + len(piece)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["markdown", "html", "rst", "text"]))
def test_any_text_gives_valid_spans(text: str, kind: str) -> None:
    spans = protected_spans(text, kind)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))
    repair(text, select=["ENC", "QUO", "SPC"], protected=spans, markup=kind, html_entities=False)


_ATTR = st.lists(_CODE_CHARS.filter(lambda c: c not in '"<'), max_size=10).map("".join)


@st.composite
def html_documents(draw: st.DrawFn) -> tuple[str, list[str]]:
    """An HTML document and its tags, comments and code elements."""
    parts: list[str] = []
    kept: list[str] = []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["text", "tag", "pre", "comment", "script"]))
        if kind == "text":
            parts.append(draw(_PROSE))
            continue
        if kind == "tag":
            piece = f"<span class=\"{draw(_ATTR)}\" title='{draw(_ATTR).replace(chr(39), '')}'>"
        elif kind == "pre":
            piece = "<pre>" + draw(_CODE).replace("<", "") + "</pre>"
        elif kind == "comment":
            piece = "<!-- " + draw(_CODE).replace("-", "") + " -->"
        else:
            piece = "<script>var s = '" + draw(_CODE).replace("<", "") + "';</script>"
        parts.append(piece)
        kept.append(piece)
    return " ".join(parts), kept


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_documents())
def test_html_markup_survives_repair(doc: tuple[str, list[str]]) -> None:
    text, kept = doc
    result = repair(text, protected=protected_spans(text, "html"), markup="html", html_entities=False)
    pos = 0
    for piece in kept:
        at = result.text.find(piece, pos)
        assert at >= 0, f"{piece!r} changed in {result.text!r}"
        pos = at + len(piece)
