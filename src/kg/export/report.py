"""``report.json``: per input file status, counts by type and relation, totals.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph(files=[], documents={}, merges=[], observations=[])
>>> make_report(G)["totals"]["entities"]
0
"""
from __future__ import annotations

from collections import Counter

from .jsonexport import dumps

__all__ = ["make_report", "to_report_json"]


def make_report(G) -> dict:
    per_doc_types: dict[str, Counter] = {}
    per_doc_rels: dict[str, Counter] = {}
    for n, a in G.nodes(data=True):
        for d in a.get("documents", []):
            counts = per_doc_types.get(d)
            if counts is None:
                counts = per_doc_types[d] = Counter()
            counts[a["type"]] += 1
    for h, t, k, a in G.edges(keys=True, data=True):
        for d in {e["doc"] for e in a.get("evidence", [])}:
            counts = per_doc_rels.get(d)
            if counts is None:
                counts = per_doc_rels[d] = Counter()
            counts[k] += 1
    files = []
    for f in G.graph.get("files", []):
        rec = dict(f)
        d = rec.get("doc")
        if rec.get("status") == "built" and d:
            rec["entities"] = dict(sorted(per_doc_types.get(d, Counter()).items()))
            rec["relations"] = dict(sorted(per_doc_rels.get(d, Counter()).items()))
        files.append(rec)
    status = Counter(f.get("status") for f in files)
    return {
        "files": files,
        "totals": {
            "files": len(files),
            "status": dict(sorted(status.items())),
            "documents": len(G.graph.get("documents", {})),
            "entities": G.number_of_nodes(),
            "relations": G.number_of_edges(),
            "observations": len(G.graph.get("observations", [])),
            "entities_by_type": dict(sorted(Counter(a["type"] for _, a in G.nodes(data=True)).items())),
            "relations_by_type": dict(sorted(Counter(k for _, _, k in G.edges(keys=True)).items())),
        },
        "merges": G.graph.get("merges", []),
    }


def to_report_json(G, memo=None) -> str:
    """``make_report(G)`` as JSON (``indent=1``, sorted keys); with a
    :class:`kg.memo.Memo`, each file's record is encoded once and taken from
    the memo while it stays the same (the same text)."""
    return dumps(make_report(G), memo) + "\n"
