"""``textrepair batch`` end to end: fidelity, errors, settings, formats, workers."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import multiprocessing
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from processes import alive
from textrepair import batch, formats
from textrepair.cli import main

DAMAGED = "donâ€™t  stop now ."
FIXED = "don't stop now."
META_KEYS = ["changed", "edits", "suggestions", "rules", "spin"]
SHARED = Path(__file__).resolve().parents[2] / "shared"
#: How often the kill test looks for the run's temporary output.
POLL_SECONDS = 0.05


def run(args: list[str], capsys: pytest.CaptureFixture[str], stdin: bytes | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        code = main(["batch", *args])
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


def test_other_fields_blank_lines_and_line_endings_stay_byte_for_byte(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        b'{"id": 1e5, "text": "' + DAMAGED.encode() + b'", "x": NaN, "nested": {"a": [1.50, -0]}}\r\n',
        b"\n",
        b'{"text":"a  b .","n":7.0E+0}\n',
        b'{ "esc": "caf\\u00e9", "text" : "caf\\u00e9  ." }\n',
        b'{"text": "fine.", "tail": "\\/"}',  # the last line has no newline
    ]
    (tree / "in.jsonl").write_bytes(b"".join(lines))
    code, _, err = run(["in.jsonl", "-o", "out.jsonl"], capsys)
    out = (tree / "out.jsonl").read_bytes().split(b"\n")
    assert code == 0, err
    assert out[0].startswith(b'{"id": 1e5, "text": "don\'t stop now.", "x": NaN, "nested": {"a": [1.50, -0]}, ')
    assert out[0].endswith(b"}\r")
    assert out[1] == b""  # record N is line N
    assert out[2].startswith(b'{"text":"a b.","n":7.0E+0,"textrepair":{"changed":true,')  # compact stays compact
    assert out[3].startswith(b'{ "esc": "caf\\u00e9", "text" : "caf\\u00e9.", "textrepair": {')  # escapes kept
    assert out[3].endswith(b"} }")
    assert (
        out[4]
        == b'{"text": "fine.", "tail": "\\/", "textrepair": '
        + json.dumps({"changed": False, "edits": 0, "suggestions": 0, "rules": {}, "spin": 0.0}).encode()
        + b"}"
    )
    assert "5 record(s), 3 changed, 0 malformed, 0 without text" not in err  # a blank line is no record
    assert "4 record(s), 3 changed, 0 malformed, 0 without text;" in err


def test_a_byte_order_mark_stays_in_front(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "in.jsonl").write_bytes(formats.UTF8_BOM + b'{"text": "a  b ."}\n')
    code, _, _ = run(["in.jsonl", "-o", "out.jsonl"], capsys)
    assert code == 0
    assert (tree / "out.jsonl").read_bytes().startswith(formats.UTF8_BOM + b'{"text": "a b.", "textrepair": ')


def test_metadata_has_one_shape_and_edits_add_lists(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "in.jsonl").write_text(json.dumps({"text": DAMAGED}) + "\n" + json.dumps({"text": None}) + "\n")
    run(["in.jsonl", "-o", "plain.jsonl"], capsys)
    run(["in.jsonl", "-o", "edits.jsonl", "--edits"], capsys)
    plain = [json.loads(line)["textrepair"] for line in (tree / "plain.jsonl").read_text().splitlines()]
    full = [json.loads(line)["textrepair"] for line in (tree / "edits.jsonl").read_text().splitlines()]
    assert [list(m) for m in plain] == [META_KEYS, META_KEYS]
    assert [list(m) for m in full] == [[*META_KEYS, "edit_list", "suggestion_list"]] * 2
    assert plain[0] == {"changed": True, "edits": 3, "suggestions": 0, "rules": plain[0]["rules"], "spin": 0.0}
    assert sum(plain[0]["rules"].values()) == 3 == len(full[0]["edit_list"])
    assert plain[1] == {"changed": False, "edits": 0, "suggestions": 0, "rules": {}, "spin": None}
    assert full[1]["edit_list"] == []


def test_malformed_records_are_kept_reported_and_exit_1(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ['{"text": "ok ."}', "not json", '{"text": 5}', '{"text": "x", "textrepair": {}}', "[1]"]
    (tree / "in.jsonl").write_bytes("\n".join(lines).encode() + b"\n\xff\xfe\n")
    code, _, err = run(["in.jsonl", "-o", "out.jsonl", "--rejects", "rejects.jsonl"], capsys)
    assert code == 1
    assert err.splitlines()[:5] == [
        "textrepair: in.jsonl: line 2: not JSON (Expecting value at column 1); kept as it was",
        "textrepair: in.jsonl: line 3: field 'text' is not a string; kept as it was",
        "textrepair: in.jsonl: line 4: already has a 'textrepair' field (name another with --meta-field); "
        "kept as it was",
        "textrepair: in.jsonl: line 5: a JSON value that is not an object; kept as it was",
        "textrepair: in.jsonl: line 6: not UTF-8 (byte 0xff at column 1); kept as it was",
    ]
    assert "6 record(s), 1 changed, 5 malformed, 0 without text;" in err
    out = (tree / "out.jsonl").read_bytes().split(b"\n")
    assert out[1:6] == [line.encode() for line in lines[1:]] + [b"\xff\xfe"]
    rejects = [json.loads(line) for line in (tree / "rejects.jsonl").read_text().splitlines()]
    assert [r["line"] for r in rejects] == [2, 3, 4, 5, 6]
    assert rejects[0] == {"line": 2, "reason": "not JSON (Expecting value at column 1)", "record": "not json"}


def test_malformed_records_can_be_dropped_and_tolerated(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "in.jsonl").write_text('{"text": "a ."}\nnope\n{"text": "b ."}\n')
    code, _, err = run(["in.jsonl", "-o", "out.jsonl", "--malformed", "drop", "--max-malformed", "1"], capsys)
    assert code == 0
    assert "textrepair: in.jsonl: line 2: not JSON (Expecting value at column 1); left out" in err
    assert [json.loads(line)["text"] for line in (tree / "out.jsonl").read_text().splitlines()] == ["a.", "b."]


def test_an_existing_metadata_field_is_kept_under_another_name(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "in.jsonl").write_text('{"text": "a .", "textrepair": "earlier"}\n')
    code, _, _ = run(["in.jsonl", "-o", "out.jsonl", "--meta-field", "repair2"], capsys)
    record = json.loads((tree / "out.jsonl").read_text())
    assert code == 0 and record["textrepair"] == "earlier" and record["repair2"]["changed"] is True
    run(["in.jsonl", "-o", "bare.jsonl", "--meta-field", ""], capsys)
    assert (tree / "bare.jsonl").read_text() == '{"text": "a.", "textrepair": "earlier"}\n'


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.jsonl"], "missing.jsonl: no such file"),
        (["folder"], "folder: is a folder; batch reads one file (run it once per shard)"),
        (["in.jsonl", "-o", "nowhere/out.jsonl"], "nowhere/out.jsonl: folder {tree}/nowhere does not exist"),
        (["in.jsonl", "-o", "folder"], "folder: is a folder, not a file name"),
        (["in.jsonl", "-o", "in.jsonl"], "in.jsonl: is the input file; write to another file"),
        (["in.jsonl", "-o", "out.csv"], "out.csv: the output is jsonl like the input; give it a matching name"),
        (["in.txt"], "in.txt: cannot tell the format from the name; pass --format jsonl|csv|parquet"),
        (["in.jsonl", "--max-malformed", "-1"], "--max-malformed takes a number of records, 0 or more"),
        (["in.jsonl", "--meta-field", "text"], "--meta-field must differ from --field"),
        (["in.jsonl", "--select", "NOPE"], "--select: unknown rule or normalizer 'NOPE' (see `textrepair rules`)"),
        (["in.jsonl", "--config", "none.toml"], "none.toml: no such configuration file"),
        (["in.jsonl", "--rejects", "-"], "--rejects takes a file name (standard output holds the records)"),
    ],
)
def test_user_errors_are_one_line_and_exit_2(
    tree: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    (tree / "folder").mkdir()
    (tree / "in.jsonl").write_text('{"text": "a ."}\n')
    (tree / "in.txt").write_text('{"text": "a ."}\n')
    code, out, err = run(args, capsys)
    assert (code, out, err) == (2, "", f"textrepair: error: {message.format(tree=tree)}\n")


def test_the_installed_command_reports_errors_without_a_traceback(tree: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "textrepair.cli", "batch", "missing.jsonl"], capture_output=True, text=True, check=False
    )
    assert (proc.returncode, proc.stderr) == (2, "textrepair: error: missing.jsonl: no such file\n")


def test_a_failed_run_leaves_the_previous_output_and_no_temporary_file(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tree / "in.jsonl").write_text('{"text": "a ."}\n')
    (tree / "out.jsonl").write_text("previous\n")
    code, _, _ = run(["in.jsonl", "-o", "out.jsonl", "--select", "NOPE"], capsys)
    assert code == 2 and (tree / "out.jsonl").read_text() == "previous\n"
    code, _, _ = run(["in.jsonl", "-o", "out.jsonl"], capsys)
    assert code == 0 and sorted(p.name for p in tree.iterdir()) == ["in.jsonl", "out.jsonl"]
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE((tree / "out.jsonl").stat().st_mode) == 0o666 & ~mask  # not a temporary file's 0600


def test_a_killed_run_leaves_no_output(tree: Path) -> None:
    # Standard input stays open, so the run is surely in the middle when it is killed.
    proc = subprocess.Popen(
        [sys.executable, "-m", "textrepair.cli", "batch", "-", "-o", "out.jsonl", "-j", "1"],
        stdin=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdin is not None
    proc.stdin.write(b"".join(b'{"text": "a  b ."}\n' for _ in range(5000)))
    proc.stdin.flush()
    while not list(tree.glob(".out.jsonl.*")):  # the temporary output: the run has started writing
        assert proc.poll() is None
        time.sleep(POLL_SECONDS)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdin.close()
    assert not (tree / "out.jsonl").exists()


def test_configuration_and_rule_flags_apply(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "in.jsonl").write_text(json.dumps({"text": "Ok .  “Quoted” ."}) + "\n")
    (tree / "textrepair.toml").write_text('ignore = ["SPC"]\n')
    run(["in.jsonl", "-o", "configured.jsonl"], capsys)
    assert json.loads((tree / "configured.jsonl").read_text())["text"] == 'Ok .  "Quoted" .'
    (tree / "other.toml").write_text('quote-style = "keep"\n')
    run(["in.jsonl", "-o", "explicit.jsonl", "--config", "other.toml"], capsys)
    # Two spaces after a full stop are a style, kept.
    assert json.loads((tree / "explicit.jsonl").read_text())["text"] == "Ok.  “Quoted”."
    run(["in.jsonl", "-o", "selected.jsonl", "--config", "other.toml", "--select", "QUO"], capsys)
    assert json.loads((tree / "selected.jsonl").read_text())["text"] == "Ok .  “Quoted” ."
    (tree / "kiev.jsonl").write_text('{"text": "He flew to Kiev on Monday."}\n')
    run(["kiev.jsonl", "-o", "styled.jsonl", "--style", "ukrainian-names"], capsys)
    assert json.loads((tree / "styled.jsonl").read_text())["text"] == "He flew to Kyiv on Monday."
    run(["kiev.jsonl", "-o", "allowed.jsonl", "--style", "ukrainian-names", "--allow", "Kiev"], capsys)
    assert json.loads((tree / "allowed.jsonl").read_text())["text"] == "He flew to Kiev on Monday."


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_workers_give_the_same_output_as_one_process(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    if start not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {start} here")
    monkeypatch.setattr(batch.pool, "_start_method", lambda: multiprocessing.get_context(start))
    # Small chunks, so that a short test crosses many of them on two real workers.
    monkeypatch.setattr(formats, "CHUNK_RECORDS", 7)
    records = [json.dumps({"id": i, "text": f"Record {i} {DAMAGED}"}) for i in range(60)]
    records[30] = "broken"
    (tree / "in.jsonl").write_text("\n".join(records) + "\n")
    code1, _, _ = run(["in.jsonl", "-o", "one.jsonl", "-j", "1"], capsys)
    code2, _, err2 = run(["in.jsonl", "-o", "two.jsonl", "-j", "2"], capsys)
    code_auto, _, _ = run(["in.jsonl", "-o", "auto.jsonl"], capsys)  # nine chunks: all cores
    assert code1 == code2 == code_auto == 1
    assert (tree / "one.jsonl").read_bytes() == (tree / "two.jsonl").read_bytes() == (tree / "auto.jsonl").read_bytes()
    assert "in.jsonl: line 31: not JSON" in err2 and "60 record(s), 59 changed, 1 malformed" in err2


_ORPHAN_SCRIPT = """
import multiprocessing, os, signal, sys, threading, time
from textrepair.batch import pool
from textrepair.batch.worker import Job

