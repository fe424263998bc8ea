"""ENC: mojibake, leaked HTML entities, control and invisible characters."""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from typing import Any, cast

from ..heap import scratch
from ..model import Edit
from ..normalizer import Document, Normalizer
from .spacing import TRAILING_SPACE

# Which lines ftfy could change, decided as ftfy decides. Its mojibake fix
# acts only on a line that is not ASCII and that its badness heuristic
# (``ftfy.badness.is_bad``) flags; every other fix it makes acts on characters
# of its own tables wherever they are (controls, ligatures, C1 controls,
# surrogates, terminal escapes, HTML entities). A line with none of these is
# one ftfy returns unchanged, so it is skipped; so is plain ASCII text without
# "&" or a control character, the common case, in a single scan.
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # ftfy's, and terminal escapes
_ASCII_TOUCHED = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f&]")  # what ftfy can change in ASCII
# A lost closing quote ("â€" whose third byte went missing): restored below.
_LOST_QUOTE_START = "\u00e2\u20ac"


@cache
def _touched_chars() -> str:
    """ftfy's control characters and ligatures, terminal escapes, the invisible characters removed below.

    Escaped for a character class; with C1 controls and surrogates, the
    characters ftfy (or this rule, after it) changes whatever surrounds them.
    """
    from ftfy.chardata import CONTROL_CHARS, LIGATURES

    own = "\x1b\u200b\u2060\u00ad\ufeff"
    return re.escape("".join(sorted({chr(c) for c in CONTROL_CHARS} | {chr(c) for c in LIGATURES} | set(own))))


@cache
def _touched() -> re.Pattern[str]:
    return re.compile(f"[{_touched_chars()}\x80-\x9f\ud800-\udfff]|{_LOST_QUOTE_START}")


@cache
def _may_need_ftfy() -> tuple[re.Pattern[str], ...]:
    """Scans whose hits, together, include every line :func:`_needs_ftfy` accepts, at the cost of plain regexes.

    Each pattern of ftfy's badness heuristic is a run of characters of its
    mojibake tables, none of them ASCII, so it holds two non-ASCII characters
    side by side, except for three: a C1 control alone, "Œ" or "œ" before a
    non-letter, and "Â" or "Ã" before a space (a lost no-break space).
    tests/test_encoding_parity.py checks this against ftfy's own heuristic.
    """
    # Three scans, not one alternation: each runs at the speed of a plain
    # character scan, the alternation ten times slower.
    return (
        re.compile(f"[{_touched_chars()}&\u0152\u0153\x80-\x9f\ud800-\udfff]"),
        re.compile("[^\x00-\x7f][^\x00-\x7f]"),
        re.compile("[\u00c2\u00c3] "),
    )


@cache
def _mojibake_chars() -> frozenset[str]:
    """The characters of ftfy's mojibake tables, read from its badness pattern.

    Its non-ASCII characters, its ranges of them and its ``\\xNN`` escapes.
    """
    from ftfy.badness import BADNESS_RE

    pattern = BADNESS_RE.pattern
    chars = {c for c in pattern if not c.isascii()}
    for m in re.finditer(r"([^\x00-\x7f])-([^\x00-\x7f])", pattern):
        chars.update(map(chr, range(ord(m[1]), ord(m[2]) + 1)))
    chars.update(chr(int(code, 16)) for code in re.findall(r"\\x([0-9a-fA-F]{2})", pattern))
    return frozenset(chars)


@cache
def _mojibake_pair() -> re.Pattern[str]:
    """What every match of ftfy's badness heuristic holds (see :func:`_may_need_ftfy`).

    Two characters of its tables side by side, or one of its single-character tells.
    """
    table = re.escape("".join(sorted(_mojibake_chars())))
    return re.compile(f"[\u0152\u0153\x80-\x9f]|[{table}](?:[{table}]|(?<=[\u00c2\u00c3]) )")


def _needs_ftfy(line: str, entities: bool) -> bool:
    """Could ftfy, or this rule after it, change ``line``? False only where it provably cannot.

    >>> _needs_ftfy("plain \u201cquoted\u201d text", True), _needs_ftfy("Tip 2 \u0432\u0402\u201c Broadcast", True)
    (False, True)
    """
    from ftfy.badness import is_bad
    from ftfy.chardata import HTML_ENTITY_RE

    line = line.rstrip(TRAILING_SPACE)  # as :meth:`FixEncoding._fix_line` hands it to ftfy
    if entities and "&" in line and HTML_ENTITY_RE.search(line):
        return True
    if line.isascii():
        return bool(_ASCII_CONTROL.search(line))
    if _touched().search(line):
        return True
    # The pair first: a far cheaper scan. Then ftfy's heuristic on the line as
    # ftfy reads it, which it judges alike (see :func:`_fix_and_explain`): on
    # the corpus with its lines joined and one in ten damaged, ENC took 0.54
    # CPU s/MB scanning each whole line, 0.28 so.
    return bool(_mojibake_pair().search(line)) and is_bad(_as_ftfy_reads(line))


