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
    for text in _strings([*"a@b.:/ <>&;`_x\n", "http://", "www.", "&amp;", "<b>", "``", "a.b@c.d"], 3000, 0):
        want = [s for anchor in common._ANCHORS for s in common._urls_at(text, anchor)]
        assert merge(common.url_spans(text)) == merge(want), text
        found = html.html_spans(text)
        assert found == sorted(found) and merge(found) == merge(m.span() for m in html._TOKEN.finditer(text)), text
        inline = [m.span() for m in rst._INLINE.finditer(text)]
        assert merge(rst._references(text, 0, len(text), joined(inline))) == merge(
            rst._references(text, 0, len(text), inline)
        ), text
