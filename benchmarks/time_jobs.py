"""Two cores against one: ``kg build`` with ``-j 1`` and ``-j 2``, alternated.

Each build is a fresh ``python -m kg.cli build CORPUS -o OUT --no-cache -q
-j N`` process.  For each it prints the wall time, its own CPU time (all its
processes), the CPU time other processes used meanwhile (``/proc/stat``
busy time minus its own: on a shared machine a ``-j 2`` build with another
busy process is not a measurement of two cores) and the load average; then
the best of the rounds.  ``--src NAME=DIR`` (repeatable) compares source
trees, e.g. the branch point's ``src`` exported with ``git archive``::

    python benchmarks/time_jobs.py /tmp/s2c10 --rounds 3
    python benchmarks/time_jobs.py /tmp/s2c10 --src base=/tmp/base/src --src new=src

Linux only (``/proc``).
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _busy() -> float:
    """CPU seconds the whole machine has been busy (not idle, not iowait)."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return (sum(v) - v[3] - v[4]) / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def time_build(corpus: str, jobs: int, src: str, out: str) -> dict:
    """One ``kg build``: wall, own CPU and others' CPU seconds, load average."""
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    c0, b0, t0 = _children_cpu(), _busy(), time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg.cli", "build", corpus, "-o", out, "--no-cache", "-q",
                    "-j", str(jobs)], env=dict(os.environ, PYTHONPATH=src), check=True)
    wall, busy, cpu = time.perf_counter() - t0, _busy() - b0, _children_cpu() - c0
    return {"wall": wall, "cpu": cpu, "others": max(0.0, busy - cpu), "load": load}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--src", action="append", default=[], metavar="NAME=DIR",
                    help="source trees to compare (default: this checkout's src)")
    a = ap.parse_args(argv)
    srcs = dict(s.split("=", 1) for s in a.src) or {"src": str(HERE.parent / "src")}
    best: dict[tuple[str, int], float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(1, a.rounds + 1):
            for jobs in (1, 2):
                for name, src in srcs.items():
                    m = time_build(a.corpus, jobs, src, os.path.join(tmp, f"{name}-{jobs}"))
                    best[name, jobs] = min(best.get((name, jobs), m["wall"]), m["wall"])
                    print(f"round {r} {name} -j {jobs}: wall {m['wall']:.2f} s, own CPU {m['cpu']:.2f} s, "
                          f"others' CPU {m['others']:.2f} s, load {m['load']}", flush=True)
    for name in srcs:
        one, two = best[name, 1], best[name, 2]
        print(f"{name}: best -j 1 {one:.2f} s, -j 2 {two:.2f} s: {one / two:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
