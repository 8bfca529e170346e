"""The HTML view (:mod:`kg.export.html`).

Unit tests on small hand-made graphs (self-contained page, escaping,
determinism, the ``max_nodes`` cut), then real-browser tests: Debian's
``/usr/bin/chromium`` driven by Playwright (never a downloaded browser),
every request that is not the page's own ``file://`` URL aborted and
recorded.  The browser tests skip only when ``/usr/bin/chromium`` is missing
*and* ``CI`` is not set; under CI a missing browser fails.

Screenshots go to ``test-artifacts/`` and, for the seed build, to
``docs/graph.png`` (shown in the README).  Timings of the browser steps are
written to ``test-artifacts/html-timings.json``.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import re
import time
from pathlib import Path

import networkx as nx
import pytest

from kg.export.html import render_html, rank_nodes, script_json
from kg.model import ENTITY_TYPES, RELATION_TYPES

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORT = {"width": 1400, "height": 860}
TIMINGS: dict[str, float] = {}

# ---------------------------------------------------------------------------
# Hand-made graphs
# ---------------------------------------------------------------------------

DOCS = {
    "doc/aaaaaaaaaaaaaaaa": {"source_file": "000_liugong.txt", "path": "in/000_liugong.txt",
                             "headline": "柳工装载机出口东盟再创新高", "sha256": "a" * 64,
                             "script": "zh-Hans"},
    "doc/bbbbbbbbbbbbbbbb": {"source_file": "001_sgmw.txt", "path": "in/001_sgmw.txt",
                             "headline": "上汽通用五菱新能源汽车销量增长", "sha256": "b" * 64,
                             "script": "zh-Hans"},
    "doc/cccccccccccccccc": {"source_file": "002_robot.txt", "path": "in/002_robot.txt",
                             "headline": "優必選人形機器人落戶柳州", "sha256": "c" * 64,
                             "script": "zh-Hant"},
}
D1, D2, D3 = sorted(DOCS)

NODES = [
    ("柳工", "Company", [("LiuGong", "en"), ("广西柳工机械股份有限公司", "zh-Hans")], [D1]),
    ("上汽通用五菱", "Company", [("SGMW", "en"), ("上汽通用五菱汽車", "zh-Hant")], [D2]),
    ("柳州钢铁集团", "Company",
     [("Liuzhou Steel", "en"), ("柳钢", "zh-Hans"), ("柳鋼", "zh-Hant")], [D1, D2]),
    ("东风柳汽", "Company", [("Dongfeng Liuzhou Motor", "en")], [D2]),
    ("优必选", "Company", [("UBTECH", "en"), ("優必選", "zh-Hant")], [D3]),
    ("柳州", "Region", [("Liuzhou", "en")], [D1, D2, D3]),
    ("广西", "Region", [("Guangxi", "en"), ("廣西", "zh-Hant")], [D1, D3]),
    ("东盟", "Region", [("ASEAN", "en"), ("東盟", "zh-Hant")], [D1]),
    ("越南", "Region", [("Vietnam", "en")], [D1]),
    ("印度尼西亚", "Region", [("Indonesia", "en")], [D2]),
    ("北部生态新区", "IndustrialPark", [], [D3]),
    ("柳东新区", "IndustrialPark", [], [D2]),
    ("汽车产业", "Industry", [], [D2]),
    ("机器人产业", "Industry", [], [D3]),
    ("工程机械", "Industry", [], [D1]),
    ("柳州市人民政府", "Organization", [], [D2]),
    ("广西科技大学", "Organization", [], [D3]),
    ("曾光安", "Person", [], [D1]),
    ("宝骏", "Product", [("Baojun", "en")], [D2]),
    ("五菱宏光MINIEV", "Product", [], [D2]),
    ("Walker S1", "Product", [], [D3]),
    ("装载机", "Product", [], [D1]),
    ("新能源汽车产业园项目", "Project", [], [D2]),
    ("工业强市战略", "Initiative", [], [D2]),
    ("广西柳州螺蛳粉协会", "Organization", [], [D2]),  # no relation at all
]

EDGES = [
    ("柳工", "locatedIn", "柳州", D1, "柳工总部位于广西柳州。"),
    ("柳工", "inIndustry", "工程机械", D1, "柳工是工程机械行业龙头企业。"),
    ("柳工", "produces", "装载机", D1, "柳工生产的装载机远销海外。"),
    ("柳工", "exportsTo", "东盟", D1, "今年一季度柳工对东盟出口装载机同比增长三成。"),
    ("柳工", "exportsTo", "越南", D1, "柳工装载机出口越南。"),
    ("曾光安", "worksFor", "柳工", D1, "柳工董事长曾光安表示，将继续开拓海外市场。"),
    ("上汽通用五菱", "locatedIn", "柳州", D2, "上汽通用五菱位于柳州。"),
    ("上汽通用五菱", "produces", "宝骏", D2, "上汽通用五菱生产宝骏品牌汽车。"),
    ("上汽通用五菱", "produces", "五菱宏光MINIEV", D2, "五菱宏光MINIEV由上汽通用五菱生产。"),
    ("上汽通用五菱", "exportsTo", "印度尼西亚", D2, "上汽通用五菱的新能源汽车出口印度尼西亚。"),
    ("上汽通用五菱", "inIndustry", "汽车产业", D2, "上汽通用五菱是柳州汽车产业的支柱。"),
    ("上汽通用五菱", "cooperatesWith", "柳州钢铁集团", D2, "上汽通用五菱与柳钢合作开发汽车用钢。"),
    ("上汽通用五菱", "investsIn", "新能源汽车产业园项目", D2, "上汽通用五菱投资建设新能源汽车产业园项目。"),
    ("东风柳汽", "locatedIn", "柳东新区", D2, "东风柳汽位于柳东新区。"),
    ("东风柳汽", "inIndustry", "汽车产业", D2, "东风柳汽深耕汽车产业。"),
    ("柳州钢铁集团", "locatedIn", "柳州", D1, "柳州钢铁集团坐落于柳州。"),
    ("优必选", "locatedIn", "北部生态新区", D3, "優必選科技落戶北部生態新區。"),
    ("优必选", "develops", "Walker S1", D3, "优必选研发的Walker S1人形机器人。"),
    ("优必选", "inIndustry", "机器人产业", D3, "优必选聚焦机器人产业。"),
    ("优必选", "cooperatesWith", "广西科技大学", D3, "优必选与广西科技大学开展合作。"),
    ("北部生态新区", "partOf", "柳州", D3, "北部生态新区是柳州的重要板块。"),
    ("柳东新区", "partOf", "柳州", D2, "柳东新区隶属柳州市。"),
    ("柳州", "partOf", "广西", D1, "柳州是广西最大的工业城市。"),
    ("柳州市人民政府", "locatedIn", "柳州", D2, "柳州市人民政府印发工业强市战略。"),
    ("新能源汽车产业园项目", "locatedIn", "柳东新区", D2, "新能源汽车产业园项目落户柳东新区。"),
    ("工业强市战略", "partOf", "柳州市人民政府", D2, "柳州市人民政府提出工业强市战略。"),
    ("广西科技大学", "locatedIn", "柳州", D3, "广西科技大学位于柳州。"),
    ("柳工", "cooperatesWith", "柳州钢铁集团", D1, "柳工与柳钢签署战略合作协议。"),
    ("柳州钢铁集团", "investsIn", "新能源汽车产业园项目", D2, "柳钢参与投资新能源汽车产业园项目。"),
    ("柳州钢铁集团", "exportsTo", "越南", D1, "柳钢钢材出口越南。"),
    ("柳州钢铁集团", "produces", "装载机", D1, "柳钢也生产装载机配件。"),
]


def make_graph(nodes=NODES, edges=EDGES, docs=DOCS, reverse: bool = False) -> nx.MultiDiGraph:
    """A graph shaped like kg.build's (docs/graph-model.md)."""
    G = nx.MultiDiGraph(documents={k: dict(v) for k, v in docs.items()})
    for name, typ, aliases, ds in (reversed(nodes) if reverse else nodes):
        G.add_node(name, type=typ, label=name, label_lang="zh-Hans",
                   aliases=sorted([list(a) for a in aliases]),
                   mention_count=2 * len(ds), documents=sorted(ds),
                   iri="https://w3id.org/liuzhou-kg/resource/entity/" + name)
    for h, rel, t, doc, sent in (reversed(edges) if reverse else edges):
        if rel == "cooperatesWith" and t < h:
            h, t = t, h
        ev = [{"doc": doc, "sentence": sent, "confidence": 0.8, "rule": "pattern:" + rel}]
        G.add_edge(h, t, key=rel, relation=rel, confidence=0.8, evidence=ev)
    return G


