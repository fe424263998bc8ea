"""Shared fixtures: a working folder for command-line runs, and the real pre-commit tool against this repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# Compiled lexicons go to a cache of the test run's own, not the user's.
os.environ.setdefault("TEXTREPAIR_CACHE_DIR", tempfile.mkdtemp(prefix="textrepair-test-cache-"))
# The grammar stage (GRM) asks a LanguageTool server; tests that select it, the
# golden files among them, get a local stand-in answering from tests/languagetool/.
os.environ["TEXTREPAIR_GRAMMAR_SERVER"] = __import__("languagetool_fake").shared().url

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = [sys.executable, "-m", "pre_commit"]


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder that is the current directory, as a user's project is for the command line."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="session")
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


def make_repo(path: Path, files: dict[str, bytes], env: dict[str, str]) -> None:
    subprocess.run(["git", "init", "-q", str(path)], check=True, env=env)
    for name, data in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_bytes(data)
    subprocess.run(["git", "add", "-A"], cwd=path, check=True, env=env)


def try_repo(path: Path, hook: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PRE_COMMIT, "try-repo", str(ROOT), hook, "--all-files", "--verbose"],
        cwd=path,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
