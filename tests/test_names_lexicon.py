"""The name lexicon's parts: tables as plain data, copies, per-lexicon memos, the compiled copy's key."""

from __future__ import annotations

import marshal
from pathlib import Path

from textrepair.names.lexicon import NameLexicon, compiler_version, shipped, with_user_files
from textrepair.normalizers.proper_nouns.scan import Scan
from textrepair.normalizers.proper_nouns.search import _search


def _user_lexicon(tmp_path: Path) -> NameLexicon:
    names = tmp_path / "fiction.names.tsv"
    names.write_text("Quixotopolis\tcity\t6.5\t\tES\nSancho Panzavera\tperson\t7\n", "utf-8")
    errors = tmp_path / "fiction.errors.tsv"
    errors.write_text("Quixotoplois\tQuixotopolis\n", "utf-8")
    lex = NameLexicon()
    lex.add_file(names, user=True)
    lex.add_file(errors, user=True)
    return lex


def test_the_compiled_copy_is_plain_data_and_reads_back_the_same(tmp_path: Path) -> None:
    lex = _user_lexicon(tmp_path)
    lex.lowercase_automaton()
    state = marshal.loads(marshal.dumps(lex.state()))  # raises on anything but plain values
    back = NameLexicon.from_state(state)
    assert back.known == lex.known
    assert back.display == lex.display and back.targets == lex.targets and back.countries == lex.countries
    assert back.people == lex.people and back.person_words == lex.person_words
    assert back.errors == lex.errors and back.phrase_ends == lex.phrase_ends
    assert back.user_targets and back.casing_entry("quixotopolis") == lex.casing_entry("quixotopolis")


def test_a_copy_takes_more_files_without_changing_the_original(tmp_path: Path) -> None:
    base = shipped()
    extended = with_user_files([str(_write(tmp_path, "x.errors.tsv", "Kyivv\tKyiv\n"))])
    assert "kyivv" in extended.errors and "kyivv" not in base.errors
    assert extended.tables is not base.tables and extended.known is not base.known


def test_memos_belong_to_their_lexicon(tmp_path: Path) -> None:
    def build(lex: NameLexicon) -> list[int]:
        return [len(lex.errors)]

    base, extended = shipped(), with_user_files([str(_write(tmp_path, "x.errors.tsv", "Kyivv\tKyiv\n"))])
    assert base.derived(build) is base.derived(build)
    assert extended.derived(build) == [len(base.errors) + 1] != base.derived(build)


def test_the_compiled_copy_is_keyed_by_the_compiler_source() -> None:
    version = compiler_version()
    assert len(version) == 8 and int(version, 16) >= 0


def test_a_search_says_whether_its_answer_holds_for_every_text() -> None:
    lex = shipped()
    alone = Scan("", lex, frozenset())
    assert _search(alone, "However", "however") == (None, True)  # an English word, in any text
    assert _search(alone, "Kyiv", "kyiv") == (None, False)  # too short to search: not remembered
    # one edit from a city that needs its country named: the answer depends on the text
    assert _search(alone, "Magnitigorsk", "magnitigorsk") == (None, False)
    fix, everywhere = _search(Scan("Russia and Magnitigorsk", lex, frozenset()), "Magnitigorsk", "magnitigorsk")
    assert fix is not None and fix.after == "Magnitogorsk" and not everywhere


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path
