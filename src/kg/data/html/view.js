/* Behaviour of the HTML view (kg.export.html); inlined into the page.
 *
 * Everything shown comes from the JSON block #kg-data (read with JSON.parse)
 * and reaches the page only through textContent, createTextNode,
 * setAttribute on SVG geometry, or the vis-network canvas: never as HTML.
 * window.kgView is a small API used by the browser tests.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var meta = data.meta;
  var large = meta.large;
  var FONT = meta.font;
  var TEXT = "#222222";
  var DIM_FONT = "#c8c8c8";
  var DIM_NODE = {
    background: "#eeeeee", border: "#dddddd",
    highlight: { background: "#eeeeee", border: "#dddddd" }
  };
  var DIM_EDGE = "rgba(180,180,180,0.25)";

  var typeStyle = {};
  var relStyle = {};
  var typeOn = {};
  var relOn = {};
  data.types.forEach(function (t) { typeStyle[t.name] = t; typeOn[t.name] = true; });
  data.relations.forEach(function (r) { relStyle[r.name] = r; relOn[r.name] = true; });

  var byKey = new Map();
  var incident = data.nodes.map(function () { return []; });
  data.nodes.forEach(function (n) { byKey.set(n.key, n); });
  data.edges.forEach(function (e) {
    incident[e.from].push(e.id);
    if (e.to !== e.from) { incident[e.to].push(e.id); }
  });

  // ---------------------------------------------------------------- helpers
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function shade(hex, f) {
    var n = parseInt(hex.slice(1), 16);
    var c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(function (v) {
      return Math.max(0, Math.min(255, Math.round(v * (1 + f))));
    });
    return "rgb(" + c.join(",") + ")";
  }

  var SVG = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }

  function polygon(points) {
    return points.map(function (p) { return p[0].toFixed(2) + "," + p[1].toFixed(2); }).join(" ");
  }

  function typeSwatch(t) {
    var s = svgEl("svg", { width: 16, height: 16, viewBox: "0 0 16 16", "class": "swatch" });
    var paint = {
      fill: t.color, stroke: shade(t.color, -0.35), "stroke-width": t.dashed ? 1.6 : 1.2
    };
    if (t.dashed) { paint["stroke-dasharray"] = "2.5 1.5"; }
    var shape;
    var i, pts;
    switch (t.shape) {
      case "square":
        shape = svgEl("rect", Object.assign({ x: 2.5, y: 2.5, width: 11, height: 11 }, paint));
        break;
      case "diamond":
        shape = svgEl("polygon", Object.assign({ points: "8,1.5 14.5,8 8,14.5 1.5,8" }, paint));
        break;
      case "triangle":
        shape = svgEl("polygon", Object.assign({ points: "8,2 14.5,14 1.5,14" }, paint));
        break;
      case "triangleDown":
        shape = svgEl("polygon", Object.assign({ points: "1.5,2 14.5,2 8,14" }, paint));
        break;
      case "hexagon":
        pts = [];
        for (i = 0; i < 6; i++) {
          pts.push([8 + 6.5 * Math.cos(Math.PI / 3 * i), 8 + 6.5 * Math.sin(Math.PI / 3 * i)]);
        }
        shape = svgEl("polygon", Object.assign({ points: polygon(pts) }, paint));
        break;
      case "star":
        pts = [];
        for (i = 0; i < 10; i++) {
          var r = i % 2 ? 3 : 7;
          var a = -Math.PI / 2 + Math.PI / 5 * i;
          pts.push([8 + r * Math.cos(a), 8.5 + r * Math.sin(a)]);
        }
        shape = svgEl("polygon", Object.assign({ points: polygon(pts) }, paint));
        break;
      default:
        shape = svgEl("circle", Object.assign({ cx: 8, cy: 8, r: 6 }, paint));
    }
    s.appendChild(shape);
    return s;
  }

  function relationSwatch(r) {
    var s = svgEl("svg", { width: 22, height: 12, viewBox: "0 0 22 12", "class": "swatch" });
    s.appendChild(svgEl("line", { x1: 1, y1: 6, x2: r.directed ? 15 : 21, y2: 6, stroke: r.color,
      "stroke-width": 2.2 }));
    if (r.directed) {
      s.appendChild(svgEl("polygon", { points: "14,2 21,6 14,10", fill: r.color }));
    }
    return s;
  }

  function typeName(t) { return t + " · " + (typeStyle[t] ? typeStyle[t].zh : ""); }

  // --------------------------------------------------------------- datasets
  var baseColor = data.nodes.map(function (n) {
    var c = typeStyle[n.type].color;
    return {
      background: c, border: shade(c, -0.35),
      highlight: { background: c, border: "#111111" }
    };
  });

  function visNode(n) {
    var t = typeStyle[n.type];
    return {
      id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, shape: t.shape,
      color: baseColor[n.id], font: { color: TEXT, size: Math.round(12 + 0.6 * (n.size - 9)) },
      borderWidth: t.dashed ? 2 : 1.2,
      shapeProperties: { borderDashes: t.dashed ? [4, 3] : false }
    };
  }

  function visEdge(e) {
    var r = relStyle[e.rel];
    var o = {
      id: e.id, from: e.from, to: e.to,
      color: { color: r.color, highlight: r.color, opacity: 0.9 },
      width: 1 + 0.6 * Math.min(3, Math.max(0, e.evidence.length - 1)),
      arrows: { to: { enabled: e.directed, scaleFactor: 0.55 } }
    };
    if (!large) {
      o.label = e.rel;
      o.font = { color: "#666666" };
      if (e.nth > 0) {
        o.smooth = {
          enabled: true, type: e.nth % 2 ? "curvedCW" : "curvedCCW",
          roundness: 0.18 * Math.ceil(e.nth / 2)
        };
      }
    }
    return o;
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var nodeView = new vis.DataView(nodes, {
    filter: function (item) { return typeOn[data.nodes[item.id].type]; }
  });
  var edgeView = new vis.DataView(edges, {
    filter: function (item) {
      var e = data.edges[item.id];
      return relOn[e.rel] && typeOn[data.nodes[e.from].type] && typeOn[data.nodes[e.to].type];
    }
  });

  function nodeVisible(id) { return typeOn[data.nodes[id].type]; }
  function edgeVisible(id) {
    var e = data.edges[id];
    return relOn[e.rel] && nodeVisible(e.from) && nodeVisible(e.to);
  }

  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: {
      hover: false, multiselect: false, navigationButtons: false, keyboard: false,
      hideEdgesOnDrag: large, hideEdgesOnZoom: large, selectConnectedEdges: true
    },
    nodes: {
      font: { face: FONT, size: 14, color: TEXT, strokeWidth: 3, strokeColor: "#ffffff" },
      borderWidthSelected: 3,
      scaling: { label: { drawThreshold: 6, maxVisible: 24 } }
    },
    edges: {
      smooth: false,
      selectionWidth: 1.5,
      font: {
        face: FONT, size: 10, color: "#666666", strokeWidth: 3, strokeColor: "#ffffff",
        align: "middle"
      },
      scaling: { label: { drawThreshold: 7 } }
    }
  });

  // ------------------------------------------------------------- selection
  var sel = null; // {kind: "node" | "edge", id: number}
  var nodeDim = data.nodes.map(function () { return false; });
  var edgeDim = data.edges.map(function () { return false; });

  function applyDim(keepNodes, keepEdges) {
    var nu = [];
    var eu = [];
    data.nodes.forEach(function (n) {
      var dim = keepNodes ? !keepNodes.has(n.id) : false;
      if (dim !== nodeDim[n.id]) {
        nodeDim[n.id] = dim;
        nu.push({ id: n.id, color: dim ? DIM_NODE : baseColor[n.id],
          font: { color: dim ? DIM_FONT : TEXT, size: Math.round(12 + 0.6 * (n.size - 9)) } });
      }
    });
    data.edges.forEach(function (e) {
      var dim = keepEdges ? !keepEdges.has(e.id) : false;
      if (dim !== edgeDim[e.id]) {
        edgeDim[e.id] = dim;
        var c = relStyle[e.rel].color;
        var u = { id: e.id, color: { color: dim ? DIM_EDGE : c, highlight: c, opacity: dim ? 1 : 0.9 } };
        if (!large) { u.font = { color: dim ? DIM_FONT : "#666666" }; }
        eu.push(u);
      }
    });
    if (nu.length) { nodes.update(nu); }
    if (eu.length) { edges.update(eu); }
  }

  function neighbourhood(id) {
    var keepNodes = new Set([id]);
    var keepEdges = new Set();
    incident[id].forEach(function (eid) {
      if (!edgeVisible(eid)) { return; }
      var e = data.edges[eid];
      keepEdges.add(eid);
      keepNodes.add(e.from);
      keepNodes.add(e.to);
    });
    return [keepNodes, keepEdges];
  }

  // Small graphs: everything outside the neighbourhood is greyed out.
  // Large graphs: the neighbourhood is *selected* instead (one redraw, no
  // dataset update, which costs about a second with 5,000 nodes).
  var kept = null; // Set of node ids highlighted, or null

  function rehighlight() {
    if (!sel) {
      kept = null;
      if (!large) { applyDim(null, null); }
      return;
    }
    var keepNodes;
    var keepEdges;
    if (sel.kind === "node") {
      var nb = neighbourhood(sel.id);
      keepNodes = nb[0];
      keepEdges = nb[1];
    } else {
      var e = data.edges[sel.id];
      keepNodes = new Set([e.from, e.to]);
      keepEdges = new Set([sel.id]);
    }
    kept = keepNodes;
    if (!large) {
      applyDim(keepNodes, keepEdges);
      if (sel.kind === "node") {
        network.selectNodes([sel.id], true);
      } else {
        network.setSelection({ nodes: [], edges: [sel.id] }, { unselectAll: true });
      }
    } else {
      network.setSelection({ nodes: Array.from(keepNodes), edges: Array.from(keepEdges) },
        { unselectAll: true, highlightEdges: false });
    }
  }

  function selectNode(id, focus) {
    var n = data.nodes[id];
    if (!typeOn[n.type]) { setType(n.type, true); }
    sel = { kind: "node", id: id };
    rehighlight();
    showNode(n);
    if (focus) {
      network.focus(id, {
        scale: Math.max(network.getScale(), large ? 0.9 : 1.2),
        animation: large ? false : { duration: 350, easingFunction: "easeInOutQuad" }
      });
    }
  }

  function selectEdge(id) {
    var e = data.edges[id];
    if (!relOn[e.rel]) { setRelation(e.rel, true); }
    [e.from, e.to].forEach(function (nid) {
      if (!nodeVisible(nid)) { setType(data.nodes[nid].type, true); }
    });
    sel = { kind: "edge", id: id };
    rehighlight();
    showEdge(e);
  }

  function clearSelection() {
    sel = null;
    network.unselectAll();
    rehighlight();
    showNothing();
  }

  network.on("click", function (p) {
    if (p.nodes.length) { selectNode(p.nodes[0], false); }
    else if (p.edges.length) { selectEdge(p.edges[0]); }
    else { clearSelection(); }
  });

  // ----------------------------------------------------------------- panel
  var panel = document.getElementById("kg-panel");

  function clearPanel() {
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
  }

  function showNothing() {
    clearPanel();
    panel.appendChild(el("p", "note", data.nodes.length ? "Nothing selected. 未选择。"
      : "The graph is empty. 图谱为空。"));
  }

  function nodeButton(nid) {
    var b = el("button", "link", data.nodes[nid].label);
    b.type = "button";
    b.addEventListener("click", function () { selectNode(nid, true); });
    return b;
  }

  function docItem(di) {
    var d = data.docs[di];
    var li = el("li");
    li.appendChild(el("span", "file", d ? (d.file || d.id) : "?"));
    if (d && d.headline) {
      li.appendChild(el("br"));
      li.appendChild(el("span", "muted", d.headline));
    }
    return li;
  }

  function arrowText(e, fromSide) {
    if (!e.directed) { return " ↔ " + e.rel + " ↔ "; }
    return fromSide ? " → " + e.rel + " → " : " ← " + e.rel + " ← ";
  }

  function showNode(n) {
    clearPanel();
    panel.appendChild(el("h2", null, n.label));
    var tp = el("p", "type");
    tp.appendChild(typeSwatch(typeStyle[n.type]));
    tp.appendChild(el("span", null, typeName(n.type)));
    panel.appendChild(tp);

    panel.appendChild(el("h3", null, "Aliases 别名 (" + n.aliases.length + ")"));
    if (n.aliases.length) {
      var ul = el("ul", "aliases");
      n.aliases.forEach(function (a) {
        ul.appendChild(el("li", null, a[1] ? a[0] + " (" + a[1] + ")" : a[0]));
      });
      panel.appendChild(ul);
    } else {
      panel.appendChild(el("p", "muted", "none"));
    }
    var shown = incident[n.id].filter(edgeVisible).length;
    panel.appendChild(el("p", "counts", "Mentions 提及: " + n.mentions + " · neighbours 邻居: " +
      n.degree + " · relations shown: " + shown));

    panel.appendChild(el("h3", null, "Documents 来源文档 (" + n.docs.length + ")"));
    var dl = el("ul", "docs");
    n.docs.forEach(function (di) { dl.appendChild(docItem(di)); });
    panel.appendChild(dl);

    var rels = incident[n.id].filter(edgeVisible).map(function (eid) { return data.edges[eid]; });
    panel.appendChild(el("h3", null, "Relations 关系 (" + rels.length + ")"));
    var rl = el("ul", "relations");
    rels.slice(0, 300).forEach(function (e) {
      var li = el("li");
      var other = e.from === n.id ? e.to : e.from;
      var b = el("button", "link", arrowText(e, e.from === n.id) + data.nodes[other].label);
      b.type = "button";
      b.addEventListener("click", function () { selectEdge(e.id); });
      li.appendChild(b);
      rl.appendChild(li);
    });
    panel.appendChild(rl);
  }

  function showEdge(e) {
    clearPanel();
    var h = data.nodes[e.from];
    var t = data.nodes[e.to];
    panel.appendChild(el("h2", null, h.label + arrowText(e, true) + t.label));
    var tp = el("p", "type");
    tp.appendChild(relationSwatch(relStyle[e.rel]));
    tp.appendChild(el("span", null, e.rel + " · " + relStyle[e.rel].zh));
    panel.appendChild(tp);
    if (e.conf !== null) { panel.appendChild(el("p", "counts", "Confidence 置信度: " + e.conf)); }
    var go = el("p");
    go.appendChild(nodeButton(e.from));
    go.appendChild(document.createTextNode(arrowText(e, true)));
    go.appendChild(nodeButton(e.to));
    panel.appendChild(go);
    panel.appendChild(el("h3", null, "Evidence 证据 (" + e.evidence.length + ")"));
    e.evidence.forEach(function (ev) {
      panel.appendChild(el("blockquote", "evidence", ev[1]));
      var d = data.docs[ev[0]];
      var src = d ? (d.file || d.id) : "?";
      if (d && d.headline) { src += " — " + d.headline; }
      var extra = [ev[3], ev[2] === null ? "" : String(ev[2])].filter(Boolean).join(" · ");
      panel.appendChild(el("p", "src", src + (extra ? " · " + extra : "")));
    });
  }

  // --------------------------------------------------------------- filters
  var stats = document.getElementById("kg-stats");
  function updateStats() {
    var s = nodeView.length + " / " + data.nodes.length + " nodes · " +
      edgeView.length + " / " + data.edges.length + " relations shown";
    if (meta.omitted_nodes) {
      s += " (graph: " + meta.total_nodes + " nodes, " + meta.total_edges + " relations)";
    }
    stats.textContent = s;
  }

  var typeBoxes = {};
  var relBoxes = {};

  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    if (sel && ((sel.kind === "node" && !nodeVisible(sel.id)) ||
                (sel.kind === "edge" && !edgeVisible(sel.id)))) {
      clearSelection();
    } else if (sel) {
      rehighlight();
      if (sel.kind === "node") { showNode(data.nodes[sel.id]); }
    }
    updateStats();
  }

  function setType(name, on) {
    if (!(name in typeOn)) { return; }
    typeOn[name] = !!on;
    typeBoxes[name].checked = !!on;
    refresh();
  }

  function setRelation(name, on) {
    if (!(name in relOn)) { return; }
    relOn[name] = !!on;
    relBoxes[name].checked = !!on;
    refresh();
  }

  function countBy(items, f) {
    var c = {};
    items.forEach(function (x) { var k = f(x); c[k] = (c[k] || 0) + 1; });
    return c;
  }

  function allNone(state, boxes) {
    var p = el("div", "all");
    [["all", true], ["none", false]].forEach(function (pair) {
      var b = el("button", null, pair[0]);
      b.type = "button";
      b.addEventListener("click", function () {
        Object.keys(state).forEach(function (k) { state[k] = pair[1]; boxes[k].checked = pair[1]; });
        refresh();
      });
      p.appendChild(b);
    });
    return p;
  }

  function buildFilters() {
    var tc = countBy(data.nodes, function (n) { return n.type; });
    var rc = countBy(data.edges, function (e) { return e.rel; });
    var tbox = document.getElementById("kg-types");
    tbox.appendChild(allNone(typeOn, typeBoxes));
    data.types.forEach(function (t) {
      var lab = el("label");
      var cb = el("input");
      cb.type = "checkbox";
      cb.checked = true;
      cb.setAttribute("data-type", t.name);
      cb.addEventListener("change", function () { setType(t.name, cb.checked); });
      typeBoxes[t.name] = cb;
      lab.appendChild(cb);
      lab.appendChild(typeSwatch(t));
      lab.appendChild(el("span", null, typeName(t.name)));
      lab.appendChild(el("span", "count", tc[t.name] || 0));
      tbox.appendChild(lab);
    });
    var rbox = document.getElementById("kg-relations");
    rbox.appendChild(allNone(relOn, relBoxes));
    data.relations.forEach(function (r) {
      var lab = el("label");
      var cb = el("input");
      cb.type = "checkbox";
      cb.checked = true;
      cb.setAttribute("data-relation", r.name);
      cb.addEventListener("change", function () { setRelation(r.name, cb.checked); });
      relBoxes[r.name] = cb;
      lab.appendChild(cb);
      lab.appendChild(relationSwatch(r));
      lab.appendChild(el("span", null, r.name + " · " + r.zh));
      lab.appendChild(el("span", "count", rc[r.name] || 0));
      rbox.appendChild(lab);
    });
  }

  // ---------------------------------------------------------------- search
  function fold(s) { return String(s).normalize("NFKC").toLowerCase().replace(/\s+/g, ""); }

  function cmpLabel(a, b) { return a.label < b.label ? -1 : a.label > b.label ? 1 : 0; }

  function search(query) {
    var q = fold(query);
    if (!q) { return []; }
    var hits = [];
    data.nodes.forEach(function (n) {
      var best = 9;
      for (var i = 0; i < n.search.length && best > 0; i++) {
        var k = n.search[i];
        var s = k === q ? 0 : k.lastIndexOf(q, 0) === 0 ? 1 : k.indexOf(q) >= 0 ? 2 : 9;
        if (s < best) { best = s; }
      }
      if (best < 9) { hits.push([best, n]); }
    });
    hits.sort(function (a, b) {
      return a[0] - b[0] || b[1].degree - a[1].degree || cmpLabel(a[1], b[1]);
    });
    return hits.map(function (h) { return h[1]; });
  }

  var input = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  var current = [];

  function renderResults() {
    while (results.firstChild) { results.removeChild(results.firstChild); }
    if (!fold(input.value)) { return; }
    if (!current.length) {
      results.appendChild(el("li", "empty", "No match 无匹配" +
        (meta.omitted_nodes ? " (or not among the nodes shown)" : "")));
      return;
    }
    current.slice(0, 40).forEach(function (n) {
      var li = el("li");
      li.setAttribute("role", "option");
      li.appendChild(typeSwatch(typeStyle[n.type]));
      li.appendChild(el("span", null, n.label));
      li.appendChild(el("span", "hint", (typeStyle[n.type].zh) +
        (typeOn[n.type] ? "" : " · hidden")));
      li.addEventListener("click", function () { pick(n); });
      if (sel && sel.kind === "node" && sel.id === n.id) { li.className = "active"; }
      results.appendChild(li);
    });
  }

  function pick(n) {
    selectNode(n.id, true);
    renderResults();
  }

  var timer = null;
  input.addEventListener("input", function () {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(function () {
      timer = null;
      current = search(input.value);
      renderResults();
    }, large ? 120 : 0);
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      if (timer) { clearTimeout(timer); timer = null; }
      current = search(input.value);
      if (current.length) { pick(current[0]); } else { renderResults(); }
      ev.preventDefault();
    } else if (ev.key === "Escape") {
      input.value = "";
      current = [];
      renderResults();
    }
  });

  // ------------------------------------------------------------------- API
  var api = {
    ready: false,
    network: network,
    nodeCount: function () { return nodes.length; },
    edgeCount: function () { return edges.length; },
    visibleNodeCount: function () { return nodeView.length; },
    visibleEdgeCount: function () { return edgeView.length; },
    visibleTypes: function () {
      var s = new Set(nodeView.getIds().map(function (id) { return data.nodes[id].type; }));
      return Array.from(s).sort();
    },
    visibleRelations: function () {
      var s = new Set(edgeView.getIds().map(function (id) { return data.edges[id].rel; }));
      return Array.from(s).sort();
    },
    isNodeVisible: function (key) {
      var n = byKey.get(key);
      return !!n && nodeView.get(n.id) !== null;
    },
    selected: function () {
      if (!sel) { return null; }
      if (sel.kind === "node") {
        return { kind: "node", key: data.nodes[sel.id].key, label: data.nodes[sel.id].label };
      }
      var e = data.edges[sel.id];
      return { kind: "edge", head: data.nodes[e.from].key, relation: e.rel,
        tail: data.nodes[e.to].key };
    },
    highlighted: function () {
      if (!kept) { return []; }
      return Array.from(kept).map(function (id) { return data.nodes[id].key; }).sort();
    },
    search: function (q) { return search(q).map(function (n) { return n.key; }); },
    focus: function (key) {
      var n = byKey.get(key);
      if (!n) { return false; }
      selectNode(n.id, true);
      return true;
    },
    clear: clearSelection,
    setType: setType,
    setRelation: setRelation,
    centreDistance: function (key) {
      var n = byKey.get(key);
      var p = network.getPosition(n.id);
      var v = network.getViewPosition();
      return Math.sqrt((p.x - v.x) * (p.x - v.x) + (p.y - v.y) * (p.y - v.y));
    },
    moveTo: function (key, scale) {
      var n = byKey.get(key);
      network.moveTo({ position: network.getPosition(n.id), scale: scale });
    },
    pagePosition: function (key) {
      var n = byKey.get(key);
      var d = network.canvasToDOM(network.getPosition(n.id));
      var r = container.getBoundingClientRect();
      return { x: r.left + d.x, y: r.top + d.y };
    }
  };
  window.kgView = api;

  buildFilters();
  updateStats();
  showNothing();
  network.once("afterDrawing", function () {
    window.requestAnimationFrame(function () {
      api.ready = true;
      document.body.setAttribute("data-ready", "1");
    });
  });
  network.fit({ animation: false });
})();
