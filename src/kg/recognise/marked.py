"""Names marked in the text: quoted (“一二五”工程), book titles (《…规划》) and
stock codes (优必选（9880.HK）).
"""
from __future__ import annotations

import re

from ..model import Mention
from ..normalise import is_cjk
from .common import _LEADING_VERBS
from .spans import _extend_left


_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』，,。；;：:！!？?]{2,14})[”\"」』]"
                     r"(工程|项目|规划|行动|战略|模式|计划|工作机制|机制|产品升级工程|建设)?")
_PROJECT_HEADS = ("工程", "项目", "规划", "产品升级工程")
#: the label of a five-year plan (十四五)
_FIVE_YEAR = re.compile(r"十[一二三四五六七八九]五")
_INITIATIVE_HEADS = ("行动", "战略", "模式", "计划", "工作机制", "机制", "建设")


def _quoted_mentions(doc, text, res):
    """Quoted names with a head noun: “一二五”工程 and “十大工业项目” are
    projects, “七个一批”工作机制 and “柳州模式” initiatives; marked as a
    brand (“飞燕”牌, “A”“B”等家电品牌) they are products.  A quoted word
    with no such head (“链主”, “新三样”) names nothing."""
    for m in _QUOTED.finditer(text):
        x, head = m.group(1), m.group(2) or ""
        if res.gazetteer.lookup(x) is not None:
            continue  # a known name in quotes: the lexicon has it
        if head == "规划" and _FIVE_YEAR.fullmatch(x):
            continue  # 集团“十四五”规划: any body's five-year plan, no project of its own
        if x.endswith(("工程", "项目")) or head in _PROJECT_HEADS:
            if head == "" and not x.endswith(("工程", "项目")):
                continue
            key = x if (x.endswith(("工程", "项目")) or head == "") else x + head
            if head in ("工程", "项目") and x.endswith(("工程", "项目")):
                head = ""
            end = m.end(1) + 1 + len(head)
            yield Mention(doc, m.start(), end, text[m.start():end], "Project", "quoted", key=key)
        elif head in _INITIATIVE_HEADS or x.endswith(("模式", "行动", "计划")):
            yield Mention(doc, m.start(), m.end(), text[m.start():m.end()], "Initiative", "quoted",
                          key=x)
    # “飞燕”牌电风扇, “A”“B”等家电品牌: a quoted name marked as a brand is a product line
    for m in (_BRANDED.finditer(text) if "牌" in text else ()):
        if res.gazetteer.lookup(m.group(1)) is None:
            yield Mention(doc, m.start(1), m.end(1), m.group(1), "Product", "quoted", key=m.group(1))
    for run in (_BRAND_RUN.finditer(text) if "品牌" in text else ()):
        for q in _QUOTED_NAME.finditer(text, run.start(1), run.end(1)):
            if res.gazetteer.lookup(q.group(1)) is None and not _BRANDED.match(text, q.start()):
                yield Mention(doc, q.start(1), q.end(1), q.group(1), "Product", "quoted", key=q.group(1))
    # “森林之星”和“大艺树”已落户园区: quoted names that settle somewhere are firms
    for run in (_SETTLED_QUOTED.finditer(text) if "落户" in text or "入驻" in text or "进驻" in text else ()):
        if _AFTER_DATE.search(text, max(0, run.start() - 3), run.start()):
            continue  # X集团于2012年“南下”落户: a word of how after the date; the subject came before
        other_kinds = tuple(suf for _, typ, suf, _ in res.suffixes if typ != "Company")
        for q in _QUOTED_NAME.finditer(text, run.start(1), run.end(1)):
            if res.gazetteer.lookup(q.group(1)) is None and not q.group(1).endswith(other_kinds):
                # (“X汽车城”落户: a project, as its suffix says)
                yield Mention(doc, q.start(1), q.end(1), q.group(1), "Company", "quoted", key=q.group(1))


#: a quoted name with 牌 after it (“飞燕”牌): a brand
_BRANDED = re.compile(r"[“\"「]([^”\"」，,。、\s]{1,8})[”\"」]牌")
#: quoted names, two or more, closed by 等…品牌 (“A”“B”等家电品牌)
_BRAND_RUN = re.compile(r"((?:[“\"「][^”\"」，,。、\s]{1,8}[”\"」][、和与及]?){2,})等[^，,。；;]{0,12}?品牌")
#: quoted names, one or joined, right before a verb of settling (“A”和“B”已落户)
_SETTLED_QUOTED = re.compile(r"((?:[“\"「][^”\"」，,。、]{2,12}[”\"」][、和与及]?)+)"
                            r"(?:已经|已|正式|先后|相继|均|都|也|将|陆续)*(?:落户|入驻|进驻)")
