"""Decisions files and the HTML review report, without a browser."""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import re
from pathlib import Path

import pytest

from textrepair import repair
from textrepair.cli import main
from textrepair.decisions import (
    ACCEPT,
    REJECT,
    Decision,
    DecisionsError,
    Verdicts,
    apply,
    dump,
    load,
    match,
    merge,
    parse,
)
from textrepair.report import Outcome
from textrepair.review.html import blocks, render

#: Two identical spinner swaps and a lower-cased name, all suggestions at this threshold, and a spacing edit.
TEXT = (
    "NATO international locations met in Brussels , said kyiv.\n\n"
    "Residents were moved. NATO international locations met again later.\n"
)
THRESHOLD = "0.999"
OPTIONS = {"threshold": float(THRESHOLD)}
SWAP = "NATO international locations"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(argv))
    return code, out.getvalue()


def test_decision_follows_its_finding_across_edits_elsewhere() -> None:
    r = repair(TEXT, **OPTIONS)
    second = [s for s in r.suggestions if s.before == SWAP][1]
    d = Decision.of("a.txt", TEXT, second, REJECT)
    # The file gains a line at the top: offsets move, the decision still names the second swap only.
    moved = "Intro line.\n" + TEXT
    r2 = repair(moved, **OPTIONS)
    verdicts = match("a.txt", r2, [d])
    (index,) = verdicts.suggestions
    assert r2.suggestions[index].start == second.start + len("Intro line.\n")
    assert verdicts.edits == {}


def test_apply_accepts_suggestions_and_rejects_edits() -> None:
    r = repair(TEXT, **OPTIONS)
    first = r.suggestions[0]
    space = next(e for e in r.edits if e.rule == "SPC001")
    decided = [Decision.of("a.txt", TEXT, first, ACCEPT), Decision.of("a.txt", TEXT, space, REJECT)]
    out = apply(r, match("a.txt", r, decided))
    assert first in out.edits and space not in out.edits and space not in out.suggestions
    assert first not in out.suggestions
    assert out.text.startswith("NATO countries met in Brussels , said kyiv.")
    assert len(out.suggestions) == len(r.suggestions) - 1


def test_other_files_decisions_do_not_apply() -> None:
    r = repair(TEXT, **OPTIONS)
    d = Decision.of("b.txt", TEXT, r.suggestions[0], ACCEPT)
    assert apply(r, match("a.txt", r, [d])) == r


def test_overlapping_accepted_suggestion_stays_a_suggestion() -> None:
    from textrepair.model import Edit, Result

    edit = Edit(0, 4, "abcd", "ABCD", "X001", "x", "m")
    suggestion = Edit(2, 6, "cdef", "CDEF", "X002", "x", "m", 0.3)
    r = Result("abcdefgh", "ABCDefgh", (edit,), (suggestion,))
    out = apply(r, Verdicts({}, {0: ACCEPT}))
    assert out.text == "ABCDefgh" and out.suggestions == (suggestion,)


def test_file_format_round_trip_and_errors(tmp_path: Path) -> None:
    r = repair(TEXT, **OPTIONS)
    decided = [Decision.of("a.txt", TEXT, r.suggestions[0], ACCEPT)]
    path = tmp_path / "decisions.json"
    path.write_text(dump(decided), "utf-8")
    assert load(path) == decided
    assert load(tmp_path / "missing.json") == []
    with pytest.raises(DecisionsError, match="schema"):
        parse({"decisions": []})
    with pytest.raises(DecisionsError, match=r"decisions\[0\]: decision must be one of"):
        parse({"schema": 1, "decisions": [{**decided[0].to_dict(), "decision": "maybe"}]})
    newer = [Decision.of("a.txt", TEXT, r.suggestions[0], REJECT)]
    assert merge(decided, newer) == newer


def test_fix_with_a_missing_decisions_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(TEXT, "utf-8")
    code, _ = run("fix", "--decisions", "nope.json", "a.txt")
    assert code == 2
    assert Path("a.txt").read_text("utf-8") == TEXT


