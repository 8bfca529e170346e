"""exportsTo (rule ``export``): 出口/远销/销往 … regions, 对 X 出口, export
bases for a market, models launched abroad, X是Y的海外销售市场.
"""
from __future__ import annotations

import re

from ..model import Mention
from .context import _agent, _paragraph_firm, _subject, _subjectless
from .doc import _ADMIN_CHILD_KINDS, _Doc, _find_all
from .roles import _domestic, _home, _kind_in, _maker_of_product, _via
from .syntax import _MADE_IN, _bare, _clause_of, _listed_after, _listed_before, _places_at


#: how far 向 may stand before the verb and still name its markets
_TOWARD_SPAN = 20
#: a listing of shares after 上市 (上市公司, 上市交易, 上市募资)
_LISTING = re.compile(r"上市(?:公司|交易|募资|融资|挂牌)")
#: what follows 出口 in the name of an export base (出口基地, 出口制造基地)
_EXPORT_BASE = re.compile(r"(?:制造|生产|加工)?基地")
#: 是 … 市场: a place said to be a market of a firm or place
_MARKET_OF = re.compile(r"是([^，,。；;是]{2,50}?)市场")
#: a remark in brackets (以下简称“柳工”)
_PARENTHESIS = re.compile(r"[(（][^()（）]{0,20}[)）]")
#: between the seller and 市场 (重要的海外销售, 的第二大出口)
_MARKET_TAIL = re.compile(r"的?(?:第[一二三四五六七八九十]大|最大|重要|主要|传统|新兴|核心)?的?"
                          r"(?:海外|国际|境外)?(?:销售|出口|外销)?")


#: 出口 as part of the noun for the countries that sell an import (出口国家为|A、B)
_EXPORTERS_ARE = re.compile(r"(?:国家|国)(?:主要)?(?:为|是|有|包括)")
#: the importer before 从 … 进口 (我国从东南亚国家进口水果; 广西从越南进口)
_IMPORTER = re.compile(r"(我国|国内)?[^，,。；;从]{0,12}从[^，,。；;]{0,30}?进口")


def _exporters_to_importer(d: _Doc, sent, ms, p: int, list_start: int) -> None:
    """exportsTo: the countries an import story names as its exporters each sell
    to the importer (我国 → 中国, or the place before 从 … 进口)."""
    m = _IMPORTER.search(d.text, sent.start, p)
    if m is None:
        return
    at = d.text.index("从", m.start())
    home = d.res.words.get("home_country", "中国") if d.res is not None else "中国"
    importer = next((x.key for x in reversed(ms) if x.type == "Region" and m.start() <= x.start and x.end <= at),
                    None) or (home if m.group(1) else None)  # (梧州市今年从…进口: the place before 从)
    if importer is None:
        return
    for x in _listed_after([x for x in ms if x.type == "Region"], list_start, d.text, gap=0):
        if x.key != importer:
            d.add(x.key, "exportsTo", importer, sent, "export")


