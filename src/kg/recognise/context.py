"""The ``employer`` and ``context`` components: the name before a title, an
investor before 在 <place> 投资, a partner after 与, an acquired firm, an
appositive firm.
"""
from __future__ import annotations

import re

from ..model import Mention
from ..normalise import is_cjk
from .common import _NEVER_CHARS, _by_length, _masked
from .proper import _has_proper_element, _unknown_name_before
from .spans import _extend_left


_SETTLE_VERB = ("投资", "兴建", "建设", "设立", "设厂", "建厂", "落户", "扩建", "布局", "投建")

#: a date (于2015年|在都匀落户): when, not who
_DATED = re.compile(r"\d+\s*[年月日]|[一二三四五六七八九十]+月")
#: what is spent, not who spends it (斥资7亿美元|在印尼建厂)
_OUTLAY = re.compile(r"斥资|出资|耗资|投入|投资|\d(?:[\d.,]*)\s*(?:万|亿)*(?:美元|港元|欧元|元)")


def _investor_mentions(doc, text, tokens, res, seg, chosen, masks):
    """The name before 在 <place> 投资/建厂/落户 is a firm (台湾正新橡胶在柳州
    投资兴建轮胎工厂) when nothing else recognised it and it is a name."""
    ends = {x.end for x in chosen}
    stop = res.word_set("stop_tokens")
    for p in chosen:
        if p.type not in ("Region", "IndustrialPark") or not text.startswith(_SETTLE_VERB, p.end):
            continue
        k = p.start - 1
        if k < 1 or text[k] != "在":
            continue
        te = k - 2 if text[k - 2:k] in ("已经", "计划") else k - 1 if text[k - 1] in "正将已拟还也" else k
        if te in ends or te <= 0:
            continue
        start = _extend_left(text, tokens, te, stop, limit=10, masks=masks)
        name = text[start:te]
        if len(name) < 3 or _NEVER_CHARS.search(name) or _OUTLAY.search(name) or _DATED.search(name) or any(
                x.start < te and start < x.end and x.type != "Region" for x in chosen):
            continue
        if not _unknown_name_before(text, tokens, start, te, res, seg) and not _has_proper_element(
                text, tokens, start + 2 if res.gazetteer.lookup(name[:2]) else start, te, res, seg, "Company"):
            continue
        yield Mention(doc, start, te, name, "Company", "context", key=name)


_PARTNER = re.compile(r"与([\u4e00-\u9fff]{2,8}?)(?:双方|两家|签署|签订|签约|战略合作|达成|携手|共建|合作)")


def _partner_mentions(doc, text, tokens, res, seg, chosen, masks):
    """The name between 与 and a cooperation verb is a firm (柳州高新区与国信优易
    双方达成合作) when nothing else recognised it and it is an unknown brand,
    alone or after a place (与深圳鹏瑞签约)."""
    starts = {x.start for x in chosen}
    ends = {x.end for x in chosen}
    for m in _PARTNER.finditer(text):
        s, e = m.span(1)
        if e in ends or s in starts and not any(x.start == s and x.type == "Region" for x in chosen):
            continue
        if _masked(s, e, masks) or any(x.start < e and s < x.end and x.type != "Region" for x in chosen):
            continue
        name = m.group(1)
        if len(name) < 3 or _NEVER_CHARS.search(name):
            continue
        if not _unknown_name_before(text, tokens, s, e, res, seg) and not any(
                x.type == "Project" and x.text.startswith(name) and len(x.text) - len(name) >= 4 for x in chosen):
            continue  # (国信优易: a brand the story's 国信优易大数据产业基地 begins with)
        yield Mention(doc, s, e, name, "Company", "context", key=name)


#: what a firm buys or takes a stake in: up to a list separator or the clause's end
_ITEM = r"(?:(?![、和及与])[\u4e00-\u9fff]){3,10}?"
_ACQUIRED = re.compile(r"(?:收购|并购|控股(?!股东|子公司|公司|方)|入股|参股(?!公司))了?((?:" + _ITEM + r")(?:[、和及与]"
                       + _ITEM + r")*)(?=[，,。；;）)]|公司|集团|股份|等|后|之后|以来|$)")