def test_fix_applies_decisions_exactly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(TEXT, "utf-8")
    r = repair(TEXT, **OPTIONS, quote_style="document")
    k = [i for i, s in enumerate(r.suggestions) if s.before == SWAP][1]
    noun = next(i for i, s in enumerate(r.suggestions) if s.before == "kyiv")
    space = next(i for i, e in enumerate(r.edits) if e.rule == "SPC001")
    decided = [
        Decision.of("a.txt", TEXT, r.suggestions[k], ACCEPT),
        Decision.of("a.txt", TEXT, r.suggestions[noun], REJECT),
        Decision.of("a.txt", TEXT, r.edits[space], REJECT),
    ]
    Path("d.json").write_text(dump(decided), "utf-8")
    code, _ = run("fix", "--threshold", THRESHOLD, "--decisions", "d.json", "a.txt")
    assert code == 0
    want = apply(r, Verdicts({space: REJECT}, {k: ACCEPT, noun: REJECT})).text
    assert want == TEXT.replace("NATO international locations met again", "NATO countries met again")
    assert Path("a.txt").read_text("utf-8") == want
    # Nothing more to do under the same decisions; the rejected findings are not even suggested.
    code, out = run("check", "--format", "json", "--threshold", THRESHOLD, "--decisions", "d.json", "a.txt")
    found = json.loads(out)["files"][0]
    assert not found["edits"]
    assert [s["before"] for s in found["suggestions"]] == [SWAP]


# -- the page ------------------------------------------------------------------


def _page(text: str, path: str = "a.txt", **options: object) -> str:
    return render([Outcome(path, result=repair(text, **options))], {"SPC001": "space before punctuation"})


def test_marks_match_findings_and_text_is_escaped() -> None:
    text = "<script>alert(1)</script> a , b\n\n</script><!-- x --> c .\n"
    page = _page(text)
    r = repair(text)
    marks = re.findall(r'data-rule="(\w+)" data-start="(\d+)" data-end="(\d+)"', page)
    assert sorted((rule, int(a), int(b)) for rule, a, b in marks) == sorted(
        (e.rule, e.start, e.end) for e in (*r.edits, *r.suggestions)
    )
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)" in page
    data = re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S)
    assert data is not None and "</script" not in data.group(1) and "<!--" not in data.group(1)
    assert json.loads(data.group(1))["findings"][0]["rule"] == r.edits[0].rule


def test_page_fetches_nothing() -> None:
    page = _page("a , b\n")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page


def test_blocks_fold_unchanged_paragraphs() -> None:
    text = "one\n\ntwo ,\n\nthree\n\nfour\n\nfive ,\n"
    r = repair(text)
    pairs = [(e, True) for e in r.edits]
    shown = blocks(text, pairs)
    assert [bool(b.findings) for b in shown] == [False, True, False, True]
    assert shown[0].start == 0 and shown[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(shown))


def test_invisible_characters_are_marked_visibly() -> None:
    page = _page("zero\u200bwidth and  double\n")
    assert "⟨U+200B⟩" in page and "␣" in page


def test_cli_writes_html(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("a , b\n", "utf-8")
    code, out = run("check", "--format", "html", "a.txt")
    assert code == 1 and out.startswith("<!doctype html>")
    code, out = run("check", "--format", "html", "-o", "r.html", "a.txt")
    assert code == 1 and out == "" and Path("r.html").read_text("utf-8").startswith("<!doctype html>")


def test_batch_review_sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    lines = [json.dumps({"text": f"record {n} , here"}) for n in range(30)]
    Path("c.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    code = main(["batch", "c.jsonl", "-o", "out.jsonl", "-q", "--review", "r.html", "--review-sample", "7"])
    assert code == 0
    page = Path("r.html").read_text("utf-8")
    assert len(re.findall(r'<article class="file"', page)) == 7
    assert "c.jsonl:" in page
