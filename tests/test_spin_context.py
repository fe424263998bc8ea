"""SPN005: the language model, the swap channel and the decision between them."""

from __future__ import annotations

import math

import pytest

from textrepair import apply_edits, repair
from textrepair.spin import context, lm
from textrepair.spin.channel import CURATED_Q, Channel, word_analyses

SPUN = (
    "The disease spreads chiefly through droplets created by coughing or instinctive reflex, and the unwellness is "
    "most dangerous in infants. Symptoms embody a light fever, and the cough develops bit by bit."
)


@pytest.fixture(scope="module")
def model() -> lm.LanguageModel:
    found = lm.default_model()
    assert found is not None, "pocketsphinx (a dependency) ships the language model"
    return found


def test_language_model_prefers_the_original_wording(model: lm.LanguageModel) -> None:
    assert lm.gain(model, ["the", "supreme"], ["court", "docket"], ["court"], ["said"]) > 5
    assert lm.gain(model, ["people", "were"], ["killed"], ["killed"], ["on"]) == 0


def test_unknown_words_cost_a_fixed_amount_not_an_absurd_gain(model: lm.LanguageModel) -> None:
    assert not model.knows("qzxv")
    assert model.logprob("qzxv", ["the"]) is None
    g = lm.gain(model, ["the"], ["qzxv"], ["disease"], ["is"])
    assert 0 < g < 20  # the sphinx sentinel for unknown words is -53,684 nats
    assert lm.sequence_logprob(model, ["the"], ["qzxv"]) == lm.UNKNOWN_WORD


def test_channel_inflects_lemma_pairs_once() -> None:
    ch = Channel.from_rows(
        [("allude", "refer", "v", 0, 1, "synonym"), ("unwellness", "disease", "n", 0, 1, "generic")], {}
    )
    assert [c.original for c in ch.candidates("alludes")] == ["refers"]
    assert [c.original for c in ch.candidates("unwellnesses")] == ["diseases"]
    assert {c.original for c in ch.candidates("alluding")} == {"referring"}
    # A past form that is also the participle offers both of the original's forms.
    ch = Channel.from_rows([("start", "begin", "v", 0, 1, "synonym")], {})
    assert {c.original for c in ch.candidates("started")} == {"began", "begun"}


def test_channel_weighs_curated_pairs_and_earlier_senses_higher() -> None:
    rows = [("seem", "appear", "v", 0, 1, "synonym"), ("look", "appear", "v", 3, 1, "synonym")]
    ch = Channel.from_rows(rows, {"mentioned": "said"})
    assert ch.candidates("mentioned")[0].logq == pytest.approx(math.log(CURATED_Q), abs=1e-3)
    assert ch.candidates("seem")[0].logq > ch.candidates("look")[0].logq
    assert ("alluded", "*", "base") in word_analyses("alluded")


def test_likelihood_ratio_marks_rare_swaps_not_common_words() -> None:
    rows = [("unwellness", "disease", "n", 0, 1, "generic"), ("illness", "disease", "n", 0, 1, "synonym")]
    freq = {"unwellness": 1e-9, "disease": 1e-4, "illness": 3e-5}
    ch = Channel.from_rows(rows, {}, freq)
    assert ch.llr("unwellness") > 2
    assert ch.llr("disease") < 0  # spun text has fewer of the words spinners replace
    assert ch.llr("table") == 0


def test_short_spun_text_is_repaired_with_its_own_evidence() -> None:
    """With ``spinner-context = "all"`` the model reads text that no listed phrase marks."""
    assert repair(SPUN, select=["SPN"]).text == SPUN  # by default only documents the lexicons mark
    r = repair(SPUN, select=["SPN"], spinner_context="all")
    assert "coughing or sneezing" in r.text and "Symptoms include" in r.text and "develops gradually" in r.text
    swaps = [e for e in r.edits if e.rule == "SPN005"]
    assert swaps and all(0.5 <= e.confidence <= 1 for e in swaps)
    assert all("considered" in e.message and "posterior" in e.message for e in swaps)
    assert apply_edits(SPUN, r.edits) == r.text
    assert repair(r.text, select=["SPN"], spinner_context="all").text == r.text