XSS_NAME = "<img src=x onerror=alert(1)>有限公司"
XSS_NAME2 = "</script><script>window.__xss=2;alert(2)</script>科技"
XSS_ALIAS = "\"><svg onload=\"window.__xss=3\">"
XSS_SENTENCE = ("据悉</script><script>window.__xss=4;alert(4)</script><!-- <script> "
                "与\u2028柳工\u2029合作 & <b>bold</b>")
XSS_HEADLINE = "<iframe src=\"javascript:alert(5)\"></iframe>标题"
XSS_FILE = "<b onmouseover=alert(6)>.txt"
XSS_TYPE = "<script>window.__xss=7</script>"
XSS_RELATION = "\" onclick=\"window.__xss=8"
XSS_DOC = "doc/xss0000000000000"


def xss_graph() -> nx.MultiDiGraph:
    """Article text full of markup and script: all of it must stay text."""
    G = make_graph()
    G.graph["documents"][XSS_DOC] = {"source_file": XSS_FILE, "path": XSS_FILE,
                                     "headline": XSS_HEADLINE, "sha256": "d" * 64,
                                     "script": "zh-Hans"}
    G.add_node(XSS_NAME, type="Company", label=XSS_NAME, label_lang="zh-Hans",
               aliases=[[XSS_ALIAS, "en"]], mention_count=3, documents=[XSS_DOC], iri="")
    G.add_node(XSS_NAME2, type=XSS_TYPE, label=XSS_NAME2, label_lang="zh-Hans",
               aliases=[["</SCRIPT >\u2028", "zh-Hant"]], mention_count=1,
               documents=[XSS_DOC], iri="")
    ev = [{"doc": XSS_DOC, "sentence": XSS_SENTENCE, "confidence": 0.7, "rule": "<i>rule</i>"}]
    G.add_edge(XSS_NAME, "柳工", key="cooperatesWith", relation="cooperatesWith",
               confidence=0.7, evidence=ev)
    G.add_edge(XSS_NAME2, XSS_NAME, key=XSS_RELATION, relation=XSS_RELATION,
               confidence=0.7, evidence=ev)
    return G


