#!/usr/bin/env python3
"""Agreement between annotators: the same article annotated twice.

Sets made by different annotators (benchmarks/README.md, "Real-news
evaluation sets") sometimes hold the same article.  This script finds such
pairs among the given set directories (``DIR/articles`` and
``DIR/gold.jsonl``) by shared 12-character runs of text, and scores one
annotator's gold against the other's: entity F1 over canonical names and
relation F1 over (head, relation, tail), names compared as the referee
compares them (traditional → simplified, NFKC, no whitespace) and mapped
through the first annotator's aliases.  The figures are the ceiling a
graph can reach against one annotator when another reads the same text.

Usage: python benchmarks/agreement.py DIR [DIR ...] [--min-overlap 0.95]
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from kg.normalise import to_simplified  # noqa: E402

SYMMETRIC = {"cooperatesWith"}


def norm(name: str) -> str:
    """A name as the referee compares it."""
    return "".join(to_simplified(unicodedata.normalize("NFKC", name)).split()).lower()


def shingles(path: Path, n: int = 12) -> set[str]:
    text = "".join(path.read_text(encoding="utf-8").split())
    return {text[i:i + n] for i in range(max(1, len(text) - n + 1))}


def load_gold(set_dir: Path) -> dict[str, dict]:
    gold = set_dir / "gold.jsonl"
    out = {}
    for lineno, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                sys.exit(f"{gold}:{lineno}: expected a JSON object, found: {e}")
            out[rec["doc"]] = rec
    return out


def annotation(rec: dict, canon: dict[str, str] | None = None):
    """(aliases → canonical, canonical names, relation triples) of one article's gold;
    names mapped through ``canon`` (the other annotator's aliases) when given."""
    own = {}
    for e in rec["entities"]:
        for n in [e["name"], *e.get("aliases", [])]:
            own[norm(n)] = norm(e["name"])
    canon = canon if canon is not None else own
    names = {canon.get(norm(e["name"]), norm(e["name"])) for e in rec["entities"]}
    rels = set()
    for r in rec["relations"]:
        h, t = canon.get(norm(r["head"]), norm(r["head"])), canon.get(norm(r["tail"]), norm(r["tail"]))
        if r["relation"] in SYMMETRIC:
            h, t = min(h, t), max(h, t)
        rels.add((h, r["relation"], t))
    return own, names, rels


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--min-overlap", type=float, default=0.95,
                    help="share of the shorter article's text runs both hold (default 0.95)")
    a = ap.parse_args(argv)
    arts = {}
    golds = {}
    for d in a.dirs:
        if not (d / "gold.jsonl").is_file() or not (d / "articles").is_dir():
            sys.exit(f"{d}: expected articles/ and gold.jsonl")
        golds[d] = load_gold(d)
        for p in sorted((d / "articles").iterdir()):
            if p.name in golds[d]:
                arts[(d, p.name)] = shingles(p)
    pooled = [0, 0, 0, 0, 0, 0]
    pairs = 0
    for (x, sx), (y, sy) in itertools.combinations(sorted(arts.items()), 2):
        if x[0] == y[0] or len(sx & sy) / min(len(sx), len(sy)) < a.min_overlap:
            continue
        canon, na, ra = annotation(golds[x[0]][x[1]])
        _, nb, rb = annotation(golds[y[0]][y[1]], canon)
        pairs += 1
        for i, (p, q) in enumerate(((na, nb), (ra, rb))):
            pooled[3 * i] += len(p & q)
            pooled[3 * i + 1] += len(p)
            pooled[3 * i + 2] += len(q)
        print(f"{x[0].name}/{x[1]}  {y[0].name}/{y[1]}  entities {len(na & nb)}/{len(na)}/{len(nb)}"
              f"  relations {len(ra & rb)}/{len(ra)}/{len(rb)}")
    if not pairs:
        print("no article is annotated twice")
        return 0
    ef = 2 * pooled[0] / (pooled[1] + pooled[2])
    rf = 2 * pooled[3] / (pooled[4] + pooled[5]) if pooled[4] + pooled[5] else 1.0
    print(f"AGREEMENT pairs={pairs} entity_f1={ef:.3f} relation_f1={rf:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
