"""Every bundled question in queries/*.rq: exact answers on the hand-made
graph (tests/data/analysis.ttl), the same rows from both engines, and
specific rows on the seed build that the seed articles state plainly."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kg.query import open_graph

ROOT = Path(__file__).resolve().parents[1]
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
ANALYSIS = Path(__file__).parent / "data" / "analysis.ttl"


def q(name: str) -> str:
    return (ROOT / "queries" / name).read_text(encoding="utf-8")


def rows(result, *cols):
    return [tuple(r[c] for c in cols) for r in result.rows]


def test_at_least_twelve_commented_queries():
    assert len(QUERIES) >= 12
    for p in QUERIES:
        text = p.read_text(encoding="utf-8")
        assert text.startswith("# "), p.name
        assert sum(1 for line in text.splitlines() if line.startswith("#")) >= 2, p.name


# ------------------------------------------------------------ hand-made graph

@pytest.fixture(scope="module", params=["rdflib", "oxigraph"])
def hand(request):
    return open_graph(ANALYSIS, request.param)


EXPECTED = {
    "01_companies_in_parks.rq": [
        {"park_name": "北部生态新区", "company_name": "三松自动化", "via_name": "机器人产业园"},
        {"park_name": "北部生态新区", "company_name": "优必选", "via_name": "北部生态新区"},
        {"park_name": "机器人产业园", "company_name": "三松自动化", "via_name": "机器人产业园"}],
    "02_companies_of_an_industry.rq": [
        {"industry_name": "新能源汽车", "company_name": "三松自动化",
         "evidence": "三松自动化拓展新能源汽车配套市场"},
        {"industry_name": "新能源汽车", "company_name": "广西双英",
         "evidence": "广西双英的新能源汽车座椅"}],
    "03_exports_to_asean.rq": [
        {"exporter_name": "三松自动化", "exporter_type": "Company", "market_name": "东盟"},
        {"exporter_name": "广西双英", "exporter_type": "Company", "market_name": "越南"}],
    "04_liuzhou_gba_links.rq": [
        {"liuzhou_actor": "柳工", "relation": "cooperatesWith", "gba_side": "香港"}],
    "05_park_focus.rq": [
        {"park_name": "北部生态新区", "industry_name": "新能源汽车", "documents": "1"},
        {"park_name": "北部生态新区", "industry_name": "机器人", "documents": "1"}],
    "06_projects_and_investment.rq": [
        {"project_name": "优必选超级工厂", "backer_name": "优必选", "role": "develops",
         "metric": "产值", "value": "2180000000", "unit": "元", "year": None}],
    "07_largest_output_per_year.rq": [
        {"year": "2022", "entity_name": "三松自动化", "value": "50000000", "unit": "元",
         "source_file": "a.txt", "evidence": "2022年产值5000万元"},
        {"year": "2023", "entity_name": "柳工", "value": "10000000000", "unit": "元",
         "source_file": "b.txt", "evidence": "2023年營業收入首度邁過100億元"}],
    "08_people_and_employers.rq": [
        {"person_name": "陈文杰", "employer_name": "北部生态新区",
         "employer_type": "IndustrialPark", "evidence": "北部生态新区党工委书记陈文杰"}],
    "09_evidence_for_a_relation.rq": [
        {"subject": "优必选", "relation": "locatedIn", "object": "北部生态新区",
         "source_file": "a.txt", "confidence": "0.9", "evidence": "优必选落户北部生态新区"},
        {"subject": "优必选", "relation": "locatedIn", "object": "北部生态新区",
         "source_file": "b.txt", "confidence": "0.7", "evidence": "優必選在新區購地自建超級工廠"}],
    "10_traditional_and_simplified.rq": [
        {"name": "优必选", "type": "Company", "traditional_name": "優必選",
         "traditional_docs": "1", "simplified_docs": "1"},
        {"name": "广西", "type": "Region", "traditional_name": "廣西",
         "traditional_docs": "1", "simplified_docs": "1"},
        {"name": "柳州", "type": "Region", "traditional_name": None,
         "traditional_docs": "1", "simplified_docs": "1"}],
    "11_relations_in_several_documents.rq": [
        {"subject_name": "优必选", "relation": "locatedIn", "object_name": "北部生态新区",
         "documents": "2"}],
    "12_entity_counts_by_type.rq": [
        {"type": "Region", "entities": "6", "mentions": "18"},
        {"type": "Company", "entities": "4", "mentions": "12"},
        {"type": "IndustrialPark", "entities": "2", "mentions": "5"},
        {"type": "Industry", "entities": "2", "mentions": "5"},
        {"type": "Person", "entities": "1", "mentions": "2"},
        {"type": "Product", "entities": "1", "mentions": "1"},
        {"type": "Project", "entities": "1", "mentions": "2"}],
    "13_most_mentioned.rq": [
        {"name": n, "type": t, "mentions": m, "documents": d} for n, t, m, d in [
            ("柳州", "Region", "9", "2"), ("优必选", "Company", "5", "2"),
            ("北部生态新区", "IndustrialPark", "4", "1"), ("机器人", "Industry", "3", "1"),
            ("柳工", "Company", "3", "1"), ("粤港澳大湾区", "Region", "3", "1"),
            ("三松自动化", "Company", "2", "1"), ("东盟", "Region", "2", "1"),
            ("优必选超级工厂", "Project", "2", "1"), ("广西", "Region", "2", "2"),
            ("广西双英", "Company", "2", "1"), ("新能源汽车", "Industry", "2", "1"),
            ("陈文杰", "Person", "2", "1"), ("Walker S1", "Product", "1", "1"),
            ("机器人产业园", "IndustrialPark", "1", "1"), ("越南", "Region", "1", "1"),
            ("香港", "Region", "1", "1")]],
    "14_cooperation_partners.rq": [
        {"name": "柳工", "partner_name": "香港", "partner_type": "Region"},
        {"name": "香港", "partner_name": "柳工", "partner_type": "Company"}],
}


def test_every_query_has_a_hand_made_answer():
    assert sorted(EXPECTED) == [p.name for p in QUERIES]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hand_made_graph_answers(hand, name):
    assert hand.query(q(name), name).rows == EXPECTED[name]


def test_evidence_query_parameters(hand):
    text = q("09_evidence_for_a_relation.rq").replace(
        '("优必选" kg:locatedIn UNDEF)', '("香港" kg:cooperatesWith "柳工")')
    assert rows(hand.query(text), "subject", "relation", "object", "evidence") == [
        ("香港", "cooperatesWith", "柳工", "柳工与香港企业签约合作")]


# ------------------------------------------------------------ seed build

@pytest.fixture(scope="module")
def seed(seed_build):
    return {e: open_graph(seed_build / "graph.ttl", e) for e in ("rdflib", "oxigraph")}


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_engines_agree_on_the_seed_build(seed, path):
    a = seed["rdflib"].query(path.read_text(encoding="utf-8"), path.name)
    b = seed["oxigraph"].query(path.read_text(encoding="utf-8"), path.name)
    assert a.columns == b.columns
    assert a.rows == b.rows


def run(seed, name, text=None):
    return seed["oxigraph"].query(text or q(name), name)


def test_seed_companies_in_parks(seed):
    got = set(rows(run(seed, "01_companies_in_parks.rq"), "park_name", "company_name"))
    # 000: 柳州优必选产值不断爬坡 (新区聚焦…); 003: 在柳州高新区，上汽通用五菱…东风柳汽…
    assert {("北部生态新区", "优必选"), ("柳州高新区", "上汽通用五菱"),
            ("柳州高新区", "东风柳汽")} <= got


def test_seed_companies_of_an_industry(seed):
    got = set(rows(run(seed, "02_companies_of_an_industry.rq"), "industry_name", "company_name"))
    # 000: 方盛车桥、沿浦汽车科技、龙杰汽车配件公司不断拓展新能源汽车配套市场
    # 004: 东风柳汽…跨界合作推动新能源汽车产业发展
    assert {("新能源汽车", "龙杰汽车配件"), ("新能源汽车", "东风柳汽")} <= got


def test_seed_exports_to_asean_through_member_states(seed):
    got = set(rows(run(seed, "03_exports_to_asean.rq"), "exporter_name", "market_name"))
    # 000: 对越南出口2万辆套 — 越南 is kg:partOf 东盟
    assert ("广西双英", "越南") in got


def test_seed_liuzhou_gba_links(seed):
    got = set(rows(run(seed, "04_liuzhou_gba_links.rq"), "liuzhou_actor", "relation", "gba_side"))
    # 001: 柳州望与湾区全力开展技术合作
    assert ("柳州", "cooperatesWith", "粤港澳大湾区") in got


def test_seed_park_focus(seed):
    got = set(rows(run(seed, "05_park_focus.rq"), "park_name", "industry_name"))
    # 000: 新区聚焦机器人核心零部件研发; 003: 在轨道交通产业方面，柳州高新区加速智能轨道交通产业园建设
    assert {("北部生态新区", "机器人"), ("柳州高新区", "轨道交通")} <= got


def test_seed_projects_and_investment(seed):
    res = run(seed, "06_projects_and_investment.rq")
    got = set(rows(res, "project_name", "backer_name", "role"))
    # 001: 優必選…成立…優必選機器人超級智慧工廠; 000: 柳州优必选机器人超级智慧工厂…加快推进
    assert ("优必选机器人超级智慧工厂", "优必选", "develops") in got
    # 001: 柳州智能機器人產業基地項目…2023年產值達2.5億元
    facts = {(r["project_name"][:11], r["metric"], r["value"], r["unit"], r["year"])
             for r in res.rows}
    assert ("柳州智能机器人产业基地", "产值", "250000000", "元", "2023") in facts


def test_seed_largest_output_per_year(seed):
    got = {r["year"]: (r["value"], r["unit"], r["source_file"])
           for r in run(seed, "07_largest_output_per_year.rq").rows}
    # 003: 国家信息中心大数据基地…2020年总产值达7996万元
    assert got["2020"] == ("79960000", "元", "003_a3528da9f2eccc7b.txt")
    # 001: 2023年產值達2.5億元 (柳州智能机器人产业基地)
    assert got["2023"] == ("250000000", "元", "001_c893835da376bdda.txt")


def test_seed_people_and_employers(seed):
    got = set(rows(run(seed, "08_people_and_employers.rq"), "person_name", "employer_name"))
    assert {("孙昌荣", "优必选"),        # 000: 优必选科技制造中心总经理孙昌荣
            ("张思维", "广西双英"),      # 000: 广西双英项目总监张思维
            ("陈文杰", "北部生态新区"),  # 000: 阳和工业新区（北部生态新区）党工委书记陈文杰
            ("林长波", "东风柳汽"),      # 004: 东风柳汽总经理林长波
            } <= got


def test_seed_evidence_for_a_relation(seed):
    text = q("09_evidence_for_a_relation.rq").replace(
        '("优必选" kg:locatedIn UNDEF)', '("广西双英" kg:exportsTo "越南")')
    res = run(seed, "09", text)
    assert res.rows, "广西双英 exportsTo 越南 has no evidence"
    assert {r["source_file"] for r in res.rows} == {"000_bcbdd9ed6558917c.txt"}
    # 对越南出口2万辆套 / 预计公司全年出口越南的产品将突破8万辆套
    assert all("出口" in r["evidence"] and "越南" in r["evidence"] for r in res.rows)
    assert {(r["subject"], r["relation"], r["object"]) for r in res.rows} == {
        ("广西双英", "exportsTo", "越南")}


def test_seed_traditional_and_simplified(seed):
    got = {r["name"]: r for r in run(seed, "10_traditional_and_simplified.rq").rows}
    # 优必选 in 000 (simplified) and 優必選 in 001 (traditional)
    assert got["优必选"]["traditional_name"] == "優必選"
    assert int(got["优必选"]["traditional_docs"]) == 1
    assert int(got["优必选"]["simplified_docs"]) >= 1
    # 001 writes 東盟; the lexicon may add other traditional aliases (東協)
    assert got["东盟"]["traditional_name"] in {"東盟", "東協"}
    assert int(got["东盟"]["traditional_docs"]) == 1


def test_seed_relations_in_several_documents(seed):
    got = {(r["subject_name"], r["relation"], r["object_name"]): int(r["documents"])
           for r in run(seed, "11_relations_in_several_documents.rq").rows}
    # 柳州作为广西最大的工业城市 (000), 柳州位於廣西中北部 (001),
    # 广西柳州汽车城 (002), 柳州是广西第一大工业城市 (004)
    assert got[("柳州", "partOf", "广西")] >= 4
    assert all(n > 1 for n in got.values())


def test_seed_entity_counts_equal_the_graph(seed, seed_graph):
    got = {r["type"]: (int(r["entities"]), int(r["mentions"]))
           for r in run(seed, "12_entity_counts_by_type.rq").rows}
    want = Counter(d["type"] for _, d in seed_graph.nodes(data=True))
    mentions = Counter()
    for _, d in seed_graph.nodes(data=True):
        mentions[d["type"]] += d["mention_count"]
    assert got == {t: (n, mentions[t]) for t, n in want.items()}


def test_seed_most_mentioned(seed, seed_graph):
    res = run(seed, "13_most_mentioned.rq").rows
    assert res[0]["name"] == "柳州" and res[0]["type"] == "Region"
    assert int(res[0]["documents"]) == 5
    for r in res:
        assert int(r["mentions"]) == seed_graph.nodes[r["name"]]["mention_count"]


def test_seed_cooperation_partners(seed):
    got = set(rows(run(seed, "14_cooperation_partners.rq"), "name", "partner_name"))
    # 004: 东风柳汽还与中欧校友汽车产业协会战略合作签约; 柳钢集团与北京科技大学…达成合作
    assert {("东风柳汽", "中欧校友汽车产业协会"), ("中欧校友汽车产业协会", "东风柳汽"),
            ("柳钢集团", "北京科技大学")} <= got
