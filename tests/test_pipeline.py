"""End to end: build, exports per the contract, determinism."""
import rdflib

import kg
from kg.config import Config
from kg.export.jsonexport import to_json
from kg.export.turtle import to_turtle

KG = "https://w3id.org/liuzhou-kg/ontology#"


def test_turtle_round_trip_answers_sparql(seed_build):
    g = rdflib.Graph()
    g.parse(seed_build / "graph.ttl", format="turtle")
    q = """
    PREFIX kg: <https://w3id.org/liuzhou-kg/ontology#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT ?person ?ev ?file WHERE {
      ?c rdfs:label "东风柳汽"@zh-Hans .
      ?p kg:worksFor ?c ; rdfs:label ?person .
      ?a a kg:Assertion ; rdf:subject ?p ; rdf:predicate kg:worksFor ; rdf:object ?c ;
         kg:evidence ?ev ; prov:wasDerivedFrom ?d .
      ?d kg:sourceFile ?file .
    }"""
    rows = {(str(p), str(f)) for p, e, f in g.query(q) if "总经理" in str(e)}
    assert ("林长波", "004_0b84d11140df2e5f.txt") in rows


def test_every_entity_has_one_type_and_label(seed_build):
    g = rdflib.Graph()
    g.parse(seed_build / "graph.ttl", format="turtle")
    q = """
    PREFIX kg: <https://w3id.org/liuzhou-kg/ontology#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?e (COUNT(DISTINCT ?t) AS ?nt) (COUNT(DISTINCT ?l) AS ?nl) WHERE {
      ?e a ?t ; rdfs:label ?l .
      VALUES ?t { kg:Company kg:IndustrialPark kg:Industry kg:Region kg:Organization
                  kg:Person kg:Project kg:Product kg:Initiative }
    } GROUP BY ?e"""
    res = list(g.query(q))
    assert len(res) > 100
    assert all(int(nt) == 1 and int(nl) == 1 for _, nt, nl in res)


def test_traditional_spellings_are_zh_hant_alt_labels(seed_graph):
    aliases = {tuple(a) for a in seed_graph.nodes["粤港澳大湾区"]["aliases"]}
    assert ("粵港澳大灣區", "zh-Hant") in aliases


def test_observation_in_base_units(seed_graph):
    obs = [o for o in seed_graph.graph["observations"] if o["unit"] == "元"]
    assert obs and all("." not in o["value"] or float(o["value"]) < 1e6 for o in obs)


def test_two_builds_are_byte_identical(tmp_path):
    a = kg.build(["seeds"], Config(jobs=1))
    b = kg.build(["seeds"], Config(jobs=1))
    assert to_turtle(a) == to_turtle(b)
    assert to_json(a) == to_json(b)


def test_report_lists_every_file(seed_build):
    import json

    rep = json.loads((seed_build / "report.json").read_text(encoding="utf-8"))
    assert rep["totals"]["files"] == 5
    assert {f["status"] for f in rep["files"]} == {"built"}
    assert all(f["entities"] for f in rep["files"])


def test_an_error_in_one_article_fails_that_file_only(tmp_path, monkeypatch):
    import kg.pipeline as pipeline

    (tmp_path / "good.txt").write_text("柳工位于柳州。", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("这篇文章让处理出错。", encoding="utf-8")
    real = pipeline.process_document

    def flaky(doc):
        if "出错" in doc.text:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(pipeline, "process_document", flaky)
    G = kg.build([tmp_path], Config(jobs=1))
    status = {f["path"].rsplit("/", 1)[-1]: (f["status"], f["reason"]) for f in G.graph["files"]}
    assert status["good.txt"] == ("built", "")
    assert status["bad.txt"] == ("failed", "RuntimeError: boom")
    assert ("柳工", "柳州", "locatedIn") in set(G.edges(keys=True))
    assert len(G.graph["documents"]) == 1


def test_one_long_article_is_processed_in_linear_time(tmp_path):
    """No stage may be quadratic in a document's mentions: four times the
    sentences (6,000, ≈300,000 characters, tens of thousands of mentions)
    take about four times as long, not sixteen.  Measured as a ratio in one
    run, so a busy machine slows both sizes alike."""
    import time

    from kg.pipeline import process_document
    from kg.read import make_document

    digits = "零一二三四五六七八九"

    def took(n: int) -> tuple[float, int]:
        parts = []
        for i in range(n):
            brand = "华" + digits[i % 10] + digits[i // 10 % 10] + digits[i // 100 % 10]
            parts.append(f"柳州{brand}科技有限公司位于柳江区新兴工业园，主要生产汽车零部件，产品出口越南、泰国等东盟国家。")
        text = "\n".join(parts)
        doc = make_document("long.txt", text.encode("utf-8"), text, "utf-8")
        t0 = time.perf_counter()
        r = process_document(doc)
        return time.perf_counter() - t0, len(r.mentions)

    small, _ = took(1500)
    large, mentions = took(6000)
    assert mentions > 20000
    assert large / small < 8, f"{large:.1f}s for 6,000 sentences, {small:.1f}s for 1,500"