def _export_rules(d: _Doc, sent, ms) -> None:
    """exportsTo: 出口/远销/销往 … regions, 对 X 出口, export bases, models
    launched abroad."""
    T = d.trig
    text = sent.text
    base = sent.start
    shipping = T.get("exportsTo_shipping", ())
    for i, w in _find_all(text, d.in_text("exportsTo", "exportsTo_launch", "exportsTo_shipping"), ms, base):
        p = base + i
        if w == "出口" and text[i - 1:i] == "进" or w == "出海" and text[i + 2:i + 3] == "口":
            continue  # 进出口额: trade both ways; 出海口: a port, not a sale
        if w == "出口" and (m := _EXPORTERS_ARE.match(d.text, p + len(w))) is not None \
                and "进口" in d.text[sent.start:p]:
            _exporters_to_importer(d, sent, ms, p, m.end())
            continue  # 我国从东南亚进口水果，主要出口国家为泰国、越南: the sellers of an import
        cs, ce = _clause_of(sent, p)
        dests = [m for m in ms if m.start >= p + len(w) and m.end <= ce and m.type == "Region"]
        # 对东盟出口 / 向越南出口: the market stands before the verb
        dests += [m for m in ms if m.type == "Region" and cs <= m.start and m.end <= p
                  and d.text[m.start - 1:m.start] in ("对", "向") and p - m.end <= 2]
        # 向埃及和印度的工厂输出, 向周边省份甚至东南亚地区出口: every place of the 向 phrase
        q = d.text.rfind("向", cs, p)
        if q >= 0 and p - q <= _TOWARD_SPAN:
            dests += [m for m in ms if m.type == "Region" and q < m.start and m.end <= p and m not in dests]
        base_of = None
        if w == "出口" and _EXPORT_BASE.match(d.text, p + len(w)):
            # 东南亚出口基地, 面向东盟的…出口基地: the markets a base is for, and the
            # base is what the sentence says its subject is (X是Y的…、东南亚出口基地)
            dests += [m for m in ms if m.type == "Region" and cs <= m.start and m.end <= p and m not in dests
                      and (m.end == p or d.text.endswith("面向", 0, m.start))]
            copula = max(d.text.rfind("是", sent.start, p), d.text.rfind("成为", sent.start, p))
            base_of = next((m for m in reversed(ms) if m.end <= copula and m.type in ("Company", "Region")
                            and m not in dests), None) if copula > 0 else None
            role = d.text.rfind("作为", sent.start, p)
            if base_of is None and role >= 0 and not any(c in d.text[role:p] for c in "，,。；;"):
                # 作为…生产基地、东南亚出口基地，东风柳汽…: the firm the role is given to
                base_of = next((m for m in ms if m.start >= ce and m.type == "Company"
                                and not any(c in d.text[ce + 1:m.start] for c in "，,。；;")), None)
        if w in T.get("exportsTo_launch", ()):  # 五菱缤果在越南、缅甸上市: a model launched abroad
            if not any(m.type == "Product" and cs <= m.start < p for m in ms) or _LISTING.match(d.text, p):
                continue  # (在香港上市: a firm's shares, not its goods)
            lead = _LAUNCH_LEAD.search(d.text, cs, p)  # 在澳大利亚市场的正式|推出: the market, then the verb
            dests += _places_at(d, ms, cs, lead.start() if lead is not None else p)
        elif w in T.get("exportsTo_market", ()) and "市场" not in d.text[p:ce]:
            continue  # 打开局面, 登陆A股: only a market opened or landed in is one sold to
        made_in = _goods_made_in(d, ms, sent.start, p) if dests else None
        if not dests or w in shipping and made_in is None:
            continue  # (商船驶向东南亚: a ship sails; only goods made in a place are its exports)
        subj = base_of or made_in or _agent(d, sent, ms, p) or _means_subject(d, ms, cs, ce) \
            or _maker_of_product(d, ms, p) or _subject(
            [m for m in ms if _home(d, m) and m not in dests and d.text[m.start - 1:m.start] != "在"
             and not _via(d, ms, m)],
            p, ("Region",))  # 在广西的风电场: a place where, not who exports; 经过重庆或成都: a way
        quoted = subj is None and _quoted_we(d, p)
        if quoted:
            subj = _speakers_firm(d, p)  # “…我们出口越南…”X公司总监Y说: the speaker's firm
        if subj is None and (_subjectless(d, cs) or _subjectless(d, sent.start)):
            subj = _paragraph_firm(d, sent)  # X公司成立于…。产品出口欧美: the paragraph's firm
        if subj is None and not quoted:
            subj = _opening_site(d, sent, ms, dests)  # 在柳州X物流基地，汽车…运往东盟: the goods leave that place
        if subj is None and not quoted and d.main.get("Region") and d.main["Region"] not in {m.key for m in dests} \
                and not any(m.key == d.main["Region"] and (d.text[m.start - 1:m.start] == "在" or m.start > p
                                                           or _via(d, ms, m)) for m in ms):
            # (…发往美国，以及新疆等地: a place named after the verb is a destination, not the exporter)
            subj = Mention(d.doc, 0, 0, "", "Region", "coref", key=d.main["Region"])
        if subj is None:
            continue
        at_home = subj.type != "Region" or _home(d, subj)
        for dm in dests:
            if dm.key != subj.key and not (at_home and _domestic(d, dm) and not (
                    w.endswith(_SOLD_TO) and _kind_in(d, dm, _PROVINCE_OR_CITY))):
                d.add(subj.key, "exportsTo", dm.key, sent, "export")


#: verbs of selling to a place, which may be a province or a city at home too
#: (销往云南, 畅销广东): the annotation counts those; 出口 and its kin say abroad,
#: and China itself or one of its economic regions (珠三角) is a market at home
_SOLD_TO = ("销往", "畅销", "远销", "热销")
_PROVINCE_OR_CITY = ("province", "city", "prefecture", "autonomous_prefecture")


def _opening_site(d: _Doc, sent, ms, dests):
    """The place a sentence opens with (在柳州…, 在柳州X物流基地，…): a region
    written right after its opening 在, or the place a zone's or a site's name
    written there starts with."""
    if not d.text.startswith("在", sent.start) or d.res is None:
        return None
    m = next((x for x in ms if x.start == sent.start + 1 and x.type in ("Region", "IndustrialPark", "Project")), None)
    if m is None or m.key in {x.key for x in dests}:
        return None
    if m.type == "Region":
        return m if _home(d, m) else None
    g = d.res.gazetteer
    for n in (3, 2):
        hit = g.lookup(m.text[:n])
        if hit is not None and hit[1].type == "Region" and hit[1].kind in _ADMIN_CHILD_KINDS | {"province"} \
                and hit[0] not in {x.key for x in dests}:
            return Mention(d.doc, m.start, m.start + n, m.text[:n], "Region", "coref", key=hit[0])
    return None


def _quoted_we(d: _Doc, pos: int) -> bool:
    """Is ``pos`` inside a quotation whose 我们 comes before it?"""
    q = d.text.rfind("“", max(0, pos - _QUOTE_SPAN), pos)
    return q >= 0 and "”" not in d.text[q:pos] and "我们" in d.text[q:pos]


