"""The command line, as a user runs it: exit codes, outputs, file safety."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from textrepair.cli import main

# Mostly straight quotes: files take their own majority quote style (QUO, docs/rules/QUO.md).
DAMAGED = 'donâ€™t  "stop" now .\n'
FIXED = 'don\'t "stop" now.\n'


def run(args: list[str], capsys: pytest.CaptureFixture[str], stdin: bytes | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        code = main(args)
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


def test_stdin_fix_prints_the_repair() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "textrepair.cli", "fix", "-"],
        input='donâ€™t  "stop" now .'.encode(),
        capture_output=True,
        check=False,
    )
    assert proc.stdout.decode() == 'don\'t "stop" now.'
    assert proc.returncode == 0


def test_the_command_flushes_all_its_output_before_its_quick_exit(tree: Path) -> None:
    # run() ends with os._exit: a diff far bigger than a pipe's buffer must still arrive whole.
    (tree / "big.txt").write_text("".join(f"line {i} donâ€™t stop .\n" for i in range(5000)))
    command = [sys.executable, "-m", "textrepair.cli", "check", "--diff", "big.txt"]
    proc = subprocess.run(command, capture_output=True, check=False, cwd=tree)
    assert proc.returncode == 1
    assert proc.stdout.decode().count("\n+line ") == 5000
    assert "1 of 1 file(s) would be changed" in proc.stderr.decode()


def test_check_reports_a_diff_and_exits_1(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "a.txt").write_text(DAMAGED)
    (tree / "clean.txt").write_text("Clean text.\n")
    code, out, err = run(["check", "--diff", "a.txt", "clean.txt"], capsys)
    assert code == 1
    assert '-donâ€™t  "stop" now .\n+don\'t "stop" now.\n' in out
    assert "1 of 2 file(s) would be changed" in err
    assert (tree / "a.txt").read_text() == DAMAGED  # check never writes
    assert run(["check", "clean.txt"], capsys)[0] == 0


def test_fix_writes_and_exits_0(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "a.txt").write_text(DAMAGED)
    code, out, _ = run(["fix", "a.txt"], capsys)
    assert code == 0 and "Fixed a.txt" in out
    assert (tree / "a.txt").read_text() == FIXED
    assert run(["check", "a.txt"], capsys)[0] == 0


def test_show_source_names_file_line_column_rule(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "a.txt").write_text("first line\naimed for .\n")
    code, out, _ = run(["check", "a.txt"], capsys)
    assert code == 1
    assert out == "a.txt:2:10: SPC001 [*] space before '.' (' ' → '')\n"
    # The flags of earlier versions, still in hooks people have installed, give the same.
    assert run(["check", "--show-source", "--no-diff", "a.txt"], capsys)[1] == out


def test_json_format(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "a.txt").write_text("x\naimed for .\n")
    code, out, _ = run(["check", "--format", "json", "a.txt"], capsys)
    data = json.loads(out)
    (edit,) = data["files"][0]["edits"]
    assert code == 1 and (edit["line"], edit["column"], edit["rule"]) == (2, 10, "SPC001")
    assert data["summary"]["changed"] == 1


def test_github_and_sarif_formats(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "a.txt").write_text("aimed for .\n")
    _, out, _ = run(["check", "--format", "github", "a.txt"], capsys)
    assert out.startswith("::warning file=a.txt,line=1,col=10,endLine=1,endColumn=11,title=SPC001 spacing::")
    _, out, _ = run(["check", "--format", "sarif", "a.txt"], capsys)
    sarif = json.loads(out)
    (result,) = sarif["runs"][0]["results"]
    assert result["ruleId"] == "SPC001"
    assert result["locations"][0]["physicalLocation"]["region"]["startColumn"] == 10
    assert any(r["id"] == "SPC001" for r in sarif["runs"][0]["tool"]["driver"]["rules"])


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("donâ€™t .\r\n", "utf-8-sig"),  # UTF-8 BOM, CRLF
        ("donâ€™t .\r\nnext .\nlast .\r", "utf-8"),  # mixed line endings
        ("donâ€™t .\r\n", "utf-16"),  # UTF-16 with BOM
    ],
    ids=["utf8-bom-crlf", "mixed-endings", "utf16"],
)
def test_fix_keeps_encoding_bom_and_line_endings(
    tree: Path, capsys: pytest.CaptureFixture[str], text: str, encoding: str
) -> None:
    path = tree / "a.txt"
    raw = text.encode(encoding)
    path.write_bytes(raw)
    assert run(["fix", "a.txt"], capsys)[0] == 0
    new = path.read_bytes()
    want = text.replace("â€™", "\u2019").replace(" .", ".")  # the file's only quote: its style stays
    assert new == want.encode(encoding)
    assert new[:2] == raw[:2]  # the BOM stays


def test_fix_keeps_permissions(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tree / "a.txt"
    path.write_text(DAMAGED)
    path.chmod(0o751)
    run(["fix", "a.txt"], capsys)
    assert stat.S_IMODE(path.stat().st_mode) == 0o751
    assert path.read_text() == FIXED


def test_fix_writes_through_symlinks(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "real.txt").write_text(DAMAGED)
    (tree / "link.txt").symlink_to("real.txt")
    run(["fix", "link.txt"], capsys)
    assert (tree / "link.txt").is_symlink()
    assert (tree / "real.txt").read_text() == FIXED


def test_binary_is_skipped_and_undecodable_refused(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "bin.txt").write_bytes(b"aimed for .\0\1\2")
    (tree / "latin1.txt").write_bytes("café for .".encode("latin-1"))
    (tree / "ok.txt").write_text(DAMAGED)
    code, _, err = run(["fix", "bin.txt", "latin1.txt", "ok.txt"], capsys)
    assert code == 2
    assert "bin.txt: binary file (NUL bytes), skipped" in err
    assert "latin1.txt: not valid utf-8 (byte 0xe9 at offset 3); left untouched" in err
    assert (tree / "bin.txt").read_bytes() == b"aimed for .\0\1\2"
    assert (tree / "latin1.txt").read_bytes() == "café for .".encode("latin-1")
    assert (tree / "ok.txt").read_text() == FIXED  # the other files go on


def test_configured_encoding_is_read_and_kept(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "latin1.txt").write_bytes("café for .".encode("latin-1"))
    assert run(["fix", "--encoding", "latin-1", "latin1.txt"], capsys)[0] == 0
    assert (tree / "latin1.txt").read_bytes() == "café for.".encode("latin-1")


def test_crash_during_write_leaves_the_old_file(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tree / "a.txt"
    path.write_text(DAMAGED)

    def crash(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    code, _, err = run(["fix", "a.txt"], capsys)
    assert code == 2 and "a.txt: cannot write: No space left on device" in err
    assert path.read_text() == DAMAGED
    assert sorted(p.name for p in tree.iterdir()) == ["a.txt"]  # no temporary file left behind


def test_folders_recurse_with_include_exclude_and_gitignore(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tree, check=True)
    (tree / ".gitignore").write_text("ignored/\n")
    for name in ("docs/a.md", "docs/skip/b.md", "ignored/c.md", "notes.txt", "code.py"):
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text(DAMAGED)
    code, out, _ = run(["check", "--exclude", "docs/skip/", "."], capsys)
    files = {line.split(":")[0] for line in out.splitlines()}
    assert code == 1 and files == {"docs/a.md", "notes.txt"}
    # Excludes apply to files named explicitly too (pre-commit passes names).
    assert run(["check", "--exclude", "*.txt", "notes.txt"], capsys)[0] == 0


def test_config_is_found_walking_up_and_flags_win(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "pyproject.toml").write_text('[tool.textrepair]\nquote-style = "curly"\nexclude = ["drafts/"]\n')
    (tree / "sub").mkdir()
    (tree / "sub" / "a.txt").write_text('"Hi," he said .\n')
    (tree / "drafts").mkdir()
    (tree / "drafts" / "d.txt").write_text(DAMAGED)
    run(["fix", "sub/a.txt", "drafts/d.txt"], capsys)
    assert (tree / "sub" / "a.txt").read_text() == "“Hi,” he said.\n"
    assert (tree / "drafts" / "d.txt").read_text() == DAMAGED
    (tree / "sub" / "a.txt").write_text("“Hi,” he said.\n")
    run(["fix", "--quote-style", "straight", "sub/a.txt"], capsys)
    assert (tree / "sub" / "a.txt").read_text() == '"Hi," he said.\n'


def test_per_path_overrides(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "textrepair.toml").write_text('[[overrides]]\npaths = ["legacy/**"]\nignore = ["SPC"]\n')
    (tree / "legacy").mkdir()
    (tree / "legacy" / "a.txt").write_text("aimed for .\n")
    (tree / "b.txt").write_text("aimed for .\n")
    run(["fix", "legacy/a.txt", "b.txt"], capsys)
    assert (tree / "legacy" / "a.txt").read_text() == "aimed for .\n"
    assert (tree / "b.txt").read_text() == "aimed for.\n"


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('[tool.textrepair]\nquote_stile = "x"\n', "pyproject.toml: unknown key 'quote_stile' (did you mean"),
        ('[tool.textrepair]\nquote-style = "fancy"\n', "pyproject.toml: quote-style: must be one of straight, curly"),
        ("[tool.textrepair\n", "pyproject.toml: cannot read configuration"),
    ],
)
def test_bad_config_exits_2_naming_the_file(
    tree: Path, capsys: pytest.CaptureFixture[str], config: str, message: str
) -> None:
    (tree / "pyproject.toml").write_text(config)
    (tree / "a.txt").write_text("x\n")
    code, _, err = run(["check", "a.txt"], capsys)
    assert code == 2 and message in err


def test_usage_errors_exit_2(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", "missing.txt"], capsys)[0] == 2
    assert run(["check", "--select", "NOPE", "-"], capsys, stdin=b"x")[0] == 2
    assert run(["rule", "NOPE"], capsys)[0] == 2
    assert run(["check"], capsys)[0] == 2


def test_rules_and_rule_docs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "SPC001  space before punctuation" in out
    code, out, _ = run(["rule", "QUO001"], capsys)
    assert code == 0 and "## What it does" in out and "normalizer: quotes (QUO)" in out


def test_batch_jsonl_keeps_order_and_passes_bad_lines(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps({"id": i, "text": f"record {i} .", "other": "x ."}) for i in range(40)]
    lines.insert(3, "not json")
    (tree / "in.jsonl").write_text("\n".join(lines) + "\n")
    code, _, err = run(["batch", "in.jsonl", "-o", "out.jsonl", "-j", "2", "--max-malformed", "1"], capsys)
    out = (tree / "out.jsonl").read_text().splitlines()
    assert code == 0 and len(out) == 41 and out[3] == "not json"
    records = [json.loads(line) for line in out if line != "not json"]
    assert [r["id"] for r in records] == list(range(40))
    assert records[0]["text"] == "record 0." and records[0]["other"] == "x ."
    assert records[0]["textrepair"]["changed"] is True
    assert "41 record(s), 40 changed, 1 malformed" in err
