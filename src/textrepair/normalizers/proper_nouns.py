"""PRN: fix misspelled and mis-cased names of places, people and organisations."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from ..chars import UPPER_LIKE
from ..markup.common import EMOJI_SHORTCODE
from ..model import Confidence, Edit, Options
from ..names.fuzzy import distance, max_distance, may_be_within, near, skeleton
from ..names.lexicon import (
    HEADER,
    MIN_FUZZY_LEN,
    TABLES,
    WORD,
    NameLexicon,
    Person,
    Replacement,
    Target,
    shipped,
    with_user_files,
)
from ..normalizer import Document, Normalizer
from ..spin.evidence import FUNCTION_WORDS

#: A capitalised word, not the tail of "d'Artagnan" nor the head of "Kyiv2"
#: (its first letter still to be checked with ``str.isupper()``). The capital
#: comes first and the look-behinds after it, so that ``re`` scans for the
#: class alone, as fast as ``regex`` with ``\p{Lu}``.
_CAPITALISED = re.compile(
    f"[{UPPER_LIKE}]" + r"(?<![^\W_].)(?<!\w['\u2019].)[^\W\d_]*+(?:['\u2019](?![sS]\b)[^\W\d_]++)*+(?![\d_])"
)
#: Characters that mark a chunk of text as a URL, address, path, hashtag or code.
_TECHNICAL = frozenset("/\\@#_=<>{}[]|~^*`$%&+")
#: A word this frequent in English (Zipf scale) is a word, not a typo.
_FREQUENT = 2.0
#: A word this frequent is in use on the web: only suggested.
_SEEN = 1.0
#: Beside a surname, a first name is corrected unless it is this frequent.
_FREQUENT_FIRST_NAME = 5.0
#: A name this frequent ("Johnson", "Harris", "Frank") says little about the name beside it.
_COMMON_NAME = 4.2
#: Kinds that are adjectives as well as nouns: capitalised in any position.
_ADJECTIVES = frozenset({"demonym", "language"})
#: Words before which a lower-case place name reads as a common noun.
_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "our", "their", "my", "your"}
    | {"every", "each", "some", "any", "no", "one"}
)
#: A first name this rare in English ("Jacinda", "Kamala") says which person is meant.
_RARE_FIRST_NAME = 3.5
#: A person this famous has a surname that identifies them ("Obama").
_FAMOUS = 8.0
#: Lower-case words inside names ("Ursula von der Leyen"), linking the words on either side.
_PARTICLES = re.compile(r" (?:(?:von|van|der|den|de|da|di|du|del|la|le|bin|ibn|al|dos|das) ){1,2}")
#: Below this frequency a word may be a slip of the fingers in use on the web ("Pheonix", "Brazillian").
_WORD = 2.5
#: ... when the name it misspells is this much (Zipf) more frequent: a hundred times.
_SLIP_RATIO = 2.0
#: Offices before a first name that, with it, say which famous person is meant.
_TITLES = frozenset(
    [
        "president",
        "vice-president",
        "senator",
        "sen",
        "chancellor",
        "minister",
        "premier",
        "governor",
        "gov",
        "secretary",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "ambassador",
        "commissioner",
        "speaker",
        "representative",
        "rep",
    ]
)
#: A word used this often, and at least as often as its correction, is taken as intended.
_REPEATED = 3
#: How many people and places that no lexicon knows a news article names: on
#: the 293 Wikinews articles of the benchmark corpus the median is 2 and nine
#: in ten name at most 8 (distinct capitalised words of five letters or more,
#: rare in English and in no name table). Novels name hundreds (Don Quixote
#: 666, Les Misérables 1,784). A text's own unknown names are what a word one
#: edit from a famous name most often is when the text has many of them
#: ("Urganda", "Aleria", "Parisina"): a fuzzy fix's odds are multiplied by
#: ``(1 + this) / (1 + unknown names)`` once a text names more than this. At
#: 8 every applied fix on the Wikinews articles stays applied and none on the
#: books does (``benchmarks/names_fp.py``).
_EXPECTED_UNKNOWN_NAMES = 8
#: Characters that join a word to the one before it: a lower-case name after
#: one is part of a compound or a stammer ("cousin-german", "R-r- russian").
_JOINERS = frozenset("-\u2010\u2011")
#: Prefixes that join a name with a hyphen and leave it a name ("pro-Russian", "anti-Ukrainian").
_PREFIXES = frozenset(
    [
        "pro",
        "anti",
        "non",
        "post",
        "pre",
        "ex",
        "neo",
        "pan",
        "trans",
        "mid",
        "sub",
        "inter",
        "ultra",
        "semi",
        "counter",
    ]
)
#: Four-letter names of this weight or more (ten million people, a capital or
#: a US state) are fixed when two neighbouring letters are swapped ("Iarn",
#: "Cuab", "Ohoi"): the commonest slip, and at four letters no other edit is
#: told apart from another name or word.
_SHORT_NAME_WEIGHT = 7.0
#: The confidence of such a fix (before the text's own unknown names weigh it).
_SHORT_TRANSPOSED = Confidence.PROBABLE
#: A lower-case word at least this long that is a slip of a name is fixed ("meditteranean").
_LOWER_SLIP_LEN = 7
_LOWER_WORD = re.compile(rf"(?<![\w'\u2019@#/.-])[a-z]{{{_LOWER_SLIP_LEN},}}(?![\w@/-])")
_LOWER_WORD_CHEAP = re.compile(rf"\b[a-z]{{{_LOWER_SLIP_LEN},}}\b")
#: ... when the name weighs this much (a country, a sea, a demonym or a capital: casing weight)
_LOWER_SLIP_WEIGHT = 5.0
#: ... with this confidence: two faults in one word, both plain.
_LOWER_SLIP = Confidence.FAIR
#: A known misspelling of a name written in lower case ("meditteranean").
_LOWER_KNOWN = Confidence.STRONG
#: Names of places and organisations of up to this many words decide a word inside them.
_LONGEST_NAME = 5
#: ... a word of at least this many letters (shorter ones are other names: "Real Madrid", "Rea Madrid"?).
_MIN_INSIDE_LEN = 4
#: Confidence of such a fix when the word is no name or word of its own ("World Heath Organization").
_INSIDE_NAME = Confidence.FIRM
#: ... and when it is one and only one other word of the name matches ("Colombia University").
_INSIDE_NAME_OWN_WORD = Confidence.FAIR
#: Adverbs of degree: a demonym after one is used as a quality adjective.
_DEGREE = frozenset(["quite", "very", "rather", "too", "so", "more", "most", "less", "least", "fairly", "thoroughly"])
#: Stripped from the words before a lower-case name when its position is weighed.
_QUOTES_AND_BRACKETS = "\"'“”‘’([{"
#: Confidence of a lower-case name fix that its context makes doubtful: a suggestion.
_DOUBTFUL = Confidence.DOUBTFUL
#: Capitalised nationality and language words a text writes for each one in
#: lower case, at which it capitalises them by habit: a lower-case one
#: modifying a common noun, and never capitalised in the text, is then meant
#: ("indian blue", "indian ink": a colour, a material). On the benchmark
#: corpus every book with such a word writes 23 to 404 capitalised ones for
#: it; machine-translated text (``tests/golden/PRN``) writes none.
_CASED_PER_LOWER = 5


class _Expected(NamedTuple):
    """A name word expected beside a neighbour that belongs to a famous name."""

    display: str
    neighbour: str
    weight: float
    first: int  # the word's position in a person's name, -1 for a place
    weak: bool  # the neighbour is a common name: only suggested
    before: int  # words of the name standing right before the word
    common: bool = False  # the neighbour is a frequent word or name
    rare_first: bool = False  # the neighbour is a rare first name of one famous person
    source: str = ""


class _Token(NamedTuple):
    start: int
    end: int
    word: str


@dataclass(frozen=True, slots=True)
class _Fix:
    after: str
    rule: str
    message: str
    confidence: float
    source: str
    safe: bool = True


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
      a demonym used as a common noun (``a bay arab in the shafts``) is only
      suggested.
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
        lex = _lexicon(self.options)
        finder = _Finder(text, lex, self.options)
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
            for t, fix in finder.fixes()
        ]
        edits.sort(key=lambda e: (e.start, -e.end))
        kept: list[Edit] = []
        for e in edits:
            if not kept or e.start >= kept[-1].end:
                kept.append(e)  # a multi-word name wins over a word inside it
        return kept


def _lexicon(options: Options) -> NameLexicon:
    paths = list(options.lexicons)
    extra = options.get("name_lexicons")
    if isinstance(extra, str):
        paths.append(extra)
    elif extra:
        paths.extend(extra)
    suffixes = (".names.tsv", ".errors.tsv", ".styles.tsv", ".words.txt")
    names = [p for p in paths if str(p).endswith(suffixes) or _declares(p)]
    return with_user_files(names) if names else shipped()


def _declares(path: str) -> bool:
    """Does a user lexicon file declare a name table in its header?"""
    try:
        with open(path, encoding="utf-8") as f:
            head = [next(f, "") for _ in range(20)]
    except OSError:
        return False
    return any(m is not None and m[1] in TABLES for m in map(HEADER.match, head))


def _cased(word: str, like: str) -> str:
    """``word`` in the letter case of ``like`` (all capitals stay capitals)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word


