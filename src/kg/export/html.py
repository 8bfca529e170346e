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
['柳州', '柳工']
"""
from __future__ import annotations

import base64
import functools
import hashlib
import importlib.resources
import importlib.util
import itertools
import json
import math
import re
import unicodedata
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

from kg.model import BACKGROUND_RELATIONS, ENTITY_TYPES, RELATION_TYPES, SYMMETRIC_RELATIONS

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
    "within": {"color": "#d9d9d9", "zh": "地处（词库）"},
}
_OTHER_RELATION = {"color": "#999999", "zh": "其他"}

#: Above this many shown nodes the page switches to its "large graph" mode
#: (no edge labels, no curved edges, edges hidden while dragging/zooming).
LARGE_GRAPH = 1000
#: The force layout is computed on at most this many nodes; the others are
#: placed next to their already placed neighbours.
LAYOUT_CORE = 700
LAYOUT_SEED = 20240601
#: Width / height of the box the packed components should fill.
ASPECT = 1.3

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

#: background knowledge (the region lexicon's ``within``): drawn, but no
#: story states it, so it neither ranks nor places the nodes
_BACKGROUND = frozenset(BACKGROUND_RELATIONS)


def _degree(G: nx.MultiDiGraph) -> dict[Any, int]:
    """Number of distinct neighbours of each node (direction ignored), by the
    relations the articles state."""
    nbrs: dict[Any, set] = {n: set() for n in G}
    for u, v, k in G.edges(keys=True):
        if k not in _BACKGROUND and u != v:
            nbrs[u].add(v)
            nbrs[v].add(u)
    return {n: len(s) for n, s in nbrs.items()}


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
    return _rank(G, _degree(G), max_nodes)


def _rank(G: nx.MultiDiGraph, deg: dict, max_nodes: int | None) -> list:
    """:func:`rank_nodes` with the degrees already counted."""

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

    Only element-wise operations and fixed-order reductions (no BLAS), with
    positions snapped to a 1e-6 grid after each step, so the result is
    reproducible.
    """
    pos = rng.uniform(-0.5, 0.5, size=(n, 2))
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:  # a pair settles on a line through the centre: place it there at once
        d = pos[0] - pos[1]
        d = np.round(0.35 * d / max(float(np.hypot(d[0], d[1])), 1e-9), 6)
        return np.array([d, -d])
    return _fr_batch(pos[None], [(src, dst)], iterations)[0]


def _fr_batch(start: np.ndarray, edges: list, iterations: int) -> np.ndarray:
    """:func:`_fruchterman_reingold` of ``B`` components of ``n >= 3`` nodes
    at once: ``start`` (``B × n × 2``) their random start positions,
    ``edges[b]`` the ``(src, dst)`` index arrays of component ``b``.

    Every operation is element-wise within a component, and the sums run
    along each component's own rows (the same reduction as for one
    component), so each component's positions are exactly those it would
    get alone; a graph of many small components pays numpy's fixed cost
    per step once per size instead of once per component.
    """
    nb, n, _ = start.shape
    x = np.ascontiguousarray(start[:, :, 0])
    y = np.ascontiguousarray(start[:, :, 1])
    src = np.concatenate([np.asarray(e[0], dtype=np.int64) + b * n for b, e in enumerate(edges)])
    dst = np.concatenate([np.asarray(e[1], dtype=np.int64) + b * n for b, e in enumerate(edges)])
    k2 = 1.0 / n
    k = math.sqrt(k2)
    gravity = 1.0
    temp = 0.1
    cool = temp / (iterations + 1)
    work = tuple(np.empty((nb, n, n)) for _ in range(4))
    for _ in range(iterations):
        _fr_step(x, y, src, dst, k, k2, gravity, temp, work)
        temp -= cool
    return np.stack([x, y], axis=2)


