"""The command line's contract: one-line errors naming file and key, exit codes, suppressions, statistics."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest

from textrepair import registry, repair
from textrepair.cli import main
from textrepair.model import Edit
from textrepair.normalizer import Document, Normalizer
from textrepair.settings import SETTINGS

DOCS = Path(__file__).resolve().parents[1] / "docs"
#: A low-confidence name finding: suggested, never applied by default.
SUGGESTION = "The Belarussian border was closed.\n"
SUGGESTION_LINE = (
    "s.txt:1:5: PRN003 [?] 'Belarussian' may be a misspelling of 'Belarusian' (1 edit from the demonym "
    "'Belarusian'; but in use) ('Belarussian' → 'Belarusian') confidence 0.40 [countries.names.tsv:84]\n"
)


def cli(args: list[str], cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real command in a fresh process, as a user or a hook runs it."""
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "textrepair.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
        env=env,
    )


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("It is here .\n")
    return tmp_path


# -- user errors: one line, exit 2, file and key named -----------------------


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("overrides = 5", "pyproject.toml: overrides: must be an array of tables ([[overrides]])"),
        ("name-lexicons = 3", "pyproject.toml: name-lexicons: must be a list of strings, not 3"),
        ('lexicons = ["missing.tsv"]', "pyproject.toml: lexicons: missing.tsv: no such file"),
        ('styles = ["nope"]', "pyproject.toml: styles: unknown style 'nope'; known: ukrainian-names"),
        ('unsafe-fixes = "yes"', "pyproject.toml: unsafe-fixes: must be true or false, not 'yes'"),
        ("threshold = 2", "pyproject.toml: threshold: must be a number from 0 to 1, not 2"),
        ('select = ["NOPE"]', "pyproject.toml: select: unknown rule or normalizer 'NOPE' (see `textrepair rules`)"),
        ('encoding = "klingon"', "pyproject.toml: encoding: unknown encoding 'klingon'"),
        ('spinner-context = "nah"', "pyproject.toml: spinner-context: must be one of spun, all, off, not 'nah'"),
        ("quote_style = 1", "pyproject.toml: unknown key 'quote_style' (did you mean 'quote-style'?)"),
        (
            '[[tool.textrepair.overrides]]\npaths = ["*.txt"]\nthreshold = -1',
            "pyproject.toml: overrides[1].threshold: must be a number from 0 to 1, not -1",
        ),
        (
            "[[tool.textrepair.overrides]]\nthreshold = 0.2",
            "pyproject.toml: overrides[1].paths: each overrides table needs a `paths` list of globs",
        ),
    ],
)
def test_bad_setting_in_a_config_file_is_one_line_naming_file_and_key(tree: Path, config: str, message: str) -> None:
    (tree / "pyproject.toml").write_text(f"[tool.textrepair]\n{config}\n")
    proc = cli(["check", "a.txt"], tree)
    assert (proc.returncode, proc.stderr, proc.stdout) == (2, f"textrepair: error: {message}\n", "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--style", "nope"], "--style: unknown style 'nope'; known: ukrainian-names"),
        (["--threshold", "1.5"], "--threshold: must be a number from 0 to 1, not 1.5"),
        (["--lexicon", "missing.tsv"], "--lexicon: missing.tsv: no such file"),
        (["--select", "NOPE"], "--select: unknown rule or normalizer 'NOPE' (see `textrepair rules`)"),
        (["--encoding", "klingon"], "--encoding: unknown encoding 'klingon'"),
    ],
)
def test_bad_flag_is_one_line_naming_the_flag(tree: Path, args: list[str], message: str) -> None:
    proc = cli(["check", *args, "a.txt"], tree)
    assert (proc.returncode, proc.stderr) == (2, f"textrepair: error: {message}\n")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("spun\toriginal\tfixx\n", "line 1: kind must be one of fix, context, report, not 'fixx'"),
        ("# a comment\nbig\tlarge\tfix\nspun only\n", "line 3: expected 3 to 6 TAB-separated columns, got 1"),
        (b"caf\xe9\tcafe\tfix\n", "not valid UTF-8 (byte 0xe9 at offset 3)"),
    ],
)
def test_a_broken_user_lexicon_is_reported_with_its_line(tree: Path, content: str | bytes, message: str) -> None:
    path = tree / "mine.tsv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    (tree / "pyproject.toml").write_text('[tool.textrepair]\nlexicons = ["mine.tsv"]\n')
    proc = cli(["check", "a.txt"], tree)
    assert (proc.returncode, proc.stderr) == (2, f"textrepair: error: pyproject.toml: lexicons: mine.tsv: {message}\n")


