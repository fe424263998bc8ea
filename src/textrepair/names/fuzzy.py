"""Edit distance helpers for name correction.

Distances are optimal string alignment (Damerau-Levenshtein without
repeated edits of a substring), so a transposition counts as one edit:
"Zelenksy" is one edit from "Zelensky".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


def max_distance(word: str) -> int:
    """Edits allowed for a word of this length: one up to 7 letters, then two."""
    n = len(word)
    if n < 5:
        return 0
    return 1 if n < 8 else 2


def distance(a: str, b: str) -> int:
    from rapidfuzz.distance import OSA  # imported on first use: 25 ms a small file may not need

    return int(OSA.distance(a, b))


def near(word: str, choices: list[str], limit: int) -> list[tuple[str, int]]:
    """Choices within ``limit`` edits of ``word``, closest first."""
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extract

    return [(c, int(d)) for c, d, _ in extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=None)]
