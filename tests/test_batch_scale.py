"""``textrepair batch`` at scale: a Dask cluster, kill and resume, the record size guard, the documented schema."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from textrepair import batch
from textrepair.cli import main

DAMAGED = "donâ€™t  stop now ."
ROOT = Path(__file__).resolve().parents[1]
SCHEMA_DOC = ROOT / "docs" / "json-schema.md"
#: How often the kill test looks at the run's journal.
POLL_SECONDS = 0.05
#: The kill test's run: records per chunk and chunks committed before it waits to be killed.
RESUME_CHUNK_RECORDS = 5
RESUME_PAUSE_CHUNKS = 3


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["batch", *args])
    return code, capsys.readouterr().err


def corpus(count: int, broken: int | None = None) -> str:
    records = [json.dumps({"id": i, "text": f"Record {i}: {DAMAGED}", "score": 1.5}) for i in range(count)]
    if broken is not None:
        records[broken] = "broken"
    return "\n".join(records) + "\n"


# -- a real Dask cluster ---------------------------------------------------------


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed (textrepair[dask])")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as local:
        yield local.scheduler_address


def test_a_dask_cluster_gives_the_local_output(tree: Path, capsys: pytest.CaptureFixture[str], cluster: str) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    texts = [f"Row {i}: {DAMAGED}" if i % 3 else None for i in range(40)]
    table = pa.table({"id": list(range(40)), "text": texts, "score": [i / 4 for i in range(40)]})
    # Several partitions (row groups), each its own chunk and its own task on the cluster.
    pq.write_table(table, tree / "in.parquet", row_group_size=10)
    assert pq.ParquetFile(tree / "in.parquet").num_row_groups == 4
    code_local, _ = run(["in.parquet", "-o", "local.parquet", "-j", "1", "--chunk-records", "10"], capsys)
    code_dask, err = run(["in.parquet", "-o", "dask.parquet", "--scheduler", cluster, "--chunk-records", "10"], capsys)
    assert code_local == code_dask == 0, err
    local, remote = pq.read_table(tree / "local.parquet"), pq.read_table(tree / "dask.parquet")
    assert remote.equals(local) and remote.schema.equals(local.schema, check_metadata=True)
    assert remote.column("textrepair_changed").to_pylist().count(True) == 26
    import distributed

    with distributed.Client(cluster) as client:
        # Both worker processes repaired chunks: each holds the job the command sent it.
        ran = client.run(lambda: __import__("textrepair.batch.worker", fromlist=["_JOB"])._JOB is not None)
    assert list(ran.values()) == [True, True]
    (tree / "in.jsonl").write_text(corpus(30, broken=12))
    run(["in.jsonl", "-o", "local.jsonl", "-j", "1", "--chunk-records", "4"], capsys)
    code, err = run(["in.jsonl", "-o", "dask.jsonl", "--scheduler", cluster, "--chunk-records", "4"], capsys)
    assert code == 1 and "line 13: not JSON" in err
    assert (tree / "dask.jsonl").read_bytes() == (tree / "local.jsonl").read_bytes()


def test_an_unreachable_scheduler_is_a_one_line_error(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed", reason="dask.distributed is not installed (textrepair[dask])")
    monkeypatch.setattr(batch.pool, "SCHEDULER_TIMEOUT_SECONDS", 0.5)  # nothing listens there: no need to wait long
    (tree / "in.jsonl").write_text(corpus(2))
    code, err = run(["in.jsonl", "-o", "out.jsonl", "--scheduler", "tcp://127.0.0.1:1"], capsys)
    assert code == 2 and not (tree / "out.jsonl").exists()
    assert err.startswith("textrepair: error: --scheduler tcp://127.0.0.1:1: cannot reach the Dask scheduler")
    assert err.count("\n") == 1


def test_without_distributed_the_scheduler_flag_says_what_to_install(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes ``import distributed`` fail
    (tree / "in.jsonl").write_text(corpus(2))
    code, err = run(["in.jsonl", "-o", "out.jsonl", "--scheduler", "tcp://127.0.0.1:8786"], capsys)
    assert code == 2
    assert err == "textrepair: error: --scheduler needs dask.distributed: pip install 'textrepair[dask]'\n"


# -- kill -9 and --resume ------------------------------------------------------


def journal_entries(path: Path) -> int:
    try:
        return max(path.read_text().count("\n") - 1, 0)  # the first line names the run
    except FileNotFoundError:
        return 0


def plain(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


@pytest.mark.parametrize("output", ["out.jsonl", "out.jsonl.gz"])
def test_a_killed_run_resumes_without_redoing_finished_chunks(
    tree: Path, capsys: pytest.CaptureFixture[str], output: str
) -> None:
    (tree / "in.jsonl").write_bytes(b"\xef\xbb\xbf" + corpus(60, broken=20).encode())
    flags = ["--chunk-records", str(RESUME_CHUNK_RECORDS), "-j", "1", "--max-malformed", "5"]
    extra = ["--rejects", "rejects.jsonl", "--stats", "stats.json"]
    env = dict(os.environ, **{batch.TEST_HOOK_PAUSE_ENV: str(RESUME_PAUSE_CHUNKS)})
    command = [sys.executable, "-m", "textrepair.cli", "batch", "in.jsonl", "-o", output, *flags, *extra]
    proc = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    journal = tree / f".{output}{batch.JOURNAL_SUFFIX}"
    while journal_entries(journal) < RESUME_PAUSE_CHUNKS:
        assert proc.poll() is None, "the run ended before the test hook paused it"
        time.sleep(POLL_SECONDS)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not (tree / output).exists() and not (tree / "rejects.jsonl").exists()
    assert (tree / f".{output}{batch.PARTIAL_SUFFIX}").exists()

    # Another run's settings do not resume this one, and leave it resumable.
    code, err = run(["in.jsonl", "-o", output, *flags, *extra, "--resume", "--profile", "safe"], capsys)
    assert code == 2 and "run without --resume to start over" in err and journal.exists()

    code, err = run(["in.jsonl", "-o", output, *flags, *extra, "--resume"], capsys)
    done = RESUME_PAUSE_CHUNKS * RESUME_CHUNK_RECORDS
    assert code == 0 and f"resuming at line {done + 1}" in err
    resumed_stats = json.loads((tree / "stats.json").read_text())
    resumed_rejects = (tree / "rejects.jsonl").read_bytes()

    code, _ = run(["in.jsonl", "-o", "whole.jsonl", *flags, *extra], capsys)
    assert code == 0
    assert plain(tree / output) == (tree / "whole.jsonl").read_bytes()
    assert plain(tree / output).startswith(b'\xef\xbb\xbf{"id": 0, "text": "Record 0: don\'t stop now."')
    assert resumed_rejects == (tree / "rejects.jsonl").read_bytes() and b'"line": 21' in resumed_rejects
    whole_stats = json.loads((tree / "stats.json").read_text())
    assert {**resumed_stats, "seconds": 0} == {**whole_stats, "seconds": 0}
    assert whole_stats["records"] == 60 and whole_stats["malformed"] == 1
    assert sorted(p.name for p in tree.iterdir()) == sorted(
        ["in.jsonl", output, "whole.jsonl", "rejects.jsonl", "stats.json"]
    )  # no partial output, no journal


def test_resume_without_an_unfinished_run_starts_over(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "in.jsonl").write_text(corpus(3))
    code, err = run(["in.jsonl", "-o", "out.jsonl", "--resume"], capsys)
    assert code == 0 and "no unfinished run to resume; starting" in err
    assert len((tree / "out.jsonl").read_text().splitlines()) == 3
    code, err = run(["in.jsonl", "--resume"], capsys)
    assert code == 2 and "--resume works on a JSON Lines file written to a file" in err


# -- the record size guard -------------------------------------------------------


def test_oversized_records_pass_through_unrepaired_and_are_reported(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = "Huge  page . " * 20
    (tree / "in.jsonl").write_text(json.dumps({"text": DAMAGED}) + "\n" + json.dumps({"text": big}) + "\n")
    code, err = run(["in.jsonl", "-o", "out.jsonl", "--max-record-bytes", "100", "--stats", "stats.json"], capsys)
    assert code == 0
    size = len(json.dumps({"text": big}))  # the whole line, as read
    assert f"in.jsonl: line 2: {size} bytes, over --max-record-bytes 100; passed through unrepaired" in err
    first, second = (json.loads(line) for line in (tree / "out.jsonl").read_text().splitlines())
    assert first["textrepair"]["changed"] and second["text"] == big
    assert second["textrepair"] == {"changed": False, "edits": 0, "suggestions": 0, "rules": {}, "spin": None}
    stats = json.loads((tree / "stats.json").read_text())
    assert stats["oversized"] == 1 and stats["records"] == 2 and stats["changed"] == 1

    with open(tree / "in.csv", "w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows([["id", "text"], ["1", "ragged"], ["2", DAMAGED, "extra"], ["3", big]])
    code, err = run(["in.csv", "-o", "out.csv", "--max-record-bytes", "100", "--max-malformed", "1"], capsys)
    assert code == 0 and "in.csv: line 4: 260 bytes, over --max-record-bytes 100" in err
    rows = list(csv.reader(io.StringIO((tree / "out.csv").read_text())))
    assert rows[3][1] == big and rows[3][2] == "False"


# -- the documented schema of the added fields ----------------------------------------------


def documented_fields() -> tuple[list[str], list[str]]:
    """(always, with --edits only) field names of the batch section of docs/json-schema.md."""
    text = SCHEMA_DOC.read_text(encoding="utf-8")
    section = text.split("## Batch records", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| [^|]+ \| ([^|]+) \|", section, flags=re.MULTILINE)
    always = [name for name, when in rows if when.strip() == "always"]
    edits = [name for name, when in rows if when.strip() == "with `--edits`"]
    return always, edits


def output_keys(tree: Path, capsys: pytest.CaptureFixture[str], flags: list[str]) -> set[tuple[str, ...]]:
    code, err = run(["in.jsonl", "-o", "out.jsonl", "--max-malformed", "9", *flags], capsys)
    assert code == 0, err
    keys: set[tuple[str, ...]] = set()
    for line in (tree / "out.jsonl").read_text().splitlines():
        record: dict[str, Any] = json.loads(line) if line.startswith("{") else {}
        if "textrepair" in record:
            keys.add(tuple(record["textrepair"]))
    return keys


@pytest.mark.parametrize(
    "flags",
    [[], ["--profile", "safe"], ["--select", "QUO"], ["--max-record-bytes", "40"], ["--quote-style", "curly"]],
)
def test_the_documented_fields_are_those_of_every_record(
    tree: Path, capsys: pytest.CaptureFixture[str], flags: list[str]
) -> None:
    always, edits = documented_fields()
    assert always == ["changed", "edits", "suggestions", "rules", "spin"] and edits == ["edit_list", "suggestion_list"]
    records = [{"text": DAMAGED}, {"text": None}, {"other": 1}, {"text": "Fine."}, {"text": "Long  " * 20}]
    (tree / "in.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\nbroken\n")
    assert output_keys(tree, capsys, flags) == {tuple(always)}
    assert output_keys(tree, capsys, [*flags, "--edits"]) == {tuple(always + edits)}
