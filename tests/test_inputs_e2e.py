"""Issue 6 end to end: a corpus made here with every hard case builds with
the right report and intact exports, whatever the order or names of the
files, and a build killed while writing leaves the previous exports."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import opencc
import pyoxigraph
import pytest
from rdflib import Graph, URIRef

import kg
from kg.config import Config
from kg.export.turtle import KG, to_rdflib, to_turtle

S = "柳工集团位于柳州。上汽通用五菱与柳工合作，推动新能源汽车出口东盟。"
T = opencc.OpenCC("s2tw").convert("鹏辉能源柳州基地位于柳州北部生态新区，主要生产储能电池。")
PAGE = ("<html><head><meta charset='gbk'><script>alert('柳钢集团')</script>"
        "<style>body{}</style></head><body><nav>首页</nav><article><h1>广西柳钢</h1>"
        "<p>广西柳州钢铁集团位于柳州。</p></article><footer>版权</footer></body></html>")


def make_corpus(root: Path, names: dict[str, str] | None = None) -> dict[str, str]:
    """Write the corpus; ``names`` renames files.  Returns {case: path}."""
    cases = {
        "utf8": ("a/utf8.txt", S.encode("utf-8")),
        "bom": ("a/bom.md", b"\xef\xbb\xbf" + ("# 标题\n\n" + S + "另一篇。").encode("utf-8")),
        "utf16": ("b/utf16.txt", ("优必选科技位于柳州。" + S[:5]).encode("utf-16")),
        "gbk": ("b/gbk.txt", ("广西汽车集团位于柳州。" + S).encode("gbk")),
        "big5": ("b/big5.txt", T.encode("big5")),
        "html": ("c/page.html", PAGE.encode("gbk")),
        "dup": ("c/dup.txt", S.encode("utf-8")),
        "pdf": ("c/doc.pdf", b"%PDF-1.4\n"),
        "binary": ("c/blob.txt", b"\x00\x01\x02" * 50),
        "empty": ("c/empty.txt", b""),
        "bad": ("c/bad.txt", S.encode("utf-8")[:12] + b"\xff\xfe\xfd" + S.encode("utf-8")[12:]),
    }
    out = {}
    for case, (name, data) in cases.items():
        name = (names or {}).get(case, name)
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        out[case] = str(p)
    return out


EXPECTED = {"utf8": "built", "bom": "built", "utf16": "built", "gbk": "built", "big5": "built",
            "html": "built", "dup": "duplicate", "pdf": "skipped", "binary": "skipped",
            "empty": "skipped", "bad": "skipped"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    paths = make_corpus(root)
    G = kg.build([root], Config(jobs=1))
    out = tmp_path_factory.mktemp("exports")
    kg.write_exports(G, out)
    return root, paths, G, out


def test_report_accounts_for_every_file(built):
    root, paths, G, out = built
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    by_path = {f["path"]: f for f in report["files"]}
    assert set(by_path) == set(paths.values())
    assert {case: by_path[p]["status"] for case, p in paths.items()} == EXPECTED
    assert by_path[paths["dup"]]["reason"] == f"duplicate of {paths['utf8']}"
    assert by_path[paths["pdf"]]["reason"] == "unsupported format .pdf"
    assert "offset 12" in by_path[paths["bad"]]["reason"]
    assert report["totals"]["files"] == len(paths)
    assert report["totals"]["documents"] == 6


def test_exports_parse_and_hold_the_article_text(built):
    root, paths, G, out = built
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    g = Graph().parse(data=ttl, format="turtle")
    fmt = pyoxigraph.RdfFormat.TURTLE if hasattr(pyoxigraph, "RdfFormat") else "text/turtle"
    assert len(list(pyoxigraph.parse(ttl.encode("utf-8"), fmt))) == len(g)
    labels = {str(o) for o in g.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert {"柳工", "柳州"} <= labels
    assert "alert" not in ttl and "首页" not in ttl  # script and nav text dropped
    json.loads((out / "graph.json").read_text(encoding="utf-8"))


def _triples_without_paths(G) -> set:
    return {t for t in to_rdflib(G) if t[1] not in (KG.sourceFile, KG.path)}


def test_same_graph_whatever_the_order_and_the_names(built, tmp_path):
    root, paths, G, out = built
    # the same files listed one by one, in reverse order: byte for byte
    G2 = kg.build(sorted(paths.values(), reverse=True), Config(jobs=1))
    assert to_turtle(G2) == to_turtle(G)
    # other file names and folders: the same graph but for the file names
    other = tmp_path / "renamed"
    make_corpus(other, {"utf8": "zz/9.txt", "dup": "00/first.txt", "gbk": "m/x.txt",
                        "html": "m/index.htm", "big5": "1.txt"})
    G3 = kg.build([other], Config(jobs=1))
    assert _triples_without_paths(G3) == _triples_without_paths(G)


KILLER = textwrap.dedent("""
    import sys, time, os
    import kg
    from kg.config import Config
    from kg.export import atomic

    G = kg.build([sys.argv[1]], Config(jobs=1))
    real = atomic._write_all

    def slow(fd, payload):
        for i in range(0, len(payload), 4096):
            os.write(fd, payload[i:i + 4096])
            if i == 0:
                print("WRITING", flush=True)
            time.sleep(0.05)

    atomic._write_all = slow
    kg.write_exports(G, sys.argv[2])
    print("DONE", flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_build_killed_while_writing_leaves_the_previous_exports(built, tmp_path):
    root, paths, G, out = built
    out2 = tmp_path / "exports"
    shutil.copytree(out, out2)
    before = {p.name: p.read_bytes() for p in out2.iterdir()}
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "new.txt").write_text("柳州螺蛳粉产业园位于柳州市柳南区。", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", KILLER, str(extra), str(out2)],
                            stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "WRITING", line
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    after = {p.name: p.read_bytes() for p in out2.iterdir() if not p.name.startswith(".")}
    assert after == before
    # the next build leaves no temporary file
    kg.write_exports(G, out2)
    assert sorted(p.name for p in out2.iterdir()) == sorted(before)
