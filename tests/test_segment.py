"""The fast segmenter yields exactly jieba's words (precise mode, HMM)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.resources import load_resources
from kg.segment import Segmenter, _viterbi

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "news.jsonl"

_SAMPLES = [
    "", " ", "x", "\r\n", "柳州\n\n\n", "柳工在柳州",
    "abc def\r\n\r\n中文 English混合 3.5% C++ 12,345元 ①②③ 😀表情 　全角空格\t制表",
    "施宇翔和方英是通讯员，毒贩用微信交易毒品。",
    "柳州螺蛳粉产业园位于柳南区，2023年产值达到650亿元，同比增长10.5%。",
    "上汽通用五菱宝骏KiWi EV、五菱宏光MINIEV销往东盟。",
    "ＡＢＣ１２３ 全角字母，ｘｙｚ",
]


@lru_cache(maxsize=1)
def _segs():
    res = load_resources()
    words = sorted({s for s in res.gazetteer.surface if not s.isascii()})
    return Segmenter(words), Segmenter(words, fast=False)


def _same(text: str) -> None:
    fast, ref = _segs()
    assert fast.cut(text) == ref.cut(text)


@pytest.mark.parametrize("text", _SAMPLES)
def test_samples(text):
    _same(text)


def test_seeds():
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        _same(p.read_text(encoding="utf-8"))


@pytest.mark.skipif(not BENCH.exists(), reason="no shared/bench/news.jsonl")
def test_bench_corpus_sample():
    with open(BENCH, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for i, line in enumerate(f) if i % 7 == 0]
    fast, ref = _segs()
    bad = [t[:40] for t in texts if fast.cut(t) != ref.cut(t)]
    assert not bad


_ALPHABET = st.sampled_from(list("柳州工业园区新能源汽车的在和与有限公司了是我市他她施宇翔毒贩微信龘鬱")
                            + list("abcXYZ019.%+-#&_ \t\n\r，。、！？“”（）《》：；ＡＢ１２😀"))


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_random_texts(text):
    _same(text)


def test_viterbi_matches_jieba():
    from jieba import finalseg

    for obs in ("施宇翔", "毒", "龘鬱龘", "方英记者施", "的的的的"):
        ref = finalseg.viterbi(obs, "BMES", finalseg.start_P, finalseg.trans_P, finalseg.emit_P)[1]
        assert list(_viterbi(obs)) == ref


def test_tokens_offsets():
    fast, _ = _segs()
    text = "柳州五菱汽车工业有限公司 位于柳南区。"
    toks = fast.tokens(text)
    assert "".join(t.text for t in toks) == text
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_dictionary_cache(tmp_path):
    """A segmenter read back from the start-up cache (kg.segcache) has the
    dictionary it was built with; an unreadable cache file is ignored."""
    words = ["柳工", "柳州螺蛳粉产业园", "优必选", "龘鬱科技"]
    built = Segmenter(words, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("segmenter-*.marshal"))) == 1
    read = Segmenter(words, cache_dir=tmp_path)
    for seg in (read, Segmenter(words, cache_dir=tmp_path, fast=False)):
        assert seg.freq == built.freq and seg.total == built.total
        assert seg.base_freq == built.base_freq
    assert read._cut.__self__.lw == built._cut.__self__.lw
    text = _SAMPLES[8] + "龘鬱科技和优必选在柳州螺蛳粉产业园。"
    assert read.cut(text) == built.cut(text)
    for p in tmp_path.glob("segmenter-*.marshal"):
        p.write_bytes(b"not a dictionary")
    again = Segmenter(words, cache_dir=tmp_path)
    assert again.freq == built.freq and again.base_freq == built.base_freq


def test_a_name_ending_in_a_glued_character_keeps_its_suffix_apart():
    # jieba's dictionary holds 福公司; the project's segmenter drops it
    words = Segmenter.from_resources(load_resources()).cut("恒福公司投资建厂")
    assert "福公司" not in words and "公司" in words
