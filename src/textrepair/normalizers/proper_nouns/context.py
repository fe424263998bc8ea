"""Where a word stands in its text: pure predicates on the text around a token.

Whether a word sits in a URL or code, is joined to the word before it, follows
a determiner or an office: the positions that say a name is not meant, or
which person is.
"""

from __future__ import annotations

import re

from ...markup.common import EMOJI_SHORTCODE
from ...names.lexicon import WORD
from .fix import Token
from .tuning import CHUNK_REACH, DETERMINERS, JOINERS, PREFIXES, QUOTES_AND_BRACKETS, TECHNICAL, TITLES

#: Characters after a word that end a sentence or a quotation, not a file name.
_CLOSING = ".,;:!?\"')]}\u201d\u2019"
#: How far back a word before a token is looked for (a word and its spaces).
_WORD_REACH = 30
#: How far back the hyphen and prefix before a token are looked for ("R-r- russian").
_JOIN_REACH = 20
#: How far back the determiner before a token is looked for: two words.
_DETERMINER_REACH = 40
#: Characters allowed for each word of a name looked for before a token, and for the spaces.
_NAME_WORD_REACH = 20
#: How far back the office before a first name is looked for ("Vice-President").
_TITLE_REACH = 24
#: The possessive ending that makes a word before a name a determiner ("Mrs. Lepell's victoria").
_POSSESSIVES = ("'s", "\u2019s")


def technical(text: str, tok: Token) -> bool:
    """Is the token part of a URL, e-mail address, path, hashtag or code?

    >>> technical("see example.com/kyiv now", Token(16, 20, "kyiv")), technical("in kyiv now", Token(3, 7, "kyiv"))
    (True, False)
    """
    lo, hi = tok.start, tok.end
    while lo > 0 and tok.start - lo < CHUNK_REACH and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and hi - tok.end < CHUNK_REACH and not text[hi].isspace():
        hi += 1
    chunk = text[lo:hi]
    if any(c in TECHNICAL for c in chunk) or "\ue000" in chunk or "www." in chunk.lower():
        return True
    if ":" in chunk and EMOJI_SHORTCODE.search(chunk):
        return True  # ":andorra:" names an emoji, even where no markup protects it
    # a dot inside the chunk followed by a letter: a domain or file name
    inner = chunk.rstrip(_CLOSING)
    return any(inner[i] == "." and inner[i + 1 : i + 2].isalpha() for i in range(len(inner) - 1))


def inside_word(text: str, start: int, end: int) -> bool:
    """Is ``text[start : end + 1]`` part of a longer word ("woman", "Prussian")?

    >>> inside_word("a woman", 4, 6), inside_word("a man", 2, 4)
    (True, False)
    """
    return bool(start and (text[start - 1].isalnum() or text[start - 1] in "'\u2019_")) or (
        end + 1 < len(text) and (text[end + 1].isalnum() or text[end + 1] == "_")
    )


def adjacent(text: str, a: Token, b: Token) -> bool:
    """Are two words one space apart?"""
    return text[a.end : b.start] in (" ", "\u00a0")


def after_letter_dot(text: str, tok: Token) -> bool:
    """``e.g.`` style abbreviations and file names: "x.kyiv" is not prose."""
    return tok.start > 0 and text[tok.start - 1] == "."


def word_before(text: str, tok: Token) -> str | None:
    """The word just before a token, if there is one near."""
    before = WORD.findall(text[max(0, tok.start - _WORD_REACH) : tok.start])
    return before[-1] if before else None


def word_after(text: str, tok: Token) -> str | None:
    """The word after a token when only spaces stand between them, or None.

    >>> word_after("of indian\\nblue.", Token(3, 9, "indian")), word_after("indian.", Token(0, 6, "indian"))
    ('blue', None)
    """
    rest = text[tok.end : tok.end + _WORD_REACH]
    following = WORD.match(rest.lstrip())
    return following[0] if following is not None and rest[:1].isspace() else None


def near_words(text: str, tok: Token) -> set[str]:
    """The words just before and after a token ("Chicken" Kiev, Odessa "Texas")."""
    before = WORD.findall(text[max(0, tok.start - _WORD_REACH) : tok.start])[-1:]
    after = WORD.findall(text[tok.end : tok.end + _WORD_REACH])[:1]
    return {*before, *after}


def joined(text: str, tok: Token) -> bool:
    """Is the word joined to the one before it by a hyphen ("cousin-german", "R-r- russian")?

    Not after a prefix: "pro-russian" is the name with a prefix.

    >>> joined("cousin-german", Token(7, 13, "german")), joined("pro-russian", Token(4, 11, "russian"))
    (True, False)
    """
    before = text[max(0, tok.start - _JOIN_REACH) : tok.start].rstrip(" ")
    if not before or before[-1] not in JOINERS:
        return False
    head = WORD.findall(before)[-1:]
    return not head or head[0].casefold() not in PREFIXES


def determiner(word: str) -> bool:
    """A determiner or a possessive ("His Majesty's mail tonga", "Mrs. Lepell's victoria").

    >>> determiner("the"), determiner("lepell's"), determiner("'s"), determiner("said")
    (True, True, False, False)
    """
    return word in DETERMINERS or (len(word) > len(_POSSESSIVES[0]) and word.endswith(_POSSESSIVES))


def common_noun_position(text: str, tok: Token) -> bool:
    """After "a"/"the"/"his" or before a hyphen a place name reads as a common noun.

    "the victoria" (a carriage), "the texas" (a deck), "india-rubber".

    >>> common_noun_position("in the hired victoria", Token(13, 21, "victoria"))
    True
    """
    if text[tok.end : tok.end + 1] == "-":
        return True
    before = [w.strip(QUOTES_AND_BRACKETS) for w in text[max(0, tok.start - _DETERMINER_REACH) : tok.start].split()]
    if not before:
        return False
    prev = before[-1].casefold()
    if determiner(prev):
        return True
    return len(before) > 1 and determiner(before[-2].casefold()) and prev.isalpha() and prev.islower()


def titled(text: str, tok: Token) -> bool:
    """Does an office or title stand right before ``tok`` ("President", "Chancellor")?

    >>> titled("Vice-President Joe", Token(15, 18, "Joe")), titled("dear Joe", Token(5, 8, "Joe"))
    (True, False)
    """
    before = text[max(0, tok.start - _TITLE_REACH) : tok.start]
    if not before.endswith((" ", "\u00a0")):
        return False
    words = before.split()
    return bool(words) and words[-1].casefold().rstrip(".") in TITLES


def name_before(text: str, tok: Token, words: tuple[str, ...]) -> int:
    """How many words of the name stand right before ``tok`` ("Ursula von der").

    >>> name_before("Ursula von der Leyden", Token(15, 21, "Leyden"), ("Ursula", "von", "der"))
    3
    """
    if not words:
        return 0
    before = text[max(0, tok.start - _NAME_WORD_REACH * (len(words) + 1)) : tok.start]
    if not before.endswith((" ", "\u00a0")):
        return 0
    found = WORD.findall(before)[-len(words) :]
    if [w.casefold() for w in found] != [w.casefold() for w in words]:
        return 0
    span = " ".join(found)
    return len(words) if before.rstrip().endswith(span) else 0


#: Lower-case words inside names ("Ursula von der Leyen"), linking the words on either side.
PARTICLES = re.compile(r" (?:(?:von|van|der|den|de|da|di|du|del|la|le|bin|ibn|al|dos|das) ){1,2}")