def _quote(word: str) -> str:
    return f"'{word}'"


class _Finder:
    """One pass over a text: tokens, their neighbours, and the fixes found."""

    def __init__(self, text: str, lex: NameLexicon, options: Options) -> None:
        self.text = text
        self.lex = lex
        self.styles = options.styles
        self._checked: dict[str, _Fix | None] = {}
        self._settled_none = False  # set by _fuzzy_uncached: its None holds for every document
        self._words: list[str] = []  # the capitalised words, in order
        self._keys: list[str] = []  # the same, casefolded
        self._countries: set[str] | None = None
        self._counts: Counter[str] | None = None
        self._unknown: set[str] | None = None
        self._adjective_casing: tuple[Counter[str], int] | None = None

    def fixes(self) -> Iterator[tuple[_Token, _Fix]]:
        text, lex = self.text, self.lex
        for end, word in lex.lowercase_automaton().iter(text):
            start = end - len(word) + 1
            if self._inside_word(start, end):
                continue  # inside a longer word: "woman", "Prussian"
            found = self._lowercase(_Token(start, end + 1, word))
            if found:
                yield found
        spans: list[tuple[int, int]] = []
        words: list[str] = []
        for m in _CAPITALISED.finditer(text):
            if m[0][0].isupper():
                spans.append(m.span())
                words.append(m[0])
        keys = self._keys = list(map(str.casefold, words))
        self._words = words
        fixed: set[int] = set()
        people = _people_words(lex)
        alone = _quiet_alone(lex)
        last = len(keys) - 1
        for i, key in enumerate(keys):
            quiet = alone.get(key)
            if quiet is None:
                quiet = alone[key] = _is_quiet_alone(lex, key)
            after_name = i > 0 and keys[i - 1] in people
            before_name = i < last and keys[i + 1] in people
            if quiet and not after_name and not before_name:
                continue  # the common case: a correct name, a common or a short word, alone
            tok = _Token(*spans[i], words[i])
            prev = nxt = None
            if after_name:
                left = _Token(*spans[i - 1], words[i - 1])
                prev = left if self._adjacent(left, tok) else self._particle(left, tok)
            if before_name:
                right = _Token(*spans[i + 1], words[i + 1])
                nxt = right if self._adjacent(tok, right) else None
            if quiet and prev is None and nxt is None:
                continue
            fix = self._capitalised(tok, key, prev, nxt)
            if fix and not self._technical(tok):
                fixed.add(tok.start)
                yield tok, fix
        yield from self._inside_names(spans, words, fixed)
        yield from self._lowercase_misspelt()

    def _inside_word(self, start: int, end: int) -> bool:
        """Is ``text[start : end + 1]`` part of a longer word?"""
        text = self.text
        return bool(start and (text[start - 1].isalnum() or text[start - 1] in "'\u2019_")) or (
            end + 1 < len(text) and (text[end + 1].isalnum() or text[end + 1] == "_")
        )

    def _inside_names(
        self, spans: list[tuple[int, int]], words: list[str], fixed: set[int]
    ) -> Iterator[tuple[_Token, _Fix]]:
        """A word one edit off inside a name of several words whose other words all match.

        "Colombia University", "World Heath Organization", "Untied Nations":
        the rest of the name decides a word that is a name or an English word
        of its own. Only names of places and organisations (people's names
        have their own rules in :meth:`_person`).
        """
        index = _name_frames(self.lex)
        if not index:
            return
        text, keys, n = self.text, self._keys, len(words)
        name_words = _name_words(self.lex)

        def joined(a: int, b: int) -> bool:  # two capitalised words one space apart
            return spans[b][0] - spans[a][1] == 1 and text[spans[a][1]] == " "

        covered = 0  # runs are disjoint: each word is walked over once
        for hit in (h for h, k in enumerate(keys) if k in name_words):
            if hit < covered:
                continue
            i = hit
            while i > covered and joined(i - 1, i):
                i -= 1
            j = hit + 1
            while j < n and joined(j - 1, j):
                j += 1
            covered = j
            if j - i < 2:
                continue  # a word alone: most capitalised words
            run = keys[i:j]
            for size in range(2, min(len(run), _LONGEST_NAME) + 1):
                for at in range(len(run) - size + 1):
                    window = run[at : at + size]
                    for k in range(size):
                        word = window[k]
                        if len(word) < _MIN_INSIDE_LEN:
                            continue  # shorter words are not left blank in the index
                        for person, name_word in index.get((*window[:k], word[0], *window[k + 1 :]), ()):
                            if word == name_word or distance(word, name_word) != 1:
                                continue
                            tok = _Token(*spans[i + at + k], words[i + at + k])
                            if tok.start in fixed or tuple(window) in index or not _plain_slip(word, name_word):
                                continue  # "South Africa" is a name too; "Korea"/"Korean", "Bagh"/"Bāgh"
                            fix = self._inside_fix(tok, person, name_word, size)
                            fixed.add(tok.start)
                            yield tok, fix

    def _inside_fix(self, tok: _Token, person: Person, name_word: str, size: int) -> _Fix:
        after = _cased(next(w for form in person.forms for w in form if w.casefold() == name_word), tok.word)
        full = " ".join(person.forms[0])
        key = tok.word.casefold()
        own = self.lex.knows(key) or self.lex.zipf(key) >= _FREQUENT
        confidence = _INSIDE_NAME_OWN_WORD if own and size == 2 else _INSIDE_NAME
        message = f"{_quote(tok.word)} → {_quote(after)} (1 edit; the rest of {_quote(full)} matches)"
        return self._with_context(tok, _Fix(after, "PRN003", message, confidence, person.source))

    # -- context ------------------------------------------------------------

    def _adjacent(self, a: _Token, b: _Token) -> bool:
        return self.text[a.end : b.start] in (" ", "\u00a0")

    def _particle(self, a: _Token, b: _Token) -> _Token | None:
        """The last of the lower-case words linking two words of a name ("von der"), if it is a name word."""
        between = self.text[a.end : b.start]
        if not _PARTICLES.fullmatch(between):
            return None
        word = between.split()[-1]
        if word not in self.lex.person_words:
            return None
        return _Token(b.start - 1 - len(word), b.start - 1, word)

    def _technical(self, tok: _Token) -> bool:
        """Is the token part of a URL, e-mail address, path, hashtag or code?"""
        text = self.text
        lo, hi = tok.start, tok.end
        while lo > 0 and tok.start - lo < 200 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and hi - tok.end < 200 and not text[hi].isspace():
            hi += 1
        chunk = text[lo:hi]
        if any(c in _TECHNICAL for c in chunk) or "\ue000" in chunk or "www." in chunk.lower():
            return True
        if ":" in chunk and EMOJI_SHORTCODE.search(chunk):
            return True  # ":andorra:" names an emoji, even where no markup protects it
        # a dot inside the chunk followed by a letter: a domain or file name
        inner = chunk.rstrip(".,;:!?\"')]}\u201d\u2019")
        return any(inner[i] == "." and inner[i + 1 : i + 2].isalpha() for i in range(len(inner) - 1))

    def _near_words(self, tok: _Token) -> set[str]:
        """The words just before and after a token ("Chicken" Kiev, Odessa "Texas")."""
        before = WORD.findall(self.text[max(0, tok.start - 30) : tok.start])[-1:]
        after = WORD.findall(self.text[tok.end : tok.end + 30])[:1]
        return {*before, *after}

    # -- lower case (PRN002) ------------------------------------------------

    def _lowercase(self, tok: _Token) -> tuple[_Token, _Fix] | None:
        phrase = self._phrase(tok)
        if phrase:
            return phrase
        entry = self.lex.casing_entry(tok.word)
        if entry is None or len(tok.word) < 4 or self._technical(tok) or self._after_letter_dot(tok):
            return None
        if self._joined(tok):
            return None
        if entry.kind == "org" and not entry.word.isupper():
            return None  # brands are often written in lower case on purpose ("youtube-dl")
        if entry.kind not in _ADJECTIVES and entry.kind != "org" and self._common_noun_position(tok):
            return None
        after = entry.word
        if after.isupper() and len(after) > 1:
            message = f"{_quote(tok.word)} → {_quote(after)} (acronym of a known {entry.kind})"
        else:
            message = f"{_quote(tok.word)} → {_quote(after)} (known {entry.kind}, not an English word in lower case)"
        doubt = self._lowercase_doubt(tok, entry.kind)
        if doubt:
            return tok, _Fix(after, "PRN002", f"{message}; {doubt}", _DOUBTFUL, entry.source, safe=False)
        return tok, _Fix(after, "PRN002", message, Confidence.STRONG, entry.source)

    def _joined(self, tok: _Token) -> bool:
        """Is the word joined to the one before it by a hyphen ("cousin-german", "R-r- russian")?

        Not after a prefix: "pro-russian" is the name with a prefix.
        """
        before = self.text[max(0, tok.start - 20) : tok.start].rstrip(" ")
        if not before or before[-1] not in _JOINERS:
            return False
        head = WORD.findall(before)[-1:]
        return not head or head[0].casefold() not in _PREFIXES

    def _lowercase_doubt(self, tok: _Token, kind: str) -> str:
        """Why a lower-case demonym may be meant as written, or "".

        Graded by an adverb ("not quite christian") it names a quality. As a
        noun after a lower-case word and before a function word or
        punctuation it reads as a literary common noun ("a street arab in",
        "not quite christian to"); as a modifier ("said ukrainian forces") or
        after a function word ("the russian army") it is a name.
        """
        if kind not in _ADJECTIVES:
            return ""
        before = WORD.findall(self.text[max(0, tok.start - 30) : tok.start])[-1:]
        if before and before[0].casefold() in _DEGREE:
            return "graded like a quality: maybe an adjective in its own right"
        if self._cased_by_habit(tok):
            return "the text capitalises such words but not this one before a noun: maybe a common noun's modifier"
        if not before or not before[0].islower() or before[0] in FUNCTION_WORDS or self.text[tok.start - 1] != " ":
            return ""  # "pro-russian": a prefix, not a word before it
        if self.lex.casing_entry(before[0]) is not None:
            return ""  # "kyiv russian": a name before it, which this run capitalises
        rest = self.text[tok.end : tok.end + 30]
        following = WORD.match(rest.lstrip(" "))
        if following is None or following[0] in FUNCTION_WORDS or not rest.startswith(" "):
            return "a noun after a lower-case word: maybe a common noun"
        return ""

    def _cased_by_habit(self, tok: _Token) -> bool:
        """Does a text that capitalises its nationality words write this one, before a common noun, in lower case?

        "monograms of indian blue" in a novel that writes "American" and
        "English" throughout: a colour or a material named after a place,
        meant as written. The same word capitalised elsewhere in the text
        makes the lower-case one a slip.
        """
        rest = self.text[tok.end : tok.end + 30]
        following = WORD.match(rest.lstrip())
        if following is None or not rest[:1].isspace() or not following[0].islower():
            return False
        if following[0] in FUNCTION_WORDS:
            return False
        capitalised, lower = self._adjective_cases()
        if capitalised[tok.word]:
            return False
        return capitalised.total() >= _CASED_PER_LOWER * max(1, lower)

    def _adjective_cases(self) -> tuple[Counter[str], int]:
        """The text's nationality and language words: capitalised ones (casefolded), and how many are in lower case."""
        if self._adjective_casing is None:
            lex = self.lex
            capitalised: Counter[str] = Counter()
            for m in _CAPITALISED.finditer(self.text):
                entry = lex.casing_entry(m[0].casefold()) if m[0][0].isupper() else None
                if entry is not None and entry.kind in _ADJECTIVES:
                    capitalised[m[0].casefold()] += 1
            lower = 0
            for end, word in lex.lowercase_automaton().iter(self.text):
                entry = lex.casing_entry(word)
                if entry is not None and entry.kind in _ADJECTIVES and not self._inside_word(end - len(word) + 1, end):
                    lower += 1
            self._adjective_casing = capitalised, lower
        return self._adjective_casing

    def _lowercase_misspelt(self) -> Iterator[tuple[_Token, _Fix]]:
        """Lower-case slips of names that are always capitalised ("meditteranean", "carribean").

        Two faults in one word need more than one of them to be sure of: a
        known misspelling of a name, or a slip of the fingers (:func:`_slip`)
        of a name lower case never reaches, in a word of
        :data:`_LOWER_SLIP_LEN` letters or more that English does not use.
        Each distinct word is judged once per lexicon; only the few with a fix
        are then found in the text.
        """
        lex = self.lex
        judged = _lower_judged(lex)
        words = set(_LOWER_WORD_CHEAP.findall(self.text))  # a superset, found fast; positions checked below
        for key in words - judged.keys():
            judged[key] = _lower_fix(lex, key)
        if all(judged[key] is None for key in words):
            return  # the common case: no misspelt name at all
        for m in _LOWER_WORD.finditer(self.text):
            fix = judged.get(m[0])
            if fix is None:
                continue
            tok = _Token(m.start(), m.end(), m[0])
            if self._technical(tok) or self._joined(tok) or self._after_letter_dot(tok):
                continue
            yield tok, (fix if fix.rule == "PRN001" else self._with_context(tok, fix))

    def _phrase(self, tok: _Token) -> tuple[_Token, _Fix] | None:
        """A multi-word name in lower case ending at ``tok`` ("south korea")."""
        for phrase, entry in self.lex.phrase_ends.get(tok.word, ()):
            n = len(phrase)
            start = tok.end - n
            if start < 0 or self.text[start : tok.end].casefold() != phrase:
                continue
            if start > 0 and (self.text[start - 1].isalnum() or self.text[start - 1] in "-'"):
                continue
            span = _Token(start, tok.end, self.text[start : tok.end])
            if not span.word.islower() or self._technical(span):
                continue
            message = f"{_quote(span.word)} → {_quote(entry.word)} (known {entry.kind})"
            return span, _Fix(entry.word, "PRN002", message, Confidence.FIRM, entry.source)
        return None

    def _common_noun_position(self, tok: _Token) -> bool:
        """After "a"/"the"/"his" or before a hyphen a place name reads as a common noun.

        "the victoria" (a carriage), "the texas" (a deck), "india-rubber".
        """
        text = self.text
        if text[tok.end : tok.end + 1] == "-":
            return True
        before = [w.strip(_QUOTES_AND_BRACKETS) for w in text[max(0, tok.start - 40) : tok.start].split()]
        if not before:
            return False
        prev = before[-1].casefold()
        if _determiner(prev):
            return True
        return len(before) > 1 and _determiner(before[-2].casefold()) and prev.isalpha() and prev.islower()

    def _after_letter_dot(self, tok: _Token) -> bool:
        """``e.g.`` style abbreviations and file names: "x.kyiv" is not prose."""
        return tok.start > 0 and self.text[tok.start - 1] == "."

    # -- capitalised words (PRN001, PRN003, PRN004) -------------------------

    def _capitalised(self, tok: _Token, key: str, prev: _Token | None, nxt: _Token | None) -> _Fix | None:
        word, lex = tok.word, self.lex
        style = lex.styles.get(key)
        if style is not None:
            return self._style(tok, style)
        error = lex.errors.get(key)
        if error is not None:
            after = _cased(error.after, word)
            return _Fix(
                after, "PRN001", f"{_quote(word)} → {_quote(after)} (known misspelling)", Confidence.KNOWN, error.source
            )
        person = self._person(tok, prev, nxt)
        if person is not None and person.safe:
            return person
        short = _short_transpositions(lex).get(key) if len(key) == 4 and word[1:].islower() else None
        if short is not None and _short_slip(key, short.word.casefold()):
            after = _cased(short.word, word)
            message = f"{_quote(word)} → {_quote(after)} (two letters of the {short.kind} {_quote(short.word)} swapped)"
            return self._with_context(tok, _Fix(after, "PRN003", message, _SHORT_TRANSPOSED, short.source))
        if (
            len(key) < 5
            or (word.isupper() and len(word) < 6)
            or not key.isalpha()
            or not (word.isupper() or word[1:].islower())
        ):
            return person  # short words and acronyms; "EuroAsia", "McConnel": spelt with care
        fuzzy = self._fuzzy(tok)
        return fuzzy if fuzzy is not None and (fuzzy.safe or person is None) else person

    def _style(self, tok: _Token, style: Replacement) -> _Fix | None:
        if style.style not in self.styles:
            return None
        if style.not_near and self._near_words(tok) & style.not_near:
            return None
        after = _cased(style.after, tok.word)
        message = f"{_quote(tok.word)} → {_quote(after)} (style {style.style!r})"
        return _Fix(after, "PRN004", message, 1.0, style.source)

    def _person(self, tok: _Token, prev: _Token | None, nxt: _Token | None) -> _Fix | None:
        """Correct a word of a person's name from the matching word beside it."""
        lex = self.lex
        key = tok.word.casefold()
        expected: dict[str, _Expected] = {}
        for neighbour, step in ((prev, 1), (nxt, -1)):
            if neighbour is None:
                continue
            common = lex.zipf(neighbour.word.casefold()) >= _COMMON_NAME
            for pid, form, pos in _people_words(lex).get(neighbour.word.casefold(), ()):
                entry = lex.people[pid]
                words = entry.forms[form]
                mine = pos + step
                if not 0 <= mine < len(words):
                    continue
                weak = False
                # beside a frequent surname that names one famous person, only that person's own first name
                if entry.kind == "person" and common and (form or not self._distinctive(neighbour.word, pid, pos)):
                    # "Mark Johnson" is not a misspelt "Mike Johnson", nor "Frank Walked" "Frank-Walter";
                    # "Joe Bien" may be "Joe Biden", but "Joe" is too common a name to say so
                    if mine != len(words) - 1 or not self._distinctive(words[mine], pid, mine):
                        continue
                    weak = True
                cand = words[mine]
                best = expected.get(cand.casefold())
                if best is None or best.weight < entry.weight:
                    # only a person's first name may give way to the name beside it
                    first = mine if entry.kind == "person" else -1
                    before = self._name_before(tok, words[:mine]) if step == 1 and mine >= 2 else 0
                    rare = step == 1 and pos == 0 and not common and self._distinctive_first(neighbour.word, pid)
                    beside = " ".join(words[:mine]) if before >= 2 else neighbour.word
                    expected[cand.casefold()] = _Expected(
                        cand, beside, entry.weight, first, weak, before, common, rare, entry.source
                    )
        if not expected or key in expected:
            return None
        shape = skeleton(key)
        if any(skeleton(c) == shape for c in expected):
            return None  # another romanisation of the same name
        known = lex.knows(key)
        zipf = lex.zipf(key)
        if known and zipf >= _FREQUENT_FIRST_NAME:
            return None
        real = known or zipf >= _FREQUENT
        if real:
            # A known name or a word. A first name gives way beside a surname
            # that names one famous person ("Donal Trump", "Anthony Blinken");
            # a surname only beside the famous first name, to its twin with two
            # letters swapped or one letter doubled ("Angela Merkle", "Kamala
            # Haris"), or one left out when the first name is rare and names
            # one person ("Jacinda Arden"), or beside all the rest of the name
            # ("Ursula von der Leyden"); never otherwise ("Boris Johnston",
            # "Ralph Merkle").
            # A word of a famous place's name changes beside the others when it
            # is no name of note of its own, only a minor spelling ("Los
            # Angelos", "San Fransisco").
            minor = zipf < _FREQUENT and len(key) >= 6 and key not in lex.display and lex.target(key) is None
            expected = {
                k: v
                for k, v in expected.items()
                if v.first == 0
                or v.weak
                or v.before >= 2
                or _transposed(key, k)
                or _doubled(key, k)
                or (v.first < 0 and minor)
                or (v.rare_first and _slip(key, k))
            }
        found = []
        for cand, exp in expected.items():
            if min(len(cand), len(key)) < 3 or cand[0] != key[0]:
                continue  # a wrong first letter is rarely a typo
            limit = 1 if real or exp.weak or len(cand) < 6 else 2
            if cand == key or not may_be_within(key, cand, limit):
                continue
            d = distance(key, cand)
            if exp.first < 0:  # a word of a place's name: one edit, no other endings ("Indian Oceans")
                limit = 1
                if _derived(key, cand) or (_ending_only(key, cand) and not _transposed(key, cand)):
                    continue
            if 0 < d <= limit:
                found.append((d, exp))
        if not found:
            return None
        found.sort(key=lambda f: (f[0], f[1].weak, -f[1].weight))
        d, exp = found[0]
        if len(found) > 1 and found[1][0] == d and found[1][1].display != exp.display:
            return None  # two people fit equally well
        confidence = Confidence.STRONG if d == 1 else Confidence.PROBABLE
        if real or exp.common:
            confidence = Confidence.FAIR  # the word itself is a real name or word, or the name beside it is common
        placed = lex.target(key)
        if known and placed is not None and placed.kind != "person":
            confidence = Confidence.WEAK  # "Georgia Meloni": a place name standing for a first name
        after = _cased(exp.display, tok.word)
        edits = "1 edit" if d == 1 else f"{d} edits"
        beside, source = exp.neighbour, exp.source
        name = exp.display.casefold()
        slip = _doubled(key, name) or _transposed(key, name)
        if exp.weak and slip and prev is not None and prev.word == exp.neighbour and self._titled(prev):
            # An office before the first name says which person, and a doubled or swapped
            # letter is a typist's slip: "President Joe Bidden".
            message = f"{_quote(tok.word)} → {_quote(after)} ({edits}, {_quote(prev.word)} after an office)"
            return _Fix(after, "PRN003", message, Confidence.FAIR, source)
        if exp.weak:
            message = f"{_quote(tok.word)} may be a misspelling of {_quote(after)} ({edits}, beside {_quote(beside)})"
            return _Fix(after, "PRN003", message, Confidence.DOUBTFUL, source, safe=False)
        matches = (
            f"names {_quote(beside)} before it match" if exp.before >= 2 else f"name {_quote(beside)} beside it matches"
        )
        message = f"{_quote(tok.word)} → {_quote(after)} ({edits}, {matches})"
        return _Fix(after, "PRN003", message, confidence, source)

    def _titled(self, tok: _Token) -> bool:
        """Does an office or title stand right before ``tok`` ("President", "Chancellor")?"""
        before = self.text[max(0, tok.start - 24) : tok.start]
        if not before.endswith((" ", "\u00a0")):
            return False
        words = before.split()
        return bool(words) and words[-1].casefold().rstrip(".") in _TITLES

    def _distinctive(self, word: str, pid: int, pos: int) -> bool:
        """Is ``word`` the surname of one famous person and nobody else in the lexicons ("Obama", "Zelensky")?

        Such a surname is evidence for the first name beside it even when
        fame makes it frequent in English; "Johnson" and "Harris" name
        several people and are not.
        """
        lex = self.lex
        entry = lex.people[pid]
        if entry.kind != "person" or entry.weight < _FAMOUS or pos == 0:
            return False
        people = lex.people
        return all(
            p == pid and pos_ == len(people[p].forms[f]) - 1
            for p, f, pos_ in lex.person_words[word.casefold()]
            if people[p].kind == "person"  # "Clinton Township" is another matter
        )

    def _distinctive_first(self, word: str, pid: int) -> bool:
        """Is ``word`` a rare first name that only one famous person in the lexicons has ("Jacinda", "Kamala")?"""
        lex = self.lex
        if lex.people[pid].weight < _FAMOUS - 1 or lex.zipf(word.casefold()) >= _RARE_FIRST_NAME:
            return False
        people = lex.people
        return all(
            p == pid and pos == 0 for p, _, pos in lex.person_words[word.casefold()] if people[p].kind == "person"
        )

    def _name_before(self, tok: _Token, words: tuple[str, ...]) -> int:
        """How many words of the name stand right before ``tok`` ("Ursula von der")."""
        if not words:
            return 0
        before = self.text[max(0, tok.start - 20 * len(words) - 20) : tok.start]
        if not before.endswith((" ", "\u00a0")):
            return 0
        found = WORD.findall(before)[-len(words) :]
        if [w.casefold() for w in found] != [w.casefold() for w in words]:
            return 0
        span = " ".join(found)
        return len(words) if before.rstrip().endswith(span) else 0

    def _fuzzy(self, tok: _Token) -> _Fix | None:
        key = tok.word.casefold()
        if key in self._checked:
            known = self._checked[key]
            return None if known is None else self._with_context(tok, known)
        settled = (id(self.lex), tok.word)
        if settled in _SETTLED:
            return None
        fix = self._fuzzy_uncached(tok.word, key)
        self._checked[key] = fix
        if fix is None and self._settled_none:
            _SETTLED.add(settled)  # a word or a name, or nothing near it: so in every document
        return fix and self._with_context(tok, fix)

    def _fuzzy_uncached(self, word: str, key: str) -> _Fix | None:
        lex = self.lex
        self._settled_none = False
        limit = 1 if word.isupper() else max_distance(key)  # headlines: one edit only
        if not limit:
            return None
        self._settled_none = True
        zipf = lex.zipf(key)
        if zipf >= _WORD or lex.knows(key):
            return None  # an English word or a known name: checked before any search
        found = _near(lex, key, limit)
        if not found:
            return None
        self._settled_none = False  # from here on the answer may depend on the document
        ranked: list[tuple[int, float, Target, str, bool]] = []
        for cand, d in found:
            target = lex.targets[cand]  # buckets() has read every target
            if skeleton(cand) == skeleton(key):
                return None  # a romanisation variant of a known name
            # A typo of a famous name is in use on the web too ("Pheonix",
            # "Brazillian"); a slip of the fingers a hundred times rarer than
            # the name is still a slip.
            slip = zipf >= _SEEN and _slip(key, cand) and lex.zipf(cand) - zipf >= _SLIP_RATIO
            if zipf >= _FREQUENT and not slip:
                continue
            if _derived(key, cand) or target.weight < zipf + 3.5:
                continue  # "Floridas", "Salamancan"; or the name is no more common than the word
            if _ending_only(key, cand) and not _transposed(key, cand):
                continue  # "Italiam", "Toulousan": another language's ending, not a typo
            if target.person >= 0:
                why = self._surname_evidence(target, key, d)
                if not why:
                    continue
            else:
                why = self._place_evidence(target, key, d)
                if not why:
                    continue
            ranked.append((d, target.weight, target, why, slip))
        if not ranked:
            return None
        ranked.sort(key=lambda r: (r[0], -r[1]))
        d, weight, target, why, slip = ranked[0]
        after = _cased(target.word, word)
        edits = "1 edit" if d == 1 else f"{d} edits"
        rivals = [r for r in ranked[1:] if r[0] == d and r[2].word != target.word]
        if rivals and weight - rivals[0][1] < 1.5:
            names = ", ".join(_quote(r[2].word) for r in [ranked[0], *rivals[:2]])
            message = f"{_quote(word)} may be a misspelling of {names} ({edits}); ambiguous, not changed"
            return _Fix(after, "PRN003", message, Confidence.AMBIGUOUS, target.source, safe=False)
        if slip:
            message = f"{_quote(word)} → {_quote(after)} ({edits} from {why}; a slip, far rarer than the name)"
            return _Fix(after, "PRN003", message, Confidence.FAIR, target.source)
        message = f"{_quote(word)} → {_quote(after)} ({edits} from {why}; rare as a word)"
        if zipf >= _SEEN:
            message = f"{_quote(word)} may be a misspelling of {_quote(after)} ({edits} from {why}; but in use)"
            return _Fix(after, "PRN003", message, Confidence.DOUBTFUL, target.source, safe=False)
        return _Fix(after, "PRN003", message, Confidence.LIKELY if d == 1 else Confidence.PLAUSIBLE, target.source)

    def _surname_evidence(self, target: Target, key: str, d: int) -> str:
        """A surname alone: a transposition, or one edit when the person is named elsewhere."""
        person = self.lex.people[target.person]
        what = f"the surname of {_quote(' '.join(person.forms[0]))}"
        if d != 1 or len(key) < 6:
            return ""
        if _transposed(key, target.word.casefold()):
            return what
        first = {w.casefold() for form in person.forms for w in form[:-1]} - {key}
        if any(k in first for k in self._keys):
            return what + ", whose first name is in the text"
        return ""

    def _place_evidence(self, target: Target, key: str, d: int) -> str:
        """Why a place is a likely correction, or "" when the evidence is too weak.

        The bigger the place and the longer the word, the fewer other
        readings there are; the text naming the place's country (or a
        demonym or city of it) counts as evidence.
        """
        n = len(key)
        mentioned = bool(target.where) and target.where in self._mentioned()
        what = f"the {target.kind} {_quote(target.word)}"
        if mentioned:
            what += f" ({target.where}, named in the text)"
        name = target.word.casefold()
        if d == 1 or _doubled(key, name):
            if _transposed(key, name):
                return what if target.weight >= (5.0 if mentioned else 6.0) else ""
            if n >= 7 and target.weight >= (7.0 if n < 9 else 6.5 if n < 11 else 6.0):
                return what  # the longer the word, the fewer names it could be
            if mentioned and n >= 6 and target.weight >= (5.0 if n >= 7 else 5.5):
                return what
            return ""
        if n < 9 or len(target.word) < 8 or abs(n - len(target.word)) > 1:
            return ""
        return what if mentioned and target.weight >= 5.3 else ""

    def _mentioned(self) -> set[str]:
        """ISO codes of the countries the text names (by country, demonym or city)."""
        if self._countries is None:
            mentions = self.lex.mentions
            self._countries = {mentions(k) for k in set(self._keys)} - {""}
        return self._countries

    def _with_context(self, tok: _Token, fix: _Fix) -> _Fix:
        """Weigh a fix by the rest of the text: the correct name elsewhere, or the word repeated."""
        if not fix.safe:
            return fix
        if self._counts is None:
            self._counts = Counter(self._words)
        uses = self._counts[tok.word]
        if uses >= _REPEATED and uses >= self._counts[fix.after]:
            message = fix.message + f"; used {uses} times, so maybe intended"
            return _Fix(fix.after, fix.rule, message, Confidence.DOUBTFUL, fix.source, safe=False)
        unknown = len(self._unknown_names() - {tok.word.casefold()})
        if unknown > _EXPECTED_UNKNOWN_NAMES:
            odds = fix.confidence / (1.0 - fix.confidence) * (1 + _EXPECTED_UNKNOWN_NAMES) / (1 + unknown)
            message = fix.message + f"; the text names {unknown} others no lexicon knows"
            return _Fix(fix.after, fix.rule, message, round(odds / (1.0 + odds), 2), fix.source, fix.safe)
        return fix

    def _unknown_names(self) -> set[str]:
        """The text's capitalised words that no lexicon knows and English rarely uses (casefolded)."""
        if self._unknown is None:
            lex = self.lex
            self._unknown = {
                k
                for k in set(self._keys)
                if len(k) >= MIN_FUZZY_LEN and k.isalpha() and lex.zipf(k) < _SEEN and not lex.knows(k)
            }
        return self._unknown