#: a firm bought, named in Latin letters, after its country (收购德国MTX, 并购日本ABC)
_ACQUIRED_LATIN = re.compile(r"(?:收购|并购)了?([\u4e00-\u9fff]{2,4}?)?([A-Z][A-Za-z0-9&-]{1,20})(?![A-Za-z0-9])")


def _acquired_mentions(doc, text, tokens, res, seg, chosen, masks):
    """What a firm buys is a firm (柳工收购上海叉车和上海鸿得利重工): each item
    of the list that starts with a place and goes on with a business word, or
    holds an unknown brand, when nothing else recognised it; a name in Latin
    letters after the verb and a country (收购德国MTX) too."""
    for m in _ACQUIRED_LATIN.finditer(text) if "收购" in text or "并购" in text else ():
        place = m.group(1)
        if place and ((h := res.gazetteer.lookup(place)) is None or h[1].type != "Region"):
            continue  # 收购X公司CEO…: only a country or place may stand before the name
        s, e = m.span(2)
        if not _masked(s, e, masks) and not any(x.start < e and s < x.end for x in chosen):
            yield Mention(doc, s, e, m.group(2), "Company", "context", key=m.group(2))
    for m in _ACQUIRED.finditer(text):
        if any(x.start < m.start() + 2 <= x.end for x in chosen):
            continue  # 九兴控股、台泥…: 控股 ends a name here, it buys nothing
        pos = m.start(1)
        for name in re.split(r"[、和及与]", m.group(1)):
            s, e = pos, pos + len(name)
            pos = e + 1
            if len(name) < 3 or _NEVER_CHARS.search(name) or _masked(s, e, masks) or any(
                    x.start < e and s < x.end and x.type != "Region" for x in chosen):
                continue
            place = next((k for k in (3, 2) if (h := res.gazetteer.lookup(name[:k])) is not None
                          and h[1].type == "Region"), 0)
            rest = name[place:]
            if not (place and len(rest) >= 2 and rest not in res.word_set("company_heads")
                    and rest not in res.word_set("generic_names")) \
                    and not _unknown_name_before(text, tokens, s, e, res, seg):
                continue  # 收购上海企业: a kind of firm, no name
            yield Mention(doc, s, e, name, "Company", "context", key=name)


def _appositive_mentions(doc, text, tokens, res, seg, chosen, masks):
    """The unknown brand right after a sector's firm noun is a firm
    (螺蛳粉企业螺鲜生, 工程机械龙头X): 2–4 characters up to a function word
    or punctuation."""
    ends = {x.end for x in chosen}
    starts = {x.start for x in chosen}
    heads = _by_length(res.word_set("company_heads"))
    for ind in chosen:
        if ind.type != "Industry":
            continue
        head = next((h for h in heads if text.startswith(h, ind.end)), None)
        if head is None:
            continue
        s = ind.end + len(head)
        if s in starts or s in ends:
            continue
        m = _BRAND_RUN.match(text, s)
        if m is None or _masked(s, m.end(), masks):
            continue
        e = m.end()
        if any(x.start < e and s < x.end for x in chosen) or _NEVER_CHARS.search(text[s:e]) \
                or text[s] in "也还都就又才已正再更最均皆亦仍纷多大":
            continue  # 物流企业也还存在…: an adverb, not a brand
        if _unknown_name_before(text, tokens, s, e, res, seg):
            yield Mention(doc, s, e, text[s:e], "Company", "context", key=text[s:e])


_BRAND_RUN = re.compile(r"[\u4e00-\u9fff]{2,4}?(?=[与和在的、，,。；;将已也还今正于从把对向是等（(])")


