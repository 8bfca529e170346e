"""A streaming Turtle writer: the triples of :func:`kg.export.turtle.to_rdflib`
without building an rdflib graph.

rdflib keeps every triple as Python objects in several indexes and its Turtle
serialiser sorts and groups them; on a graph of a million triples that takes
minutes and gigabytes.  This writer walks the networkx graph once and writes
each subject's triples as one Turtle statement (``s p o ; p o .``), in the
graph's own (deterministic) order, so the same graph gives the same bytes.
The output parses with rdflib and pyoxigraph to the same set of triples as
``to_rdflib(G)`` (``tests/test_turtle_stream.py``); the text differs
(order, prefixed names, no ``,`` lists).  ``benchmarks/bench_build.py``
measures both on a 1M-triple graph.

Examples
--------
>>> from kg.graph import build_graph
>>> from kg.model import Entity
>>> ttl = to_turtle_stream(build_graph([Entity("柳工", "Company", "柳工")], [], [], {}))
>>> "a kg:Company" in ttl and '"柳工"@zh-Hans' in ttl
True
"""
from __future__ import annotations

import hashlib
import io
import re

from ..graph import ONTOLOGY, RESOURCE

__all__ = ["to_turtle_stream", "write_turtle", "iter_triples", "prefixes", "Lit", "document_triples",
           "node_triples", "assertion_triples", "observation_triples"]

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PROV = "http://www.w3.org/ns/prov#"
_SCHEMA = "https://schema.org/"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_OWL = "http://www.w3.org/2002/07/owl#"

_PREFIXES = {"kg": ONTOLOGY, "kgr": RESOURCE, "rdf": _RDF, "rdfs": _RDFS, "skos": _SKOS,
             "prov": _PROV, "schema": _SCHEMA, "xsd": _XSD, "owl": _OWL}

RDF_TYPE = _RDF + "type"
_LOCAL = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")
_CANONICAL_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?\Z")


def prefixes() -> dict[str, str]:
    """The prefixes the writer declares (those bound by ``to_rdflib``, and rdf)."""
    return dict(_PREFIXES)


