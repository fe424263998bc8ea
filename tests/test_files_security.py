"""Files under attack and accident, each a real case in a temporary folder.

A committed symlink out of the tree, a line appended during a fix, a killed
run, read-only, foreign-owned and hard-linked files, FIFOs, devices, link
loops, odd file names and a configuration above the repository.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from processes import alive
from textrepair import config, files
from textrepair.cli import main
from textrepair.process import process_file

#: Damaged text that ``fix`` changes (mojibake quotes).
DAMAGED = "It\u00e2\u20ac\u2122s a test.\n"
REPAIRED = "It\u2019s a test.\n"  # files keep their quote style (curly here)
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
#: A user and group id nobody on a test machine has.
STRANGER = 54321


def _cli(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """The command line in its own process, so that a hang or a crash fails the test, not the suite."""
    code = "import sys; from textrepair.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, cwd=cwd, timeout=timeout)


@pytest.fixture(autouse=True)
def _fresh_config_search() -> None:
    config._find.cache_clear()
    config._find_from.cache_clear()


# -- writes never leave the tree -------------------------------------------


@pytest.mark.parametrize("with_git", [False, True])
def test_a_symlink_out_of_the_tree_is_never_written(tmp_path: Path, with_git: bool) -> None:
    tree, outside = tmp_path / "tree", tmp_path / "home"
    tree.mkdir()
    outside.mkdir()
    secret = outside / "bashrc.md"
    secret.write_text(DAMAGED)
    (tree / "notes.md").symlink_to(secret)
    (tree / "inside.md").write_text(DAMAGED)
    if with_git:
        if shutil.which("git") is None:
            pytest.skip("git is not installed")
        subprocess.run(["git", "init", "-q"], cwd=tree, check=True)
        subprocess.run(["git", "add", "-A"], cwd=tree, check=True)
    done = _cli("fix", str(tree))
    assert secret.read_text() == DAMAGED
    assert (tree / "inside.md").read_text() == REPAIRED
    assert b"notes.md: a symbolic link to" in done.stderr and b"outside the folders walked" in done.stderr
    done = _cli("fix", str(tree / "notes.md"))  # named explicitly: followed, as asked
    assert secret.read_text() == REPAIRED
    assert (tree / "notes.md").is_symlink()


# -- the changed-on-disk window ------------------------------------------------


def test_a_line_appended_during_a_slow_write_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED)
    real_fsync = os.fsync

    def slow_disk(fd: int) -> None:  # the write takes 0.4 s; the user appends at 0.2 s
        time.sleep(0.4)
        real_fsync(fd)

    def user() -> None:
        time.sleep(0.2)
        with path.open("a") as fh:
            fh.write("a line the user added\n")

    monkeypatch.setattr(files.os, "fsync", slow_disk)
    editor = threading.Thread(target=user)
    editor.start()
    outcome = process_file(str(path), "fix", {})
    editor.join()
    assert outcome.error is not None and "changed on disk" in outcome.error
    assert path.read_text() == DAMAGED + "a line the user added\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left


def test_a_same_size_rewrite_during_the_write_is_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED)
    source = files.read(path)
    real_fsync = os.fsync
    info = path.stat()

    def edit_in_place(fd: int) -> None:  # same size, same mtime: only the bytes tell
        with path.open("r+") as fh:
            fh.write("X")
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", edit_in_place)
    with pytest.raises(files.FileError, match="changed on disk"):
        files.write(source, REPAIRED)
    assert path.read_text() == "X" + DAMAGED[1:]


# -- workers die with their run, stale temporary files -----------------------

_ORPHAN_SCRIPT = """
import os, signal, sys, time
from concurrent.futures import ProcessPoolExecutor
from textrepair.process import worker_init

def task(folder):
    with open(os.path.join(folder, "worker.pid"), "w") as fh:
        fh.write(str(os.getpid()))
    time.sleep(3)
    open(os.path.join(folder, "written-after-the-run-died"), "w").close()

