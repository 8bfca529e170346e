"""Compare the two SPARQL engines of kg.query on synthetic contract graphs.

Usage: python benchmarks/query_engines.py [N_ENTITIES ...]

Writes a Turtle graph shaped like the export (entities, relations with one
assertion each, documents) for each size and times loading plus one
aggregate query with rdflib and with oxigraph.  The numbers are quoted in
kg.query's docstring and made oxigraph the default engine.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from kg.query import open_graph

TYPES = ["Company", "IndustrialPark", "Industry", "Region", "Organization"]
RELS = ["locatedIn", "inIndustry", "exportsTo", "cooperatesWith", "investsIn"]
QUERY = """SELECT ?t (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?a a kg:Assertion ; rdf:subject ?s ; prov:wasDerivedFrom ?d .
  ?s a ?t } GROUP BY ?t ORDER BY ?t"""


def synthetic(n: int, path: Path) -> None:
    rnd = random.Random(42)
    out = ["@prefix kg: <https://w3id.org/liuzhou-kg/ontology#> .",
           "@prefix kgr: <https://w3id.org/liuzhou-kg/resource/> .",
           "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .",
           "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
           "@prefix prov: <http://www.w3.org/ns/prov#> .",
           "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> ."]
    docs = max(1, n // 10)
    for d in range(docs):
        out.append(f'kgr:doc{d} a kg:Document ; kg:sourceFile "{d}.txt" .')
    for i in range(n):
        out.append(f'kgr:e{i} a kg:{TYPES[i % len(TYPES)]} ; rdfs:label "实体{i}"@zh-Hans ;'
                   f' kg:mentionCount {rnd.randint(1, 9)} ; kg:mentionedIn kgr:doc{i % docs} .')
    for j in range(2 * n):
        s, o, r = rnd.randrange(n), rnd.randrange(n), RELS[j % len(RELS)]
        out.append(f"kgr:e{s} kg:{r} kgr:e{o} .")
        out.append(f'kgr:a{j} a kg:Assertion ; rdf:subject kgr:e{s} ; rdf:predicate kg:{r} ;'
                   f' rdf:object kgr:e{o} ; prov:wasDerivedFrom kgr:doc{j % docs} ;'
                   f' kg:evidence "这是第{j}句证据，用于测试。"@zh-Hans ;'
                   f' kg:confidence "0.9"^^xsd:decimal .')
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main(sizes) -> None:
    tmp = Path(tempfile.mkdtemp())
    print(f"{'entities':>9} {'MB':>6} {'engine':>9} {'load s':>7} {'query s':>8} rows")
    for n in sizes:
        p = tmp / f"g{n}.ttl"
        synthetic(n, p)
        mb = p.stat().st_size / 1e6
        for engine in ("rdflib", "oxigraph"):
            t0 = time.perf_counter()
            g = open_graph(p, engine)
            t1 = time.perf_counter()
            r = g.query(QUERY)
            t2 = time.perf_counter()
            print(f"{n:>9} {mb:>6.2f} {engine:>9} {t1 - t0:>7.3f} {t2 - t1:>8.3f} {len(r)}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1000, 5000, 20000])
