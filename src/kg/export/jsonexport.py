"""Export the graph as networkx node-link JSON.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph(); G.add_node("柳工", type="Company")
>>> '"柳工"' in to_json(G)
True
"""
from __future__ import annotations

import json

import networkx as nx

__all__ = ["to_json", "from_json"]


def to_json(G) -> str:
    data = nx.node_link_data(G, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def from_json(text: str):
    return nx.node_link_graph(json.loads(text), directed=True, multigraph=True, edges="edges")
