"""Shared fixtures.

``seed_build`` builds the five seed articles once per test session and
writes every export; use it rather than building again.  ``seed_graph`` is
the networkx graph of that same build.
"""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def _seed(tmp_path_factory):
    import kg
    from kg.config import Config

    G = kg.build([SEEDS], Config(jobs=1))
    out = tmp_path_factory.mktemp("seed_build")
    kg.write_exports(G, out)
    return G, out


@pytest.fixture(scope="session")
def seed_build(_seed) -> Path:
    """Output folder of kg.build + kg.write_exports on seeds/ (graph.ttl,
    graph.json, graph.html, report.json)."""
    return _seed[1]


@pytest.fixture(scope="session")
def seed_graph(_seed):
    """The networkx graph kg.build returned for seeds/ (the one exported in
    ``seed_build``)."""
    return _seed[0]
