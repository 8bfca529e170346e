"""Export the graph as Turtle, exactly per CONTRACT.md.

Built with rdflib; the output is sorted so that the same graph gives
byte-identical Turtle.

Examples
--------
>>> from kg.graph import build_graph
>>> from kg.model import Entity
>>> ttl = to_turtle(build_graph([Entity("柳工", "Company", "柳工")], [], [], {}))
>>> "kg:Company" in ttl and '"柳工"@zh-Hans' in ttl
True
"""
from __future__ import annotations

import hashlib

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, SKOS
from rdflib.plugins.serializers.turtle import TurtleSerializer

from ..graph import ONTOLOGY, RESOURCE

__all__ = ["to_rdflib", "to_turtle", "KG", "KGR", "SCHEMA"]

KG = Namespace(ONTOLOGY)
KGR = Namespace(RESOURCE)
SCHEMA = Namespace("https://schema.org/")


def _clean(s: str) -> str:
    """Drop characters that no RDF literal may carry (unpaired surrogates, NUL)."""
    return "".join(c for c in str(s) if c != "\x00" and not 0xD800 <= ord(c) <= 0xDFFF)


def _lit(text: str, lang: str) -> Literal:
    return Literal(_clean(text), lang=lang)


def _bound_graph() -> Graph:
    g = Graph()
    for p, ns in (("kg", KG), ("kgr", KGR), ("rdfs", RDFS), ("skos", SKOS), ("prov", PROV),
                  ("schema", SCHEMA), ("xsd", XSD), ("owl", OWL)):
        g.bind(p, ns)
    return g


def to_rdflib(G) -> Graph:
    g = _bound_graph()
    for t in _triples(G):
        g.add(t)
    return g


class _Adder:
    """``g.add(triple)`` as the code below calls it, collecting the triples."""

    __slots__ = ("out",)

    def __init__(self):
        self.out = []

    def add(self, triple):
        self.out.append(triple)


def _triples(G) -> list:
    """The triples of the graph, in the order they are added."""
    g = _Adder()
    docs = G.graph.get("documents", {})
    for doc_id, d in docs.items():
        u = KGR[doc_id]
        g.add((u, RDF.type, KG.Document))
        g.add((u, RDF.type, SCHEMA.NewsArticle))
        g.add((u, KG.sourceFile, Literal(_clean(d.get("source_file", "")))))
        if d.get("headline"):
            g.add((u, SCHEMA.headline, _lit(d["headline"], d.get("script", "zh-Hans"))))
        if d.get("sha256"):
            g.add((u, KG.sha256, Literal(d["sha256"])))
    for n, a in G.nodes(data=True):
        u = URIRef(a["iri"])
        g.add((u, RDF.type, KG[a["type"]]))
        g.add((u, RDFS.label, _lit(a["label"], a.get("label_lang", "zh-Hans"))))
        for text, lang in a.get("aliases", []):
            g.add((u, SKOS.altLabel, _lit(text, lang)))
        g.add((u, KG.mentionCount, Literal(int(a.get("mention_count", 0)), datatype=XSD.integer)))
        for doc in a.get("documents", []):
            g.add((u, KG.mentionedIn, KGR[doc]))
    for h, t, rel, a in G.edges(keys=True, data=True):
        hu, tu = URIRef(G.nodes[h]["iri"]), URIRef(G.nodes[t]["iri"])
        g.add((hu, KG[rel], tu))
        for ev in a.get("evidence", []):
            key = f"{h}|{rel}|{t}|{ev['doc']}|{ev['sentence']}"
            au = KGR["assertion/" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]]
            g.add((au, RDF.type, KG.Assertion))
            g.add((au, RDF.subject, hu))
            g.add((au, RDF.predicate, KG[rel]))
            g.add((au, RDF.object, tu))
            g.add((au, PROV.wasDerivedFrom, KGR[ev["doc"]]))
            g.add((au, KG.evidence, _lit(ev["sentence"], "zh-Hans")))
            g.add((au, KG.confidence, Literal(f"{ev['confidence']:.2f}", datatype=XSD.decimal)))
            g.add((au, KG.rule, Literal(ev["rule"])))
    for o in G.graph.get("observations", []):
        if o["about"] not in G:
            continue
        u = KGR[o["id"]]
        g.add((u, RDF.type, KG.Observation))
        g.add((u, KG.about, URIRef(G.nodes[o["about"]]["iri"])))
        g.add((u, KG.metric, _lit(o["metric"], "zh-Hans")))
        g.add((u, KG.value, Literal(o["value"], datatype=XSD.decimal)))
        g.add((u, KG.unit, Literal(o["unit"])))
        if o.get("year"):
            g.add((u, KG.year, Literal(str(o["year"]), datatype=XSD.gYear)))
        g.add((u, PROV.wasDerivedFrom, KGR[o["doc"]]))
        g.add((u, KG.evidence, _lit(o["evidence"], "zh-Hans")))
        g.add((u, KG.confidence, Literal(f"{o['confidence']:.2f}", datatype=XSD.decimal)))
    return g.out


