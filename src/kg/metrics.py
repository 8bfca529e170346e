"""Graph metrics for analysts: centrality, communities, structure.

Every function takes the networkx graph of :func:`kg.build` /
:func:`kg.load` (a ``MultiDiGraph``, see docs/graph-model.md) and returns
plain ``dict``/``list`` data.  Measures that ignore direction and relation
kind use the *undirected simple projection* (:func:`projection`): one edge
per pair of entities that have any relation, weighted by the number of
evidence sentences behind those relations.  The regional measures (partner
regions, industries) live in :mod:`kg.regional`; :func:`compute_metrics`
gathers everything for ``kg metrics``.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("柳工", type="Company"); G.add_node("柳州", type="Region")
>>> G.add_node("东盟", type="Region")
>>> _ = G.add_edge("柳工", "柳州", key="locatedIn", relation="locatedIn",
...                evidence=[{"doc": "d1"}, {"doc": "d2"}])
>>> _ = G.add_edge("柳工", "东盟", key="exportsTo", relation="exportsTo",
...                evidence=[{"doc": "d1"}])
>>> degree(G)
{'东盟': 1, '柳州': 1, '柳工': 2}
>>> weighted_degree(G)
{'东盟': 1, '柳州': 2, '柳工': 3}
>>> articulation_points(G)
['柳工']
>>> bridges(G)
[('东盟', '柳工'), ('柳州', '柳工')]
"""
from __future__ import annotations

from collections import Counter

import networkx as nx

from .model import BACKGROUND_RELATIONS

__all__ = [
    "stated",
    "projection",
    "degree",
    "weighted_degree",
    "betweenness",
    "pagerank",
    "communities",
    "articulation_points",
    "bridges",
    "ranked",
    "top_by_type",
    "summary",
    "compute_metrics",
    "metric_tables",
    "plot_metrics",
]

SEED = 42


#: edges of background knowledge (the region lexicon's ``within``): no
#: article states them, so the measures of the news leave them out
BACKGROUND = frozenset(BACKGROUND_RELATIONS)


def stated(G):
    """``G`` without its background edges (a read-only view)."""
    if not any(k in BACKGROUND for _, _, k in G.edges(keys=True)):
        return G
    return nx.subgraph_view(G, filter_edge=lambda u, v, k: k not in BACKGROUND)


def _weight(data: dict) -> int:
    """Evidence count of one edge (at least 1)."""
    return max(1, len(data.get("evidence") or ()))


def projection(G) -> nx.Graph:
    """The undirected simple graph of ``G``: one edge per related pair
    (self-loops dropped), ``weight`` = evidence count summed over the
    relations between the pair."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    for u, v, data in stated(G).edges(data=True):
        if u == v:
            continue
        w = _weight(data)
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def degree(G) -> dict[str, int]:
    """Number of relations (distinct head, relation, tail) a node takes part in."""
    S = stated(G)
    return {n: S.degree(n) for n in sorted(S.nodes)}


def weighted_degree(G) -> dict[str, int]:
    """Number of evidence sentences behind a node's relations."""
    out = Counter({n: 0 for n in G.nodes})
    for u, v, data in stated(G).edges(data=True):
        w = _weight(data)
        out[u] += w
        out[v] += w
    return {n: out[n] for n in sorted(out)}


def betweenness(G) -> dict[str, float]:
    """Normalised betweenness centrality on the undirected projection
    (unweighted: every relation is one step)."""
    b = nx.betweenness_centrality(projection(G), normalized=True)
    return {n: round(b[n], 6) for n in sorted(b)}


def _pagerank_graph(G) -> nx.DiGraph:
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes)
    for u, v, data in stated(G).edges(data=True):
        pairs = [(u, v), (v, u)] if data.get("relation", "") == "cooperatesWith" else [(u, v)]
        for a, b in pairs:
            w = _weight(data)
            if D.has_edge(a, b):
                D[a][b]["weight"] += w
            else:
                D.add_edge(a, b, weight=w)
    return D


def pagerank(G, alpha: float = 0.85) -> dict[str, float]:
    """PageRank along the relations' direction (``cooperatesWith`` counts
    both ways), edges weighted by evidence count."""
    if G.number_of_nodes() == 0:
        return {}
    pr = _power_iteration(_pagerank_graph(G), alpha)
    return {n: round(pr[n], 6) for n in sorted(pr)}


def _power_iteration(D: nx.DiGraph, alpha: float, tol: float = 1e-12,
                     max_iter: int = 1000) -> dict[str, float]:
    """PageRank as networkx defines it (uniform teleport; dangling nodes
    spread their rank evenly), in plain Python: networkx's own needs SciPy."""
    nodes = list(D)
    n = len(nodes)
    out_w = {u: sum(d["weight"] for _, _, d in D.out_edges(u, data=True)) for u in nodes}
    dangling = [u for u in nodes if out_w[u] == 0]
    x = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        last = x
        spread = alpha * sum(last[u] for u in dangling) / n
        x = dict.fromkeys(nodes, (1.0 - alpha) / n + spread)
        for u, v, d in D.edges(data=True):
            x[v] += alpha * last[u] * d["weight"] / out_w[u]
        if sum(abs(x[u] - last[u]) for u in nodes) < n * tol:
            break
    return x


