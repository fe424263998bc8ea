"""PRN: misspelled and lower-cased names are fixed; correct rare names never are."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textrepair import apply_edits, repair
from textrepair.names.lexicon import LexiconError, NameLexicon, shipped, table_of


def prn(text: str, **options: object) -> str:
    return repair(text, select=["PRN"], **options).text


# -- repairs ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        # a first name changes because the surname beside it matches
        ("Ukrainian President Volodomyr Zelenskyy said", "Ukrainian President Volodymyr Zelenskyy said"),
        ("Secretary of State Anthony Blinken arrived", "Secretary of State Antony Blinken arrived"),
        ("Prime Minister Kier Starmer spoke", "Prime Minister Keir Starmer spoke"),
        ("President Emmanual Macron", "President Emmanuel Macron"),
        ("Jens Stoltenbreg said", "Jens Stoltenberg said"),
        ("Chinese leader Xi Jingping", "Chinese leader Xi Jinping"),
        # a word of a famous name of several words, fixed beside the others
        ("flights to Hong Kogn and Saudi Arabai", "flights to Hong Kong and Saudi Arabia"),
        # places, with the country named in the text
        ("missiles hit the central Ukrainian city Krememcheuk on Monday", None),
        ("a training centre in the Polish city of Bydgoscz", "a training centre in the Polish city of Bydgoszcz"),
        # transposed letters in a famous surname, possessive, headline capitals
        ("Zelenksy's visit", "Zelensky's visit"),
        ("Chancellor Angela Merkle said", "Chancellor Angela Merkel said"),
        ("Zelenksy\u2019s visit", "Zelensky\u2019s visit"),
        ("ERDGOAN MEETS ZELENKSY", "ERDOGAN MEETS ZELENSKY"),
        # demonym missing a letter, known misspellings
        ("Ukrainan troops", "Ukrainian troops"),
        ("the Phillipines and the Carribean", "the Philippines and the Caribbean"),
        # machine-translated lower case
        ("help kyiv counter drones", "help Kyiv counter drones"),
        ("the latest russian airstrikes", "the latest Russian airstrikes"),
        ("pro-russian and anti-ukrainian", "pro-Russian and anti-Ukrainian"),
        ("talks in south korea and new york", "talks in South Korea and New York"),
        ("the nato summit", "the NATO summit"),
        # two neighbouring letters swapped in a short, very common place name
        ("talks in Iarn and Iarq", "talks in Iran and Iraq"),
        ("flights to Olso and Rmoe", "flights to Oslo and Rome"),
        # misspelt and lower-cased: a known misspelling, or a slip of a name lower case never reaches
        ("storms over the meditteranean sea", "storms over the Mediterranean sea"),
        ("a brazillian striker", "a Brazilian striker"),
        ("wildfires in southern californa", "wildfires in southern California"),
    ],
)
def test_repairs(damaged: str, fixed: str | None) -> None:
    if fixed is None:
        fixed = damaged.replace("Krememcheuk", "Kremenchuk")
    assert prn(damaged) == fixed


# Real-looking misspellings in running news text, by class of error: each
# class is carried by the fuzzy rules, not by a list of words.
MISSPELLINGS = [
    # a surname one edit from a famous one, beside the first name
    ("Prime Minister Rishi Sunack said", "Prime Minister Rishi Sunak said"),
    ("Speaker Nancy Pelosy said", "Speaker Nancy Pelosi said"),
    ("President Vladimir Puttin said", "President Vladimir Putin said"),
    ("Prime Minister Giorgia Melonni said", "Prime Minister Giorgia Meloni said"),
    ("Prime Minister Narendra Modhi said", "Prime Minister Narendra Modi said"),
    # a surname that is itself a name or word: only a slip, beside a telling first name
    ("Vice President Kamala Haris said", "Vice President Kamala Harris said"),
    ("Prime Minister Jacinda Arden said", "Prime Minister Jacinda Ardern said"),
    # ... or beside the whole rest of the name, particles included
    ("Commission President Ursula von der Leyden said", "Commission President Ursula von der Leyen said"),
    # a first name beside a surname that names one famous person
    ("President Donal Trump said", "President Donald Trump said"),
    ("President Barrack Obama said", "President Barack Obama said"),
    ("Secretary Hilary Clinton said", "Secretary Hillary Clinton said"),
    ("President Emanuel Macron said", "President Emmanuel Macron said"),
    ("President Volodymir Zelensky said", "President Volodymyr Zelensky said"),
    # a surname alone whose first name is elsewhere in the text
    ("Prime Minister Justin Trudeu said", "Prime Minister Justin Trudeau said"),
    # a vowel swapped for y is no romanisation in names that have none
    ("He lives in Pennsilvania now.", "He lives in Pennsylvania now."),
    # a word of a place of several words, even when GeoNames lists the typo
    ("He lives in San Fransisco now.", "He lives in San Francisco now."),
    ("He lives in Los Angelos now.", "He lives in Los Angeles now."),
    # letters doubled or undoubled, swapped, left out: slips even when seen on the web
    ("The Brazillian team won.", "The Brazilian team won."),
    ("the Mediterannean Sea", "the Mediterranean Sea"),
    ("He lives in Tenessee now.", "He lives in Tennessee now."),
    ("in Pheonix, Arizona", "in Phoenix, Arizona"),
    ("He lives in Philadephia now.", "He lives in Philadelphia now."),
    # long names of big countries and their demonyms, a letter added, dropped or swapped
    ("He visited Lithuiania.", "He visited Lithuania."),
    ("Venezulan officials said", "Venezuelan officials said"),
    ("Indonesain and Ethiopain officials", "Indonesian and Ethiopian officials"),
    ("Afghanisatn and Pakistan", "Afghanistan and Pakistan"),
    ("He moved to Minneaplis, Minnesota.", "He moved to Minneapolis, Minnesota."),
    ("Chinease, Japanesse and Itallian firms", "Chinese, Japanese and Italian firms"),
    # too short for edit distance alone, too common not to list
    ("Iraqui officials said", "Iraqi officials said"),
]


@pytest.mark.parametrize(("damaged", "fixed"), MISSPELLINGS)
def test_misspellings_in_news_text(damaged: str, fixed: str) -> None:
    assert prn(damaged) == fixed
    assert prn(fixed) == fixed


# Correct names close to famous ones: never changed.
CORRECT_NAMES = [
    "Ralph Merkle and Boris Johnston are other people; so is Simon Harris.",
    "Haris Pasovic directed the play; Haris Silajdzic spoke.",
    "He grew up in Pittsburg, Kansas, and studied in Leyden.",
    "Sergei and Sergey, Dmitri and Dmitry, Alexei and Alexey, Oleksii and Oleksiy",
    "Zelenskyy, Zelensky, Zelenskiy, Zelenskyi and Zelenski",
    "Jill Biden, Hunter Biden, Melania Trump, Michelle Obama and Bill Clinton",
    "Erin Trump and Don Trump Jr. are not in the news.",
    "Rome, Milan, Marseilles, Lyons, Cracow, Teheran, Rheims and Sebastopol",
    "Sidney Poitier flew to Sydney; Brasil, Peking, Bombay and Burma are older names.",
    "Chicken Kiev in Kiev, Kharkov and Odessa",
    "Colombian coffee and Columbian history; the Styrian Alps; Jourdan and Casabianca",
    "fine china, a turkey in march, may we polish the bill, mark",
    "Ursula Leyden lives in Leyden.",
]


@pytest.mark.parametrize("clean", CORRECT_NAMES)
def test_correct_names_stay(clean: str) -> None:
    assert prn(clean) == clean


@pytest.mark.parametrize(
    ("text", "word", "suggested"),
    [
        # "Joe" is too common a first name to say which Biden, and "Bien" is a word
        ("President Joe Bien said", "Bien", "Biden"),
        # a letter added makes other names too ("Styrian", "Jourdan"): in use on the web, suggested
        ("in Cleaveland, Ohio", "Cleaveland", "Cleveland"),
    ],
)
def test_weaker_evidence_is_only_suggested(text: str, word: str, suggested: str) -> None:
    result = repair(text, select=["PRN"])
    assert result.text == text
    assert [(s.before, s.after) for s in result.suggestions] == [(word, suggested)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Talks with President Joe Bidden today.", "Talks with President Joe Biden today."),
        ("President Joe Bidne said so.", "President Joe Biden said so."),
    ],
)
def test_an_office_before_a_common_first_name_settles_a_slip(text: str, want: str) -> None:
    # "Joe" alone says too little ("Joe Bidden" is only suggested), but "President Joe"
    # names one person, and a doubled or swapped letter is a typist's slip.
    assert repair(text, select=["PRN"]).text == want
    assert repair(text.replace("President ", ""), select=["PRN"]).text == text.replace("President ", "")


def test_full_name_context_explains_itself() -> None:
    (edit,) = repair("Ursula von der Leyden said", select=["PRN"]).edits
    assert "'Ursula von der'" in edit.message and edit.confidence == 0.7


# -- never harm correct text -------------------------------------------------


@pytest.mark.parametrize(
    "clean",
    [
        # words that are English in lower case
        "fine china, a roast turkey, shoe polish, in may and march, mark the bill",
        "the victoria waited at the door; an india-rubber ball",
        # style variants stay unless their style is on; historical names stay
        "Kiev and Kharkov in 1941, Bromberg and Danzig",
        # other romanisations and agencies' house spellings are correct
        "Zelenskyy, Zelensky, Zelenskiy and Oleksiy Reznikov",
        "Jaroslaw Kaczynski met Mircea Geoana. Credit: Belga",
        # real people who share a surname with a famous one
        "Mark Johnson, Jill Biden and Hunter Biden",
        "Volodymyr Zelensky and his wife Olena Zelenska; Yulia Navalnaya",
        "Boris Johnston and Ralph Merkle are other people",
        "FRANK WALKED DIRECTLY IN FRONT OF THE PROFESSOR",
        # small towns one letter from a famous city
        "He moved to Pittsburg, Kansas, then to Paris, Texas.",
        # a first name alone is never changed
        "Volodomyr said so.",
        # URLs, addresses, hashtags, code
        "Write to kyiv@example.com, see https://example.com/russian/kyiv or #kyiv and kyiv_bot",
        # rare words and names near famous ones, repeated or common on the web
        "Broussel spoke. Broussel left. Broussel returned to Brussels.",
        "EuroAsia Interconnector, Li Wenliang, Teresian College",
    ],
)
def test_leaves_correct_text_alone(clean: str) -> None:
    assert prn(clean) == clean


def test_style_variants_only_when_the_style_is_on() -> None:
    text = "Chicken Kiev in Kiev; Odessa, Texas and the port of Odessa; KHARKOV"
    assert prn(text) == text
    assert prn(text, styles={"ukrainian-names"}) == "Chicken Kiev in Kyiv; Odessa, Texas and the port of Odesa; KHARKIV"


# -- evidence from the rest of the text ---------------------------------------

GOLDEN_PRN = Path(__file__).parent / "golden" / "PRN"


def test_a_text_full_of_unknown_names_keeps_its_own_spellings() -> None:
    """A near miss in a novel's cast is one of its names; the same word in a short text is a typo."""
    novel = (GOLDEN_PRN / "literary-names.in.txt").read_text("utf-8")
    line = '"Urganda waits," said the old man.'
    assert prn(line) == '"Uganda waits," said the old man.'
    r = repair(novel, select=["PRN"])
    assert not r.changed
    (s,) = [s for s in r.suggestions if s.before == "Urganda"]
    assert s.after == "Uganda" and s.confidence < 0.5
    assert "others no lexicon knows" in s.message


