"""PRN: fix misspelled and mis-cased names of places, people and organisations.

The rule is a package of small modules, one per decision:

- :mod:`.finder`: one pass over a text, which words to look at and which decision answers each;
- :mod:`.lowercase`: names in lower case (PRN002) and lower-case slips of names;
- :mod:`.person`: a word of a name corrected from the words beside it;
- :mod:`.search`: a lone capitalised word near a famous name;
- :mod:`.short`: four-letter names with two letters swapped;
- :mod:`.inside`: a word inside a name of several words;
- :mod:`.scan`: the text's capitalised words and what the whole text says about a fix;
- :mod:`.context`: where a word stands (a URL, after a determiner, after an office);
- :mod:`.spelling`: how a misspelling relates to a name (pure predicates);
- :mod:`.tuning`: every threshold and confidence, with the measurement behind it.
"""

from __future__ import annotations

from ...edits import settle
from ...model import Edit, Options
from ...names.lexicon import HEADER, TABLES, NameLexicon, shipped, with_user_files
from ...normalizer import Document, Normalizer
from .finder import fixes
from .scan import Scan

#: Looks at the text at most: the first, then one after each look that wrote capitals (a bound, as on
#: every loop that repeats until nothing changes: see textrepair.edits.until_stable).
_MAX_LOOKS = 3

__all__ = ["FixProperNouns"]

#: How many leading lines of a user's file may declare its table.
_HEADER_LINES = 20
#: File name endings that mark a name table among the user's lexicons.
_SUFFIXES = (".names.tsv", ".errors.tsv", ".styles.tsv", ".words.txt")


class FixProperNouns(Normalizer):
    """Fix misspelled and lower-cased names of places, people and organisations.

    ## What it does
    - PRN001: a known misspelling of a name is fixed on sight
      (``Phillipines`` → ``Philippines``).
    - PRN002: a well-known name written in lower case is capitalised
      (``help kyiv counter`` → ``help Kyiv counter``, ``russian`` →
      ``Russian``), unless its lower-case form is an English word
      (``china``, ``turkey``, ``polish``, ``may``, ``march``, ``mark``) or
      its place says it is used as one (``the victoria``, ``cousin-german``);
      a demonym used as a common noun (``a bay arab in the shafts``), or
      before one in a text that capitalises such words but never this one
      (``monograms of indian blue``), is only suggested.
    - PRN003: a capitalised word that is in no lexicon and is rare in English
      is corrected to a famous name one or two edits away (a transposition is
      one edit) when nothing else comes as close (``Bydgoscz`` →
      ``Bydgoszcz``); a first name changes only because the surname beside it
      matches (``Volodomyr Zelenskyy`` → ``Volodymyr Zelenskyy``, ``Donal
      Trump`` → ``Donald Trump``), a surname that is a word only for a slip
      beside the famous first name (``Kamala Haris``). Close calls are only
      suggested, and so is a fix in a text that names many people and places
      no lexicon knows (a novel's cast: its own spellings, not typos).
    - PRN004: a style variant is replaced when its style is on
      (``styles={"ukrainian-names"}``: ``Kiev`` → ``Kyiv``).
    Correct names are never changed: every name in the lexicons, their other
    spellings and romanisations (``Zelenskiy``, ``Oleksiy``), historical
    names (``Bromberg``) and words common in English. Nothing inside URLs,
    e-mail addresses, hashtags or code is touched. Users add lexicon files
    with the ``name-lexicons`` setting, or among ``lexicons`` when the file
    name or header declares a name table (format:
    ``lexicons/names/README.md``).

    ## Why
    Machine translation lower-cases names and writers misspell unfamiliar
    ones; both look careless and break search.

    ## Example
    >>> from textrepair import repair
    >>> repair("President Volodomyr Zelenskyy visited kyiv.", select=["PRN"]).text
    'President Volodymyr Zelenskyy visited Kyiv.'
    """

    name = "proper-nouns"
    code = "PRN"
    rules = {
        "PRN001": "known misspelling of a name",
        "PRN002": "well-known name written in lower case",
        "PRN003": "likely misspelling of a famous name (edit distance, with evidence)",
        "PRN004": "style variant of a name (only when its style is on)",
    }
    settings = {
        "name-lexicons": "extra name lexicon files: names, errors, styles or words tables (lexicons/names/README.md)",
    }

    def find(self, text: str, doc: Document) -> list[Edit]:
        # A word's verdict can hang on a capital PRN002 has just written beside it ("kobe
        # Jabpan": "Jabpan" is fixed next to a name): look again at the repaired text, so
        # that repair does not change its own output. Only then: clean text pays nothing.
        return settle(text, self._find_once(text), self._find_once, self.options.applies, _MAX_LOOKS, _wrote_capital)

    def _find_once(self, text: str) -> list[Edit]:
        scan = Scan(text, _lexicon(self.options), self.options.styles)
        edits = [
            self.edit(
                text,
                t.start,
                t.end,
                fix.after,
                fix.rule,
                fix.message,
                confidence=fix.confidence,
                safe=fix.safe,
                source=fix.source,
            )
            for t, fix in fixes(scan)
        ]
        edits.sort(key=_order)
        kept: list[Edit] = []
        for e in edits:
            if not kept or e.start >= kept[-1].end:
                kept.append(e)  # a multi-word name wins over a word inside it
        return kept


def _wrote_capital(applied: list[Edit]) -> bool:
    return any(e.rule == "PRN002" for e in applied)


def _order(e: Edit) -> tuple[int, int]:
    """Text order; of edits starting together, the longer first (a multi-word name over a word in it)."""
    return (e.start, -e.end)


def _lexicon(options: Options) -> NameLexicon:
    paths = list(options.lexicons)
    extra = options.get("name_lexicons")
    if isinstance(extra, str):
        paths.append(extra)
    elif extra:
        paths.extend(extra)
    names = [p for p in paths if str(p).endswith(_SUFFIXES) or _declares(p)]
    return with_user_files(names) if names else shipped()


def _declares(path: str) -> bool:
    """Does a user lexicon file declare a name table in its header?"""
    try:
        with open(path, encoding="utf-8") as f:
            head = [next(f, "") for _ in range(_HEADER_LINES)]
    except OSError:
        return False
    return any(m is not None and m[1] in TABLES for m in map(HEADER.match, head))
