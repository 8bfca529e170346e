"""The speed-ups of issue 7 give the same results as the code they replace:
lazily segmented tokens, the Turtle writer over an index of the triples, the
gazetteer scan over UTF-8 bytes and the resources read back from the cache."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.recognise.common import _boundaries, _token_at, split_tokens
from kg.resources import load_resources
from kg.segment import Segmenter

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "news.jsonl"

_TEXTS = ["", " ", "柳州", "柳工在柳州，玉柴在玉林。", "abc def\r\n中文 English混合 3.5% C++ 12,345元 ①②③ 😀",
          "柳州螺蛳粉产业园位于柳南区，2023年产值达到650亿元，同比增长10.5%。\n\n上汽通用五菱宝骏KiWi EV。"]
_ALPHABET = st.sampled_from(list("柳州工在五菱汽车产业园区有限公司局对大学生的和") +
                            list("abcX019.%+-# \t\n，。、“”（）①😀"))


@pytest.fixture(scope="module")
def seg():
    return Segmenter.from_resources(load_resources())


def _check(seg, text):
    full = seg.tokens(text)
    lazy = seg.lazy_tokens(text)
    starts, ends = _boundaries(full)
    lstarts, lends = _boundaries(lazy)
    for pos in range(-1, len(text) + 3):
        assert _token_at(lazy, pos) == _token_at(full, pos)
        assert (pos in lstarts, pos in lends) == (pos in starts, pos in ends)
    cuts = set(range(0, len(text) + 2, 3))
    split_full = split_tokens(full, cuts)
    split_lazy = split_tokens(seg.lazy_tokens(text), cuts)
    for pos in range(len(text) + 2):
        assert _token_at(split_lazy, pos) == _token_at(split_full, pos)
    for lo in range(len(text)):
        for hi in range(lo + 1, min(len(text), lo + 6) + 1):
            i, j = _token_index_pair(split_full, lo, hi)
            assert split_lazy.overlapping(lo, hi) == split_full[i:j + 1]
    assert list(lazy) == full and len(lazy) == len(full)
    assert list(split_lazy) == split_full


def _token_index_pair(tokens, lo, hi):
    from kg.recognise.common import _token_index

    return _token_index(tokens, lo + 1), _token_index(tokens, hi)


def test_lazy_tokens_samples(seg):
    for text in _TEXTS:
        _check(seg, text)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_lazy_tokens_random(seg, text):
    _check(seg, text)


def test_gazetteer_scan_bytes():
    """iter_matches over UTF-8 bytes = a character automaton of the same keys."""
    import ahocorasick

    g = load_resources().gazetteer
    A = ahocorasick.Automaton()
    for k, (n, name) in g.byte_automaton.items():
        A.add_word(k.encode("latin-1").decode("utf-8"), (n, name))
    A.make_automaton()
    texts = list(_TEXTS) + ["柳州市柳东新区和宏光mini ev，\udcff柳工。"]
    if BENCH.exists():
        with open(BENCH, encoding="utf-8") as f:
            texts += [json.loads(line)["text"].lower() for _, line in zip(range(200), f)]
    for t in texts:
        assert list(g.iter_matches(t)) == [(e - n + 1, e + 1, name) for e, (n, name) in A.iter(t)]


def test_resources_cache_roundtrip(tmp_path, monkeypatch):
    """Resources read back from the user cache are the ones built."""
    from kg import resources as R

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lex = R.data_path("lexicon")
    built = R._build_resources(lex)
    key = R._resources_key(lex)
    R._save_pickle(key, built)
    assert len(list((tmp_path / "liuzhou-kg").glob("resources-*.pickle"))) == 1
    read = R._load_pickle(key)
    assert read is not None and read is not built
    assert read.gazetteer.entries == built.gazetteer.entries
    assert read.gazetteer.surface == built.gazetteer.surface
    assert (read.suffixes, read.words, read.triggers, read.region_groups, read.confidence) == \
        (built.suffixes, built.words, built.triggers, built.region_groups, built.confidence)
    assert read.word_sets == built.word_sets
    text = "柳州五菱汽车工业有限公司位于柳南区，与柳工合作。"
    assert list(read.gazetteer.iter_matches(text)) == list(built.gazetteer.iter_matches(text))
    assert R._load_pickle("0" * 64) is None
    for p in (tmp_path / "liuzhou-kg").glob("resources-*.pickle"):
        p.write_bytes(b"not a pickle")
    assert R._load_pickle(key) is None


def test_turtle_same_as_rdflib(seed_graph):
    from kg.export.turtle import to_rdflib, to_turtle

    assert to_turtle(seed_graph) == to_rdflib(seed_graph).serialize(format="turtle")


def test_exports_with_forked_turtle(seed_graph, tmp_path, monkeypatch):
    """With several jobs graph.json and graph.html are made by a forked
    process (graph.ttl and report.json here): same files."""
    import kg.pipeline as P
    from kg.config import Config

    monkeypatch.setattr(P, "_FORK_EXPORT_ABOVE", 0)
    one = P.write_exports(seed_graph, tmp_path / "one", Config(jobs=1))
    two = P.write_exports(seed_graph, tmp_path / "two", Config(jobs=2))
    for name in P.EXPORT_FILES:
        assert one[name].read_bytes() == two[name].read_bytes()
    # a child that fails: the parent writes graph.ttl itself
    monkeypatch.setattr(P, "_fork_call", lambda func, arg: (lambda: func(arg)))
    three = P.write_exports(seed_graph, tmp_path / "three", Config(jobs=2))
    assert three["graph.ttl"].read_bytes() == one["graph.ttl"].read_bytes()


def test_fork_call_falls_back():
    import kg.pipeline as P

    import os

    parent = os.getpid()

    def boom(x):
        if os.getpid() != parent:  # fail in the child only
            os._exit(3)
        return "ok"

    res = P._fork_call(boom, 1)
    if res is not None:
        assert res() == "ok"


def test_inputs_read_while_loading(tmp_path, capfd):
    """With several jobs and no cache a forked process reads the inputs: the
    same documents and statuses; a bad path raises here, with no noise from
    the child."""
    import kg.pipeline as P
    from kg.config import Config
    from kg.errors import InputError
    from kg.read import load_inputs

    seeds = ROOT / "seeds"
    (tmp_path / "a.txt").write_text("柳工位于柳州。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("柳工位于柳州。", encoding="utf-8")  # a duplicate
    (tmp_path / "c.bin").write_bytes(b"\x00")
    cfg = Config(jobs=2)
    assert P._read_inputs([seeds, tmp_path], cfg) == load_inputs([seeds, tmp_path], cfg)
    capfd.readouterr()
    with pytest.raises(InputError):
        P._read_inputs([tmp_path / "missing"], cfg)
    assert "Traceback" not in capfd.readouterr().err


def test_chunksize():
    from kg.pipeline import _chunksize

    assert _chunksize(1, 2) == 1
    assert _chunksize(8321, 2) == 64
    assert _chunksize(1000, 2) == 15
