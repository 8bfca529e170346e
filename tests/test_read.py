"""Stage 1, read: every input accounted for, every encoding decoded.

The corpus is made here: Chinese news text written to files in UTF-8 (with
and without BOM), UTF-16/32 with BOM, GBK/GB18030 (simplified) and Big5
(traditional, converted with OpenCC), HTML pages, and junk.
"""
from __future__ import annotations

import hashlib
import os
import time
import tracemalloc
from pathlib import Path

import opencc
import pytest

from kg import read
from kg.config import Config
from kg.decoding import decode, detect_encoding, score_chinese
from kg.errors import ConfigError, EncodingError, InputError, KGError
from kg.htmltext import html_to_text
from kg.read import NotAnArticle, discover, load_inputs, read_document

NEWS = (
    "今年以来，柳州市北部生态新区布局机器人关键部件研制，广西首台工业人形机器人在优必选"
    "柳州基地下线。柳工集团与上汽通用五菱加强合作，推动新能源汽车和工程机械出口东盟市场。"
    "2023年，新区规模以上工业产值达到120亿元，同比增长15.6%，新引进项目32个。"
    "鹏辉能源柳州基地一期项目已经投产，主要生产储能电池和动力电池，年产能达到10GWh。"
    "新区党工委书记陈文杰介绍，下一步将朝着申报国家级经济技术开发区的方向努力，大抓招商、大干项目，"
    "为柳州培育新的经济增长极贡献力量。"
)
TRAD = opencc.OpenCC("s2tw").convert(NEWS)
BIG5_FAMILY = ("big5", "cp950", "big5hkscs")


def statuses(report):
    return {Path(s.path).name: (s.status, s.reason) for s in report}


def write(folder: Path, name: str, data: bytes | str) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    p.write_bytes(data)
    return p


# --- encodings ------------------------------------------------------------

@pytest.mark.parametrize("data,enc", [
    (NEWS.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + NEWS.encode("utf-8"), "utf-8"),
    (NEWS.encode("utf-16"), "utf-16"),  # with BOM, native order
    (b"\xff\xfe" + NEWS.encode("utf-16-le"), "utf-16"),
    (b"\xfe\xff" + NEWS.encode("utf-16-be"), "utf-16"),
    (NEWS.encode("utf-32"), "utf-32"),
    (NEWS.encode("gbk"), "gb18030"),
    (NEWS.encode("gb2312"), "gb18030"),
    (NEWS.encode("gb18030"), "gb18030"),
])
def test_simplified_text_in_every_encoding(tmp_path, data, enc):
    p = write(tmp_path, "a.txt", data)
    doc = read_document(p)
    assert doc.text == NEWS  # BOM dropped, nothing garbled
    assert doc.encoding == enc


@pytest.mark.parametrize("codec", ["big5", "cp950"])
def test_traditional_text_in_big5(tmp_path, codec):
    p = write(tmp_path, "a.txt", TRAD.encode(codec))
    doc = read_document(p)
    assert doc.text == TRAD
    assert doc.encoding in BIG5_FAMILY


def test_gb18030_four_byte_characters_and_traditional_text_in_gbk(tmp_path):
    text = NEWS + "𠮷野家、😀表情。" + "香港特別行政區政府發佈新聞。"
    doc = read_document(write(tmp_path, "a.txt", text.encode("gb18030")))
    assert (doc.text, doc.encoding) == (text, "gb18030")
    hk = "香港特別行政區政府今日發佈新聞公報，宣佈與廣西簽署合作協議。"
    doc = read_document(write(tmp_path, "b.txt", hk.encode("gbk")))
    assert (doc.text, doc.encoding) == (hk, "gb18030")


def test_big5_extensions(tmp_path):
    text = "香港嘅新聞：呢間公司喺柳州設廠㗎。"  # 嘅 呢 喺 㗎: HKSCS characters
    doc = read_document(write(tmp_path, "a.txt", text.encode("big5hkscs")))
    assert doc.text == text and doc.encoding == "big5hkscs"


