"""Which regions is each company linked to?  A user's metric script.

    python examples/company_regions.py exports/graph.json   (or graph.ttl)

kg.load gives a plain networkx MultiDiGraph (docs/graph-model.md): node
keys are canonical names with a "type"; edges are keyed by relation name.
"""
import sys

import networkx as nx

import kg

G = kg.load(sys.argv[1] if len(sys.argv) > 1 else "exports/graph.json")
for company, data in sorted(G.nodes(data=True)):
    if data["type"] != "Company":
        continue
    regions = sorted({n for n in nx.all_neighbors(G, company) if G.nodes[n]["type"] == "Region"})
    if regions:
        print(f"{company}\t{len(regions)}\t{'、'.join(regions)}")