def test_a_news_story_with_foreign_names_is_still_repaired() -> None:
    text = (
        "Rescuers pulled survivors from the rubble in Izmir on Tuesday, said Mehmet Yildirimoglu, "
        "a spokesman for AFAD. On Wednesday, the Tuskish government declared the search over."
    )
    assert "the Turkish government" in prn(text)


@pytest.mark.parametrize(
    "clean",
    [
        "The Mail on Sunday said the Ring was a Lair of thieves.",  # short English words
        "She wore a caribou coat and a medallion.",  # lower-case words near names but no slips
        "She was a cousin-german of the squire.",  # a compound
        '"A R-r- russian!" cried the old man.',  # a stammer
        "They followed in His Majesty's mail tonga.",  # a possessive before a common noun
        '"The victoria only holds two," she said.',  # a quote before the determiner
    ],
)
def test_lower_case_name_words_in_their_own_senses_stay(clean: str) -> None:
    r = repair(clean, select=["PRN"])
    assert not r.changed and not r.suggestions


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("with a showy bay arab in the shafts", "arab"),  # a noun after a lower-case word
        ("he had not been quite christian to her", "christian"),  # graded like a quality
    ],
)
def test_lower_case_demonyms_used_as_common_words_are_only_suggested(text: str, word: str) -> None:
    r = repair(text, select=["PRN"])
    assert not r.changed
    assert [s.before for s in r.suggestions] == [word]


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        ("officials said ukrainian forces advanced", "officials said Ukrainian forces advanced"),
        ("a pro-russian rally", "a pro-Russian rally"),
        ("the russian army", "the Russian army"),
    ],
)
def test_lower_case_demonyms_as_modifiers_are_fixed(damaged: str, fixed: str) -> None:
    assert prn(damaged) == fixed