def _fr_step(x, y, src, dst, k, k2, gravity, temp, work, pad=None) -> None:
    """One Fruchterman-Reingold step of ``B`` components at once, in place:
    ``x``, ``y`` (``B × n``) the positions, ``src``/``dst`` the edges in one
    index space, ``k``/``k2``/``temp`` the spring length, its square and the
    temperature (scalars, or per edge / per component), ``work`` four
    ``B × n × n`` arrays to reuse, ``pad`` the terms of padding nodes (set to
    -0.0 so that they change no sum)."""
    dx, dy, w, t = work
    xf, yf = x.reshape(-1), y.reshape(-1)  # views: one index space for all edges
    np.subtract(x[:, :, None], x[:, None, :], out=dx)
    np.subtract(y[:, :, None], y[:, None, :], out=dy)
    np.multiply(dx, dx, out=w)
    np.multiply(dy, dy, out=t)
    w += t
    np.maximum(w, 1e-6, out=w)
    np.divide(k2, w, out=w)
    np.multiply(dx, w, out=t)
    if pad is not None:
        np.copyto(t, -0.0, where=pad)
    fx = t.sum(axis=2)  # each row's own sum, as for one component
    np.multiply(dy, w, out=t)
    if pad is not None:
        np.copyto(t, -0.0, where=pad)
    fy = t.sum(axis=2)
    if len(src):
        ex = xf[src] - xf[dst]
        ey = yf[src] - yf[dst]
        el = np.sqrt(ex * ex + ey * ey) / k
        ex *= el
        ey *= el
        fxf, fyf = fx.reshape(-1), fy.reshape(-1)
        np.subtract.at(fxf, src, ex)
        np.subtract.at(fyf, src, ey)
        np.add.at(fxf, dst, ex)
        np.add.at(fyf, dst, ey)
    fx -= gravity * x
    fy -= gravity * y
    length = np.sqrt(fx * fx + fy * fy)
    np.maximum(length, 1e-9, out=length)
    step = np.minimum(length, temp) / length
    fx *= step
    fy *= step
    x += fx
    y += fy
    # snap to a grid far coarser than rounding noise, so a last-bit
    # difference in a sum (another numpy build or CPU) almost never
    # changes the result
    np.round(x, 6, out=x)
    np.round(y, 6, out=y)


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
        np.round(x, 3, out=x)
        np.round(y, 3, out=y)
    pos[:, 0] = x
    pos[:, 1] = y


def _iterations(n: int) -> int:
    """Fruchterman-Reingold steps for a component of ``n`` nodes.

    >>> [_iterations(n) for n in (2, 10, 40, 200, 1000)]
    [30, 70, 150, 150, 80]
    """
    if n > 300:
        return 80
    return min(150, 20 + 5 * n)


def _shape(members: list[int], adj: list[list[int]]) -> tuple[list[int], np.ndarray]:
    """The core of a component (local indices of the nodes its force layout
    places: all of them, or for a component of more than
    :data:`LAYOUT_CORE` nodes, the most central ones linked to one another)
    and the core's links (pairs of core indices)."""
    m = len(members)
    local = {v: i for i, v in enumerate(members)}
    if m <= LAYOUT_CORE:
        core = list(range(m))
    else:  # the most central nodes linked to one another; the rest is placed later
        core = [i for i in range(LAYOUT_CORE)
                if any(local[u] < LAYOUT_CORE for u in adj[members[i]])] or [0]
    cidx = {v: i for i, v in enumerate(core)}
    cpairs = sorted({(min(cidx[i], cidx[local[u]]), max(cidx[i], cidx[local[u]]))
                     for i in core for u in adj[members[i]]
                     if local[u] in cidx and u != members[i]})
    return core, np.array(cpairs, dtype=np.int64).reshape(-1, 2)