def _pieces(text: str, length: int, step: int) -> list[str]:
    return [text[i:i + length] for i in range(0, max(1, len(text) - length + 1), step)]


@pytest.mark.parametrize("length", [8, 16, 64, 400])
def test_detection_is_right_on_every_piece_of_news(length):
    """Measured: every 8+ character piece of the news text, in GBK and in Big5."""
    wrong = []
    for piece in _pieces(NEWS, length, 3):
        data = piece.encode("gbk")
        if data.isascii():
            continue
        got = decode(data, "x")
        if got != (piece, "gb18030"):
            wrong.append(("gbk", piece, got))
    for piece in _pieces(TRAD, length, 3):
        data = piece.encode("big5")
        if data.isascii():
            continue
        text, enc = decode(data, "x")
        if text != piece or enc not in BIG5_FAMILY:
            wrong.append(("big5", piece, (text, enc)))
    assert wrong == []


def test_detection_on_the_seed_articles():
    """The project's own seed articles, whole and cut into 32-character
    pieces, simplified in GBK and converted to traditional in Big5."""
    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("no seed articles")
    s2t = opencc.OpenCC("s2tw")
    total = wrong = 0
    for f in seeds:
        text = f.read_text(encoding="utf-8")
        for piece in [text] + _pieces(text, 32, 97):
            for t, codec in ((piece, "gbk"), (s2t.convert(piece), "big5")):
                try:
                    data = t.encode(codec)
                except UnicodeEncodeError:
                    continue
                if data.isascii():
                    continue
                total += 1
                got, enc = decode(data, f.name)
                family = "gbk" if enc == "gb18030" else "big5" if enc in BIG5_FAMILY else enc
                wrong += got != t or family != codec
    assert total > 100 and wrong == 0


def test_short_texts_prefer_gb18030_on_a_tie():
    assert detect_encoding("柳".encode("gbk")) == "gb18030"
    assert detect_encoding("柳州".encode("gbk")) == "gb18030"


def test_scores():
    assert score_chinese(NEWS) > 0.8 * len(NEWS)
    garbled = NEWS.encode("gbk").decode("big5", errors="replace")
    assert score_chinese(garbled) < 0


def test_forced_encoding(tmp_path):
    p = write(tmp_path, "a.txt", NEWS.encode("gbk"))
    assert read_document(p, encoding="GBK").text == NEWS
    assert read_document(p, encoding="gbk").encoding == "gbk"
    # forcing wins over detection, even when it gives nonsense
    assert read_document(p, encoding="latin-1").text == NEWS.encode("gbk").decode("latin-1")
    q = write(tmp_path, "b.txt", NEWS.encode("utf-16-le"))  # no BOM: cannot be detected
    assert read_document(q, encoding="utf-16-le").text == NEWS
    docs, report = load_inputs([q], Config(encoding="utf-16-le"))
    assert [d.text for d in docs] == [NEWS]
    r = write(tmp_path, "c.txt", b"\xef\xbb\xbf" + NEWS.encode("utf-8"))
    assert read_document(r, encoding="utf-8").text == NEWS  # BOM dropped


def test_forced_encoding_that_does_not_fit(tmp_path):
    p = write(tmp_path, "a.txt", NEWS.encode("gbk"))
    with pytest.raises(EncodingError) as e:
        read_document(p, encoding="utf-8")
    assert e.value.offset == 0 and "offset 0" in str(e.value) and str(p) in str(e.value)
    docs, report = load_inputs([p], Config(encoding="utf-8"))
    assert docs == [] and report[0].status == "skipped" and "offset 0" in report[0].reason


def test_unknown_encoding_or_errors_option():
    with pytest.raises(ConfigError, match="known encoding"):
        load_inputs([], Config(encoding="no-such-codec"))
    with pytest.raises(ConfigError, match="strict, replace"):
        load_inputs([], Config(errors="ignore"))


BAD_AT = len("柳工在柳州。".encode("utf-8"))


def _bad_utf8() -> bytes:
    return "柳工在柳州。".encode("utf-8") + b"\xff" + "鹏辉能源投产。".encode("utf-8")