def communities(G, seed: int = SEED) -> list[list[str]]:
    """Louvain communities of the weighted projection (seeded, so runs
    repeat), largest first; members sorted."""
    H = projection(G)
    if H.number_of_nodes() == 0:
        return []
    parts = nx.community.louvain_communities(H, weight="weight", seed=seed)
    return sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p[0]))


def articulation_points(G) -> list[str]:
    """Entities whose removal disconnects part of the projection."""
    return sorted(nx.articulation_points(projection(G)))


def bridges(G) -> list[tuple[str, str]]:
    """Relations (pairs) whose removal disconnects part of the projection."""
    return sorted(tuple(sorted(e)) for e in nx.bridges(projection(G)))


def ranked(scores: dict, n: int | None = None, nodes=None) -> list[tuple[str, float]]:
    """``(node, score)`` by score descending, then name; the first ``n``.

    Examples
    --------
    >>> ranked({"b": 2, "a": 2, "c": 5}, 2)
    [('c', 5), ('a', 2)]
    """
    items = [(k, v) for k, v in scores.items() if nodes is None or k in nodes]
    items.sort(key=lambda kv: (-kv[1], kv[0]))
    return items if n is None else items[:n]


def top_by_type(G, scores: dict, n: int = 10) -> dict[str, list[tuple[str, float]]]:
    """For each entity type, its ``n`` best nodes by ``scores``."""
    by_type: dict[str, set] = {}
    for node, data in G.nodes(data=True):
        by_type.setdefault(data.get("type", ""), set()).add(node)
    return {t: ranked(scores, n, members) for t, members in sorted(by_type.items())}


def summary(G) -> dict:
    """Counts: nodes, edges, documents, observations, per type, per relation."""
    types = Counter(d.get("type", "") for _, d in G.nodes(data=True))
    rels = Counter(d.get("relation", k) for _, _, k, d in G.edges(keys=True, data=True))
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "documents": len(G.graph.get("documents", {})),
        "observations": len(G.graph.get("observations", [])),
        "types": dict(sorted(types.items())),
        "relations": dict(sorted(rels.items())),
    }


def compute_metrics(G, top: int = 10, seed: int = SEED) -> dict:
    """Every metric of ``kg metrics`` in one dict.

    ``nodes`` has one row per entity (all of them, best by degree first);
    the other keys are the structural and regional views.
    """
    from . import regional

    deg, wdeg = degree(G), weighted_degree(G)
    btw, pr = betweenness(G), pagerank(G)
    comms = communities(G, seed)
    comm_of = {m: i for i, c in enumerate(comms) for m in c}
    order = sorted(G.nodes, key=lambda n: (-deg[n], -wdeg[n], n))
    rows = [{"node": n, "type": G.nodes[n].get("type", ""), "degree": deg[n],
             "weighted_degree": wdeg[n], "betweenness": btw[n], "pagerank": pr[n],
             "community": comm_of.get(n)} for n in order]
    return {
        "summary": summary(G),
        "nodes": rows,
        "top_by_type": {t: [n for n, _ in lst] for t, lst in top_by_type(G, deg, top).items()},
        "top_pagerank": [n for n, _ in ranked(pr, top)],
        "top_betweenness": [n for n, _ in ranked(btw, top)],
        "communities": [{"id": i, "size": len(c), "members": c} for i, c in enumerate(comms)],
        "articulation_points": articulation_points(G),
        "bridges": [list(b) for b in bridges(G)],
        "partner_regions": regional.partner_links(G),
        "industries": regional.industry_ranking(G),
        "industry_cooccurrence": regional.industry_cooccurrence(G),
        "top": top,
    }


def metric_tables(result: dict, top: int | None = None) -> dict[str, tuple[list[str], list[dict]]]:
    """The sections of a :func:`compute_metrics` result as ``(columns, rows)``
    tables, each cut to ``top`` rows (default: the result's ``top``)."""
    n = top if top is not None else result.get("top", 10)
    tables = {
        "summary": (["measure", "value"],
                    [{"measure": k, "value": v} for k, v in result["summary"].items()
                     if not isinstance(v, dict)]
                    + [{"measure": f"type {t}", "value": c}
                       for t, c in result["summary"]["types"].items()]
                    + [{"measure": f"relation {r}", "value": c}
                       for r, c in result["summary"]["relations"].items()]),
        "top entities": (["node", "type", "degree", "weighted_degree", "betweenness",
                          "pagerank", "community"], result["nodes"][:n]),
        "top by type": (["type", "entities"],
                        [{"type": t, "entities": lst} for t, lst in result["top_by_type"].items()]),
        "communities": (["id", "size", "members"],
                        [{**c, "members": c["members"][:n]} for c in result["communities"][:n]]),
        "articulation points and bridges": (
            ["kind", "items"],
            [{"kind": "articulation points", "items": result["articulation_points"]},
             {"kind": "bridges", "items": ["–".join(b) for b in result["bridges"]]}]),
        "company links to partner regions": (
            ["company", "GBA", "ASEAN", "industries", "GBA_regions", "ASEAN_regions",
             "industry_names"], result["partner_regions"][:n]),
        "industries by companies and parks": (
            ["industry", "companies", "parks", "total"], result["industries"][:n]),
        "industry co-occurrence": (
            ["a", "b", "count", "entities"], result["industry_cooccurrence"][:n]),
    }
    return tables


def plot_metrics(result: dict, outdir) -> list:
    """Write PNG charts of a :func:`compute_metrics` result (see :mod:`kg.plots`)."""
    from .plots import plot_metrics as _plot
    return _plot(result, outdir)
