"""Read an exported graph back into networkx: ``kg.load(path)``.

``graph.json`` is networkx node-link data (``edges="edges"``) and loads
as is.  ``graph.ttl`` is mapped back as docs/graph-model.md describes:
entities become nodes keyed by their label, direct relation triples
become edges keyed by relation name with one evidence record per
``kg:Assertion``, documents and observations become ``G.graph["documents"]``
and ``G.graph["observations"]``.  Turtle is parsed with pyoxigraph (fast
on large graphs).  The Turtle does not carry the build's file status list
and merge log (``G.graph["files"]`` and ``G.graph["merges"]`` are empty)
nor a document's local ``path`` (machine-specific, not published).

Examples
--------
>>> import pathlib
>>> G = load(pathlib.Path(__file__).parents[2] / "tests" / "data" / "sample.ttl")
>>> sorted(G.nodes)
['Walker S1', '优必选', '北部生态新区']
>>> sorted(G.edges(keys=True))
[('优必选', 'Walker S1', 'produces'), ('优必选', '北部生态新区', 'locatedIn')]
>>> G.nodes["优必选"]["aliases"]
[['優必選', 'zh-Hant'], ['柳州优必选智能科技有限公司', 'zh-Hans']]
>>> G.graph["observations"][0]["value"], G.graph["observations"][0]["year"]
('250000000', 2023)
"""
from __future__ import annotations

import json
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

import networkx as nx

from .errors import InputError
from .model import BACKGROUND_RELATIONS

__all__ = ["load", "load_json", "load_turtle"]

KG = "https://w3id.org/liuzhou-kg/ontology#"
KGR = "https://w3id.org/liuzhou-kg/resource/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
TYPES = ("Company", "IndustrialPark", "Industry", "Region", "Organization",
         "Person", "Project", "Product", "Initiative")
RELATIONS = ("locatedIn", "inIndustry", "exportsTo", "cooperatesWith",
             "investsIn", "worksFor", "produces", "develops", "partOf")
_TYPE_IRIS = {KG + t: t for t in TYPES}
_REL_IRIS = {KG + r: r for r in RELATIONS + BACKGROUND_RELATIONS}

#: Document properties of the Turtle export and the attribute each fills.
_DOC_PROPS = {
    KG + "sourceFile": "source_file",
    SCHEMA + "headline": "headline",  # its language tag gives "script"
    KG + "sha256": "sha256",
}


