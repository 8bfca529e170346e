"""kg.metrics / kg.regional / kg.plots on tiny graphs whose values are worked
out by hand (see the comments), and on the seed build."""
from __future__ import annotations

import warnings
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg import metrics as M
from kg import regional as R
from kg.query import run_query

DATA = Path(__file__).parent / "data"


def graph(nodes, edges):
    """nodes: {name: type}; edges: (head, relation, tail, evidence count)."""
    G = nx.MultiDiGraph(documents={"doc/1": {}}, observations=[])
    for n, t in nodes.items():
        G.add_node(n, type=t, label=n)
    for h, rel, t, k in edges:
        G.add_edge(h, t, key=rel, relation=rel,
                   evidence=[{"doc": f"doc/{i}", "sentence": "", "confidence": 0.8, "rule": ""}
                             for i in range(k)])
    return G


@pytest.fixture
def park():
    # A, B companies in park E; E in region C; A and E in industry D.
    # Projection: A-E (2 evidence), B-E, A-D, E-D, E-C; one cycle A-E-D.
    return graph({"A": "Company", "B": "Company", "C": "Region", "D": "Industry",
                  "E": "IndustrialPark"},
                 [("A", "locatedIn", "E", 2), ("B", "locatedIn", "E", 1),
                  ("A", "inIndustry", "D", 1), ("E", "inIndustry", "D", 1),
                  ("E", "locatedIn", "C", 1)])


def test_degree_and_weighted_degree(park):
    assert M.degree(park) == {"A": 2, "B": 1, "C": 1, "D": 2, "E": 4}
    # E: 2 (from A) + 1 + 1 + 1
    assert M.weighted_degree(park) == {"A": 3, "B": 1, "C": 1, "D": 2, "E": 5}


def test_degree_counts_each_relation_between_a_pair(park):
    park.add_edge("A", "E", key="investsIn", relation="investsIn", evidence=[{}])
    assert M.degree(park)["A"] == 3
    assert M.projection(park)["A"]["E"]["weight"] == 3


def test_betweenness(park):
    # Of the 10 pairs, 5 (A-B, A-C, B-C, B-D, C-D) have their only shortest
    # path through E; normalised by (n-1)(n-2)/2 = 6.
    assert M.betweenness(park) == {"A": 0.0, "B": 0.0, "C": 0.0, "D": 0.0, "E": 0.833333}


def test_articulation_points_and_bridges(park):
    assert M.articulation_points(park) == ["E"]
    assert M.bridges(park) == [("B", "E"), ("C", "E")]


def test_pagerank_two_nodes():
    # A -> B, B dangling (spreads evenly): PR_A = 0.15/2 + 0.85 * PR_B / 2,
    # PR_A + PR_B = 1  =>  PR_A = 0.5 / 1.425 = 0.350877
    G = graph({"A": "Company", "B": "Region"}, [("A", "locatedIn", "B", 1)])
    assert M.pagerank(G) == {"A": 0.350877, "B": 0.649123}


def test_pagerank_cooperation_counts_both_ways():
    G = graph({"X": "Company", "Y": "Company", "Z": "Company"},
              [("X", "cooperatesWith", "Y", 1), ("Y", "cooperatesWith", "Z", 1),
               ("X", "cooperatesWith", "Z", 1)])
    assert M.pagerank(G) == {"X": 0.333333, "Y": 0.333333, "Z": 0.333333}
    assert M.pagerank(nx.MultiDiGraph()) == {}


def test_communities_two_triangles():
    G = graph({n: "Company" for n in ["a1", "a2", "a3", "b1", "b2", "b3"]},
              [("a1", "cooperatesWith", "a2", 1), ("a2", "cooperatesWith", "a3", 1),
               ("a1", "cooperatesWith", "a3", 1), ("b1", "cooperatesWith", "b2", 1),
               ("b2", "cooperatesWith", "b3", 1), ("b1", "cooperatesWith", "b3", 1),
               ("a3", "cooperatesWith", "b1", 1)])
    assert M.communities(G) == [["a1", "a2", "a3"], ["b1", "b2", "b3"]]
    assert M.communities(G) == M.communities(G)  # seeded: repeats
    assert M.articulation_points(G) == ["a3", "b1"]
    assert M.bridges(G) == [("a3", "b1")]


def test_ranked_and_top_by_type(park):
    deg = M.degree(park)
    assert M.ranked(deg, 3) == [("E", 4), ("A", 2), ("D", 2)]
    assert M.top_by_type(park, deg, 1) == {
        "Company": [("A", 2)], "Industry": [("D", 2)], "IndustrialPark": [("E", 4)],
        "Region": [("C", 1)]}


def test_summary(park):
    assert M.summary(park) == {
        "nodes": 5, "edges": 5, "documents": 1, "observations": 0,
        "types": {"Company": 2, "IndustrialPark": 1, "Industry": 1, "Region": 1},
        "relations": {"inIndustry": 2, "locatedIn": 3}}