_CAREFUL = "The American, English, German, Dutch and Italian guests came. "


def test_a_demonym_a_careful_text_leaves_in_lower_case_before_a_noun_is_only_suggested() -> None:
    text = _CAREFUL + "Her shawl was of indian\nblue."
    r = repair(text, select=["PRN"])
    assert not r.changed
    assert [s.before for s in r.suggestions] == ["indian"]


@pytest.mark.parametrize(
    "damaged",
    [
        _CAREFUL + "An Indian guest wore indian silk.",  # the text capitalises this very word
        "The American guest met indian officials.",  # too few capitalised to show a habit
        _CAREFUL + "They met the indian.",  # a noun, not a modifier
    ],
)
def test_a_lower_case_demonym_without_a_casing_habit_against_it_is_fixed(damaged: str) -> None:
    assert prn(damaged) == damaged.replace("indian", "Indian")


def test_a_name_of_several_words_decides_a_word_inside_it(tmp_path: Path) -> None:
    """A word that is a name or a word of its own is still wrong inside a longer name."""
    table = tmp_path / "institutions.names.tsv"
    table.write_text("# table: names\nColumbia University\torg\t7\nWorld Health Organization\torg\t8\n", "utf-8")
    lexicons = [str(table)]
    assert prn("He studied at Colombia University.", name_lexicons=lexicons) == "He studied at Columbia University."
    assert prn("the World Heath Organization said", name_lexicons=lexicons) == "the World Health Organization said"
    assert prn("the Untied Nations said") == "the United Nations said"
    assert prn("fans of Manchester Untied") == "fans of Manchester United"
    # a name in its own right, or another form of the name, stays
    for clean in ["South Africa and South Korea", "a South African and a South Korean", "He went to Colombia."]:
        assert prn(clean, name_lexicons=lexicons) == clean


