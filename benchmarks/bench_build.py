"""Build-speed benchmark: kg build vs bare jieba, cores, cache, memory, Turtle.

Usage::

    python benchmarks/bench_build.py                 # 1, 10 and 100 MB
    python benchmarks/bench_build.py --sizes 1,10    # quicker
    python benchmarks/bench_build.py --sizes 1 --no-turtle --no-incremental
    python benchmarks/bench_build.py --ttl-writer stream   # graph.ttl by turtle_stream

Prints, in one run:

* for each corpus size (MB of UTF-8 text made from ``news.jsonl``, repeated
  with a distinct marker line per copy so that every document is new):
  wall time of ``kg build`` (``kg.build`` + ``kg.write_exports``, no cache,
  ``--jobs`` = all cores unless ``--jobs``), throughput in MB/s, peak memory
  of the build's process tree (sum of RSS and of PSS, polled from /proc), and
  ``ratio = kg throughput per core / jieba.lcut throughput`` where the kg
  throughput per core is MB / (wall time x jobs) and jieba's is bare
  ``jieba.lcut`` over the same texts in one process (dictionary loading
  excluded);
* the per-document ratio: CPU time of ``process_document`` vs ``jieba.lcut``
  over the smallest corpus in one warm process (no start-up, merge or
  exports: the steady-state cost per core; after 50 documents of warm-up,
  best of three alternated runs);
* the two-core speed-up: ``--jobs 2`` vs ``--jobs 1`` on the 10 MB corpus
  (or the smallest size given);
* the incremental rebuild: 100 article-sized documents (5-10 news items
  each, 6-7 KB, like real articles) built with an empty per-document cache,
  then rebuilt after adding one more: in one warm process as ``kg watch``
  does it (dictionaries loaded, exports included; three new articles added
  one after another, each followed by a rebuild; the median against the
  first, full build) and as fresh ``python -m kg.cli build`` commands (with
  start-up; their own ``XDG_CACHE_HOME``, whose dictionary caches are warmed
  first; best of three);
* Turtle serialisation of a synthetic 1M-triple graph: rdflib
  (``kg.export.turtle.to_turtle_rdflib``), the same bytes from strings
  (``kg.export.turtle.to_turtle``), ``kg.export.turtle_stream`` and
  pyoxigraph.

Every build runs in a subprocess of this script; ``--json FILE`` also writes
the figures as JSON.  Wall times depend on what else runs on the machine
(the load average is printed with each figure); the CPU-time columns much
less.  Results are recorded in ``benchmarks/README.md``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parent.parent / "shared" / "bench" / "news.jsonl"
PER_DIR = 1000  # files per sub-folder of a corpus


# --------------------------------------------------------------------- corpus
def load_source(path: Path) -> list[tuple[str, str]]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                out.append((d["id"], d["text"]))
    return out


def make_corpus(source, mb: float, folder: Path, max_docs: int | None = None) -> dict:
    """Write ``.txt`` files until they hold ``mb`` MB; copy ``r`` of a document
    gets a last line ``（副本 r）`` so that its bytes, hence its id, are new."""
    folder.mkdir(parents=True, exist_ok=True)
    target = int(mb * 1e6)
    total = n = rep = 0
    while total < target and (max_docs is None or n < max_docs):
        for doc_id, text in source:
            if total >= target or (max_docs is not None and n >= max_docs):
                break
            body = text if rep == 0 else f"{text}\n\n（副本 {rep}）\n"
            data = body.encode("utf-8")
            sub = folder / f"{n // PER_DIR:04d}"
            if n % PER_DIR == 0:
                sub.mkdir(exist_ok=True)
            (sub / f"{doc_id}-{rep:03d}.txt").write_bytes(data)
            total += len(data)
            n += 1
        rep += 1
    return {"docs": n, "bytes": total, "copies": rep}


def make_articles(source, folder: Path, n: int, target: int = 6000, skip: int = 0) -> list[int]:
    """``n`` article-sized files: consecutive news items joined until each
    holds ``target`` bytes (the first ``skip`` items are not used)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [t for _, t in source][skip:]
    sizes, k = [], 0
    for i in range(n):
        parts: list[str] = []
        size = 0
        while size < target and k < len(texts):
            parts.append(texts[k])
            size += len(texts[k].encode("utf-8"))
            k += 1
        data = "\n\n".join(parts).encode("utf-8")
        (folder / f"article-{skip:05d}-{i:03d}.txt").write_bytes(data)
        sizes.append(len(data))
    return sizes


