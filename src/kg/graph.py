"""Stage 9, *graph*: entities, relations and facts into a networkx graph.

The graph model is documented in ``docs/graph-model.md``.

Examples
--------
>>> from kg.model import Entity, Relation, Evidence
>>> e = [Entity("柳工", "Company", "柳工"), Entity("柳州", "Region", "柳州")]
>>> ev = Evidence("doc/1", "柳工位于柳州。", 0, 7, 0.8, "located")
>>> G = build_graph(e, [Relation("柳工", "locatedIn", "柳州", (ev,))], [], {})
>>> list(G.edges(keys=True))
[('柳工', '柳州', 'locatedIn')]
"""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

import networkx as nx

from .model import Observation

__all__ = ["build_graph", "entity_iri", "RESOURCE", "ONTOLOGY"]

ONTOLOGY = "https://w3id.org/liuzhou-kg/ontology#"
RESOURCE = "https://w3id.org/liuzhou-kg/resource/"

# IRI-safe: keep letters/digits/CJK (ucschar is allowed in IRIs), escape the rest
_SAFE = "-._~"


@lru_cache(maxsize=1 << 16)
def entity_iri(name: str) -> str:
    """A valid IRI for any name, stable for the same name (memoised: a
    rebuild names mostly the entities of the build before).

    >>> entity_iri("宏光MINI EV")
    'https://w3id.org/liuzhou-kg/resource/entity/宏光MINI%20EV'
    """
    out = []
    for ch in name:
        o = ord(ch)
        if ch.isascii():
            out.append(ch if ch.isalnum() or ch in _SAFE else quote(ch, safe=""))
        elif (0xA0 <= o <= 0xD7FF or 0xF900 <= o <= 0xFDCF or 0xFDF0 <= o <= 0xFFEF
              or 0x10000 <= o <= 0xEFFFD) and ch.isprintable() and not ch.isspace():
            out.append(ch)
        else:
            out.append(quote(ch, safe=""))
    return RESOURCE + "entity/" + "".join(out)


def build_graph(entities, relations, observations, documents, files=(), merges=(),
                within=()) -> nx.MultiDiGraph:
    """Assemble the graph (deterministic node, edge and attribute order).

    ``within`` are ``(region, bigger region)`` pairs of background knowledge
    (:mod:`kg.hierarchy`): ``within`` edges with no evidence, unless the
    articles state the same pair as ``partOf``."""
    G = nx.MultiDiGraph()
    G.graph["documents"] = {k: documents[k] for k in sorted(documents)}
    obs = {}
    for o in observations:
        d = _obs_dict(o)
        obs.setdefault(d["id"], d)
    G.graph["observations"] = [obs[k] for k in sorted(obs)]
    G.graph["files"] = [dict(f) for f in files]
    G.graph["merges"] = [dict(m) for m in merges]
    for e in sorted(entities, key=lambda e: e.id):
        G.add_node(e.id, type=e.type, label=e.name,
                   label_lang="en" if e.name.isascii() else "zh-Hans",
                   aliases=[list(a) for a in e.aliases], mention_count=e.mention_count,
                   documents=list(e.documents), iri=entity_iri(e.id))
    for r in sorted(relations, key=lambda r: (r.head, r.relation, r.tail)):
        if r.head not in G or r.tail not in G:
            continue
        # one piece of evidence per (document, sentence): the most confident rule
        best: dict[tuple[str, str], tuple[float, str]] = {}
        for x in sorted(r.evidence, key=lambda x: (-x.confidence, x.rule)):
            best.setdefault((x.doc, x.sentence), (x.confidence, x.rule))
        ev = sorted((d, s_, c, ru) for (d, s_), (c, ru) in best.items())
        G.add_edge(r.head, r.tail, key=r.relation, relation=r.relation,
                   confidence=max(x[2] for x in ev) if ev else 0.5,
                   evidence=[{"doc": d, "sentence": s, "confidence": c, "rule": ru}
                             for d, s, c, ru in ev])
    for a, b in within:
        if a in G and b in G and not G.has_edge(a, b, key="partOf"):
            G.add_edge(a, b, key="within", relation="within", confidence=1.0, evidence=[])
    return G


def _obs_dict(o: Observation) -> dict:
    import hashlib

    h = hashlib.sha256(f"{o.about}|{o.metric}|{o.value}|{o.unit}|{o.year}|{o.doc}|{o.start}".encode())
    return {"id": "fact/" + h.hexdigest()[:16], "about": o.about, "metric": o.metric,
            "value": o.value, "unit": o.unit, "year": o.year, "doc": o.doc,
            "evidence": o.evidence, "confidence": o.confidence}
