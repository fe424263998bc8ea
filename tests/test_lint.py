"""The code style the project holds itself to: ruff's checks and formatting, and mypy in strict mode.

Run as tests so that the one test command (README) is the whole gate. Each
check runs the tool on the source tree as a developer would; a finding fails
with the tool's own report.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: What ruff checks and formats: the package and everything that runs it.
RUFF_PATHS = ["src", "tests", "scripts", "benchmarks", "examples"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def _need(module: str) -> None:
    if shutil.which(module) is None and _run(module, "--version").returncode != 0:
        pytest.skip(f"{module} is not installed (pip install '.[test]')")


def test_ruff_check() -> None:
    _need("ruff")
    r = _run("ruff", "check", *RUFF_PATHS)
    assert r.returncode == 0, r.stdout + r.stderr


def test_ruff_format() -> None:
    _need("ruff")
    r = _run("ruff", "format", "--check", *RUFF_PATHS)
    assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_strict() -> None:
    _need("mypy")
    r = _run("mypy", "src")
    assert r.returncode == 0, r.stdout + r.stderr