_QUIET: dict[int, dict[str, bool]] = {}


def _quiet_alone(lex: NameLexicon) -> dict[str, bool]:
    """Per lexicon: which capitalised words, with no name beside them, need no look at all."""
    memo = _QUIET.get(id(lex))
    if memo is None or len(memo) > 500_000:
        memo = _QUIET[id(lex)] = {}
    return memo


def _is_quiet_alone(lex: NameLexicon, key: str) -> bool:
    """A correct name, a short word or a common English word ("However"), and no known error or style variant.

    :meth:`_Finder._capitalised` would find nothing for it: the fuzzy search
    never corrects a word this common or this short.
    """
    if key in lex.errors or key in lex.styles or (len(key) == 4 and key in _short_transpositions(lex)):
        return False
    return key in lex.known or len(key) < MIN_FUZZY_LEN or lex.zipf(key) >= _WORD


_LOWER_JUDGED: dict[int, dict[str, _Fix | None]] = {}


def _lower_judged(lex: NameLexicon) -> dict[str, _Fix | None]:
    """Per lexicon: each lower-case word's fix as a misspelt name, or None (a corpus repeats its words)."""
    memo = _LOWER_JUDGED.get(id(lex))
    if memo is None or len(memo) > 500_000:
        memo = _LOWER_JUDGED[id(lex)] = {}
    return memo


