"""Build the graph with the per-document stages on a Dask cluster.

The per-document work (:func:`kg.pipeline.process_document`) is a pure
function of one document; only the corpus-wide merge
(:func:`kg.pipeline.assemble`) needs every result.  This script maps the
first over a Dask cluster and runs the second here, so it writes the same
exports as ``kg build`` (``--check`` verifies it against a local build).

Setup (Dask is not a dependency of liuzhou-kg)::

    pip install "dask[distributed]"

Usage::

    # a local cluster of 2 worker processes
    python examples/dask_build.py seeds -o /tmp/kg-dask --workers 2 --check

    # an existing cluster: start `dask scheduler` on one machine and
    # `dask worker tcp://HOST:8786 --nthreads 1` on each worker machine
    # (each with liuzhou-kg installed, the same version as here)
    python examples/dask_build.py corpus/ -o out --scheduler tcp://HOST:8786

    # with a per-document cache on storage every worker can write
    python examples/dask_build.py corpus/ -o out --scheduler tcp://HOST:8786 --cache /shared/kg-cache

The files are read and decoded here and their texts sent to the workers;
for a corpus much larger than this machine's memory, partition the input
folders and merge the ``DocResult`` lists (see ``docs/scaling.md``).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="kg build with the per-document map on Dask")
    ap.add_argument("paths", nargs="+", help="input files or folders")
    ap.add_argument("-o", "--output", default="exports-dask", help="output folder")
    ap.add_argument("--scheduler", default=None, help="address of a Dask scheduler (default: a local cluster)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    ap.add_argument("--partition-size", type=int, default=200, help="documents per Dask task")
    ap.add_argument("--cache", default=None, help="per-document cache folder shared by the workers")
    ap.add_argument("--check", action="store_true", help="compare with a local kg.build (same exports?)")
    a = ap.parse_args(argv)

    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    from kg import read
    from kg.cache import DocCache, cached_process
    from kg.config import Config
    from kg.pipeline import assemble, process_document, write_exports

    cfg = Config(jobs=1, cache_dir=None)
    t0 = time.perf_counter()
    docs, statuses = read.load_inputs(a.paths, cfg)
    func = process_document
    if a.cache:
        func = cached_process(DocCache(a.cache), process_document)
    if a.scheduler:
        client = Client(a.scheduler)
    else:  # one thread per worker: the stages are pure Python (the GIL)
        client = Client(LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                                     dashboard_address=None))
    with client:
        results = db.from_sequence(docs, partition_size=a.partition_size).map(func).compute()
    G = assemble(results, statuses)
    write_exports(G, a.output, cfg)
    print(f"dask build: {len(docs)} documents, {G.number_of_nodes()} entities, "
          f"{G.number_of_edges()} relations -> {a.output}/ in {time.perf_counter() - t0:.1f} s")

    if a.check:
        from kg.pipeline import build

        local = Path(a.output) / "local"
        write_exports(build(a.paths, Config(jobs=1, cache_dir=None)), local, cfg)
        same = all((Path(a.output) / f).read_bytes() == (local / f).read_bytes()
                   for f in ("graph.ttl", "graph.json", "report.json"))
        print("check: identical to kg build" if same else "check: DIFFERENT from kg build")
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
