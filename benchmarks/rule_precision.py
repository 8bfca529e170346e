#!/usr/bin/env python3
"""Measure each relation rule's precision on the seed articles.

Builds ``seeds/`` (or reads ``--graph``), matches every assertion's triple
to the gold annotations through the referee's own name matching
(``../shared/eval/score.py``) and prints, per rule, the triples it supports
and the share that gold confirms.  ``--write`` stores the rounded figures in
``src/kg/data/patterns/rule_confidence.json``, which the relation extractor
uses as the confidence of each rule's assertions (a rule with fewer than
three triples on the seeds keeps its built-in confidence: one triple
measures nothing).

Usage: python benchmarks/rule_precision.py [--graph GRAPH.ttl] [--write]
"""
import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import rdflib

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
OUT = ROOT / "src" / "kg" / "data" / "patterns" / "rule_confidence.json"
KG = "https://w3id.org/liuzhou-kg/ontology#"
#: a rule with fewer triples on the seeds keeps its built-in confidence (kg.relate.doc.CONFIDENCE)
MIN_TRIPLES = 3


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args(argv)
    spec = importlib.util.spec_from_file_location("score", SHARED / "score.py")
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    with tempfile.TemporaryDirectory() as tmp:
        graph = a.graph
        if not graph:
            subprocess.run([sys.executable, "-m", "kg.cli", "build", str(ROOT / "seeds"), "-o", tmp,
                            "--no-cache", "-q"], check=True)
            graph = str(Path(tmp) / "graph.ttl")
        gold_type, keys, gold_rel, _ = sc.load_gold([str(SHARED / "seeds.gold.jsonl")])
        key_to_gold = {c: c for c in gold_type}
        for c, ks in keys.items():
            for k in ks:
                key_to_gold.setdefault(k, c)
        nodes, _, _ = sc.load_graph(graph)
        match = {}
        for node, info in nodes.items():
            hits = [key_to_gold[sc.norm(x)] for x in info["labels"] if sc.norm(x) in key_to_gold]
            if hits:
                match[node] = Counter(hits).most_common(1)[0][0]
        g = rdflib.Graph()
        g.parse(graph, format="turtle")
        q = f"""PREFIX kg: <{KG}>
        SELECT DISTINCT ?s ?p ?o ?rule WHERE {{ ?a a kg:Assertion ; rdf:subject ?s ;
          rdf:predicate ?p ; rdf:object ?o ; kg:rule ?rule }}"""
        per_rule = defaultdict(set)
        per_rule_rel = defaultdict(set)
        for s, p, o, rule in g.query(q):
            rel = str(p).split("#")[1]
            h, t = match.get(s, "?"), match.get(o, "?")
            if rel in sc.SYMMETRIC:
                h, t = sorted((h, t))
            per_rule[str(rule)].add((h, rel, t))
            per_rule_rel[(str(rule), rel)].add((h, rel, t))
    figures = {}
    print(f"{'rule':12}{'triples':>8}{'gold':>6}{'precision':>11}")
    for rule, triples in sorted(per_rule.items()):
        tp = len(triples & gold_rel)
        prec = tp / len(triples) if triples else 0.0
        if len(triples) >= MIN_TRIPLES:  # (fewer: too few to measure; the built-in default stays)
            figures[rule] = round(min(0.95, max(0.1, prec)), 2)  # no rule is certain
        print(f"{rule:12}{len(triples):8}{tp:6}{prec:11.2f}")
    print(f"\n{'rule / relation':28}{'triples':>8}{'gold':>6}{'precision':>11}")
    for (rule, rel), triples in sorted(per_rule_rel.items()):
        tp = len(triples & gold_rel)
        print(f"{rule + ' / ' + rel:28}{len(triples):8}{tp:6}{tp / len(triples):11.2f}")
    if a.write:
        OUT.write_text(json.dumps({"_doc": "Confidence of each relation rule: its precision on the "
                                           "seed articles, measured by benchmarks/rule_precision.py.",
                                   **figures}, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                       encoding="utf-8")
        print(f"written {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
