"""kg.load: graph.json and graph.ttl give back the graph the build made."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.errors import InputError
from kg.load import load_json, load_turtle

DATA = Path(__file__).parent / "data"


def _edges(G):
    return list(G.edges(keys=True, data=True))


def _published_observations(G):
    """Observations the Turtle can carry (about an entity of the graph), by id;
    their order in the build depends on text offsets the Turtle does not keep."""
    return sorted((o for o in G.graph["observations"] if o["about"] in G), key=lambda o: o["id"])


def test_kg_load_is_the_function():
    G1 = kg.load(DATA / "analysis.ttl")
    G2 = kg.load(DATA / "analysis.ttl")  # a second call still works
    assert callable(kg.load) and nx.utils.graphs_equal(G1, G2)


def test_json_roundtrip_is_exact(seed_graph, seed_build):
    H = kg.load(seed_build / "graph.json")
    assert isinstance(H, nx.MultiDiGraph)
    assert list(H.nodes(data=True)) == list(seed_graph.nodes(data=True))
    assert _edges(H) == _edges(seed_graph)
    assert H.graph == seed_graph.graph


def test_turtle_nodes_and_edges_equal_the_build(seed_graph, seed_build):
    H = kg.load(seed_build / "graph.ttl")
    assert isinstance(H, nx.MultiDiGraph)
    assert list(H.nodes) == list(seed_graph.nodes)
    for n, attrs in seed_graph.nodes(data=True):
        assert H.nodes[n] == attrs, n
    assert _edges(H) == _edges(seed_graph)


def test_turtle_documents_and_observations_equal_the_build(seed_graph, seed_build):
    H = kg.load(seed_build / "graph.ttl")
    built = {d: {k: v for k, v in rec.items() if k != "path"}
             for d, rec in seed_graph.graph["documents"].items()}
    assert H.graph["documents"] == built
    assert _published_observations(H) == _published_observations(seed_graph)
    assert H.graph["files"] == [] and H.graph["merges"] == []


def test_turtle_graph_by_hand():
    G = load_turtle(DATA / "analysis.ttl")
    assert G.number_of_nodes() == 17 and G.number_of_edges() == 21
    assert G.nodes["优必选"] == {
        "type": "Company", "label": "优必选", "label_lang": "zh-Hans",
        "aliases": [["優必選", "zh-Hant"], ["柳州优必选", "zh-Hans"]],
        "mention_count": 5, "documents": ["doc/aaaa", "doc/bbbb"],
        "iri": "https://w3id.org/liuzhou-kg/resource/entity/优必选"}
    assert G.nodes["Walker S1"]["label_lang"] == "en"
    assert G.nodes["Walker S1"]["iri"].endswith("/entity/Walker%20S1")
    e = G.edges["优必选", "北部生态新区", "locatedIn"]
    assert e == {"relation": "locatedIn", "confidence": 0.9, "evidence": [
        {"doc": "doc/aaaa", "sentence": "优必选落户北部生态新区", "confidence": 0.9,
         "rule": "located"},
        {"doc": "doc/bbbb", "sentence": "優必選在新區購地自建超級工廠", "confidence": 0.7,
         "rule": "located"}]}
    assert ("柳工", "香港", "cooperatesWith") in G.edges(keys=True)
    assert G.graph["documents"]["doc/bbbb"] == {
        "source_file": "b.txt", "headline": "灣企入柳", "script": "zh-Hant",
        "sha256": "bbbb" + "0" * 60}
    obs = {o["id"]: o for o in G.graph["observations"]}
    assert obs["fact/01"] == {
        "id": "fact/01", "about": "优必选", "metric": "产值", "value": "250000000",
        "unit": "元", "year": 2023, "doc": "doc/bbbb", "evidence": "2023年產值達2.5億元",
        "confidence": 0.8}
    assert obs["fact/04"]["year"] is None


def test_errors(tmp_path):
    with pytest.raises(InputError, match="expected graph.json or graph.ttl"):
        kg.load(tmp_path / "graph.xml")
    with pytest.raises(InputError, match="no such file"):
        kg.load(tmp_path / "graph.json")
    with pytest.raises(InputError, match="no such file"):
        kg.load(tmp_path / "graph.ttl")
    bad = tmp_path / "graph.json"
    bad.write_text('{"nodes": [', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_json(bad)
    assert info.value.line == 1 and info.value.column is not None
    bad.write_text(json.dumps({"graph": {}}), encoding="utf-8")
    with pytest.raises(InputError, match="expected networkx node-link data"):
        load_json(bad)
    ttl = tmp_path / "graph.ttl"
    ttl.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected valid Turtle"):
        load_turtle(ttl)