def _lower_fix(lex: NameLexicon, key: str) -> _Fix | None:
    """The fix of a lower-case word as a misspelt name, whatever the text around it."""
    if key in lex.common_words:
        return None
    error = lex.errors.get(key)
    if error is not None:
        message = f"{_quote(key)} → {_quote(error.after)} (known misspelling, in lower case)"
        return _Fix(error.after, "PRN001", message, _LOWER_KNOWN, error.source)
    zipf = lex.zipf(key)
    if zipf >= _WORD or lex.knows(key):
        return None
    found = [
        target
        for cand, d in _near(lex, key, 1)
        if d == 1
        and (target := lex.casing_entry(cand)) is not None
        and target.person < 0
        and target.weight >= _LOWER_SLIP_WEIGHT
        and _slip(key, cand)
        and (zipf < _SEEN or lex.zipf(cand) - zipf >= _SLIP_RATIO)
    ]
    if len(found) != 1:
        return None  # nothing near, or two names equally near
    name = _quote(found[0].word)
    message = f"{_quote(key)} → {name} (a slip in the {found[0].kind} {name}, in lower case)"
    return _Fix(found[0].word, "PRN003", message, _LOWER_SLIP, found[0].source)


_SHORT: dict[int, dict[str, Target]] = {}


def _short_transpositions(lex: NameLexicon) -> dict[str, Target]:
    """Four-letter names with two neighbouring letters swapped ("Iarn", "Cuab"), per lexicon.

    Only of names of weight :data:`_SHORT_NAME_WEIGHT`, and only swaps that
    are no name or word themselves (a slip in use on the web, a hundred
    times rarer than the name, is kept) and that no other such name shares.
    """
    memo = _SHORT.get(id(lex))
    if memo is None:
        found: dict[str, Target] = {}
        shared: set[str] = set()
        for key, target in lex.display.items():
            if len(key) != 4 or not key.isalpha() or target.weight < _SHORT_NAME_WEIGHT or target.person >= 0:
                continue
            for i in range(3):
                swapped = key[:i] + key[i + 1] + key[i] + key[i + 2 :]
                if swapped != key:
                    if swapped in found and found[swapped].word != target.word:
                        shared.add(swapped)
                    found[swapped] = target
        memo = _SHORT[id(lex)] = {
            k: t for k, t in found.items() if k not in shared and k not in lex.display and not lex.knows(k)
        }
    return memo