def big_graph(n: int = 5000, seed: int = 20240601) -> nx.MultiDiGraph:
    """A random scale-free graph of ``n`` entities (fixed seed)."""
    rng = random.Random(seed)
    base = nx.barabasi_albert_graph(n, 2, seed=seed)
    doc = "doc/0123456789abcdef"
    G = nx.MultiDiGraph(documents={doc: {"source_file": "big.txt", "path": "big.txt",
                                         "headline": "大图", "sha256": "e" * 64,
                                         "script": "zh-Hans"}})
    names = [f"企业{i:05d}" for i in range(n)]
    for i, name in enumerate(names):
        G.add_node(name, type=rng.choice(ENTITY_TYPES), label=name, label_lang="zh-Hans",
                   aliases=[[f"Company {i:05d}", "en"]], mention_count=rng.randint(1, 9),
                   documents=[doc], iri="")
    for a, b in sorted(base.edges()):
        rel = rng.choice(RELATION_TYPES)
        h, t = names[a], names[b]
        if rel == "cooperatesWith" and t < h:
            h, t = t, h
        G.add_edge(h, t, key=rel, relation=rel, confidence=0.7,
                   evidence=[{"doc": doc, "sentence": f"{h}与{t}。", "confidence": 0.7,
                              "rule": "random"}])
    return G


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert m, "no JSON data block"
    return json.loads(m.group(1))


# ---------------------------------------------------------------------------
# Unit tests (no browser)
# ---------------------------------------------------------------------------

EXTERNAL = [
    re.compile(r"""<script[^>]*\bsrc\s*=""", re.I),
    re.compile(r"""<link(?![^>]*href\s*=\s*["']?data:)[^>]*\bhref\s*=""", re.I),
    re.compile(r"""\b(?:src|href|action|formaction|poster|srcset)\s*=\s*["']?\s*(?:https?:)?//""",
               re.I),
    re.compile(r"""url\(\s*["']?\s*(?:https?:)?//""", re.I),
    re.compile(r"""@import""", re.I),
]