# -- provenance --------------------------------------------------------------


def test_edits_explain_themselves() -> None:
    result = repair("Ukrainian President Volodomyr Zelenskyy in kyiv", select=["PRN"])
    first, second = result.edits
    assert (first.before, first.after, first.rule) == ("Volodomyr", "Volodymyr", "PRN003")
    assert "1 edit" in first.message and "'Zelenskyy'" in first.message
    assert first.source.startswith("people.names.tsv:")
    assert (second.rule, second.after) == ("PRN002", "Kyiv")
    assert second.source.startswith(("countries.names.tsv:", "places.names.tsv:"))


def test_ambiguous_corrections_are_only_suggested() -> None:
    # a word used on the web that is one edit from a famous name
    result = repair("Credit: Beluga Press", select=["PRN"])
    assert result.text == "Credit: Beluga Press"
    text = "Marinka Marinka Marinka"  # repeated: taken as intended
    assert prn(text) == text


def test_threshold_can_hold_back_weaker_fixes() -> None:
    text = "the central Ukrainian city Krememcheuk"
    assert prn(text, threshold=0.7) == text  # two edits: confidence 0.65


# -- user lexicons -------------------------------------------------------------


def test_user_lexicon_files(tmp_path: Path) -> None:
    names = tmp_path / "mine.names.tsv"
    names.write_text("# my newsroom\nQuixotopolis\tcity\t6.5\nZyxwarble\tperson\t1\n", "utf-8")
    errors = tmp_path / "house.tsv"
    errors.write_text("# table: errors\nNewspeek\tNewspeak\n", "utf-8")
    styles = tmp_path / "house.styles.tsv"
    styles.write_text("Bombay\tMumbai\tmodern-names\n", "utf-8")
    text = "Quixotoplois and Newspeek in Bombay"
    assert prn(text) == text
    lexicons = [str(names), str(errors), str(styles)]
    assert prn(text, lexicons=lexicons) == "Quixotopolis and Newspeak in Bombay"
    assert prn(text, lexicons=lexicons, styles={"modern-names"}) == "Quixotopolis and Newspeak in Mumbai"
    assert prn(text, name_lexicons=str(errors)) == "Quixotoplois and Newspeak in Bombay"
    rare = "Zyxwarlbe"  # a user's name protects itself but is too obscure to be a target
    assert prn(rare, lexicons=lexicons) == rare