@functools.lru_cache(maxsize=4096)
def _short_slip(word: str, name: str) -> bool:
    """Is the four-letter ``word`` no English word, or a slip a hundred times rarer than ``name`` ("Olso")?

    Asked only of the few words :func:`_short_transpositions` lists, so that
    wordfreq (whose table the shipped one leaves words this short out of) is
    loaded only when one is met.
    """
    from wordfreq import zipf_frequency

    zipf = zipf_frequency(word, "en")
    return zipf < _SEEN or (zipf < _WORD and zipf_frequency(name, "en") - zipf >= _SLIP_RATIO)


_FRAMES: dict[int, dict[tuple[str, ...], list[tuple[Person, str]]]] = {}


def _name_frames(lex: NameLexicon) -> dict[tuple[str, ...], list[tuple[Person, str]]]:
    """Names of places and organisations of several words, by each of their words left out.

    ``("c", "university") -> [(Columbia University, "columbia"), ...]``: the
    frame of the name with one word left out but for its first letter (a
    typist's slip keeps it), and the word that goes there; and each whole
    name, with no entries.
    """
    memo = _FRAMES.get(id(lex))
    if memo is None:
        memo = _FRAMES[id(lex)] = {}
        for person in lex.people:
            if person.kind == "person":
                continue
            for form in person.forms:
                folded = [w.casefold() for w in form]
                if not 2 <= len(folded) <= _LONGEST_NAME:
                    continue
                memo.setdefault(tuple(folded), [])  # the whole name, to tell it is one
                for k, word in enumerate(folded):
                    if len(word) >= _MIN_INSIDE_LEN:  # the blank holds its first letter: a slip keeps it
                        memo.setdefault((*folded[:k], word[0], *folded[k + 1 :]), []).append((person, word))
    return memo