def test_page_is_self_contained():
    html = render_html(make_graph())
    assert html.startswith("<!DOCTYPE html>")
    for pattern in EXTERNAL:
        assert not pattern.search(html), pattern.pattern
    assert "bootstrap" not in html.lower()
    assert "cdn.jsdelivr" not in html and "unpkg.com" not in html and "cdnjs" not in html
    # a Content-Security-Policy forbids any request and foreign scripts
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    assert csp and "default-src 'none'" in csp.group(1) and "connect-src 'none'" in csp.group(1)
    assert "unsafe-inline" not in csp.group(1).split("script-src")[1].split(";")[0]
    # vis-network itself is inlined
    assert "vis-network" in html and "new vis.Network" in html
    # CJK font stack
    assert "Noto Sans CJK SC" in html and "Microsoft YaHei" in html


def test_csp_hashes_match_the_inline_scripts():
    html = render_html(make_graph())
    csp = re.search(r'content="([^"]*)"', html.split("Content-Security-Policy", 1)[1]).group(1)
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_article_strings_are_escaped():
    G = xss_graph()
    html = render_html(G)
    for raw in (XSS_NAME, XSS_NAME2, XSS_ALIAS, XSS_SENTENCE, XSS_HEADLINE, XSS_FILE,
                XSS_TYPE, XSS_RELATION, "<img", "<svg", "<iframe", "<SCRIPT",
                "\u2028", "\u2029", "<b>bold"):
        assert raw not in html, raw
    # the only '</script' are the three closing tags; no comment opener in data
    assert len(re.findall(r"</script", html, re.I)) == 3
    data_block = html.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert not set(data_block) & set("<>&\u2028\u2029")
    assert "\\u003cimg src=x onerror=alert(1)\\u003e有限公司" in data_block
    # ...and JSON.parse gives back exactly the article's strings
    data = page_data(html)
    labels = {n["label"] for n in data["nodes"]}
    assert {XSS_NAME, XSS_NAME2} <= labels
    sentences = {ev[1] for e in data["edges"] for ev in e["evidence"]}
    assert XSS_SENTENCE in sentences
    assert {"file": XSS_FILE, "headline": XSS_HEADLINE, "id": XSS_DOC} in data["docs"]
    assert XSS_TYPE in [t["name"] for t in data["types"]]
    assert XSS_RELATION in [r["name"] for r in data["relations"]]


def test_script_json_escapes():
    text = script_json({"a": "</script><!--&\u2028\u2029", "b": "\ud800"})
    assert text == ('{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029",'
                    '"b":"\\ud800"}')
    assert json.loads(text) == {"a": "</script><!--&\u2028\u2029", "b": "\ud800"}


def test_lone_surrogates_do_not_break_the_page():
    G = make_graph()
    G.nodes["柳工"]["aliases"] = [["bad\udc80", "en"]]
    render_html(G).encode("utf-8")


def test_same_graph_same_bytes():
    a = render_html(make_graph())
    assert a == render_html(make_graph())
    # insertion order does not matter either
    assert a == render_html(make_graph(reverse=True))
    # and the cut is deterministic too
    assert render_html(make_graph(), max_nodes=7) == render_html(make_graph(reverse=True),
                                                                 max_nodes=7)


def test_same_bytes_across_hash_seeds():
    """No set or dict order leaks into the page (PYTHONHASHSEED varies)."""
    import subprocess
    import sys

    code = ("import hashlib, sys; sys.path.insert(0, sys.argv[1]); "
            "from test_html import make_graph, big_graph; "
            "from kg.export.html import render_html; "
            "G = make_graph(); G.update(big_graph(300)); "
            "print(hashlib.sha256(render_html(G).encode()).hexdigest())")
    digests = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent)],
                             env=env, capture_output=True, text=True, check=True)
        digests.add(out.stdout.strip())
    assert len(digests) == 1


def test_layout_is_precomputed_and_physics_off():
    html = render_html(make_graph())
    data = page_data(html)
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])
    assert "physics: { enabled: false }" in html


def test_sizes_follow_degree():
    data = page_data(render_html(make_graph()))
    by = {n["key"]: n for n in data["nodes"]}
    assert by["柳州"]["size"] > by["柳工"]["size"] > by["曾光安"]["size"]
    assert by["广西柳州螺蛳粉协会"]["degree"] == 0


def test_rank_nodes_by_degree_then_mentions_then_name():
    G = nx.MultiDiGraph(documents={})
    for name, mc in [("b", 1), ("a", 1), ("c", 5), ("hub", 1), ("z", 1)]:
        G.add_node(name, type="Company", label=name, mention_count=mc)
    for t in ["a", "b", "c"]:
        G.add_edge("hub", t, key="partOf", relation="partOf", evidence=[])
    G.add_edge("z", "hub", key="worksFor", relation="worksFor", evidence=[])
    G.add_edge("z", "hub", key="partOf", relation="partOf", evidence=[])  # same neighbour
    assert rank_nodes(G) == ["hub", "c", "a", "b", "z"]
    assert rank_nodes(G, 2) == ["hub", "c"]
    assert rank_nodes(G, 0) == rank_nodes(G, None) == rank_nodes(G)


