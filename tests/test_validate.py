"""kg.validate: SHACL report as a dict, readable text, errors, the seed build."""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from kg.errors import InputError, ValidationError
from kg.validate import check, format_report, ontology_path, shapes_path, validate

DATA = Path(__file__).parent / "data"
KG = rdflib.Namespace("https://w3id.org/liuzhou-kg/ontology#")
E = rdflib.Namespace("https://w3id.org/liuzhou-kg/resource/entity/")
A = rdflib.Namespace("https://w3id.org/liuzhou-kg/resource/assertion/")


def analysis() -> rdflib.Graph:
    return rdflib.Graph().parse(DATA / "analysis.ttl", format="turtle")


def test_packaged_files_exist():
    assert shapes_path().name == "shapes.ttl" and shapes_path().is_file()
    assert ontology_path().name == "kg.ttl" and ontology_path().is_file()


def test_hand_made_graphs_conform():
    for name in ("sample.ttl", "analysis.ttl"):
        r = validate(DATA / name)
        assert r["conforms"], format_report(r)
        assert (r["violations"], r["warnings"], r["results"]) == (0, 0, [])
        assert r["graph"] == str(DATA / name)


def test_violations_are_listed_with_focus_path_and_message():
    g = analysis()
    g.remove((A["08"], KG.evidence, None))
    g.add((E["陈文杰"], rdflib.RDF.type, KG.Company))
    r = validate(g)
    assert not r["conforms"]
    assert r["violations"] == 2 and r["warnings"] == 0
    by_msg = {x["message"]: x for x in r["results"]}
    ev = by_msg["an assertion has exactly one kg:evidence sentence"]
    assert ev["severity"] == "Violation"
    assert ev["focus"] == str(A["08"])
    assert ev["path"] == str(KG.evidence)
    assert ev["constraint"] == "MinCountConstraintComponent"
    two = by_msg["an entity has exactly one of the nine entity types"]
    assert two["focus"] == str(E["陈文杰"])


def test_warnings_do_not_break_conformance():
    g = analysis()
    # 柳工 exportsTo 机器人: an Industry is not a Region (range warning),
    # recorded with its assertion so that the structure is sound
    a = A["99"]
    g.add((E["柳工"], KG.exportsTo, E["机器人"]))
    for p, o in [(rdflib.RDF.type, KG.Assertion), (rdflib.RDF.subject, E["柳工"]),
                 (rdflib.RDF.predicate, KG.exportsTo), (rdflib.RDF.object, E["机器人"]),
                 (rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"),
                  rdflib.URIRef("https://w3id.org/liuzhou-kg/resource/doc/aaaa")),
                 (KG.evidence, rdflib.Literal("柳工机器人出口", lang="zh-Hans")),
                 (KG.confidence, rdflib.Literal("0.5", datatype=rdflib.XSD.decimal))]:
        g.add((a, p, o))
    r = validate(g)
    assert r["conforms"] and r["violations"] == 0 and r["warnings"] == 1
    w = r["results"][0]
    assert w["severity"] == "Warning"
    assert w["message"] == "the object of kg:exportsTo should be a Region"
    assert w["focus"] == str(E["机器人"])


def test_format_report_groups_by_message():
    g = analysis()
    for n in ("01", "02", "03", "04", "05"):
        g.remove((A[n], KG.confidence, None))
    text = format_report(validate(g), examples=2)
    lines = text.splitlines()
    assert lines[0] == "<graph>: does not conform (5 violations, 0 warnings)"
    assert lines[1] == ("Violation: an assertion has exactly one kg:confidence, "
                        "an xsd:decimal in [0, 1] (5)")
    assert lines[2] == "    kgr:assertion/01 kg:confidence"
    assert lines[3] == "    kgr:assertion/02 kg:confidence"
    assert lines[4] == "    … and 3 more"


def test_check_raises_validation_error():
    g = analysis()
    g.remove((A["08"], KG.evidence, None))
    with pytest.raises(ValidationError) as info:
        check(g)
    assert info.value.exit_code == 1
    assert "1 violation(s), first: an assertion has exactly one kg:evidence sentence" in str(info.value)
    assert check(DATA / "sample.ttl")["conforms"]


def test_unreadable_inputs(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        validate(tmp_path / "nope.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="expected valid Turtle"):
        validate(bad)


def test_seed_build_conforms(seed_build):
    r = validate(seed_build / "graph.ttl")
    assert r["conforms"], format_report(r)
    assert r["violations"] == 0
