"""PRN002 and lower-case slips: well-known names written in lower case ("kyiv", "south korea", "meditteranean").

A lower-case name is capitalised unless its lower-case form is an English
word, its place says it is used as one (``the victoria``, ``cousin-german``),
or, for a demonym or language, its use reads as a quality or a common noun's
modifier; then it is only suggested.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...names.lexicon import WORD, NameLexicon
from ...names.memo import BoundedCache
from ...spin.evidence import FUNCTION_WORDS
from .context import after_letter_dot, common_noun_position, inside_word, joined, technical, word_after, word_before
from .fix import Fix, Token, quote
from .scan import Scan
from .search import near_targets
from .spelling import slip
from .tuning import (
    ADJECTIVES,
    CASED_PER_LOWER,
    DEGREE,
    DOUBTFUL,
    ENGLISH_WORD,
    LOWER_KNOWN,
    LOWER_NAME,
    LOWER_PHRASE,
    LOWER_SLIP,
    LOWER_SLIP_LEN,
    LOWER_SLIP_WEIGHT,
    MIN_LOWER_NAME_LEN,
    SEEN,
    SLIP_RATIO,
)

_LOWER_WORD = re.compile(rf"(?<![\w'\u2019@#/.-])[a-z]{{{LOWER_SLIP_LEN},}}(?![\w@/-])")
_LOWER_WORD_CHEAP = re.compile(rf"\b[a-z]{{{LOWER_SLIP_LEN},}}\b")
#: Characters read after a word for the one that follows it.
_FOLLOWING_REACH = 30


def lowercase_names(scan: Scan) -> Iterator[tuple[Token, Fix]]:
    """PRN002: each lower-case name of the lexicon's automaton, not inside a longer word ("woman", "Prussian")."""
    text = scan.text
    hits = [
        Token(end - len(word) + 1, end + 1, word)
        for end, word in scan.lex.lowercase_automaton().iter(text)
        if not inside_word(text, end - len(word) + 1, end)
    ]
    for tok in hits:
        found = _lowercase(scan, tok, hits)
        if found:
            yield found


def _lowercase(scan: Scan, tok: Token, hits: list[Token]) -> tuple[Token, Fix] | None:
    phrase = _phrase(scan, tok)
    if phrase:
        return phrase
    text = scan.text
    entry = scan.lex.casing_entry(tok.word)
    if entry is None or len(tok.word) < MIN_LOWER_NAME_LEN or technical(text, tok) or after_letter_dot(text, tok):
        return None
    if joined(text, tok):
        return None
    if entry.kind == "org" and not entry.word.isupper():
        return None  # brands are often written in lower case on purpose ("youtube-dl")
    if entry.kind not in ADJECTIVES and entry.kind != "org" and common_noun_position(text, tok):
        return None
    after = entry.word
    if after.isupper() and len(after) > 1:
        message = f"{quote(tok.word)} → {quote(after)} (acronym of a known {entry.kind})"
    else:
        message = f"{quote(tok.word)} → {quote(after)} (known {entry.kind}, not an English word in lower case)"
    fix = Fix(after, "PRN002", message, LOWER_NAME, entry.source)
    doubt = _doubt(scan, tok, entry.kind, hits) if entry.kind in ADJECTIVES else ""
    return tok, (fix.doubted(doubt, DOUBTFUL) if doubt else fix)


def _doubt(scan: Scan, tok: Token, kind: str, hits: list[Token]) -> str:
    """Why a lower-case demonym may be meant as written, or "".

    Graded by an adverb ("not quite christian") it names a quality. Before a
    common noun, in a text that capitalises such words but never this one,
    it names a colour or a material ("indian blue"). As a noun after a
    lower-case word and before a function word or punctuation it reads as a
    literary common noun ("a street arab in", "not quite christian to"); as
    a modifier ("said ukrainian forces") or after a function word ("the
    russian army") it is a name.
    """
    text = scan.text
    before = word_before(text, tok)
    if before is not None and before.casefold() in DEGREE:
        return "graded like a quality: maybe an adjective in its own right"
    if _cased_by_habit(scan, tok, hits):
        return "the text capitalises such words but not this one before a noun: maybe a common noun's modifier"
    if before is None or not before.islower() or before in FUNCTION_WORDS or text[tok.start - 1] != " ":
        return ""  # "pro-russian": a prefix, not a word before it
    if scan.lex.casing_entry(before) is not None:
        return ""  # "kyiv russian": a name before it, which this run capitalises
    rest = text[tok.end : tok.end + _FOLLOWING_REACH]
    following = WORD.match(rest.lstrip(" "))
    if following is None or following[0] in FUNCTION_WORDS or not rest.startswith(" "):
        return "a noun after a lower-case word: maybe a common noun"
    return ""