# Invisible characters ftfy keeps but that only break words in English text.
# Zero-width joiners (emoji, Indic scripts) are meaningful and stay. A soft
# hyphen after a character of ftfy's mojibake tables stays too: it may be the
# second byte of mojibake ftfy could not decode ("RamĂ\u00adrez" for "Ramírez").
# Compiled on first need (a damaged line): ``regex`` for the script classes.
@cache
def _invisible() -> Any:
    import regex  # type: ignore[import-untyped,unused-ignore]  # no stubs in every environment

    table = regex.escape("".join(sorted(_mojibake_chars())))
    after_word = r"(?<=[\p{Latin}\p{N}\p{P}\s]|^)"
    return regex.compile(rf"{after_word}[\u200b\u2060]+|{after_word}(?<![{table}])\u00ad+|(?<=.)\ufeff+")


# A right double quote is E2 80 9D in UTF-8; read as Windows-1252, 9D is
# undefined and usually dropped, or decoded as U+FFFD, leaving "â€" or "â€�"
# before a space or punctuation. Putting the byte back lets ftfy decode it
# (otherwise it guesses a dagger, or keeps the �).
# A lossy decoder writes "?" or U+FFFD for the byte; ftfy reads "â€?" that way too.
# Not before another "?" or an apostrophe: the other lost characters, a
# zero-width joiner (E2 80 8D) above all, come before those ("Xtra\u200d's",
# Hindi text), a closing quote hardly ever. Not before a no-break space
# either: "â€" and A0 is a dagger ("†"), nothing lost.
_LOST_9D = re.compile('\u00e2\u20ac[\ufffd?]?(?=[ \\t".,;:!)\\]]|\u00e2\u20ac|$)')  # also before "â€”"
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
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
        if text.isascii() and not _ASCII_TOUCHED.search(text):
            return []  # pure ASCII without "&" or controls: nothing for ftfy
        breaks = _line_breaks(text, self.options.markup)
        if breaks:  # the same length: ftfy's offsets stay the text's
            text = _as_line_feeds(text, breaks)
        unnormalized = bool(form) and not unicodedata.is_normalized(form, text)  # type: ignore[arg-type]
        lines = _lines(text) if unnormalized else _suspect_lines(text, self.options.html_entities)
        edits: list[Edit] = []
        seen: dict[str, list[Edit]] = {}  # a line repeated (boilerplate, a table's rows) is repaired once
        # Lines that differ only in their digits (numbered rows, logs) are repaired once for each shape.
        shapes: dict[str, list[Edit]] | None = {} if form not in _DIGIT_FORMS else None
        for start, line in lines:
            if len(line) > _MEMO_LINE:
                edits.extend(self._fix_line(line, start))
                continue
            edits.extend(e.shifted(start) for e in self._remembered(line, seen, shapes))
        if not breaks:
            return edits
        at = {e.start for e in breaks}  # a decoding over a break's stand-in would not fit the text
        edits = [e for e in edits if not any(i in at for i in range(e.start, e.end))]
        return sorted([*breaks, *edits], key=lambda e: e.start)

    def _remembered(self, line: str, seen: dict[str, list[Edit]], shapes: dict[str, list[Edit]] | None) -> list[Edit]:
        """The edits of ``line`` at offset 0: those of the same line, or of its digit shape, if repaired before.

        A repair is remembered under its line's shape (:func:`_digit_shape`)
        when none of its edits holds a digit, so that it is the same whatever
        the digits are; else under the line itself.
        """
        found = seen.get(line)
        if found is not None:
            return found
        key = _digit_shape(line) if shapes is not None else None
        if key is not None:
            found = shapes.get(key) if shapes else None
            if found is not None:
                return found
        found = self._fix_line(line, 0)
        if len(seen) + len(shapes or ()) < _MEMO_LINES:
            if shapes is not None and key is not None and not any(_has_digit(e) for e in found):
                shapes[key] = found
            else:
                seen[line] = found
        return found

    def _fix_line(self, line: str, offset: int) -> list[Edit]:
        config = _config(self.options.html_entities, self.options.normalization)
        # Trailing white space is left out: the spacing rules may remove it, and
        # ftfy's verdict must not hang on it (or a second repair would differ).
        line = line.rstrip(TRAILING_SPACE)
        fixed, plan = _fix_to_fixed_point(line, config, self.options.html_entities)
        restored, lost = _LOST_9D.subn("\u00e2\u20ac\x9d", line)
        if lost:
            # Kept only where every restored byte decodes to the quote: inside
            # double mojibake or a hopeless garble, ftfy's own reading stands.
            fixed_9d, plan_9d = _fix_to_fixed_point(restored, config, self.options.html_entities)
            if fixed_9d.count(_RIGHT_QUOTE) - fixed.count(_RIGHT_QUOTE) == lost and fixed_9d.count(
                "\x9d"
            ) <= line.count("\x9d"):
                fixed, plan = fixed_9d, plan_9d
        if fixed == line:
            return []
        steps = ", ".join(f"{op} {arg}" for op, arg in plan)
        source = steps and f"ftfy: {steps}"
        curling = self.options.quote_style == "curly"
        chunks = _join_split(_diff_chunks(line, fixed), line)
        # Several decodings into a far script ("à¤”à¤°" and more, Hindi) are a
        # damaged text in that script, not a coincidence.
        far = _far_letters("".join(after for _, _, after in chunks), at_least=2) or _far_letters(line)
        changes = _Changes()
        held = -2  # end of the last change left as chance: its neighbour is the same decoding
        # ftfy decodes a line as a whole, layer upon layer: when curly quotes are the style and
        # one change is held as the quote rule's work, the others are parts of the same reading,
        # and applying them alone leaves a line the next repair reads again, one layer further.
        whole = curling and any(_LEAD_QUOTE.search(line[start : end + 1]) for start, end, _ in chunks)
        for start, end, after in chunks:
            before = line[start:end]
            if whole:
                after = _kept_visible(before)
                if after != before:
                    changes.add(start, end, _described(before, after, steps))
                continue
            # The alignment may split one decoding around a character both sides
            # share ("â€œÆ“" → "“Ɠ": a deletion, "“", an insertion); half of a
            # decoding left as chance must not be applied alone (it would grow
            # on every repair).
            if start - held <= 1 or _held(before, line[start : end + 1], after, far, curling):
                held = end
                after = _kept_visible(before)
                if after == before:
                    continue
            changes.add(start, end, _described(before, after, steps))
        if held >= 0:  # an insertion is half of a decoding split by the alignment, wherever the other half is
            changes.drop_insertions()
        return changes.edits(line, offset, source)


