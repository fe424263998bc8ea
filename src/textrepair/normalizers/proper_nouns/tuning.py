"""What the proper-noun rule (PRN) weighs, and how much: every threshold in one place.

The model: a word is changed to a name only when the name is much more
famous than the word is common (word frequencies on wordfreq's Zipf scale,
fame roughly log10 of a population or readership, ``lexicons/names/README.md``),
when the slip is one a typist makes, and when the rest of the text does not
speak against it. Each constant says what it means and what measurement
chose it; ``python benchmarks/names_fp.py`` (every edit on clean books and
news is a false positive) and ``python ../shared/eval/score.py`` (seeded
damage) reproduce them.
"""

from __future__ import annotations

from ...model import Confidence
from ...names.index import MIN_CASED_LEN

# -- word frequencies (Zipf) ------------------------------------------------

#: A word this frequent in English is a word, not a typo.
FREQUENT = 2.0
#: A word this frequent is in use on the web: only suggested.
SEEN = 1.0
#: A word this frequent is an English word, never searched for a name; below
#: it a word may be a slip of the fingers in use on the web ("Pheonix", "Brazillian").
ENGLISH_WORD = 2.5
#: ... when the name it misspells is this much (Zipf) more frequent: a hundred times.
SLIP_RATIO = 2.0
#: A name must be this much (Zipf) more famous than the word is frequent to
#: be its correction: a word as common as the name is a word ("Salamancan").
FAME_OVER_WORD = 3.5

# -- people -----------------------------------------------------------------

