"""The pipeline: read → normalise → segment → recognise → resolve → relate
→ facts → graph, and the exports.

:func:`process_document` is the per-document work, a pure function of the
document (and the data files) whose result is merged in a deterministic
order, so that any number of worker processes gives the same graph.

Examples
--------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("柳工位于柳州。", encoding="utf-8")
>>> G = build([d], Config(jobs=1))
>>> ("柳工", "柳州", "locatedIn") in set(G.edges(keys=True))
True
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from . import read
from .cache import DocCache, cached_process
from .config import Config
from .facts import extract_facts
from .focus import story_focus
from .graph import build_graph
from .hierarchy import region_hierarchy
from .memo import Memo
from .model import DocResult, Document, Mention, Observation, Relation
from .normalise import drop_glosses, is_cjk, normalise
from .recognise import recognise
from .relate import relate
from .resolve import resolve_corpus, resolve_document, summarise_groups
from .resources import load_resources
from .segment import Segmenter
from .sentences import split_sentences

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["build", "assemble", "process_document", "safe_process", "write_exports", "EXPORT_FILES"]

EXPORT_FILES = ("graph.ttl", "graph.json", "graph.html", "report.json")


@lru_cache(maxsize=1)
def _segmenter() -> Segmenter:
    """One jieba dictionary per process."""
    return Segmenter.from_resources(load_resources())


def _headline(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            # a paragraph standing first: its first sentence is the headline
            cut = min([i + 1 for i in (line.find(c) for c in "。！？!?") if i >= 0] or [len(line)])
            return line[:min(cut, 200)]
    return ""


def _distinctive(res, seg, form: str) -> bool:
    """Does ``form`` name one particular thing: a lexicon name, Latin letters
    or digits, or a word jieba's dictionary does not know well (a brand, a
    place: 优必选, 飞|沃)?  商品交易所, 经济技术开发区, 银行 do not."""
    if res.gazetteer.lookup(form) is not None or any(c.isascii() and c.isalnum() for c in form):
        return True
    run = 0
    for w in seg.cut_plain(form):
        if len(w) == 1 and is_cjk(w):
            run += 1
            if run >= 2:
                return True  # 飞|沃: jieba splits an unknown name into characters
            continue
        run = 0
        if len(w) >= 2 and all(is_cjk(c) for c in w) and not seg.is_common_word(w, 3):
            return True
    return False


def process_document(doc: Document) -> DocResult:
    """Everything one document yields, before corpus-wide resolution."""
    res = load_resources()
    seg = _segmenter()
    nt = normalise(doc.text)
    sents = split_sentences(nt.text)
    tokens = seg.lazy_tokens(nt.text)  # blocks are segmented as the recogniser asks for them
    mentions = recognise(doc.id, nt.text, res, seg, nt.masked, tokens, sents)

    def is_region(s: str) -> bool:
        hit = res.gazetteer.lookup(s)
        return hit is not None and hit[1].type == "Region"

    def known_company(s: str):
        hit = res.gazetteer.lookup(s)
        return hit[0] if hit is not None and hit[1].type == "Company" else None

    distinctive = partial(_distinctive, res, seg)
    keys, groups = resolve_document(mentions, nt.text, is_region, res.words.get("elliptic_sectors", ()),
                                    known_company, distinctive)
    summary = summarise_groups(groups, nt, distinctive, res.gazetteer)
    gtype = {k: g["type"] for k, g in summary.items()}
    final = [Mention(m.doc, m.start, m.end, m.text, gtype[k], m.rule, key=k,
                     original=drop_glosses(nt.original_text(m.start, m.end)) if nt.traditional else m.text)
             for m, k in zip(mentions, keys)]
    focus = story_focus(final, res.gazetteer)  # once, for relations and facts
    rels = relate(doc.id, nt.text, sents, final, res, focus)
    main = [k for k in (focus["IndustrialPark"], focus["Region"]) if k]
    zone = focus["IndustrialPark"]
    facts = extract_facts(doc.id, sents, final, main, zone)
    return DocResult(document=Document(doc.id, doc.path, doc.source_file, "", doc.sha256, doc.encoding),
                     headline=_headline(nt.text), traditional=nt.traditional,
                     mentions=tuple(final), relations=tuple(rels), observations=tuple(facts),
                     groups=summary)


FAILED = "failed: "


def safe_process(doc: Document) -> DocResult:
    """:func:`process_document`, with an unexpected error in one document
    reported as that document's failure instead of stopping the build."""
    try:
        return process_document(doc)
    except Exception as err:  # noqa: BLE001 - one bad article must not stop the build
        return DocResult(document=Document(doc.id, doc.path, doc.source_file, "", doc.sha256, doc.encoding),
                         headline="", traditional=False,
                         warnings=(f"{FAILED}{type(err).__name__}: {err}",))