#: A line with more changes than this is damaged through and through (a
#: megabyte of lone lead bytes or of entities on one line): its changes are
#: reported in groups, each change at most ``_GROUP_GAP`` characters from the
#: last and ``_GROUP_SIZE`` of them at most, of one rule. An edit costs every
#: later stage some microseconds and a few hundred bytes; one for each of
#: 300,000 changes a megabyte made 5 seconds and 250 MB a megabyte. The
#: text comes out the same. No real line met so far comes near.
DENSE_LINE = 200
_GROUP_GAP = 16
_GROUP_SIZE = 64


#: A change's replacement, rule, normalizer, message and confidence (see :func:`_described`).
_How = tuple[str, str, str, str, float]


class _Changes:
    """The changes of a line: offsets in machine integers, descriptions shared between like changes.

    A line dense with damage has hundreds of thousands of them; a tuple and a
    string each took 130 bytes a change more.
    """

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")
        self.hows: list[_How] = []

    def add(self, start: int, end: int, how: _How) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.hows.append(how)

    def drop_insertions(self) -> None:
        kept = _Changes()
        for start, end, how in zip(self.starts, self.ends, self.hows, strict=True):
            if start != end:
                kept.add(start, end, how)
        self.starts, self.ends, self.hows = kept.starts, kept.ends, kept.hows

    def edits(self, line: str, offset: int, source: str) -> list[Edit]:
        """One edit for each change, or for each group of them on a line dense with them."""
        starts, ends, hows = self.starts, self.ends, self.hows
        if len(hows) <= DENSE_LINE:
            return [
                Edit(offset + start, offset + end, line[start:end], *how, True, source)
                for start, end, how in zip(starts, ends, hows, strict=True)
            ]
        return [self._joined(first, last, line, offset, source) for first, last in self._groups()]

    def _groups(self) -> Iterator[tuple[int, int]]:
        """Runs ``[first, last)`` of neighbouring changes of one rule and confidence."""
        starts, ends, hows = self.starts, self.ends, self.hows
        first = 0
        for k in range(1, len(hows)):
            if (
                starts[k] - ends[k - 1] > _GROUP_GAP
                or k - first >= _GROUP_SIZE
                or (hows[k][1], hows[k][4]) != (hows[first][1], hows[first][4])
            ):
                yield first, k
                first = k
        if hows:
            yield first, len(hows)

    def _joined(self, first: int, last: int, line: str, offset: int, source: str) -> Edit:
        """One edit for the changes ``[first, last)`` of ``line``, at ``offset`` in the text."""
        starts, ends, hows = self.starts, self.ends, self.hows
        start, end = starts[first], ends[last - 1]
        after, rule, normalizer, message, confidence = hows[first]
        if last - first > 1:
            pieces = []
            for k in range(first, last):
                pieces.append(hows[k][0])
                if k + 1 < last:
                    pieces.append(line[ends[k] : starts[k + 1]])
            after = "".join(pieces)
            message = f"{last - first} changes on a line dense with them, reported as one edit; the first: {message}"
        return Edit(
            offset + start, offset + end, line[start:end], after, rule, normalizer, message, confidence, True, source
        )


#: Changes up to this long are remembered (4,096 of each kind): a cache of long ones would hold megabytes.
_CACHED_CHANGE = 64


def _held(before: str, near: str, after: str, far: bool, curling: bool) -> bool:
    """:func:`_judged`, remembered for short changes."""
    if len(near) + len(after) <= _CACHED_CHANGE:
        return _judged_cached(before, near, after, far, curling)
    return _judged(before, near, after, far, curling)


def _described(before: str, after: str, steps: str) -> tuple[str, str, str, str, float]:
    """:func:`_description`, remembered for short changes (which then share one message string)."""
    if len(before) + len(after) <= _CACHED_CHANGE:
        return _description_cached(before, after, steps)
    return _description(before, after, steps)


