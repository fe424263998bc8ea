"""The pipeline: selection, composition of stages, thresholds, protection."""

from __future__ import annotations

import json

import pytest

from textrepair import Edit, Options, Pipeline, apply_edits, repair
from textrepair.normalizer import Document, Normalizer


def test_mojibake_and_quote_policy_merge_into_one_edit() -> None:
    result = repair("donâ€™t")
    assert result.text == "don't"
    (edit,) = result.edits
    assert (edit.start, edit.end, edit.before, edit.after) == (3, 6, "â€™", "'")
    assert [s.rule for s in edit.steps] == ["ENC001", "QUO001"]


def test_curly_policy_keeps_the_decoded_apostrophe() -> None:
    assert repair("donâ€™t", quote_style="curly").text == "don’t"


def test_offsets_index_the_original_across_stages() -> None:
    text = "A  “b” c , d"
    result = repair(text)
    assert result.text == 'A "b" c, d'
    for e in result.edits:
        assert text[e.start : e.end] == e.before
    assert [e.rule for e in result.edits] == ["SPC002", "QUO001", "QUO001", "SPC001"]


def test_select_and_ignore_by_code_prefix_and_name() -> None:
    text = "“a” ,"
    assert repair(text, select=["QUO"]).text == '"a" ,'
    assert repair(text, select=["spacing"]).text == "“a”,"
    assert repair(text, ignore=["QUO001"]).text == "“a”,"
    assert repair(text, select=["SPC002"]).text == text


@pytest.mark.parametrize("bad", ["XYZ", "QUO9", "nonsense"])
def test_unknown_selector_is_an_error(bad: str) -> None:
    with pytest.raises(ValueError, match="unknown rule"):
        repair("x", select=[bad])


def test_unknown_profile_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown profile"):
        repair("x", profile="nope")


def test_bad_option_is_an_error() -> None:
    with pytest.raises(ValueError, match="quote_style"):
        repair("x", quote_style="fancy")


class _Shout(Normalizer):
    """Upper-cases 'hello'; low confidence, to test thresholds."""

    name = "shout"
    code = "TST"
    rules = {"TST001": "shout", "TST002": "unsafe shout"}

    def find(self, text: str, doc: Document) -> list[Edit]:
        i = text.find("hello")
        if i < 0:
            return []
        unsafe = self.options.get("unsafe_shout", False)
        return [
            self.edit(
                text, i, i + 5, "HELLO", "TST002" if unsafe else "TST001", "shout", confidence=0.4, safe=not unsafe
            )
        ]


def test_threshold_turns_edits_into_suggestions() -> None:
    low = Pipeline((_Shout,), Options(threshold=0.3)).run("say hello")
    assert low.text == "say HELLO" and not low.suggestions
    high = Pipeline((_Shout,), Options(threshold=0.5)).run("say hello")
    assert high.text == "say hello"
    (s,) = high.suggestions
    assert (s.start, s.after, s.confidence) == (4, "HELLO", 0.4)


def test_unsafe_edits_only_with_unsafe_fixes() -> None:
    opts = {"unsafe_shout": True}
    assert Pipeline((_Shout,), Options(threshold=0, extra=opts)).run("hello").text == "hello"
    assert Pipeline((_Shout,), Options(threshold=0, unsafe_fixes=True, extra=opts)).run("hello").text == "HELLO"


def test_protected_spans_and_allow_list() -> None:
    text = "“a” and “b”"
    result = repair(text, protected=[(0, 3)])
    assert result.text == '“a” and "b"'
    assert repair("Volodomyr said “hi”", allow=["Volodomyr"]).text.startswith("Volodomyr")


class _Broken(Normalizer):
    """Returns an edit that does not fit."""

    name = "broken"
    code = "BRK"
    rules = {"BRK001": "broken"}

    def find(self, text: str, doc: Document) -> list[Edit]:
        return [Edit(0, 1, "zz", "y", "BRK001", self.name, "bad")]


def test_misbehaving_normalizer_is_named() -> None:
    with pytest.raises(RuntimeError, match="'broken'"):
        Pipeline((_Broken,)).run("abc")


def test_result_serialises_to_documented_json() -> None:
    result = repair("donâ€™t .")
    data = json.loads(json.dumps(result.to_dict()))
    assert data["schema"] == 1 and data["changed"] is True and data["text"] == "don't."
    assert {"start", "end", "before", "after", "rule", "normalizer", "message", "confidence", "safe", "source"} <= set(
        data["edits"][0]
    )


def test_diff_and_word_diff() -> None:
    result = repair("line one\naimed for .\n")
    assert "-aimed for .\n+aimed for.\n" in result.diff()
    assert result.word_diff() == "line one\naimed for[- -].\n"


def test_apply_edits_rejects_edits_that_do_not_fit() -> None:
    with pytest.raises(ValueError):
        apply_edits("abc", [Edit(0, 1, "x", "y", "R", "n", "m")])


def test_brief_example() -> None:
    assert repair("donâ€™t  “stop” now .").text == 'don\'t "stop" now.'


def test_plugins_run_only_when_selected(monkeypatch: pytest.MonkeyPatch) -> None:
    from textrepair import registry

    monkeypatch.setattr(registry, "plugins", lambda: (_Shout,))
    text = "hello “world”"
    assert repair(text).text == 'hello "world"'  # installed, not selected: not run
    result = Pipeline.from_profile("default", Options(threshold=0.3)).select(["ALL", "TST"]).run(text)
    assert result.text == 'HELLO "world"'
    assert Pipeline.from_profile("default").select(["shout"]).active() == [_Shout]


def test_protected_line_breaks_stay_visible_but_untouched() -> None:
    # Normalizers see protected line breaks (a heading ends a sentence), yet
    # never edit them or the protected spaces beside them.
    text = "# kyiv\n\nx  \n"
    result = repair(text, protected=[(0, 2), (6, 8), (9, 13)])
    assert result.text == "# Kyiv\n\nx  \n"
    assert repair("a , \n", protected=[(3, 5)]).text == "a, \n"


def test_another_round_when_ftfy_would_judge_the_repaired_line_differently() -> None:
    # ftfy judges whole lines: once the apostrophe is fixed and straightened,
    # "È¢¢" reads as UTF-8. The pipeline runs a second round so that repair
    # is idempotent; clean or simply damaged text takes one.
    text = "donâ€™tÈ¢¢"
    result = repair(text)
    assert len(result.stages) == 2 * len(repair("x").stages)
    assert repair(result.text).text == result.text
    assert apply_edits(text, result.edits) == result.text
    assert len(repair("donâ€™t stop").stages) == len(repair("x").stages)


@pytest.mark.parametrize(
    "spun",
    [
        # Suggested beside fingerprints that the same run repairs, these used to vanish on the next run.
        "The governor mentioned the well being applications had been supplied to 5 of us, whereas the "
        "NATO international locations stayed silent.",
        "The minister mentioned that NATO international locations will meet whereas the warfare continues.",
    ],
)
def test_a_fixed_text_is_suggested_what_its_fix_reported(spun: str) -> None:
    first = repair(spun)
    again = repair(first.text)
    assert first.changed and not again.changed
    shown = [(e.rule, e.before, e.after) for e in first.suggestions]
    assert shown == [(e.rule, e.before, e.after) for e in again.suggestions]