pool._start_method = lambda: multiprocessing.get_context("fork")  # the watcher thread below would rule fork out
folder, run = sys.argv[1], os.getpid()

def chunk(n):
    if os.getpid() != run:  # the first chunk is repaired in the run itself
        open(os.path.join(folder, f"{os.getpid()}.pid"), "w").close()
        time.sleep(3)
        open(os.path.join(folder, f"{os.getpid()}.after"), "w").close()
    return n

def kill_once_a_worker_runs():
    while not any(name.endswith(".pid") for name in os.listdir(folder)):
        time.sleep(0.05)
    os.kill(run, signal.SIGKILL)

threading.Thread(target=kill_once_a_worker_runs, daemon=True).start()
for _ in pool.ordered_map(chunk, ((n, n) for n in range(4)), Job("text", "textrepair", False, False, {}), 2):
    pass
"""


def test_batch_workers_die_with_a_killed_run(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _ORPHAN_SCRIPT, str(tmp_path)], timeout=60)
    assert done.returncode == -signal.SIGKILL
    workers = [int(p.stem) for p in tmp_path.glob("*.pid")]
    assert workers
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(map(alive, workers)):
        time.sleep(POLL_SECONDS)
    assert not any(map(alive, workers))
    time.sleep(3.5)  # past the chunk's own end
    assert not list(tmp_path.glob("*.after"))


def test_standard_input_to_standard_output_and_stats(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["-", "--stats", "stats.json", "-q"], capsys, stdin=b'{"text": "a ."}\n\n{"text": null}\n')
    assert code == 0
    assert out.splitlines()[0].startswith('{"text": "a.", "textrepair": {"changed": true')
    stats = json.loads((tree / "stats.json").read_text())
    assert {k: stats[k] for k in ("records", "changed", "malformed", "without_text", "blank_lines", "edits")} == {
        "records": 2,
        "changed": 1,
        "malformed": 0,
        "without_text": 1,
        "blank_lines": 1,
        "edits": 1,
    }


def test_gzip_json_lines(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "in.jsonl.gz").write_bytes(gzip.compress(b'{"text": "a ."}\n'))
    code, _, _ = run(["in.jsonl.gz", "-o", "out.jsonl.gz"], capsys)
    assert code == 0 and gzip.decompress((tree / "out.jsonl.gz").read_bytes()).startswith(b'{"text": "a.", ')


def test_csv_keeps_every_cell_and_reports_ragged_rows(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "in.csv").write_text('id,text,code\n1,"a  b .",007\n2,"two\nlines  .",x\n3,ragged\n', newline="")
    code, _, err = run(["in.csv", "-o", "out.csv"], capsys)
    assert code == 1
    assert "textrepair: in.csv: line 5: 2 cells where the header has 3; kept as it was" in err
    assert (tree / "out.csv").read_bytes().decode() == (
        "id,text,code,textrepair_changed,textrepair_edits,textrepair_suggestions,textrepair_rules,textrepair_spin\n"
        '1,a b.,007,True,2,0,"{""SPC001"": 1, ""SPC002"": 1}",0.0\n'
        '2,"two\nlines.",x,True,1,0,"{""SPC001"": 1}",0.0\n'
        "3,ragged\n"
    )
    code, _, err = run(["in.csv", "--field", "body"], capsys)
    assert (code, err) == (2, "textrepair: error: in.csv: no column 'body' (columns: id, text, code)\n")


def test_parquet_keeps_other_columns_and_their_types(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table(
        {
            "id": pa.array([1, 2, 3], pa.int32()),
            "text": ["a  b .", None, DAMAGED],
            "when": pa.array([1.5, None, 1e5]),
        }
    )
    pq.write_table(table, tree / "in.parquet")
    code, _, err = run(["in.parquet", "-o", "out.parquet", "-j", "1"], capsys)
    assert code == 0, err
    out = pq.read_table(tree / "out.parquet")
    assert out.column("id").equals(table.column("id")) and out.column("when").equals(table.column("when"))
    assert out.column("text").to_pylist() == ["a b.", None, FIXED]
    assert out.column("textrepair_changed").to_pylist() == [True, False, True]
    assert out.schema.field("textrepair_edits").type == pa.int64()
    assert "3 record(s), 2 changed, 0 malformed, 1 without text;" in err
    code, _, _ = run(["in.parquet", "-o", "two.parquet", "-j", "2"], capsys)
    assert code == 0 and pq.read_table(tree / "two.parquet").equals(out)
    code, _, err = run(["out.parquet", "-o", "again.parquet"], capsys)
    assert (code, err) == (
        2,
        "textrepair: error: out.parquet: already has column(s) textrepair_changed, textrepair_edits, "
        "textrepair_suggestions, textrepair_rules, textrepair_spin; name another with --meta-field\n",
    )


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_the_command_shows_progress_on_a_terminal_and_not_in_a_pipe(tree: Path) -> None:
    import pty

    (tree / "in.jsonl").write_text('{"text": "a  b ."}\n' * 3)
    command = [sys.executable, "-m", "textrepair.cli", "batch", "in.jsonl", "-o", "out.jsonl"]
    piped = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "\r" not in piped.stderr and piped.stderr.startswith("3 record(s), 3 changed")
    leader, follower = pty.openpty()
    with subprocess.Popen(command, stderr=follower) as proc:
        os.close(follower)
        shown = b""
        with contextlib.suppress(OSError):  # the terminal closes with the process
            while chunk := os.read(leader, 4096):
                shown += chunk
    os.close(leader)
    assert proc.returncode == 0
    assert shown.startswith(b"\r3 records, ") and b"100%, 0:00 left" in shown
    assert b"\r\x1b[K3 record(s), 3 changed" in shown  # the progress line is cleared before the summary


def test_progress_goes_to_a_terminal_only(capsys: pytest.CaptureFixture[str]) -> None:
    quiet = batch.Progress(100, enabled=False)
    quiet.update(10, 50)
    shown = batch.Progress(100, enabled=True)
    shown.update(10, 50)
    shown.close()
    err = capsys.readouterr().err
    assert err.startswith("\r10 records, ") and ", 50%, 0:00 left" in err and err.endswith("\r\x1b[K")


# -- the library helpers and the data-framework recipes ------------------------


def test_repair_records_and_columns() -> None:
    records = batch.repair_records([{"id": 1, "text": DAMAGED}, {"id": 2}], quote_style="curly")
    assert records[0]["text"] == "don’t stop now." and records[0]["textrepair"]["changed"] is True
    assert records[1] == {"id": 2, "textrepair": batch.EMPTY_META}
    with pytest.raises(ValueError, match="already has a 'textrepair' field"):
        batch.repair_records([{"text": "a", "textrepair": 1}])
    with pytest.raises(TypeError, match="unexpected keyword argument 'quote_styel'"):
        batch.repair_records([{"text": "a"}], quote_styel="curly")
    assert batch.repair_records([{"text": "a  b ."}], select="SPC001, SPC002")[0]["textrepair"]["spin"] is None
    columns = batch.repair_columns({"id": [1, 2], "text": [DAMAGED, None]}, edits=True)
    assert columns["text"] == [FIXED, None] and columns["textrepair_edits"] == [3, 0]
    assert json.loads(columns["textrepair_edit_list"][0])[0]["rule"] == "ENC001"


def test_pandas_partition() -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame({"id": [1, 2, 3], "text": [DAMAGED, None, "fine."]})
    out = batch.repair_partition(frame)
    assert out["text"].tolist()[::2] == [FIXED, "fine."] and pandas.isna(out["text"][1])
    assert out["textrepair_changed"].tolist() == [True, False, False]
    assert frame["text"][0] == DAMAGED  # the input frame is left alone


def test_dask_bag_and_dataframe_on_worker_processes(tmp_path: Path) -> None:
    dask = pytest.importorskip("dask")
    bag_module = pytest.importorskip("dask.bag")
    dd = pytest.importorskip("dask.dataframe")
    pandas = pytest.importorskip("pandas")
    records = [{"id": i, "text": f"Record {i}  {DAMAGED}"} for i in range(40)]
    expected = batch.repair_records(records)
    with dask.config.set(scheduler="processes", num_workers=2):
        bag = bag_module.from_sequence(records, npartitions=4)
        assert bag.map_partitions(batch.repair_records, field="text").compute() == expected
        frame = dd.from_pandas(pandas.DataFrame(records), npartitions=4)
        clean = frame.map_partitions(batch.repair_partition, column="text").compute()
    assert clean["text"].tolist() == [r["text"] for r in expected]
    assert clean["textrepair_edits"].tolist() == [r["textrepair"]["edits"] for r in expected]


def test_hugging_face_datasets_map() -> None:
    datasets = pytest.importorskip("datasets")
    data = datasets.Dataset.from_dict({"id": [1, 2], "text": [DAMAGED, "fine."]})
    clean = data.map(batch.repair_columns, batched=True, num_proc=2)
    assert clean["text"] == [FIXED, "fine."] and clean["textrepair_changed"] == [True, False]


def test_wikinews_records_come_out_whole(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    articles = sorted((SHARED / "corpus" / "wikinews" / "articles").glob("*.txt"))[:20]
    if not articles:
        pytest.skip("../shared/corpus is not here")
    paragraphs = [p for a in articles for p in a.read_text("utf-8").split("\n\n") if p.strip()]
    lines = [json.dumps({"n": i, "text": p, "score": 1e5}, ensure_ascii=i % 2 == 0) for i, p in enumerate(paragraphs)]
    (tree / "in.jsonl").write_text("\n".join(lines) + "\n")
    code, _, _ = run(["in.jsonl", "-o", "out.jsonl", "-j", "2"], capsys)
    assert code == 0
    for before, after in zip(lines, (tree / "out.jsonl").read_text().splitlines(), strict=True):
        record = json.loads(after)
        meta = record.pop("textrepair")
        assert after.startswith(before[: before.index('"text"')])  # fields before the text: byte for byte
        assert before.endswith('"score": 100000.0}') and '"score": 100000.0, "textrepair": ' in after
        assert meta["changed"] == (record["text"] != json.loads(before)["text"])
