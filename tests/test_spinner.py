"""The spinner normalizer (SPN) on a small fixture lexicon: matching, inflection, case, evidence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textrepair import Options, apply_edits, repair
from textrepair.normalizers.spinner import explain
from textrepair.spin import inflect
from textrepair.spin.lexicon import LexiconError, is_spinner_lexicon, parse_lines
from textrepair.spin.spintax import find_spintax

FIXTURE = Path(__file__).parent / "spinner_fixtures" / "fixture.tsv"
# The lexicon rules alone (SPN005, the language-model swaps, has its own tests in test_spin_context.py).
OPTS: dict[str, Any] = {
    "select": ["SPN"],
    "spinner_builtin": False,
    "spinner_lexicons": [str(FIXTURE)],
    "spinner_context": False,
}

SPUN = (
    "International locations strongly condemned the strikes in opposition to Ukraine. It came on the finish "
    "of a gathering, within the wake of new attacks.\n\n"
    "The assembly showed a pressing want for army help. They sought the advice of an assembly of experts. "
    "The war that started in 2022 has started again."
)
REPAIRED = (
    "Countries strongly condemned the strikes against Ukraine. It came at the end "
    "of a meeting, in the wake of new attacks.\n\n"
    "The meeting showed an urgent need for military help. They consulted a meeting of experts. "
    "The war that began in 2022 has begun again."
)
CLEAN = (
    "The army said the current offensive had reached its final stage. A famous general addressed the assembly, "
    "and the gathering stated its opposition to the plan. Lawmakers voted in opposition to the bill in July."
)


def fix(text: str, **options: Any) -> str:
    return repair(text, **{**OPTS, **options}).text


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("seek", ("seeks", "sought", "sought", "seeking")),
        ("begin", ("begins", "began", "begun", "beginning")),
        ("stop", ("stops", "stopped", "stopped", "stopping")),
        ("visit", ("visits", "visited", "visited", "visiting")),
        ("carry", ("carries", "carried", "carried", "carrying")),
        ("make", ("makes", "made", "made", "making")),
        ("reach", ("reaches", "reached", "reached", "reaching")),
    ],
)
def test_verb_forms(word: str, forms: tuple[str, ...]) -> None:
    got = inflect.verb_forms(word)
    assert (got["s"], got["past"], got["pp"], got["ing"]) == forms


@pytest.mark.parametrize(
    ("noun", "plural"), [("gathering", "gatherings"), ("crisis", "crises"), ("city", "cities"), ("box", "boxes")]
)
def test_plural(noun: str, plural: str) -> None:
    assert inflect.plural(noun) == plural


def test_repairs_spun_text() -> None:
    assert fix(SPUN) == REPAIRED


def test_repair_is_idempotent() -> None:
    once = fix(SPUN)
    assert fix(once) == once


def test_edits_carry_provenance() -> None:
    r = repair(SPUN, **OPTS)
    first = r.edits[0]
    assert (first.rule, first.before, first.after) == ("SPN001", "International locations", "Countries")
    assert first.source.endswith("fixture.tsv:2")
    assert first.message == "spinner phrase 'International locations' → 'Countries'"
    assert first.confidence >= 0.9
    assert {e.rule for e in r.edits} == {"SPN001", "SPN002"}


def test_clean_text_with_spinner_words_is_untouched() -> None:
    r = repair(CLEAN, **OPTS)
    assert r.text == CLEAN
    assert not [e for e in r.suggestions if e.rule == "SPN002"]
    assert r.signals["spin"]["score"] < 0.4


def test_one_strong_fingerprint_does_not_unlock_context_entries() -> None:
    text = "The famous army of the city held a gathering on the finish of the season."
    r = repair(text, **OPTS)
    assert r.text == "The famous army of the city held a gathering at the end of the season."
    lone = r.edits[0]
    assert lone.rule == "SPN001" and lone.confidence < 0.9  # nothing else looks spun


def test_lone_fix_respects_a_higher_threshold() -> None:
    text = "They met on the finish of the season."
    assert fix(text, threshold=0.85) == text
    assert fix(text) == "They met at the end of the season."


def test_word_boundaries_and_compounds() -> None:
    text = "Armyworms and army-backed rulers: a pressing wanted list, pressing wants."
    assert (
        fix(text, spinner_evidence=1.0) == "Armyworms and army-backed rulers: a pressing wanted list, pressing wants."
    )
    assert fix("The army's chief spoke.", spinner_evidence=1.0) == "The military's chief spoke."


def test_curly_and_straight_apostrophes() -> None:
    want = "I can't help but smile."
    assert fix("I can't help however smile.") == want
    assert fix("I can\u2019t help however smile.", quote_style="keep") == "I can\u2019t help but smile."


def test_longest_match_wins() -> None:
    text = "Fighting continued for the reason that starting of the war."
    r = repair(text, **OPTS)
    assert r.text == "Fighting continued since the beginning of the war."
    assert len(r.edits) == 1


def test_inflected_forms() -> None:
    assert fix("Two gatherings of international locations.", spinner_evidence=1.0) == "Two meetings of countries."
    assert fix("She is seeking the advice of lawyers.") == "She is consulting lawyers."


def test_case_is_kept() -> None:
    assert fix("In opposition to the plan, they left.", spinner_evidence=1.0) == "Against the plan, they left."
    assert fix("NATO INTERNATIONAL LOCATIONS MEET AGAIN") == "NATO COUNTRIES MEET AGAIN"
    heading = "Leaders Of International Locations Meet On The Finish Of Summit"
    assert fix(heading) == "Leaders Of Countries Meet At The End Of Summit"
    assert fix("They met final July.") == "They met last July."


def test_capitalised_word_inside_a_sentence_is_a_name() -> None:
    text = "He served in the Red Army and the Famous Players company on the finish of the war."
    assert fix(text, spinner_evidence=1.0) == (
        "He served in the Red Army and the Famous Players company at the end of the war."
    )


def test_article_follows_the_restored_word() -> None:
    assert fix("It was an assembly of experts.", spinner_evidence=1.0) == "It was a meeting of experts."
    assert fix("There is a pressing want for aid.") == "There is an urgent need for aid."


def test_report_entries_are_only_suggested() -> None:
    r = repair(SPUN + " Monetary help came.", **OPTS)
    assert "Monetary help came." in r.text
    (s,) = [e for e in r.suggestions if e.rule == "SPN003"]
    assert s.after == "Financial" and not s.safe


def test_forced_evidence_option() -> None:
    assert fix(CLEAN, spinner_evidence=1.0) != CLEAN
    assert fix(CLEAN, spinner_evidence=0.0) == CLEAN


def test_spintax() -> None:
    assert fix("The {quick|fast|rapid} fox jumps {over|above} it.") == "The quick fox jumps over it."
    assert fix("A {very {big|huge}|large} dog.") == "A very big dog."
    for code in ("x = {a|b};", "{{ name|upper }}", "{x | x > 0}", "Hello {w|neuroplasticity}"):
        assert fix(code) == code
    (s,) = find_spintax("value = {left|right}")
    assert not s.clear
    r = repair("value = {left|right}", **OPTS)
    assert [e.rule for e in r.suggestions] == ["SPN004"]


def test_signals_are_json_ready() -> None:
    r = repair(SPUN, **OPTS)
    spin = json.loads(json.dumps(r.signals["spin"]))
    assert spin["score"] > 0.9
    (p1, p2) = spin["paragraphs"]
    assert p1["start"] == 0 and p2["start"] > p1["end"]
    assert p1["fingerprints"][0] == {
        "start": 0,
        "end": 23,
        "kind": "fix",
        "text": "International locations",
        "original": "Countries",
        "source": str(FIXTURE) + ":2",
    }


def test_explain_matches_signals() -> None:
    got = explain(SPUN, Options(extra={"spinner_builtin": False, "spinner_lexicons": [str(FIXTURE)]}))
    assert got == repair(SPUN, **OPTS).signals["spin"]
    assert explain("Nothing to see.")["paragraphs"] == []


def test_user_lexicons_from_options(tmp_path: Path) -> None:
    user = tmp_path / "mine.tsv"
    user.write_text("# mine\nbig apple\tNew York\tfix\tx\n", "utf-8")
    other = tmp_path / "names.tsv"
    other.write_text("kyiv\tKyiv\n", "utf-8")
    assert is_spinner_lexicon(user) and not is_spinner_lexicon(other)
    r = repair("They flew to the big apple.", select=["SPN"], lexicons=(str(user),))
    assert r.text == "They flew to the New York."
    assert r.edits[0].source == f"{user}:2"


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("a\tb", "3 to 6"),
        ("a\tb\tmaybe", "kind"),
        ("a\tb\tfix\tq", "pos"),
        ("\tb\tfix", "empty"),
    ],
)
def test_lexicon_errors(line: str, error: str) -> None:
    with pytest.raises(LexiconError, match=error):
        list(parse_lines([line], "t.tsv"))


def test_offsets_survive_case_folding_that_changes_length() -> None:
    text = "İstanbul: an assembly was held on the finish of May."
    r = repair(text, **OPTS)
    assert r.text == "İstanbul: an assembly was held at the end of May."


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from([*"abc {}|'’-.\nİ\ue000", "army", "Final July", "on the finish of", "ARMY"])).map("".join)
)
def test_arbitrary_text_never_breaks(text: str) -> None:
    r = repair(text, **OPTS)
    assert apply_edits(text, r.edits) == r.text
    assert fix(r.text) == r.text


def test_overlapping_entries_reach_a_fixed_point() -> None:
    text = "Allies send army, monetary and humanitarian assist to the region."
    r = repair(text, **OPTS)
    assert r.text == "Allies send military, financial and humanitarian aid to the region."
    (e,) = r.edits
    assert e.source.count("fixture.tsv") == 2 and "; " in e.message
    assert fix(r.text) == r.text


def test_compose_folds_second_round_into_first() -> None:
    from textrepair.model import Edit
    from textrepair.spin.compose import compose

    text = "aa bb cc dd"
    first = [Edit(0, 2, "aa", "x", "R", "n", "m1"), Edit(6, 8, "cc", "yyy", "R", "n", "m2")]
    middle = apply_edits(text, first)  # "x bb yyy dd"
    second = [Edit(2, 4, "bb", "B", "R", "n", "m3"), Edit(7, 11, "y dd", "Z", "R", "n", "m4")]
    final = apply_edits(middle, second)
    got = compose(text, first, second)
    assert apply_edits(text, got) == final == "x B yyZ"
    assert [(e.start, e.end) for e in got] == [(0, 2), (3, 5), (6, 11)]


def test_paragraphs_split_on_blank_lines_or_lines() -> None:
    from textrepair.spin.evidence import paragraph_spans

    assert paragraph_spans("a b\r\n\r\nc d\r\ne") == [(0, 3), (7, 13)]
    assert paragraph_spans("a\nb\nc") == [(0, 1), (2, 3), (4, 5)]


def test_compiled_lexicons_round_trip_through_the_disk_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from textrepair.spin import matcher as matcher_module
    from textrepair.spin.lexicon import read_file

    monkeypatch.setenv("TEXTREPAIR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(matcher_module, "CACHE_MIN_FORMS", 0)
    entries = [(e, True) for e in read_file(FIXTURE, "fixture.tsv")]
    built = matcher_module.load_or_build(("k",), lambda: entries)
    assert [p.suffix for p in tmp_path.iterdir()] == [".cache"]
    loaded = matcher_module.load_or_build(("k",), lambda: pytest.fail("the cache was not used"))
    text = "They sought the advice of international locations."

    def seen(m: Any) -> tuple[Any, ...]:
        return m.start, m.end, m.form.after, m.form.entry.kind, m.form.entry.source

    assert [seen(m) for m in loaded.find(text)] == [seen(m) for m in built.find(text)]
    assert loaded.find(text)[0].form.after == "consulted"
    assert loaded._rows is None  # a short text reads only the rows of its own words
    long_text = text + " padding" * 3000  # past the word-index path: the automaton is built from the cached rows
    assert [seen(m) for m in loaded.find(long_text)] == [seen(m) for m in built.find(text)]
    names = sorted(p.name.rsplit("-", 1)[0] for p in tmp_path.iterdir())
    assert names == ["spinner"]


def test_empty_original_deletes_the_phrase_and_one_space(tmp_path: Path) -> None:
    lexicon = tmp_path / "filler.tsv"
    lexicon.write_text("in a very real sense\t\tfix\tx\n", "utf-8")
    opts = {"select": ["SPN"], "spinner_builtin": False, "spinner_lexicons": [str(lexicon)]}
    assert repair("It is in a very real sense done, in a very real sense", **opts).text == "It is done,"


def test_repeated_context_entry_counts_once() -> None:
    from textrepair.spin.evidence import Evidence, Fingerprint

    text = "w " * 40

    def prints(sources: list[str]) -> list[Fingerprint]:
        return [Fingerprint(2 * i, 2 * i + 1, "context", "w", "v", s) for i, s in enumerate(sources)]

    same = prints(["a.tsv:1"] * 5)
    varied = prints([f"a.tsv:{i}" for i in range(5)])
    assert Evidence(text, same).for_match(same[0]) == 0.0
    assert Evidence(text, varied).for_match(varied[0]) > 0.25


CONTEXT_LEXICON = (
    "a number of\tseveral\tcontext\tx\n"
    "at present\tcurrently\tcontext\tx\n"
    "central financial institution\tcentral bank\tcontext\tn\n"
    "dealing with\tfacing\tcontext\tx\n"
    "fees\tcharges\tcontext\tx\n"
    "in additional than\tin more than\tcontext\tx\n"
    "international locations\tcountries\tcontext\tx\n"
    "mentioned\tsaid\tcontext\tx\n"
    "on the scene\tat the scene\tcontext\tx\n"
    "rates of interest\tinterest rates\tcontext\tx\n"
    "share factors\tpercentage points\tcontext\tx\n"
    "shall be\twill be\tcontext\tx\n"
    "stated\tsaid\tcontext\tx\n"
    "within the\tin the\tcontext\tx\n"
)


@pytest.fixture
def context_only(tmp_path: Path) -> dict[str, Any]:
    """Options with a lexicon of context entries only, so that every repair rests on the lexicon evidence
    (the language-model swaps of SPN005, which weigh other evidence, are off)."""
    lexicon = tmp_path / "context.tsv"
    lexicon.write_text(CONTEXT_LEXICON, "utf-8")
    return {"select": ["SPN"], "spinner_builtin": False, "spinner_lexicons": [str(lexicon)], "spinner_context": False}


def test_context_weight_follows_how_common_the_phrase_is() -> None:
    from textrepair.spin.evidence import MIN_WEIGHT, context_weight, swap_weight

    assert context_weight("central financial institution") == 1.0
    assert context_weight("rates of interest") > 0.7
    assert context_weight("share factors") > 0.7
    assert context_weight("Stated") == context_weight("stated") < 0.3
    for common in ("within the", "shall be", "ought to", "at present", "a number of"):
        assert context_weight(common) == MIN_WEIGHT
    # Words kept from the original count half: "third quarter" is ordinary company for "within the".
    assert (
        swap_weight("within the third quarter", "in the third quarter")
        < 0.6
        < context_weight("within the third quarter")
    )
    assert swap_weight("rates of interest", "interest rates") == context_weight("rates of interest")


def test_three_distinct_context_entries_in_one_sentence_are_repaired(context_only: dict[str, Any]) -> None:
    spun = "The central financial institution raised rates of interest by 0.25 share factors, citing inflation."
    r = repair(spun, **context_only)
    assert r.text == "The central bank raised interest rates by 0.25 percentage points, citing inflation."
    assert {e.rule for e in r.edits} == {"SPN002"}
    (p,) = r.signals["spin"]["paragraphs"]
    assert [f["weight"] for f in p["fingerprints"]] == [
        1.0,
        pytest.approx(0.81, abs=0.05),
        pytest.approx(0.93, abs=0.05),
    ]


def test_two_context_entries_alone_are_left(context_only: dict[str, Any]) -> None:
    text = "The central financial institution raised rates of interest on Thursday."
    r = repair(text, **context_only)
    assert r.text == text
    assert all(e.confidence < 0.5 for e in r.suggestions)


def test_two_context_entries_with_more_in_the_document_are_repaired(context_only: dict[str, Any]) -> None:
    first = "The central financial institution raised rates of interest on Thursday."
    rest = "Officials mentioned it was dealing with a number of fees and share factors within the market."
    assert repair(first, **context_only).text == first
    got = repair(first + "\n\n" + rest, **context_only).text
    assert got.startswith("The central bank raised interest rates on Thursday.\n\n")


def test_a_lone_context_entry_is_never_repaired(context_only: dict[str, Any]) -> None:
    text = "A central financial institution sets the rates. It met on Tuesday. The vote was close."
    r = repair(text, **context_only)
    assert r.text == text and not r.suggestions


def test_common_swaps_next_to_unusual_ones_are_repaired(context_only: dict[str, Any]) -> None:
    spun = (
        "The central financial institution mentioned rates of interest will rise in additional than 30 "
        "international locations."
    )
    r = repair(spun, **context_only)
    assert r.text == "The central bank said interest rates will rise in more than 30 countries."
    assert len(r.edits) == 5


def test_stacked_formal_phrases_are_not_spin(context_only: dict[str, Any]) -> None:
    clean = "At present, a number of officers stated that the plan shall be reviewed within the year."
    r = repair(clean, **context_only)
    assert r.text == clean and not r.suggestions


def test_the_same_words_spread_over_sentences_count_less(context_only: dict[str, Any]) -> None:
    from textrepair.spin.evidence import Evidence, Fingerprint

    def evidence_for_first(text: str) -> float:
        phrases = ("central financial institution", "rates of interest", "share factors")
        prints = []
        for i, phrase in enumerate(phrases):
            start = text.index(phrase)
            prints.append(Fingerprint(start, start + len(phrase), "context", phrase, "x", f"t.tsv:{i}"))
        return Evidence(text, prints).for_match(prints[0])

    close = "The central financial institution set rates of interest in share factors today, they said."
    apart = (
        "The central financial institution met. It was a long day for all of them. Then rates of interest "
        "came up. Nobody had expected it. The answer was in share factors."
    )
    assert evidence_for_first(close) > 0.55 > evidence_for_first(apart)


def test_unambiguous_spun_names_keep_title_case() -> None:
    text = "The ruling by the Supreme Courtroom was debated in the Home of Representatives."
    want = "The ruling by the Supreme Court was debated in the House of Representatives."
    assert repair(text, select=["SPN"]).text == want
    assert repair("He served in the Red Army.", select=["SPN"]).text == "He served in the Red Army."


def test_spun_name_inside_a_longer_phrase_takes_the_capitals_it_replaces() -> None:
    text = "A White Home spokesperson declined to comment."
    assert repair(text, select=["SPN"], spinner_evidence=0.9).text == "A White House spokesperson declined to comment."


def test_spun_mastheads_capitalised_only_on_their_first_word() -> None:
    text = "He wrote for the Every day Telegraph before Medicinal services made news."
    got = repair(text, select=["SPN"], spinner_evidence=0.9).text
    assert got.startswith("He wrote for the Daily Telegraph before")
    assert repair("Medicinal services costs keep rising.", select=["SPN"]).text == "Health care costs keep rising."


def test_word_index_and_automaton_find_the_same_matches() -> None:
    from textrepair.normalizers.spinner import matcher_for
    from textrepair.spin.matcher import PhraseMatcher, _dump, _load

    shipped = matcher_for(Options())
    by_words = PhraseMatcher(shipped.entries, shipped.rows)  # nothing built: the short-text path
    by_automaton = PhraseMatcher(shipped.entries, shipped.rows, automaton=shipped._automaton)
    by_cached_words = _load(_dump(shipped))  # the word index as the disk cache holds it
    texts = [
        "NATO international locations met in opposition to the plan; the corporate's p.c. figures, know-how.",
        "Army-backed 25-years outdated o'clock well being's Pledged to proceed, SEEK THE ADVICE OF.",
        (Path(__file__).resolve().parents[1] / "seeds" / "004_e7c91a9e198d72c7.txt").read_text("utf-8"),
    ]
    for text in texts:
        want = [(m.start, m.end, m.form.key) for m in by_automaton.find(text)]
        assert [(m.start, m.end, m.form.key) for m in by_words.find(text)] == want
        assert [(m.start, m.end, m.form.key, m.form.after) for m in by_cached_words.find(text)] == [
            (m.start, m.end, m.form.key, m.form.after) for m in by_automaton.find(text)
        ]
        assert want
    assert by_words._built is None  # short texts never load the automaton
    assert by_cached_words._built is None and by_cached_words._rows is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It grew by 0.6 p.c.\n\nInvestors agreed.", "It grew by 0.6 percent.\n\nInvestors agreed."),
        ("Prices rose 5 p.c. Analysts said so.", "Prices rose 5 percent. Analysts said so."),
        ('"Prices rose 5 p.c." He said so.', '"Prices rose 5 percent." He said so.'),
        ("Prices rose 5 p.c.", "Prices rose 5 percent."),
        ("Prices rose 5 p.c. in March.", "Prices rose 5 percent in March."),
    ],
)
def test_an_abbreviation_point_that_ends_the_sentence_stays(text: str, want: str) -> None:
    assert repair(text, select=["SPN"], spinner_evidence=0.95).text == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("NATO international locations met.", "NATO countries met."),
        ("Leaders of African international locations met.", "Leaders of African countries met."),
        ("member international locations of the alliance", "member countries of the alliance"),
    ],
)
def test_countries_spun_in_the_plural_are_fixed_on_sight(text: str, want: str) -> None:
    # "international locations" alone is English (a firm's offices); beside "NATO" or "member" it is a swap.
    assert repair(text, select=["SPN"]).text == want
    assert repair("The firm has twelve international locations.", select=["SPN"]).edits == ()


def test_spin_signals_are_in_original_offsets() -> None:
    # SPC removes the doubled spaces first, so the spinner stage reads a shorter text;
    # its fingerprint must still point where the edit does, in the text given.
    text = "NATO  leaders  said  NATO international locations"
    result = repair(text)
    edit = next(e for e in result.edits if e.rule.startswith("SPN"))
    (fingerprint,) = result.signals["spin"]["paragraphs"][0]["fingerprints"]
    assert (fingerprint["start"], fingerprint["end"]) == (edit.start, edit.end) == (21, 49)
    assert text[fingerprint["start"] : fingerprint["end"]] == fingerprint["text"]


def test_spin_model_signals_are_in_original_offsets() -> None:
    # Doubled spaces (SPC) and the listed phrase (SPN001) both shift what the model reads.
    text = (
        "NATO  international locations  pledged more help.  Police  mentioned the suspect was arrested on the "
        "scene. Officers  mentioned he had been carrying a knife and was taken to a close-by hospital."
    )
    result = repair(text)
    swaps = [s for p in result.signals["spin_model"] for s in p["swaps"]]
    # Each swap was merged with SPC's edit of the same words: "Police  mentioned" -> "Police said".
    edits = [e for e in result.edits if any(s.rule == "SPN005" for s in e.steps)]
    assert len(swaps) == len(edits) == 2
    for swap, edit in zip(swaps, edits, strict=True):
        assert (swap["start"], swap["end"]) == (edit.start, edit.end)
        assert text[swap["start"] : swap["end"]].split() == swap["spun"].split()
