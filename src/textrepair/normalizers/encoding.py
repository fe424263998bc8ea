"""ENC: mojibake, leaked HTML entities, control and invisible characters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any

from ..model import Edit
from ..normalizer import Document, Normalizer
from .spacing import TRAILING_SPACE

# UTF-8 read as Latin-1/Windows-1252 always shows a lead-byte character
# (Â..ô) followed by a continuation-byte character; MacRoman and cp437 have
# their own tells. Only lines with one of these (or the other damage below)
# are handed to ftfy, so clean text costs one regex scan.
_CONTINUATION = (
    "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
    "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
)
_SUSPECT = re.compile(
    rf"[\u00c2-\u00f4][{_CONTINUATION}]"  # UTF-8 as Latin-1 / Windows-1252
    r"|\u00c3 "  # ... with its no-break space lost ("voilÃ ")
    r"|\u201a\u00c4|\u221a[\u00a9\u00ae\u00df\u2020]|\u0393\u00c7"  # as MacRoman, cp437
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0080-\u009f\ufffd\ud800-\udfff]"
    r"|[\ufb00-\ufb06]"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});"
    r"|[\u200b\u2060\u00ad\ufeff\u206a-\u206f\ufff9-\ufffc]"
)
# The characters a _SUSPECT match can start with. A scan for a plain class is
# several times faster than for the alternation, and only its hits (accented
# letters, ampersands) are tried against the whole pattern.
_SUSPECT_START = re.compile(
    r"[\u00c2-\u00f4\u201a\u221a\u0393\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0080-\u009f\ufffd\ud800-\udfff"
    r"\ufb00-\ufb06&\u200b\u2060\u00ad\ufeff\u206a-\u206f\ufff9-\ufffc]"
)


# Invisible characters ftfy keeps but that only break words in English text.
# Zero-width joiners (emoji, Indic scripts) are meaningful and stay.
# Compiled on first need (a damaged line): ``regex`` for the script classes.
@cache
def _invisible() -> Any:
    import regex

    return regex.compile(r"(?<=[\p{Latin}\p{N}\p{P}\s]|^)[\u200b\u2060\u00ad]+|(?<=.)\ufeff+")


# A right double quote is E2 80 9D in UTF-8; read as Windows-1252, 9D is
# undefined and usually dropped, or decoded as U+FFFD, leaving "â€" or "â€�"
# before a space or punctuation. Putting the byte back lets ftfy decode it
# (otherwise it guesses a dagger, or keeps the �).
_LOST_9D = re.compile("\u00e2\u20ac\ufffd?(?=[\\s\"'.,;:!?)\\]]|\u00e2\u20ac|$)")  # also before "â€”"
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_LIGATURE = re.compile(r"[\ufb00-\ufb06]")
_CONTROL = re.compile(r"^[\x00-\x1f\x7f\u0080-\u009f\u200b\u2060\u00ad\ufeff\u206a-\u206f\ufff9-\ufffc\[0-9;m]*$")


@cache
def _config(entities: bool, normalization: str | None) -> Any:
    import ftfy

    # Quotes belong to the quote normalizer and line endings to the file:
    # ftfy must not touch either, or the two would fight.
    return ftfy.TextFixerConfig(
        unescape_html="auto" if entities else False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_character_width=False,
        normalization=normalization,  # type: ignore[arg-type]
        explain=True,
    )


class FixEncoding(Normalizer):
    """Repair mojibake, leaked HTML entities and stray invisible characters.

    ## What it does
    Text decoded with the wrong codec (UTF-8 read as Windows-1252: ``â€™``
    for ``’``), HTML entities left in plain text (``&amp;``), terminal
    escapes, control characters, stray zero-width spaces and soft hyphens,
    and Latin ligatures. The decoding itself is ftfy's; each change it makes
    becomes an edit with offsets.

    ## Why
    Every later rule matches words: ``donâ€™t`` or ``inter\\u00adnational``
    hide them, and readers see garbage.

    ## Example
    >>> from textrepair import repair
    >>> repair("donâ€™t", select=["ENC"]).text
    'don’t'
    """

    name = "encoding"
    code = "ENC"
    context_sensitive = True
    rules = {
        "ENC001": "mojibake: text decoded with the wrong codec",
        "ENC002": "control, escape or invisible characters",
        "ENC003": "HTML entity in plain text",
        "ENC004": "Latin ligature character",
        "ENC005": "text not in the configured Unicode normal form",
    }

    def find(self, text: str, doc: Document) -> list[Edit]:
        form = self.options.normalization
        if text.isascii() and "&" not in text and not any(c < " " and c not in "\t\n\r" for c in text):
            return []  # pure ASCII: no mojibake possible
        unnormalized = bool(form) and not unicodedata.is_normalized(form, text)  # type: ignore[arg-type]
        lines = _lines(text) if unnormalized else _suspect_lines(text)
        edits: list[Edit] = []
        for start, line in lines:
            edits.extend(self._fix_line(line, start))
        return edits

    def _fix_line(self, line: str, offset: int) -> list[Edit]:
        import ftfy

        config = _config(self.options.html_entities, self.options.normalization)
        # Trailing white space is left out: the spacing rules may remove it, and
        # ftfy's verdict must not hang on it (or a second repair would differ).
        line = line.rstrip(TRAILING_SPACE)
        fixed = _LOST_9D.sub("\u00e2\u20ac\x9d", _invisible().sub("", line))
        plan: list[tuple[str, str]] = []
        for _ in range(3):  # to a fixed point, so that a second repair finds nothing
            again, steps_done = ftfy.fix_and_explain(fixed, config)
            again = _invisible().sub("", again)
            if again == fixed:
                break
            fixed = again
            plan.extend(steps_done or [])
        if fixed == line:
            return []
        steps = ", ".join(f"{op} {arg}" for op, arg in plan)
        edits = []
        curling = self.options.quote_style == "curly"
        chunks = _char_diff(line, fixed)
        # Several decodings into a far script ("à¤”à¤°" and more, Hindi) are a
        # damaged text in that script, not a coincidence.
        far = sum(_far_letters(after) for _, _, after in chunks) > 1 or _far_letters(line)
        for start, end, after in chunks:
            before = line[start:end]
            near = line[start : end + 1]  # with the character after: "Â" before "”"
            if (not far and _coincidence(near, after)) or (curling and _LEAD_QUOTE.search(near)):
                # "café”“" read as UTF-8 is "caf锓": accents beside curly quotes, not mojibake.
                # When curly quotes are the style, a quote right after an accented capital
                # may be the quote rule's own work ("Ã" before a quote it curled reads as
                # "Ô"): decoding it would make repair change its own output. Control and
                # invisible characters in it still go, as they would without the quotes.
                after = "".join(c for c in before if not _removable(c))
                if after == before:
                    continue
            rule, message, confidence = _classify(before, after, steps)
            edits.append(
                Edit(
                    offset + start,
                    offset + end,
                    before,
                    after,
                    rule,
                    self.name,
                    message,
                    confidence,
                    True,
                    steps and f"ftfy: {steps}",
                )
            )
        return edits


_CURLY = "\u2018\u2019\u201c\u201d"


def _removable(c: str) -> bool:
    """A control or invisible character that ftfy or this rule removes wherever it is.

    ftfy removes the C0 controls but tab, line feed, form feed and carriage
    return, and DEL; C1 controls it only decodes as Windows-1252 where it can.
    """
    n = ord(c)
    return n <= 8 or n == 11 or 14 <= n <= 31 or n == 127 or c in "\u200b\u2060\u00ad\ufeff"


# A curly quote right after a character that starts a UTF-8 sequence read as Windows-1252.
_LEAD_QUOTE = re.compile(f"[\u00c2-\u00f4][{_CURLY}]")


def _coincidence(before: str, after: str) -> bool:
    """Is a decoding of curly quotes into a far script's letter, or into nothing, a coincidence?

    ``before`` is the changed text and the character after it. An accented
    letter before curly quotes can read as UTF-8 ("é”“" as "锓", "Â”" as an
    invisible control). In English text that is chance, and the quotes may be
    this tool's own work, so decoding them would make repair change its own
    output. A mojibake dash ("â€”") still decodes.

    >>> _coincidence("é\u201d\u201c", "锓"), _coincidence("Â\u201d", ""), _coincidence("â€\u201d", "\u2014")
    (True, True, False)
    >>> _coincidence("amp;\u201c", "")
    False
    """
    if not any(q in before for q in _CURLY):
        return False
    if not after.strip() or all(unicodedata.category(c) == "Cc" for c in after):
        return bool(_LEAD_QUOTE.search(before))  # "Â”" read as a control; not "&amp;" before "“"
    return _far_letters(after)


def _far_letters(text: str) -> bool:
    """Letters of scripts far from English: Chinese, Devanagari, Ethiopic ... (three UTF-8 bytes)."""
    return any(ord(c) >= 0x800 and unicodedata.category(c).startswith("L") for c in text)


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        out.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    return out


def _suspect_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of each line holding a sign of damage, in one scan."""
    out = []
    end = -1
    suspect = _SUSPECT.match
    for m in _SUSPECT_START.finditer(text):
        at = m.start()
        if at < end or not suspect(text, at):
            continue  # same line as the previous match, or no damage here
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        out.append((start, text[start:end].rstrip("\r")))
    return out