def _judged(before: str, near: str, after: str, far: bool, curling: bool) -> bool:
    """Is a change left as chance, or as the quote rule's work? ``near`` is its text and the character after it.

    Chance needs one letter and curly quotes read as one character, nothing
    more: "ä½“" (体) and "Ã¢â‚¬Å" (a double-mojibake quote) are damage; and
    a letter read as nothing is alone ("Â" before "”", not the lossy "ð‘’"
    before "�"). "café”“" read as UTF-8 is "caf锓": accents beside curly
    quotes, not mojibake. When curly quotes are the style, a quote right
    after an accented capital may be the quote rule's own work ("Ã" before a
    quote it curled reads as "Ô"): decoding it would make repair change its
    own output. Control and invisible characters in it still go, as they
    would without the quotes.
    """
    lone = len(before) == 1 if not after else len(after) == 1 and len(before.strip(_CURLY)) <= 1
    return (not far and lone and _coincidence(near, after)) or (curling and bool(_LEAD_QUOTE.search(near)))


def _kept_visible(before: str) -> str:
    """``before`` without the control and invisible characters that go wherever they are."""
    return "".join(c for c in before if c not in _REMOVABLE)


def _description(before: str, after: str, steps: str) -> tuple[str, str, str, str, float]:
    """A change's replacement (full-width forms narrowed), rule, normalizer, message and confidence."""
    after = _narrow_decoded(before, after)
    rule, message, confidence = _classify(before, after, steps)
    return after, rule, FixEncoding.name, message, confidence


_judged_cached = lru_cache(maxsize=4096)(_judged)
_description_cached = lru_cache(maxsize=4096)(_description)


#: Lines up to this long are repaired once for each text they occur in, and
#: this many of them remembered: about 2 MB at most.
_MEMO_LINE = 400
_MEMO_LINES = 5000

_DIGIT = re.compile("[0-9]")
_SHAPE_DIGITS = "0123456789"
#: Normal forms that write ASCII digits for other characters ("²" is "2" in
#: NFKC): under them the digits of a repaired line are not all the line's own.
_DIGIT_FORMS = ("NFKC", "NFKD")


def _digit_shape(line: str) -> str | None:
    """``line`` with its ASCII digits renamed in the order they first occur; None when the shape says nothing.

    Two lines of one shape differ by a one-to-one renaming of digits: "row
    31, 13" and "row 24, 42" are both "row 01, 10". ftfy and this rule never
    tell one ASCII digit from another: their patterns hold all ten or none
    (``\\w``, ``\\p{N}``, ``[0-9A-Za-z]``), their codecs write each as
    itself, and no step they take writes a digit the line did not hold. So
    lines of one shape take the same steps and get the same alignment, and
    their edits differ only in the digits they hold. Two things tell digits
    apart, and a line with either has no shape: an HTML entity ("&#49;" is
    "1") and a terminal escape (ESC "[31m" names a colour). On a text of
    numbered lines all different, ftfy ran for each: 2.8 CPU s/MB.

    >>> _digit_shape("row 31, 13 caf\u00c3\u00a9"), _digit_shape("row 24, 42 caf\u00c3\u00a9")
    ('row 01, 10 cafÃ©', 'row 01, 10 cafÃ©')
    >>> _digit_shape("no digits"), _digit_shape("&#49; 1")
    (None, None)
    """
    order = dict.fromkeys(_DIGIT.findall(line))
    if not order or "&" in line or "\x1b" in line:
        return None
    return line.translate({ord(d): _SHAPE_DIGITS[n] for n, d in enumerate(order)})


def _has_digit(e: Edit) -> bool:
    return _DIGIT.search(e.before) is not None or _DIGIT.search(e.after) is not None


_CURLY = "\u2018\u2019\u201c\u201d"
_RIGHT_QUOTE = "\u201d"
#: ftfy's repair is repeated until the line stops changing, so that a second
#: repair finds nothing; real damage settles in two rounds (the invisible
#: characters removed after ftfy may uncover mojibake it decodes next).
_MAX_ROUNDS = 3


def _fix_to_fixed_point(line: str, config: Any, entities: bool) -> tuple[str, list[tuple[str, str]]]:
    """ftfy's repair of ``line``, then the invisible characters removed, to a fixed point; and ftfy's steps.

    The invisible characters go after ftfy, not before: a soft hyphen is
    also the second byte of "í" read as Windows-1252 ("Ã\u00ad").
    """
    plan: list[tuple[str, str]] = []
    fixed = line
    for _ in range(_MAX_ROUNDS):
        again, steps_done = _without_controls(fixed, config, entities) or _fix_and_explain(fixed, config)
        again = _invisible().sub("", again)
        if again == fixed:
            break
        fixed = again
        plan.extend(steps_done or [])
        form = config.normalization
        settled = not form or unicodedata.is_normalized(form, fixed)
        if settled and fixed == fixed.rstrip(TRAILING_SPACE) and not _needs_ftfy(fixed, entities):
            break  # ftfy provably leaves it as it is: the round that would say so is not run
    return fixed, plan