def _speakers_firm(d: _Doc, pos: int):
    """The firm of 我们 in a quotation (:func:`_quoted_we`): “去年我们出口越南…”X公司总监Y说
    or X公司总经理Y介绍：“我们出口…”: the firm named where the speaker is."""
    q = d.text.rfind("“", max(0, pos - _QUOTE_SPAN), pos)
    close = d.text.find("”", pos, pos + _QUOTE_SPAN)
    firms = d._by_type_mentions.get("Company", ())
    if close >= 0 and (said := _SAID.search(d.text, close + 1, close + 1 + _ATTRIBUTION_SPAN)) is not None:
        after = [m for m in firms if close < m.start and m.end <= said.start()]
        if after:
            return after[0]
    lead = _SAID_BEFORE.search(d.text, max(0, q - _ATTRIBUTION_SPAN), q + 1)
    if lead is not None:
        start = max(d.text.rfind(c, 0, lead.start()) for c in "。！？\n，,") + 1
        before = [m for m in firms if start <= m.start and m.end <= lead.start()]
        if before:
            return before[-1]
    return None


#: how far a quotation's 我们 may stand from its opening mark, and its close from the verb
_QUOTE_SPAN = 200
#: how long the attribution of a quotation may be (X公司销售总监Y|说)
_ATTRIBUTION_SPAN = 30
#: a verb of saying after a quotation
_SAID = re.compile(r"说|表示|介绍|称|指出|透露|告诉")
#: a verb of saying and a colon right before a quotation (X总经理Y介绍：“)
_SAID_BEFORE = re.compile(r"(?:说|表示|介绍|称|指出|透露)[:：]?“$")


def _goods_made_in(d: _Doc, ms, start: int, pos: int):
    """The place whose goods are shipped (装载着X产的电子设备…驶向Y, 搭载X生产的机械):
    the last place or zone before ``pos`` written right before 产的/生产的."""
    return next((m for m in reversed(ms) if start <= m.start and m.end <= pos
                 and m.type in ("Region", "IndustrialPark") and _MADE_IN.match(d.text, m.end)), None)


def _means_subject(d: _Doc, ms, cs: int, ce: int):
    """The firm of 通过向埃及的工厂输出…，X公司收取…: a clause of means (通过…)
    has its subject at the head of the clause after it."""
    if not d.text.startswith(_MEANS_LEAD, cs):
        return None
    return next((m for m in ms if m.type == "Company" and ce < m.start <= ce + 2), None)


#: words opening a clause of means, whose subject is that of the next clause
_MEANS_LEAD = ("通过", "通過", "借助", "依托")


#: what may stand between the market a model is launched in and the verb (市场的正式|推出)
_LAUNCH_LEAD = re.compile(r"(?:市场)?的?(?:正式|首次|同步|陆续|全面)?$")


#: 是 and the main markets after a list of places (东盟、中东和拉美|是主要市场)
_MARKETS_ARE = re.compile(r"是(?:其|它们的|我们的)?(?:主要|重要|最大|传统|核心)的?(?:出口|海外|外销|销售)?市场")


def _market_rules(d: _Doc, sent, ms) -> None:
    """exportsTo: 俄罗斯是X重要的海外销售市场, 香港是广西的第二大出口市场."""
    text = sent.text
    base = sent.start
    for m in (_MARKET_OF.finditer(text) if "市场" in text else ()):
        p = base + m.start()
        dest = next((x for x in reversed(ms) if x.end <= p and x.type == "Region"), None)
        seller = next((x for x in ms if x.start == p + 1 and x.type in ("Company", "Region")), None)
        abroad = seller is not None and seller.type == "Region" and not _home(d, seller) and not _domestic(d, seller)
        if dest is None or seller is None or _bare(d.text[dest.end:p]) != "" or dest.key == seller.key \
                or _domestic(d, dest) and not abroad:  # (中国是泰国最大的出口市场: a foreign seller's)
            continue
        tail = _PARENTHESIS.sub("", d.text[seller.end:base + m.end(1)])  # X(以下简称“Y”)重要的…
        if _MARKET_TAIL.fullmatch(tail) and re.search("出口|销售|海外|外销", tail):
            d.add(seller.key, "exportsTo", dest.key, sent, "export")
    # X出口…，东盟、中东和拉美是主要市场: the markets listed after an export are the exporter's
    for m in (_MARKETS_ARE.finditer(text) if "出口" in text else ()):
        p = base + m.start()
        last = next((x for x in ms if x.end == p and x.type == "Region"), None)
        out = d.text.find("出口", sent.start, p)
        if last is None or out < 0:
            continue
        seller = next((x for x in reversed(ms) if x.end <= out and x.type in ("Company", "Region")
                       and (x.type == "Company" or _home(d, x))
                       and _clause_of(sent, x.start) == _clause_of(sent, out)), None)
        dests = _listed_before([x for x in ms if x.type == "Region"], last.end, d.text)
        if seller is None or seller in dests:
            continue
        for x in dests:
            if not _domestic(d, x):
                d.add(seller.key, "exportsTo", x.key, sent, "export")