def _component_layout(members: list[int], adj: list[list[int]], radii: np.ndarray,
                      rng: np.random.Generator, spacing: float) -> np.ndarray:
    """Positions (centred on 0) of one connected component, ``members`` in rank order."""
    core, cp = _shape(members, adj)
    c = len(core)
    # a small component settles in a few dozen steps (and each step costs numpy's
    # fixed overhead: a graph of many small components spent most of its export here)
    pc = _fruchterman_reingold(c, cp[:, 0], cp[:, 1], rng, _iterations(c))
    return _place(members, adj, radii, rng, spacing, core, pc)


def _place(members: list[int], adj: list[list[int]], radii: np.ndarray, rng: np.random.Generator,
           spacing: float, core: list[int], pc: np.ndarray) -> np.ndarray:
    """A component's positions from its core's force layout ``pc`` (changed
    in place): scaled, spread apart, the other nodes put next to their
    neighbours (drawing their angles from ``rng``), centred on 0."""
    m, c = len(members), len(core)
    pos = np.zeros((m, 2))
    pc *= spacing * math.sqrt(c)
    if m > c:  # make room for the nodes placed around the core
        pc *= math.sqrt(m / c)
    rc = radii[[members[i] for i in core]]
    _spread(pc, spacing / 3 + rc[:, None] + rc[None, :])
    pos[core] = pc
    if m > c:
        local = {v: i for i, v in enumerate(members)}
        placed = np.zeros(m, dtype=bool)
        placed[core] = True
        angle = rng.uniform(0, 2 * math.pi, size=m)
        pending = [i for i in range(m) if not placed[i]]
        while pending:  # a component is connected: every pass places someone
            rest = []
            for i in pending:
                nb = [local[u] for u in adj[members[i]] if placed[local[u]]]
                if nb:
                    r = spacing * (0.5 + 0.05 * ((i * 7919) % 11))
                    pos[i] = pos[nb].mean(axis=0) + r * np.array(
                        [math.cos(angle[i]), math.sin(angle[i])])
                    placed[i] = True
                else:
                    rest.append(i)
            pending = rest
    return pos - (pos.min(axis=0) + pos.max(axis=0)) / 2


#: rows of at most this many numbers are summed by numpy one after the other,
#: so -0.0 appended to them changes no bit of their sum
#: (``tests/test_watch_exports.py`` checks it): components of 3 to 7 nodes
#: run their force layouts together, padded to the largest
_PADDED = 7


