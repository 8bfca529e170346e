"""Property tests over arbitrary Unicode: CJK (simplified, traditional,
extension B, compatibility ideographs), emoji and ZWJ sequences, RTL
scripts, combining marks, control and format characters, odd spaces.

Fixed seed (``derandomize=True``) and a bounded number of examples, so CI
runs the same cases every time.
"""
from __future__ import annotations

import codecs
import time
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.decoding import decode
from kg.errors import KGError
from kg.htmltext import html_to_text
from kg.normalise import is_cjk, normalise, to_simplified
from kg.sentences import MAX_SENTENCE, split_sentences

FUZZ = settings(max_examples=200, derandomize=True, database=None, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

TRADITIONAL = "優必選科技位於廣西柳州區與產業發展機器人電動汽車東盟國際廠區乾隆後著頭髮臺灣"
SIMPLIFIED = "柳工在柳州。鹏辉能源投产，新区布局机器人关键部件研制！五菱宏光"
SPECIAL = [
    "😀", "👨‍👩‍👧", "🇨🇳", "1️⃣", "\u200d", "\u200b", "\ufeff", "\u2028", "\u2029", "\u3000",
    "\u00a0", "\r", "\n", "\r\n", "\t", "\x00", "\x7f", "\x85", "\u202e", "\u200f",
    "\u0301", "\u0308", "\u20dd", "ﬁ", "㍻", "㈱", "①", "Ａ", "１", "ｶ", "﹏", "（", "）",
    "“", "”", "《", "》", "、", "，", "。", "！", "？", "；", "：", "…", "——",
    "\U00020BB7", "\U0002A6A5", "\uF900", "\uFA0E", "\u3400", "(黄蕊 摄)", "记者 朱柳融",
    "<", ">", '"', "\\", "{", "}", "&amp;", "\ud7ff", "\uffff", "\U0010FFFF",
]
chars = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.sampled_from(TRADITIONAL),
    st.sampled_from(SIMPLIFIED),
    st.sampled_from(SPECIAL),
    st.characters(min_codepoint=0x0590, max_codepoint=0x06FF),  # Hebrew, Arabic
    st.characters(categories=["Mn", "Me", "Mc"]),  # combining marks
    st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Co"]),
    st.characters(codec="utf-8"),  # anything but surrogates
)
texts = st.lists(chars, max_size=120).map("".join)


def _sources(o: str) -> set[str]:
    """Characters ``o`` may become: itself, its NFKC form and their
    simplified forms."""
    out = {o}
    n = unicodedata.normalize("NFKC", o)
    for s in (o, n, to_simplified(o), to_simplified(n)):
        out.update(s)
    return out


@FUZZ
@given(texts)
def test_normalise_offsets_map_back(text):
    try:
        n = normalise(text)
    except KGError:
        return
    assert n.original == text
    offs = n.offsets
    assert len(offs) == len(n.text) + 1
    assert offs[-1] == len(text)
    assert all(0 <= o < len(text) for o in offs[:-1])
    assert all(a <= b for a, b in zip(offs, offs[1:]))
    for s, e in n.masked:
        assert 0 <= s < e <= len(n.text)
    for i, c in enumerate(n.text):
        o = text[offs[i]]
        if is_cjk(c) and c not in _sources(o):
            # OpenCC converts some characters by context (乾隆 keeps 乾);
            # the character must still come from converting its neighbourhood
            lo, hi = max(0, offs[i] - 6), offs[i] + 7
            window = "".join(unicodedata.normalize("NFKC", ch) for ch in text[lo:hi])
            assert c in to_simplified(window), (c, o, text)
        # every span maps back into the original
        a, b = n.original_span(i, i + 1)
        assert 0 <= a < b <= len(text)


@FUZZ
@given(texts)
def test_sentences_are_spans_of_the_text(text):
    for t in (text, normalise(text).text):
        sents = split_sentences(t)
        end = 0
        for k, s in enumerate(sents):
            assert s.index == k
            assert end <= s.start < s.end <= len(t)
            assert t[s.start:s.end] == s.text
            assert len(s.text) <= MAX_SENTENCE
            end = s.end
        assert [s.paragraph for s in sents] == sorted(s.paragraph for s in sents)


@FUZZ
@given(texts)
def test_html_extraction_never_raises(text):
    for page in (text, f"<article><p>{text}</p></article>", f"<p>{text}<script>{text}</script>"):
        out = html_to_text(page)
        assert isinstance(out, str)
        assert "<script>" not in out or "<script>" in text


@FUZZ
@given(st.binary(max_size=300))
def test_decode_arbitrary_bytes(data):
    """Any bytes: decoded, or an EncodingError naming an offset in the data."""
    try:
        text, enc = decode(data, "fuzz.txt")
    except KGError as err:
        assert err.offset is not None and 0 <= err.offset <= len(data)
        assert "fuzz.txt" in str(err) and f"offset {err.offset}" in str(err)
        text, enc = decode(data, "fuzz.txt", errors="replace")
    assert isinstance(text, str)
    codecs.lookup(enc)


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(SIMPLIFIED + TRADITIONAL),
                          st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
                          st.sampled_from(SPECIAL[:20])), max_size=80).map("".join))
def test_unicode_round_trips(text):
    # a leading U+FEFF in BOM-less UTF-8 *is* a byte-order mark
    assert decode(text.encode("utf-8"), "x")[0] == text.removeprefix("\ufeff")
    datas = [codecs.BOM_UTF8 + text.encode("utf-8"),
             codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
             text.encode("utf-32")]
    if not text.startswith("\x00"):  # FF FE 00 00 would be the UTF-32 BOM
        datas.append(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    for data in datas:
        assert decode(data, "x")[0] == text


def test_long_unpunctuated_sentence_is_cut_quickly():
    text = ("柳州北部生态新区布局机器人关键部件研制" * 5000)[:100_000]
    t0 = time.monotonic()
    n = normalise(text)
    sents = split_sentences(n.text)
    assert time.monotonic() - t0 < 20
    assert sents and all(len(s.text) <= MAX_SENTENCE for s in sents)
    assert "".join(s.text for s in sents) == n.text
    # the same with latin letters and spaces (no CJK, nothing is joined)
    words = ("lorem ipsum " * 10_000)[:100_000]
    t0 = time.monotonic()
    sents = split_sentences(normalise(words).text)
    assert time.monotonic() - t0 < 20
    assert all(len(s.text) <= MAX_SENTENCE for s in sents)
