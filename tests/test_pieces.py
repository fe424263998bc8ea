"""Long texts repaired in pieces: the same repairs as whole, edits that add up, compact storage."""

from __future__ import annotations

import pickle
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textrepair import Edit, apply_edits, repair
from textrepair import pieces as pieces_module
from textrepair.edits import coalesce
from textrepair.model import EditTable
from textrepair.pieces import cut_points, merge_signals

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _seed_text() -> str:
    return "\n\n".join(p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt")))


def _damaged(text: str) -> str:
    """The seeds with more damage of every kind the normalizers repair."""
    return (
        text.replace("'", "\u2019")
        .replace(" the ", " the  ")
        .replace(", ", " , ")
        .replace("é", "\u00c3\u00a9")
        .replace("countries", "international locations")
    )


def _key(edits: object) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.after, e.rule) for e in edits]  # type: ignore[attr-defined]


# The rules that read a line or its neighbours; the spinner and the names also
# weigh evidence from the whole document, which in pieces of 1,200 characters
# is a paragraph's (in real pieces, 2^18 characters, a long article's).
LOCAL_RULES = ["ENC", "QUO", "SPC"]


@pytest.mark.parametrize("damage", [False, True])
def test_pieces_repair_as_the_whole_does(monkeypatch: pytest.MonkeyPatch, damage: bool) -> None:
    text = _seed_text()
    text = _damaged(text) if damage else text
    whole = repair(text, select=LOCAL_RULES)
    monkeypatch.setattr(pieces_module, "PIECE_CHARS", 1_200)
    assert len(cut_points(text)) > 10  # the seeds make many pieces
    pieced = repair(text, select=LOCAL_RULES)
    assert pieced.text == whole.text
    assert _key(pieced.edits) == _key(whole.edits)
    assert apply_edits(text, pieced.edits) == pieced.text
    assert repair(pieced.text, select=LOCAL_RULES).text == pieced.text  # idempotent
    assert pieced.stages == () and whole.stages


def test_every_rule_in_pieces_keeps_the_edits_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _damaged(_seed_text())
    monkeypatch.setattr(pieces_module, "PIECE_CHARS", 1_200)
    pieced = repair(text)
    assert apply_edits(text, pieced.edits) == pieced.text
    assert all(a.end <= b.start for a, b in pairwise(pieced.edits))


