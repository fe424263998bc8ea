"""Approximate English inflection for lexicon QA: the surface forms an engine would match.

Mirrors the documented lexicon semantics: pos ``n`` inflects the last word of a phrase for
plural, pos ``v`` inflects the first word for -s/-ed/-ing (irregular verbs included), pos ``x``
is matched as written. It is deliberately generous (more forms means a stricter QA).
"""

from __future__ import annotations

import re

IRREGULAR_PLURALS = dict(
    pair.split(":")
    for pair in [
        "man:men",
        "woman:women",
        "child:children",
        "person:people",
        "foot:feet",
        "tooth:teeth",
        "mouse:mice",
        "life:lives",
        "wife:wives",
        "knife:knives",
        "leaf:leaves",
        "half:halves",
        "analysis:analyses",
        "crisis:crises",
        "thesis:theses",
        "criterion:criteria",
        "phenomenon:phenomena",
        "medium:media",
        "datum:data",
        "basis:bases",
        "diagnosis:diagnoses",
        "hypothesis:hypotheses",
        "shelf:shelves",
        "thief:thieves",
        "wolf:wolves",
        "calf:calves",
        "self:selves",
        "goose:geese",
        "ox:oxen",
        "index:indices",
        "matrix:matrices",
        "vertex:vertices",
        "axis:axes",
    ]
)
UNCOUNTABLE = {"information", "news", "equipment", "advice", "evidence", "research", "software", "data", "staff"}

