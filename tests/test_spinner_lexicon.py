"""Lint of the shipped spinner lexicons (lexicons/spinner/*.tsv), and of the lint itself."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from textrepair.spin.lexicon import Entry, read_with_header

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
sys.path.insert(0, str(SCRIPTS))
qa = importlib.import_module("lexicon_qa")

LEXICONS = qa.LEXICON_DIR


def _files() -> list[Path]:
    return sorted(LEXICONS.glob("*.tsv"))


def _write(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_shipped_lexicons_exist_and_are_large() -> None:
    files = {path.name: read_with_header(path)[1] for path in _files()}
    assert {"news.tsv", "science.tsv", "general.tsv"} <= set(files)
    assert sum(len(entries) for entries in files.values()) > 3000


def test_shipped_lexicons_pass_lint() -> None:
    problems = qa.lint(LEXICONS)
    assert not problems, "\n".join(map(str, problems[:30]))


def test_every_file_has_fix_entries_and_known_sources() -> None:
    for path in _files():
        entries = read_with_header(path)[1]
        assert any(e.kind == "fix" for e in entries), path.name
        assert all(e.tag in {"curated", "generated", "pps"} for e in entries), path.name


@pytest.mark.parametrize(
    ("spun", "original", "kind"),
    [
        ("international location", "country", "context"),
        ("within the wake of", "in the wake of", "fix"),
        ("local weather change", "climate change", "fix"),
        ("profound learning", "deep learning", "context"),
        ("counterfeit consciousness", "artificial intelligence", "fix"),
        ("gathering", "meeting", "context"),
    ],
)
def test_known_spinner_phrases_are_shipped(spun: str, original: str, kind: str) -> None:
    entries = {e.spun: e for path in _files() for e in read_with_header(path)[1]}
    assert entries[spun].original == original
    assert entries[spun].kind == kind


def test_lint_flags_bad_columns_case_and_self_maps(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "bad.tsv",
        [
            "# comment",
            "a\tb\tfix",  # too few columns
            "Well Being\thealth\tfix\tx",  # not lower case
            "same\tsame\tfix\tx",  # self-map
            "zz top\tz\tsometimes\tx",  # a kind the engine refuses
            "zz tops\tz\tfix\tq",  # a part of speech the engine refuses
            "zzz\tz\tfix\tx\tno arrow here",  # example without =>
        ],
    )
    problems = qa.lint(tmp_path)
    assert {"columns", "case", "self-map", "format", "example"} <= {p.check for p in problems}
    refused = [p.message for p in problems if p.check == "format"]
    assert any(m.startswith("kind must be one of") for m in refused)
    assert any(m.startswith("pos must be one of") for m in refused)


def test_lint_flags_duplicates_across_files_loops_and_order(tmp_path: Path) -> None:
    _write(tmp_path, "a.tsv", ["well being\thealth\tfix\tx", "pressing want\turgent need\tfix\tn"])
    _write(tmp_path, "b.tsv", ["zebra\tx-ray\tcontext\tn", "well being\twellness\tcontext\tx"])
    _write(tmp_path, "c.tsv", ["health\tfitness\tcontext\tx", "pressing\tthe pressing want\tcontext\tx"])
    problems = qa.lint(tmp_path)
    checks = [p.check for p in problems]
    assert checks.count("duplicate") == 1
    assert "unsorted" in checks  # b.tsv: "zebra" before "well being"
    loops = [p.message for p in problems if p.check == "loop"]
    assert any("'health'" in m for m in loops)  # original 'health' is itself a spun key
    assert any("pressing want" in m for m in loops)  # original contains a key


def test_clean_file_has_no_problems(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "ok.tsv",
        ["# ok", "", "local weather\tclimate\tfix\tx\ta local weather plan => a climate plan\tcurated"],
    )
    assert qa.lint(tmp_path) == []


def test_qa_searches_the_forms_the_engine_matches() -> None:
    def forms(spun: str, pos: str) -> list[str]:
        return qa.surface_forms(Entry(spun, "x", "fix", pos, "", "curated"))

    assert forms("international location", "n") == ["international location", "international locations"]
    assert "sought the advice of" in forms("seek the advice of", "v")
    assert "planned" in forms("plan", "v")
    assert forms("p.c.", "x") == ["p.c."]


def test_corpus_hits_respect_word_boundaries() -> None:
    entries = [Entry("well being", "health", "fix", "x"), Entry("gathering", "meeting", "context", "n")]
    automaton = qa.build_automaton(entries)
    counts: qa.Counter[int] = qa.Counter()
    qa.count_hits(automaton, qa.normalise("Farewell being... GATHERINGS of\nwell   being, gatheringly"), counts)
    assert counts == {1: 1, 0: 1}


DEV_FILE = Path(__file__).resolve().parent / "spinner_fixtures" / "spun_dev.txt"


def _dev_pairs() -> list[tuple[str, str]]:
    lines = DEV_FILE.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]  # type: ignore[misc]


def test_spun_news_dev_set_is_covered_by_the_lexicons() -> None:
    """Lexicon coverage of spun news: with the spin evidence forced, most sentences repair completely.

    Forcing the evidence isolates the lexicons from the evidence model; a sentence counts as
    repaired when the output equals the original, and as touched when anything changed.
    """
    from textrepair import repair

    pairs = _dev_pairs()
    assert len(pairs) >= 30
    outputs = [repair(spun, select=["SPN"], spinner_evidence=0.9).text for spun, _ in pairs]
    exact = sum(out == original for out, (_, original) in zip(outputs, pairs, strict=True))
    touched = sum(out != spun for out, (spun, _) in zip(outputs, pairs, strict=True))
    assert touched == len(pairs), [spun for out, (spun, _) in zip(outputs, pairs, strict=True) if out == spun]
    assert exact >= 0.75 * len(pairs), f"{exact} of {len(pairs)} repaired exactly"


def test_spun_news_fix_entries_repair_without_forced_evidence() -> None:
    """Unambiguous news-spinner collocations are fixed on sight, even in a single short sentence."""
    from textrepair import repair

    for spun, original in [
        ("The corporate's shares rose 5 p.c. on Monday.", "The company's shares rose 5 percent on Monday."),
        ("Sales have doubled since final 12 months.", "Sales have doubled since last year."),
        ("The hospital said he is in steady situation.", "The hospital said he is in stable condition."),
    ]:
        assert repair(spun, select=["SPN"]).text == original


ARTICLE = Path(__file__).resolve().parent / "spinner_fixtures" / "spun_article.txt"
ARTICLE_EXPECTED = ARTICLE.with_name("spun_article.expected.txt")


def _article_text(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("#")).strip() + "\n"


def _word_diffs(a: str, b: str) -> int:
    import difflib

    ops = difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).get_opcodes()
    return sum(op != "equal" for op, *_ in ops)


def test_whole_spun_article_has_its_word_swaps_repaired() -> None:
    """In an article that is clearly spun, the spinner's single-word swaps ("fireplace", "quicker",
    "kids") are repaired along with its fixed collocations, and each repair is right."""
    from textrepair import repair

    spun, expected = _article_text(ARTICLE), _article_text(ARTICLE_EXPECTED)
    result = repair(spun, select=["SPN"])
    repaired = {(e.before.lower(), e.after) for e in result.edits}
    assert {("fireplace", "fire"), ("quicker", "faster"), ("a photograph of", "a photo of")} <= repaired
    assert ("largest launch", "biggest release") in repaired
    for edit in result.edits:
        assert edit.after.lower() in expected.lower(), edit
    assert _word_diffs(result.text, expected) <= 0.65 * _word_diffs(spun, expected)
    assert not repair(expected, select=["SPN"]).edits  # the clean version is left alone


SPINBOT_DEV = Path(__file__).resolve().parent / "spinner_fixtures" / "spinbot_dev.txt"


def _pairs(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]  # type: ignore[misc]


def test_spinbot_dev_set_gets_a_correct_repair_in_every_sentence() -> None:
    """Article-rewriter output ("on the off chance that", "online life"): with the spin evidence
    forced, every sentence gets at least one repair, and every repair is right."""
    from textrepair import repair

    pairs = _pairs(SPINBOT_DEV)
    assert len(pairs) >= 25
    for spun, expected in pairs:
        edits = repair(spun, select=["SPN"], spinner_evidence=0.9).edits
        assert edits, spun
        for edit in edits:
            assert edit.before.lower() not in expected.lower(), (spun, edit)
            assert edit.after.lower() in expected.lower(), (spun, edit)


SPINBOT_PARAGRAPH = (
    "As per another examination, individuals who follow a healthy eating routine have lower circulatory strain. "
    "On the off chance that you need to get thinner, specialists state you should utilize a food diary. "
    "Be that as it may, a large portion of individuals never track what they eat. The scientists also found "
    "that poor rest harms psychological wellness and weakens the insusceptible framework."
)
SPINBOT_PARAGRAPH_REPAIRED = (
    "According to a new study, people who follow a healthy diet have lower blood pressure. "
    "If you need to lose weight, experts say you should use a food diary. "
    "However, most people never track what they eat. The scientists also found "
    "that poor rest harms mental health and weakens the immune system."
)


def test_spinbot_paragraph_is_repaired_from_its_own_evidence() -> None:
    """Its fixed phrases ("circulatory strain", "psychological wellness") show the paragraph is spun,
    which unlocks the rewriter's idioms that are English elsewhere ("be that as it may", "as per")."""
    from textrepair import repair

    # The lexicon rules alone: SPN005 also weighs the paragraph's other words ("scientists").
    result = repair(SPINBOT_PARAGRAPH, select=["SPN"], spinner_context="off")
    assert result.text == SPINBOT_PARAGRAPH_REPAIRED
    assert not repair(result.text, select=["SPN"]).edits
    assert not repair(SPINBOT_PARAGRAPH_REPAIRED, select=["SPN"]).edits