# Lines up to this long are diffed whole; longer ones window by window (the
# bit-parallel LCS needs len(a) * len(b) / 8 bytes: 8 MB here, 1.25 GB for
# 100,000 characters).
_WINDOW = 8192


def _char_diff(a: str, b: str, window: int | None = None) -> list[tuple[int, int, str]]:
    """Minimal replacements turning ``a`` into ``b``, as (start, end, after).

    The longest common subsequence (rapidfuzz's bit-parallel Indel, not
    difflib, which is quadratic on a long damaged line); neighbouring
    insertions and deletions are one replacement. A line longer than
    ``window`` is aligned window by window (see :func:`_changes`).

    >>> _char_diff("don\u00e2\u20ac\u2122t caf\u00c3\u00a9", "don't caf\u00e9")
    [(3, 6, "'"), (11, 13, 'é')]
    >>> _char_diff("don\u00e2\u20ac\u2122t caf\u00c3\u00a9 " * 3, "don't caf\u00e9 " * 3, window=8)
    [(3, 6, "'"), (11, 13, 'é'), (17, 20, "'"), (25, 27, 'é'), (31, 34, "'"), (39, 41, 'é')]
    """
    out: list[tuple[int, int, str]] = []
    dest_end = -1  # where the last change's text ends in ``b``
    for src_start, src_end, dest_start, dest_end_ in _changes(a, b, window or _WINDOW):
        if out and out[-1][1] == src_start and dest_end == dest_start:
            start, _, after = out.pop()
            out.append((start, src_end, after + b[dest_start:dest_end_]))
        else:
            out.append((src_start, src_end, b[dest_start:dest_end_]))
        dest_end = dest_end_
    return out


