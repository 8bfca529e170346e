#!/usr/bin/env python3
"""Score every evaluation set in one run: the seeds and the three sets of
``benchmarks/`` (devset, holdout, heldout), each built fresh and scored
by the referee ``../shared/eval/score.py``.

=========  ==============================================  ====================
set        what                                            use
=========  ==============================================  ====================
seeds      the five seed articles, gold by the organisers  development
devset     12 articles written for the team, 5 traditional  development
holdout    20 blind articles, 9 traditional                development (after
                                                           one blind score)
heldout    15 blind articles, 7 traditional                measure only
=========  ==============================================  ====================

The referee breaks ties between gold names by set order, so its figures can
move by a few thousandths between runs; this script runs it with
``PYTHONHASHSEED=0`` so that one build always prints one score.

Sets of real third-party news that may not be shipped with the project live
outside it; score them too with ``--extra NAME=DIR`` (``DIR/articles`` and
``DIR/gold.jsonl``, as written by the annotators; see benchmarks/README.md).

Usage: python benchmarks/score_sets.py [--sets seeds,devset,holdout,heldout]
                                       [--extra realset=/work/realset ...]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SETS = {
    "seeds": (ROOT / "seeds", SHARED / "seeds.gold.jsonl"),
    "devset": (ROOT / "benchmarks" / "devset" / "articles", ROOT / "benchmarks" / "devset" / "gold.jsonl"),
    "holdout": (ROOT / "benchmarks" / "holdout" / "articles", ROOT / "benchmarks" / "holdout" / "gold.jsonl"),
    "heldout": (ROOT / "benchmarks" / "heldout" / "articles", ROOT / "benchmarks" / "heldout" / "gold.jsonl"),
}
_LINE = re.compile(r"^(entities|relations) P ([\d.]+) R ([\d.]+) F1 ([\d.]+)(?: \(lenient [\d.]+, duplicates (\d+))?", re.M)


def score(articles: Path, gold: Path, tmp: str, name: str) -> dict:
    out = Path(tmp) / name
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(articles), "-o", str(out),
                    "--no-cache", "-q"], check=True)
    env = dict(os.environ, PYTHONHASHSEED="0")
    r = subprocess.run([sys.executable, str(SHARED / "score.py"), str(out / "graph.ttl"), str(gold)],
                       capture_output=True, text=True, env=env, check=True)
    got = {}
    for m in _LINE.finditer(r.stdout):
        got[m.group(1)] = (float(m.group(2)), float(m.group(3)), float(m.group(4)), m.group(5))
    return got


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--extra", action="append", default=[], metavar="NAME=DIR",
                    help="also score DIR/articles against DIR/gold.jsonl (repeatable)")
    a = ap.parse_args(argv)
    sets = {n: SETS[n] for n in a.sets.split(",") if n}
    for x in a.extra:
        name, sep, folder = x.partition("=")
        if not sep or not (Path(folder) / "gold.jsonl").is_file() or not (Path(folder) / "articles").is_dir():
            print(f"error: --extra {x}: expected NAME=DIR with DIR/articles and DIR/gold.jsonl", file=sys.stderr)
            return 2
        sets[name] = (Path(folder) / "articles", Path(folder) / "gold.jsonl")
    if not (SHARED / "score.py").exists():
        print(f"error: the referee {SHARED / 'score.py'} is missing", file=sys.stderr)
        return 2
    print(f"{'set':8s} {'entity P':>8s} {'R':>6s} {'F1':>6s} {'dup':>4s}   {'relation P':>10s} {'R':>6s} {'F1':>6s}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (articles, gold) in sets.items():
            s = score(articles, gold, tmp, name)
            e, r = s["entities"], s["relations"]
            print(f"{name:8s} {e[0]:8.3f} {e[1]:6.3f} {e[2]:6.3f} {e[3] or '':>4s}   {r[0]:10.3f} {r[1]:6.3f} {r[2]:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
