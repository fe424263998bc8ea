"""The thesaurus swap channel (lexicons/channel/thesaurus.tsv): well formed, and as its build script makes it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "lexicons" / "channel" / "thesaurus.tsv"
BUILD = ROOT / "scripts" / "build_channel.py"
THESAURUS = Path("/usr/share/mythes/th_en_US_v2.dat")

Row = tuple[str, str, str, int, int, str]
RELATIONS = {"synonym", "generic", "similar", "reverse"}


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    parsed: list[Row] = []
    for number, line in enumerate(TABLE.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("#"):
            assert not parsed, f"line {number}: comments only in the header"
            continue
        cols = line.split("\t")
        assert len(cols) == 6, f"line {number}: {len(cols)} columns: {line!r}"
        spun, original, pos, rank, senses, relation = cols
        assert rank.isdigit() and senses.isdigit(), f"line {number}: rank and senses are counts: {line!r}"
        parsed.append((spun, original, pos, int(rank), int(senses), relation))
    return parsed


def test_table_has_a_header_naming_columns_and_build_script() -> None:
    header = [line for line in TABLE.read_text(encoding="utf-8").splitlines()[:5] if line.startswith("#")]
    text = "\n".join(header)
    assert "spun, original, pos" in text and "relation" in text and "scripts/build_channel.py" in text


def test_table_is_large(rows: list[Row]) -> None:
    assert len(rows) > 100_000


def test_rows_are_sorted_unique_lower_case_and_no_self_pairs(rows: list[Row]) -> None:
    keys = [(spun, original, pos) for spun, original, pos, *_ in rows]
    assert keys == sorted(keys), "rows must be sorted by spun, original, pos"
    assert len(set(keys)) == len(keys), "duplicate (spun, original, pos) rows"
    for spun, original, pos, rank, senses, relation in rows:
        row = f"{spun}\t{original}\t{pos}"
        assert spun and original, row
        assert spun != original, f"self pair: {row}"
        assert spun == spun.lower() and original == original.lower(), f"not lower case: {row}"
        assert spun == spun.strip() and "  " not in spun, f"spacing: {row}"
        assert len(spun.split(" ")) <= 3 and len(original.split(" ")) <= 2, f"too many words: {row}"
        assert all(ch.isalpha() or ch in " -'" for ch in spun), f"spun side: {row}"
        assert all(ch.isalpha() or ch in " -" for ch in original), f"original side: {row}"
        assert pos in {"n", "v", "a", "r"}, f"pos: {row}"
        assert senses >= 1 and rank >= 0, f"counts: {row}"
        assert relation in RELATIONS, f"relation: {row}"


def test_every_relation_occurs(rows: list[Row]) -> None:
    assert {row[5] for row in rows} == RELATIONS


def test_known_thesaurus_swaps_are_present(rows: list[Row]) -> None:
    pairs = {(spun, original): relation for spun, original, _, _, _, relation in rows}
    for spun, original, relation in [
        ("unwellness", "disease", "generic"),
        ("chiefly", "mainly", "synonym"),
        ("walk", "march", "generic"),
        ("seem", "appear", "synonym"),
        ("depiction", "description", "reverse"),
        ("objective", "goal", "reverse"),
    ]:
        assert (spun, original) in pairs, f"{original} -> {spun} missing"
        assert pairs[spun, original] == relation, f"{original} -> {spun}: {pairs[spun, original]}, not {relation}"


def test_names_are_not_originals(rows: list[Row]) -> None:
    originals = {original for _, original, *_ in rows}
    assert "john smith" not in originals and "margaret thatcher" not in originals
    assert "come up" in originals and "at least" in originals


def test_table_is_up_to_date_with_its_build_script() -> None:
    if not THESAURUS.exists():
        message = f"{THESAURUS} is missing: apt-get install mythes-en-us wordnet-base"
        if "CI" in os.environ:  # CI installs the packages listed in .ci/apt-packages.txt
            pytest.fail(f"{message} (listed in .ci/apt-packages.txt)")
        pytest.skip(message)
    result = subprocess.run(
        [sys.executable, str(BUILD), "--check"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pos_counts_cover_words_of_several_parts_of_speech(rows: list[Row]) -> None:
    counts = (ROOT / "lexicons" / "channel" / "pos-counts.tsv").read_text(encoding="utf-8").splitlines()
    assert counts[0].startswith("#") and any("cntlist.rev" in line for line in counts if line.startswith("#"))
    table = {}
    for line in counts:
        if not line.startswith("#"):
            lemma, *uses = line.split("\t")
            assert len(uses) == 4 and all(u.isdigit() for u in uses), line
            table[lemma] = tuple(map(int, uses))
    assert len(table) > 2000
    assert list(table) == sorted(table)
    n, v, _, _ = table["read"]
    assert v > 100 * max(n, 1) or n == 0  # "read" is a verb in SemCor
    several = {}
    for _, original, pos, *_ in rows:
        several.setdefault(original, set()).add(pos)
    assert all(len(several.get(lemma, ())) > 1 for lemma in table)


def test_a_sense_of_a_rare_part_of_speech_is_a_rare_swap() -> None:
    from textrepair.model import Options
    from textrepair.normalizers.spinner import _context_model

    model = _context_model(Options())
    if model is None:
        pytest.skip("no language model installed")
    q = {c.original: c.logq for c in model.channel.candidates("publication")}
    # "read" is a noun in no tagged use: "publication", its noun sense's one term, is seldom a swap for it.
    assert q["read"] < q["periodical"] < 0
