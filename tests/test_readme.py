"""The README's promises about setting up, CI, the pre-commit snippet, licences and benchmarks hold."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import textrepair

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
sys.path.insert(0, str(ROOT / ".ci"))
import readme_command  # noqa: E402 (the script CI runs, imported to test it)


def test_quickstart_is_two_commands_that_make_their_own_environment() -> None:
    repair, tests = readme_command.commands()
    for command in (repair, tests):
        # A system Python on Debian or Ubuntu refuses `pip install` outside a virtual environment.
        assert command.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install ")
    assert repair.endswith("textrepair diff --word-diff seeds/ && textrepair diff seeds/")
    assert tests.endswith("pip install '.[test]' && python -m pytest")


def test_the_quickstart_repair_runs_on_the_bundled_seeds() -> None:
    repair, _ = readme_command.commands()
    steps = repair.split(" && ")[3:]  # after the install: the commands a new user runs
    assert steps and all(s.startswith("textrepair ") for s in steps)
    exe = Path(sys.executable).with_name("textrepair")
    for step in steps:
        argv = (
            [str(exe), *shlex.split(step)[1:]]
            if exe.exists()
            else [sys.executable, "-m", "textrepair.cli", *shlex.split(step)[1:]]
        )
        r = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
        assert r.returncode == 0, r.stderr
        assert ("[-" in r.stdout) if "--word-diff" in step else r.stdout.startswith("---")


def test_ci_runs_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "readme_command.py tests" in script and 'bash -c "$cmd"' in script
    assert "python3-venv" in (ROOT / ".ci" / "apt-packages.txt").read_text("utf-8").split()


def test_pre_commit_snippet_names_the_tag_of_the_declared_version() -> None:
    revs = re.findall(r"^\s+rev: (\S+)", README, re.M)
    assert PYPROJECT["project"]["dynamic"] == ["version"]  # read from the package: one place to change it
    assert revs == [f"v{textrepair.__version__}"]
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text("utf-8")
    for hook_id in re.findall(r"- id: (\S+)", README.split("## pre-commit", 1)[1].split("\n## ", 1)[0]):
        assert f"- id: {hook_id}\n" in hooks


def test_the_licence_covers_the_bundled_data() -> None:
    project = PYPROJECT["project"]
    expression = project["license"]
    sources = "\n".join(p.read_text("utf-8") for p in sorted((ROOT / "lexicons").glob("*/SOURCES.md")))
    for named, spdx in [
        ("CC BY 4.0", "CC-BY-4.0"),
        ("CC BY-SA 4.0", "CC-BY-SA-4.0"),
        ("LGPL 2.1", "LGPL-2.1-only"),
        ("WordNet", "LicenseRef-WordNet"),
    ]:
        if named in sources:
            assert spdx in expression, f"{named} data is bundled but {spdx} is not in the licence expression"
    assert "lexicons/*/SOURCES.md" in project["license-files"]


def test_benchmarks_without_their_data_say_so(tmp_path: Path) -> None:
    for script, args in [("bench.py", ["--corpus", str(tmp_path)]), ("tree.py", ["--corpus", str(tmp_path / "x.txt")])]:
        r = subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / script), *args], capture_output=True, text=True, check=False
        )
        assert r.returncode != 0
        assert "no corpus at" in r.stderr