def test_negative_max_nodes_is_an_error():
    with pytest.raises(ValueError):
        render_html(make_graph(), max_nodes=-1)


def test_max_nodes_keeps_the_most_central_and_says_how_many_were_left_out():
    G = make_graph()
    total = G.number_of_nodes()
    html = render_html(G, max_nodes=10)
    data = page_data(html)
    assert [n["key"] for n in data["nodes"]] == rank_nodes(G, 10)
    assert data["nodes"][0]["key"] == "柳州"
    kept = {n["key"] for n in data["nodes"]}
    assert all(data["nodes"][e["from"]]["key"] in kept for e in data["edges"])
    expected_edges = sum(1 for u, v in G.edges() if u in kept and v in kept)
    assert len(data["edges"]) == expected_edges
    note = re.search(r'<p id="kg-omitted"[^>]*data-omitted="(\d+)"[^>]*>(.*?)</p>', html, re.S)
    assert note and int(note.group(1)) == total - 10
    assert f"{total - 10:,} left out" in note.group(2)
    assert data["meta"]["omitted_nodes"] == total - 10
    # without a cut nothing is left out
    full = render_html(G, max_nodes=None)
    assert 'data-omitted="0"' in full and len(page_data(full)["nodes"]) == total
    assert 'data-omitted="0"' in render_html(G, max_nodes=total)


def test_search_keys_cover_aliases_and_both_scripts():
    data = page_data(render_html(make_graph()))
    by = {n["key"]: n for n in data["nodes"]}
    keys = by["柳州钢铁集团"]["search"]
    assert {"柳州钢铁集团", "柳州鋼鐵集團", "柳钢", "柳鋼", "liuzhousteel"} <= set(keys)
    assert "北部生態新區" in by["北部生态新区"]["search"]  # traditional made from simplified


def test_empty_graph_renders():
    html = render_html(nx.MultiDiGraph())
    assert page_data(html)["nodes"] == []
    assert 'data-omitted="0"' in html


# ---------------------------------------------------------------------------
# Browser tests
# ---------------------------------------------------------------------------

def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _unavailable(reason: str):
    if _in_ci():
        pytest.fail(f"CI is set but {reason}: the browser tests must run in CI")
    pytest.skip(f"{reason} (browser tests skipped; install Debian's chromium package)")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} does not exist")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - playwright is a test dependency
        _unavailable("the playwright package is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "html-timings.json").write_text(
        json.dumps(TIMINGS, indent=2, sort_keys=True) + "\n", encoding="utf-8")


class Session:
    """One page in a fresh context: network refused, everything recorded."""

    def __init__(self, browser, path: Path, viewport=VIEWPORT):
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport=viewport, service_workers="block")
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("dialog", self._dialog)

    def _route(self, route):
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _console(self, msg):
        if msg.type == "error":
            self.errors.append(f"console: {msg.text}")

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, timeout_ms: int = 30_000) -> float:
        t0 = time.perf_counter()
        self.page.goto(self.url, wait_until="load", timeout=timeout_ms)
        self.page.wait_for_function("() => window.kgView && window.kgView.ready",
                                    timeout=timeout_ms)
        return time.perf_counter() - t0

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def frame(self) -> None:
        """Wait until the browser has painted twice (work queued is done)."""
        self.js("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")

    def assert_clean(self) -> None:
        assert self.blocked == [], f"requests left the page: {self.blocked}"
        assert {u for u in self.requests if not u.startswith("data:")} <= {self.url}, \
            self.requests
        assert self.errors == [], self.errors
        assert self.dialogs == [], f"a dialog opened: {self.dialogs}"

    def close(self) -> None:
        self.context.close()


def _write(tmp_path: Path, html: str, name: str = "graph.html") -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def _neighbourhood(G: nx.MultiDiGraph, node: str) -> list[str]:
    return sorted({node} | set(G.successors(node)) | set(G.predecessors(node)))


