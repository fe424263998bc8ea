"""The grammar stage (GRM) against a stand-in LanguageTool server, and against a real one when reachable."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from languagetool_fake import FakeLanguageTool, utf16
from textrepair import repair
from textrepair.normalizers import grammar
from textrepair.pipeline import Pipeline
from textrepair.process import repair_text

pytest.importorskip("language_tool_python", reason="the grammar extra: pip install 'textrepair[grammar]'")

#: A real LanguageTool server to try (``java -cp languagetool-server.jar org.languagetool.server.HTTPServer``).
REAL_SERVER = os.environ.get("TEXTREPAIR_TEST_LANGUAGETOOL", "http://localhost:8081")


@pytest.fixture
def fake() -> Iterator[FakeLanguageTool]:
    server = FakeLanguageTool().start()
    yield server
    server.stop()


def test_off_by_default(fake: FakeLanguageTool) -> None:
    assert "grammar" not in [c.name for c in Pipeline.from_profile("default").active()]
    assert "grammar" not in [c.name for c in Pipeline.from_profile("strict").active()]
    repair("Their is a cat.", grammar_server=fake.url)
    assert fake.requests == []


def test_documented_example_response(fake: FakeLanguageTool) -> None:
    """The API documentation's own response: a spelling match with several replacements is a suggestion."""
    r = repair("This is noot okay.", select=["GRM"], grammar_server=fake.url)
    assert r.text == "This is noot okay."
    (s,) = r.suggestions
    assert (s.start, s.end, s.before, s.after, s.rule) == (8, 12, "noot", "newt", "GRM001")
    assert s.confidence == grammar.SEVERAL_REPLACEMENTS and not s.safe
    assert s.source == "LanguageTool MORFOLOGIK_RULE_EN_US (TYPOS)"
    assert "also: not, new, news" in s.message


def test_astral_characters_before_the_match(fake: FakeLanguageTool) -> None:
    """LanguageTool counts UTF-16 units: the emoji is two of them, one code point."""
    text = "I \U0001f600 this tool, its great."
    r = repair(text, select=["GRM"], grammar_server=fake.url)
    assert r.text == "I \U0001f600 this tool, it's great."
    (e,) = r.edits
    assert (e.start, e.end, e.before, e.rule) == (15, 18, "its", "GRM004")


def test_astral_characters_inside_the_match(fake: FakeLanguageTool) -> None:
    bold = "\U0001d41b\U0001d428\U0001d425\U0001d41d"
    text = f"\U0001f389\U0001f389 the {bold} plan passed , and {bold} again."
    r = repair(text, select=["GRM"], grammar_server=fake.url)
    assert r.text == "\U0001f389\U0001f389 the bold plan passed, and bold again."
    assert [e.rule for e in r.edits] == ["GRM003", "GRM003", "GRM003"]


def test_categories_are_selected(fake: FakeLanguageTool) -> None:
    text = "She ate a apple. Their is more."
    assert repair(text, select=["GRM"], grammar_server=fake.url).text == "She ate a apple. There is more."
    r = repair(text, select=["GRM"], grammar_server=fake.url, grammar_categories=["MISC"])
    assert r.text == "She ate an apple. Their is more."
    assert [e.rule for e in r.edits] == ["GRM005"]


def test_requests_are_batched_within_the_limit(fake: FakeLanguageTool) -> None:
    paragraph = "Their is a \U0001f600 cat on the mat, and the comittee met today."
    text = "\n\n".join([paragraph] * 12) + "\n"
    limit = 150
    r = repair(text, select=["GRM"], grammar_server=fake.url, grammar_max_chars=limit)
    assert len(fake.requests) > 1
    assert all(utf16(request) <= limit for request in fake.requests)
    assert r.text.count("There is") == 12
    assert len(r.suggestions) == 12  # comittee: report-only
    assert r.signals["grammar"]["requests"] == len(fake.requests)


