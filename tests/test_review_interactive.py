"""``textrepair fix --interactive`` driven through a pseudo-terminal, as a person would use it."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect", reason="pexpect is in the test extra")

PROMPT = r"Apply this suggestion \[y,n,s,a,d,q,\?\]\? "
TIMEOUT = 60


def _spawn(tmp_path: Path, *args: str) -> pexpect.spawn:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "textrepair.cli", "fix", "--interactive", *args],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(40, 120),
    )
    return child


def _findings(tmp_path: Path, *args: str) -> list[dict[str, object]]:
    """What `check --format json` reports for the files, to know which suggestions to expect."""
    import contextlib
    import io

    from textrepair.cli import main

    out = io.StringIO()
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        with contextlib.redirect_stdout(out):
            main(["check", "--format", "json", *args])
    finally:
        os.chdir(cwd)
    return [e for f in json.loads(out.getvalue())["files"] for e in f.get("suggestions", [])]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    root = Path(__file__).resolve().parents[1]
    path = tmp_path / "article.txt"
    path.write_bytes((root / "seeds" / "004_e7c91a9e198d72c7.txt").read_bytes())
    return path


def test_accept_reject_quit(tmp_path: Path, article: Path) -> None:
    """y accepts, n rejects, q writes what was decided and stops; the decisions file records both."""
    threshold = ["--threshold", "0.9"]
    suggestions = _findings(tmp_path, *threshold, article.name)
    assert len(suggestions) >= 3
    first, second = suggestions[0], suggestions[1]
    original = article.read_text("utf-8")
    child = _spawn(tmp_path, *threshold, "--decisions", "decisions.json", article.name)
    child.expect(PROMPT)
    # The prompt names the place, the rule, the confidence and the source, and marks the change.
    shown = child.before
    assert f"article.txt:{first['line']}:{first['column']}" in shown
    assert str(first["rule"]) in shown and "confidence" in shown and str(first["source"]) in shown
    assert f"[-{first['before']}-]{{+{first['after']}+}}" in shown
    child.sendline("?")
    child.expect("every later finding of the same rule")
    child.expect(PROMPT)
    child.sendline("y")
    child.expect(PROMPT)
    assert f"[-{second['before']}-]" in child.before
    child.sendline("n")
    child.expect(PROMPT)
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    text = article.read_text("utf-8")
    assert text != original
    assert str(first["after"]) in text
    decisions = json.loads((tmp_path / "decisions.json").read_text("utf-8"))["decisions"]
    assert [(d["before"], d["decision"]) for d in sorted(decisions, key=lambda d: d["line"])] == [
        (first["before"], "accept"),
        (second["before"], "reject"),
    ]

    # A second run asks nothing about what was decided: the rejected suggestion never comes back.
    child = _spawn(tmp_path, *threshold, "--decisions", "decisions.json", article.name)
    child.expect(PROMPT)
    assert f"[-{second['before']}-]" not in child.before
    child.sendline("q")
    child.expect(pexpect.EOF)


def test_accept_all_of_a_rule_and_skip_file(tmp_path: Path) -> None:
    """a accepts the rest of the rule without asking; d leaves the rest of the file undecided."""
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    spun = "NATO international locations pledged to proceed with the gathering in a press release.\n"
    a.write_text(spun * 3, "utf-8")
    b.write_text(spun, "utf-8")
    threshold = ["--threshold", "0.99"]
    before_b = b.read_text("utf-8")
    rules = [str(e["rule"]) for e in _findings(tmp_path, *threshold, "a.txt")]
    assert len(rules) > len(set(rules)), "the test needs repeated rules"
    child = _spawn(tmp_path, *threshold, "a.txt", "b.txt")
    asked = 0
    child.expect(PROMPT)
    asked += 1
    child.sendline("a")  # every later finding of this rule in a.txt and b.txt is accepted
    while True:
        index = child.expect([PROMPT, pexpect.EOF])
        if index == 1:
            break
        asked += 1
        child.sendline("d" if "b.txt" in child.before else "y")
    child.close()
    assert asked < len(rules), "accepting a rule must not ask about its other findings"
    assert a.read_text("utf-8") != spun * 3
    assert b.read_text("utf-8") != before_b  # the accepted rule reached b.txt too
