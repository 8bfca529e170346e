"""Load graph.ttl into an on-disk Oxigraph store and query it with SPARQL.

For graphs that outgrow memory (rdflib keeps every triple as Python
objects): ``Store.bulk_load`` streams the file into RocksDB on disk, and
queries run in Rust against the store, not in this process's memory.

Usage::

    python examples/oxigraph_load.py exports/graph.ttl --store /tmp/kg-store
    python examples/oxigraph_load.py --store /tmp/kg-store --query "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

The store folder can later be served read-only over HTTP with the
``oxigraph`` server (``oxigraph serve-read-only --location /tmp/kg-store``),
see ``docs/scaling.md``.
"""
from __future__ import annotations

import argparse
import sys
import time

PREFIXES = """PREFIX kg: <https://w3id.org/liuzhou-kg/ontology#>
PREFIX kgr: <https://w3id.org/liuzhou-kg/resource/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

DEFAULT_QUERY = """SELECT ?type (COUNT(?e) AS ?n) WHERE {
  ?e a ?type . FILTER(STRSTARTS(STR(?type), STR(kg:)))
} GROUP BY ?type ORDER BY DESC(?n)"""


def main(argv=None) -> int:
    import pyoxigraph as ox

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("turtle", nargs="?", help="a graph.ttl to load (omit to query an existing store)")
    ap.add_argument("--store", required=True, help="store folder (created if missing)")
    ap.add_argument("--query", default=DEFAULT_QUERY, help="SPARQL SELECT (kg:, kgr:, rdfs:, rdf:, prov: declared)")
    a = ap.parse_args(argv)

    store = ox.Store(a.store)
    if a.turtle:
        t0 = time.perf_counter()
        store.bulk_load(path=a.turtle, format=ox.RdfFormat.TURTLE)
        store.optimize()
        print(f"loaded {a.turtle}: {len(store)} triples in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    res = store.query(PREFIXES + a.query)
    names = [v.value for v in res.variables]
    print("\t".join(names))
    for row in res:
        print("\t".join("" if row[n] is None else row[n].value for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
