"""The interactive HTML view: one self-contained page, no network access.

:func:`render_html` turns the knowledge graph (see ``docs/graph-model.md``)
into a single HTML document that works offline and from ``file://``:

* the vis-network library bundled with pyvis is inlined (no CDN, no
  Bootstrap); a Content-Security-Policy allows no request at all and only
  the page's own two scripts (by hash);
* the graph is embedded as JSON inside ``<script type="application/json">``
  with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, read with
  ``JSON.parse`` and put into the page with ``textContent`` only, so text
  from articles is never interpreted as HTML or JavaScript;
* the layout is computed here (a seeded force-directed layout), so the
  browser does no physics and the same graph always gives the same bytes;
* with more than ``max_nodes`` nodes only the most central ones are kept
  (degree, then mention count, then name) and the page says how many were
  left out.

The page's script and style live in ``kg/data/html/`` (``view.js``,
``view.css``).

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph(documents={})
>>> G.add_node("柳工", type="Company", label="柳工", aliases=[["LiuGong", "en"]])
>>> G.add_node("柳州", type="Region", label="柳州")
>>> G.add_edge("柳工", "柳州", key="locatedIn", relation="locatedIn", confidence=0.9,
...            evidence=[])
'locatedIn'
>>> page = render_html(G)
>>> page.startswith("<!DOCTYPE html>")
True
>>> render_html(G) == page
True
>>> rank_nodes(G)
['柳工', '柳州']
"""
from __future__ import annotations

import base64
import functools
import hashlib
import importlib.resources
import importlib.util
import json
import math
import re
import unicodedata
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

from kg.model import ENTITY_TYPES, RELATION_TYPES, SYMMETRIC_RELATIONS

__all__ = [
    "render_html",
    "rank_nodes",
    "script_json",
    "force_layout",
    "vis_network_js",
    "TYPE_STYLES",
    "RELATION_STYLES",
    "FONT_STACK",
]

#: CJK-capable font stack used by the page and the canvas labels.
FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "PingFang SC", '
    '"Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", '
    '"Heiti SC", SimHei, system-ui, sans-serif'
)

#: Entity type -> colour, vis-network shape, dashed border, Chinese name.
TYPE_STYLES: dict[str, dict[str, Any]] = {
    "Company": {"color": "#4e79a7", "shape": "dot", "dashed": False, "zh": "企业"},
    "IndustrialPark": {"color": "#f28e2b", "shape": "hexagon", "dashed": False, "zh": "园区"},
    "Industry": {"color": "#59a14f", "shape": "diamond", "dashed": False, "zh": "产业"},
    "Region": {"color": "#e15759", "shape": "square", "dashed": False, "zh": "地区"},
    "Organization": {"color": "#76b7b2", "shape": "triangle", "dashed": False, "zh": "机构"},
    "Person": {"color": "#edc948", "shape": "star", "dashed": False, "zh": "人物"},
    "Project": {"color": "#b07aa1", "shape": "triangleDown", "dashed": False, "zh": "项目"},
    "Product": {"color": "#ff9da7", "shape": "dot", "dashed": True, "zh": "产品"},
    "Initiative": {"color": "#9c755f", "shape": "square", "dashed": True, "zh": "举措"},
}
_OTHER_TYPE = {"color": "#bab0ac", "shape": "dot", "dashed": False, "zh": "其他"}

#: Relation -> edge colour, Chinese name.
RELATION_STYLES: dict[str, dict[str, Any]] = {
    "locatedIn": {"color": "#8c8c8c", "zh": "位于"},
    "inIndustry": {"color": "#2ca02c", "zh": "属于产业"},
    "exportsTo": {"color": "#d62728", "zh": "出口至"},
    "cooperatesWith": {"color": "#1f77b4", "zh": "合作"},
    "investsIn": {"color": "#ff7f0e", "zh": "投资"},
    "worksFor": {"color": "#9467bd", "zh": "任职于"},
    "produces": {"color": "#8c564b", "zh": "生产"},
    "develops": {"color": "#e377c2", "zh": "研发"},
    "partOf": {"color": "#17becf", "zh": "隶属于"},
}
_OTHER_RELATION = {"color": "#999999", "zh": "其他"}

#: Above this many shown nodes the page switches to its "large graph" mode
#: (no edge labels, no curved edges, edges hidden while dragging/zooming).
LARGE_GRAPH = 1000
#: The force layout is computed on at most this many nodes; the others are
#: placed next to their already placed neighbours.
LAYOUT_CORE = 700
LAYOUT_SEED = 20240601

