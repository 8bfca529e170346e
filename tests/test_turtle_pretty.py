"""The string Turtle writer (kg.export.turtle_pretty) gives exactly the bytes
of rdflib's (kg.export.turtle.to_turtle_rdflib), and parses back to the
triples of to_rdflib.

Fixed seed, bounded number of examples.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import split_uri
from rdflib.plugins.serializers.turtle import TurtleSerializer

import kg
from kg.config import Config
from kg.export import turtle_pretty
from kg.export.turtle import _bound_graph, to_rdflib, to_turtle, to_turtle_rdflib
from kg.export.turtle_stream import iter_triples
from kg.graph import RESOURCE, build_graph
from kg.model import Entity, Evidence, Observation, Relation

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "benchmarks" / "devset" / "articles"
BENCH = ROOT.parent / "shared" / "bench" / "news.jsonl"

FUZZ = settings(max_examples=150, derandomize=True, database=None, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"


def _same(G) -> str:
    """The fast writer's text (not its fall-back to rdflib), checked against rdflib's."""
    fast = turtle_pretty._write(iter_triples(G))
    assert fast == to_turtle_rdflib(G)
    assert to_turtle(G) == fast
    return fast


def _parsed(ttl: str) -> set:
    g = Graph()
    g.parse(data=ttl, format="turtle")
    return {_norm(t) for t in g}


def _norm(t):
    """Decimals by value: "20000"^^xsd:decimal is written 20000.0."""
    s, p, o = t
    if isinstance(o, Literal) and str(o.datatype) == _DECIMAL and o.value is not None:
        o = ("decimal", str(Decimal(str(o)).normalize()))
    return s, p, o


def test_seed_build(seed_graph, seed_build):
    ttl = _same(seed_graph)
    assert (seed_build / "graph.ttl").read_text(encoding="utf-8") == ttl
    assert _parsed(ttl) == {_norm(t) for t in to_rdflib(seed_graph)}


def test_devset():
    _same(kg.build([DEVSET], Config(jobs=1)))


@pytest.mark.skipif(not BENCH.exists(), reason="no shared/bench/news.jsonl")
def test_news_documents(tmp_path):
    with open(BENCH, encoding="utf-8") as f:
        for i, line in zip(range(300), f):
            (tmp_path / f"{i:04d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
    _same(kg.build([tmp_path], Config(jobs=1)))


def test_bound_namespaces():
    """BOUND is what _bound_graph binds, and no other bound namespace lies
    under one of them (so the writer's prefixed names are rdflib's)."""
    g = _bound_graph()
    store = g.namespace_manager.store
    for ns, prefix in turtle_pretty.BOUND.items():
        assert store.prefix(URIRef(ns)) == prefix
    others = [str(ns) for _, ns in g.namespaces() if str(ns) not in turtle_pretty.BOUND]
    assert not [(o, ns) for o in others for ns in turtle_pretty.BOUND if o.startswith(ns) or ns.startswith(o)]


# hostile text: quotes, backslashes, newlines, tabs, control characters, non-BMP
_PIECES = ['"', '""', '"""', "\\", "\\\\", "\n", "\r", "\r\n", "\t", "\x00", "\x01", "\x08", "\x0c",
           "\x1f", "\x7f", "\x85", "\u2028", "\ufeff", "😀", "\U00020BB7", "\U0010FFFF", "\ud800",
           "'", "'''", "\\u0041", "\\n", "%", "%2", "%41", "(", ")", ".", "-", "_", "#", "/", " ",
           "柳工", "a", "Z9", "<", ">", "{", "}", "|", "^", "`", "@en"]
texts = st.one_of(
    st.lists(st.one_of(st.sampled_from(_PIECES), st.characters()), min_size=1, max_size=12).map("".join),
    st.sampled_from(_PIECES).map(lambda p: "柳" + p),  # ending in a quote, a backslash, a newline
    st.sampled_from(['a"', 'a\n"', 'a\\"', 'a\n\\"', '"\n"', 'x\n""', '\n"""', "\\\n\\"]),
)
# what kg.graph hashes strictly (entity names, facts) holds no lone surrogate
plain = texts.filter(lambda s: "\ud800" not in s)
# object values rdflib may write bare, quoted, or reformat
decimals = st.sampled_from(["2.5", "0.50", "-0", "-0.00", "100", "1.0E2", "+5", "00.1", ".5", "5.",
                            "abc", "NaN", "1e400", "9" * 320, "1" + "0" * 299])