@pytest.fixture
def sample_page(browser, tmp_path):
    G = make_graph()
    s = Session(browser, _write(tmp_path, render_html(G)))
    TIMINGS["sample_load_s"] = round(s.open(), 3)
    yield G, s
    s.close()


def test_browser_shows_every_node_offline(sample_page):
    G, s = sample_page
    assert s.js("kgView.nodeCount()") == G.number_of_nodes()
    assert s.js("kgView.visibleNodeCount()") == G.number_of_nodes()
    assert s.js("kgView.edgeCount()") == G.number_of_edges()
    assert s.js("kgView.visibleEdgeCount()") == G.number_of_edges()
    # the legend: one checkbox per entity type and relation present
    types = sorted({d["type"] for _, d in G.nodes(data=True)})
    assert sorted(s.js("[...document.querySelectorAll('input[data-type]')]"
                       ".map(e => e.getAttribute('data-type'))")) == types
    rels = sorted({k for _, _, k in G.edges(keys=True)})
    assert sorted(s.js("[...document.querySelectorAll('input[data-relation]')]"
                       ".map(e => e.getAttribute('data-relation'))")) == rels
    assert s.page.text_content("#kg-omitted").startswith("All 25 entities shown")
    s.frame()
    ARTIFACTS.mkdir(exist_ok=True)
    s.page.screenshot(path=str(ARTIFACTS / "graph.png"))
    s.assert_clean()


@pytest.mark.parametrize("query, expected", [
    ("柳鋼", "柳州钢铁集团"),          # traditional alias
    ("柳州鋼鐵", "柳州钢铁集团"),      # traditional form of the label
    ("liuzhou steel", "柳州钢铁集团"),  # English alias, any case
    ("北部生態新區", "北部生态新区"),   # traditional query, no traditional alias stored
    ("ubtech", "优必选"),
    ("上汽通用五菱", "上汽通用五菱"),
])
def test_browser_search_focuses_the_node(sample_page, query, expected):
    G, s = sample_page
    t0 = time.perf_counter()
    s.page.fill("#kg-search", query)
    s.page.wait_for_selector("#kg-results li[role=option]")
    first = s.page.text_content("#kg-results li[role=option] >> nth=0")
    assert expected in first
    s.page.press("#kg-search", "Enter")
    s.page.wait_for_function("k => kgView.centreDistance(k) < 1", arg=expected, timeout=5000)
    TIMINGS["sample_search_focus_s"] = round(time.perf_counter() - t0, 3)
    assert s.js("kgView.selected()") == {"kind": "node", "key": expected, "label": expected}
    assert s.page.text_content("#kg-panel h2") == expected
    assert s.js("kgView.highlighted()") == _neighbourhood(G, expected)
    s.assert_clean()


def test_browser_search_result_click_and_panel(sample_page):
    G, s = sample_page
    s.page.fill("#kg-search", "LIUGONG")
    s.page.click("#kg-results li[role=option] >> nth=0")
    s.page.wait_for_function("() => kgView.centreDistance('柳工') < 1", timeout=5000)
    panel = s.page.text_content("#kg-panel")
    for text in ("Company", "LiuGong (en)", "广西柳工机械股份有限公司 (zh-Hans)",
                 "000_liugong.txt", "柳工装载机出口东盟再创新高"):
        assert text in panel
    s.assert_clean()


def test_browser_type_and_relation_filters(sample_page):
    G, s = sample_page
    companies = {n for n, d in G.nodes(data=True) if d["type"] == "Company"}
    s.page.click("input[data-type=Company]")
    s.frame()
    assert "Company" not in s.js("kgView.visibleTypes()")
    assert s.js("kgView.visibleNodeCount()") == G.number_of_nodes() - len(companies)
    assert not any(s.js("k => kgView.isNodeVisible(k)", c) for c in companies)
    left = [(u, v, k) for u, v, k in G.edges(keys=True)
            if u not in companies and v not in companies]
    assert s.js("kgView.visibleEdgeCount()") == len(left)

    s.page.click("input[data-relation=locatedIn]")
    s.frame()
    assert "locatedIn" not in s.js("kgView.visibleRelations()")
    assert s.js("kgView.visibleEdgeCount()") == sum(1 for e in left if e[2] != "locatedIn")
    assert "/ 25 nodes" in s.page.text_content("#kg-stats")

    # searching a hidden node shows its type again
    s.page.fill("#kg-search", "SGMW")
    s.page.press("#kg-search", "Enter")
    s.frame()
    assert s.page.is_checked("input[data-type=Company]")
    assert s.js("kgView.isNodeVisible('上汽通用五菱')")

    s.page.click("input[data-relation=locatedIn]")
    s.frame()
    assert s.js("kgView.visibleEdgeCount()") == G.number_of_edges()
    s.assert_clean()


