"""PRN: fix misspelled and mis-cased names of places, people and organisations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

import regex

from ..model import Edit, Options
from ..names.fuzzy import distance, max_distance, near, skeleton
from ..names.lexicon import HEADER, TABLES, WORD, NameLexicon, Replacement, Target, shipped, with_user_files
from ..normalizer import Document, Normalizer

#: A capitalised word, not the tail of "d'Artagnan" nor the head of "Kyiv2".
_CAPITALISED = regex.compile(r"(?<![^\W_])(?<!\w['\u2019])\p{Lu}[^\W\d_]*+(?:['\u2019](?![sS]\b)[^\W\d_]++)*+(?![\d_])")
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
#: A word used this often, and at least as often as its correction, is taken as intended.
_REPEATED = 3


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
      (``china``, ``turkey``, ``polish``, ``may``, ``march``, ``mark``).
    - PRN003: a capitalised word that is in no lexicon and is rare in English
      is corrected to a famous name one or two edits away (a transposition is
      one edit) when nothing else comes as close (``Bydgoscz`` →
      ``Bydgoszcz``); a first name changes only because the surname beside it
      matches (``Volodomyr Zelenskyy`` → ``Volodymyr Zelenskyy``). Close
      calls are only suggested.
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
        self._caps: list[_Token] = []
        self._countries: set[str] | None = None
        self._counts: Counter[str] | None = None

    def fixes(self) -> Iterator[tuple[_Token, _Fix]]:
        text, lex = self.text, self.lex
        for end, word in lex.lowercase_automaton().iter(text):
            start = end - len(word) + 1
            if (start and (text[start - 1].isalnum() or text[start - 1] in "'\u2019_")) or (
                end + 1 < len(text) and (text[end + 1].isalnum() or text[end + 1] == "_")
            ):
                continue  # inside a longer word: "woman", "Prussian"
            fix = self._lowercase(_Token(start, end + 1, word))
            if fix:
                yield fix
        caps = self._caps = [_Token(*m.span(), m.group()) for m in _CAPITALISED.finditer(text)]
        keys = [t.word.casefold() for t in caps]
        known, people, errors, styles = lex.known, lex.person_words, lex.errors, lex.styles
        last = len(caps) - 1
        for i, tok in enumerate(caps):
            key = keys[i]
            prev = caps[i - 1] if i and keys[i - 1] in people and self._adjacent(caps[i - 1], tok) else None
            nxt = caps[i + 1] if i < last and keys[i + 1] in people and self._adjacent(tok, caps[i + 1]) else None
            quiet = prev is None and nxt is None and (key in known or len(key) < 5)
            if quiet and key not in errors and key not in styles:
                continue  # the common case: a correct name or a short word
            fix = self._capitalised(tok, key, prev, nxt)
            if fix and not self._technical(tok):
                yield tok, fix

    # -- context ------------------------------------------------------------

    def _adjacent(self, a: _Token, b: _Token) -> bool:
        return self.text[a.end : b.start] in (" ", "\u00a0")

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
        if entry.kind == "org" and not entry.word.isupper():
            return None  # brands are often written in lower case on purpose ("youtube-dl")
        if entry.kind not in _ADJECTIVES and entry.kind != "org" and self._common_noun_position(tok):
            return None
        after = entry.word
        if after.isupper() and len(after) > 1:
            message = f"{_quote(tok.word)} → {_quote(after)} (acronym of a known {entry.kind})"
        else:
            message = f"{_quote(tok.word)} → {_quote(after)} (known {entry.kind}, not an English word in lower case)"
        return tok, _Fix(after, "PRN002", message, 0.9, entry.source)

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
            return span, _Fix(entry.word, "PRN002", message, 0.85, entry.source)
        return None

    def _common_noun_position(self, tok: _Token) -> bool:
        """After "a"/"the"/"his" or before a hyphen a place name reads as a common noun.

        "the victoria" (a carriage), "the texas" (a deck), "india-rubber".
        """
        text = self.text
        if text[tok.end : tok.end + 1] == "-":
            return True
        before = text[max(0, tok.start - 40) : tok.start].split()
        if not before:
            return False
        prev = before[-1].casefold()
        if prev in _DETERMINERS:
            return True
        return len(before) > 1 and before[-2].casefold() in _DETERMINERS and prev.isalpha() and prev.islower()

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
            return _Fix(after, "PRN001", f"{_quote(word)} → {_quote(after)} (known misspelling)", 0.95, error.source)
        person = self._person(tok, prev, nxt)
        if person is not None:
            return person
        if (
            len(key) < 5
            or (word.isupper() and len(word) < 6)
            or not key.isalpha()
            or not (word.isupper() or word[1:].islower())
        ):
            return None  # short words and acronyms; "EuroAsia", "McConnel": spelt with care
        return self._fuzzy(tok)

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
        expected: dict[str, tuple[str, str, float, int]] = {}  # word -> (display, neighbour, weight, position)
        for neighbour, step in ((prev, 1), (nxt, -1)):
            if neighbour is None:
                continue
            for pid, form, pos in lex.person_words.get(neighbour.word.casefold(), ()):
                entry = lex.people[pid]
                words = entry.forms[form]
                mine = pos + step
                if not 0 <= mine < len(words):
                    continue
                if entry.kind == "person" and lex.zipf(neighbour.word.casefold()) >= _COMMON_NAME:
                    continue  # "Mark Johnson" is not a misspelt "Mike Johnson", nor "Frank Walked" "Frank-Walter"
                cand = words[mine]
                best = expected.get(cand.casefold())
                if best is None or best[2] < entry.weight:
                    # only a person's first name may give way to the name beside it
                    first = mine if entry.kind == "person" else -1
                    expected[cand.casefold()] = (cand, neighbour.word, entry.weight, first)
        if not expected or key in expected:
            return None
        if any(skeleton(c) == skeleton(key) for c in expected):
            return None  # another romanisation of the same name
        known = lex.knows(key)
        zipf = lex.zipf(key)
        if known and zipf >= _FREQUENT_FIRST_NAME:
            return None
        if known or zipf >= _FREQUENT:
            # A known name or a word: a first name gives way ("Anthony Blinken");
            # a surname only to its famous twin with two letters swapped beside
            # the famous first name ("Angela Merkle"), never otherwise ("Boris
            # Johnston", "Ralph Merkle" are real names).
            expected = {k: v for k, v in expected.items() if v[3] == 0 or _transposed(key, k)}
        found = []
        for cand, (display, neighbour, weight, first) in expected.items():
            if min(len(cand), len(key)) < 3 or cand[0] != key[0]:
                continue  # a wrong first letter is rarely a typo
            d = distance(key, cand)
            limit = 1 if known or len(cand) < 6 else 2
            if first < 0:  # a word of a place's name: one edit, no other endings ("Indian Oceans")
                limit = 1
                if _derived(key, cand) or (_ending_only(key, cand) and not _transposed(key, cand)):
                    continue
            if 0 < d <= limit:
                found.append((d, display, neighbour, weight))
        if not found:
            return None
        found.sort(key=lambda f: (f[0], -f[3]))
        d, display, neighbour, _ = found[0]
        if len(found) > 1 and found[1][0] == d and found[1][1] != display:
            return None  # two people fit equally well
        confidence = 0.9 if d == 1 else 0.75
        if known or zipf >= _FREQUENT:
            confidence = 0.7  # the word itself is a real name or word
        placed = lex.target(key)
        if known and placed is not None and placed.kind != "person":
            confidence = 0.6  # "Georgia Meloni": a place name standing for a first name
        after = _cased(display, tok.word)
        edits = "1 edit" if d == 1 else f"{d} edits"
        message = f"{_quote(tok.word)} → {_quote(after)} ({edits}, name {_quote(neighbour)} beside it matches)"
        source = lex.people[lex.person_words[neighbour.casefold()][0][0]].source
        return _Fix(after, "PRN003", message, confidence, source)

    def _fuzzy(self, tok: _Token) -> _Fix | None:
        key = tok.word.casefold()
        if key in self._checked:
            return self._checked[key] and self._with_context(tok, self._checked[key])
        fix = self._fuzzy_uncached(tok.word, key)
        self._checked[key] = fix
        return fix and self._with_context(tok, fix)

    def _fuzzy_uncached(self, word: str, key: str) -> _Fix | None:
        lex = self.lex
        limit = 1 if word.isupper() else max_distance(key)  # headlines: one edit only
        if not limit:
            return None
        buckets = lex.buckets()
        choices: list[str] = []
        for n in range(len(key) - limit, len(key) + limit + 1):
            choices.extend(buckets.get((key[0], n), ()))
        found = near(key, choices, limit)
        if not found:
            return None
        zipf = lex.zipf(key)
        if zipf >= _FREQUENT or lex.knows(key):
            return None
        ranked: list[tuple[int, float, Target, str]] = []
        for cand, d in found:
            target = lex.targets[cand]  # buckets() has read every target
            if skeleton(cand) == skeleton(key):
                return None  # a romanisation variant of a known name
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
            ranked.append((d, target.weight, target, why))
        if not ranked:
            return None
        ranked.sort(key=lambda r: (r[0], -r[1]))
        d, weight, target, why = ranked[0]
        after = _cased(target.word, word)
        edits = "1 edit" if d == 1 else f"{d} edits"
        rivals = [r for r in ranked[1:] if r[0] == d and r[2].word != target.word]
        if rivals and weight - rivals[0][1] < 1.5:
            names = ", ".join(_quote(r[2].word) for r in [ranked[0], *rivals[:2]])
            message = f"{_quote(word)} may be a misspelling of {names} ({edits}); ambiguous, not changed"
            return _Fix(after, "PRN003", message, 0.3, target.source, safe=False)
        message = f"{_quote(word)} → {_quote(after)} ({edits} from {why}; rare as a word)"
        if zipf >= _SEEN:
            message = f"{_quote(word)} may be a misspelling of {_quote(after)} ({edits} from {why}; but in use)"
            return _Fix(after, "PRN003", message, 0.4, target.source, safe=False)
        return _Fix(after, "PRN003", message, 0.8 if d == 1 else 0.65, target.source)

    def _surname_evidence(self, target: Target, key: str, d: int) -> str:
        """A surname alone: a transposition, or one edit when the person is named elsewhere."""
        person = self.lex.people[target.person]
        what = f"the surname of {_quote(' '.join(person.forms[0]))}"
        if d != 1 or len(key) < 6:
            return ""
        if _transposed(key, target.word.casefold()):
            return what
        first = {w.casefold() for form in person.forms for w in form[:-1]} - {key}
        if any(t.word.casefold() in first for t in self._caps):
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
        if d == 1:
            if _transposed(key, target.word.casefold()):
                return what if target.weight >= (5.0 if mentioned else 6.0) else ""
            if n >= 7 and target.weight >= 7.0:
                return what
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
            self._countries = {mentions(k) for k in {t.word.casefold() for t in self._caps}} - {""}
        return self._countries

    def _with_context(self, tok: _Token, fix: _Fix) -> _Fix:
        """Weigh a fix by the rest of the text: the correct name elsewhere, or the word repeated."""
        if not fix.safe:
            return fix
        if self._counts is None:
            self._counts = Counter(t.word for t in self._caps)
        uses = self._counts[tok.word]
        if uses >= _REPEATED and uses >= self._counts[fix.after]:
            message = fix.message + f"; used {uses} times, so maybe intended"
            return _Fix(fix.after, fix.rule, message, 0.4, fix.source, safe=False)
        return fix


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