folder = sys.argv[1]
pool = ProcessPoolExecutor(1, initializer=worker_init, initargs=(os.getpid(),))
pool.submit(task, folder)
while not os.path.exists(os.path.join(folder, "worker.pid")):
    time.sleep(0.05)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_workers_die_with_a_killed_run(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _ORPHAN_SCRIPT, str(tmp_path)], timeout=60)
    assert done.returncode == -signal.SIGKILL
    worker = int((tmp_path / "worker.pid").read_text())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and alive(worker):
        time.sleep(0.1)
    assert not alive(worker)
    time.sleep(3.5)  # past the task's own end
    assert not (tmp_path / "written-after-the-run-died").exists()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_a_stopped_run_leaves_every_file_old_or_new_and_no_temporary_file(tmp_path: Path, sig: int) -> None:
    # Many files, each big enough that a write is under way at any moment; the run alone
    # gets the signal, as from `kill` or a service manager, and its workers must follow.
    tree = tmp_path / "tree"
    tree.mkdir()
    line = "It\u00e2\u20ac\u2122s a  test line, number {n}.\n"
    for n in range(120):
        (tree / f"f{n:03d}.txt").write_text(line.format(n=n) * 3000, encoding="utf-8")
    old = {p.name: p.read_bytes() for p in tree.iterdir()}
    code = "import sys; from textrepair.cli import main; sys.exit(main(sys.argv[1:]))"
    run = subprocess.Popen([sys.executable, "-c", code, "fix", "-q", "-j", "2", str(tree)])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and all((tree / name).read_bytes() == data for name, data in old.items()):
        time.sleep(0.05)  # until the first file is written: the run is under way, most files still to do
    run.send_signal(sig)
    assert run.wait(timeout=60) == (130 if sig == signal.SIGTERM else -signal.SIGKILL)
    time.sleep(1.0)  # workers notice their run is gone
    reference = tmp_path / "reference.txt"  # what an uninterrupted fix makes of one file
    reference.write_bytes(old["f000.txt"])
    assert _cli("fix", "-q", str(reference)).returncode in (0, 1)
    repaired = reference.read_bytes()
    assert repaired != old["f000.txt"]
    for path in tree.iterdir():
        assert not path.name.endswith(files.TEMP_SUFFIX), f"left behind: {path.name}"
        new = repaired.replace(b"number 0.", f"number {int(path.stem[1:])}.".encode())
        assert path.read_bytes() in (old[path.name], new), path.name


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_temporary_files_of_a_killed_run_are_removed_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED)
    stale = tmp_path / f".a.txt.{_dead_pid()}-0badcafe{files.TEMP_SUFFIX}"
    stale.write_text("half")
    running = tmp_path / f".a.txt.{os.getpid()}-00c0ffee{files.TEMP_SUFFIX}"  # a run still going: left alone
    running.write_text("in progress")
    outcome = process_file(str(path), "fix", {})
    assert outcome.written and path.read_text() == REPAIRED
    assert not stale.exists() and running.exists()
    assert "removed, a temporary file left by an interrupted run" in capsys.readouterr().err


# -- permissions, owners, links -------------------------------------------------


def test_a_read_only_file_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED)
    path.chmod(0o444)
    outcome = process_file(str(path), "fix", {})
    assert outcome.error is not None and "read-only" in outcome.error
    assert path.read_text() == DAMAGED and stat.S_IMODE(path.stat().st_mode) == 0o444
    done = _cli("fix", "--write-read-only", str(path))  # the override
    assert done.returncode == 0, done.stderr
    assert path.read_text() == REPAIRED and stat.S_IMODE(path.stat().st_mode) == 0o444


@pytest.mark.parametrize("mode", [0o4755, 0o2775, 0o1644, 0o640])
def test_mode_bits_are_kept_exactly(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED)
    path.chmod(mode)
    assert process_file(str(path), "fix", {}).written
    assert path.read_text() == REPAIRED
    assert stat.S_IMODE(path.stat().st_mode) == mode


def _xattrs_supported(folder: Path) -> bool:
    probe = folder / "probe"
    probe.write_text("")
    try:
        os.setxattr(probe, "user.textrepair-probe", b"1")
    except (AttributeError, OSError):
        return False
    finally:
        probe.unlink()
    return True


