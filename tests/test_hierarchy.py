"""Background region hierarchy (kg.hierarchy): kg:within, not kg:partOf."""
from pathlib import Path

import kg
from kg.config import Config
from kg.export.turtle import to_turtle
from kg.hierarchy import region_hierarchy
from kg.metrics import degree
from kg.query import run_query
from kg.resources import load_resources

QUERIES = Path(__file__).resolve().parent.parent / "queries"


def test_nearest_ancestor_in_the_graph_and_groupings():
    res = load_resources()
    pairs = region_hierarchy(["柳南区", "广西", "越南", "东盟", "深圳", "粤港澳大湾区"],
                             res.gazetteer, res.region_groups)
    assert ("柳南区", "广西") in pairs  # 柳州 is not in the graph: the next one up
    assert ("越南", "东盟") in pairs
    assert ("深圳", "粤港澳大湾区") in pairs
    assert not any(a == b for a, b in pairs)


def test_stories_that_never_say_it_still_roll_up_to_asean(tmp_path):
    (tmp_path / "a.txt").write_text("柳工今年向越南出口装载机300台。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("东盟各国经济持续增长。", encoding="utf-8")
    G = kg.build([tmp_path], Config(jobs=1))
    assert G.has_edge("越南", "东盟", key="within")
    assert not G.has_edge("越南", "东盟", key="partOf")  # no article states it
    assert G.edges["越南", "东盟", "within"]["evidence"] == []
    ttl = tmp_path / "g.ttl"
    ttl.write_text(to_turtle(G), encoding="utf-8")
    rows = run_query(ttl, QUERIES / "03_exports_to_asean.rq", engine="rdflib").rows
    assert {(r["exporter_name"], r["market_name"]) for r in rows} == {("柳工", "越南")}
    # the measures of the news leave the background out
    assert degree(G)["东盟"] == 0


def test_a_stated_pair_stays_partof(tmp_path):
    (tmp_path / "a.txt").write_text("广西柳州的汽车产量再创新高。", encoding="utf-8")
    G = kg.build([tmp_path], Config(jobs=1))
    assert G.has_edge("柳州", "广西", key="partOf")
    assert not G.has_edge("柳州", "广西", key="within")


def test_the_lexicons_ancestors_of_a_region_nearest_first():
    g = load_resources().gazetteer
    up = g.ancestors("柳南区")
    assert up[:3] == ("柳州", "广西", "中国")
    assert "柳南区" not in up and len(set(up)) == len(up)
    assert g.ancestors("不在词表里的地方") == ()
