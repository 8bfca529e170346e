"""The streaming Turtle writer gives the same triples as the rdflib export."""
from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal

from kg.export.turtle import to_rdflib, to_turtle
from kg.export.turtle_stream import to_turtle_stream
from kg.graph import build_graph
from kg.model import Entity, Evidence, Observation, Relation

_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"


def _norm(o):
    """Decimals by value: rdflib writes "20000"^^xsd:decimal as 20000.0."""
    if isinstance(o, Literal) and str(o.datatype) == _DECIMAL:
        return ("decimal", Decimal(str(o)))
    return o


def _rdflib_set(ttl: str | None = None, graph=None) -> set:
    if graph is None:
        graph = Graph()
        graph.parse(data=ttl, format="turtle")
    return {(s, p, _norm(o)) for s, p, o in graph}


def _ox_set(ttl: str) -> set:
    out = set()
    for t in ox.parse(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE):
        o = t.object
        if isinstance(o, ox.Literal) and o.datatype.value == _DECIMAL:
            o = ("decimal", Decimal(o.value))
        out.add((t.subject, t.predicate, o))
    return out


def _odd_graph():
    nasty = 'say "hi"\\ back\nslash \t tab \x01 ctrl \x00 nul 𠀀 astral'
    lone = nasty + " \ud800 lone surrogate"  # to_rdflib hashes evidence sentences: none there
    ents = [Entity("柳工", "Company", "柳工", aliases=(("LiuGong", "en"), (lone, "zh-Hans")),
                   mention_count=3, documents=("doc/0000000000000001",)),
            Entity("宏光MINI EV", "Product", "宏光MINI EV", mention_count=1),
            Entity("柳州", "Region", "柳州")]
    ev = (Evidence("doc/0000000000000001", nasty, 0, 5, 0.8, "located"),
          Evidence("doc/0000000000000002", "柳工位于柳州。", 0, 7, 0.75, "name"))
    rels = [Relation("柳工", "locatedIn", "柳州", ev), Relation("柳工", "produces", "宏光MINI EV", ev[1:])]
    obs = [Observation("柳工", "产值", "250000000", "元", 2023, "doc/0000000000000001", "产值达2.5亿元", 0, 8),
           Observation("柳工", "营收", "1.0E2", "元", None, "doc/0000000000000002", nasty, 0, 8)]
    docs = {"doc/0000000000000001": {"source_file": 'a "b".txt', "path": "x", "headline": lone,
                                     "sha256": "ab" * 32, "script": "zh-Hans"},
            "doc/0000000000000002": {"source_file": "b.txt", "path": "y", "headline": "",
                                     "sha256": "", "script": "zh-Hant"}}
    return build_graph(ents, rels, obs, docs)


@pytest.mark.parametrize("which", ["odd", "seed"])
def test_same_triples_as_rdflib(which, request):
    G = _odd_graph() if which == "odd" else request.getfixturevalue("seed_graph")
    ref = to_turtle(G)
    mine = to_turtle_stream(G)
    g = Graph()
    g.parse(data=mine, format="turtle")
    assert set(g) == set(to_rdflib(G))  # the very same terms
    assert _rdflib_set(mine) == _rdflib_set(ref)
    assert _ox_set(mine) == _ox_set(ref)


def test_deterministic(seed_graph):
    assert to_turtle_stream(seed_graph) == to_turtle_stream(seed_graph)
