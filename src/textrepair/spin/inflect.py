"""Inflected forms of English nouns and verbs, from rules and a compact table.

Lexicon entries are written in their base form; matching needs the forms the
spinner also produced ("gatherings", "sought the advice of"). No dependency:
regular rules plus a table of irregular verbs and nouns (about 170 verbs),
which covers what spinners touch; a wrong guess for a rare verb only yields a
form that never occurs in text.
"""

from __future__ import annotations

from functools import cache

# base past participle; "/" separates accepted variants, the first one is produced.
_IRREGULAR_VERBS = """
arise arose arisen|awake awoke awoken|be was been|bear bore borne|beat beat beaten|become became become
begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled
blow blew blown|break broke broken|breed bred bred|bring brought brought|build built built|burn burned burned
burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung
come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done
draw drew drawn|dream dreamed dreamed|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen
feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fling flung flung|fly flew flown
forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen|forget forgot forgotten
forgive forgave forgiven|freeze froze frozen|get got gotten/got|give gave given|go went gone|grind ground ground
grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held
hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leaned leaned
leap leapt leapt|learn learned learned|leave left left|lend lent lent|let let let|lie lay lain|light lit lit
lose lost lost|make made made|mean meant meant|meet met met|mislead misled misled|mistake mistook mistaken
overcome overcame overcome|overtake overtook overtaken|overthrow overthrew overthrown|pay paid paid
prove proved proven/proved|put put put|quit quit quit|read read read|rid rid rid|ride rode ridden|ring rang rung
rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent
set set set|sew sewed sewn|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|show showed shown
shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|slide slid slid
sling slung slung|slit slit slit|speak spoke spoken|speed sped sped|spend spent spent|spin spun spun
spit spat spat|split split split|spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen
stick stuck stuck|sting stung stung|stink stank stunk|stride strode stridden|strike struck struck
string strung strung|strive strove striven|swear swore sworn|sweep swept swept|swell swelled swollen
swim swam swum|swing swung swung|take took taken|teach taught taught|tear tore torn|tell told told
think thought thought|throw threw thrown|thrust thrust thrust|tread trod trodden|undergo underwent undergone
understand understood understood|undertake undertook undertaken|uphold upheld upheld|upset upset upset
wake woke woken|wear wore worn|weave wove woven|weep wept wept|win won won|wind wound wound
withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|wring wrung wrung
write wrote written|forsee foresaw foreseen|outdo outdid outdone|oversee oversaw overseen|rebuild rebuilt rebuilt
redo redid redone|rewrite rewrote rewritten|retell retold retold|sell sold sold|unwind unwound unwound
"""

_IRREGULAR_NOUNS = """
man men|woman women|child children|person people|foot feet|tooth teeth|goose geese|mouse mice|ox oxen
analysis analyses|crisis crises|thesis theses|hypothesis hypotheses|basis bases|diagnosis diagnoses
criterion criteria|phenomenon phenomena|leaf leaves|life lives|knife knives|wife wives|half halves|self selves
shelf shelves|thief thieves|wolf wolves|calf calves|loaf loaves|sheep sheep|fish fish|deer deer|series series
species species|aircraft aircraft|offspring offspring|headquarters headquarters|news news|means means
"""

# Verbs of two or more syllables stressed on the last one double their final consonant.
_DOUBLING = frozenset(
    [
        "admit",
        "begin",
        "commit",
        "compel",
        "control",
        "deter",
        "emit",
        "equip",
        "excel",
        "expel",
        "forbid",
        "forget",
        "incur",
        "occur",
        "omit",
        "patrol",
        "permit",
        "prefer",
        "propel",
        "rebel",
        "recur",
        "refer",
        "regret",
        "remit",
        "submit",
        "transfer",
        "transmit",
        "upset",
    ]
)

_VOWELS = "aeiou"


def _parse_table(text: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for item in text.replace("\n", "|").split("|"):
        words = item.split()
        if words:
            table[words[0]] = tuple(words[1:])
    return table


@cache
def _verbs() -> dict[str, tuple[str, ...]]:
    return _parse_table(_IRREGULAR_VERBS)


@cache
def _nouns() -> dict[str, tuple[str, ...]]:
    return _parse_table(_IRREGULAR_NOUNS)


#: Shorter words have no consonant-vowel-consonant ending to double.
_MIN_DOUBLING_LETTERS = 3


def _doubles(word: str) -> bool:
    """Does ``word`` double its last consonant before -ed/-ing (stop -> stopped)?"""
    if word in _DOUBLING:
        return True
    if (
        len(word) < _MIN_DOUBLING_LETTERS
        or word[-1] in _VOWELS + "wxy"
        or word[-2] not in _VOWELS
        or word[-3] in _VOWELS
    ):
        return False
    # One vowel group only: a stressed monosyllable such as "stop", "plan", "ship".
    groups = sum(1 for i, c in enumerate(word) if c in _VOWELS + "y" and (i == 0 or word[i - 1] not in _VOWELS + "y"))
    return groups == 1


def plural(noun: str) -> str:
    """Plural of a noun: ``plural("gathering") == "gatherings"``, ``plural("crisis") == "crises"``."""
    irregular = _nouns().get(noun)
    if irregular:
        return irregular[0]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def third_person(verb: str) -> str:
    """``third_person("reach") == "reaches"``."""
    if verb in ("be", "have"):
        return {"be": "is", "have": "has"}[verb]
    if verb.endswith(("s", "x", "z", "ch", "sh")) or verb in ("go", "do", "undergo", "veto", "echo"):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def _regular_past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if _doubles(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def past(verb: str) -> str:
    """Simple past: ``past("seek") == "sought"``, ``past("stop") == "stopped"``."""
    irregular = _verbs().get(verb)
    return irregular[0] if irregular else _regular_past(verb)


def participle(verb: str) -> str:
    """Past participle: ``participle("begin") == "begun"``."""
    irregular = _verbs().get(verb)
    return irregular[1].split("/")[0] if irregular else _regular_past(verb)


def gerund(verb: str) -> str:
    """``gerund("make") == "making"``, ``gerund("die") == "dying"``, ``gerund("see") == "seeing"``."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and verb not in ("be",):
        return verb[:-1] + "ing"
    if _doubles(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


#: Verb form names in the order forms are generated.
VERB_FORMS = ("base", "s", "past", "pp", "ing")


def verb_forms(verb: str) -> dict[str, str]:
    """All forms of ``verb`` keyed by :data:`VERB_FORMS`."""
    return {"base": verb, "s": third_person(verb), "past": past(verb), "pp": participle(verb), "ing": gerund(verb)}