class Lit(tuple):
    """A literal: ``Lit((lexical, lang, datatype))`` (lang or datatype empty)."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return self[0]


_UNCLEAN = re.compile("[\x00\ud800-\udfff]")


def _clean(s) -> str:
    """As :func:`kg.export.turtle._clean`: no NUL, no unpaired surrogates."""
    return _UNCLEAN.sub("", str(s))


def _decimal(v) -> str:
    """The lexical form rdflib gives ``Literal(v, datatype=XSD.decimal)``."""
    s = str(v)
    if _CANONICAL_DECIMAL.match(s):
        return s
    from rdflib import XSD, Literal

    return str(Literal(s, datatype=XSD.decimal))


def iter_triples(G):
    """``(subject IRI, predicate IRI, object)`` of ``to_rdflib(G)``, subjects
    grouped; an object is an IRI ``str`` or a :class:`Lit`."""
    for doc_id, d in G.graph.get("documents", {}).items():
        yield from document_triples(doc_id, d)
    for n, a in G.nodes(data=True):
        yield from node_triples(a)
    nodes = G.nodes
    for h, t, rel, a in G.edges(keys=True, data=True):
        hu, tu = nodes[h]["iri"], nodes[t]["iri"]
        yield hu, ONTOLOGY + rel, tu
        for ev in a.get("evidence", []):
            yield from assertion_triples(h, t, rel, hu, tu, ev)
    for o in G.graph.get("observations", []):
        if o["about"] not in G:
            continue
        yield from observation_triples(o, nodes[o["about"]]["iri"])


def document_triples(doc_id, d: dict):
    """The triples of a document (an item of ``G.graph["documents"]``)."""
    u = RESOURCE + doc_id
    yield u, RDF_TYPE, ONTOLOGY + "Document"
    yield u, RDF_TYPE, _SCHEMA + "NewsArticle"
    yield u, ONTOLOGY + "sourceFile", Lit((_clean(d.get("source_file", "")), "", ""))
    if d.get("headline"):
        yield u, _SCHEMA + "headline", Lit((_clean(d["headline"]), d.get("script", "zh-Hans"), ""))
    if d.get("sha256"):
        yield u, ONTOLOGY + "sha256", Lit((str(d["sha256"]), "", ""))


def node_triples(a: dict):
    """The triples of an entity (a node's attributes), without its relations."""
    kg = ONTOLOGY
    u = a["iri"]
    yield u, RDF_TYPE, kg + a["type"]
    yield u, _RDFS + "label", Lit((_clean(a["label"]), a.get("label_lang", "zh-Hans"), ""))
    seen = set()
    for text, lang in a.get("aliases", []):
        key = (_clean(text), lang.lower())
        if key not in seen:  # (language tags are case-insensitive: "x"@EN is "x"@en, written once)
            seen.add(key)
            yield u, _SKOS + "altLabel", Lit((key[0], lang, ""))
    yield u, kg + "mentionCount", Lit((str(int(a.get("mention_count", 0))), "", _XSD + "integer"))
    for doc in a.get("documents", []):
        yield u, kg + "mentionedIn", RESOURCE + doc


def assertion_triples(h, t, rel, hu: str, tu: str, ev: dict):
    """The ``kg:Assertion`` of one piece of evidence of the relation ``(h,
    rel, t)`` between the entities of IRIs ``hu`` and ``tu``."""
    kg = ONTOLOGY
    p = kg + rel
    key = f"{h}|{rel}|{t}|{ev['doc']}|{ev['sentence']}"
    au = RESOURCE + "assertion/" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    yield au, RDF_TYPE, kg + "Assertion"
    yield au, _RDF + "subject", hu
    yield au, _RDF + "predicate", p
    yield au, _RDF + "object", tu
    yield au, _PROV + "wasDerivedFrom", RESOURCE + ev["doc"]
    yield au, kg + "evidence", Lit((_clean(ev["sentence"]), "zh-Hans", ""))
    yield au, kg + "confidence", Lit((_decimal(f"{ev['confidence']:.2f}"), "", _XSD + "decimal"))
    yield au, kg + "rule", Lit((str(ev["rule"]), "", ""))


def observation_triples(o: dict, about: str):
    """The triples of a fact (an item of ``G.graph["observations"]``) about
    the entity of IRI ``about``."""
    kg, dec = ONTOLOGY, _XSD + "decimal"
    u = RESOURCE + o["id"]
    yield u, RDF_TYPE, kg + "Observation"
    yield u, kg + "about", about
    yield u, kg + "metric", Lit((_clean(o["metric"]), "zh-Hans", ""))
    yield u, kg + "value", Lit((_decimal(o["value"]), "", dec))
    yield u, kg + "unit", Lit((str(o["unit"]), "", ""))
    if o.get("year"):
        yield u, kg + "year", Lit((str(o["year"]), "", _XSD + "gYear"))
    yield u, _PROV + "wasDerivedFrom", RESOURCE + o["doc"]
    yield u, kg + "evidence", Lit((_clean(o["evidence"]), "zh-Hans", ""))
    yield u, kg + "confidence", Lit((_decimal(f"{o['confidence']:.2f}"), "", dec))


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')
# characters an IRIREF may not hold (they cannot occur in the IRIs built by
# kg.graph.entity_iri, but a document id could in theory carry them)
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _esc_char(m) -> str:
    c = m.group()
    return _ESCAPES.get(c) or f"\\u{ord(c):04X}"


class _Names:
    """IRI → Turtle term text, with prefixed names for vocabulary terms."""

    def __init__(self):
        self.cache: dict[str, str] = {}
        self.vocab = sorted(((ns, p) for p, ns in _PREFIXES.items() if p != "kgr"),
                            key=lambda x: -len(x[0]))

    def __call__(self, iri: str) -> str:
        t = self.cache.get(iri)
        if t is not None:
            return t
        t = None
        for ns, p in self.vocab:
            if iri.startswith(ns) and _LOCAL.match(iri, len(ns)):
                t = f"{p}:{iri[len(ns):]}"
                break
        if t is None:
            t = _iriref(iri)
        if len(self.cache) < 4096:
            self.cache[iri] = t
        return t


def _iriref(iri: str) -> str:
    if _IRI_BAD.search(iri):
        iri = _IRI_BAD.sub(lambda m: "%{:02X}".format(ord(m.group())) if m.group() != "\\"
                           else "%5C", iri)
    return f"<{iri}>"


def _literal(lit: Lit, names) -> str:
    value, lang, dt = lit
    if _NEEDS_ESCAPE.search(value):
        value = _NEEDS_ESCAPE.sub(_esc_char, value)
    if lang:
        return f'"{value}"@{lang}'
    if dt:
        return f'"{value}"^^{names(dt)}'
    return f'"{value}"'


def write_turtle(G, out) -> int:
    """Write the Turtle of ``G`` to the text stream ``out``; returns the triple count."""
    names = _Names()
    out.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in _PREFIXES.items()))
    subject = None
    n = 0
    buf: list[str] = []
    for s, p, o in iter_triples(G):
        n += 1
        obj = _literal(o, names) if isinstance(o, Lit) else names(o)
        pred = "a" if p == RDF_TYPE else names(p)
        if s == subject:
            buf.append(f" ;\n    {pred} {obj}")
        else:
            buf.append(f" .\n\n{_iriref(s)} {pred} {obj}" if subject is not None
                       else f"\n{_iriref(s)} {pred} {obj}")
            subject = s
            if len(buf) > 4096:
                out.write("".join(buf))
                buf.clear()
    if subject is not None:
        buf.append(" .\n")
    out.write("".join(buf))
    return n


def to_turtle_stream(G) -> str:
    """Turtle text of the graph (deterministic for the same graph)."""
    f = io.StringIO()
    write_turtle(G, f)
    return f.getvalue()
