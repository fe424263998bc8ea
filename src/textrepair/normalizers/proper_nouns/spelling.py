"""How a misspelling relates to the name it misspells: pure predicates on two casefolded words.

A typist's slip (two letters swapped, one doubled or undoubled, one left out)
is a fix; another ending, a clipping or another romanisation is another
form of the name, or another word.
"""

from __future__ import annotations

from ...names.fuzzy import skeleton
from .tuning import CLIPPING_MAX_LEN

#: Letters a swap of two neighbours changes.
_SWAPPED = 2
#: Letters at the end of a word that another language's ending changes ("Italiam", "Toulousan").
_ENDING = 2


def transposed(a: str, b: str) -> bool:
    """Do two words differ by one swap of neighbouring letters?

    >>> transposed("zelenksy", "zelensky"), transposed("zelensky", "zelensky"), transposed("kiyv", "kyiv")
    (True, False, True)
    >>> transposed("abc", "cba")
    False
    """
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == _SWAPPED and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def ending_only(word: str, name: str) -> bool:
    """Do the words differ only in their last two letters, the last one included?

    >>> ending_only("italiam", "italian"), ending_only("toulousan", "toulouse"), ending_only("kogn", "kong")
    (True, True, True)
    >>> ending_only("kyiv", "kiev"), ending_only("bidden", "biden")
    (False, False)
    """
    if word[-1:] == name[-1:]:
        return False
    same = 0
    for a, b in zip(word, name, strict=False):
        if a != b:
            break
        same += 1
    return same >= min(len(word), len(name)) - _ENDING


def derived(word: str, name: str) -> bool:
    """Is ``word`` the name with an ending ("Floridas", "Bolognian"), or a short clipping of it?

    >>> derived("floridas", "florida"), derived("flor", "florida"), derived("floridan", "florida")
    (True, True, True)
    >>> derived("florid", "florida"), derived("floirda", "florida")
    (True, False)
    """
    return word.startswith(name) or (name.startswith(word) and len(word) < CLIPPING_MAX_LEN)


def doubled(a: str, b: str) -> bool:
    """Do two words differ only in doubled letters?

    >>> doubled("haris", "harris"), doubled("mediterannean", "mediterranean"), doubled("harris", "harris")
    (True, True, False)
    """
    return a != b and _single(a) == _single(b)


def _single(word: str) -> str:
    """The word with every doubled letter single.

    >>> _single("mississippi")
    'misisipi'
    """
    return "".join(c for i, c in enumerate(word) if not i or word[i - 1] != c)


def slip(word: str, name: str) -> bool:
    """Is ``word`` the name with a typist's slip: two letters swapped, one doubled or undoubled, or left out?

    An added letter is not: it makes other names and words ("Styrian",
    "Jourdan"). Nor is a first letter left out: a typist keeps it.

    >>> slip("pheonix", "phoenix"), slip("brazillian", "brazilian"), slip("arden", "ardern")
    (True, True, True)
    >>> slip("styrian", "syrian"), slip("rdern", "ardern")
    (False, False)
    """
    if transposed(word, name) or doubled(word, name):
        return True
    if len(word) != len(name) - 1:
        return False
    return any(name[:i] + name[i + 1 :] == word for i in range(1, len(name)))


def plain_slip(word: str, name: str) -> bool:
    """One edit that is a typist's slip, not another form of the name: no ending, no accent, no romanisation.

    >>> plain_slip("heath", "health"), plain_slip("kogn", "kong")
    (True, True)
    >>> plain_slip("korean", "korea"), plain_slip("korea", "korean"), plain_slip("bagh", "bāgh")
    (False, False, False)
    """
    if derived(word, name) or derived(name, word) or (ending_only(word, name) and not transposed(word, name)):
        return False  # "Korea"/"Korean"; but "Kogn" is "Kong" with two letters swapped
    return skeleton(word) != skeleton(name)