_PEOPLE_WORDS: dict[int, dict[str, list[tuple[int, int, int]]]] = {}


def _people_words(lex: NameLexicon) -> dict[str, list[tuple[int, int, int]]]:
    """Per lexicon: the words of people's names, as ``person_words`` has them, without places and organisations.

    A word of a place's or an organisation's name of several words is
    decided by the rest of that name (:meth:`_Finder._inside_names`); reading
    every university beside "University" as a person would cost a look-up
    per name for nothing.
    """
    memo = _PEOPLE_WORDS.get(id(lex))
    if memo is None:
        people = lex.people
        memo = _PEOPLE_WORDS[id(lex)] = {}
        for word, entries in lex.person_words.items():
            kept = [e for e in entries if people[e[0]].kind == "person"]
            if kept:
                memo[word] = kept
    return memo


_NAME_WORDS: dict[int, frozenset[str]] = {}


def _name_words(lex: NameLexicon) -> frozenset[str]:
    """Per lexicon: the content words of the names :func:`_name_frames` holds (a run needs one to be read)."""
    memo = _NAME_WORDS.get(id(lex))
    if memo is None:
        # Not "the", "and", "i": a name whose other words are all function words says too little
        # to decide a word beside them, and those words start most runs of capitalised words.
        memo = _NAME_WORDS[id(lex)] = frozenset(
            w for frame in _name_frames(lex) for w in frame if len(w) > 1 and w not in FUNCTION_WORDS
        )
    return memo