def test_one_odd_phrase_is_not_a_verdict() -> None:
    """A single strong swap (a +13 nat gain) in an otherwise ordinary sentence is not applied: clean
    literary prose has such phrases too ("nothing in opposition to your plan")."""
    text = "Pertussis spreads from person to person through droplets created by coughing or instinctive reflex."
    r = repair(text, select=["SPN"], spinner_context="all")
    assert r.text == text
    assert all(e.confidence < 0.5 for e in r.suggestions)


@pytest.mark.parametrize(
    "text",
    [
        "The committee met on Tuesday and said the report would be published next month.",
        "Officials stated that the bridge, closed since March, would reopen once engineers had assessed the damage.",
        "She mentioned the book to her editor, who read it in a weekend and called it remarkable.",
        "Scientists measured the faint magnetic field of the planet, which orbits a dim red star in Leo.",
    ],
)
def test_clean_text_is_left_alone(text: str) -> None:
    r = repair(text, select=["SPN"], spinner_context="all")
    assert r.text == text
    assert not [e for e in r.suggestions if e.rule == "SPN005" and e.confidence >= 0.4]


def test_a_document_marked_spun_by_a_listed_phrase_has_its_other_swaps_weighed() -> None:
    text = (
        "NATO international locations pledged more help. Police mentioned the suspect was arrested on the scene. "
        "Officers mentioned he had been carrying a knife and was taken to a close-by hospital."
    )
    r = repair(text, select=["SPN"])
    assert r.text.startswith("NATO countries pledged more help. Police said the suspect")
    assert " said he had been" in r.text  # "Officers mentioned": the curated "officials said" may be picked
    assert [e.rule for e in r.edits] == ["SPN001", "SPN005", "SPN005"]
    model = r.signals["spin_model"]
    assert model and all(0 <= p["posterior"] <= 1 for p in model)
    assert any(s["candidates"][0]["original"].endswith("said") for p in model for s in p["swaps"])
    # Without the listed phrase nothing marks the document, and the model is not consulted.
    rest = text.split(". ", 1)[1]
    assert repair(rest, select=["SPN"]).text == rest
    assert repair(r.text, select=["SPN"]).text == r.text


def test_a_listed_collocation_outranks_the_model() -> None:
    text = "Allies send army, monetary and humanitarian assist to the region. NATO international locations agreed."
    r = repair(text, select=["SPN"])
    assert "humanitarian support" in r.text  # the lexicon's "humanitarian assist", not the model's "assistance"


class _PrefersOriginals:
    """A stand-in language model that knows every word and prefers any original: the interface is what counts."""

    def logprob(self, word: str, history: object) -> float | None:
        return -1.0 if word in ("said",) else -9.0

    def knows(self, word: str) -> bool:
        return True


def test_a_callers_language_model_plugs_in() -> None:
    text = "NATO international locations met. The minister mentioned the talks went well."
    default = repair(text, select=["SPN"], spinner_context="off").text
    r = repair(text, select=["SPN"], spinner_lm=_PrefersOriginals())
    assert "minister said" in r.text and "minister said" not in default


def test_unknown_context_mode_is_an_error() -> None:
    with pytest.raises(ValueError, match="spinner_context"):
        repair("Some text.", select=["SPN"], spinner_context="sometimes")


def test_context_swaps_can_be_turned_off() -> None:
    r = repair(SPUN, select=["SPN"], spinner_context="off")
    assert not any(e.rule == "SPN005" for e in r.edits + r.suggestions)


def test_position_evidence_is_capped() -> None:
    strong = context.Position(0, 5, 1, [context.Option("x", 0.0, 60.0, "thesaurus", 1, 5)])
    weak = context.Position(0, 5, 1, [context.Option("x", -3.0, -4.0, "thesaurus", 1, 5)])
    assert context.position_evidence(strong) == context.POSITION_CAP
    assert math.log(1 - 0.3) <= context.position_evidence(weak) < 0