@pytest.fixture
def partners():
    # 香港 ⊂ 粤港澳大湾区; 南沙 ⊂ 广州 ⊂ 粤港澳大湾区; 越南 ⊂ 东盟.
    return graph(
        {"粤港澳大湾区": "Region", "香港": "Region", "广州": "Region", "南沙": "Region",
         "东盟": "Region", "越南": "Region", "柳州": "Region", "柳工": "Company",
         "三松": "Company", "双英": "Company", "五菱": "Company", "机器人": "Industry",
         "汽车": "Industry", "新能源": "Industry", "新区": "IndustrialPark",
         "高新区": "IndustrialPark"},
        [("香港", "partOf", "粤港澳大湾区", 1), ("广州", "partOf", "粤港澳大湾区", 1),
         ("南沙", "partOf", "广州", 1), ("越南", "partOf", "东盟", 1),
         ("柳工", "cooperatesWith", "香港", 1),   # GBA, stored with 柳工 first
         ("柳工", "investsIn", "南沙", 1),        # GBA through two partOf steps
         ("柳工", "exportsTo", "东盟", 1),
         ("三松", "exportsTo", "东盟", 1), ("三松", "exportsTo", "越南", 1),
         ("双英", "locatedIn", "柳州", 1),        # not a partner region
         ("三松", "inIndustry", "机器人", 1), ("柳工", "inIndustry", "机器人", 1),
         ("五菱", "inIndustry", "汽车", 1), ("五菱", "inIndustry", "新能源", 1),
         ("双英", "inIndustry", "汽车", 1),
         ("新区", "inIndustry", "机器人", 1), ("新区", "inIndustry", "新能源", 1),
         ("高新区", "inIndustry", "汽车", 1), ("高新区", "inIndustry", "新能源", 1),
         ("柳州", "inIndustry", "汽车", 1)])


def test_partner_regions(partners):
    assert R.partner_regions(partners) == {
        "GBA": {"粤港澳大湾区", "香港", "广州", "南沙"}, "ASEAN": {"东盟", "越南"}}
    assert R.partner_regions(partners, {"X": "不存在"}) == {"X": set()}


def test_partner_links(partners):
    rows = R.partner_links(partners)
    assert rows == [
        {"company": "柳工", "GBA": 2, "GBA_regions": ["南沙", "香港"], "ASEAN": 1,
         "ASEAN_regions": ["东盟"], "industries": 1, "industry_names": ["机器人"]},
        {"company": "三松", "GBA": 0, "GBA_regions": [], "ASEAN": 2,
         "ASEAN_regions": ["东盟", "越南"], "industries": 1, "industry_names": ["机器人"]},
        {"company": "五菱", "GBA": 0, "GBA_regions": [], "ASEAN": 0, "ASEAN_regions": [],
         "industries": 2, "industry_names": ["新能源", "汽车"]},
        {"company": "双英", "GBA": 0, "GBA_regions": [], "ASEAN": 0, "ASEAN_regions": [],
         "industries": 1, "industry_names": ["汽车"]},
    ]


def test_industry_ranking(partners):
    # 汽车: companies 五菱, 双英; parks 高新区 (柳州 is a region: not counted)
    # 机器人: companies 三松, 柳工; park 新区
    # 新能源: company 五菱; parks 新区, 高新区
    assert R.industry_ranking(partners) == [
        {"industry": "机器人", "companies": 2, "parks": 1, "total": 3},
        {"industry": "汽车", "companies": 2, "parks": 1, "total": 3},
        {"industry": "新能源", "companies": 1, "parks": 2, "total": 3},
    ]


def test_industry_cooccurrence(partners):
    # 五菱 and 高新区 are in 新能源 and 汽车; 新区 in 新能源 and 机器人
    assert R.industry_cooccurrence(partners) == [
        {"a": "新能源", "b": "汽车", "count": 2, "entities": ["五菱", "高新区"]},
        {"a": "新能源", "b": "机器人", "count": 1, "entities": ["新区"]},
    ]


def test_compute_metrics_and_tables(park):
    res = M.compute_metrics(park, top=2)
    assert [r["node"] for r in res["nodes"]] == ["E", "A", "D", "B", "C"]
    assert res["nodes"][0] == {"node": "E", "type": "IndustrialPark", "degree": 4,
                               "weighted_degree": 5, "betweenness": 0.833333,
                               "pagerank": res["nodes"][0]["pagerank"],
                               "community": res["nodes"][0]["community"]}
    assert res["top_betweenness"][0] == "E"
    assert res["articulation_points"] == ["E"]
    assert res["bridges"] == [["B", "E"], ["C", "E"]]
    assert sum(c["size"] for c in res["communities"]) == 5
    tables = M.metric_tables(res)
    assert list(tables) == ["summary", "top entities", "top by type", "communities",
                            "articulation points and bridges",
                            "company links to partner regions",
                            "industries by companies and parks", "industry co-occurrence"]
    cols, rows = tables["top entities"]
    assert [r["node"] for r in rows] == ["E", "A"]
    assert tables["industries by companies and parks"][1] == [
        {"industry": "D", "companies": 1, "parks": 1, "total": 2}]