def test_undecodable_bytes_are_skipped_with_the_offset(tmp_path):
    p = write(tmp_path, "bad.txt", _bad_utf8())
    with pytest.raises(EncodingError) as e:
        read_document(p)
    err = e.value
    assert isinstance(err, KGError)
    assert err.offset == BAD_AT == 18
    assert str(p) in str(err) and "0xff at offset 18" in str(err) and "utf-8" in str(err)
    docs, report = load_inputs([p])
    assert docs == []
    assert report[0].path == str(p) and report[0].status == "skipped"
    assert report[0].reason == ("expected UTF-8, GB18030 or Big5 text, found undecodable byte "
                                "0xff at offset 18 (decoding as utf-8)")


def test_undecodable_gbk_reports_the_offset_in_gbk(tmp_path):
    data = NEWS.encode("gbk")
    bad = data[:100] + b"\xff" + data[100:]
    with pytest.raises(EncodingError) as e:
        read_document(write(tmp_path, "a.txt", bad))
    assert e.value.offset == 100 and "gb18030" in str(e.value)


def test_replace_mode_decodes_with_u_fffd(tmp_path):
    p = write(tmp_path, "bad.txt", _bad_utf8())
    docs, report = load_inputs([p], Config(errors="replace"))
    assert [d.text for d in docs] == ["柳工在柳州。\ufffd鹏辉能源投产。"]
    assert report[0].status == "built"
    assert "offset 18" in report[0].reason and "U+FFFD" in report[0].reason
    gbk = NEWS.encode("gbk")
    q = write(tmp_path, "gbk.txt", gbk[:100] + b"\xff" + gbk[100:])
    doc = read_document(q, errors="replace")
    assert doc.encoding == "gb18030"
    assert doc.text == NEWS[:50] + "\ufffd" + NEWS[50:]


def test_truncated_multibyte_character_at_the_end(tmp_path):
    data = "柳工在柳州".encode("utf-8")[:-1]
    with pytest.raises(EncodingError) as e:
        read_document(write(tmp_path, "a.txt", data), encoding="utf-8")
    assert e.value.offset == 12 and "at offset 12" in str(e.value)


# --- HTML -----------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>柳工出口东盟 - 柳州新闻网</title>
<style>p {{ color: red }} .x::before {{ content: "样式文字" }}</style>
<script>var s = "<p>脚本文字</p>"; document.write("脚本");</script>
</head><body>
<header><nav><a href="/">首页</a> | <a href="/news">新闻</a></nav></header>
<h1>柳工出口东盟</h1>
<div class="sidebar">热门推荐：广告文字</div>
<article>
  <p>柳工集团与东盟多国签署合作协议。</p>
  <p>产品出口&amp;销售持续增长，<br>今年出口额达到
     20亿元。</p>
  <script>track("文章脚本");</script>
  <noscript>请启用脚本</noscript>