def test_a_lexicon_of_unknown_kind_is_refused_not_ignored(tree: Path) -> None:
    (tree / "words.txt").write_text("Kyiv\n")
    proc = cli(["check", "--lexicon", "words.txt", "a.txt"], tree)
    assert proc.returncode == 2
    assert proc.stderr.startswith("textrepair: error: --lexicon: words.txt: cannot tell which lexicon this is")


def test_a_name_table_that_does_not_parse_names_its_line(tree: Path) -> None:
    (tree / "mine.errors.tsv").write_text("Kiev\n")
    proc = cli(["check", "--lexicon", "mine.errors.tsv", "a.txt"], tree)
    assert (proc.returncode, proc.stderr) == (
        2,
        "textrepair: error: --lexicon: mine.errors.tsv: line 1: an errors line is 'wrong<TAB>right'\n",
    )


# -- lexicon paths from a configuration file stay in the project -------------


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("lexicons", "/etc/passwd", "must be a path relative to the configuration file, not an absolute one"),
        ("name-lexicons", "../outside.names.tsv", "must stay inside project/ (the configuration file's folder)"),
        ("spinner-lexicons", "link.tsv", "must stay inside project/ (the configuration file's folder)"),
    ],
)
def test_config_lexicon_paths_may_not_leave_the_project(tmp_path: Path, key: str, value: str, problem: str) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (tmp_path / "outside.names.tsv").write_text("Secret\tperson\n")
    (tmp_path / "outside.tsv").write_text("big\tlarge\tfix\n")
    (project / "link.tsv").symlink_to(tmp_path / "outside.tsv")  # a committed link out of the tree
    (project / "a.txt").write_text("x\n")
    (project / "pyproject.toml").write_text(f'[tool.textrepair]\n{key} = ["{value}"]\n')
    proc = cli(["check", "project/a.txt"], tmp_path)
    assert (proc.returncode, proc.stderr) == (
        2,
        f"textrepair: error: project/pyproject.toml: {key}: {value}: {problem}\n",
    )
    # The same file named on the command line is the user's own choice: read.
    (project / "pyproject.toml").unlink()
    assert cli(["check", "--lexicon", str(tmp_path / "outside.tsv"), "project/a.txt"], tmp_path).returncode == 0


def test_config_lexicon_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "lex").mkdir()
    (tmp_path / "lex" / "mine.tsv").write_text("colossal\tbig\tfix\tx\n")
    (tmp_path / "pyproject.toml").write_text('[tool.textrepair]\nspinner-lexicons = ["lex/mine.tsv"]\n')
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("A colossal day.\n")
    proc = cli(["check", "a.txt"], tmp_path / "docs")
    assert proc.returncode == 1
    assert "a.txt:1:3: SPN001 [*]" in proc.stdout


@pytest.mark.parametrize("kind", ["fifo", "folder", "huge"])
def test_a_lexicon_that_is_not_a_small_regular_file_is_refused_without_hanging(tree: Path, kind: str) -> None:
    path = tree / "lex.tsv"
    if kind == "fifo":
        os.mkfifo(path)
        problem = "is not a regular file (a FIFO, socket or device); refused"
    elif kind == "folder":
        path.mkdir()
        problem = "is a folder, not a lexicon file"
    else:
        with path.open("wb") as f:
            f.truncate(65 * 1024 * 1024)  # sparse: no disk used
        problem = "is 65 MB; lexicon files over 64 MB are refused"
    proc = cli(["check", "--lexicon", "lex.tsv", "a.txt"], tree, timeout=30)
    assert (proc.returncode, proc.stderr) == (2, f"textrepair: error: --lexicon: lex.tsv: {problem}\n")