#: Beside a surname, a first name is corrected unless it is this frequent.
FREQUENT_FIRST_NAME = 5.0
#: A name this frequent ("Johnson", "Harris", "Frank") says little about the name beside it.
COMMON_NAME = 4.2
#: A first name this rare in English ("Jacinda", "Kamala") says which person is meant.
RARE_FIRST_NAME = 3.5
#: A person this famous has a surname that identifies them ("Obama").
FAMOUS = 8.0
#: ... and a rare first name identifies a person one step (ten times) less famous.
FAMOUS_BY_FIRST_NAME = FAMOUS - 1
#: Words of a name standing before a word that decide it as the rest of the
#: name does ("Ursula von der" before "Leyden"); one word is only a neighbour.
NAME_BEFORE = 2
#: Shortest word of a person's name corrected from the name beside it.
MIN_PERSON_WORD_LEN = 3
#: Shortest person's name word that may be two edits away; shorter ones, one.
MIN_TWO_EDITS_LEN = 6
#: Edits allowed from a name word expected beside a neighbour that matches.
MAX_EDITS_BESIDE_NAME = 2
#: Shortest surname corrected alone, without the first name beside it.
MIN_SURNAME_LEN = 6
#: Shortest word of a place's name that changes beside the others as a minor spelling ("Angelos").
MIN_MINOR_SPELLING_LEN = 6
#: Offices before a first name that, with it, say which famous person is meant.
TITLES = frozenset(
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

# -- a lone capitalised word (fuzzy search) --------------------------------

#: A word in capitals is searched from this many letters; shorter ones are acronyms.
MIN_CAPITALS_LEN = 6
#: Two names equally near a word are told apart when one is this much (Zipf) more famous.
RIVAL_MARGIN = 1.5
#: Four letters: a name this short is fixed only when two of its letters are swapped.
SHORT_NAME_LEN = 4
#: Four-letter names of this weight or more (ten million people, a capital or
#: a US state) are fixed when two neighbouring letters are swapped ("Iarn",
#: "Cuab", "Ohoi"): the commonest slip, and at four letters no other edit is
#: told apart from another name or word.
SHORT_NAME_WEIGHT = 7.0
#: A clipping of a name shorter than this is a word of its own ("Flor"), not a typo.
CLIPPING_MAX_LEN = 7

#: How famous a place must be for one edit to it to be a fix, by what backs it.
#: Two letters swapped: the commonest slip.
TRANSPOSED_PLACE_WEIGHT = 6.0
#: ... when the text names the place's country (or a demonym or city of it).
TRANSPOSED_MENTIONED_PLACE_WEIGHT = 5.0
#: Other single edits in words of at least this many letters need a famous
#: place, less famous the longer the word (the fewer names it could be):
LONG_PLACE_WORD_LEN = 7
#: ... (letters below which, weight needed): 7 or 8 letters, 9 or 10, then longer.
LONG_PLACE_WEIGHTS = ((9, 7.0), (11, 6.5))
#: ... for words of 11 letters or more.
LONGEST_PLACE_WEIGHT = 6.0
#: ... or, the text naming its country, a word of six letters or more:
MENTIONED_PLACE_WORD_LEN = 6
#: ... and a place of this weight (six-letter words) ...
MENTIONED_SHORT_PLACE_WEIGHT = 5.5
#: ... or of this weight (seven letters or more).
MENTIONED_PLACE_WEIGHT = 5.0
#: Two edits: both the word and the name have at least these many letters, ...
TWO_EDITS_WORD_LEN = 9
TWO_EDITS_NAME_LEN = 8
#: ... their lengths differ by at most one, the text names the country, and the place weighs this.
TWO_EDITS_PLACE_WEIGHT = 5.3

# -- names of several words ---------------------------------------------------

#: Names of places and organisations of up to this many words decide a word inside them.
LONGEST_NAME = 5
#: ... of at least this many words (one word alone has nothing beside it to decide it).
SHORTEST_NAME = 2
#: ... a word of at least this many letters (shorter ones are other names: "Real Madrid", "Rea Madrid"?).
MIN_INSIDE_LEN = 4

# -- lower case (PRN002) --------------------------------------------------------

#: Shortest lower-case word capitalised as a name ("nato"; not "uk", "eu"): the automaton's own limit.
MIN_LOWER_NAME_LEN = MIN_CASED_LEN
#: Kinds that are adjectives as well as nouns: capitalised in any position.
ADJECTIVES = frozenset({"demonym", "language"})
#: Words before which a lower-case place name reads as a common noun.
DETERMINERS = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "our", "their", "my", "your"}
    | {"every", "each", "some", "any", "no", "one"}
)
#: Adverbs of degree: a demonym after one is used as a quality adjective.
DEGREE = frozenset(["quite", "very", "rather", "too", "so", "more", "most", "less", "least", "fairly", "thoroughly"])
#: Characters that join a word to the one before it: a lower-case name after
#: one is part of a compound or a stammer ("cousin-german", "R-r- russian").
JOINERS = frozenset("-\u2010\u2011")
#: Prefixes that join a name with a hyphen and leave it a name ("pro-Russian", "anti-Ukrainian").
PREFIXES = frozenset(
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
#: Stripped from the words before a lower-case name when its position is weighed.
QUOTES_AND_BRACKETS = "\"'“”‘’([{"
#: Capitalised nationality and language words a text writes for each one in
#: lower case, at which it capitalises them by habit: a lower-case one
#: modifying a common noun, and never capitalised in the text, is then meant
#: ("indian blue", "indian ink": a colour, a material). On the benchmark
#: corpus every book with such a word writes 23 to 404 capitalised ones for
#: it; machine-translated text (``tests/golden/PRN``) writes none.
CASED_PER_LOWER = 5
#: A lower-case word at least this long that is a slip of a name is fixed ("meditteranean").
LOWER_SLIP_LEN = 7
#: ... when the name weighs this much (a country, a sea, a demonym or a capital: casing weight)
LOWER_SLIP_WEIGHT = 5.0

# -- the text around a word ---------------------------------------------------

#: Characters that mark a chunk of text as a URL, address, path, hashtag or code.
TECHNICAL = frozenset("/\\@#_=<>{}[]|~^*`$%&+")
#: Characters looked at on either side of a word for the chunk it belongs to
#: (a URL longer than this is still a URL on the side that is read).
CHUNK_REACH = 200
#: A word used this often, and at least as often as its correction, is taken as intended.
REPEATED = 3
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
EXPECTED_UNKNOWN_NAMES = 8

# -- confidences ------------------------------------------------------------------

#: PRN001: a known misspelling, listed with its correction.
KNOWN_ERROR = Confidence.KNOWN
#: ... the same in lower case ("meditteranean"): the casing is a second fault, as plain.
LOWER_KNOWN = Confidence.STRONG
#: PRN002: a name in lower case that is no English word.
LOWER_NAME = Confidence.STRONG
#: ... of several words ("south korea"): each word alone may be English.
LOWER_PHRASE = Confidence.FIRM
#: ... whose context makes it doubtful: a suggestion.
DOUBTFUL = Confidence.DOUBTFUL
#: PRN003, a lower-case slip of a name: two faults in one word, both plain.
LOWER_SLIP = Confidence.FAIR
#: PRN003 beside a matching name: one edit, two edits.
BESIDE_NAME = Confidence.STRONG
BESIDE_NAME_TWO_EDITS = Confidence.PROBABLE
#: ... when the word is itself a name or an English word, or the name beside it is common.
BESIDE_NAME_OWN_WORD = Confidence.FAIR
#: ... when the word is the name of a place standing for a first name ("Georgia Meloni").
BESIDE_NAME_PLACE_WORD = Confidence.WEAK
#: ... beside a common first name, after an office, with a typist's slip ("President Joe Bidden").
AFTER_OFFICE = Confidence.FAIR
#: ... beside a common name otherwise ("Joe Bien"): a suggestion.
BESIDE_COMMON_NAME = Confidence.DOUBTFUL
#: PRN003 inside a name of several words, when the word is no name or word of its own ("World Heath Organization").
INSIDE_NAME = Confidence.FIRM
#: ... and when it is one and only one other word of the name matches ("Colombia University").
INSIDE_NAME_OWN_WORD = Confidence.FAIR
#: PRN003, a four-letter name with two letters swapped (before the text's own unknown names weigh it).
SHORT_TRANSPOSED = Confidence.PROBABLE
#: PRN003 alone: one edit from a famous name, rare as a word; two edits.
ONE_EDIT = Confidence.LIKELY
TWO_EDITS = Confidence.PLAUSIBLE
#: ... a slip of a name a hundred times more frequent than the word, itself in use.
FAR_RARER_SLIP = Confidence.FAIR
#: ... a word in use on the web: a suggestion.
IN_USE = Confidence.DOUBTFUL
#: ... two names fit about equally: a suggestion that names them.
AMBIGUOUS = Confidence.AMBIGUOUS
#: ... a word the text repeats as often as its correction: a suggestion.
REPEATED_WORD = Confidence.DOUBTFUL
#: PRN004: a style variant, applied only when its style is on (the user asked for it).
STYLE = Confidence.CERTAIN