def _plain_slip(word: str, name: str) -> bool:
    """One edit that is a typist's slip, not another form of the name: no ending, no accent, no romanisation."""
    if _derived(word, name) or _derived(name, word) or (_ending_only(word, name) and not _transposed(word, name)):
        return False  # "Korea"/"Korean"; but "Kogn" is "Kong" with two letters swapped
    return skeleton(word) != skeleton(name)


_NEAR: dict[tuple[int, str, int], list[tuple[str, int]]] = {}
_SETTLED: set[tuple[int, str]] = set()  # words with nothing to correct to, whatever the document


def _near(lex: NameLexicon, key: str, limit: int) -> list[tuple[str, int]]:
    """Targets within ``limit`` edits of ``key``; remembered across documents (a corpus repeats its words)."""
    memo = (id(lex), key, limit)
    found = _NEAR.get(memo)
    if found is None:
        if len(_NEAR) > 200_000:
            _NEAR.clear()
        buckets = lex.buckets()
        choices: list[str] = []
        for n in range(len(key) - limit, len(key) + limit + 1):
            choices.extend(buckets.get((key[0], n), ()))
        found = _NEAR[memo] = near(key, choices, limit)
    return found


def _determiner(word: str) -> bool:
    """A determiner or a possessive ("His Majesty's mail tonga", "Mrs. Lepell's victoria")."""
    return word in _DETERMINERS or (len(word) > 2 and word[-2:] in ("'s", "’s"))