def test_a_device_named_as_a_lexicon_is_refused(tree: Path) -> None:
    proc = cli(["check", "--lexicon", "/dev/zero", "a.txt"], tree, timeout=30)
    assert (proc.returncode, proc.stderr) == (
        2,
        "textrepair: error: --lexicon: /dev/zero: is not a regular file (a FIFO, socket or device); refused\n",
    )


# -- the library: the same checks, Python's exception types ------------------


def test_unknown_repair_keyword_is_a_type_error_with_a_suggestion() -> None:
    with pytest.raises(TypeError, match=r"^repair\(\) got an unexpected keyword argument 'quote_styel' "):
        repair("x", quote_styel="curly")
    with pytest.raises(TypeError, match="did you mean 'quote_style'"):
        repair("x", quote_styel="curly")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"unsafe_fixes": "yes"}, "repair(): unsafe_fixes: must be true or false, not 'yes'"),
        ({"spinner_context": "nah"}, "repair(): spinner_context: must be one of spun, all, off, not 'nah'"),
        ({"lexicons": ["/nonexistent/x.tsv"]}, "repair(): lexicons: /nonexistent/x.tsv: no such file"),
        ({"styles": "kyiv"}, "repair(): styles: must be a list of strings, not 'kyiv'"),
    ],
)
def test_bad_repair_values_are_value_errors_naming_the_keyword(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError) as caught:
        repair("x", **options)
    assert str(caught.value) == message


@pytest.mark.parametrize("context", [True, False, "spun", "all", "off"])
def test_spinner_settings_stay_accepted(context: Any) -> None:
    assert repair("A plain sentence.", spinner_context=context, spinner_lm=None).text == "A plain sentence."


class _Shout(Normalizer):
    """Upper-cases 'hello' as often as the ``shout-times`` setting says."""

    name = "shout"
    code = "TST"
    rules: ClassVar[dict[str, str]] = {"TST001": "hello shouted"}
    settings: ClassVar[dict[str, str]] = {"shout-times": "how many exclamation marks"}
    setting_checks: ClassVar[dict[str, Any]] = {"shout-times": lambda v: _whole(v)}

    def find(self, text: str, doc: Document) -> list[Edit]:
        i = text.find("hello")
        bang = "!" * int(self.options.get("shout_times", 0))
        return [] if i < 0 else [self.edit(text, i, i + 5, "HELLO" + bang, "TST001", "shouted")]


def _whole(value: Any) -> int:
    if not isinstance(value, int) or value < 0:
        raise ValueError(f"must be a whole number from 0, not {value!r}")
    return value


@pytest.fixture
def plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "plugins", lambda: (_Shout,))