def test_bad_lexicon_files_are_reported(tmp_path: Path) -> None:
    bad = tmp_path / "x.errors.tsv"
    bad.write_text("onlyone\n", "utf-8")
    with pytest.raises(LexiconError, match=r"x\.errors\.tsv:1"):
        NameLexicon().add_file(bad)
    undeclared = tmp_path / "x.tsv"
    undeclared.write_text("Kyiv\n", "utf-8")
    with pytest.raises(LexiconError, match="declare the table"):
        table_of(undeclared, undeclared.read_text("utf-8"))


# -- the shipped lexicons ------------------------------------------------------


def test_shipped_lexicons_are_consistent() -> None:
    lex = shipped()
    for wrong, fix in lex.errors.items():
        assert not lex.knows(wrong) or wrong in lex.errors, f"{fix.source}: {wrong!r} is a correct name"
        assert lex.knows(fix.after.casefold()), f"{fix.source}: {fix.after!r} is in no names table"
        assert wrong not in lex.display and wrong not in lex.targets, f"{fix.source}: {wrong!r} is listed as correct"
    for variant, style in lex.styles.items():
        assert lex.knows(style.after.casefold()), f"{style.source}: {style.after!r} is in no names table"
        assert variant != style.after.casefold()
    for word in ("kyiv", "russian", "ukrainian", "bydgoszcz", "kremenchuk"):
        assert lex.knows(word)
    for word in ("china", "turkey", "polish", "may", "march", "mark", "bill"):
        assert lex.casing_entry(word) is None


def test_curated_files_have_no_duplicates() -> None:
    folder = Path(__file__).resolve().parents[1] / "lexicons" / "names"
    for path in [*folder.glob("*.names.tsv"), *folder.glob("*.errors.tsv"), *folder.glob("*.styles.tsv")]:
        keys = [line.split("\t")[0] for line in path.read_text("utf-8").splitlines() if line and line[0] != "#"]
        dupes = {k for k in keys if keys.count(k) > 1}
        assert not dupes, f"{path.name}: duplicate entries {sorted(dupes)[:5]}"


# -- robustness ----------------------------------------------------------------


def test_repair_is_idempotent() -> None:
    text = "Ukrainian President Volodomyr Zelenskyy visited kyiv and the Polish city of Bydgoscz."
    once = prn(text)
    assert prn(once) == once


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_arbitrary_text_never_raises(text: str) -> None:
    result = repair(text, select=["PRN"])
    assert apply_edits(text, result.edits) == result.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["Zelenksy", "kyiv", " ", "'s", "-", "Kyiv", "ZELENKSY", "#", ".", "Jens"]), max_size=12)
)
def test_name_soup_is_stable(parts: list[str]) -> None:
    text = "".join(parts)
    once = prn(text)
    assert prn(once) == once


# -- building the gazetteer ----------------------------------------------------


def test_gazetteer_typos_are_not_taken_as_names() -> None:
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "build_name_lexicons.py"
    spec = importlib.util.spec_from_file_location("build_name_lexicons", path)
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    english = {"San", "Sidney", "Juliet"}
    typo = build.misspelt_alternate
    assert typo("San Fransisco", "San Francisco", english)
    assert typo("Cleaveland", "Cleveland", english)
    assert not typo("Sidney", "Sydney", english)  # a name of its own
    assert not typo("Marseilles", "Marseille", english)  # another ending: an exonym
    assert not typo("Cracow", "Krakow", english)  # another first letter
    assert not typo("Zelenskiy", "Zelensky", english)  # another romanisation
    lex = shipped()
    assert not lex.knows("cleaveland") and lex.knows("sidney")


@given(
    st.text(alphabet="aeiklnorsuyzšł", min_size=1, max_size=12),
    st.text(alphabet="aeiklnorsuyzšł", min_size=1, max_size=12),
)
@settings(max_examples=400)
def test_the_cheap_bound_never_rules_out_a_near_word(a: str, b: str) -> None:
    from textrepair.names.fuzzy import distance, may_be_within

    d = distance(a, b)
    for limit in (1, 2):
        if d <= limit:
            assert may_be_within(a, b, limit), (a, b, d)


def test_the_cheap_bound_spares_rapidfuzz_on_a_clean_sentence() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from textrepair import repair;"
        "r = repair('Hello world. President Joe Biden met Ukrainian President Volodymyr Zelensky on Tuesday.');"
        "print(r.text == r.original, 'rapidfuzz' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "False"]
