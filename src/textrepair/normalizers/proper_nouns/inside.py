"""PRN003 inside a name of several words: "Colombia University", "World Heath Organization", "Untied Nations".

The rest of the name decides a word that is a name or an English word of its
own. Only names of places and organisations: people's names have their own
rules (:mod:`.person`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...names.fuzzy import distance
from ...names.lexicon import NameLexicon, Person
from ...spin.evidence import FUNCTION_WORDS
from .fix import Fix, Token, cased, quote
from .scan import Scan
from .spelling import plain_slip
from .tuning import FREQUENT, INSIDE_NAME, INSIDE_NAME_OWN_WORD, LONGEST_NAME, MIN_INSIDE_LEN, SHORTEST_NAME

#: A name with one word left out but for its first letter -> the names that fit, and the word left out.
Frames = dict[tuple[str, ...], list[tuple[Person, str]]]


def name_frames(lex: NameLexicon) -> Frames:
    """Names of places and organisations of several words, by each of their words left out.

    ``("c", "university") -> [(Columbia University, "columbia"), ...]``: the
    frame of the name with one word left out but for its first letter (a
    typist's slip keeps it), and the word that goes there; and each whole
    name, with no entries.
    """
    return lex.derived(_name_frames)


def _name_frames(lex: NameLexicon) -> Frames:
    frames: Frames = {}
    for person in lex.people:
        if person.kind == "person":
            continue
        for form in person.forms:
            folded = [w.casefold() for w in form]
            if not SHORTEST_NAME <= len(folded) <= LONGEST_NAME:
                continue
            frames.setdefault(tuple(folded), [])  # the whole name, to tell it is one
            for k, word in enumerate(folded):
                if len(word) >= MIN_INSIDE_LEN:  # the blank holds its first letter: a slip keeps it
                    frames.setdefault((*folded[:k], word[0], *folded[k + 1 :]), []).append((person, word))
    return frames


def _name_words(lex: NameLexicon) -> frozenset[str]:
    """Per lexicon: the content words of the names :func:`name_frames` holds (a run needs one to be read).

    Not "the", "and", "i": a name whose other words are all function words
    says too little to decide a word beside them, and those words start most
    runs of capitalised words.
    """
    return frozenset(w for frame in name_frames(lex) for w in frame if len(w) > 1 and w not in FUNCTION_WORDS)


def inside_names(scan: Scan, fixed: set[int]) -> Iterator[tuple[Token, Fix]]:
    """A word one edit off inside a name of several words whose other words all match."""
    frames = name_frames(scan.lex)
    if not frames:
        return
    for i, j in _runs(scan):
        yield from _inside_run(scan, frames, i, j, fixed)


def _runs(scan: Scan) -> Iterator[tuple[int, int]]:
    """Runs of capitalised words one space apart (``keys[i:j]``) holding a word of a known name."""
    text, spans, n = scan.text, scan.spans, len(scan.keys)
    name_words = scan.lex.derived(_name_words)

    def joined(a: int, b: int) -> bool:  # two capitalised words one space apart
        return spans[b][0] - spans[a][1] == 1 and text[spans[a][1]] == " "

    covered = 0  # runs are disjoint: each word is walked over once
    for hit in (h for h, k in enumerate(scan.keys) if k in name_words):
        if hit < covered:
            continue
        i = hit
        while i > covered and joined(i - 1, i):
            i -= 1
        j = hit + 1
        while j < n and joined(j - 1, j):
            j += 1
        covered = j
        if j - i >= SHORTEST_NAME:  # a word alone: most capitalised words
            yield i, j


def _inside_run(scan: Scan, frames: Frames, i: int, j: int, fixed: set[int]) -> Iterator[tuple[Token, Fix]]:
    """The fixes inside one run: each window of a name's length, each word of it left out in turn."""
    run = scan.keys[i:j]
    for size in range(SHORTEST_NAME, min(len(run), LONGEST_NAME) + 1):
        for at in range(len(run) - size + 1):
            window = run[at : at + size]
            for k, word in enumerate(window):
                if len(word) < MIN_INSIDE_LEN:
                    continue  # shorter words are not left blank in the index
                for person, name_word in frames.get((*window[:k], word[0], *window[k + 1 :]), ()):
                    if word == name_word or distance(word, name_word) != 1:
                        continue
                    tok = scan.token(i + at + k)
                    if tok.start in fixed or tuple(window) in frames or not plain_slip(word, name_word):
                        continue  # "South Africa" is a name too; "Korea"/"Korean", "Bagh"/"Bāgh"
                    fixed.add(tok.start)
                    yield tok, _inside_fix(scan, tok, person, name_word, size)


def _inside_fix(scan: Scan, tok: Token, person: Person, name_word: str, size: int) -> Fix:
    after = cased(next(w for form in person.forms for w in form if w.casefold() == name_word), tok.word)
    full = " ".join(person.forms[0])
    key = tok.word.casefold()
    own = scan.lex.knows(key) or scan.lex.zipf(key) >= FREQUENT
    confidence = INSIDE_NAME_OWN_WORD if own and size == SHORTEST_NAME else INSIDE_NAME
    message = f"{quote(tok.word)} → {quote(after)} (1 edit; the rest of {quote(full)} matches)"
    return scan.with_context(tok, Fix(after, "PRN003", message, confidence, person.source))