def _transposed(a: str, b: str) -> bool:
    """Do two words differ by one swap of neighbouring letters ("Zelenksy")?"""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _ending_only(word: str, name: str) -> bool:
    """Do the words differ only in their last two letters, the last one included?"""
    if word[-1:] == name[-1:]:
        return False
    same = 0
    for a, b in zip(word, name, strict=False):
        if a != b:
            break
        same += 1
    return same >= min(len(word), len(name)) - 2


def _derived(word: str, name: str) -> bool:
    """Is ``word`` the name with an ending ("Floridas", "Bolognian"), or a short clipping of it?"""
    return word.startswith(name) or (name.startswith(word) and len(word) < 7)


def _doubled(a: str, b: str) -> bool:
    """Do two words differ only in doubled letters ("Haris"/"Harris", "Mediterannean")?"""
    return a != b and _single(a) == _single(b)


def _single(word: str) -> str:
    return "".join(c for i, c in enumerate(word) if not i or word[i - 1] != c)


def _slip(word: str, name: str) -> bool:
    """Is ``word`` the name with a typist's slip: two letters swapped, one doubled or undoubled, or left out?

    An added letter is not: it makes other names and words ("Styrian",
    "Jourdan").
    """
    if _transposed(word, name) or _doubled(word, name):
        return True
    if len(word) != len(name) - 1:
        return False
    return any(name[:i] + name[i + 1 :] == word for i in range(1, len(name)))
