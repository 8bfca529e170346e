"""The packaged ontology and SHACL shapes: they parse, say what the contract
says, and accept a hand-made conforming graph but not broken ones."""
from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.collection import Collection

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "src" / "kg" / "ontology"
SAMPLE = Path(__file__).parent / "data" / "sample.ttl"

KG = Namespace("https://w3id.org/liuzhou-kg/ontology#")
KGR = Namespace("https://w3id.org/liuzhou-kg/resource/")
SCHEMA = Namespace("https://schema.org/")
TYPES = ["Company", "IndustrialPark", "Industry", "Region", "Organization",
         "Person", "Project", "Product", "Initiative"]
RELATIONS = ["locatedIn", "inIndustry", "exportsTo", "cooperatesWith",
             "investsIn", "worksFor", "produces", "develops", "partOf"]
UBTECH = URIRef("https://w3id.org/liuzhou-kg/resource/entity/优必选")
WALKER = URIRef("https://w3id.org/liuzhou-kg/resource/entity/Walker%20S1")
PARK = URIRef("https://w3id.org/liuzhou-kg/resource/entity/北部生态新区")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY / "kg.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")


def sample() -> Graph:
    return Graph().parse(SAMPLE, format="turtle")


def validate(data: Graph, shapes: Graph):
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes,
                                         inference="none", allow_warnings=True)
    return conforms, text


def union_members(g: Graph, node) -> set[str]:
    if isinstance(node, URIRef):
        return {str(node).rsplit("#", 1)[1]}
    lst = g.value(node, OWL.unionOf)
    return {str(m).rsplit("#", 1)[1] for m in Collection(g, lst)}


def test_top_level_folder_is_the_package_folder():
    assert (ROOT / "ontology" / "kg.ttl").resolve() == (ONTOLOGY / "kg.ttl").resolve()


def test_classes_declared_labelled_and_disjoint(ontology):
    for name in TYPES + ["Assertion", "Document", "Observation"]:
        c = KG[name]
        assert (c, RDF.type, OWL.Class) in ontology, name
        langs = {l.language for l in ontology.objects(c, RDFS.label)}
        assert {"zh-Hans", "en"} <= langs, name
        assert ontology.value(c, RDFS.comment) is not None, name
    disjoint = [set(Collection(ontology, ontology.value(d, OWL.members)))
                for d in ontology.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert {KG[t] for t in TYPES} in disjoint


def test_relations_domains_ranges_follow_annotation_guide(ontology):
    expected = {
        "locatedIn": ({"Company", "Project", "Organization", "IndustrialPark"},
                      {"IndustrialPark", "Region"}),
        "inIndustry": ({"Company", "IndustrialPark", "Project", "Region"}, {"Industry"}),
        "exportsTo": ({"Company", "Region"}, {"Region"}),
        "investsIn": ({"Company", "Organization"}, {"Company", "Project", "Region"}),
        "worksFor": ({"Person"}, {"Company", "Organization", "IndustrialPark"}),
        "produces": ({"Company"}, {"Product"}),
        "develops": ({"Company", "IndustrialPark", "Region"}, {"Project"}),
        "partOf": ({"Region", "IndustrialPark"}, {"Region", "IndustrialPark"}),
    }
    for rel in RELATIONS:
        assert (KG[rel], RDF.type, OWL.ObjectProperty) in ontology
    for rel, (dom, rng) in expected.items():
        assert union_members(ontology, ontology.value(KG[rel], RDFS.domain)) == dom, rel
        assert union_members(ontology, ontology.value(KG[rel], RDFS.range)) == rng, rel
    assert (KG.cooperatesWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (KG.partOf, RDF.type, OWL.TransitiveProperty) in ontology


def test_alignment(ontology):
    assert (KG.Company, RDFS.subClassOf, SCHEMA.Organization) in ontology
    assert (KG.Document, RDFS.subClassOf, SCHEMA.NewsArticle) in ontology
    assert (KG.Assertion, RDFS.subClassOf, RDF.Statement) in ontology
    assert (KG.worksFor, RDFS.subPropertyOf, SCHEMA.worksFor) in ontology
    assert (KG.partOf, RDFS.subPropertyOf, SCHEMA.containedInPlace) in ontology


def test_datatype_properties(ontology):
    assert ontology.value(KG.mentionCount, RDFS.range) == XSD.integer
    assert ontology.value(KG.value, RDFS.range) == XSD.decimal
    assert ontology.value(KG.year, RDFS.range) == XSD.gYear
    assert ontology.value(KG.mentionedIn, RDFS.range) == KG.Document
    for p in ["evidence", "confidence", "sourceFile", "about", "metric", "unit"]:
        assert ontology.value(KG[p], RDFS.label) is not None, p


def test_sample_conforms(shapes):
    conforms, text = validate(sample(), shapes)
    assert conforms, text


def test_assertion_without_evidence_violates(shapes):
    g = sample()
    g.remove((KGR["assertion/0001"], KG.evidence, None))
    conforms, text = validate(g, shapes)
    assert not conforms
    assert "an assertion has exactly one kg:evidence sentence" in text
    assert "assertion/0001" in text


def test_entity_with_two_types_violates(shapes):
    g = sample()
    g.add((WALKER, RDF.type, KG.Company))
    conforms, text = validate(g, shapes)
    assert not conforms
    assert "an entity has exactly one of the nine entity types" in text


def test_relation_without_assertion_violates(shapes):
    g = sample()
    g.add((PARK, KG.partOf, UBTECH))
    conforms, text = validate(g, shapes)
    assert not conforms
    assert "has no kg:Assertion" in text


def test_assertion_of_a_missing_triple_violates(shapes):
    g = sample()
    g.remove((UBTECH, KG.produces, WALKER))
    conforms, text = validate(g, shapes)
    assert not conforms
    assert "states a triple that is not in the graph" in text
    assert "assertion/0002" in text


def test_confidence_out_of_range_violates(shapes):
    g = sample()
    a = KGR["assertion/0002"]
    g.set((a, KG.confidence, Literal("1.5", datatype=XSD.decimal)))
    conforms, text = validate(g, shapes)
    assert not conforms
    assert "kg:confidence" in text


def test_observation_value_must_be_decimal(shapes):
    g = sample()
    g.set((KGR["observation/0001"], KG.value, Literal("2.5亿元")))
    conforms, text = validate(g, shapes)
    assert not conforms
    assert "exactly one kg:value, an xsd:decimal" in text


def test_domain_range_mismatch_is_only_a_warning(shapes):
    g = sample()
    # a company "works for" a park: wrong domain, but with its assertion
    g.add((UBTECH, KG.worksFor, PARK))
    a = KGR["assertion/0003"]
    g.add((a, RDF.type, KG.Assertion))
    g.add((a, RDF.subject, UBTECH))
    g.add((a, RDF.predicate, KG.worksFor))
    g.add((a, RDF.object, PARK))
    g.add((a, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"),
           KGR["doc/bcbdd9ed6558917c"]))
    g.add((a, KG.evidence, Literal("……", lang="zh-Hans")))
    g.add((a, KG.confidence, Literal("0.5", datatype=XSD.decimal)))
    conforms, text = validate(g, shapes)
    assert conforms, text
    assert "the subject of kg:worksFor should be a Person" in text