def run_cli(args: list[str], env: dict) -> dict:
    """Wall and CPU time of one ``python -m kg.cli`` command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg.cli"] + args, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"wall": wall, "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)}


def corpus_texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]


# ------------------------------------------------------------ process memory
def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(d))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, ()))
    return out


def _mem_kb(pid: int) -> tuple[int, int]:
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class TreeMemory(threading.Thread):
    """Peak of the summed RSS and PSS of a process and its descendants."""

    def __init__(self, pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_rss = self.peak_pss = 0
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            rss = pss = 0
            for p in _descendants(self.pid):
                r, s = _mem_kb(p)
                rss += r
                pss += s
            self.peak_rss = max(self.peak_rss, rss)
            self.peak_pss = max(self.peak_pss, pss)
            self.stop.wait(self.interval)


def run_child(args: list[str]) -> dict:
    """Run this script's hidden sub-command; wall, CPU and peak memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve())] + args,
                            stdout=subprocess.PIPE, text=True)
    mon = TreeMemory(proc.pid)
    mon.start()
    out, _ = proc.communicate()
    wall = time.perf_counter() - t0
    mon.stop.set()
    mon.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        raise SystemExit(f"bench: child {args} failed ({proc.returncode})")
    res = json.loads(out.strip().splitlines()[-1])
    res.update(process_wall=wall,
               cpu=(after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
               peak_rss_mb=mon.peak_rss / 1024, peak_pss_mb=mon.peak_pss / 1024,
               maxrss_one_mb=after.ru_maxrss / 1024)
    return res


# ----------------------------------------------------------- child commands
def child_jieba(folder: str) -> None:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    texts = corpus_texts(Path(folder))
    jieba.initialize()
    c0, t0 = time.process_time(), time.perf_counter()
    for t in texts:
        jieba.lcut(t)
    print(json.dumps({"wall": time.perf_counter() - t0, "cpu_self": time.process_time() - c0,
                      "bytes": sum(len(t.encode("utf-8")) for t in texts)}))


def child_perdoc(folder: str) -> None:
    """In one warm process: CPU time of process_document and of jieba.lcut
    over the same documents (the steady-state per-core ratio)."""
    import logging

    import jieba

    from kg import read
    from kg.config import Config
    from kg.pipeline import _segmenter, process_document
    from kg.resources import load_resources

    jieba.setLogLevel(logging.WARNING)
    docs, _ = read.load_inputs([folder], Config(jobs=1, cache_dir=None))
    load_resources()
    _segmenter()
    jieba.initialize()
    for d in docs[:50]:  # warm up: per-process caches (regexes, NFKC table)
        process_document(d)
        jieba.lcut(d.text)
    kg_cpu = jb_cpu = float("inf")
    for _ in range(3):  # best of three, alternated
        c0 = time.process_time()
        for d in docs:
            jieba.lcut(d.text)
        jb_cpu = min(jb_cpu, time.process_time() - c0)
        c0 = time.process_time()
        for d in docs:
            process_document(d)
        kg_cpu = min(kg_cpu, time.process_time() - c0)
    print(json.dumps({"docs": len(docs), "bytes": sum(len(d.text.encode("utf-8")) for d in docs),
                      "kg_cpu": kg_cpu, "jieba_cpu": jb_cpu, "ratio": jb_cpu / kg_cpu}))


def child_build(folder: str, jobs: int, out: str, cache: str | None, writer: str = "auto") -> None:
    import kg
    from kg.config import Config

    # graph.ttl as kg build writes it ("auto"), by the streaming writer ("stream") or in rdflib's layout ("rdflib")
    cfg = Config(jobs=jobs, cache_dir=Path(cache) if cache else None, turtle_writer=writer)
    t0 = time.perf_counter()
    G = kg.build([folder], cfg)
    t1 = time.perf_counter()
    kg.write_exports(G, out, cfg)
    t2 = time.perf_counter()
    ev = sum(len(a.get("evidence", ())) for _, _, a in G.edges(data=True))
    print(json.dumps({"build": t1 - t0, "exports": t2 - t1, "wall": t2 - t0,
                      "docs": len(G.graph.get("documents", {})), "nodes": G.number_of_nodes(),
                      "edges": G.number_of_edges(), "evidence": ev,
                      "observations": len(G.graph.get("observations", [])),
                      "ttl_mb": os.path.getsize(Path(out) / "graph.ttl") / 1e6}))


def child_incremental(folder: str, extras: str, cache: str) -> None:
    """As ``kg watch`` does it, in one process: warm up, build and export
    (cold cache), then add the articles of ``extras`` (a folder) one at a
    time, each followed by a rebuild and export (:func:`kg.watch.watch`)."""
    import tempfile as _tempfile

    from kg.config import Config
    from kg.pipeline import _segmenter
    from kg.resources import load_resources
    from kg.watch import watch

    load_resources()
    _segmenter()
    cfg = Config(jobs=1, cache_dir=Path(cache))
    added = sorted(Path(extras).glob("*.txt"))
    times = []

    def add_one(_):
        if len(times) <= len(added) and not (Path(folder) / f"added-{len(times)}.txt").exists():
            shutil.copy(added[len(times) - 1], Path(folder) / f"added-{len(times)}.txt")

    with _tempfile.TemporaryDirectory() as out:
        watch([folder], out, cfg, interval=0, max_builds=len(added) + 1, sleep=add_one,
              on_build=lambda G, seconds: times.append(seconds))
    for i in range(1, len(added) + 1):
        os.unlink(Path(folder) / f"added-{i}.txt")
    print(json.dumps({"full": times[0], "rebuilds": times[1:]}))


def child_turtle(triples: int, writers: str) -> None:
    print(json.dumps(turtle_bench(triples, writers.split(","))))


# ------------------------------------------------------------------ turtle
def synthetic_graph(triples: int):
    """A graph shaped like a build's (entities, relations with evidence,
    observations, documents), of about ``triples`` triples in to_rdflib."""
    import random

    from kg.graph import build_graph
    from kg.model import Entity, Evidence, Observation, Relation

    rnd = random.Random(7)
    types = ["Company", "IndustrialPark", "Industry", "Region", "Organization", "Project"]
    rels = ["locatedIn", "inIndustry", "exportsTo", "cooperatesWith", "investsIn", "develops"]
    # per unit: 1 entity (~7 triples), 2 relations x 2 evidence (2 x 17), 1 observation
    # (~9), 0.2 document (5)  ->  ~51 triples
    units = max(1, triples // 51)
    n_docs = max(1, units // 5)
    docs = {f"doc/{i:016x}": {"source_file": f"{i}.txt", "path": f"c/{i}.txt",
                              "headline": f"柳州新闻第{i}号：工业园区项目投产", "sha256": f"{i:064x}",
                              "script": "zh-Hans"} for i in range(n_docs)}
    dkeys = list(docs)
    ents = [Entity(f"实体{i}公司", types[i % len(types)], f"实体{i}公司",
                   aliases=((f"实体{i}", "zh-Hans"),), mention_count=rnd.randint(1, 50),
                   documents=tuple(sorted(rnd.sample(dkeys, min(2, n_docs)))))
            for i in range(units)]
    relations, obs = [], []
    for i in range(units):
        for k in range(2):
            j = rnd.randrange(units)
            if j == i:
                continue
            evs = tuple(Evidence(dkeys[rnd.randrange(n_docs)],
                                 f"实体{i}公司与实体{j}公司在柳州签署合作协议，第{k}{m}句。", 0, 30, 0.75, "coop")
                        for m in range(2))
            relations.append(Relation(ents[i].id, rels[(i + k) % len(rels)], ents[j].id, evs))
        obs.append(Observation(ents[i].id, "产值", f"{rnd.randint(1, 10**9)}", "元", 2023,
                               dkeys[i % n_docs], f"2023年实体{i}公司产值达{i}亿元。", 0, 12))
    return build_graph(ents, relations, obs, docs)


def turtle_bench(triples: int, writers: list[str]) -> dict:
    import gc

    G = synthetic_graph(triples)
    out: dict = {}
    n_triples = None
    for w in writers:
        gc.collect()
        t0 = time.perf_counter()
        if w == "rdflib":
            from kg.export.turtle import to_rdflib

            g = to_rdflib(G)
            t1 = time.perf_counter()
            text = g.serialize(format="turtle")
            n_triples = len(g)
            del g
        elif w == "pretty":  # rdflib's bytes, from strings (kg.export.turtle_pretty)
            from kg.export.turtle import to_turtle

            t1 = t0
            text = to_turtle(G)
        elif w == "stream":
            from kg.export.turtle_stream import to_turtle_stream

            t1 = t0
            text = to_turtle_stream(G)
        elif w == "oxigraph":
            import pyoxigraph as ox

            from kg.export.turtle_stream import Lit, iter_triples, prefixes

            def term(o):
                if isinstance(o, Lit):
                    v, lang, dt = o
                    return (ox.Literal(v, language=lang) if lang else
                            ox.Literal(v, datatype=ox.NamedNode(dt)) if dt else ox.Literal(v))
                return ox.NamedNode(o)

            ts = [ox.Triple(ox.NamedNode(s), ox.NamedNode(p), term(o)) for s, p, o in iter_triples(G)]
            t1 = time.perf_counter()
            text = ox.serialize(ts, format=ox.RdfFormat.TURTLE, prefixes=prefixes()).decode("utf-8")
            n_triples = n_triples or len(ts)
            del ts
        else:
            raise SystemExit(f"bench: unknown writer {w}")
        t2 = time.perf_counter()
        out[w] = {"graph": t1 - t0, "serialise": t2 - t1, "total": t2 - t0,
                  "mb": len(text.encode("utf-8")) / 1e6}
        del text
    out["triples"] = n_triples
    return out


# -------------------------------------------------------------------- main
def machine() -> dict:
    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = 0
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    import jieba

    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem, 1), "python": platform.python_version(),
            "jieba": jieba.__version__, "date": time.strftime("%Y-%m-%d %H:%M %Z")}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1,10,100", help="corpus sizes in MB (default 1,10,100)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="kg build --jobs")
    ap.add_argument("--source", default=str(DEFAULT_SOURCE), help="news.jsonl")
    ap.add_argument("--workdir", default=None, help="folder for the corpora (default: a temp folder)")
    ap.add_argument("--ttl-writer", choices=("auto", "rdflib", "stream"), default="auto",
                    help="graph.ttl writer of the builds (default: auto, as kg build: rdflib's layout "
                         "for small graphs, the streaming writer for large ones)")
    ap.add_argument("--no-speedup", action="store_true")
    ap.add_argument("--no-perdoc", action="store_true")
    ap.add_argument("--no-incremental", action="store_true")
    ap.add_argument("--no-turtle", action="store_true")
    ap.add_argument("--turtle-triples", type=int, default=1_000_000)
    ap.add_argument("--turtle-writers", default="rdflib,pretty,stream,oxigraph")
    ap.add_argument("--json", default=None, help="also write the figures to this file")
    a = ap.parse_args(argv)

    sizes = [float(s) for s in a.sizes.split(",") if s]
    work = Path(a.workdir or tempfile.mkdtemp(prefix="kg-bench-"))
    source = load_source(Path(a.source))
    m = machine()
    print(f"machine: {m['nproc']} cores, {m['cpu']}, {m['ram_gb']} GB RAM; Python {m['python']}, "
          f"jieba {m['jieba']}; {m['date']}")
    print(f"source: {a.source} ({len(source)} documents); jobs={a.jobs}; graph.ttl by {a.ttl_writer}; "
          f"corpora in {work}\n")
    results: dict = {"machine": m, "jobs": a.jobs, "sizes": {}}

    print(f"{'size':>6} {'docs':>7} {'jieba MB/s':>10} {'kg wall s':>9} {'build s':>8} {'export s':>8} "
          f"{'kg MB/s':>8} {'cpu s':>7} {'RSS MB':>7} {'PSS MB':>7} {'ratio':>6} {'ratio cpu':>9}")
    for mb in sizes:
        folder = work / f"corpus-{mb:g}MB"
        info = make_corpus(source, mb, folder)
        size = info["bytes"] / 1e6
        jb = run_child(["_jieba", str(folder)])
        jieba_mbs = size / jb["cpu_self"]
        kgr = run_child(["_build", str(folder), str(a.jobs), str(work / f"out-{mb:g}MB"), "", a.ttl_writer])
        kg_mbs = size / kgr["wall"]
        ratio = kg_mbs / a.jobs / jieba_mbs
        ratio_cpu = (size / kgr["cpu"]) / jieba_mbs
        results["sizes"][f"{mb:g}"] = {"corpus": info, "mb": size, "jieba": jb, "kg": kgr,
                                       "jieba_mb_s": jieba_mbs, "kg_mb_s": kg_mbs,
                                       "ratio_per_core": ratio, "ratio_cpu": ratio_cpu}
        print(f"{mb:>5g}M {info['docs']:>7} {jieba_mbs:>10.3f} {kgr['wall']:>9.1f} {kgr['build']:>8.1f} "
              f"{kgr['exports']:>8.1f} {kg_mbs:>8.3f} {kgr['cpu']:>7.1f} {kgr['peak_rss_mb']:>7.0f} "
              f"{kgr['peak_pss_mb']:>7.0f} {ratio:>6.2f} {ratio_cpu:>9.2f}", flush=True)
        results["sizes"][f"{mb:g}"]["loadavg"] = os.getloadavg()
        print(f"        graph: {kgr['nodes']} entities, {kgr['edges']} relations, {kgr['evidence']} "
              f"evidence, {kgr['observations']} facts; graph.ttl {kgr['ttl_mb']:.1f} MB; "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)
    print("  ratio = (kg MB/s / jobs) / jieba MB/s; ratio cpu = (MB / kg CPU s of all processes) / jieba MB/s")
    if not a.no_perdoc:
        mb = min(sizes)
        pd = run_child(["_perdoc", str(work / f"corpus-{mb:g}MB")])
        results["perdoc"] = pd
        print(f"\nper document, {mb:g} MB in one warm process (no start-up, no merge, no exports): "
              f"process_document {pd['kg_cpu']:.2f} CPU s, jieba.lcut {pd['jieba_cpu']:.2f} CPU s: "
              f"ratio {pd['ratio']:.2f}", flush=True)

    if not a.no_speedup:
        mb = 10.0 if 10.0 in sizes else min(sizes)
        folder = work / f"corpus-{mb:g}MB"
        runs = {}
        for j in (1, 2):
            if j == a.jobs and f"{mb:g}" in results["sizes"]:
                runs[j] = results["sizes"][f"{mb:g}"]["kg"]
            else:
                runs[j] = run_child(["_build", str(folder), str(j), str(work / f"out-j{j}"), "", a.ttl_writer])
        sp_total = runs[1]["wall"] / runs[2]["wall"]
        sp_build = runs[1]["build"] / runs[2]["build"]
        size = results["sizes"][f"{mb:g}"]["mb"]
        ratio1 = (size / runs[1]["wall"]) / results["sizes"][f"{mb:g}"]["jieba_mb_s"]
        results["speedup"] = {"mb": mb, "jobs1": runs[1], "jobs2": runs[2], "total": sp_total,
                              "build": sp_build, "ratio_jobs1": ratio1}
        print(f"\ntwo cores, {mb:g} MB (load average {os.getloadavg()[0]:.1f}): "
              f"jobs=1 {runs[1]['wall']:.1f} s (build {runs[1]['build']:.1f} s), "
              f"jobs=2 {runs[2]['wall']:.1f} s (build {runs[2]['build']:.1f} s): speed-up {sp_total:.2f}x "
              f"(build only {sp_build:.2f}x); one-core ratio {ratio1:.2f}", flush=True)

    if not a.no_incremental:
        folder = work / "articles-100"
        sizes = make_articles(source, folder, 100)
        extra_dir = work / "articles-extra"
        shutil.rmtree(extra_dir, ignore_errors=True)
        make_articles(source, extra_dir, 3, skip=len(source) // 2)
        extra = sorted(extra_dir.glob("*.txt"))[0]
        cache = work / "cache-inc"
        shutil.rmtree(cache, ignore_errors=True)
        warm = run_child(["_incremental", str(folder), str(extra_dir), str(cache)])
        warm["rebuild"] = sorted(warm["rebuilds"])[len(warm["rebuilds"]) // 2]  # the median
        # fresh `kg build` commands with their own user cache folder
        xdg = work / "xdg"
        env = dict(os.environ, XDG_CACHE_HOME=str(xdg))
        src = str(Path(__file__).resolve().parent.parent / "src")
        env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        cmd = ["build", str(folder), "-o", str(work / "out-inc"), "-q", "-j", "1"]
        run_cli(cmd, env)  # warms the dictionary caches (segmenter, resources)
        fulls, incs = [], []
        for _ in range(3):
            shutil.rmtree(xdg / "liuzhou-kg" / "docs", ignore_errors=True)
            (folder / "added.txt").unlink(missing_ok=True)
            fulls.append(run_cli(cmd, env))
            shutil.copy(extra, folder / "added.txt")
            incs.append(run_cli(cmd, env))
        (folder / "added.txt").unlink()
        full = min(fulls, key=lambda r: r["cpu"])
        inc = min(incs, key=lambda r: r["cpu"])
        results["incremental"] = {"warm": warm, "cli_full": fulls, "cli_rebuild": incs,
                                  "article_bytes": sizes, "loadavg": os.getloadavg()}
        print(f"\nincremental, 100 articles ({sum(sizes) / 1e6:.2f} MB, {min(sizes)}-{max(sizes)} bytes) "
              f"+ 1: in one process (kg watch, exports included; three articles added one at a time: "
              f"{', '.join(f'{t:.3f}' for t in warm['rebuilds'])} s) median {warm['rebuild']:.3f} s "
              f"vs full {warm['full']:.3f} s = {100 * warm['rebuild'] / warm['full']:.1f} %; "
              f"as fresh kg build commands (best of 3) "
              f"{inc['cpu']:.2f} CPU s ({inc['wall']:.2f} s wall) vs {full['cpu']:.2f} CPU s "
              f"({full['wall']:.2f} s wall) = {100 * inc['cpu'] / full['cpu']:.0f} % "
              f"(load average {os.getloadavg()[0]:.1f})", flush=True)

    if not a.no_turtle:
        tt = run_child(["_turtle", str(a.turtle_triples), a.turtle_writers])
        results["turtle"] = tt
        print(f"\nTurtle, synthetic graph of {tt.get('triples')} triples "
              f"(peak RSS of the whole comparison {tt['peak_rss_mb']:.0f} MB):")
        for w in a.turtle_writers.split(","):
            r = tt[w]
            print(f"  {w:9s} graph {r['graph']:6.1f} s + serialise {r['serialise']:6.1f} s = "
                  f"{r['total']:6.1f} s  ({r['mb']:.0f} MB)")

    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    if not a.workdir:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1].startswith("_"):
        cmd, rest = sys.argv[1], sys.argv[2:]
        if cmd == "_jieba":
            child_jieba(*rest)
        elif cmd == "_build":
            child_build(rest[0], int(rest[1]), rest[2], rest[3] or None, *rest[4:])
        elif cmd == "_perdoc":
            child_perdoc(*rest)
        elif cmd == "_incremental":
            child_incremental(*rest)
        elif cmd == "_turtle":
            child_turtle(int(rest[0]), rest[1])
        sys.exit(0)
    sys.exit(main())
