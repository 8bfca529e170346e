"""Regional-industry measures: partner regions, industries, co-occurrence.

Graph in, plain data out (see :mod:`kg.metrics` for the graph model).

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n, t in [("三松", "Company"), ("越南", "Region"), ("东盟", "Region"),
...              ("机器人", "Industry"), ("新区", "IndustrialPark")]:
...     G.add_node(n, type=t)
>>> _ = G.add_edge("越南", "东盟", key="partOf", relation="partOf")
>>> _ = G.add_edge("三松", "越南", key="exportsTo", relation="exportsTo")
>>> _ = G.add_edge("三松", "机器人", key="inIndustry", relation="inIndustry")
>>> _ = G.add_edge("新区", "机器人", key="inIndustry", relation="inIndustry")
>>> sorted(partner_regions(G)["ASEAN"])
['东盟', '越南']
>>> partner_links(G)[0]["ASEAN"], partner_links(G)[0]["ASEAN_regions"]
(1, ['越南'])
>>> industry_ranking(G)
[{'industry': '机器人', 'companies': 1, 'parks': 1, 'total': 2}]
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from .model import BACKGROUND_RELATIONS

__all__ = [
    "PARTNERS",
    "partner_regions",
    "partner_links",
    "industry_ranking",
    "industry_cooccurrence",
]

#: Partner regions of Liuzhou's industry policy: name → canonical node key.
PARTNERS = {"GBA": "粤港澳大湾区", "ASEAN": "东盟"}


def _typed(G, node, *types) -> bool:
    return G.nodes[node].get("type") in types


def partner_regions(G, partners: dict | None = None) -> dict[str, set[str]]:
    """For each partner, the Region nodes that are it or are ``(partOf|within)*``
    it (stated by an article, or known from the lexicon: :mod:`kg.hierarchy`)."""
    partners = PARTNERS if partners is None else partners
    P = nx.DiGraph()
    P.add_edges_from((u, v) for u, v, d in G.edges(data=True)
                     if d.get("relation") == "partOf" or d.get("relation") in BACKGROUND_RELATIONS)
    out = {}
    for label, name in partners.items():
        members = set()
        if name in G:
            members.add(name)
            if name in P:
                members |= nx.ancestors(P, name)
        out[label] = {m for m in members if _typed(G, m, "Region")}
    return out


def partner_links(G, partners: dict | None = None) -> list[dict]:
    """Each company's relations (either direction, any kind) to partner
    regions, and its industries.

    One row per company: ``company``, one count per partner (``GBA``,
    ``ASEAN``), ``<partner>_regions`` (the regions linked), ``industries``
    (count) and ``industry_names``; companies with most partner links
    first, then most industries, then by name.
    """
    partners = PARTNERS if partners is None else partners
    regions = partner_regions(G, partners)
    rows = []
    for c in sorted(n for n in G if _typed(G, n, "Company")):
        row: dict = {"company": c}
        nbr_edges = [(v, d) for _, v, d in G.out_edges(c, data=True)]
        nbr_edges += [(u, d) for u, _, d in G.in_edges(c, data=True)]
        for label in partners:
            linked = [v for v, _ in nbr_edges if v in regions[label]]
            row[label] = len(linked)
            row[f"{label}_regions"] = sorted(set(linked))
        inds = sorted({v for _, v, d in G.out_edges(c, data=True)
                       if d.get("relation") == "inIndustry"})
        row["industries"] = len(inds)
        row["industry_names"] = inds
        rows.append(row)
    rows.sort(key=lambda r: (-sum(r[p] for p in partners), -r["industries"], r["company"]))
    return rows


def industry_ranking(G) -> list[dict]:
    """Industries by the number of companies and parks linked to them by
    ``inIndustry`` (most first, then most companies, then by name)."""
    counts: dict[str, dict[str, set]] = {
        n: {"Company": set(), "IndustrialPark": set()}
        for n in G if _typed(G, n, "Industry")}
    for u, v, d in G.edges(data=True):
        if d.get("relation") == "inIndustry" and v in counts:
            t = G.nodes[u].get("type")
            if t in counts[v]:
                counts[v][t].add(u)
    rows = [{"industry": i, "companies": len(c["Company"]), "parks": len(c["IndustrialPark"]),
             "total": len(c["Company"]) + len(c["IndustrialPark"])} for i, c in counts.items()]
    rows.sort(key=lambda r: (-r["total"], -r["companies"], r["industry"]))
    return rows


def industry_cooccurrence(G) -> list[dict]:
    """Pairs of industries linked to the same entity by ``inIndustry``.

    One row per pair ``a < b``: ``count`` of entities in both, and the
    ``entities``; most shared first.
    """
    inds = defaultdict(set)
    for u, v, d in G.edges(data=True):
        if d.get("relation") == "inIndustry":
            inds[u].add(v)
    shared = defaultdict(set)
    for e, s in inds.items():
        for a, b in combinations(sorted(s), 2):
            shared[(a, b)].add(e)
    rows = [{"a": a, "b": b, "count": len(es), "entities": sorted(es)}
            for (a, b), es in shared.items()]
    rows.sort(key=lambda r: (-r["count"], r["a"], r["b"]))
    return rows