def _group_layouts(groups: list[list[list[int]]], adj: list[list[int]], radii: np.ndarray,
                   rng: np.random.Generator, spacing: float, memo=None) -> list[list[np.ndarray]]:
    """:func:`_component_layout` of ``groups`` of components, each a run of
    consecutive components of one size ``n`` (``2 <= n <=``
    :data:`LAYOUT_CORE`), laid out together: the same positions, and the
    generator left in the same state (their start positions are its next
    ``2n`` draws each, and nothing else is drawn for them).  Every step is
    element-wise within a component, or a sum, minimum or maximum over its
    own rows, so each component gets the bits it gets alone; only the
    components whose nodes overlap are spread one by one.

    With a memo, a component's positions are kept under its shape, its
    radii, ``spacing`` and its start positions, and only the components not
    found there are laid out.
    """
    runs = []
    for group in groups:  # the draws, in the components' order
        n = len(group[0])
        start = rng.uniform(-0.5, 0.5, size=(len(group), n, 2))
        shapes = [_shape(members, adj)[1] for members in group]
        out: list = [None] * len(group)
        keys: list = [None] * len(group)
        if memo is not None:
            for b, members in enumerate(group):
                keys[b] = ("layout-n", shapes[b].tobytes(), radii[members].tobytes(), spacing,
                           start[b].tobytes())
                out[b] = memo.lookup(keys[b])
        runs.append((group, n, start, shapes, keys, out, [b for b in range(len(group)) if out[b] is None]))
    # the force layouts of the components not found
    laid: dict[int, np.ndarray] = {}
    small = [(r, b) for r, run in enumerate(runs) if 3 <= run[1] <= _PADDED for b in run[6]]
    if small:
        pcs = _fr_padded([runs[r][2][b] for r, b in small],
                         [(runs[r][3][b][:, 0], runs[r][3][b][:, 1]) for r, b in small])
        for r, run in enumerate(runs):
            if 3 <= run[1] <= _PADDED and run[6]:
                laid[r] = np.stack([pc for (r2, _), pc in zip(small, pcs) if r2 == r])
    for r, (group, n, start, shapes, keys, out, todo) in enumerate(runs):
        if not todo or r in laid:
            continue
        if n == 2:  # _fruchterman_reingold's pair: on a line through the centre
            d = start[todo, 0] - start[todo, 1]
            length = np.maximum(np.hypot(d[:, 0], d[:, 1]), 1e-9)
            d = np.round(0.35 * d / length[:, None], 6)
            laid[r] = np.stack([d, -d], axis=1)
        else:
            laid[r] = _fr_batch(start[todo], [(shapes[b][:, 0], shapes[b][:, 1]) for b in todo],
                                _iterations(n))
    # _place, for components that are all core
    for r, (group, n, start, shapes, keys, out, todo) in enumerate(runs):
        if not todo:
            continue
        pcs = laid[r]
        pcs *= spacing * math.sqrt(n)
        rc = radii[[group[b] for b in todo]]
        min_dist = spacing / 3 + rc[:, :, None] + rc[:, None, :]
        for t in np.flatnonzero(_overlapping(pcs, min_dist)):
            _spread(pcs[t], min_dist[t])  # (in place, through the view)
        pcs -= ((pcs.min(axis=1) + pcs.max(axis=1)) / 2)[:, None, :]
        for t, b in enumerate(todo):
            out[b] = pcs[t]
            if memo is not None:
                out[b] = out[b].copy()
                out[b].setflags(write=False)
                memo.put(keys[b], out[b])
    return [run[5] for run in runs]


