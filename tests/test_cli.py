"""The CLI is a thin layer: arguments, exit codes, messages."""
import json
import subprocess
import sys


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_build_writes_the_four_exports(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("柳州鑫达精工科技有限公司位于柳江区新兴工业园，主要生产汽车零部件。", encoding="utf-8")
    r = run("build", str(src), "-o", str(tmp_path / "out"), "--jobs", "1", "--no-cache")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "graph.html", "graph.json", "graph.ttl", "report.json"]
    assert "1 files (1 built)" in r.stderr
    rep = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert rep["totals"]["relations_by_type"]["locatedIn"] == 1


def test_missing_input_is_a_clean_error(tmp_path):
    r = run("build", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert r.returncode == 2
    assert "nope" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "out").exists()
