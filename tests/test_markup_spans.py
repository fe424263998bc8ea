"""The compact span stores give what the lists of tuples gave: the same union, sorted and merged."""

from __future__ import annotations

import random

import pytest

from textrepair.markup import common, html, rst
from textrepair.markup._spans import SpanBuffer, joined, merge


def _random_spans(rng: random.Random, count: int, length: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(count):
        start = rng.randrange(length)
        out.append((start, min(length, start + rng.choice([0, 1, 2, 3, 5, 20]))))
    return out


@pytest.mark.parametrize("seed", range(5))
def test_span_buffer_merges_as_merge_does(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2000):
        spans = _random_spans(rng, rng.randint(0, 30), rng.randint(1, 60))
        if rng.random() < 0.5:
            spans.sort()  # the usual case: found in order, joined as they come
        buffer = SpanBuffer(spans)
        assert buffer.merged() == merge(spans), spans
        assert merge(buffer) == merge(spans), spans


@pytest.mark.parametrize("seed", range(3))
def test_joined_in_order_is_merge(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2000):
        spans = sorted(_random_spans(rng, rng.randint(0, 30), rng.randint(1, 60)))
        assert joined(spans) == merge(spans), spans


def _strings(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(count)]


def test_scanners_joining_as_they_find_keep_the_union() -> None:
    """URLs, HTML tokens and reST inline markup joined as found cover what the matches covered."""
    pieces = [*"a@b.:/ <>&;`_x\n+-", "http://", "www.", "&amp;", "<b>", "``", "a.b@c.d", "x" * 70, "@@"]
    for text in _strings(pieces, 3000, 0):
        want = [s for anchor in common._ANCHORS for s in common._urls_at(text, anchor)]
        assert merge(common.url_spans(text)) == merge(want), text
        emails = SpanBuffer()
        common._add_email_spans(text, emails)
        assert emails.merged() == joined(common._urls_at(text, "@")), text
        found = html.html_spans(text)
        assert found == sorted(found) and merge(found) == merge(m.span() for m in html._TOKEN.finditer(text)), text


def _as_list(block: rst._Block) -> list[tuple[int, str]]:
    return [block[i] for i in range(len(block))]


@pytest.mark.parametrize("seed", range(3))
def test_rst_block_reads_as_the_list_of_lines(seed: int) -> None:
    """The lazy block of lines gives the pairs, slices, blank lines and marked lines the list gave."""
    from textrepair.markup._spans import Lines

    for text in _strings([*"a -=:_.\t", "\n", "\r\n", "\r", "  ", "\x0b", "==", "--", ":f: x", "\u2028"], 1500, seed):
        lines = Lines(text)
        pairs = [(lines.starts[n], lines.line(n)) for n in range(len(lines))]
        rng = random.Random(text)
        lo = rng.randrange(len(pairs))
        hi = rng.randrange(lo, len(pairs) + 1)
        head = (lines.starts[lo] + 1, "x") if rng.random() < 0.5 else None
        block = rst._Block(lines, lo + (head is not None), hi, head)
        want = ([head] if head else []) + pairs[lo + (head is not None) : hi]
        assert _as_list(block) == want, text
        for a in range(len(want) + 1):
            b = rng.randrange(a, len(want) + 1)
            assert _as_list(block[a:b]) == want[a:b], text
            blank = next((j for j in range(a, len(want)) if not want[j][1].strip()), len(want))
            assert block.blank_from(a) == blank, text
            if a < b:
                marked = [
                    j
                    for j in range(a + 1, b)
                    if rst._is_adornment(want[j][1].lstrip(" \t")) or rst._FIELD.match(want[j][1])
                ]
                assert set(marked) <= set(block.marked(a, b)), text