def test_browser_click_highlights_neighbourhood_and_shows_evidence(sample_page):
    G, s = sample_page
    pos = s.js("kgView.pagePosition('柳工')")
    s.page.mouse.click(pos["x"], pos["y"])
    s.frame()
    assert s.js("kgView.selected()")["key"] == "柳工"
    assert s.js("kgView.highlighted()") == _neighbourhood(G, "柳工")
    assert s.page.text_content("#kg-panel h2") == "柳工"
    # an edge from the panel: evidence sentence with its source file
    s.page.click("#kg-panel ul.relations button:has-text('装载机')")
    assert s.js("kgView.selected()") == {"kind": "edge", "head": "柳工",
                                         "relation": "produces", "tail": "装载机"}
    assert s.page.text_content("#kg-panel blockquote") == "柳工生产的装载机远销海外。"
    assert "000_liugong.txt" in s.page.text_content("#kg-panel .src")
    assert s.js("kgView.highlighted()") == ["柳工", "装载机"]
    # clicking an empty spot clears the selection
    box = s.page.locator("#kg-graph").bounding_box()
    s.page.mouse.click(box["x"] + 3, box["y"] + 3)
    s.frame()
    assert s.js("kgView.selected()") is None and s.js("kgView.highlighted()") == []
    s.assert_clean()


def test_browser_xss_article_runs_nothing(browser, tmp_path):
    G = xss_graph()
    s = Session(browser, _write(tmp_path, render_html(G)))
    try:
        s.open()
        s.frame()
        assert s.js("kgView.nodeCount()") == G.number_of_nodes()
        assert s.js("window.__xss") is None
        assert s.js("document.querySelectorAll('img, iframe, object, embed, [onerror], "
                    "[onload], [onclick], [onmouseover]').length") == 0
        assert s.js("document.querySelectorAll('script').length") == 3
        # the hostile strings render as text
        assert s.js("kgView.search('<img src=x')") == [XSS_NAME]
        s.page.fill("#kg-search", "<img src=x")
        s.page.press("#kg-search", "Enter")
        s.frame()
        assert s.page.text_content("#kg-panel h2") == XSS_NAME
        assert XSS_ALIAS in s.page.text_content("#kg-panel ul.aliases")
        assert XSS_FILE in s.page.text_content("#kg-panel ul.docs")
        s.page.locator("#kg-panel ul.relations button").filter(has_text="onclick").click()
        assert s.page.text_content("#kg-panel blockquote") == XSS_SENTENCE
        assert XSS_HEADLINE in s.page.text_content("#kg-panel .src")
        legend = s.page.text_content("#kg-types") + s.page.text_content("#kg-relations")
        assert XSS_TYPE in legend and XSS_RELATION in legend
        s.page.click(f"input[data-type='{XSS_TYPE}']")
        s.frame()
        assert not s.js("k => kgView.isNodeVisible(k)", XSS_NAME2)
        assert s.js("window.__xss") is None
        s.assert_clean()
    finally:
        s.close()


def test_browser_5000_nodes_open_and_respond(browser, tmp_path):
    G = big_graph(5000)
    t0 = time.perf_counter()
    html = render_html(G, max_nodes=5000)
    TIMINGS["big_render_s"] = round(time.perf_counter() - t0, 3)
    assert TIMINGS["big_render_s"] < 60
    s = Session(browser, _write(tmp_path, html))
    try:
        TIMINGS["big_load_s"] = round(s.open(timeout_ms=60_000), 3)
        assert TIMINGS["big_load_s"] < 30
        assert s.js("kgView.nodeCount()") == 5000
        assert s.js("kgView.edgeCount()") == G.number_of_edges()

        t0 = time.perf_counter()
        s.page.fill("#kg-search", "company 04321")
        s.page.press("#kg-search", "Enter")
        s.page.wait_for_function("() => kgView.centreDistance('企业04321') < 1", timeout=10_000)
        s.frame()
        TIMINGS["big_search_focus_s"] = round(time.perf_counter() - t0, 3)
        assert s.js("kgView.selected()")["key"] == "企业04321"
        assert s.js("kgView.highlighted()") == _neighbourhood(G, "企业04321")

        t0 = time.perf_counter()
        s.page.click("input[data-type=Company]")
        s.frame()
        TIMINGS["big_filter_s"] = round(time.perf_counter() - t0, 3)
        companies = sum(1 for _, d in G.nodes(data=True) if d["type"] == "Company")
        assert s.js("kgView.visibleNodeCount()") == 5000 - companies

        t0 = time.perf_counter()
        pos = s.js("kgView.pagePosition('企业00000')")
        s.page.mouse.click(pos["x"], pos["y"])
        s.frame()
        TIMINGS["big_click_s"] = round(time.perf_counter() - t0, 3)
        for step in ("big_search_focus_s", "big_filter_s", "big_click_s"):
            assert TIMINGS[step] < 10, (step, TIMINGS[step])
        s.page.screenshot(path=str(ARTIFACTS / "graph-5000.png"))
        s.assert_clean()
    finally:
        s.close()