# ftfy reads a line whole, and on a long line most of what it reads is plain
# prose between the damage: each of its scans (the badness heuristic above all)
# reads all of it, two or three times a line. A run of printable ASCII but "&"
# and "<" is text no step of ftfy changes and no decision of it hangs on, but
# at the run's two ends: a line is tried in a codec whole, and ASCII is the
# same in all of them; ftfy's patterns read at most three characters into
# such a run from either end (a lost no-break space, "?" for a lost byte, a
# letter before "Ã "), an HTML entity up to 26 from the "&" before it, a
# terminal escape its digits after ESC, however many; and "<" anywhere turns
# its unescaping of entities off, so "<" is never left out. So ftfy reads
# each long run as its two ends around a mark, and the middle is put back
# where the mark comes out: the same text and the same steps as ftfy's
# reading of the whole line (tests/test_encoding_runs.py), in a fraction of
# the time: 0.56 CPU s/MB of ftfy on a line of 40 clean words, then "cafÃ©",
# over and over, became 0.06.
_PLAIN_RUN_CHARS = "\x20-\x25\x27-\x3b\x3d-\x7e"  # printable ASCII but "&" and "<"
#: Characters kept at each end of a run, with room to spare: ftfy's patterns read three into it at most.
_RUN_EDGE = 8
#: Characters kept after an "&": ftfy's HTML entities ("&#?[0-9A-Za-z]{1,24};") reach 26 into the run.
_AFTER_AMPERSAND = 32
#: What stands for a run's middle; a text that holds it is read whole. No start
#: of it is an end of it, so no two of its occurrences overlap: one found
#: in ftfy's text is one put there, not a mark shifted into the run's end.
_MARK = "[~@]"
#: Runs shorter than this are read whole: each run left out costs a cut and a
#: join, and its two ends and the mark are read anyway. ENC's reading of the
#: corpus with its lines joined took 0.093 CPU s/MB with 64 here, 0.082 with 32
#: and 0.080 with 24 (0.85 reading whole lines); of a line of four words, then
#: "cafÃ©", over and over, 0.92 with 64 and 0.35 with 32.
_SHORTEST_RUN = 32
_PLAIN_RUN = re.compile(f"[{_PLAIN_RUN_CHARS}]{{{_SHORTEST_RUN},}}")


def _fix_and_explain(text: str, config: Any) -> tuple[str, Sequence[tuple[str, str]] | None]:
    """``ftfy.fix_and_explain(text, config)``, with the middles of long plain runs left out of what ftfy reads.

    >>> import ftfy
    >>> line = "caf\u00c3\u00a9 " + "plain words " * 20 + "don\u00e2\u20ac\u2122t"
    >>> _fix_and_explain(line, _config(True, None)) == tuple(ftfy.fix_and_explain(line, _config(True, None)))
    True
    """
    import ftfy

    middles = _run_middles(text)
    if middles:
        fixed, steps = ftfy.fix_and_explain(_shortened(text, middles), config)
        parts = fixed.split(_MARK)
        if len(parts) == len(middles) + 1:  # else ftfy wrote a mark of its own (from full-width forms): read whole
            return _restored(parts, text, middles), steps
    fixed, steps = ftfy.fix_and_explain(text, config)
    return fixed, steps


def _without_controls(text: str, config: Any, entities: bool) -> tuple[str, Sequence[tuple[str, str]]] | None:
    """ftfy's reading of a line whose only damage is control characters: the line without them, and the step.

    ftfy removes control characters last of its fixes, then reads the line
    once more to see that nothing is left to fix. Where the line without them
    is one ftfy provably leaves as it is (:func:`_needs_ftfy`), that reading
    is known, and so is the first: a control only splits what ftfy's other
    fixes read (a run of mojibake, an entity), and those fixes change
    characters the line without controls holds too, which it would have
    flagged. A terminal escape goes before the controls, as a whole, so a
    line with ESC is left to ftfy. None where ftfy must read the line.
    ``tests/test_encoding_controls.py`` checks this against ftfy. On a line
    of controls every few characters, ftfy's two readings were over a third
    of the repair's time (binary-ish text: 1.01 to 0.63 CPU s/MB).
    """
    from ftfy import ExplanationStep
    from ftfy.chardata import CONTROL_CHARS

    # A scan first: translating every line that goes to ftfy, controls or not, took
    # 0.03 CPU s/MB of one-line mojibake; the scan takes a sixteenth of that.
    if not config.remove_control_chars or "\x1b" in text or not _controls().search(text):
        return None
    stripped = text.translate(CONTROL_CHARS)
    # White space a control ended the line with is read by ftfy's second reading ("Ã " is a lost
    # no-break space), where _needs_ftfy, judging the line as it is handed over, would not.
    if stripped == text or stripped != stripped.rstrip(TRAILING_SPACE) or _needs_ftfy(stripped, entities):
        return None
    if config.normalization and not unicodedata.is_normalized(config.normalization, stripped):
        return None
    return stripped, [ExplanationStep("apply", "remove_control_chars")]


@cache
def _controls() -> re.Pattern[str]:
    """Any of the control characters ftfy removes (``ftfy.chardata.CONTROL_CHARS``)."""
    from ftfy.chardata import CONTROL_CHARS

    return re.compile(f"[{re.escape(''.join(map(chr, sorted(CONTROL_CHARS))))}]")


def _as_ftfy_reads(text: str) -> str:
    """``text`` with the middle of each long plain run written as the mark: what ftfy reads of it (above)."""
    middles = _run_middles(text)
    return _shortened(text, middles) if middles else text


def _run_middles(text: str) -> list[tuple[int, int]]:
    """(start, end) of the middle of each long plain run of ``text`` that ftfy need not read (see above)."""
    if len(text) < _SHORTEST_RUN or _MARK in text:
        return []
    middles = []
    for m in _PLAIN_RUN.finditer(text):
        start, end = m.span()
        before = text[start - 1 : start]
        if before == "\x1b":
            continue  # a terminal escape's digits may run on through it
        head = start + (_AFTER_AMPERSAND if before == "&" else _RUN_EDGE)
        tail = end - _RUN_EDGE
        if tail - head > len(_MARK):
            middles.append((head, tail))
    return middles