def to_turtle(G) -> str:
    """Turtle text of the graph (deterministic): exactly
    ``to_rdflib(G).serialize(format="turtle")``, written by rdflib's own
    serializer from an index of the triples instead of an rdflib store, with
    each IRI's prefixed name computed once (see :class:`_IndexedTurtle`)."""
    triples = list(dict.fromkeys(_triples(G)))  # distinct, as in a store
    if any(isinstance(x, BNode) for t in triples for x in t):  # pragma: no cover - none in a build
        return to_rdflib(G).serialize(format="turtle")
    from io import BytesIO

    stream = BytesIO()
    _IndexedTurtle(_bound_graph(), triples).serialize(stream, base=None, encoding="utf-8")
    return stream.getvalue().decode("utf-8")


class _IndexedTurtle(TurtleSerializer):
    """rdflib's Turtle serializer over a list of distinct triples without
    blank nodes; ``store`` is an empty graph with the same namespace
    bindings (for the prefixed names).  The output is the same bytes: only
    where the triples come from changes (rdflib's serializer asks its store
    for every subject's triples, and computes the prefixed name of every IRI
    each time it meets it: ~60 % of its time)."""

    def __init__(self, store, triples):
        self._triples = triples
        self._index: dict = {}
        for s, p, o in triples:
            self._index.setdefault(s, {}).setdefault(p, []).append(o)
        super().__init__(store)

    def reset(self):
        super().reset()
        self._pnames: dict = {}
        self._labels: dict = {}

    def get_pname(self, uri, gen_prefix=True):
        if not isinstance(uri, URIRef):
            return None
        key = (uri, gen_prefix)
        if key not in self._pnames:  # the namespace it adds stays added
            self._pnames[key] = super().get_pname(uri, gen_prefix)
        return self._pnames[key]

    def label(self, node, position):
        if isinstance(node, Literal):
            return super().label(node, position)
        key = (node, position)
        if key not in self._labels:
            self._labels[key] = super().label(node, position)
        return self._labels[key]

    def preprocess(self):
        for triple in self._triples:
            self.preprocessTriple(triple)

    def buildPredicateHash(self, subject):
        return {p: list(objs) for p, objs in self._index.get(subject, {}).items()}

    def orderSubjects(self):
        # RecursiveSerializer.orderSubjects, with the members of the top
        # classes taken from the index instead of the store
        seen = {}
        subjects = []
        for class_uri in self.topClasses:
            members = [s for s, props in self._index.items() if class_uri in props.get(RDF.type, ())]
            members.sort()
            subjects.extend(members)
            for member in members:
                self._topLevels[member] = True
                seen[member] = True
        recursable = [(isinstance(subject, BNode), self._references[subject], subject)
                      for subject in self._subjects if subject not in seen]
        recursable.sort()
        subjects.extend([subject for (isbnode, refs, subject) in recursable])
        return subjects
