"""Export the graph as Turtle, exactly per CONTRACT.md.

:func:`to_rdflib` is the graph as rdflib triples (the reference for every
Turtle writer); :func:`to_turtle_rdflib` is rdflib's own Turtle of it, sorted
so that the same graph gives byte-identical Turtle.  :func:`to_turtle` writes
the very same bytes from plain strings, several times faster
(:mod:`kg.export.turtle_pretty`).

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
import re

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, SKOS
from rdflib.plugins.serializers.turtle import TurtleSerializer

from ..graph import ONTOLOGY, RESOURCE
from .turtle_pretty import to_turtle

__all__ = ["to_rdflib", "to_turtle", "to_turtle_rdflib", "KG", "KGR", "SCHEMA"]

KG = Namespace(ONTOLOGY)
KGR = Namespace(RESOURCE)
SCHEMA = Namespace("https://schema.org/")


_UNCLEAN = re.compile("[\x00\ud800-\udfff]")


def _clean(s: str) -> str:
    """Drop characters that no RDF literal may carry (unpaired surrogates, NUL)."""
    return _UNCLEAN.sub("", str(s))


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


class _Interned(dict):
    """``make(key)``, made once per key: the same term object every time
    (fewer terms to build, and dict lookups that stop at identity)."""

    def __init__(self, make):
        super().__init__()
        self.make = make

    def __missing__(self, key):
        v = self[key] = self.make(key)
        return v


def _triples(G) -> list:
    """The triples of the graph, in the order :func:`to_rdflib` adds them."""
    out = []
    add = out.append
    kgr, kg, iri = _Interned(KGR.term), _Interned(KG.term), _Interned(URIRef)
    TYPE, LABEL, ALT, SUBJ, PRED, OBJ = RDF.type, RDFS.label, SKOS.altLabel, RDF.subject, RDF.predicate, RDF.object
    DERIVED, HEADLINE, ARTICLE = PROV.wasDerivedFrom, SCHEMA.headline, SCHEMA.NewsArticle
    DOCUMENT, SOURCE, SHA, COUNT, MENTIONED = kg["Document"], kg["sourceFile"], kg["sha256"], \
        kg["mentionCount"], kg["mentionedIn"]
    ASSERTION, EVIDENCE, CONFIDENCE, RULE = kg["Assertion"], kg["evidence"], kg["confidence"], kg["rule"]
    INTEGER, DECIMAL = XSD.integer, XSD.decimal
    docs = G.graph.get("documents", {})
    for doc_id, d in docs.items():
        u = kgr[doc_id]
        add((u, TYPE, DOCUMENT))
        add((u, TYPE, ARTICLE))
        add((u, SOURCE, Literal(_clean(d.get("source_file", "")))))
        if d.get("headline"):
            add((u, HEADLINE, _lit(d["headline"], d.get("script", "zh-Hans"))))
        if d.get("sha256"):
            add((u, SHA, Literal(d["sha256"])))
    for n, a in G.nodes(data=True):
        u = iri[a["iri"]]
        add((u, TYPE, kg[a["type"]]))
        add((u, LABEL, _lit(a["label"], a.get("label_lang", "zh-Hans"))))
        for text, lang in a.get("aliases", []):
            add((u, ALT, _lit(text, lang)))
        add((u, COUNT, Literal(int(a.get("mention_count", 0)), datatype=INTEGER)))
        for doc in a.get("documents", []):
            add((u, MENTIONED, kgr[doc]))
    for h, t, rel, a in G.edges(keys=True, data=True):
        hu, tu = iri[G.nodes[h]["iri"]], iri[G.nodes[t]["iri"]]
        r = kg[rel]
        add((hu, r, tu))
        for ev in a.get("evidence", []):
            key = f"{h}|{rel}|{t}|{ev['doc']}|{ev['sentence']}"
            au = kgr["assertion/" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]]
            add((au, TYPE, ASSERTION))
            add((au, SUBJ, hu))
            add((au, PRED, r))
            add((au, OBJ, tu))
            add((au, DERIVED, kgr[ev["doc"]]))
            add((au, EVIDENCE, _lit(ev["sentence"], "zh-Hans")))
            add((au, CONFIDENCE, Literal(f"{ev['confidence']:.2f}", datatype=DECIMAL)))
            add((au, RULE, Literal(ev["rule"])))
    for o in G.graph.get("observations", []):
        if o["about"] not in G:
            continue
        u = kgr[o["id"]]
        add((u, TYPE, kg["Observation"]))
        add((u, kg["about"], iri[G.nodes[o["about"]]["iri"]]))
        add((u, kg["metric"], _lit(o["metric"], "zh-Hans")))
        add((u, kg["value"], Literal(o["value"], datatype=DECIMAL)))
        add((u, kg["unit"], Literal(o["unit"])))
        if o.get("year"):
            add((u, kg["year"], Literal(str(o["year"]), datatype=XSD.gYear)))
        add((u, DERIVED, kgr[o["doc"]]))
        add((u, EVIDENCE, _lit(o["evidence"], "zh-Hans")))
        add((u, CONFIDENCE, Literal(f"{o['confidence']:.2f}", datatype=DECIMAL)))
    return out


def to_turtle_rdflib(G) -> str:
    """Turtle text of the graph (deterministic), by rdflib: exactly
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
        # TurtleSerializer.preprocessTriple inlined (no blank nodes, no base):
        # count the references, note the subjects, and register the prefix
        # of every IRI (and literal datatype) once
        refs, subjects, pname, keywords = self._references, self._subjects, self.get_pname, self.keywords
        done: set = set()
        for triple in self._triples:
            s, p, o = triple
            refs[o] += 1
            subjects[s] = True
            if triple[0] not in done:
                done.add(s)
                pname(s, gen_prefix=False)
            if p not in keywords and (p, 1) not in done:
                done.add((p, 1))
                pname(p, gen_prefix=True)
            if o not in done:
                done.add(o)
                pname(o, gen_prefix=False)
                if isinstance(o, Literal) and o.datatype:
                    pname(o.datatype, gen_prefix=False)

    def s_default(self, subject):
        # RecursiveSerializer's path/predicateList/objectList for a subject
        # that is an IRI, at depth 0, as one string (the same text)
        label = self.label
        properties = self.buildPredicateHash(subject)
        out = ["\n", label(subject, 0)]
        for i, predicate in enumerate(self.sortProperties(properties)):
            out.append(" " if i == 0 else " ;\n    ")
            out.append(label(predicate, 1))
            objects = properties[predicate]
            out.append(" ")
            out.append(label(objects[0], 2))
            for obj in objects[1:]:
                out.append(",\n        ")
                out.append(label(obj, 2))
        out.append(" .")
        self.write("".join(out))
        return True

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