years = st.one_of(st.none(), st.integers(-5, 99999))
langs = st.sampled_from(["zh-Hans", "zh-Hant", "en", "EN", "zh"])
confidences = st.one_of(st.floats(0, 1), st.sampled_from([0.5, 0.125, 1.0, 0.005]))


@st.composite
def graphs(draw):
    names = draw(st.lists(plain, min_size=1, max_size=5, unique=True))
    docs = [f"doc/{i:016x}" for i in range(draw(st.integers(1, 3)))]
    entities = [Entity(n, draw(st.sampled_from(["Company", "Region", "Product", "IndustrialPark"])), n,
                       aliases=tuple((draw(texts), draw(langs)) for _ in range(draw(st.integers(0, 3)))),
                       mention_count=draw(st.integers(0, 5)),
                       documents=tuple(draw(st.lists(st.sampled_from(docs), max_size=3))))
                for n in names]
    relations = []
    for _ in range(draw(st.integers(0, 5))):
        evidence = tuple(Evidence(draw(st.sampled_from(docs)), draw(texts), 0, 1, draw(confidences),
                                  draw(st.sampled_from(["name", "hier", "x y"])))
                         for _ in range(draw(st.integers(0, 2))))
        relations.append(Relation(draw(st.sampled_from(names)),
                                  draw(st.sampled_from(["locatedIn", "produces", "partOf", "cooperatesWith"])),
                                  draw(st.sampled_from(names)), evidence))
    observations = [Observation(draw(st.sampled_from(names)), draw(plain), draw(decimals), draw(plain),
                                draw(years), draw(st.sampled_from(docs)), draw(plain), 0, 3,
                                confidence=draw(confidences))
                    for _ in range(draw(st.integers(0, 3)))]
    documents = {d: {"source_file": draw(texts), "path": "p", "headline": draw(st.one_of(st.just(""), texts)),
                     "sha256": draw(st.sampled_from(["", "ab" * 32])),
                     "script": draw(st.sampled_from(["zh-Hans", "zh-Hant"]))} for d in docs}
    return build_graph(entities, relations, observations, documents)


@pytest.mark.filterwarnings("ignore:Serializing weird numerical:UserWarning")  # rdflib, on purpose
@FUZZ
@given(graphs())
def test_hostile_graphs_same_bytes(G):
    ttl = _same(G)
    assert _parsed(ttl) == {_norm(t) for t in to_rdflib(G)}


@FUZZ
@given(texts)
def test_split_and_prefixed_names(local):
    """split_uri and get_pname of rdflib, for IRIs under each bound namespace."""
    ser = TurtleSerializer(_bound_graph())
    for ns in turtle_pretty.BOUND:
        iri = ns + local
        try:
            expected = split_uri(iri)
        except ValueError:
            expected = None
        assert turtle_pretty._split(iri) == expected
        for verb in (False, True):
            try:
                mine = turtle_pretty._pname(iri, verb)
            except turtle_pretty.Unsupported:
                continue
            assert mine == ser.get_pname(URIRef(iri), verb)


def test_falls_back_to_rdflib():
    """An IRI outside the bound namespaces: rdflib's writer, same text."""
    G = build_graph([Entity("柳工", "Company", "柳工", documents=("doc/1",))], [], [], {})
    G.nodes["柳工"]["iri"] = "http://example.org/x/柳工"
    with pytest.raises(turtle_pretty.Unsupported):
        turtle_pretty._write(iter_triples(G))
    assert to_turtle(G) == to_turtle_rdflib(G)
    G.nodes["柳工"]["iri"] = RESOURCE + "柳工"  # kgr:柳工
    assert "kgr:柳工" in _same(G)
