"""examples/dask_build.py writes the same exports as kg build (needs dask)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")

ROOT = Path(__file__).resolve().parents[1]


def test_dask_build_matches_local_build(tmp_path):
    spec = importlib.util.spec_from_file_location("dask_build", ROOT / "examples" / "dask_build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    corpus = tmp_path / "in"
    corpus.mkdir()
    for p in sorted((ROOT / "seeds").glob("*.txt"))[:2]:
        (corpus / p.name).write_bytes(p.read_bytes())
    assert mod.main([str(corpus), "-o", str(tmp_path / "out"), "--workers", "2",
                     "--cache", str(tmp_path / "cache"), "--check"]) == 0
    assert len(list((tmp_path / "cache").rglob("*.pkl"))) == 2  # written by the workers
