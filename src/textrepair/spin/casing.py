"""Carry the case of a matched phrase over to its restoration, and fix a/an before it."""

from __future__ import annotations

import re

_OPENERS = "\"'“‘([*-–—«\u00bf\u00a1 \t"
_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "per",
        "the",
        "to",
        "via",
        "with",
    ]
)
_TITLE_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")


def sentence_start(text: str, pos: int) -> bool:
    """Does a sentence (or heading, list item, paragraph) begin at ``pos``?"""
    i = pos
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    if i == 0:
        return True
    prev = text[i - 1]
    if prev in ".!?:…":
        return True
    if prev in "\n\r":
        # A new line starts a sentence unless a hard-wrapped sentence runs on.
        j = i - 1
        while j > 0 and text[j - 1] in " \t\r":
            j -= 1
        if j == 0 or text[j - 1] == "\n":
            return True  # blank line before: a new paragraph
        return not (text[j - 1].isalnum() or text[j - 1] in ",;")
    return False


#: A heading is a short line: longer ones are prose, whatever their capitals.
MAX_TITLE_CHARS = 200
#: Fewer capitalisable words than this say nothing about a line's style.
MIN_TITLE_WORDS = 3
#: Capitals this short may be an acronym ("ARM") rather than shouting, outside Title Case lines.
MAX_ACRONYM_LETTERS = 3


def title_line(text: str, pos: int) -> bool:
    """Is the line around ``pos`` a Title Case heading?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end != -1 else len(text)]
    if len(line) > MAX_TITLE_CHARS or line.rstrip().endswith((".", ",", ";")):
        return False
    words: list[str] = [w for w in _TITLE_WORD.findall(line) if w.lower() not in _SMALL]
    if len(words) < MIN_TITLE_WORDS:
        return False
    capitals: int = sum(w[0].isupper() for w in words)
    return capitals >= 0.8 * len(words)


def title_case(phrase: str) -> str:
    words = phrase.split(" ")
    return " ".join(w if (i and w.lower() in _SMALL) or not w else w[0].upper() + w[1:] for i, w in enumerate(words))


def capitalize(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _keep_case(matched: str, after: str) -> str:
    """Words of ``after`` that also occur in ``matched`` take their case from it ("final July" -> "last July")."""
    kept = {w.lower(): w for w in matched.split()}
    return " ".join(kept.get(w.lower(), w) if w.islower() else w for w in after.split(" "))


def recase(matched: str, after: str, text: str, start: int, names: bool = False) -> str | None:
    """``after`` in the case of ``matched``; None when the match looks like a proper name.

    Only the words the restoration changes decide: lower -> as written in the
    lexicon; ALL CAPS -> ALL CAPS; a capital at a sentence start ->
    capitalised; Title Case in a heading -> Title Case. A capitalised phrase
    inside a sentence ("the Red Army") is left alone, unless ``names``: the
    entry is an unambiguous phrase that spins a name itself ("Supreme
    Courtroom" -> "Supreme Court"), which keeps Title Case.
    """
    words = matched.split()
    after_words = set(after.lower().split())
    changed = [w for w in words if w.lower() not in after_words] or words
    letters = [c for w in changed for c in w if c.isalpha()]
    after = _keep_case(matched, after)
    if not letters or all(c.islower() for c in letters):
        return after
    if len(letters) > 1 and all(c.isupper() for c in letters):
        if len(letters) <= MAX_ACRONYM_LETTERS and not title_line(text, start):
            return None  # an acronym such as "ARM", not shouting
        return after.upper()
    if not all(c.islower() for w in changed for c in w[1:] if c.isalpha()):
        return None  # "iPhone"-like or mixed case: not ours to touch
    capital_by_position = words[0][:1].isupper() and not any(w[:1].isupper() for w in words[1:])
    if names and changed[0][:1].isupper() and not (capital_by_position and sentence_start(text, start)):
        # A spun name: the restored words take the capitals of the words they
        # replace ("a White Home spokesperson" -> "a White House spokesperson");
        # a name of another length is Title Case ("the Every day Telegraph" ->
        # "the Daily Telegraph": spinners capitalise only a swap's first word).
        out = after.split(" ")
        if len(out) == len(words) and all(w[:1].isupper() for w in changed):
            return " ".join(capitalize(a) if w[:1].isupper() else a for w, a in zip(words, out, strict=True))
        titled = title_case(after)
        if words[0].islower() and out[0].lower() == words[0].lower():
            titled = words[0] + titled[len(words[0]) :]  # "the Every day Telegraph": "the" stays
        return titled
    if changed[0] is not words[0] or not words[0][:1].isupper():
        return None  # "the Army": a name inside the phrase
    if title_line(text, start):
        return title_case(after)
    if sentence_start(text, start) and not any(w[:1].isupper() for w in changed[1:]):
        return capitalize(after)
    return None


_AN_EXCEPTIONS = ("hour", "honest", "honor", "honour", "heir")
_A_EXCEPTIONS = ("uni", "use", "usu", "uti", "ure", "uro", "eu", "ewe", "one", "once")


def article_for(word: str) -> str:
    """``a`` or ``an`` before ``word`` (by spelling, with common exceptions)."""
    low = word.lower()
    if low.startswith(_AN_EXCEPTIONS):
        return "an"
    if low.startswith(_A_EXCEPTIONS):
        return "a"
    return "an" if low[:1] in "aeiou" else "a"


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(an?|An?|AN?)([ \t]+)$")


def article_fix(text: str, start: int, after: str) -> tuple[int, str] | None:
    """If "a"/"an" before ``start`` no longer fits ``after``, (article start, new article)."""
    m = _ARTICLE_BEFORE.search(text, max(0, start - 8), start)
    if not m or not after:
        return None
    old = m[1]
    new = article_for(after)
    if old.lower() == new:
        return None
    if old.isupper() and len(old) > 1:
        new = new.upper()
    elif old[0].isupper():
        new = capitalize(new)
    return m.start(1), new
