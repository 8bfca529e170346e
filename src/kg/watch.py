"""Keep the graph of a folder of articles up to date as articles arrive.

A newsroom's folder grows by a few articles a day.  A fresh ``kg build``
re-reads only the new ones (the per-document cache), but every command also
pays Python's start-up and the loading of jieba's dictionary and the
lexicons, about a second whatever changed.  :func:`watch` is one long-lived
process: it builds, then rebuilds whenever a file under the inputs is added,
changed or removed, with the dictionaries loaded once.  What a build made is
kept for the next in a :class:`~kg.memo.Memo`: the other documents' results
(not even read from the cache again), and the pieces of the exports whose
inputs did not change (Turtle statements, JSON values, the layout of
connected components, search keys).  While it waits, it collects the last
build's garbage and sets what is alive aside (``gc.freeze``), so that the
collector does not walk the dictionaries, the memo and the graph again and
again during the next rebuild.  Adding one article to a hundred costs that
article, the corpus-wide merge and writing the exports, about a tenth of a
full build (``benchmarks/bench_build.py`` measures it); the exports are
byte-identical to those of a fresh ``kg build`` of the same inputs.

Examples
--------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("柳工在柳州。")
>>> snap = snapshot([d])
>>> [p.name for p, _, _ in snap]
['a.txt']
>>> _ = (d / "b.txt").write_text("柳钢在柳州。")
>>> snapshot([d]) == snap
False
"""
from __future__ import annotations

import gc
import time
from pathlib import Path

from .config import Config
from .errors import ConfigError
from .memo import Memo
from .read import discover

__all__ = ["snapshot", "watch"]


def snapshot(paths) -> tuple:
    """``(path, size, mtime_ns)`` of every input file, sorted: what a rebuild
    depends on (the same files :func:`kg.read.discover` lists)."""
    out = []
    for p in discover(paths):
        try:
            st = p.stat()
        except OSError:  # removed between listing and stat: the next look sees it gone
            continue
        out.append((p, st.st_size, st.st_mtime_ns))
    return tuple(out)


def watch(paths, outdir, config: Config | None = None, *, interval: float = 2.0,
          max_builds: int | None = None, on_build=None, sleep=time.sleep) -> int:
    """Build the graph of ``paths`` into ``outdir`` now and again whenever an
    input changes; return the number of builds.

    Parameters
    ----------
    paths : files or folders, as for :func:`kg.build`.
    outdir : folder of the exports (written atomically each time).
    config : as for :func:`kg.build`; keep ``cache_dir`` set, or every
        rebuild re-reads every article.
    interval : seconds between two looks at the inputs.
    max_builds : stop after this many builds (``None``: until interrupted).
    on_build : called as ``on_build(graph, seconds)`` after each build.
    sleep : how to wait (tests pass their own).

    Errors of a build (:class:`~kg.errors.KGError`) propagate: the caller
    decides whether to stop.  An output folder inside a watched folder is a
    :class:`~kg.errors.ConfigError` (the exports would be inputs, and every
    build would start the next).
    """
    from .pipeline import build, write_exports

    out = Path(outdir).resolve()
    for p in paths:
        src = Path(p).resolve()
        if src.is_dir() and (out == src or src in out.parents):
            raise ConfigError(str(outdir), "an output folder outside the watched inputs",
                              f"it inside {p} (its exports would be read as articles and rebuilt forever)")
    config = config or Config()
    if max_builds is not None and max_builds < 1:
        return 0
    last, builds = None, 0
    memo = Memo()  # what a build leaves for the next (this process only)
    try:
        while True:
            snap = snapshot(paths)
            if snap != last:
                t0 = time.perf_counter()
                memo.rotate()  # forget what the last build did not use
                G = build(paths, config, memo=memo)
                write_exports(G, Path(outdir), config, memo=memo)
                builds, last = builds + 1, snap
                if on_build is not None:
                    on_build(G, time.perf_counter() - t0)
                if max_builds is not None and builds >= max_builds:
                    return builds
                del G
                _collect_while_waiting()
            sleep(interval)
    finally:
        gc.unfreeze()


def _collect_while_waiting() -> None:
    """Collect the garbage of the builds so far, then freeze what is alive
    (dictionaries, memo): the collector leaves it alone until the next
    call, which collects what died in between (at most a build's worth)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