def _fr_padded(starts: list[np.ndarray], edges: list) -> list[np.ndarray]:
    """:func:`_fr_batch` of components of different sizes (3 to
    :data:`_PADDED` nodes), each with its own number of steps, temperature
    and spring length: padded to the largest with nodes that pull and push
    nobody (their terms in the others' sums are -0.0), each component's
    positions taken after its own last step."""
    nb = len(starts)
    sizes = [len(st) for st in starts]
    n = max(sizes)
    steps = [_iterations(m) for m in sizes]
    x, y = np.zeros((nb, n)), np.zeros((nb, n))
    for b, st in enumerate(starts):
        x[b, :sizes[b]] = st[:, 0]
        y[b, :sizes[b]] = st[:, 1]
    src = np.concatenate([np.asarray(e[0], dtype=np.int64) + b * n for b, e in enumerate(edges)])
    dst = np.concatenate([np.asarray(e[1], dtype=np.int64) + b * n for b, e in enumerate(edges)])
    size = np.array(sizes, dtype=float)
    k2 = 1.0 / size
    k = np.sqrt(k2)[src // n]  # per edge, its component's
    k2 = k2[:, None, None]
    gravity = 1.0
    temp = np.full(nb, 0.1)
    cool = temp / (np.array(steps, dtype=float) + 1)
    temp, cool = temp[:, None], cool[:, None]
    pad = np.broadcast_to((np.arange(n)[None, :] >= np.array(sizes)[:, None])[:, None, :], (nb, n, n))
    work = tuple(np.empty((nb, n, n)) for _ in range(4))
    out: list = [None] * nb
    for step_no in range(1, max(steps) + 1):
        _fr_step(x, y, src, dst, k, k2, gravity, temp, work, pad)
        temp -= cool
        for b, m in enumerate(steps):
            if m == step_no:
                out[b] = np.stack([x[b, :sizes[b]], y[b, :sizes[b]]], axis=1)
    return out


def _overlapping(pos: np.ndarray, min_dist: np.ndarray) -> np.ndarray:
    """Which of the components ``pos`` (``B × n × 2``) :func:`_spread` would
    change: the first round of its loop, for all of them at once (a component
    without overlap leaves that loop at once, unchanged)."""
    x, y = pos[:, :, 0], pos[:, :, 1]
    dx = x[:, :, None] - x[:, None, :]
    dy = y[:, :, None] - y[:, None, :]
    dist = np.sqrt(dx * dx + dy * dy)
    i = np.arange(pos.shape[1])
    dist[:, i, i] = np.inf
    overlap = min_dist - dist
    np.maximum(overlap, 0.0, out=overlap)
    return overlap.any(axis=(1, 2))


def _kept_layout(members: list[int], adj: list[list[int]], radii: np.ndarray,
                 rng: np.random.Generator, spacing: float, memo) -> np.ndarray:
    """:func:`_component_layout` through ``memo``: the positions depend on
    nothing but the key (the component's neighbour lists in local indices,
    its radii, ``spacing``, the generator's state), and the generator is left
    in the state the layout left it in."""
    local = {v: i for i, v in enumerate(members)}
    bits = rng.bit_generator
    key = ("layout", tuple(tuple(local[u] for u in adj[v]) for v in members),
           tuple(radii[members].tolist()), spacing, LAYOUT_CORE, _state_key(bits.state))
    kept = memo.lookup(key)
    if kept is not None:
        pos, state = kept
        bits.state = state
        return pos
    pos = _component_layout(members, adj, radii, rng, spacing)
    pos.setflags(write=False)
    memo.put(key, (pos, bits.state))
    return pos


def _state_key(state: dict) -> tuple:
    """A random generator's state (a nested dict) as a hashable key."""
    return tuple((k, _state_key(v) if isinstance(v, dict) else v) for k, v in sorted(state.items()))


def force_layout(nodes: list, edges: list[tuple[int, int]], seed: int = LAYOUT_SEED,
                 spacing: float = 130.0, sizes: list[float] | None = None,
                 groups: list | None = None, memo=None) -> list[tuple[int, int]]:
    """Deterministic 2-D positions in pixels for nodes ``0..len(nodes)-1``.

    Each connected component gets a Fruchterman-Reingold layout (for a
    component of more than :data:`LAYOUT_CORE` nodes, only the most central
    ones, callers pass them first; every other node is then put near its
    already placed neighbours).  Components are packed in rows, largest
    first, and the nodes without any edge come last in a grid, grouped by
    ``groups`` (then in the order given).

    Parameters
    ----------
    nodes : the nodes (only their number and order matter).
    edges : pairs of node indices.
    seed : seed of the random start positions.
    spacing : roughly the length of an edge, in pixels.
    sizes : node radii in pixels; nodes of a force layout are kept at least
        ``spacing / 3 + r1 + r2`` apart.
    groups : a sort key per node (e.g. the type's rank) for the grid of
        unlinked nodes.
    memo : a :class:`kg.memo.Memo`: a component's positions are
        kept under its shape (neighbours in rank order), its nodes' sizes,
        ``spacing`` and the state of the random generator where its layout
        starts, and taken from there (with the generator's state after it)
        while all of these stay the same.

    Returns
    -------
    list of integer ``(x, y)`` pairs.
    """
    n = len(nodes)
    if n == 0:
        return []
    rng = np.random.default_rng(seed)
    adj: list[list[int]] = [[] for _ in range(n)]
    for a, b in sorted({(min(a, b), max(a, b)) for a, b in edges if a != b}):
        adj[a].append(b)
        adj[b].append(a)
    radii = np.array(sizes if sizes is not None else [spacing / 6] * n, dtype=float)

    seen = np.zeros(n, dtype=bool)
    components: list[list[int]] = []
    isolated: list[int] = []
    for v in range(n):
        if seen[v]:
            continue
        seen[v] = True
        if not adj[v]:
            isolated.append(v)
            continue
        comp, stack = [v], [v]
        while stack:
            for u in adj[stack.pop()]:
                if not seen[u]:
                    seen[u] = True
                    comp.append(u)
                    stack.append(u)
        components.append(sorted(comp))
    components.sort(key=lambda c: (-len(c), c[0]))

    # the components bigger than the core first (sorted by size), one by one;
    # then the others, in runs of one size, together
    big = [c for c in components if len(c) > LAYOUT_CORE]
    blocks: list[tuple[list[int], np.ndarray]] = [
        (comp, _component_layout(comp, adj, radii, rng, spacing) if memo is None
         else _kept_layout(comp, adj, radii, rng, spacing, memo)) for comp in big]
    runs = [list(run) for _, run in itertools.groupby(components[len(big):], key=len)]
    for run, laid in zip(runs, _group_layouts(runs, adj, radii, rng, spacing, memo)):
        blocks.extend(zip(run, laid))
    if isolated:
        if groups is not None:
            isolated.sort(key=lambda v: (groups[v], v))
        cell = (spacing * 0.8, spacing * 0.55)
        cols = max(1, math.ceil(math.sqrt(len(isolated) * cell[1] / cell[0])))
        grid = np.array([((i % cols) * cell[0], (i // cols) * cell[1])
                         for i in range(len(isolated))], dtype=float)
        blocks.append((isolated, grid - (grid.min(axis=0) + grid.max(axis=0)) / 2))

    # shelf packing in rows, largest block first, with the row width that
    # best fills a screen-shaped (ASPECT) box
    gap = spacing * 0.8
    # (as Python floats: the same IEEE arithmetic as numpy's scalars, faster)
    dims = [tuple(((p.max(axis=0) - p.min(axis=0)) + 2 * (radii[c].max() + gap / 2)).tolist())
            for c, p in blocks]
    lo, hi = max(d[0] for d in dims), sum(d[0] for d in dims)
    # the 41 row widths tried side by side (each the same float arithmetic
    # as one at a time), block after block
    width = np.array([lo + (hi - lo) * step / 40 for step in range(41)]) + 1e-9
    x, y, row = np.zeros(41), np.zeros(41), np.zeros(41)
    spot_x, spot_y = np.empty((len(dims), 41)), np.empty((len(dims), 41))
    for i, (w, h) in enumerate(dims):
        wrap = (x > 0) & (x + w > width)  # a new row
        y = np.where(wrap, y + row, y)
        x[wrap] = 0.0
        row[wrap] = 0.0
        spot_x[i] = x + w / 2
        spot_y[i] = y + h / 2
        x += w
        np.maximum(row, h, out=row)
    half = np.array([w / 2 for w, _ in dims])[:, None]
    costs = np.maximum((spot_x + half).max(axis=0) / ASPECT, y + row).tolist()
    best = 0
    for step, cost in enumerate(costs):
        if cost < costs[best] - 1e-9:
            best = step
    pos = np.zeros((n, 2))
    for i, (members, p) in enumerate(blocks):
        pos[members] = p + np.array([spot_x[i, best], spot_y[i, best]])
    pos -= (pos.min(axis=0) + pos.max(axis=0)) / 2
    return [(round(px), round(py)) for px, py in pos.tolist()]  # half to even, as numpy's


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


def _search_keys(texts: list[str], converted: dict | None = None) -> list[str]:
    """Folded forms of ``texts`` in every script; ``converted`` maps a text to
    its conversions when they were made in advance (:func:`_convert_all`)."""
    keys: set[str] = set()
    for t in texts:
        if not t:
            continue
        keys.add(_fold(t))
        if any("\u3400" <= ch <= "\u9fff" for ch in t):
            convs = converted.get(t) if converted is not None else None
            for c in convs if convs is not None else [conv.convert(t) for conv in _converters()]:
                keys.add(_fold(c))
    keys.discard("")
    return sorted(keys)


def _convert_all(texts) -> dict[str, list[str]]:
    """Every Chinese text of ``texts`` in every script, one OpenCC call per
    converter (lines are converted on their own: the same result as one call
    per text, without the cost of thousands of calls).

    >>> out = _convert_all(["柳州螺蛳粉", "優必選"])
    >>> "柳州螺螄粉" in out["柳州螺蛳粉"] and "优必选" in out["優必選"]
    True
    """
    todo = sorted({t for t in texts if t and "\n" not in t and any("\u3400" <= ch <= "\u9fff" for ch in t)})
    out: dict[str, list[str]] = {t: [] for t in todo}
    if not todo:
        return out
    for conv in _converters():
        lines = conv.convert("\n".join(todo)).split("\n")
        if len(lines) != len(todo):  # pragma: no cover - a converter that joined lines
            return {}
        for t, c in zip(todo, lines):
            out[t].append(c)
    return out


def _all_search_keys(texts: list[list[str]], memo=None) -> list[list[str]]:
    """``_search_keys`` of each node's texts, the conversions made in one
    OpenCC call per converter; with a memo, only for the nodes whose texts
    it does not hold yet."""
    if memo is None:
        converted = _convert_all(t for ts in texts for t in ts)
        return [_search_keys(ts, converted) for ts in texts]
    keys = [("search", tuple(ts)) for ts in texts]
    out = [memo.lookup(k) for k in keys]
    todo = [i for i, got in enumerate(out) if got is None]
    if todo:
        converted = _convert_all(t for i in todo for t in texts[i])
        for i in todo:
            out[i] = _search_keys(texts[i], converted)
            memo.put(keys[i], out[i])
    return out


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


def _type_rank(t: str) -> tuple[int, str]:
    return (ENTITY_TYPES.index(t) if t in ENTITY_TYPES else len(ENTITY_TYPES), t)


def _graph_data(G: nx.MultiDiGraph, max_nodes: int | None, memo=None) -> dict[str, Any]:
    deg = _degree(G)
    order = _rank(G, deg, max_nodes)
    index = {n: i for i, n in enumerate(order)}
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
    type_rank = [_type_rank(str(G.nodes[n].get("type") or "Unknown")) for n in order]
    positions = force_layout(order, [(a, b) for a, b, rel, _ in raw_edges if rel not in _BACKGROUND],
                             sizes=sizes, groups=type_rank, memo=memo)

    labels = [str(G.nodes[n].get("label") or n) for n in order]
    alias_lists = [_aliases(G.nodes[n].get("aliases")) for n in order]
    texts = [[label, str(n)] + [a[0] for a in aliases]
             for n, label, aliases in zip(order, labels, alias_lists)]
    searches = _all_search_keys(texts, memo)
    nodes = []
    for i, n in enumerate(order):
        attrs = G.nodes[n]
        label = labels[i]
        aliases = alias_lists[i]
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
            "search": searches[i],
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

    types_present = sorted({nd["type"] for nd in nodes}, key=_type_rank)
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


def render_html(G: nx.MultiDiGraph, max_nodes: int | None = 500, memo=None) -> str:
    """Render the knowledge graph as one self-contained interactive page.

    Parameters
    ----------
    G : the graph built by :func:`kg.build` (see ``docs/graph-model.md``).
    max_nodes : keep only this many most central nodes (``None`` or ``0``:
        all); the page says how many were left out.
    memo : a :class:`kg.memo.Memo` kept between builds (``kg
        watch``): the layout of each connected component and each node's
        search keys are computed once and taken from it while their inputs
        stay the same (the same text).

    Returns
    -------
    str
        The HTML text (UTF-8 when written).  Equal graphs give equal text.
    """
    data = _graph_data(G, max_nodes, memo)
    app = "\n" + _asset("view.js")
    vis = vis_network_js()
    if memo is None:
        scripts = f"{_csp_hash(vis)} {_csp_hash(app)}"
    else:  # (the same strings each time: their hashes are found at once)
        scripts = memo.get(("csp", vis, app), lambda: f"{_csp_hash(vis)} {_csp_hash(app)}")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {scripts}",
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