_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_SCRIPT_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


def script_json(obj: Any) -> str:
    """Serialise ``obj`` as JSON that is safe inside an HTML ``<script>``.

    Keys are sorted and the output is compact, so equal objects give equal
    text.  ``<``, ``>``, ``&``, U+2028 and U+2029 are written as ``\\uXXXX``
    escapes (they can only occur inside JSON strings, where the escape means
    the same character), so neither ``</script>`` nor ``<!--`` can appear.
    Lone surrogates are kept as ``\\udXXX`` escapes so the text always
    encodes to UTF-8.

    Parameters
    ----------
    obj : a JSON-serialisable value.

    Returns
    -------
    str

    Examples
    --------
    >>> script_json({"name": "</script><b>&"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from a broken input
        text = json.dumps(obj, ensure_ascii=True, sort_keys=True, separators=(",", ":"),
                          allow_nan=False)
    return _SCRIPT_ESCAPE_RE.sub(lambda m: _SCRIPT_ESCAPES[m.group()], text)


# --------------------------------------------------------------------------
# Selecting and laying out the nodes
# --------------------------------------------------------------------------

def _degree(G: nx.MultiDiGraph) -> dict[Any, int]:
    """Number of distinct neighbours of each node (direction ignored)."""
    return {n: len((set(G.successors(n)) | set(G.predecessors(n))) - {n}) for n in G}


def rank_nodes(G: nx.MultiDiGraph, max_nodes: int | None = None) -> list:
    """The node keys, most central first, cut to ``max_nodes``.

    Centrality is the number of distinct neighbours; ties are broken by
    ``mention_count`` (higher first), then by the node key (code-point
    order), so the result does not depend on insertion order.

    Parameters
    ----------
    G : the knowledge graph.
    max_nodes : keep at most this many; ``None`` or ``0`` keeps all.

    Returns
    -------
    list of node keys.
    """
    deg = _degree(G)

    def key(n: Any) -> tuple:
        mc = G.nodes[n].get("mention_count") or 0
        return (-deg[n], -int(mc) if isinstance(mc, (int, float)) else 0, str(n))

    order = sorted(G.nodes, key=key)
    if max_nodes:
        if max_nodes < 0:
            raise ValueError(f"max_nodes must be positive, got {max_nodes}")
        order = order[:max_nodes]
    return order


def _fruchterman_reingold(n: int, src: np.ndarray, dst: np.ndarray,
                          rng: np.random.Generator, iterations: int) -> np.ndarray:
    """Fruchterman-Reingold with a weak pull to the centre (unit-area box).

    Only element-wise operations and fixed-order reductions (no BLAS), so
    the result is reproducible.
    """
    pos = rng.uniform(-0.5, 0.5, size=(n, 2))
    if n == 1:
        return np.zeros((1, 2))
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    k2 = 1.0 / n
    k = math.sqrt(k2)
    gravity = 1.0
    temp = 0.1
    cool = temp / (iterations + 1)
    for _ in range(iterations):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        w = dx * dx
        w += dy * dy
        np.maximum(w, 1e-6, out=w)
        np.divide(k2, w, out=w)
        fx = (dx * w).sum(axis=1)
        fy = (dy * w).sum(axis=1)
        if len(src):
            ex = x[src] - x[dst]
            ey = y[src] - y[dst]
            el = np.sqrt(ex * ex + ey * ey) / k
            np.subtract.at(fx, src, ex * el)
            np.subtract.at(fy, src, ey * el)
            np.add.at(fx, dst, ex * el)
            np.add.at(fy, dst, ey * el)
        fx -= gravity * x
        fy -= gravity * y
        length = np.sqrt(fx * fx + fy * fy)
        np.maximum(length, 1e-9, out=length)
        step = np.minimum(length, temp) / length
        x += fx * step
        y += fy * step
        temp -= cool
    return np.column_stack([x, y])


def _spread(pos: np.ndarray, min_dist: np.ndarray, rounds: int = 30) -> None:
    """Push apart (in place) nodes closer than ``min_dist[i, j]``.

    A node moves at most half its smallest required distance per round, so a
    crowded region spreads out instead of throwing nodes far away.
    """
    n = len(pos)
    if n < 2:
        return
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    cap = 0.5 * min_dist.min()
    for _ in range(rounds):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        dist = np.sqrt(dx * dx + dy * dy)
        np.fill_diagonal(dist, np.inf)
        overlap = min_dist - dist
        np.maximum(overlap, 0.0, out=overlap)
        if not overlap.any():
            break
        np.maximum(dist, 1e-6, out=dist)
        overlap /= dist
        px = 0.5 * (dx * overlap).sum(axis=1)
        py = 0.5 * (dy * overlap).sum(axis=1)
        length = np.sqrt(px * px + py * py)
        np.maximum(length, 1e-9, out=length)
        step = np.minimum(length, cap) / length
        x += px * step
        y += py * step
    pos[:, 0] = x
    pos[:, 1] = y


def force_layout(nodes: list, edges: list[tuple[int, int]], seed: int = LAYOUT_SEED,
                 spacing: float = 130.0, sizes: list[float] | None = None) -> list[tuple[int, int]]:
    """Deterministic 2-D positions in pixels for nodes ``0..len(nodes)-1``.

    The first :data:`LAYOUT_CORE` nodes (callers pass them most central
    first) get a Fruchterman-Reingold layout; each remaining node is placed
    near the mean of its already placed neighbours, and nodes with no placed
    neighbour go on a spiral around the drawing.

    Parameters
    ----------
    nodes : the nodes (only their number and order matter).
    edges : pairs of node indices.
    seed : seed of the random start positions and jitter.
    spacing : roughly the length of an edge, in pixels.
    sizes : node radii in pixels; nodes of the force layout are kept at
        least ``spacing / 3 + r1 + r2`` apart.

    Returns
    -------
    list of integer ``(x, y)`` pairs.
    """
    n = len(nodes)
    if n == 0:
        return []
    rng = np.random.default_rng(seed)
    core = min(n, LAYOUT_CORE)
    pairs = sorted({(min(a, b), max(a, b)) for a, b in edges if a != b})
    core_pairs = np.array([p for p in pairs if p[1] < core], dtype=np.int64).reshape(-1, 2)
    iterations = 150 if core <= 300 else 80
    pos_core = _fruchterman_reingold(core, core_pairs[:, 0], core_pairs[:, 1], rng, iterations)
    pos_core *= spacing * math.sqrt(core)
    radii = np.array((sizes or [spacing / 6] * n)[:core], dtype=float)
    _spread(pos_core, spacing / 3 + radii[:, None] + radii[None, :])
    pos = np.zeros((n, 2))
    pos[:core] = pos_core
    if n > core:
        adj: list[list[int]] = [[] for _ in range(n)]
        for a, b in pairs:
            adj[a].append(b)
            adj[b].append(a)
        placed = np.zeros(n, dtype=bool)
        placed[:core] = True
        pending = list(range(core, n))
        jitter = rng.uniform(0, 2 * math.pi, size=n)
        while pending:
            rest = []
            for v in pending:
                nb = [u for u in adj[v] if placed[u]]
                if nb:
                    centre = pos[nb].mean(axis=0)
                    r = spacing * (0.5 + 0.5 * ((v * 7919) % 11) / 10)
                    pos[v] = centre + r * np.array([math.cos(jitter[v]), math.sin(jitter[v])])
                    placed[v] = True
                else:
                    rest.append(v)
            if len(rest) == len(pending):
                break
            pending = rest
        radius = float(np.abs(pos[placed]).max()) + 2 * spacing if placed.any() else 0.0
        for i, v in enumerate(pending):  # unconnected to anything placed: a spiral
            a = i * 2.399963229728653  # golden angle
            r = radius + spacing * 0.35 * math.sqrt(i + 1) * 3
            pos[v] = (r * math.cos(a), r * math.sin(a))
    return [(int(round(x)), int(round(y))) for x, y in pos]


# --------------------------------------------------------------------------
# Search keys (simplified / traditional / English)
# --------------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def _converters() -> tuple:
    try:
        import opencc  # noqa: PLC0415 - optional at import time
    except ImportError:  # pragma: no cover - opencc is a dependency
        return ()
    out = []
    for name in ("s2t", "t2s", "s2tw", "s2hk"):
        try:
            out.append(opencc.OpenCC(name))
        except Exception:  # pragma: no cover - config missing in this build
            continue
    return tuple(out)


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _search_keys(texts: list[str]) -> list[str]:
    keys: set[str] = set()
    for t in texts:
        if not t:
            continue
        keys.add(_fold(t))
        if any("\u3400" <= ch <= "\u9fff" for ch in t):
            for conv in _converters():
                keys.add(_fold(conv.convert(t)))
    keys.discard("")
    return sorted(keys)


# --------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------

def _vis_dir() -> Path:
    spec = importlib.util.find_spec("pyvis")  # locate without importing pyvis
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed; it ships the vis-network library")
    for loc in spec.submodule_search_locations:
        for lib in (Path(loc) / "templates" / "lib", Path(loc) / "lib"):
            found = sorted(lib.glob("vis-*/vis-network.min.js"),
                           key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)))
            if found:
                return found[-1].parent
    raise RuntimeError("vis-network.min.js not found in the pyvis package")


@functools.lru_cache(maxsize=None)
def vis_network_js() -> str:
    """The vis-network library bundled with pyvis, safe to inline.

    ``</script`` and ``<!--`` (absent from the shipped file) would be
    neutralised by a backslash, which means the same inside JS strings.
    """
    text = (_vis_dir() / "vis-network.min.js").read_text(encoding="utf-8")
    text = re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)
    return text.replace("<!--", "<\\!--")


@functools.lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return (importlib.resources.files("kg") / "data" / "html" / name).read_text(encoding="utf-8")


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _aliases(raw: Any) -> list[list[str]]:
    out = []
    for a in raw or ():
        if isinstance(a, str):
            out.append([a, ""])
        else:
            a = list(a)
            out.append([str(a[0]), str(a[1]) if len(a) > 1 else ""])
    return sorted(out)


def _graph_data(G: nx.MultiDiGraph, max_nodes: int | None) -> dict[str, Any]:
    order = rank_nodes(G, max_nodes)
    index = {n: i for i, n in enumerate(order)}
    deg = _degree(G)
    documents = G.graph.get("documents") or {}

    doc_index: dict[str, int] = {}

    def doc_ref(doc_id: Any) -> int:
        return doc_index.setdefault(str(doc_id), -1)

    raw_edges = []
    total_edges = 0
    for u, v, k, d in G.edges(keys=True, data=True):
        total_edges += 1
        if u not in index or v not in index:
            continue
        rel = str(d.get("relation") or k)
        raw_edges.append((index[u], index[v], rel, d))
    raw_edges.sort(key=lambda e: (e[0], e[1], e[2]))

    # first pass collects the document ids, then they are numbered in order
    for n in order:
        for doc in G.nodes[n].get("documents") or ():
            doc_ref(doc)
    for _, _, _, d in raw_edges:
        for ev in d.get("evidence") or ():
            doc_ref(ev.get("doc", ""))
    doc_ids = sorted(doc_index)
    doc_index = {doc: i for i, doc in enumerate(doc_ids)}
    docs = []
    for doc in doc_ids:
        meta = documents.get(doc) or {}
        docs.append({"id": doc, "file": str(meta.get("source_file") or ""),
                     "headline": str(meta.get("headline") or "")})

    sizes = [round(9 + 6.5 * math.log2(1 + deg[n]), 1) for n in order]
    positions = force_layout(order, [(a, b) for a, b, _, _ in raw_edges], sizes=sizes)

    nodes = []
    for i, n in enumerate(order):
        attrs = G.nodes[n]
        label = str(attrs.get("label") or n)
        aliases = _aliases(attrs.get("aliases"))
        mc = attrs.get("mention_count")
        x, y = positions[i]
        nodes.append({
            "id": i,
            "key": str(n),
            "label": label,
            "type": str(attrs.get("type") or "Unknown"),
            "aliases": aliases,
            "docs": sorted(doc_index[str(d)] for d in (attrs.get("documents") or ())),
            "mentions": int(mc) if isinstance(mc, (int, float)) else 0,
            "degree": deg[n],
            "size": sizes[i],
            "x": x,
            "y": y,
            "search": _search_keys([label, str(n)] + [a[0] for a in aliases]),
        })

    pair_count: dict[tuple[int, int], int] = {}
    edges = []
    for j, (a, b, rel, d) in enumerate(raw_edges):
        pair = (min(a, b), max(a, b))
        nth = pair_count.get(pair, 0)
        pair_count[pair] = nth + 1
        evidence = []
        for ev in d.get("evidence") or ():
            conf = ev.get("confidence")
            evidence.append([doc_index[str(ev.get("doc", ""))], str(ev.get("sentence") or ""),
                             round(float(conf), 3) if conf is not None else None,
                             str(ev.get("rule") or "")])
        conf = d.get("confidence")
        edges.append({
            "id": j,
            "from": a,
            "to": b,
            "rel": rel,
            "nth": nth,
            "directed": rel not in SYMMETRIC_RELATIONS,
            "conf": round(float(conf), 3) if conf is not None else None,
            "evidence": evidence,
        })

    types_present = sorted({nd["type"] for nd in nodes},
                           key=lambda t: (ENTITY_TYPES.index(t) if t in ENTITY_TYPES else 99, t))
    rels_present = sorted({e["rel"] for e in edges},
                          key=lambda r: (RELATION_TYPES.index(r) if r in RELATION_TYPES else 99, r))
    return {
        "docs": docs,
        "nodes": nodes,
        "edges": edges,
        "types": [dict(TYPE_STYLES.get(t, _OTHER_TYPE), name=t) for t in types_present],
        "relations": [dict(RELATION_STYLES.get(r, _OTHER_RELATION), name=r,
                           directed=r not in SYMMETRIC_RELATIONS) for r in rels_present],
        "meta": {
            "total_nodes": G.number_of_nodes(),
            "total_edges": total_edges,
            "shown_nodes": len(nodes),
            "shown_edges": len(edges),
            "omitted_nodes": G.number_of_nodes() - len(nodes),
            "omitted_edges": total_edges - len(edges),
            "large": len(nodes) > LARGE_GRAPH,
            "font": FONT_STACK,
        },
    }


def _omitted_note(meta: dict[str, int]) -> str:
    if not meta["omitted_nodes"]:
        return (f'<p id="kg-omitted" class="note" data-omitted="0">All {meta["total_nodes"]:,} '
                f'entities shown.</p>')
    return (
        f'<p id="kg-omitted" class="note warn" data-omitted="{meta["omitted_nodes"]}">'
        f'Showing the {meta["shown_nodes"]:,} most connected of {meta["total_nodes"]:,} '
        f'entities: {meta["omitted_nodes"]:,} left out (and {meta["omitted_edges"]:,} of '
        f'{meta["total_edges"]:,} relations). '
        f'已省略 {meta["omitted_nodes"]:,} 个节点。 '
        f'Change with <code>kg build --html-max-nodes N</code>.</p>'
    )


_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<title>Liuzhou industry knowledge graph · 柳州产业知识图谱</title>
<link rel="icon" href="data:,">
<style>
{css}
</style>
</head>
<body>
<header>
<h1>Liuzhou industry knowledge graph <span lang="zh-CN">柳州产业知识图谱</span></h1>
<p id="kg-stats" class="stats"></p>
</header>
<main>
<aside id="kg-controls">
<div class="search">
<label for="kg-search">Search 搜索</label>
<input id="kg-search" type="search" autocomplete="off" spellcheck="false"
 placeholder="name or alias · 名称/别名/English">
<ul id="kg-results" role="listbox"></ul>
</div>
{omitted}
<fieldset id="kg-types"><legend>Entity types 实体类型</legend></fieldset>
<fieldset id="kg-relations"><legend>Relations 关系</legend></fieldset>
<p class="note">Click a node to highlight its neighbours and see its details;
click an edge for its evidence. 点击节点或关系查看详情。</p>
</aside>
<div id="kg-graph" aria-label="graph"></div>
<aside id="kg-panel" aria-live="polite"><p class="note">Nothing selected.</p></aside>
</main>
<noscript>This page needs JavaScript to draw the graph.</noscript>
<script type="application/json" id="kg-data">{data}</script>
<script>{vis}</script>
<script>{app}</script>
</body>
</html>
"""


def render_html(G: nx.MultiDiGraph, max_nodes: int | None = 500) -> str:
    """Render the knowledge graph as one self-contained interactive page.

    Parameters
    ----------
    G : the graph built by :func:`kg.build` (see ``docs/graph-model.md``).
    max_nodes : keep only this many most central nodes (``None`` or ``0``:
        all); the page says how many were left out.

    Returns
    -------
    str
        The HTML text (UTF-8 when written).  Equal graphs give equal text.
    """
    data = _graph_data(G, max_nodes)
    app = "\n" + _asset("view.js")
    vis = vis_network_js()
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_csp_hash(vis)} {_csp_hash(app)}",
        "style-src 'unsafe-inline'",
        "img-src data:",
        "font-src data:",
        "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    return _PAGE.format(
        csp=csp,
        css=_asset("view.css").replace("/*FONT_STACK*/", FONT_STACK),
        omitted=_omitted_note(data["meta"]),
        data=script_json(data),
        vis=vis,
        app=app,
    )