def _shortened(text: str, middles: list[tuple[int, int]]) -> str:
    """``text`` with each of ``middles`` written as the mark."""
    pieces = []
    last = 0
    for start, end in middles:
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    return _MARK.join(pieces)


def _restored(parts: list[str], text: str, middles: list[tuple[int, int]]) -> str:
    """``parts`` (ftfy's text, cut at the marks) joined by the middles of ``text`` they stood for."""
    pieces = [parts[0]]
    for (start, end), part in zip(middles, parts[1:], strict=True):
        pieces.append(text[start:end])
        pieces.append(part)
    return "".join(pieces)


#: Control and invisible characters that ftfy or this rule removes wherever
#: they are: ftfy removes the C0 controls but tab, line feed, form feed and
#: carriage return, and DEL; C1 controls it only decodes as Windows-1252
#: where it can.
_REMOVABLE = frozenset(
    [*map(chr, range(0x00, 0x09)), "\x0b", *map(chr, range(0x0E, 0x20)), "\x7f", "\u200b", "\u2060", "\u00ad", "\ufeff"]
)


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


#: The first code point UTF-8 writes in three bytes: letters from here on are
#: of scripts far from English (Devanagari, Ethiopic, Chinese ...).
_THREE_BYTES = 0x800
#: Characters from there up that are no letters, and that fill damaged
#: English text: General Punctuation through the arrows and symbols before
#: Glagolitic (U+2000 to U+2BFF: curly quotes, dashes, zero-width spaces,
#: currency signs, letterlike symbols, arrows; "€" and "™" of the commonest
#: mojibake) and U+FFFD. Chosen by their category, so the scan below passes
#: over exactly what it would look up and reject: on a megabyte line of
#: quotes and zero-width spaces, 0.09 s of lookups; on one of "donâ€™t",
#: 0.02 s more before "€" and "™" were among them.
_FAR_NON_LETTERS = (
    "".join(c for c in map(chr, range(0x2000, 0x2C00)) if not unicodedata.category(c).startswith("L")) + "\ufffd"
)
_FAR_CANDIDATE = re.compile(f"[^\\x00-{chr(_THREE_BYTES - 1)}{re.escape(_FAR_NON_LETTERS)}]")


def _far_letters(text: str, at_least: int = 1) -> bool:
    """``at_least`` letters of scripts far from English: Chinese, Devanagari, Ethiopic ... (three UTF-8 bytes)."""
    found = 0
    # The candidates found at the speed of a regex scan: a Python loop over
    # each character of a megabyte line took 0.03 s (a tenth of that now).
    for m in _FAR_CANDIDATE.finditer(text):
        if unicodedata.category(m[0]).startswith("L"):
            found += 1
            if found >= at_least:
                return True
    return False


def _narrow_decoded(before: str, after: str) -> str:
    """``after`` with the full-width forms that decoding produced made normal width, as ftfy does.

    Full-width characters already in the text are not this rule's business
    (Chinese and Japanese text uses them); inside mojibake they are ftfy's
    reading of it ("ï¼Œ" is "，", a comma).

    >>> _narrow_decoded("\u00ef\u00bc\u0152", "\uff0c"), _narrow_decoded("\uff0c", "\uff0c")
    (',', '，')
    """
    from ftfy.chardata import WIDTH_MAP

    if after.translate(WIDTH_MAP) == after:
        return after  # the common case, without a look at each character
    kept = set(before)
    return "".join(c if c in kept else WIDTH_MAP.get(ord(c), c) for c in after)


#: Controls that break lines: NEL (U+0085, the C1 "next line") and the
#: vertical tab (Word's manual line break). ftfy reads a lone NEL as
#: Windows-1252's "…" and deletes a vertical tab, joining two words.
_BREAK_CONTROLS = re.compile("[\x85\x0b]")
#: Other C1 controls on the line, or a NEL beside a character that is not
#: ASCII: the text was Windows-1252 or UTF-8 read as Latin-1, and the NEL is
#: part of that mojibake ("…", the second byte of "Å"), which ftfy decodes.
_C1_MOJIBAKE = re.compile(r"[\x80-\x84\x86-\x9f]")
_BREAK_AS = {"\n": "as a line break", " ": "as a space", "": "removed beside a break"}


def _line_breaks(text: str, markup: str) -> list[Edit]:
    """ENC002 edits for each NEL or vertical tab that breaks a line.

    Between two words it becomes a line feed in plain text and a space in
    markup, where a new line could start a heading, a list or a new
    paragraph, changing what the next repair protects. Beside white space,
    or at either end, it only goes: the break is already there.
    """
    if "\x85" not in text and "\x0b" not in text:
        return []
    edits = []
    for m in _BREAK_CONTROLS.finditer(text):
        at = m.start()
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        mojibake = (
            not text[at - 1 : at].isascii()  # a continuation byte: "Ã\x85" is "Å" read as Latin-1
            or not text[at + 1 : at + 2].isascii()
            or _C1_MOJIBAKE.search(text, start, len(text) if end < 0 else end) is not None
        )
        if m.group() == "\x85" and mojibake:
            continue
        name = "NEL" if m.group() == "\x85" else "vertical tab"
        between_words = 0 < at < len(text) - 1 and not (text[at - 1].isspace() or text[at + 1].isspace())
        after = ("\n" if markup == "text" else " ") if between_words else ""
        message = f"{name} control " + _BREAK_AS[after]
        edits.append(Edit(at, at + 1, m.group(), after, "ENC002", FixEncoding.name, message, 1.0, True, ""))
    return edits


