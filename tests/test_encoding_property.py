"""ENC repairs real text as ftfy does, with mojibake of every codec ftfy knows injected into it.

Lines of the shared corpus (English books and news, with their accents,
curly quotes and dashes) and generated text get words, phrases or whole
lines encoded as UTF-8 and decoded with another codec, once or twice, or
lossily; ENC with quotes left alone must then give
``ftfy.fix_text(text, uncurl_quotes=False)``. The clean text is kept clear of
the deliberate differences of docs/rules/ENC.md (each has its golden case in
tests/test_encoding_parity.py): trailing white space, invisible characters,
full-width forms and lossy closing quotes.

CI runs a few hundred cases. The long run:

    TEXTREPAIR_PARITY_CASES=100000 pytest -q tests/test_encoding_property.py -k long -s
"""

from __future__ import annotations

import os
import random
import unicodedata
from functools import cache
from pathlib import Path

import ftfy
import ftfy.bad_codecs  # registers the sloppy codecs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textrepair import apply_edits, repair

ROOT = Path(__file__).resolve().parents[1]
CORPUS_FILES = ("sample-1mb.txt", "wikinews-sample-1mb.txt")
#: Every single-byte codec ftfy decodes mojibake from (``ftfy.chardata.CHARMAP_ENCODINGS``).
CODECS = (
    "latin-1",
    "sloppy-windows-1252",
    "sloppy-windows-1251",
    "sloppy-windows-1250",
    "sloppy-windows-1253",
    "sloppy-windows-1254",
    "sloppy-windows-1257",
    "iso-8859-2",
    "macroman",
    "cp437",
)
#: Decoded with U+FFFD or "?" for the bytes Windows-1252 leaves undefined.
LOSSY = "windows-1252"
#: Characters whose repair differs from ftfy's on purpose, kept out of the clean text.
FULL_WIDTH = "\u3000" + "".join(map(chr, range(0xFF01, 0xFFF0)))
_QUOTE_BYTES = range(0x91, 0x95)  # curly quotes in Windows-1252
#: Three-byte characters that read as an accented letter and two curly quotes
#: ("锓" as "é”“"): ENC takes those for chance in English text.
ACCENT_AND_QUOTES = "".join(
    bytes((lead, b, c)).decode("utf-8", "ignore")
    for lead in range(0xE0, 0xF0)
    for b in _QUOTE_BYTES
    for c in _QUOTE_BYTES
)
DELIBERATE = str.maketrans("", "", "\u200b\u2060\u00ad\ufeff\r\u2028\u2029\x85" + FULL_WIDTH + ACCENT_AND_QUOTES)
#: E2 80 and a byte Windows-1252 leaves undefined: lossy, "â€" and a lost byte,
#: which ENC reads as a closing quote on purpose where ftfy writes U+FFFD.
LOST_THIRD_BYTE = "\u2001\u200d\u200f\u2010\u201d"
BREAK_CONTROLS = ("\x85", "\x0b")
LOST_QUOTE = "\u00e2\u20ac"
LONG_RUN = int(os.environ.get("TEXTREPAIR_PARITY_CASES", "0"))


def _clean(text: str) -> str:
    """``text`` without what ENC repairs differently on purpose (a lost quote's "â€" too), in NFC."""
    return unicodedata.normalize("NFC", text.translate(DELIBERATE)).replace(LOST_QUOTE, "")


def _shared() -> Path | None:
    for folder in (ROOT.parent / "shared", Path("/work/shared")):
        if all((folder / "corpus" / name).exists() for name in CORPUS_FILES):
            return folder
    return None


@cache
def _corpus_lines() -> list[str]:
    shared = _shared()
    if shared is None:
        return []
    lines = []
    for name in CORPUS_FILES:
        for line in (shared / "corpus" / name).read_text("utf-8").split("\n"):
            line = _clean(line).rstrip()
            if line.strip():
                lines.append(line)
    return lines


def _mojibake(text: str, codec: str, rng: random.Random) -> str:
    """``text`` as UTF-8 read with ``codec``; a lossy decoding writes U+FFFD or "?"."""
    if codec != LOSSY or any(c in LOST_THIRD_BYTE for c in text):
        return text.encode("utf-8").decode("sloppy-windows-1252" if codec == LOSSY else codec)
    lost = text.encode("utf-8").decode(codec, errors="replace")
    return lost.replace("\ufffd", "?") if rng.random() < 0.5 else lost


