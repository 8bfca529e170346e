"""Worker processes and the incremental cache change nothing in the exports.

* ``--jobs 1`` and ``--jobs 2`` give byte-identical Turtle and JSON;
* a build from the cache gives the same exports as a build without it;
* after adding one article, only that article is processed;
* corrupt cache entries are ignored.
"""
from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

import kg.pipeline as pipeline
from kg.cache import DocCache
from kg.config import Config
from kg.export.jsonexport import to_json
from kg.export.turtle import to_turtle

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

_COMPANIES = ["柳州五菱汽车工业有限公司", "广西柳工机械股份有限公司", "柳州鹏辉能源科技有限公司",
              "上汽通用五菱汽车股份有限公司", "柳州欧维姆机械股份有限公司"]
_PLACES = ["柳南区", "柳东新区", "鱼峰区", "柳北区", "柳江区"]
_GOODS = ["新能源汽车", "装载机", "锂电池", "预应力锚具", "挖掘机"]


def _generated(i: int) -> str:
    c, p, g = _COMPANIES[i % 5], _PLACES[(i * 2) % 5], _GOODS[(i * 3) % 5]
    other = _COMPANIES[(i + 1) % 5]
    return (f"# {c}第{i}季度新闻\n\n"
            f"{c}位于柳州市{p}，主要生产{g}。\n"
            f"{i + 1}月{i + 3}日，{c}与{other}签订合作框架协议，两家企业计划共同组建{g}联合实验室。\n"
            f"2023年，该公司产值达{i + 2}.5亿元，产品出口东盟、俄罗斯等国家和地区。\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, d / p.name)
    for i in range(6):
        (d / f"gen_{i:02d}.txt").write_text(_generated(i), encoding="utf-8")
    return d


def _exports(G) -> tuple[str, str]:
    return to_turtle(G), to_json(G)


@pytest.fixture(scope="module")
def reference(corpus):
    """One process, no cache."""
    return _exports(pipeline.build([corpus], Config(jobs=1, cache_dir=None)))


class _Counter:
    def __init__(self, monkeypatch):
        self.n = 0
        real = pipeline.process_document

        def counting(doc):
            self.n += 1
            return real(doc)

        monkeypatch.setattr(pipeline, "process_document", counting)


def test_jobs_1_and_2_identical(corpus, reference):
    ttl, js = _exports(pipeline.build([corpus], Config(jobs=2, cache_dir=None)))
    assert ttl == reference[0]
    assert js == reference[1]


def test_cache_gives_identical_exports(corpus, reference, tmp_path, monkeypatch):
    cfg = Config(jobs=1, cache_dir=tmp_path / "cache")
    count = _Counter(monkeypatch)
    first = _exports(pipeline.build([corpus], cfg))
    n_docs = count.n
    assert n_docs == len(list(corpus.glob("*.txt")))
    assert first == reference
    # second run: everything from the cache, nothing processed
    second = _exports(pipeline.build([corpus], cfg))
    assert count.n == n_docs
    assert second == reference


def test_adding_one_document_processes_only_it(corpus, tmp_path, monkeypatch):
    work = tmp_path / "corpus"
    shutil.copytree(corpus, work)
    cfg = Config(jobs=1, cache_dir=tmp_path / "cache")
    pipeline.build([work], cfg)
    (work / "new.txt").write_text(_generated(17), encoding="utf-8")
    count = _Counter(monkeypatch)
    seen = []
    G = pipeline.build([work], cfg, progress=seen.append)
    assert count.n == 1
    assert len(seen) == len(list(work.glob("*.txt")))  # progress still sees every document
    assert _exports(G) == _exports(pipeline.build([work], Config(jobs=1, cache_dir=None)))


def test_cache_written_by_workers(corpus, reference, tmp_path, monkeypatch):
    cfg = Config(jobs=2, cache_dir=tmp_path / "cache")
    assert _exports(pipeline.build([corpus], cfg)) == reference
    n, _ = DocCache(cfg.cache_dir).size()
    assert n == len(list(corpus.glob("*.txt")))
    count = _Counter(monkeypatch)
    assert _exports(pipeline.build([corpus], Config(jobs=1, cache_dir=cfg.cache_dir))) == reference
    assert count.n == 0


def test_same_content_other_path_keeps_its_path(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "x.txt").write_text(_generated(3), encoding="utf-8")
    (b / "y.txt").write_text(_generated(3), encoding="utf-8")
    cfg = Config(jobs=1, cache_dir=tmp_path / "cache")
    pipeline.build([a], cfg)
    G = pipeline.build([b], cfg)
    assert _exports(G) == _exports(pipeline.build([b], Config(jobs=1, cache_dir=None)))
    docs = G.graph["documents"]
    assert [d["source_file"] for d in docs.values()] == ["y.txt"]


def test_corrupt_entries_are_ignored(corpus, reference, tmp_path, monkeypatch):
    cfg = Config(jobs=1, cache_dir=tmp_path / "cache")
    pipeline.build([corpus], cfg)
    entries = sorted((tmp_path / "cache" / "docs").rglob("*.pkl"))
    entries[0].write_bytes(b"not a pickle")
    entries[1].write_bytes(entries[1].read_bytes()[:20])  # truncated
    entries[2].write_bytes(pickle.dumps(("another key", "not a result")))
    count = _Counter(monkeypatch)
    assert _exports(pipeline.build([corpus], cfg)) == reference
    assert count.n == 3
    count.n = 0
    pipeline.build([corpus], cfg)  # rewritten
    assert count.n == 0


def test_key_changes_with_fingerprint(tmp_path, monkeypatch):
    from kg.model import Document

    d = Document("doc/0000000000000000", "a.txt", "a.txt", "柳工在柳州。", "0")
    c = DocCache(tmp_path)
    k = c.key(d)
    c.fp = "other"
    assert c.key(d) != k
    assert DocCache(tmp_path).key(Document(d.id, "b.txt", "b.txt", d.text, "0")) == k