def test_extended_attributes_are_kept(tmp_path: Path) -> None:
    if not _xattrs_supported(tmp_path):
        pytest.skip("no user extended attributes on this file system")
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED)
    os.setxattr(path, "user.origin", b"scraped 2024-05-01")
    os.setxattr(path, "user.empty", b"")
    assert process_file(str(path), "fix", {}).written
    assert path.read_text() == REPAIRED
    assert {k: os.getxattr(path, k) for k in os.listxattr(path)} == {
        "user.origin": b"scraped 2024-05-01",
        "user.empty": b"",
    }


@pytest.mark.skipif(shutil.which("setfacl") is None, reason="setfacl (Debian package acl) is not installed")
def test_a_posix_acl_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED)
    path.chmod(0o640)
    if subprocess.run(["setfacl", "-m", f"u:{STRANGER}:rw", str(path)], capture_output=True).returncode:
        pytest.skip("this file system has no POSIX ACLs")
    before = subprocess.run(["getfacl", "-cn", str(path)], capture_output=True, text=True, check=True).stdout
    assert f"user:{STRANGER}:rw-" in before
    assert process_file(str(path), "fix", {}).written
    assert path.read_text() == REPAIRED
    assert subprocess.run(["getfacl", "-cn", str(path)], capture_output=True, text=True, check=True).stdout == before


def test_attributes_that_cannot_be_kept_mean_no_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not _xattrs_supported(tmp_path):
        pytest.skip("no user extended attributes on this file system")
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED)
    os.setxattr(path, "user.origin", b"kept")

    def refuse(*args: Any) -> None:  # as a file system that takes no attributes on new files would
        raise OSError(95, "Operation not supported")

    monkeypatch.setattr(files.os, "setxattr", refuse)
    with pytest.raises(files.FileError, match=r"extended attributes \(user\.origin\) could not be kept"):
        files.write(files.read(path), REPAIRED)
    assert path.read_text() == DAMAGED
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.skipif(not AS_ROOT, reason="giving files away needs root")
def test_owner_and_group_are_kept_with_setuid(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED)
    os.chown(path, STRANGER, STRANGER + 1)
    path.chmod(0o6775)
    assert process_file(str(path), "fix", {}).written
    info = path.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (STRANGER, STRANGER + 1, 0o6775)


def test_an_owner_that_cannot_be_kept_means_no_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED)
    real = os.fstat

    def foreign(fd: int) -> Any:  # the file reads as a stranger's; giving the copy away fails like a non-root chown
        info = real(fd)
        if os.path.samestat(info, real_stat):
            return os.stat_result((info.st_mode, info.st_ino, info.st_dev, 1, STRANGER, STRANGER, *info[6:]))
        return info

    def refuse(fd: int, uid: int, gid: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    real_stat = path.stat()
    monkeypatch.setattr(files.os, "fstat", foreign)
    monkeypatch.setattr(files.os, "fchown", refuse)
    monkeypatch.setattr(files.os, "access", lambda p, m: True)
    with pytest.raises(files.FileError, match="owned by uid 54321"):
        files.write(files.read(path), REPAIRED)
    assert path.read_text() == DAMAGED
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.skipif(not AS_ROOT, reason="acting as another user needs root")
def test_a_root_owned_file_in_a_users_folder_stays_roots(tmp_path: Path) -> None:
    folder = tmp_path / "user"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text(DAMAGED)
    path.chmod(0o644)
    os.chown(folder, STRANGER, STRANGER)
    tmp_path.chmod(0o755)
    code = "import sys; from textrepair.cli import main; sys.exit(main(sys.argv[1:]))"
    env = {**os.environ, "HOME": str(folder), "TEXTREPAIR_NO_CACHE": "1"}
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, "fix", str(path)], user=STRANGER, capture_output=True, env=env, timeout=120
        )
    except PermissionError:
        pytest.skip("this Python cannot be run by another user")
    assert done.returncode == 2, done.stderr
    assert b"not writable by the current user" in done.stderr
    assert path.read_text() == DAMAGED and path.stat().st_uid == 0


def test_hard_linked_files_are_not_split(tmp_path: Path) -> None:
    path, other = tmp_path / "a.txt", tmp_path / "b.txt"
    path.write_text(DAMAGED)
    os.link(path, other)
    outcome = process_file(str(path), "fix", {})
    assert outcome.error is not None and "hard links" in outcome.error
    assert path.read_text() == other.read_text() == DAMAGED
    assert os.path.samefile(path, other)


