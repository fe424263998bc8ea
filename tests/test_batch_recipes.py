"""The recipes of docs/batch.md and the corpus example run as documented."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "batch.md"
EXAMPLE = ROOT / "examples" / "corpus"
#: A recipe whose first line starts so is shown, not run (its framework is not installed here).
UNTESTED = "# untested"
#: Each recipe section's framework: the recipe is skipped when it is not installed.
NEEDS = {"pandas": "pandas", "Hugging Face": "datasets", "Dask": "dask"}

CORPUS = [
    {"id": 1, "text": "The mayor said the plan wouldnâ€™t raise taxes .", "score": 1e5},
    {"id": 2, "text": "Rain  is expected on Tuesday , forecasters said.", "score": 0.25},
    {"id": 3, "text": "Nothing to repair here.", "score": 2},
]
REPAIRED = ["The mayor said the plan wouldn't raise taxes.", "Rain is expected on Tuesday, forecasters said."]


def recipes() -> list[tuple[str, str]]:
    """(section title, code) of each Python block under "## Recipes"."""
    text = DOC.read_text("utf-8").split("\n## Recipes", 1)[1]
    out = []
    for section in re.split(r"\n### ", text)[1:]:
        title = section.splitlines()[0]
        for code in re.findall(r"```python\n(.*?)```", section, re.S):
            out.append((title, code))
    return out


def test_every_section_has_a_recipe() -> None:
    assert [title for title, _ in recipes()] == ["pandas", "Hugging Face `datasets`", "Dask", "Dask", "Spark"]


@pytest.mark.parametrize(("title", "code"), recipes(), ids=[f"{t}-{i}" for i, (t, _) in enumerate(recipes())])
def test_recipe_runs(title: str, code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if code.startswith(UNTESTED):
        pytest.skip(code.splitlines()[0])
    for prefix, module in NEEDS.items():
        if title.startswith(prefix):
            pytest.importorskip(module)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in CORPUS), "utf-8")
    exec(compile(code, f"{DOC.name}: {title}", "exec"), {"__name__": "recipe"})
    written = sorted(p for p in tmp_path.rglob("*") if p.is_file() and p.name != "corpus.jsonl")
    assert written, "a recipe writes its result"
    texts = []
    for path in written:
        if path.suffix == ".jsonl":
            texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]
        elif path.suffix == ".parquet":
            texts += __import__("pandas").read_parquet(path)["text"].tolist()
    assert set(REPAIRED) <= set(texts) and not {r["text"] for r in CORPUS[:2]} & set(texts)


def test_dask_example_matches_the_command(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    sample = EXAMPLE / "sample.jsonl"
    proc = subprocess.run(
        [sys.executable, str(EXAMPLE / "clean_with_dask.py"), str(sample), str(tmp_path / "dask")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (proc.returncode, proc.stdout) == (0, "3 record(s) changed\n"), proc.stderr
    subprocess.run(
        [sys.executable, "-m", "textrepair.cli", "batch", str(sample), "-o", str(tmp_path / "cli.jsonl"), "-q"],
        check=True,
    )
    from_dask = [json.loads(line) for path in sorted((tmp_path / "dask").glob("part-*.jsonl")) for line in path.open()]
    from_cli = [json.loads(line) for line in (tmp_path / "cli.jsonl").open() if line.strip()]
    assert from_dask == from_cli
