"""The hooks, run by the real pre-commit tool against this repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = [sys.executable, "-m", "pre_commit"]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    home = tmp_path_factory.mktemp("pre-commit-home")
    return {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }


def _repo(path: Path, files: dict[str, bytes], env: dict[str, str]) -> None:
    subprocess.run(["git", "init", "-q", str(path)], check=True, env=env)
    for name, data in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_bytes(data)
    subprocess.run(["git", "add", "-A"], cwd=path, check=True, env=env)


def _try_repo(path: Path, hook: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PRE_COMMIT, "try-repo", str(ROOT), hook, "--all-files", "--verbose"],
        cwd=path,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_fix_hook_repairs_then_passes(tmp_path: Path, env: dict[str, str]) -> None:
    damaged = "Ukraine’s president said they aimed for .\n".encode()
    _repo(tmp_path, {"news.txt": damaged, "clean.md": b"# Title\n\nClean prose.\n", "image.png": b"\x89PNG\0\0"}, env)
    first = _try_repo(tmp_path, "textrepair", env)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    assert (tmp_path / "news.txt").read_text() == "Ukraine's president said they aimed for.\n"
    assert (tmp_path / "clean.md").read_bytes() == b"# Title\n\nClean prose.\n"
    subprocess.run(["git", "add", "-A"], cwd=tmp_path, check=True, env=env)
    second = _try_repo(tmp_path, "textrepair", env)
    assert second.returncode == 0, second.stdout + second.stderr


def test_check_hook_fails_without_writing(tmp_path: Path, env: dict[str, str]) -> None:
    damaged = b"aimed for .\n"
    _repo(tmp_path, {"a.txt": damaged}, env)
    result = _try_repo(tmp_path, "textrepair-check", env)
    assert result.returncode == 1
    assert "a.txt:1:10: SPC001" in result.stdout
    assert (tmp_path / "a.txt").read_bytes() == damaged