def damage(text: str, rng: random.Random) -> str:
    """A word, a phrase or the whole of each of some lines of ``text`` in mojibake, of one or two codecs."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if not line or rng.random() < 0.3:
            continue
        words = line.split(" ")
        # ASCII reads the same in every codec: the span starts at a word that shows the damage.
        showing = [i for i, word in enumerate(words) if not word.isascii()]
        start = rng.choice(showing) if showing and rng.random() < 0.9 else rng.randrange(len(words))
        end = rng.choice([start + 1, start + rng.randint(1, 6), len(words)])
        if rng.random() < 0.3:
            start, end = 0, len(words)
        span = " ".join(words[start:end])
        codec = rng.choice((*CODECS, LOSSY))
        span = _mojibake(span, codec, rng)
        if codec != LOSSY and rng.random() < 0.25:  # double mojibake
            span = _mojibake(span, rng.choice(CODECS), rng)
        lines[n] = " ".join([*words[:start], span, *words[end:]])
    return "\n".join(line.rstrip() for line in lines)


def agrees(text: str) -> bool:
    """Does ENC repair ``text`` as ftfy does, or differ only where docs/rules/ENC.md says it does?"""
    result = repair(text, select=["ENC"])
    assert apply_edits(text, result.edits) == result.text
    # A NEL or vertical tab that breaks a line is white space to ENC (ENC002), not ftfy's "…".
    breaks = [e for e in result.edits if e.before in BREAK_CONTROLS and not e.after.strip()]
    theirs = ftfy.fix_text(apply_edits(text, breaks) if breaks else text, uncurl_quotes=False)
    if LOST_QUOTE in theirs:
        return True  # "â€" that ftfy leaves (its third byte lost) is a closing quote to ENC
    # ftfy puts text in NFC; ENC does only when asked (``normalization``), so
    # its output is compared in NFC ("ď¬´" decodes to U+FB34, whose NFC is two characters).
    return unicodedata.normalize("NFC", result.text) == theirs


def check(text: str) -> None:
    assert agrees(text), repr(text)


def _sample(rng: random.Random) -> str:
    """One to three lines of the corpus, most often starting at one with a character other than ASCII."""
    lines, showing = _corpus_lines(), _non_ascii_lines()
    at = rng.choice(showing) if rng.random() < 0.9 else rng.randrange(len(lines))
    return "\n".join(lines[at : at + rng.randint(1, 3)])


@cache
def _non_ascii_lines() -> list[int]:
    return [n for n, line in enumerate(_corpus_lines()) if not line.isascii()]


needs_corpus = pytest.mark.skipif(_shared() is None, reason="the shared corpus (../shared/corpus) is not here")
# Clean text beyond the corpus: other scripts, emoji, symbols.
OTHER_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Co", "Cn", "Cc", "Zl", "Zp")), max_size=40
).map(_clean)
FEW = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@needs_corpus
@FEW
@given(st.randoms(use_true_random=False), OTHER_TEXT)
def test_corpus_with_mojibake_repairs_as_ftfy(rng: random.Random, other: str) -> None:
    text = _sample(rng)
    if rng.random() < 0.2:
        text = f"{text} {other}".strip()
    check(damage(text, rng))


@FEW
@given(st.randoms(use_true_random=False), OTHER_TEXT)
def test_generated_text_with_mojibake_repairs_as_ftfy(rng: random.Random, other: str) -> None:
    check(damage(other.rstrip(), rng))


@needs_corpus
@pytest.mark.skipif(not LONG_RUN, reason="set TEXTREPAIR_PARITY_CASES for the long run")
def test_long_run() -> None:
    rng = random.Random(LONG_RUN)
    failures = []
    for _ in range(LONG_RUN):
        text = damage(_sample(rng), rng)
        if not agrees(text):
            failures.append(text)
    print(f"\n{LONG_RUN} cases, {len(failures)} differ from ftfy")
    assert not failures, [f[:200] for f in failures[:10]]