@pytest.mark.parametrize(
    "clean",
    [
        "Be that as it may, the old squire would not hear of it.",
        "On the off chance that he was home, I knocked twice.",
        "The understudies rehearsed all week in case the lead fell ill.",
        "As per the agreement, rent is due on the first.",
    ],
)
def test_spinbot_idioms_alone_are_left_alone(clean: str) -> None:
    """The rewriter's idioms are also English: without other evidence they are never changed."""
    from textrepair import repair

    assert repair(clean, select=["SPN"]).text == clean


NAMES_DEV = Path(__file__).resolve().parent / "spinner_fixtures" / "spun_names.txt"


def test_spun_names_and_mastheads_are_repaired_on_their_own_evidence() -> None:
    """Names, mastheads and companies spun word by word ("Tim Cook dinner", "Invoice Gates", "the
    Monetary Occasions") are fingerprints: each sentence is repaired exactly, with no forced evidence,
    keeping the capitals of the name, and its clean version is left alone."""
    from textrepair import repair

    pairs = _pairs(NAMES_DEV)
    assert len(pairs) >= 10
    for spun, expected in pairs:
        assert repair(spun, select=["SPN"]).text == expected
        assert not repair(expected, select=["SPN"]).edits, expected


@pytest.mark.parametrize(
    "clean",
    [
        "Will Smith apologised to Chris Rock, and Emma Stone and Tiger Woods watched from the front row.",
        "He sent an invoice for the gates and the fence to the chief government of the colony.",
        "Gross sales rose while net sales fell, and the machine will need repairs.",
        "Tim Cook told The Independent that the new phone was the best yet, under a bright sun.",
    ],
)
def test_real_names_and_their_common_words_are_left_alone(clean: str) -> None:
    """Unspun names and the plain words inside spun ones ("invoice", "gross sales") are not changed."""
    from textrepair import repair

    assert repair(clean, select=["SPN"]).text == clean