def test_long_paragraph_is_cut_at_white_space(fake: FakeLanguageTool) -> None:
    text = " ".join(["Their is a cat."] * 40)
    r = repair(text, select=["GRM"], grammar_server=fake.url, grammar_max_chars=100)
    assert all(utf16(request) <= 100 for request in fake.requests)
    assert len(fake.requests) > 5
    # A cut may split one phrase; every phrase a request holds whole is repaired.
    assert r.text.count("There is") >= 40 - len(fake.requests)


def test_only_prose_is_sent(fake: FakeLanguageTool) -> None:
    """Code and markup are masked by the pipeline: never sent, never changed."""
    text = "Its a test of `Their is` in code.\n\n```\nTheir is code\n```\n\nSee <https://example.org/Their-is>.\n"
    result = repair_text(text, {"select": ["GRM"], "grammar-server": fake.url}, Path("a.md"))
    assert result.text == text.replace("Its a", "It's a", 1)
    sent = "\n".join(fake.requests)
    assert "Their" not in sent and "```" not in sent and "example.org" not in sent


def test_server_error_keeps_other_repairs(fake: FakeLanguageTool) -> None:
    fake.fail_status = 500
    r = repair("Their  is a cat .", select=["SPC", "GRM"], grammar_server=fake.url)
    assert r.text == "Their is a cat."
    assert "LanguageTool at" in r.signals["grammar"]["error"]


def test_server_limit_refusal_is_reported(fake: FakeLanguageTool) -> None:
    """A server with a lower limit than configured refuses (HTTP 413): reported, nothing lost."""
    fake.max_text_length = 20
    r = repair("Their  is a cat on the mat today .", select=["SPC", "GRM"], grammar_server=fake.url)
    assert r.text == "Their is a cat on the mat today."
    assert "exceeds the limit" in r.signals["grammar"]["error"]


def test_requests_per_minute(fake: FakeLanguageTool, monkeypatch: pytest.MonkeyPatch) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(grammar.time, "sleep", pauses.append)
    text = "\n\n".join(["Their is a cat on the mat."] * 4)
    repair(text, select=["GRM"], grammar_server=fake.url, grammar_max_chars=30, grammar_requests_per_minute=20)
    assert len(fake.requests) == 4
    assert len(pauses) == 3 and all(0 < p <= 3.0 for p in pauses)


def test_no_java_no_download(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a server URL and without Java, the stage says so instead of downloading LanguageTool."""
    monkeypatch.delenv(grammar.SERVER_ENV, raising=False)
    monkeypatch.setattr(grammar.shutil, "which", lambda name: None)
    r = repair("Their is a cat.", select=["GRM"])
    assert r.text == "Their is a cat."
    assert "needs Java" in r.signals["grammar"]["error"]


def test_prose_spans_skip_masked_text() -> None:
    mask = "\ue000"
    text = f"Hello there.\n\n{mask * 5}\n\nRun {mask * 3} now.\n   \n42\n"
    spans = grammar.prose_spans(text)
    assert [text[a:b] for a, b in spans] == ["Hello there.", "Run", "now."]


def _reachable(url: str) -> str | None:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url.rstrip("/") + "/v2/languages", timeout=2) as response:
            return None if response.status == 200 else f"{url} answered HTTP {response.status}"
    except (urllib.error.URLError, OSError) as exc:
        return f"no LanguageTool server at {url} ({exc}); set TEXTREPAIR_TEST_LANGUAGETOOL to one"


def test_real_languagetool() -> None:
    """Against a real server: a confused word is corrected, the rest of the sentence is left alone."""
    why = _reachable(REAL_SERVER)
    if why:
        pytest.skip(why)
    r = repair("I \U0001f600 this tool. He go to school every day.", select=["GRM"], grammar_server=REAL_SERVER)
    assert "error" not in r.signals["grammar"]
    assert r.signals["grammar"]["requests"] == 1
    found = [e for e in (*r.edits, *r.suggestions) if e.before == "go"]
    assert found and found[0].after == "goes"
    assert r.text.startswith("I \U0001f600 this tool.")
