"""The example content repo, fixed by the real pre-commit hook end to end."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from conftest import try_repo
from textrepair.markup import kind_for_path, protected_spans

SITE = Path(__file__).resolve().parents[1] / "examples" / "site"


def _protected_texts(path: Path) -> list[str]:
    text = path.read_text("utf-8")
    return [text[a:b] for a, b in protected_spans(text, kind_for_path(str(path)))]


def test_example_site_is_fixed_and_code_is_untouched(tmp_path: Path, env: dict[str, str]) -> None:
    repo = tmp_path / "site"
    shutil.copytree(SITE, repo)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    files = sorted(p for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts)
    before = {p: p.read_bytes() for p in files}
    protected = {p: _protected_texts(p) for p in files if kind_for_path(str(p)) != "text"}
    assert any(protected.values()), "the example site should have code, URLs and front matter"

    first = try_repo(repo, "textrepair", env)
    assert first.returncode == 1, first.stdout + first.stderr
    changed = [p for p in files if p.read_bytes() != before[p]]
    assert changed, "the damaged prose should have been repaired"
    for path, texts in protected.items():
        assert _protected_texts(path) == texts, f"protected bytes changed in {path.name}"

    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    second = try_repo(repo, "textrepair", env)
    assert second.returncode == 0, second.stdout + second.stderr