# base: (third person, past, past participle, present participle)
IRREGULAR_VERBS: dict[str, tuple[str, ...]] = {
    "be": ("is", "was", "were", "been", "being", "are", "am"),
    "have": ("has", "had", "having"),
    "do": ("does", "did", "done", "doing"),
    "go": ("goes", "went", "gone", "going"),
    "say": ("says", "said", "saying"),
    "make": ("makes", "made", "making"),
    "take": ("takes", "took", "taken", "taking"),
    "give": ("gives", "gave", "given", "giving"),
    "get": ("gets", "got", "gotten", "getting"),
    "come": ("comes", "came", "coming"),
    "see": ("sees", "saw", "seen", "seeing"),
    "know": ("knows", "knew", "known", "knowing"),
    "find": ("finds", "found", "finding"),
    "think": ("thinks", "thought", "thinking"),
    "tell": ("tells", "told", "telling"),
    "seek": ("seeks", "sought", "seeking"),
    "bring": ("brings", "brought", "bringing"),
    "buy": ("buys", "bought", "buying"),
    "hold": ("holds", "held", "holding"),
    "keep": ("keeps", "kept", "keeping"),
    "lead": ("leads", "led", "leading"),
    "leave": ("leaves", "left", "leaving"),
    "lose": ("loses", "lost", "losing"),
    "meet": ("meets", "met", "meeting"),
    "pay": ("pays", "paid", "paying"),
    "put": ("puts", "put", "putting"),
    "run": ("runs", "ran", "running"),
    "send": ("sends", "sent", "sending"),
    "set": ("sets", "set", "setting"),
    "show": ("shows", "showed", "shown", "showing"),
    "sit": ("sits", "sat", "sitting"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "spend": ("spends", "spent", "spending"),
    "stand": ("stands", "stood", "standing"),
    "win": ("wins", "won", "winning"),
    "write": ("writes", "wrote", "written", "writing"),
    "begin": ("begins", "began", "begun", "beginning"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "drive": ("drives", "drove", "driven", "driving"),
    "eat": ("eats", "ate", "eaten", "eating"),
    "fall": ("falls", "fell", "fallen", "falling"),
    "feel": ("feels", "felt", "feeling"),
    "fight": ("fights", "fought", "fighting"),
    "fly": ("flies", "flew", "flown", "flying"),
    "grow": ("grows", "grew", "grown", "growing"),
    "hear": ("hears", "heard", "hearing"),
    "hit": ("hits", "hit", "hitting"),
    "hurt": ("hurts", "hurt", "hurting"),
    "lay": ("lays", "laid", "laying"),
    "let": ("lets", "let", "letting"),
    "mean": ("means", "meant", "meaning"),
    "read": ("reads", "read", "reading"),
    "rise": ("rises", "rose", "risen", "rising"),
    "sell": ("sells", "sold", "selling"),
    "shoot": ("shoots", "shot", "shooting"),
    "shut": ("shuts", "shut", "shutting"),
    "sleep": ("sleeps", "slept", "sleeping"),
    "steal": ("steals", "stole", "stolen", "stealing"),
    "strike": ("strikes", "struck", "stricken", "striking"),
    "teach": ("teaches", "taught", "teaching"),
    "throw": ("throws", "threw", "thrown", "throwing"),
    "understand": ("understands", "understood", "understanding"),
    "wear": ("wears", "wore", "worn", "wearing"),
    "build": ("builds", "built", "building"),
    "catch": ("catches", "caught", "catching"),
    "cut": ("cuts", "cut", "cutting"),
    "draw": ("draws", "drew", "drawn", "drawing"),
    "deal": ("deals", "dealt", "dealing"),
    "drink": ("drinks", "drank", "drunk", "drinking"),
    "become": ("becomes", "became", "becoming"),
    "beat": ("beats", "beat", "beaten", "beating"),
    "cost": ("costs", "cost", "costing"),
    "spread": ("spreads", "spread", "spreading"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "undergo": ("undergoes", "underwent", "undergone", "undergoing"),
    "undertake": ("undertakes", "undertook", "undertaken", "undertaking"),
    "overcome": ("overcomes", "overcame", "overcoming"),
    "forget": ("forgets", "forgot", "forgotten", "forgetting"),
    "forgive": ("forgives", "forgave", "forgiven", "forgiving"),
    "ride": ("rides", "rode", "ridden", "riding"),
    "swim": ("swims", "swam", "swum", "swimming"),
    "sing": ("sings", "sang", "sung", "singing"),
    "ring": ("rings", "rang", "rung", "ringing"),
    "wake": ("wakes", "woke", "woken", "waking"),
    "hang": ("hangs", "hung", "hanging"),
    "lie": ("lies", "lay", "lain", "lying", "lied"),
    "tear": ("tears", "tore", "torn", "tearing"),
    "shake": ("shakes", "shook", "shaken", "shaking"),
    "bear": ("bears", "bore", "borne", "bearing"),
    "bind": ("binds", "bound", "binding"),
    "feed": ("feeds", "fed", "feeding"),
    "flee": ("flees", "fled", "fleeing"),
    "freeze": ("freezes", "froze", "frozen", "freezing"),
    "lend": ("lends", "lent", "lending"),
    "light": ("lights", "lit", "lighted", "lighting"),
    "shine": ("shines", "shone", "shined", "shining"),
    "stick": ("sticks", "stuck", "sticking"),
    "sweep": ("sweeps", "swept", "sweeping"),
    "swing": ("swings", "swung", "swinging"),
    "uphold": ("upholds", "upheld", "upholding"),
    "withhold": ("withholds", "withheld", "withholding"),
    "forecast": ("forecasts", "forecast", "forecasted", "forecasting"),
    "broadcast": ("broadcasts", "broadcast", "broadcasting"),
    "upset": ("upsets", "upset", "upsetting"),
    "bet": ("bets", "bet", "betting"),
    "quit": ("quits", "quit", "quitting"),
    "split": ("splits", "split", "splitting"),
    "shed": ("sheds", "shed", "shedding"),
    "learn": ("learns", "learned", "learnt", "learning"),
    "burn": ("burns", "burned", "burnt", "burning"),
    "dream": ("dreams", "dreamed", "dreamt", "dreaming"),
    "prove": ("proves", "proved", "proven", "proving"),
}

_SIBILANT = re.compile(r"(s|x|z|ch|sh)$")
_CONS_Y = re.compile(r"[^aeiou]y$")
_CVC = re.compile(r"^[^aeiou]*[aeiou][bdgklmnprt]$")


def plural(word: str) -> list[str]:
    """Plural forms of a noun (the word itself for uncountables)."""
    if word in IRREGULAR_PLURALS:
        return [IRREGULAR_PLURALS[word]]
    if word in UNCOUNTABLE or not word[-1:].isalpha():
        return []
    if _SIBILANT.search(word):
        return [word + "es"]
    if _CONS_Y.search(word):
        return [word[:-1] + "ies"]
    return [word + "s"]


def verb_forms(word: str) -> list[str]:
    """-s, -ed and -ing forms of a verb's base form."""
    if word in IRREGULAR_VERBS:
        return list(IRREGULAR_VERBS[word])
    if not word.isalpha():
        return []
    third = plural(word) or [word + "s"]
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return [*third, word + "d", word[:-1] + "ing"]
    if _CONS_Y.search(word):
        return [*third, word[:-1] + "ied", word + "ing"]
    if _CVC.match(word) and not word.endswith(("w", "x", "y")):
        return [*third, word + word[-1] + "ed", word + word[-1] + "ing"]
    return [*third, word + "ed", word + "ing"]


def surface_forms(phrase: str, pos: str) -> list[str]:
    """The phrase and its inflected forms, per the lexicon's pos semantics."""
    forms = [phrase]
    words = phrase.split(" ")
    if pos == "n":
        forms += [" ".join([*words[:-1], form]) for form in plural(words[-1])]
    elif pos == "v":
        forms += [" ".join([form, *words[1:]]) for form in verb_forms(words[0])]
    return list(dict.fromkeys(forms))
