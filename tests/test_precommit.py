"""The hooks, run by the real pre-commit tool against this repository."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import make_repo, try_repo


def test_fix_hook_repairs_then_passes(tmp_path: Path, env: dict[str, str]) -> None:
    damaged = "Ukraine’s president said they aimed for .\n".encode()
    make_repo(
        tmp_path, {"news.txt": damaged, "clean.md": b"# Title\n\nClean prose.\n", "image.png": b"\x89PNG\0\0"}, env
    )
    first = try_repo(tmp_path, "textrepair", env)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    # The file's only quote is curly: its style stays (docs/rules/QUO.md); the space goes.
    assert (tmp_path / "news.txt").read_text() == "Ukraine’s president said they aimed for.\n"
    assert (tmp_path / "clean.md").read_bytes() == b"# Title\n\nClean prose.\n"
    subprocess.run(["git", "add", "-A"], cwd=tmp_path, check=True, env=env)
    second = try_repo(tmp_path, "textrepair", env)
    assert second.returncode == 0, second.stdout + second.stderr


def test_check_hook_fails_without_writing(tmp_path: Path, env: dict[str, str]) -> None:
    damaged = b"aimed for .\n"
    make_repo(tmp_path, {"a.txt": damaged}, env)
    result = try_repo(tmp_path, "textrepair-check", env)
    assert result.returncode == 1
    assert "a.txt:1:10: SPC001" in result.stdout
    assert (tmp_path / "a.txt").read_bytes() == damaged