def test_a_plugins_declared_settings_work_from_config_and_library(
    plugin: None, tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert repair("say hello", select=["TST"], shout_times=2).text == "say HELLO!!"
    (tree / "pyproject.toml").write_text('[tool.textrepair]\nselect = ["TST"]\nshout-times = 3\n')
    (tree / "h.txt").write_text("say hello\n")
    assert run(["fix", "h.txt"], capsys)[0] == 0
    assert (tree / "h.txt").read_text() == "say HELLO!!!\n"


def test_a_plugin_checks_its_own_settings_everywhere(
    plugin: None, tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ValueError, match=r"^repair\(\): shout_times: must be a whole number from 0, not -1$"):
        repair("say hello", select=["TST"], shout_times=-1)
    (tree / "pyproject.toml").write_text('[tool.textrepair]\nselect = ["TST"]\nshout-times = "loud"\n')
    code, _, err = run(["check", "a.txt"], capsys)
    assert (code, err) == (
        2,
        "textrepair: error: pyproject.toml: shout-times: must be a whole number from 0, not 'loud'\n",
    )


def test_a_setting_of_no_installed_normalizer_is_unknown(tree: Path) -> None:
    (tree / "pyproject.toml").write_text("[tool.textrepair]\nshout-times = 3\n")
    proc = cli(["check", "a.txt"], tree)
    assert (proc.returncode, proc.stderr) == (2, "textrepair: error: pyproject.toml: unknown key 'shout-times'\n")
    with pytest.raises(TypeError, match="unexpected keyword argument 'shout_times'"):
        repair("say hello", shout_times=2)


# -- internal errors are textrepair's, not the user's -------------------------


def test_an_internal_error_exits_3_with_a_bug_report_hint(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from textrepair import process

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("an invariant broke")

    monkeypatch.setattr(process, "repair_text", broken)
    code, out, err = run(["check", "a.txt"], capsys)
    assert code == 3 and out == ""
    lines = err.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert lines[-2] == "textrepair: internal error: ValueError: an invariant broke"
    assert lines[-1].startswith("textrepair: this is a bug in textrepair ")
    assert "please report it" in lines[-1]


# -- the exit-code contract and suggestions ----------------------------------


def test_a_suggestion_is_shown_but_does_not_fail_check_or_fix_unless_asked(tree: Path) -> None:
    (tree / "s.txt").write_text(SUGGESTION)
    for command in ("check", "fix"):
        proc = cli([command, "s.txt"], tree)
        assert (proc.returncode, proc.stdout) == (0, SUGGESTION_LINE), command
        assert "silence it with a `textrepair: ignore[CODE]` comment on its line" in proc.stderr
        assert cli([command, "--fail-on-suggestions", "s.txt"], tree).returncode == 1
    assert (tree / "s.txt").read_text() == SUGGESTION


def test_exit_zero_keeps_findings_but_not_errors_from_failing(tree: Path) -> None:
    proc = cli(["check", "--exit-zero", "a.txt"], tree)
    assert (proc.returncode, proc.stdout) == (0, "a.txt:1:11: SPC001 [*] space before '.' (' ' → '')\n")
    assert cli(["check", "--exit-zero", "missing.txt"], tree).returncode == 2


def test_check_shows_findings_and_diff_on_request(tree: Path) -> None:
    assert cli(["check", "a.txt"], tree).stdout == "a.txt:1:11: SPC001 [*] space before '.' (' ' → '')\n"
    diff = cli(["check", "--diff", "a.txt"], tree).stdout
    assert diff == "--- a/a.txt\n+++ b/a.txt\n@@ -1 +1 @@\n-It is here .\n+It is here.\n"


def test_colour_only_on_request_or_on_a_terminal(tree: Path) -> None:
    coloured = cli(["check", "--color", "always", "a.txt"], tree).stdout
    assert coloured == "\x1b[1ma.txt:1:11:\x1b[0m \x1b[31mSPC001\x1b[0m [*] space before '.' (' ' → '')\n"
    assert "\x1b[" not in cli(["check", "a.txt"], tree).stdout  # a pipe is not a terminal


# -- inline suppressions -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "left"),
    [
        ("t.txt", "It is here .  textrepair: ignore[SPC001]\nAnd here .\n", ["t.txt:2:9: SPC001"]),
        ("t.txt", "It is here .  textrepair: ignore[QUO]\nAnd here .\n", ["t.txt:1:11: SPC001", "t.txt:2:9: SPC001"]),
        ("t.md", "It is here . <!-- textrepair: ignore -->\nAnd here .\n", ["t.md:2:9: SPC001"]),
        (
            "t.md",
            "<!-- textrepair: ignore[spacing] -->\nIt is here .\nAnd here .\n\nNot here .\n",
            ["t.md:5:9: SPC001"],
        ),
        (
            "t.html",
            "<p>It is here .</p> <!-- textrepair: ignore[SPC] -->\n<p>Not here .</p>\n",
            ["t.html:2:12: SPC001"],
        ),
        ("t.rst", ".. textrepair: ignore[SPC001, PRN]\n\nIt is here .\n\nNot here .\n", ["t.rst:5:9: SPC001"]),
    ],
)
def test_inline_suppression_in_each_markup(tree: Path, name: str, text: str, left: list[str]) -> None:
    (tree / name).write_text(text)
    proc = cli(["check", name], tree)
    assert [line.split(" [")[0] for line in proc.stdout.splitlines()] == left
    cli(["fix", name], tree)
    assert cli(["check", name], tree).returncode == 0  # what is silenced stays, and is not reported again


def test_a_suppressed_suggestion_no_longer_shows(tree: Path) -> None:
    (tree / "s.txt").write_text(SUGGESTION.replace("\n", "  textrepair: ignore[PRN003]\n"))
    proc = cli(["check", "s.txt"], tree)
    assert (proc.returncode, proc.stdout) == (0, "")


# -- statistics, help, nothing to do ----------------------------------------


def test_statistics_count_findings_per_rule(tree: Path) -> None:
    (tree / "b.txt").write_text("One  two .\n")
    (tree / "s.txt").write_text(SUGGESTION)
    proc = cli(["check", "--statistics", "a.txt", "b.txt", "s.txt"], tree)
    assert proc.returncode == 1
    assert proc.stdout == (
        "2  SPC001  [*] space before punctuation\n"
        "1  PRN003  [?] likely misspelling of a famous name (edit distance, with evidence)\n"
        "1  SPC002  [*] doubled space inside a sentence\n"
    )


@pytest.mark.parametrize("command", ["check", "fix", "diff"])
def test_each_file_command_has_its_own_help_with_examples(command: str, tree: Path) -> None:
    out = cli([command, "--help"], tree).stdout
    assert "examples:\n" in out and f"  textrepair {command} " in out
    assert "exit codes: 0 " in out
    assert out.count("examples:") == 1


def test_naming_only_excluded_files_says_so(tree: Path) -> None:
    proc = cli(["check", "--exclude", "*.txt", "a.txt"], tree)
    assert (proc.returncode, proc.stdout) == (0, "")
    assert proc.stderr == (
        "textrepair: nothing to do: a.txt excluded by --include/--exclude or the include/exclude settings\n"
    )


# -- one fact in one place ------------------------------------------------------


def test_every_setting_is_documented_and_every_builtin_one_checked() -> None:
    documented = (DOCS / "configuration.md").read_text()
    for key, setting in SETTINGS.items():
        if "file" in setting.origins:
            assert f"`{key}`" in documented, key
    for cls in registry.builtin():
        for key in cls.settings:
            assert key in SETTINGS or key in cls.setting_checks, (
                f"{cls.name} declares {key!r} without a check: add one to its setting_checks "
                "(or to textrepair.settings.SETTINGS)"
            )
            if key not in SETTINGS or "file" in SETTINGS[key].origins:
                assert f"`{key}`" in documented, key


# -- SARIF and folder walks -------------------------------------------------------


def test_sarif_names_artifacts_rules_and_unreadable_files(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "a b#1.txt").write_text("It is here .\n")
    (tree / "latin1.txt").write_bytes("café .".encode("latin-1"))
    code, out, _ = run(["check", "--format", "sarif", "a b#1.txt", "latin1.txt"], capsys)
    sarif_run = json.loads(out)["runs"][0]
    assert code == 2
    assert [a["location"]["uri"] for a in sarif_run["artifacts"]] == ["a%20b%231.txt", "latin1.txt"]
    (result,) = sarif_run["results"]
    rules = sarif_run["tool"]["driver"]["rules"]
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == "SPC001"
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "a%20b%231.txt", "index": 0}
    (invocation,) = sarif_run["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and note["message"]["text"].startswith("latin1.txt: not valid utf-8")
    assert note["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "latin1.txt", "index": 1}


def test_sarif_describes_standard_input_as_an_artifact(tree: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "textrepair.cli", "check", "--format", "sarif", "-"],
        input="It is here .\n",
        capture_output=True,
        text=True,
        check=False,
        cwd=tree,
    )
    sarif_run = json.loads(proc.stdout)["runs"][0]
    assert sarif_run["artifacts"] == [
        {"roles": ["analysisTarget"], "location": {"description": {"text": "standard input"}}}
    ]
    location = sarif_run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"index": 0, "description": {"text": "standard input"}}


def test_gitignore_is_honoured_outside_a_git_work_tree(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert subprocess.run(["git", "rev-parse"], cwd=tree, capture_output=True, check=False).returncode != 0
    (tree / ".gitignore").write_text("build/\n*.md\n")
    for name in ("build/x.txt", "docs/y.md", "docs/z.txt", "docs/skip.txt"):
        (tree / name).parent.mkdir(exist_ok=True)
        (tree / name).write_text("It is here .\n")
    (tree / "docs" / ".gitignore").write_text("skip.txt\n")
    code, out, _ = run(["check", "."], capsys)
    assert code == 1
    assert sorted(line.split(":")[0] for line in out.splitlines()) == ["a.txt", "docs/z.txt"]