def _changes(a: str, b: str, window: int) -> Iterator[tuple[int, int, int, int]]:
    """The inserts, deletes and replaces of an alignment of ``a`` and ``b``, in order.

    Up to ``window`` characters the alignment is the whole strings' LCS.
    Beyond, ftfy's fixes being local, the common prefix and suffix are set
    aside and the rest is aligned ``window`` characters at a time: the
    alignment of each window is kept up to the middle of its last run of
    equal characters that starts a quarter window or more before a cut end,
    and the next window starts there. Linear time and constant memory; the
    same alignment as the whole LCS on real text (tests/test_encoding_long_lines.py).
    """
    from rapidfuzz.distance import Indel  # only for damaged lines

    if len(a) <= window and len(b) <= window:
        for tag, i1, i2, j1, j2 in Indel.opcodes(a, b).as_list():
            if tag != "equal":
                yield i1, i2, j1, j2
        return
    i = j = 0
    a_end, b_end = len(a), len(b)
    while i < a_end and j < b_end and a[i] == b[j]:
        i += 1
        j += 1
    while a_end > i and b_end > j and a[a_end - 1] == b[b_end - 1]:
        a_end -= 1
        b_end -= 1
    margin = window // 4
    while True:
        wa, wb = min(a_end, i + window), min(b_end, j + window)
        ops = Indel.opcodes(a[i:wa], b[j:wb]).as_list()
        if wa == a_end and wb == b_end:  # the last window: all of it
            for tag, i1, i2, j1, j2 in ops:
                if tag != "equal":
                    yield i + i1, i + i2, j + j1, j + j2
            return
        # Only a side cut short by the window needs the margin.
        limit_a = wa - i - margin if wa < a_end else wa - i + 1
        limit_b = wb - j - margin if wb < b_end else wb - j + 1
        keep, cut = len(ops), 0  # nothing in common: the whole window is one change
        found = False
        for n, (tag, i1, i2, j1, _) in enumerate(ops):
            if tag != "equal":
                continue
            if i1 < limit_a and j1 < limit_b:  # runs come in order: the last one that fits
                keep, cut, found = n, (i2 - i1 + 1) // 2, True
            else:
                if not found:  # no run before the margin: keep the changes up to this one
                    keep = n
                break
        for tag, i1, i2, j1, j2 in ops[:keep]:
            if tag != "equal":
                yield i + i1, i + i2, j + j1, j + j2
        if keep < len(ops):
            _, i1, _, j1, _ = ops[keep]
            i, j = i + i1 + cut, j + j1 + cut
        else:
            i, j = wa, wb


def _classify(before: str, after: str, steps: str) -> tuple[str, str, float]:
    if _ENTITY.search(before):
        return "ENC003", f"HTML entity {before!r} decoded", 0.9
    if not after and _CONTROL.match(before):
        names = ", ".join(unicodedata.name(c, f"U+{ord(c):04X}") for c in dict.fromkeys(before) if not c.isalnum())
        return "ENC002", f"removed invisible or control character ({names})", 1.0
    if _LIGATURE.search(before):
        return "ENC004", f"ligature {before!r} spelled out", 1.0
    if unicodedata.normalize("NFKD", before) == unicodedata.normalize("NFKD", after):
        return "ENC005", "Unicode normalization", 1.0
    return "ENC001", f"mojibake {before!r} decoded as {after!r}", 0.95