class _without_mentions:
    """``process(doc)`` without the mentions (picklable, for worker pools):
    :func:`assemble` does not use them, and they are a quarter of what a
    worker would send back to be unpickled by the parent."""

    def __init__(self, process):
        self.process = process

    def __call__(self, doc: Document) -> DocResult:
        return _light(self.process(doc))


def _light(r: DocResult) -> DocResult:
    """What :func:`assemble` needs of a result: not the mentions, not the
    document's text (the graph keeps sentences, the headline and the hash;
    at 100 MB the texts alone are a few hundred MB)."""
    return replace(r, mentions=(), document=replace(r.document, text=""))


def _chunksize(n: int, jobs: int) -> int:
    """Documents per task of the worker pool: about 32 tasks per worker (the
    idle tail is at most one task long), and at most 64 documents (~0.1 s)."""
    return max(1, min(64, n // (jobs * 32)))


def _map(docs, config: Config, progress, memo=None):
    if memo is not None:  # the results of the last build, then the rest
        docs, kept = _kept_results(docs, memo)
        for r in kept:
            progress(r)
            yield r
        keys = {d.id: _kept_key(d) for d in docs}
        for r in _map(docs, config, progress):
            if not (r.warnings and r.warnings[0].startswith(FAILED)):  # never keep a failure
                r = _light(r)
                memo.put(keys[r.document.id], r)
            yield r
        return
    func = safe_process
    cache = DocCache.from_config(config)
    if cache is not None:  # only the documents not in the cache are processed
        hits, docs = cache.split(docs)
        for r in hits:
            progress(r)
            yield r
        # what assemble reads, without the mentions: a cache entry half the
        # size, read back (unpickled) three times faster by the next build
        func = cached_process(cache, _without_mentions(safe_process))
    if config.jobs > 1 and len(docs) > 1:
        import gc
        import multiprocessing as mp

        fork = sys.platform.startswith("linux")
        if fork:  # load the dictionaries once, before forking: the workers share them
            _segmenter()
            load_resources()
            gc.freeze()  # and the collector does not touch (so copy) their pages
        ctx = mp.get_context("fork" if fork else "spawn")
        # this process only collects results (no cycles among them) while the
        # workers, with the collector on, do the work
        with ctx.Pool(min(config.jobs, len(docs)), initializer=gc.enable) as pool, _gc_paused():
            # in any order (assemble sorts them); small chunks, so that no
            # worker is left alone with a long last chunk
            for r in pool.imap_unordered(_without_mentions(func), docs,
                                         chunksize=_chunksize(len(docs), config.jobs)):
                progress(r)
                yield r
    else:
        for d in docs:
            r = func(d)
            progress(r)
            yield r


def _kept_key(doc: Document) -> tuple:
    """The key of a document's result in a memo: its id (the hash of the
    file's bytes), its encoding and its text's length and hash (the text the
    bytes decode to with this configuration; a memo lives in one process,
    where the code, the data files and so the result of a text are fixed)."""
    return ("doc", doc.id, doc.encoding, len(doc.text), hash(doc.text))


def _kept_results(docs, memo) -> tuple[list[Document], list[DocResult]]:
    """(documents still to process, results kept in ``memo``).  A result
    found under another file name takes that file's path, as in
    :meth:`kg.cache.DocCache.get`."""
    todo, kept = [], []
    for d in docs:
        r = memo.lookup(_kept_key(d))
        if r is None:
            todo.append(d)
            continue
        k = r.document
        if (k.path, k.source_file) != (d.path, d.source_file):
            r = replace(r, document=replace(k, path=d.path, source_file=d.source_file))
        kept.append(r)
    return todo, kept


def build(paths, config: Config | None = None, progress=None, memo=None):
    """Build the knowledge graph of the articles under ``paths``.

    Returns a :class:`networkx.MultiDiGraph` (see ``docs/graph-model.md``).
    With a :class:`kg.memo.Memo` (``kg watch``), the documents of the
    last build are not read from the cache again: their results are kept
    in the memo (the same graph).
    """
    config = config or Config()
    docs, statuses = _read_inputs(paths, config)
    return assemble(_map(docs, config, progress or (lambda r: None), memo), statuses)


def _read_inputs(paths, config: Config):
    """``read.load_inputs(paths, config)``.  With several jobs and no cache
    (so that every document is processed, by workers sharing the dictionaries
    of this process), a forked process reads the inputs while this one loads
    the dictionaries: two serial steps of ~0.3 s each at 10 MB, side by side."""
    if config.jobs > 1 and config.cache_dir is None:
        reading = _fork_call(partial(read.load_inputs, config=config), paths)
        if reading is not None:
            _segmenter()
            load_resources()
            return reading()
    return read.load_inputs(paths, config)


def assemble(results, statuses=()):
    """The graph of per-document results, in any order (sorted here by
    document id): corpus-wide resolution, merging, :func:`build_graph`.

    ``build`` is ``assemble(map(process_document, docs), statuses)``; a
    distributed map (``examples/dask_build.py``) calls it the same way.
    """
    # mentions and texts are not needed after a document is done: drop them as results arrive
    results = sorted((r if not r.mentions and not r.document.text else _light(r) for r in results),
                     key=lambda r: r.document.id)
    with _gc_paused():
        return _assemble_sorted(results, statuses)


def _assemble_sorted(results: list[DocResult], statuses) -> nx.MultiDiGraph:
    """:func:`assemble` of the light results, sorted by document id."""
    failed = {r.document.id: r.warnings[0][len(FAILED):] for r in results
              if r.warnings and r.warnings[0].startswith(FAILED)}
    results = [r for r in results if r.document.id not in failed]
    res = load_resources()
    entities, key_map, merges = resolve_corpus(
        [(r.document.id, r.groups) for r in results], res.gazetteer)
    relations: dict[tuple, list] = {}
    observations: list[Observation] = []
    documents = {}
    for r in results:
        tmap = {k: g["type"] for k, g in r.groups.items()}
        doc = r.document
        documents[doc.id] = {"source_file": doc.source_file, "path": doc.path,
                             "headline": r.headline, "sha256": doc.sha256,
                             "script": "zh-Hant" if r.traditional else "zh-Hans"}
        for rel in r.relations:
            h = key_map.get((tmap.get(rel.head), rel.head))
            t = key_map.get((tmap.get(rel.tail), rel.tail))
            if h is None or t is None or h == t:
                continue
            if rel.relation == "cooperatesWith":
                h, t = sorted((h, t))
            relations.setdefault((h, rel.relation, t), []).extend(rel.evidence)
        for o in r.observations:
            a = key_map.get((tmap.get(o.about), o.about))
            if a is not None:
                observations.append(Observation(a, o.metric, o.value, o.unit, o.year, o.doc,
                                                o.evidence, o.start, o.end, o.rule, o.confidence))
    rels = [Relation(h, r, t, tuple(ev)) for (h, r, t), ev in sorted(relations.items())]
    files = []
    for s in statuses:
        status, reason = s.status, s.reason
        if status == "built" and s.doc in failed:
            status, reason = "failed", failed[s.doc]
        files.append({"path": s.path, "status": status, "reason": reason, "doc": s.doc,
                      "sha256": s.sha256})
    within = region_hierarchy([e.id for e in entities.values() if e.type == "Region"],
                              res.gazetteer, res.region_groups)
    return build_graph(entities.values(), rels, observations, documents, files, merges, within)


@contextmanager
def _gc_paused():
    """No cyclic garbage collection inside (as it was, after).  Assembling
    and exporting allocate many objects and free few, on a heap of hundreds
    of thousands: the collector would walk it again and again (a third of
    the export time at 10 MB) to find nothing."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_FORK_EXPORT_ABOVE = 2000  # nodes + edges + facts: smaller graphs are exported faster than a fork


def _fork_call(func, arg):
    """Start ``func(arg)`` in a forked process; return a function that waits
    for its (picklable) result, or None where there is no fork.  If the
    child fails, the result is computed here instead (the same result)."""
    if not sys.platform.startswith("linux"):
        return None
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)

    def child(conn):
        import gc
        import os

        gc.disable()  # a short life: no collector walking (so copying) the parent's pages
        try:
            conn.send(func(arg))
        except BaseException:  # noqa: BLE001 - the parent computes it again, and reports any error
            os._exit(1)
        finally:
            conn.close()

    proc = ctx.Process(target=child, args=(send,), daemon=True)
    try:
        proc.start()
    except OSError:
        return None
    send.close()

    def result():
        missing = object()
        try:
            value = recv.recv()
        except (EOFError, OSError):
            value = missing
        finally:
            recv.close()
            proc.join()
        return value if value is not missing and proc.exitcode == 0 else func(arg)

    return result


def _json_and_html(G, html_max_nodes: int, memo=None) -> dict[str, str]:
    """graph.json and graph.html (the exports the forked process makes; it
    imports their modules, numpy among them, itself)."""
    from .export.html import render_html
    from .export.jsonexport import to_json

    return {"graph.json": to_json(G, memo), "graph.html": render_html(G, max_nodes=html_max_nodes, memo=memo)}


def _json_and_html_pieces(G, html_max_nodes: int) -> tuple[dict[str, str], dict]:
    """:func:`_json_and_html` with a new memo: the texts, and the memo's
    pieces (for the memo of the process that forked this one)."""
    memo = Memo()
    return _json_and_html(G, html_max_nodes, memo), memo.entries()


#: in a memo: the exports of the last build left their pieces there
_PIECES = ("exports",)


def write_exports(G, outdir, config: Config | None = None, memo=None) -> dict[str, Path]:
    """Write graph.ttl, graph.json, graph.html and report.json atomically.

    With a :class:`kg.memo.Memo` kept between builds (``kg watch``), the
    pieces of the exports whose inputs did not change since the last build
    (Turtle statements, JSON values, the layout of connected components,
    search keys) are taken from it: the same bytes, a fraction of the time.
    """
    from .config import STREAM_ABOVE
    from .export.atomic import write_exports_atomic
    from .export.report import to_report_json
    from .export.turtle_pretty import to_turtle
    from .export.turtle_stream import to_turtle_stream

    config = config or Config()
    evidence = sum(len(d.get("evidence", ())) for _, _, d in G.edges(data=True))
    size = G.number_of_nodes() + G.number_of_edges() + evidence + len(G.graph.get("observations", []))
    stream = config.turtle_writer == "stream" or (config.turtle_writer == "auto" and size > STREAM_ABOVE)
    json_and_html = partial(_json_and_html, html_max_nodes=config.html_max_nodes, memo=memo)
    # with more than one core, a forked process makes graph.json and
    # graph.html while this one makes graph.ttl and report.json (about the
    # same time); not for a graph big enough to stream, where the fork's copy
    # and the returned texts would cost more memory than the streaming
    # writer saves time; with a memo, only while it holds no pieces yet (the
    # first build of kg watch), the fork sending its pieces back with the texts
    first = memo is not None and memo.lookup(_PIECES) is None
    fork = config.jobs > 1 and _FORK_EXPORT_ABOVE <= size and not stream and (memo is None or first)
    with _gc_paused():
        rest = None
        if fork:
            rest = _fork_call(json_and_html if memo is None else partial(
                _json_and_html_pieces, html_max_nodes=config.html_max_nodes), G)
        files = {"graph.ttl": to_turtle_stream(G) if stream else to_turtle(G, memo),
                 "report.json": to_report_json(G, memo)}
        if rest is None:
            files.update(json_and_html(G))
        elif memo is None:
            files.update(rest())
        else:
            texts, pieces = rest()
            files.update(texts)
            memo.put_all(pieces)
    if memo is not None:
        memo.put(_PIECES, True)
    write_exports_atomic(Path(outdir), files)
    return {name: Path(outdir) / name for name in EXPORT_FILES}
