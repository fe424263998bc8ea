"""Edit distance helpers for name correction.

Distances are optimal string alignment (Damerau-Levenshtein without
repeated edits of a substring), so a transposition counts as one edit:
"Zelenksy" is one edit from "Zelensky".
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

from .tables import MIN_FUZZY_LEN

# Romanisation variants that are spellings, not errors: Zelenskyy/Zelenskiy,
# Oleksiy/Oleksii, Kharkov/Charkow, Yevgeny/Evgeny, Vucic/Vučić.
_VARIANTS = [
    (re.compile(r"(?<=[aeiou])j(?=[aeiou])|^j(?=[aeiou])"), "y"),
    (re.compile(r"kh|ch(?=[^aeiouy]|$)"), "h"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"w"), "v"),
    (re.compile(r"sch|sz"), "sh"),
    (re.compile(r"tz"), "ts"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"^ye|^ie"), "e"),
    # y and i are one letter only where romanisations differ: after a vowel
    # (Sergey/Sergei), doubled at the end (Oleksiy/Oleksii, Zelenskyy), in
    # -sky/-ski, Russian endings (Dmitry/Dmitri, Vasily) and before a vowel
    # (Yulia/Iulia). Elsewhere they are a misspelling: Pelosy, Volodymir,
    # Pennsilvania.
    (re.compile(r"(?:iy|yi|ii|yy|ij)$"), "i"),
    (
        re.compile(r"(?<=[aeiou])[yj](?=[^aeiou]|$)|(?:(?<=sk)|(?<=[rln]))y$|^y(?=[aeiou])|(?<=[^aeiou])y(?=[aeiou])"),
        "i",
    ),
]


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A key equal for romanisation variants of one name.

    >>> skeleton("Zelenskyy") == skeleton("Zelenskiy") == skeleton("Zelensky")
    True
    >>> skeleton("Volodomyr") == skeleton("Volodymyr") or skeleton("Volodymir") == skeleton("Volodymyr")
    False
    >>> skeleton("Sergey") == skeleton("Sergei"), skeleton("Pelosy") == skeleton("Pelosi")
    (True, False)
    """
    s = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))
    s = s.replace("\u0142", "l")
    s = "".join(c for c in s if c.isalpha() and c not in "\u02bb\u02bc\u02b9")  # okina and other apostrophes
    for pattern, repl in _VARIANTS:
        s = pattern.sub(repl, s)
    return s


#: Shortest word corrected by two edits.
TWO_EDITS_LEN = 8
#: Letter sets remembered before the memo starts again (a corpus's distinct rare words).
_LETTERS_KEPT = 100_000


def max_distance(word: str) -> int:
    """Edits allowed for a word of this length: none below 5 letters, one up to 7, then two.

    >>> max_distance("Kyiv"), max_distance("Kyivv"), max_distance("Bydgoscz")
    (0, 1, 2)
    """
    n = len(word)
    if n < MIN_FUZZY_LEN:
        return 0
    return 1 if n < TWO_EDITS_LEN else 2


_LETTERS: dict[str, int] = {}


def _letters(word: str) -> int:
    """The letters of ``word`` as a set of bits (one bit per letter, modulo 64)."""
    mask = _LETTERS.get(word)
    if mask is None:
        mask = 0
        for c in word:
            mask |= 1 << (ord(c) & 63)
        if len(_LETTERS) > _LETTERS_KEPT:
            _LETTERS.clear()
        _LETTERS[word] = mask
    return mask


def may_be_within(a: str, b: str, limit: int) -> bool:
    """A cheap necessary condition for ``distance(a, b) <= limit``.

    Each edit changes the length by at most one and the set of letters used
    by at most two (a substitution drops one letter and brings another), so
    words failing either bound are farther apart. Most pairs fail it, and a
    run that rules out every candidate this way never imports rapidfuzz.

    >>> may_be_within("zelenksy", "zelensky", 1), may_be_within("hello", "hollande", 2)
    (True, False)
    """
    return abs(len(a) - len(b)) <= limit and (_letters(a) ^ _letters(b)).bit_count() <= 2 * limit


def distance(a: str, b: str) -> int:
    from rapidfuzz.distance import OSA  # imported on first use: 25 ms a small file may not need

    return int(OSA.distance(a, b))


def near(word: str, choices: list[str], limit: int) -> list[tuple[str, int]]:
    """Choices within ``limit`` edits of ``word``, closest first."""
    if "rapidfuzz.distance" not in sys.modules:
        # The cheap bound spares a short run the import; once rapidfuzz is
        # loaded its own C loop is faster than the bound in Python.
        choices = [c for c in choices if may_be_within(word, c, limit)]
        if not choices:
            return []
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extract

    return [(c, int(d)) for c, d, _ in extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=None)]