def _as_line_feeds(text: str, breaks: list[Edit]) -> str:
    """``text`` with each break control as a plain space or line feed: the same length, so offsets hold."""
    chars = list(text)
    for edit in breaks:
        chars[edit.start] = edit.after or " "
    return "".join(chars)


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        out.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    return out


def _suspect_lines(text: str, entities: bool = True) -> list[tuple[int, str]]:
    """(offset, line) of each line that ftfy or this rule could change (:func:`_needs_ftfy`).

    Only the lines with a hit of a scan of :func:`_may_need_ftfy` are looked at, each once.
    """
    spans = set()
    for scan in _may_need_ftfy():
        pos = 0
        while m := scan.search(text, pos):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.start())
            end = len(text) if end == -1 else end
            spans.add((start, end))
            pos = end + 1
    out = []
    verdicts: dict[str, bool] = {}  # a line repeated is judged once
    for start, end in sorted(spans):
        line = text[start:end].rstrip("\r")
        needs = verdicts.get(line)
        if needs is None:
            needs = _needs_ftfy(line, entities)
            if len(line) <= _MEMO_LINE and len(verdicts) < _MEMO_LINES:
                verdicts[line] = needs
        if needs:
            out.append((start, line))
    return out


# Lines up to this long are diffed whole; longer ones window by window (the
# bit-parallel LCS needs len(a) * len(b) / 8 bytes: 2 MB here, 1.25 GB for
# 100,000 characters). Its time grows with the window: at 8,192, one long line
# of "donâ€™t cafÃ©" took 1.00 CPU s/MB, at 4,096 0.92. Both align as the whole
# line does on 1,011 lines of 8,000 to 35,000 characters of the corpus, joined
# and damaged (20 million characters), and on 240 lines of a sentence repeated.
_WINDOW = 4096


def _join_split(chunks: Iterable[tuple[int, int, str]], line: str) -> list[tuple[int, int, str]]:
    """Chunks with each insertion joined to a change at most a character away, or across a run it repeats.

    An insertion is half of one decoding that the alignment split around a
    character both sides share ("\u00a0 " → "  ": a deletion, " ", an
    insertion), or around a run of them (the insertion could as well sit at
    the run's other end: "\u00a0   " → "    "). Apart, a protected span or a
    verdict of chance could keep one half and let the other through, and it
    would grow on every repair.

    >>> _join_split([(0, 1, ""), (2, 2, " ")], "\u00a0 .")
    [(0, 2, '  ')]
    >>> _join_split([(0, 1, ""), (3, 3, " ")], "\u00a0  .")
    [(0, 3, '   ')]
    """
    out: list[tuple[int, int, str]] = []
    for start, end, after in chunks:
        if out and (start == end or out[-1][0] == out[-1][1]) and _one_decoding(line, out[-1], start, after):
            first, last, done = out.pop()
            out.append((first, end, done + line[last:start] + after))
        else:
            out.append((start, end, after))
    return out


def _one_decoding(line: str, previous: tuple[int, int, str], start: int, after: str) -> bool:
    """Are a change and the next (at ``start``), one of them an insertion, halves of one decoding?"""
    gap = line[previous[1] : start]
    if len(gap) <= 1:
        return True
    inserted = after if previous[0] != previous[1] else previous[2]
    return bool(inserted) and gap + inserted == inserted + gap  # the insertion slides across the run


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
    return list(_diff_chunks(a, b, window))


def _diff_chunks(a: str, b: str, window: int | None = None) -> Iterator[tuple[int, int, str]]:
    """:func:`_char_diff`, one replacement at a time: a line dense with damage holds no list of them.

    ``window`` is :data:`_WINDOW` unless given, read at each call (a test sets it smaller).
    """
    window = window or _WINDOW
    pending: tuple[int, int, str] | None = None
    dest_end = -1  # where the last change's text ends in ``b``
    for src_start, src_end, dest_start, dest_end_ in _changes(a, b, window):
        if pending is not None and pending[1] == src_start and dest_end == dest_start:
            pending = (pending[0], src_end, pending[2] + b[dest_start:dest_end_])
        else:
            if pending is not None:
                yield pending
            pending = (src_start, src_end, b[dest_start:dest_end_])
        dest_end = dest_end_
    if pending is not None:
        yield pending


_Opcode = tuple[str, int, int, int, int]  # tag, a start, a end, b start, b end