def test_plot_metrics_writes_pngs(park, tmp_path):
    from kg.plots import cjk_font
    res = M.compute_metrics(park)
    with warnings.catch_warnings():
        warnings.simplefilter("error" if cjk_font() else "ignore")
        paths = M.plot_metrics(res, tmp_path / "plots")
    assert [p.name for p in paths] == ["top_entities.png", "community_sizes.png",
                                       "degree_distribution.png"]
    for p in paths:
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_without_cjk_font_warns(park, tmp_path, monkeypatch):
    import kg.plots
    monkeypatch.setattr(kg.plots, "cjk_font", lambda: None)
    with pytest.warns(UserWarning, match="no CJK font"):
        paths = kg.plots.plot_metrics(M.compute_metrics(park), tmp_path)
    assert len(paths) == 3


# ---------------------------------------------------------------- hand-made Turtle


def test_metrics_of_the_analysis_graph():
    G = kg.load(DATA / "analysis.ttl")
    deg = M.degree(G)
    # 北部生态新区: locatedIn 柳州, inIndustry ×2, ← 机器人产业园 partOf,
    # ← 优必选 locatedIn, ← 陈文杰 worksFor, ← 优必选超级工厂 locatedIn
    assert deg["北部生态新区"] == 7
    # 优必选's locatedIn has two evidence sentences
    assert M.weighted_degree(G)["优必选"] == 5 and deg["优必选"] == 4
    assert R.partner_links(G)[:2] == [
        {"company": "三松自动化", "GBA": 0, "GBA_regions": [], "ASEAN": 1,
         "ASEAN_regions": ["东盟"], "industries": 2, "industry_names": ["新能源汽车", "机器人"]},
        {"company": "广西双英", "GBA": 0, "GBA_regions": [], "ASEAN": 1,
         "ASEAN_regions": ["越南"], "industries": 1, "industry_names": ["新能源汽车"]},
    ]
    assert R.partner_links(G)[2]["company"] == "柳工"
    assert R.partner_links(G)[2]["GBA_regions"] == ["香港"]
    assert R.industry_ranking(G) == [
        {"industry": "新能源汽车", "companies": 2, "parks": 1, "total": 3},
        {"industry": "机器人", "companies": 2, "parks": 1, "total": 3}]
    assert R.industry_cooccurrence(G) == [
        {"a": "新能源汽车", "b": "机器人", "count": 2, "entities": ["三松自动化", "北部生态新区"]}]
    # cut vertices: 优必选 (holds Walker S1), 北部生态新区 (holds 陈文杰),
    # 柳州 (广西), 柳工 and 香港 (the way to 粤港澳大湾区); the ASEAN side is a
    # cycle 三松-东盟-越南-双英-新能源汽车-三松
    assert M.articulation_points(G) == ["优必选", "北部生态新区", "柳州", "柳工", "香港"]
    assert M.bridges(G) == [("Walker S1", "优必选"), ("北部生态新区", "柳州"),
                            ("北部生态新区", "陈文杰"), ("广西", "柳州"), ("柳州", "柳工"),
                            ("柳工", "香港"), ("粤港澳大湾区", "香港")]


# ---------------------------------------------------------------- seed build


def _sparql_degree(ttl, name):
    q = f"""SELECT (COUNT(*) AS ?n) WHERE {{
      ?e rdfs:label ?l . FILTER (STR(?l) = "{name}")
      {{ ?e ?p ?x }} UNION {{ ?x ?p ?e }}
      FILTER (?p IN (kg:locatedIn, kg:inIndustry, kg:exportsTo, kg:cooperatesWith,
                     kg:investsIn, kg:worksFor, kg:produces, kg:develops, kg:partOf)) }}"""
    return int(run_query(ttl, q).rows[0]["n"])


def test_seed_degrees_match_sparql_counts(seed_build):
    """Degree from graph.json (networkx) = relation triples in graph.ttl (SPARQL)."""
    G = kg.load(seed_build / "graph.json")
    deg = M.degree(G)
    for name in ["柳州", "广西", "东风柳汽", "柳州高新区"]:
        assert deg[name] == _sparql_degree(seed_build / "graph.ttl", name), name


def test_seed_metrics(seed_build):
    G = kg.load(seed_build / "graph.json")
    res = M.compute_metrics(G, top=5)
    # 柳州 is the city every article is about: the most connected region,
    # among the three most connected entities
    assert res["top_by_type"]["Region"][0] == "柳州"
    assert "柳州" in [r["node"] for r in res["nodes"][:3]]
    assert res["summary"]["documents"] == 5
    # every node is in exactly one community
    members = [m for c in res["communities"] for m in c["members"]]
    assert sorted(members) == sorted(G.nodes)
    # 广西双英: "我们出口东盟市场汽车座椅…对越南出口2万辆套" (000)
    links = {r["company"]: r for r in res["partner_regions"]}
    assert links["广西双英"]["ASEAN"] >= 1
    assert set(links["广西双英"]["ASEAN_regions"]) <= {"东盟", "越南"}
    # runs repeat: same communities with the same seed
    assert M.communities(G) == M.communities(G)