def load(path) -> nx.MultiDiGraph:
    """The graph of a ``graph.json`` or ``graph.ttl`` export (by suffix)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".json":
        return load_json(p)
    if suffix in (".ttl", ".turtle", ".nt"):
        return load_turtle(p)
    raise InputError(str(p), "expected graph.json or graph.ttl", f"suffix {suffix or '(none)'!r}")


# --------------------------------------------------------------------------
# JSON


def load_json(path) -> nx.MultiDiGraph:
    """Read networkx node-link JSON (``edges="edges"``)."""
    p = Path(path)
    try:
        with open(p, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        raise InputError(str(p), "expected a graph file", "no such file") from None
    except json.JSONDecodeError as err:
        raise InputError(str(p), "expected valid JSON", err.msg, line=err.lineno,
                         column=err.colno) from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(str(p), "expected a readable UTF-8 file", str(err)) from None
    if not isinstance(data, dict) or "nodes" not in data or "edges" not in data:
        found = "keys " + ", ".join(sorted(data)) if isinstance(data, dict) else type(data).__name__
        raise InputError(str(p), "expected networkx node-link data with 'nodes' and 'edges'", found)
    try:
        G = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except (KeyError, TypeError, nx.NetworkXError) as err:
        raise InputError(str(p), "expected networkx node-link data", str(err)) from None
    return G if isinstance(G, nx.MultiDiGraph) else nx.MultiDiGraph(G)


# --------------------------------------------------------------------------
# Turtle


def _value(term):
    """(python value, language) of an oxigraph term."""
    import pyoxigraph as ox
    if isinstance(term, ox.NamedNode):
        return term.value, None
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value, None
    if isinstance(term, ox.Literal):
        return term.value, _lang(term.language)
    return str(term), None


def _lang(tag: str | None) -> str | None:
    """BCP 47 case (oxigraph lower-cases tags): ``zh-hans`` → ``zh-Hans``.

    >>> _lang("zh-hant"), _lang("en-us"), _lang(None)
    ('zh-Hant', 'en-US', None)
    """
    if not tag:
        return tag
    parts = tag.split("-")
    out = [parts[0].lower()]
    for x in parts[1:]:
        out.append(x.title() if len(x) == 4 and x.isalpha() else
                   x.upper() if len(x) == 2 and x.isalpha() else x.lower())
    return "-".join(out)


def _local(iri: str) -> str:
    return iri[len(KGR):] if iri.startswith(KGR) else iri


def _number(lex: str):
    try:
        return float(Decimal(lex))
    except (InvalidOperation, ValueError):
        return lex


def _decimal_str(lex: str) -> str:
    """The decimal as the graph writes it: ``"79960000.0"`` → ``"79960000"``.

    >>> _decimal_str("79960000.0"), _decimal_str("2.680"), _decimal_str("x")
    ('79960000', '2.68', 'x')
    """
    try:
        d = Decimal(lex)
    except InvalidOperation:
        return lex
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f")


def _triples(p: Path):
    import pyoxigraph as ox
    if not p.is_file():
        raise InputError(str(p), "expected a graph file", "no such file")
    fmt = ox.RdfFormat.N_TRIPLES if p.suffix.lower() == ".nt" else ox.RdfFormat.TURTLE
    by_subject: dict[str, list] = defaultdict(list)
    try:
        for t in ox.parse(path=str(p), format=fmt):
            s, _ = _value(t.subject)
            by_subject[s].append((t.predicate.value, t.object))
    except SyntaxError as err:
        import re
        msg = " ".join(str(err).split())
        m = re.search(r"(\d+):(\d+)", msg)
        raise InputError(str(p), "expected valid Turtle", msg[:200],
                         line=int(m.group(1)) if m else None,
                         column=int(m.group(2)) if m else None) from None
    except OSError as err:
        raise InputError(str(p), "expected a readable file", str(err)) from None
    return by_subject


def load_turtle(path) -> nx.MultiDiGraph:
    """Rebuild the networkx graph from a Turtle export."""
    p = Path(path)
    subjects = _triples(p)
    types = {s: {o.value for pred, o in po if pred == RDF + "type" and hasattr(o, "value")}
             for s, po in subjects.items()}

    entities, assertions, documents, observations = {}, [], {}, []
    for s, ts in types.items():
        kinds = [_TYPE_IRIS[t] for t in ts if t in _TYPE_IRIS]
        if kinds:
            entities[s] = sorted(kinds)[0]
        if KG + "Assertion" in ts:
            assertions.append(s)
        if KG + "Document" in ts:
            documents[s] = None
        if KG + "Observation" in ts:
            observations.append(s)

    key_of = {}
    nodes = {}
    for iri, typ in entities.items():
        label, lang, aliases, count, docs = None, None, [], 0, []
        for pred, o in subjects[iri]:
            v, lg = _value(o)
            if pred == RDFS + "label":
                label, lang = v, lg
            elif pred == SKOS + "altLabel":
                aliases.append([v, lg or ""])
            elif pred == KG + "mentionCount":
                count = int(v)
            elif pred == KG + "mentionedIn":
                docs.append(_local(v))
        label = label if label is not None else _local(iri)
        key_of[iri] = label
        nodes[label] = dict(type=typ, label=label,
                            label_lang=lang or ("en" if label.isascii() else "zh-Hans"),
                            aliases=sorted(aliases), mention_count=count,
                            documents=sorted(docs), iri=iri)

    evidence = defaultdict(set)
    for a in assertions:
        props = defaultdict(list)
        for pred, o in subjects[a]:
            props[pred].append(_value(o)[0])
        s, rel, o = (props[RDF + k][0] if props[RDF + k] else None
                     for k in ("subject", "predicate", "object"))
        sentence = props[KG + "evidence"][0] if props[KG + "evidence"] else ""
        conf = _number(props[KG + "confidence"][0]) if props[KG + "confidence"] else 0.5
        rule = props[KG + "rule"][0] if props[KG + "rule"] else ""
        for d in props[PROV + "wasDerivedFrom"] or [""]:
            evidence[(s, rel, o)].add((_local(d), sentence, conf, rule))

    edges = []
    for s in entities:
        for pred, o in subjects[s]:
            if pred in _REL_IRIS and o.value in entities if hasattr(o, "value") else False:
                ev = sorted(evidence.get((s, pred, o.value), ()))
                edges.append((key_of[s], _REL_IRIS[pred], key_of[o.value], ev))

    G = nx.MultiDiGraph()
    G.graph["documents"] = {}
    for iri in sorted(documents, key=_local):
        rec = {}
        for pred, o in subjects[iri]:
            if pred in _DOC_PROPS:
                rec[_DOC_PROPS[pred]], lang = _value(o)
                if pred == SCHEMA + "headline" and lang:
                    rec["script"] = lang
        G.graph["documents"][_local(iri)] = rec
    G.graph["observations"] = _observations(subjects, observations, key_of)
    G.graph["files"] = []
    G.graph["merges"] = []
    for k in sorted(nodes):
        G.add_node(k, **nodes[k])
    for h, rel, t, ev in sorted(edges, key=lambda e: (e[0], e[1], e[2])):
        G.add_edge(h, t, key=rel, relation=rel,
                   confidence=max(x[2] for x in ev) if ev else (1.0 if rel in BACKGROUND_RELATIONS else 0.5),
                   evidence=[{"doc": d, "sentence": s, "confidence": c, "rule": r}
                             for d, s, c, r in ev])
    return G


def _observations(subjects, iris, key_of) -> list[dict]:
    out = []
    for iri in iris:
        props = {}
        for pred, o in subjects[iri]:
            props.setdefault(pred, _value(o)[0])
        about = props.get(KG + "about")
        year = props.get(KG + "year")
        out.append({
            "id": _local(iri),
            "about": key_of.get(about, about),
            "metric": props.get(KG + "metric"),
            "value": _decimal_str(props.get(KG + "value", "")),
            "unit": props.get(KG + "unit"),
            "year": int(year) if year not in (None, "") else None,
            "doc": _local(props.get(PROV + "wasDerivedFrom", "")),
            "evidence": props.get(KG + "evidence"),
            "confidence": _number(props[KG + "confidence"]) if KG + "confidence" in props else None,
        })
    out.sort(key=lambda o: (o["about"] or "", o["metric"] or "", o["doc"], o["value"],
                            o["unit"] or "", o["id"]))
    return out