def _opcodes(a: str, b: str) -> list[_Opcode]:
    from rapidfuzz.distance import Indel  # only for damaged lines

    # rapidfuzz types each field of as_list() as "int | str".
    with scratch():  # its matrix, allocated and freed for each window, is reused from the heap (heap.py)
        return cast(list[_Opcode], Indel.opcodes(a, b).as_list())


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
    if _only_deleted(a, b):
        yield from _deletions(a)
        return
    if len(a) <= window and len(b) <= window:
        for tag, i1, i2, j1, j2 in _opcodes(a, b):
            if tag != "equal":
                yield i1, i2, j1, j2
        return
    i = j = _common_prefix(a, b)
    shared_end = _common_suffix(a, b, min(len(a), len(b)) - i)
    a_end, b_end = len(a) - shared_end, len(b) - shared_end
    margin = window // 4
    while True:
        wa, wb = min(a_end, i + window), min(b_end, j + window)
        ops = _opcodes(a[i:wa], b[j:wb])
        if wa == a_end and wb == b_end:  # the last window: all of it
            for tag, i1, i2, j1, j2 in ops:
                if tag != "equal":
                    yield i + i1, i + i2, j + j1, j + j2
            return
        # Only a side cut short by the window needs the margin.
        limit_a = wa - i - margin if wa < a_end else wa - i + 1
        limit_b = wb - j - margin if wb < b_end else wb - j + 1
        keep, cut = _cut(ops, limit_a, limit_b)
        for tag, i1, i2, j1, j2 in ops[:keep]:
            if tag != "equal":
                yield i + i1, i + i2, j + j1, j + j2
        if keep < len(ops):
            _, i1, _, j1, _ = ops[keep]
            i, j = i + i1 + cut, j + j1 + cut
        else:
            i, j = wa, wb


# Characters ftfy and ENC delete outright: controls, and the invisible
# characters ENC removes after ftfy. Where the repaired line is the line with
# runs of these taken out, and holds none of them, its alignment with the
# line is already known (see _only_deleted).
_DELETED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2060\ufeff]+")


def _only_deleted(a: str, b: str) -> bool:
    """Is ``b`` ``a`` without its runs of :data:`_DELETED` characters, and free of them?

    Then the longest common subsequence is one alone: a deleted character
    matches nothing in ``b``, which holds none, and every other character of
    ``a`` must match for the subsequence to be as long as ``b``. Found so,
    without the alignment, a line of controls every few characters took a
    quarter of the time it took (0.29 CPU s/MB of rapidfuzz).

    >>> _only_deleted("a\\x00b\\u200bc", "abc"), _only_deleted("a\\x00b", "a\\x00b"), _only_deleted("a\\x00b", "ab!")
    (True, False, False)
    """
    return len(b) < len(a) and _DELETED.search(b) is None and _DELETED.sub("", a) == b


def _deletions(a: str) -> Iterator[tuple[int, int, int, int]]:
    """The changes of :func:`_changes` when ``b`` is ``a`` without its deleted runs: each run, in order."""
    removed = 0
    for run in _DELETED.finditer(a):
        at = run.start() - removed  # where the run was, in ``b``
        yield run.start(), run.end(), at, at
        removed += run.end() - run.start()


#: Characters compared at a time while the common prefix and suffix are set
#: aside: a comparison of slices runs in C. One character at a time, the
#: Python loop took 0.02 CPU s/MB on the corpus with its lines joined and one
#: in ten damaged (0.001 now).
_STRIDE = 64


def _common_prefix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their start.

    >>> _common_prefix("x" * 100 + "ab", "x" * 100 + "ac")
    101
    """
    n = min(len(a), len(b))
    i = 0
    while i + _STRIDE <= n and a[i : i + _STRIDE] == b[i : i + _STRIDE]:
        i += _STRIDE
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _common_suffix(a: str, b: str, limit: int) -> int:
    """How many characters ``a`` and ``b`` share at their end, ``limit`` at most.

    >>> _common_suffix("ab" + "x" * 100, "cb" + "x" * 100, 102), _common_suffix("ab", "ab", 1)
    (101, 1)
    """
    la, lb = len(a), len(b)
    k = 0
    while k + _STRIDE <= limit and a[la - k - _STRIDE : la - k] == b[lb - k - _STRIDE : lb - k]:
        k += _STRIDE
    while k < limit and a[la - k - 1] == b[lb - k - 1]:
        k += 1
    return k


def _cut(ops: list[_Opcode], limit_a: int, limit_b: int) -> tuple[int, int]:
    """Where a window's alignment is cut: (index of the equal run, characters of it kept).

    The last run of equal characters that starts before both limits, cut in
    its middle; else the first run (none of it kept); else the whole window.
    """
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
    return keep, cut


@cache
def _ligatures() -> re.Pattern[str]:
    """ftfy's ligature characters: "ﬁ", Dutch "ĳ", Croatian "ǉ", Afrikaans "ŉ"."""
    from ftfy.chardata import LIGATURES

    return re.compile(f"[{re.escape(''.join(map(chr, sorted(LIGATURES))))}]")


def _classify(before: str, after: str, steps: str) -> tuple[str, str, float]:
    if _ENTITY.search(before):
        return "ENC003", f"HTML entity {before!r} decoded", 0.9
    if not after and _CONTROL.match(before):
        names = ", ".join(unicodedata.name(c, f"U+{ord(c):04X}") for c in dict.fromkeys(before) if not c.isalnum())
        return "ENC002", f"removed invisible or control character ({names})", 1.0
    if _ligatures().search(before):
        return "ENC004", f"ligature {before!r} spelled out", 1.0
    if unicodedata.normalize("NFKD", before) == unicodedata.normalize("NFKD", after):
        return "ENC005", "Unicode normalization", 1.0
    return "ENC001", f"mojibake {before!r} decoded as {after!r}", 0.95