def _employer_mentions(doc, text, tokens, res, seg, chosen, masks):
    """The name right before a person's title is the employer (台湾正新橡胶
    董事长陈秀雄): a company when nothing else recognised it."""
    ends = {x.end for x in chosen}
    stop = res.word_set("stop_tokens")
    titles = None
    for p in chosen:
        if p.type != "Person" or p.rule not in ("person", "titled"):
            continue
        if titles is None:  # (most texts name no titled person)
            titles = _by_length(tuple(res.words["titles"]))
        t = next((t for t in titles if text.endswith(t, 0, p.start)), None)
        if t is None:
            continue
        te = p.start - len(t)
        while te > 0 and text[te - 1] in "、，,兼" and any(text.endswith(x, 0, te - 1) for x in titles):
            prev = next(x for x in titles if text.endswith(x, 0, te - 1))
            te = te - 1 - len(prev)  # 党委书记、董事长, 首席运营官兼总裁: the employer is before the first title
        if text[te - 1:te] in ("前", "原") and te - 1 not in ends:
            te -= 1  # X党|前主席, X公司|原董事长: a former officer's employer ends before 前
        if te in ends or te <= 0:
            continue
        start = _extend_left(text, tokens, te, stop, limit=10, masks=masks)
        if any(x.type in ("Company", "Organization", "IndustrialPark") and start <= x.start < te
               for x in chosen):
            continue  # 柳工国际业务部总经理: a unit of a company already named
        name = text[start:te]
        before = text[start - 1:start] if start else ""
        if before and is_cjk(before) and start not in ends and not any(
                text.endswith(w, 0, start) for w in stop if len(w) >= 1):
            continue  # the run was cut short inside a longer name: no employer
        if t in ("代表", "委员") and name.endswith(("人大", "政协")):
            continue  # 广西人大|代表X, X政协|委员: a deputy of an assembly, no one's staff
        if name.endswith(("市委", "县委", "区委", "省委")):
            continue  # 鹿寨县委|书记: the place's own committee, an official of the place (no body);
            # without a known place before it (诚如|市委书记) it is no body's name either
        if name.endswith(("镇", "乡", "街道", "村", "县", "区", "市")):
            if t.startswith(("党委", "党工委")) and len(name) >= 3:
                # 土博镇党委书记: the employer is the place's party committee
                org_end = te + (2 if t.startswith("党委") else 3)
                yield Mention(doc, start, org_end, text[start:org_end], "Organization", "employer",
                              key=text[start:org_end])
            continue
        if len(name) < 3 or _NEVER_CHARS.search(name) or name in res.word_set("generic_names") \
                or _ORDINAL_TERM.search(name) or name.endswith(("由", "人", "国家")):
            continue  # 香港特区第一任|行政长官: an ordinal, no employer (but 柳州市第一人民医院);
            # 中国国家|副主席: a state office, no body
        if name.endswith(_TRADES):
            continue  # …制造工程|总监, 市场|总监: the trade is part of the title
        if not _has_proper_element(text, tokens, start, te, res, seg, "Company") and not \
                _unknown_name_before(text, tokens, start, te, res, seg):
            continue
        if (dept := next((w for w in res.words.get("firm_departments", ())
                          if name.endswith(w) and len(name) - len(w) >= 2), None)) is not None:
            # 华泰电力|企划部部长: a firm's department; the firm is the employer
            yield Mention(doc, start, te - len(dept), name[:-len(dept)], "Company", "employer",
                          key=name[:-len(dept)])
            continue
        if t == "部长" and not name.endswith("部"):
            # 菲律宾贸工|部长: the minister of the ministry 菲律宾贸工部
            yield Mention(doc, start, te + 1, name + "部", "Organization", "employer", key=name + "部")
            continue
        suf_typ = max(((len(suf), typ) for _, typ, suf, _ in res.suffixes
                       if name.endswith(suf) and len(name) > len(suf)), default=(0, "Company"))[1]
        typ = suf_typ if suf_typ in ("Organization", "IndustrialPark") else "Company"
        # (the longest suffix the name ends with: X电子公司 is a firm, though 司 ends a ministry's department)
        yield Mention(doc, start, te, name, typ, "employer", key=name)  # 雒容镇纪委书记: a body


#: an ordinal term of office at the end of a would-be employer (第一任, 第十届, 现任)
_ORDINAL_TERM = re.compile(r"(?:第[一二三四五六七八九十百\d]+[任届]|[任届])$")
#: trades a title may begin with (制造工程总监, 技术总监, 市场部经理)
_TRADES = ("工程", "技术", "研发", "生产", "销售", "市场", "财务", "采购", "质量", "运营")