def test_a_line_longer_than_a_piece_is_cut_before_a_space(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "don\u2019t stop  now , " * 300  # one line
    whole = repair(text, select=LOCAL_RULES)
    monkeypatch.setattr(pieces_module, "PIECE_CHARS", 1_000)
    points = cut_points(text)
    assert len(points) > 3
    assert all(text[p] == " " and text[p - 1] != " " for p in points[1:-1])
    result = repair(text, select=LOCAL_RULES)
    assert result.text == whole.text  # no trailing space removed at a cut
    assert apply_edits(text, result.edits) == result.text
    assert "  " not in result.text and " ," not in result.text


def test_rows_at_a_cut_keep_their_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    # A doubled space that lines up with the row below is a column, wherever the piece ends.
    rows = "".join(f"item {i:04d}  {i * 7:6d}  total\n" for i in range(400))
    assert repair(rows).text == rows
    monkeypatch.setattr(pieces_module, "PIECE_CHARS", 1_000)
    assert repair(rows).text == rows


@given(st.text(alphabet="ab \n.,\u201c\u201d", max_size=400), st.integers(min_value=8, max_value=60))
@settings(max_examples=200, deadline=None)
def test_cut_points_cover_the_text_in_bounded_pieces(text: str, size: int) -> None:
    points = cut_points(text, size)
    assert points[0] == 0 and points[-1] == len(text)
    assert all(0 < b - a <= size for a, b in pairwise(points)) or not text


def test_a_cut_prefers_a_blank_line() -> None:
    text = "para one.\n\npara two line.\nsame para.\n" * 40
    points = cut_points(text, 200)
    assert all(text[p - 2 : p] == "\n\n" for p in points[1:-1])


def test_signals_of_pieces_merge_without_their_context() -> None:
    parts = [
        ({"spin": {"score": 0.2, "paragraphs": [{"start": 0, "end": 5}, {"start": 12, "end": 14}]}}, 0, 10),
        ({"spin": {"score": 0.7, "paragraphs": [{"start": 12, "end": 14}]}}, 10, 20),
    ]
    merged = merge_signals(parts)
    assert merged == {"spin": {"score": 0.7, "paragraphs": [{"start": 0, "end": 5}, {"start": 12, "end": 14}]}}


def test_edit_table_is_a_sequence_of_edits() -> None:
    text = "a\u201cb\u201dc"
    edits = [Edit(1, 2, "\u201c", '"', "QUO001", "quotes", "m1"), Edit(3, 4, "\u201d", '"', "QUO001", "quotes", "m2")]
    table = EditTable(text, edits)
    assert len(table) == 2 and table[0] == edits[0] and table[-1] == edits[1]
    assert table == edits == list(table) and table[0:1] == (edits[0],)
    assert pickle.loads(pickle.dumps(table)) == table
    with pytest.raises(IndexError):
        table[2]
    with pytest.raises(TypeError):
        table.append(edits[0])  # built once
    with pytest.raises(ValueError, match="does not fit"):
        EditTable("abc", [Edit(0, 1, "x", "y", "R", "n", "m")])


def test_edit_table_costs_bytes_not_objects() -> None:
    # 100,000 edits of two kinds: the columns, not an object per edit.
    text = "\u201c\u201d" * 50_000
    edits = [Edit(i, i + 1, c, '"', "QUO001", "quotes", f"{c} straightened") for i, c in enumerate(text)]
    table = EditTable(text, edits)
    columns = table._starts.nbytes() + sum(a.buffer_info()[1] * a.itemsize for a in (table._lengths, table._kinds))
    assert columns <= 3.2 * len(edits)  # a byte a start (and a full one in 64), one a length, one a kind
    assert len(table._rows) == 2


def test_edit_table_columns_widen_for_long_edits_and_many_kinds() -> None:
    # 300 kinds and an edit of 70,000 characters: past one byte, then two.
    text = "x" * 300 + "y" * 70_000
    edits = [Edit(i, i + 1, "x", str(i), "R001", "n", "m") for i in range(300)]
    edits.append(Edit(300, 70_300, "y" * 70_000, "", "R002", "n", "m"))
    steps = tuple(Edit(0, n, "y" * n, "", "R002", "n", f"step {n}") for n in (1, 300, 70_000))
    edits[0] = Edit(0, 1, "x", "0", "R001", "n", "m", steps=steps)
    table = EditTable(text, edits)
    assert table == edits and table._lengths.typecode == "I" and table._kinds.typecode == "H"
    assert table[0].steps == steps and pickle.loads(pickle.dumps(table)) == table


def test_runs_of_one_rule_are_one_edit() -> None:
    result = repair("\u201c\u201d" * 1000 + " and &amp;&amp;")
    quotes = [e for e in result.edits if e.rule == "QUO001"]
    assert len(quotes) == 1 and quotes[0].after == '"' * 2000
    assert apply_edits(result.original, result.edits) == result.text


def test_coalesce_leaves_merged_and_separate_edits_alone() -> None:
    a = Edit(0, 1, "x", "y", "R001", "n", "m")
    b = Edit(2, 3, "x", "y", "R001", "n", "m")  # not touching
    c = Edit(3, 4, "x", "y", "R002", "n", "m")  # another rule
    d = Edit(4, 5, "x", "y", "R002", "n", "m", steps=(Edit(4, 5, "x", "y", "R002", "n", "m"),))
    assert coalesce([a, b, c, d]) == [a, b, c, d]


def test_the_document_quote_style_is_the_whole_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    # Curly quotes in the first part, more straight ones in the second: the
    # whole text's majority (straight) decides every piece, as it does whole.
    text = "\u201cCurly,\u201d she said.\n\n" * 30 + '"Straight," he said.\n\n' * 40
    whole = repair(text, quote_style="document")
    monkeypatch.setattr(pieces_module, "PIECE_CHARS", 400)
    assert len(cut_points(text)) > 4
    pieced = repair(text, quote_style="document")
    assert pieced.text == whole.text and "\u201c" not in pieced.text
    assert repair(pieced.text, quote_style="document").text == pieced.text


def test_quotes_the_encoding_rule_makes_count_toward_the_style(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\u00e2\u0080\u0099bed and the windo'w.\n\n" * 20
    whole = repair(text, quote_style="document")
    monkeypatch.setattr(pieces_module, "PIECE_CHARS", 120)
    pieced = repair(text, quote_style="document")
    assert pieced.text == whole.text
    assert repair(pieced.text, quote_style="document").text == pieced.text