_QUOTED_NAME = re.compile(r"[“\"「]([^”\"」，,。、]{2,12})[”\"」]")
#: the end of a date right before a quoted word (于2012年|“南下”落户)
_AFTER_DATE = re.compile(r"[\d一二三四五六七八九十〇零][年月日]$")


#: a document's title in 《》 that names a plan, a programme, an agreement or a
#: policy paper (not an office's rules: 《…管理办法》, 《…通知》)
_BOOK_TITLE = re.compile(r"《([^《》，,。；;！!？?]{4,40}?(规划|纲要|协定|计划|战略|协议|协议书|方案|规定|纪要|安排|意见|建议"
                         r"|声明|规划\(\d{4}年修订\)))》")


#: a paper's or a magazine's name in book-title marks (《X时报》, 《X日报》, 《X周刊》)
_PAPER_TITLE = re.compile(r"《([^《》，,。；;！!？?\s]{1,12}?(?:日报|晚报|时报|早报|商报|报|周刊|杂志|新闻|画报))》")


def _book_title_mentions(doc, text, res):
    """《广西生态经济发展规划》, 《区域全面经济伙伴关系协定》: a named plan or
    agreement is an initiative.  An agreement named only by the words of its
    kind (《全面战略合作协议》) names no particular one.  《高原时报》,
    《每日经济新闻》: a paper is a media outlet, a body."""
    for m in _PAPER_TITLE.finditer(text):
        x = m.group(1)
        hit = res.gazetteer.lookup(x)
        yield Mention(doc, m.start(1), m.end(1), x, "Organization", "quoted", key=hit[0] if hit else x)
    for m in _BOOK_TITLE.finditer(text):
        x = m.group(1)
        if m.group(2) in ("协议", "协议书") and "项目" in x:
            continue  # 《X年产10GWh电池生产基地项目投资协议书》: one project's contract, no programme
        if m.group(2) == "协议" and not (re.search(r"[“”\"\d]", x) or any(
                res.gazetteer.entries[n].type in ("Region", "Company", "Organization", "Industry")
                for _, _, n in res.gazetteer.iter_matches(x.lower()))):
            continue
        hit = res.gazetteer.lookup(x)
        yield Mention(doc, m.start(1), m.end(1), x, "Initiative", "quoted", key=hit[0] if hit else x)


_STOCK = re.compile(r"[（(]\s*(?:股票代码|证券代码|代码)?[:：]?\s*(?:\d{4,6}\.(?:HK|SH|SZ|hk|sh|sz)|\d{6}"
                    r"(?:\.(?:SH|SZ))?|(?:HK|SH|SZ)\s*\d{4,6}|[A-Z]{1,5}\.(?:N|O|US))\s*[)）]")


#: one-character words that may stand glued before a listed firm's name: the
#: verbs and prepositions glued before any name, and words of sequence (继, 及, 如)
_BEFORE_LISTED = _LEADING_VERBS | frozenset("继及如")


def _stock_code_mentions(doc, text, tokens, res, lex):
    """A name followed by a stock code is a company: 优必选（9880.HK）."""
    stop = res.word_set("stop_tokens")
    for m in _STOCK.finditer(text):
        end = m.start()
        start = _extend_left(text, tokens, end, stop, limit=16)
        name = text[start:end]
        if end - start < 2 or not any(is_cjk(c) or c.isalpha() for c in name):
            continue
        hit = res.gazetteer.lookup(name)
        if hit is None or hit[1].type != "Company":
            # 先有|潍柴动力(000338): a known firm's name ends the span; the words before it are no part
            cut = next((i for i in range(1, len(name) - 1) if (h := res.gazetteer.lookup(name[i:])) is not None
                        and h[1].type == "Company"), None)
            if cut is not None:
                start, name = start + cut, name[cut:]
                hit = res.gazetteer.lookup(name)
        if hit is None or hit[1].type != "Company":
            code = re.sub(r"[^0-9A-Za-z.]", "", m.group().split("：")[-1].split(":")[-1])
            hit = res.gazetteer.lookup(code)  # the code names a listed company we know
            if len(name) >= 3 and name[0] in _BEFORE_LISTED and any(
                    (h := res.gazetteer.lookup(name[1:n])) is not None and h[1].type == "Company"
                    for n in range(3, min(len(name), 6) + 1)):
                start, name = start + 1, name[1:]  # 继|玉柴国际(CYD.US): a word of sequence, then the name
        key = hit[0] if hit is not None and hit[1].type == "Company" else name
        yield Mention(doc, start, end, name, "Company", "stock", key=key)