</article>
<footer>版权所有 柳州新闻网</footer>
</body></html>"""


def test_html_article_text():
    text = html_to_text(PAGE.format(charset="utf-8"))
    assert text == ("柳工出口东盟\n\n柳工集团与东盟多国签署合作协议。\n\n"
                    "产品出口&销售持续增长，\n今年出口额达到 20亿元。")
    for junk in ("脚本", "样式", "首页", "广告", "版权", "color", "请启用"):
        assert junk not in text


def test_html_files_are_read_in_their_declared_or_detected_encoding(tmp_path):
    write(tmp_path, "a.html", PAGE.format(charset="gb2312").encode("gbk"))
    s2tw = opencc.OpenCC("s2tw").convert
    write(tmp_path, "b.htm", s2tw(PAGE.format(charset="utf-8").replace(
        '<meta charset="utf-8">', "")).encode("big5"))  # no declaration: detected
    write(tmp_path, "c.html", PAGE.format(charset="utf-8"))
    docs, report = load_inputs([tmp_path])
    assert [s.status for s in report] == ["built"] * 3
    a, b, c = docs
    assert a.text == c.text and a.encoding == "gb18030"
    assert b.encoding in BIG5_FAMILY and b.text == s2tw(c.text)


def test_html_without_article_uses_the_content_block_or_the_body():
    page = ("<body><div id='nav'>导航</div><div class='article-content'><p>正文第一段。</p>"
            "<p>正文第二段。</p></div><div class='related'>相关阅读</div></body>")
    assert html_to_text(page) == "正文第一段。\n\n正文第二段。"
    assert html_to_text("<body><p>一段。<p>二段。<ul><li>甲<li>乙</ul>") == "一段。\n\n二段。\n\n甲\n\n乙"


def test_html_never_raises_on_broken_markup():
    for page in ("<", "<p", "</div></p>", "<script>", "<p>a<!-- b", "&#xffffffff;&bogus;<p>文",
                 "<table><tr><td>甲<td>乙</table>", "<" * 1000, "<div>" * 5000 + "深"):
        assert isinstance(html_to_text(page), str)


def test_page_without_text_is_skipped(tmp_path):
    write(tmp_path, "empty.html", "<html><head><script>x()</script></head><body> </body></html>")
    docs, report = load_inputs([tmp_path])
    assert docs == [] and statuses(report) == {"empty.html": ("skipped", "no article text in the page")}


# --- accounting -----------------------------------------------------------

def test_every_file_is_accounted_for(tmp_path):
    write(tmp_path, "a.txt", NEWS)
    write(tmp_path, "notes.md", "# 标题\n\n" + NEWS)
    write(tmp_path, "report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    write(tmp_path, "sheet.docx", b"PK\x03\x04 zip")
    write(tmp_path, "README", "no extension")
    write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path, "junk.txt", bytes(range(256)) * 4)
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "blank.md", " \n\t\n\u3000\n")
    write(tmp_path, "sub/deep/b.txt", NEWS.encode("gbk"))
    write(tmp_path, ".hidden.txt", NEWS)
    write(tmp_path, ".git/HEAD", "ref: refs/heads/main")
    docs, report = load_inputs([tmp_path])
    got = statuses(report)
    assert got == {
        "README": ("skipped", "unsupported format (no extension)"),
        "a.txt": ("built", ""),
        "b.txt": ("built", ""),
        "blank.md": ("skipped", "empty file, found only white space"),
        "empty.txt": ("skipped", "empty file"),
        "image.txt": ("skipped", "binary file (PNG)"),
        "junk.txt": ("skipped", "binary file"),
        "notes.md": ("built", ""),
        "report.pdf": ("skipped", "unsupported format .pdf"),
        "sheet.docx": ("skipped", "unsupported format .docx"),
    }
    assert [s.path for s in report] == sorted(s.path for s in report)
    assert len(docs) == 3 and all(d.text.strip() for d in docs)
    built = {s.doc for s in report if s.status == "built"}
    assert built == {d.id for d in docs}


def test_too_large_files_are_skipped_without_being_read(tmp_path, monkeypatch):
    write(tmp_path, "big.txt", NEWS * 10)
    write(tmp_path, "small.txt", "柳工")
    limit = len(NEWS.encode()) * 5
    docs, report = load_inputs([tmp_path], Config(max_file_bytes=limit))
    assert statuses(report)["big.txt"] == (
        "skipped", f"larger than {limit} bytes, found {len(NEWS.encode()) * 10} bytes")
    assert statuses(report)["small.txt"][0] == "built"


def test_duplicates_are_built_once_and_reported(tmp_path):
    write(tmp_path, "z.txt", NEWS)
    write(tmp_path, "a/copy.txt", NEWS)
    write(tmp_path, "m.txt", NEWS)
    write(tmp_path, "other.txt", NEWS + "另一篇。")
    docs, report = load_inputs([tmp_path])
    first = str(tmp_path / "a" / "copy.txt")
    by_path = {s.path: s for s in report}
    assert by_path[first].status == "built"
    for name in ("m.txt", "z.txt"):
        s = by_path[str(tmp_path / name)]
        assert s.status == "duplicate" and s.reason == f"duplicate of {first}"
        assert s.doc == by_path[first].doc
    assert len(docs) == 2
    assert docs[0].path == first


def test_document_id_is_the_content_hash_whatever_the_name(tmp_path):
    data = NEWS.encode("utf-8")
    d1 = read_document(write(tmp_path, "one.txt", data))
    d2 = read_document(write(tmp_path, "two.md", data))
    sha = hashlib.sha256(data).hexdigest()
    assert d1.id == d2.id == "doc/" + sha[:16] and d1.sha256 == sha
    assert d1.source_file == "one.txt"


def test_results_do_not_depend_on_the_order_of_the_arguments(tmp_path):
    paths = [write(tmp_path, f"{c}.txt", NEWS[i:] + c) for i, c in enumerate("dcab")]
    paths.append(write(tmp_path, "dup.txt", NEWS[2:] + "a"))  # same as a.txt
    runs = [load_inputs(order) for order in (paths, paths[::-1], [tmp_path], [paths[2], tmp_path])]
    for docs, report in runs[1:]:
        assert docs == runs[0][0] and report == runs[0][1]
    assert statuses(runs[0][1])["dup.txt"] == ("duplicate", f"duplicate of {paths[2]}")


def test_discover(tmp_path):
    write(tmp_path, "b.txt", "x")
    write(tmp_path, "a/c.md", "x")
    write(tmp_path, "a/.hidden.txt", "x")
    write(tmp_path, ".cache/x.txt", "x")
    write(tmp_path, "x.bin", b"\x00")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path, tmp_path / "b.txt"])]
    assert found == ["a/c.md", "b.txt", "x.bin"]
    # a hidden file given explicitly is read
    assert discover([tmp_path / "a" / ".hidden.txt"]) == [tmp_path / "a" / ".hidden.txt"]
    with pytest.raises(InputError, match="nothing at that path"):
        discover([tmp_path / "missing"])


def test_special_and_broken_files_do_not_stop_the_build(tmp_path, monkeypatch):
    write(tmp_path, "a.txt", NEWS)
    os.symlink(tmp_path / "gone.txt", tmp_path / "broken.txt")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path, "page.html", "<p>正文。</p>")

    def boom(html):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(read, "html_to_text", boom)
    docs, report = load_inputs([tmp_path])
    got = statuses(report)
    assert got["a.txt"] == ("built", "")
    assert got["broken.txt"][0] == "failed" and "readable" in got["broken.txt"][1]
    if hasattr(os, "mkfifo"):
        assert got["pipe.txt"] == ("skipped", "not a regular file")
    assert got["page.html"][0] == "failed"
    assert "RuntimeError: parser exploded" in got["page.html"][1]
    assert len(docs) == 1


def test_read_document_raises_what_load_inputs_reports(tmp_path):
    with pytest.raises(NotAnArticle, match="unsupported format .pdf"):
        read_document(write(tmp_path, "a.pdf", "x"))
    with pytest.raises(NotAnArticle, match="empty file"):
        read_document(write(tmp_path, "a.txt", b""))
    assert issubclass(NotAnArticle, InputError)


# --- limits ---------------------------------------------------------------

def test_a_50_mb_file_is_read_in_bounded_time_and_memory(tmp_path):
    unit = (NEWS + "\n").encode("utf-8")
    size = 50 * 1024 * 1024
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        for _ in range(size // len(unit) + 1):
            f.write(unit)
    nbytes = p.stat().st_size
    tracemalloc.start()
    t0 = time.monotonic()
    try:
        docs, report = load_inputs([tmp_path])
        elapsed = time.monotonic() - t0
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report[0].status == "built" and len(docs[0].text) > 10_000_000
    assert elapsed < 60
    # the bytes, the text (2 bytes a character) and little else
    assert peak < 3 * nbytes, peak
    # over the limit: refused without reading it
    docs, report = load_inputs([p], Config(max_file_bytes=size - 1))
    assert report[0].status == "skipped" and report[0].reason.startswith(f"larger than {size - 1}")