def _cased_by_habit(scan: Scan, tok: Token, hits: list[Token]) -> bool:
    """Does a text that capitalises its nationality words write this one, before a common noun, in lower case?

    "monograms of indian blue" in a novel that writes "American" and
    "English" throughout: a colour or a material named after a place, meant
    as written. The same word capitalised elsewhere in the text makes the
    lower-case one a slip.
    """
    following = word_after(scan.text, tok)
    if following is None or not following.islower() or following in FUNCTION_WORDS:
        return False
    capitalised, lower = scan.adjective_cases(hits)
    if capitalised[tok.word]:
        return False
    return capitalised.total() >= CASED_PER_LOWER * max(1, lower)


def _phrase(scan: Scan, tok: Token) -> tuple[Token, Fix] | None:
    """A multi-word name in lower case ending at ``tok`` ("south korea")."""
    text = scan.text
    for phrase, entry in scan.lex.phrase_ends.get(tok.word, ()):
        start = tok.end - len(phrase)
        if start < 0 or text[start : tok.end].casefold() != phrase:
            continue
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'"):
            continue
        span = Token(start, tok.end, text[start : tok.end])
        if not span.word.islower() or technical(text, span):
            continue
        message = f"{quote(span.word)} → {quote(entry.word)} (known {entry.kind})"
        return span, Fix(entry.word, "PRN002", message, LOWER_PHRASE, entry.source)
    return None


def lowercase_misspelt(scan: Scan) -> Iterator[tuple[Token, Fix]]:
    """Lower-case slips of names that are always capitalised ("meditteranean", "carribean").

    Two faults in one word need more than one of them to be sure of: a
    known misspelling of a name, or a slip of the fingers (:func:`.slip`)
    of a name lower case never reaches, in a word of
    :data:`.LOWER_SLIP_LEN` letters or more that English does not use.
    Each distinct word is judged once per lexicon; only the few with a fix
    are then found in the text.
    """
    lex, text = scan.lex, scan.text
    judged = lex.derived(_judged_words)
    verdicts = {
        key: judged[key] if key in judged else judged.remember(key, _lower_fix(lex, key))
        for key in set(_LOWER_WORD_CHEAP.findall(text))  # a superset, found fast; positions checked below
    }
    if all(fix is None for fix in verdicts.values()):
        return  # the common case: no misspelt name at all
    for m in _LOWER_WORD.finditer(text):
        fix = verdicts.get(m[0])
        if fix is None:
            continue
        tok = Token(m.start(), m.end(), m[0])
        if technical(text, tok) or joined(text, tok) or after_letter_dot(text, tok):
            continue
        yield tok, (fix if fix.rule == "PRN001" else scan.with_context(tok, fix))


def _judged_words(lex: NameLexicon) -> BoundedCache[str, Fix | None]:
    """Per lexicon: each lower-case word's fix as a misspelt name, or None (a corpus repeats its words)."""
    return BoundedCache()


def _lower_fix(lex: NameLexicon, key: str) -> Fix | None:
    """The fix of a lower-case word as a misspelt name, whatever the text around it."""
    if key in lex.common_words:
        return None
    error = lex.errors.get(key)
    if error is not None:
        message = f"{quote(key)} → {quote(error.after)} (known misspelling, in lower case)"
        return Fix(error.after, "PRN001", message, LOWER_KNOWN, error.source)
    zipf = lex.zipf(key)
    if zipf >= ENGLISH_WORD or lex.knows(key):
        return None
    found = [
        target
        for cand, d in near_targets(lex, key, 1)
        if d == 1
        and (target := lex.casing_entry(cand)) is not None
        and target.person < 0
        and target.weight >= LOWER_SLIP_WEIGHT
        and slip(key, cand)
        and (zipf < SEEN or lex.zipf(cand) - zipf >= SLIP_RATIO)
    ]
    if len(found) != 1:
        return None  # nothing near, or two names equally near
    name = quote(found[0].word)
    message = f"{quote(key)} → {name} (a slip in the {found[0].kind} {name}, in lower case)"
    return Fix(found[0].word, "PRN003", message, LOWER_SLIP, found[0].source)
