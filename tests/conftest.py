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


@pytest.fixture(scope="session")
def mention_keys():
    """Run the per-document pipeline on a snippet: returns the keys (the
    names the graph's nodes get) of its mentions."""
    from kg.pipeline import process_document
    from kg.read import make_document

    def run(text: str) -> set[str]:
        doc = make_document("snippet.txt", text.encode("utf-8"), text, "utf-8")
        return {m.key for m in process_document(doc).mentions}

    return run


@pytest.fixture(scope="session")
def extract():
    """Run the per-document pipeline on a snippet: returns (mentions, relations, facts)
    as sets of tuples: {(text, type)}, {(head, relation, tail)}, {(about, metric, value, unit, year)}."""
    from kg.pipeline import process_document
    from kg.read import make_document

    def run(text: str):
        doc = make_document("snippet.txt", text.encode("utf-8"), text, "utf-8")
        r = process_document(doc)
        ments = {(m.text, m.type) for m in r.mentions}
        rels = {(x.head, x.relation, x.tail) for x in r.relations}
        facts = {(o.about, o.metric, o.value, o.unit, o.year) for o in r.observations}
        return ments, rels, facts

    return run
