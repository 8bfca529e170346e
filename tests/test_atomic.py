"""Atomic exports: a killed, interrupted or failing writer leaves the
previous exports intact and no temporary file behind."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kg.errors import ExportError
from kg.export import atomic
from kg.export.atomic import remove_stale_temps, write_atomic, write_exports_atomic

OLD = {"graph.ttl": "@prefix kg: <https://example.org/old#> .\n", "graph.json": '{"old": true}',
       "report.json": '{"files": []}'}


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def temps(folder: Path) -> list[str]:
    return [n for n in listing(folder) if n.endswith(atomic.TEMP_SUFFIX)]


def old_exports(folder: Path) -> None:
    write_exports_atomic(folder, OLD)
    assert listing(folder) == sorted(OLD)


def assert_old(folder: Path) -> None:
    for name, text in OLD.items():
        assert (folder / name).read_text(encoding="utf-8") == text


@pytest.fixture(params=[True, False], ids=["o_tmpfile", "named-temp"])
def mode(request, monkeypatch):
    """Run each test with O_TMPFILE where the system allows it, and with
    named temporary files (what other systems use)."""
    use = request.param and atomic.USE_O_TMPFILE
    if request.param and not use:
        pytest.skip("no O_TMPFILE here")
    monkeypatch.setattr(atomic, "USE_O_TMPFILE", use)
    return use


def test_write_atomic_str_and_bytes(tmp_path, mode):
    p = tmp_path / "a.ttl"
    assert write_atomic(p, "柳州\n") == p
    assert p.read_bytes() == "柳州\n".encode("utf-8")
    write_atomic(p, b"\x00\x01")
    assert p.read_bytes() == b"\x00\x01"
    assert listing(tmp_path) == ["a.ttl"]
    with pytest.raises(TypeError):
        write_atomic(p, 12)  # type: ignore[arg-type]
    assert p.read_bytes() == b"\x00\x01"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_permissions_new_and_kept(tmp_path, mode):
    p = tmp_path / "a.json"
    old = os.umask(0o022)
    try:
        write_atomic(p, "{}")
        assert p.stat().st_mode & 0o777 == 0o644
        os.chmod(p, 0o640)
        write_atomic(p, "[]")
        assert p.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


def test_exports_with_subfolders_and_bad_names(tmp_path, mode):
    out = tmp_path / "out"
    written = write_exports_atomic(out, {"graph.ttl": "t", "html/index.html": "<p>"})
    assert written == {"graph.ttl": out / "graph.ttl", "html/index.html": out / "html" / "index.html"}
    assert (out / "html" / "index.html").read_text() == "<p>"
    for bad in ("../escape.ttl", "/etc/passwd", "", "a/.."):
        with pytest.raises(ExportError, match="inside the output folder"):
            write_exports_atomic(out, {bad: "x"})
    assert not (tmp_path / "escape.ttl").exists()


def test_an_exception_mid_way_changes_nothing(tmp_path, mode, monkeypatch):
    old_exports(tmp_path)
    real = atomic._write_all
    calls = []

    def failing(fd, payload):
        calls.append(1)
        if len(calls) == 2:  # the first file is written, the second fails
            raise KeyboardInterrupt
        real(fd, payload)

    monkeypatch.setattr(atomic, "_write_all", failing)
    with pytest.raises(KeyboardInterrupt):
        write_exports_atomic(tmp_path, {k: "NEW" for k in OLD})
    assert_old(tmp_path)
    assert temps(tmp_path) == []


def test_a_disk_error_is_an_export_error(tmp_path, mode, monkeypatch):
    old_exports(tmp_path)

    def full(fd, payload):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", full)
    with pytest.raises(ExportError) as e:
        write_exports_atomic(tmp_path, {k: "NEW" for k in OLD})
    assert "No space left on device" in str(e.value) and "graph.json" in str(e.value)
    assert e.value.exit_code == 4
    assert_old(tmp_path)
    assert temps(tmp_path) == []


def test_a_failed_rename_leaves_no_temporary_file(tmp_path, mode, monkeypatch):
    old_exports(tmp_path)

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(ExportError, match="Permission denied"):
        write_exports_atomic(tmp_path, {k: "NEW" for k in OLD})
    monkeypatch.undo()
    assert_old(tmp_path)
    assert temps(tmp_path) == []


def dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_stale_temporary_files_of_dead_writers_are_removed(tmp_path):
    dead = tmp_path / f".graph.ttl.{dead_pid()}.0123456789ab{atomic.TEMP_SUFFIX}"
    alive = tmp_path / f".graph.ttl.{os.getpid()}.0123456789ab{atomic.TEMP_SUFFIX}"
    other = tmp_path / ".graph.ttl.notes"
    for p in (dead, alive, other):
        p.write_text("x")
    assert remove_stale_temps(tmp_path) == [dead]
    assert listing(tmp_path) == sorted([alive.name, other.name])


WRITER = textwrap.dedent("""
    import os, sys, time
    from kg.export import atomic

    atomic.USE_O_TMPFILE = {use_tmpfile}
    real = atomic._write_all
    seen = []

    def slow(fd, payload):
        seen.append(len(payload))
        if len(seen) < {slow_from}:
            return real(fd, payload)
        for i in range(0, len(payload), 1 << 16):
            os.write(fd, payload[i:i + (1 << 16)])
            if i == 0:
                print("WRITING", flush=True)
            time.sleep(0.01)

    atomic._write_all = slow
    big = "@prefix kg: <https://example.org/new#> .\\n" + "kg:a kg:b kg:c .\\n" * 3_000_000
    atomic.write_exports_atomic(sys.argv[1], {{"graph.ttl": big, "graph.json": big,
                                              "report.json": big}})
    print("DONE", flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("slow_from", [1, 2, 3], ids=["first-file", "second-file", "last-file"])
def test_a_writer_killed_mid_way_leaves_the_old_exports(tmp_path, mode, slow_from):
    """SIGKILL a process while it writes a big export (the first, second or
    last of three files): the old exports are intact; with O_TMPFILE nothing
    else is left, else only hidden temporary files that the next write
    removes."""
    out = tmp_path / "out"
    old_exports(out)
    script = WRITER.format(use_tmpfile=mode, slow_from=slow_from)
    proc = subprocess.Popen([sys.executable, "-c", script, str(out)], stdout=subprocess.PIPE,
                            text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "WRITING", line
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert_old(out)
    left = temps(out)
    assert listing(out) == sorted(list(OLD) + left)
    if mode and atomic._tmpfile_linkable(out):
        assert left == []  # unnamed temporary files vanish with the process
    assert all(n.startswith(".") for n in left)
    # the next build cleans up and writes
    write_exports_atomic(out, {k: "NEW " + k for k in OLD})
    assert listing(out) == sorted(OLD)
    assert (out / "graph.ttl").read_text() == "NEW graph.ttl"


def test_a_writer_that_finishes_replaces_everything(tmp_path, mode):
    out = tmp_path / "out"
    old_exports(out)
    script = WRITER.format(use_tmpfile=mode, slow_from=99)
    res = subprocess.run([sys.executable, "-c", script, str(out)], capture_output=True,
                         text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert listing(out) == sorted(OLD)
    assert (out / "graph.ttl").read_text().startswith("@prefix kg: <https://example.org/new#>")