# -- only regular files; loops; sizes; names -------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_special_files_and_loops_are_skipped_with_a_message(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    os.mkfifo(tree / "pipe.md")
    (tree / "zero.md").symlink_to("/dev/zero")
    (tree / "loop-a.md").symlink_to(tree / "loop-b.md")
    (tree / "loop-b.md").symlink_to(tree / "loop-a.md")
    (tree / "text.md").write_text(DAMAGED)
    done = _cli("fix", str(tree), timeout=60)
    err = done.stderr.decode()
    assert "Traceback" not in err
    assert (tree / "text.md").read_text() == REPAIRED
    assert "pipe.md: a FIFO" in err
    assert "loop-a.md: a symbolic link loop" in err
    assert "zero.md" in err  # outside the tree (and a device): never read
    assert done.returncode == 0, err
    done = _cli("check", str(tree / "zero.md"), timeout=60)  # named: refused as a device, not read
    assert b"a character device, not a regular file" in done.stderr
    done = _cli("check", str(tree / "loop-a.md"), str(tree / "text.md"), timeout=60)  # named loop: said, no traceback
    assert b"loop-a.md: a symbolic link loop" in done.stderr and b"Traceback" not in done.stderr


def test_a_file_over_the_size_cap_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text(DAMAGED * 10)
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 64)
    outcome = process_file(str(path), "fix", {})
    assert outcome.note is not None and "larger than" in outcome.note
    assert path.read_text() == DAMAGED * 10


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse such names")
def test_a_file_name_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    raw_name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw_name, "wb") as fh:
        fh.write(DAMAGED.encode())
    (tmp_path / "other.txt").write_text(DAMAGED)
    done = _cli("fix", str(tmp_path))
    assert b"Traceback" not in done.stderr
    assert b"2 of 2 file(s) fixed" in done.stderr
    with open(raw_name, "rb") as fh:
        assert fh.read() == REPAIRED.encode()


# -- encodings and the configuration search ---------------------------------------


@pytest.mark.parametrize("encoding", ["unicode_escape", "utf-7", "utf-8-sig", "raw_unicode_escape", "rot13"])
def test_encodings_that_do_not_round_trip_are_refused(tmp_path: Path, encoding: str) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "textrepair.toml").write_text(f'encoding = "{encoding}"\n')
    path = tmp_path / "a.txt"
    original = b"C:\\x41 \\u0041 \\n path\nIt\xe2\x80\x99s\n"
    path.write_bytes(original)
    done = _cli("fix", str(path))
    assert done.returncode == 2
    assert b"encoding" in done.stderr
    assert path.read_bytes() == original


def test_a_file_that_does_not_round_trip_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"C:\\x41\n")
    source = files.TextFile(path, "C:A\n", "unicode_escape", b"", path.read_bytes())  # as the codec decodes it
    with pytest.raises(files.FileError, match="does not give its bytes back"):
        files.write(source, "C:A.\n")
    assert path.read_bytes() == b"C:\\x41\n"


def test_the_configuration_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / ".textrepair.toml").write_text('profile = "strict"\n')  # a parent folder's, not the repository's
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "docs").mkdir()
    (repo / "docs" / "a.md").write_text(DAMAGED)
    assert config.find(repo / "docs").source is None
    done = _cli("check", "--explain", str(repo / "docs" / "a.md"))
    assert b"no configuration file (defaults)" in done.stdout
    (repo / "textrepair.toml").write_text('profile = "safe"\n')
    config._find.cache_clear()
    config._find_from.cache_clear()
    assert config.find(repo / "docs").source == repo / "textrepair.toml"
    done = _cli("check", "--explain", str(repo / "docs" / "a.md"))
    assert f"configuration {repo / 'textrepair.toml'}".encode() in done.stdout
    outside = tmp_path / "loose"
    outside.mkdir()
    assert config.find(outside).source == tmp_path / ".textrepair.toml"  # no repository: the nearest applies


def test_main_in_process_reports_a_skipped_symlink(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tmp_path / "outside.md").write_text(DAMAGED)
    (tree / "link.md").symlink_to(tmp_path / "outside.md")
    assert main(["fix", str(tree)]) == 0
    assert "outside the folders walked" in capsys.readouterr().err
    assert (tmp_path / "outside.md").read_text() == DAMAGED