def test_browser_max_nodes_note(browser, tmp_path):
    G = big_graph(5000)
    s = Session(browser, _write(tmp_path, render_html(G, max_nodes=500)))
    try:
        s.open()
        assert s.js("kgView.nodeCount()") == 500
        note = s.page.text_content("#kg-omitted")
        assert "4,500 left out" in note and "--html-max-nodes" in note
        assert s.page.is_visible("#kg-omitted")
        s.assert_clean()
    finally:
        s.close()


def test_browser_seed_graph(browser, seed_build, seed_graph):
    """The graph.html of the seed build, as kg.write_exports wrote it."""
    from kg.config import Config

    G = seed_graph
    cap = Config().html_max_nodes
    s = Session(browser, seed_build / "graph.html", viewport={"width": 1600, "height": 1000})
    try:
        TIMINGS["seed_load_s"] = round(s.open(), 3)
        shown = min(cap, G.number_of_nodes())
        assert s.js("kgView.nodeCount()") == shown
        assert s.js("kgView.visibleNodeCount()") == shown
        s.frame()
        ARTIFACTS.mkdir(exist_ok=True)
        s.page.screenshot(path=str(ARTIFACTS / "seed-graph.png"))
        # for the README: the best-connected entity clicked, its neighbourhood
        # highlighted and its panel open
        top = rank_nodes(G, 1)[0]
        pos = s.js("k => kgView.pagePosition(k)", top)
        s.page.mouse.click(pos["x"], pos["y"])
        s.js("k => kgView.moveTo(k, 0.6)", top)
        s.frame()
        assert s.js("kgView.selected()")["key"] == top
        assert s.page.text_content("#kg-panel h2") == G.nodes[top].get("label", top)
        s.page.screenshot(path=str(ARTIFACTS / "seed-graph-selected.png"))
        s.page.screenshot(path=str(ROOT / "docs" / "graph.png"))
        s.js("kgView.clear()")

        kept = set(rank_nodes(G, cap))
        # search by an alias: the best-connected node that has one
        target, alias = None, None
        for n in rank_nodes(G, cap):
            aliases = [a[0] for a in G.nodes[n].get("aliases") or () if a[0] != n]
            if aliases:
                target, alias = n, aliases[0]
                break
        assert target is not None, "no node of the seed graph has an alias"
        s.page.fill("#kg-search", alias)
        s.page.wait_for_selector("#kg-results li[role=option]")
        s.page.press("#kg-search", "Enter")
        s.frame()
        sel = s.js("kgView.selected()")
        found = s.js("q => kgView.search(q)", alias)
        assert target in found and sel == {"kind": "node", "key": found[0],
                                           "label": G.nodes[found[0]].get("label", found[0])}
        assert s.js("kgView.highlighted()") == sorted(
            set(_neighbourhood(G, sel["key"])) & kept)

        # filters: hide the commonest type and relation
        types = [d["type"] for n, d in G.nodes(data=True) if n in kept]
        common = max(sorted(set(types)), key=types.count)
        s.page.click(f"input[data-type={common}]")
        s.frame()
        assert common not in s.js("kgView.visibleTypes()")
        assert s.js("kgView.visibleNodeCount()") == shown - types.count(common)
        rels = [k for u, v, k in G.edges(keys=True) if u in kept and v in kept]
        if rels:
            rel = max(sorted(set(rels)), key=rels.count)
            s.page.click(f"input[data-relation={rel}]")
            s.frame()
            assert rel not in s.js("kgView.visibleRelations()")
        s.assert_clean()
    finally:
        s.close()
