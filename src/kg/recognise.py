"""Stage 5, *recognise*: typed mentions from lexicons, patterns and context.

Components, run in order over one document (spaCy-style, each adds
candidate spans with the id of the rule that proposed them):

``lexicon``
    Aho-Corasick match of every lexicon surface (short names only on jieba
    token boundaries; ordinary-word aliases and stock codes not in running
    text).  Lexicon names and name suffixes also cut jieba's tokens.
``suffix:<id>``
    a name suffix (有限公司, 产业园, 大学, 项目, 三年行动 …,
    ``data/patterns/suffixes.tsv``) plus the name-like tokens before it,
    stopping at function words, verbs and punctuation (``words.json``), at
    the end of a name of another type, or at a known name; generic names
    (绿色工业园区, 区域配件中心) need a *proper element*: a lexicon name, a
    word jieba does not know, Latin letters or digits, or a long name.
``industry``
    ``X产业`` / ``X行业``: the known sector in X, with its qualifier
    (智能机器人, 风电装备制造); unknown sectors only beside known ones.
``town``, ``quoted``, ``stock``
    柳北区长塘镇; “一二五”工程 and “七个一批”工作机制; 优必选（9880.HK）.
``person``
    a title (总经理, 书记 …) followed by a 2–3 character name starting with a
    common surname.
``product``
    a brand with a Latin model name (``宏光MINI EV``, ``Walker S1``).
``enum``
    enumeration propagation: in ``X、Y、Z等企业`` every item gets the type
    that the typed items or the head noun (企业, 园区, 产业, 车型 …)
    establishes; a list ends at 等.
``employer``, ``context``
    the name before a title (台湾正新橡胶董事长…) and before 在 <place> 投资
    is a company.
``alias``, ``abbr``
    a second pass over the document for the short forms of the names found
    (柳州优必选智能科技有限公司 → 优必选) and for abbreviations
    (…（以下简称“B”）, 香港贸易发展局（贸发局）).
``nested``
    a company at the start of a project's name (玉柴 in 玉柴发动机智能工厂):
    the one overlap the policy keeps.

Industry words count only where the text speaks of a sector
(:func:`_industry_in_context`).
Overlaps are resolved by :func:`select_longest`: longest span first, then
by rule priority, then leftmost.  Spans inside bylines are dropped.

Examples
--------
>>> from kg.resources import load_resources
>>> from kg.segment import Segmenter
>>> res = load_resources(); seg = Segmenter.from_resources(res)
>>> ms = recognise("d", "柳州天海盟立电器有限公司位于柳南区。", res, seg)
>>> [(m.text, m.type) for m in ms]
[('柳州天海盟立电器有限公司', 'Company'), ('柳南区', 'Region')]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache, partial
from operator import attrgetter

from .model import UNEXPORTED_TYPES, Mention, Token
from .normalise import is_cjk, norm_key
from .sentences import split_sentences

__all__ = ["recognise", "select_longest", "company_core", "strip_legal_and_region", "strip_quotes", "RULE_PRIORITY"]

#: tie-break between spans of equal length: lower is preferred
RULE_PRIORITY = {"titled": -1, "nested": 0, "lexicon": 0, "national": 0, "abbr": 1, "employer": 4, "context": 5, "person": 1, "product": 1, "industry": 2, "quoted": 2, "stock": 1, "suffix": 2, "alias": 3, "enum": 4, "context": 5}

_PUNCT = set("，,。、；;：:！!？?（）()《》“”\"'‘’「」『』【】[]—-…·/ \t\n\u3000")
#: a character of _PUNCT (a regex: faster than a loop over the characters of a word)
_PUNCT_CHAR = re.compile("[" + "".join(map(re.escape, sorted(_PUNCT))) + "]")
#: a character that may be part of a name: ``is_cjk(c) or c.isalnum()`` (``[^\W_]`` is ``isalnum``)
_NAME_CHAR = re.compile(r"[^\W_]|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_QUOTES = "“”\"'‘’「」『』《》"
_LEGAL = ("股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司", "股份公司",
          "集团公司", "公司")
_DESCRIPTORS = ("智能控制", "智能装备", "智能制造", "智能科技", "新能源科技", "汽车科技", "环保科技", "信息科技", "电子科技", "机械科技",
                "科技", "电器", "汽车配件", "汽车零部件", "机械", "电子", "实业", "控股", "动力电池", "电池", "动力",
                "新能源", "新材料", "能源", "汽车", "汽车制造")
#: zone suffixes that make a name by themselves (江南工业新区), unlike 产业园
_PLACE_NAME_SUFFIXES = frozenset({"project_bridge", "project_road", "project_park", "project_museum",
                                  "project_library", "project_archive", "project_seaport"})
#: a programme's name may hold verbs (新兴产业壮大三年行动): only these end it
_INITIATIVE_STOPS = frozenset({"和", "与", "及", "的", "在", "实施", "提出", "加快", "推进", "开展", "印发",
                               "出台", "落实", "推动", "深入", "全面", "启动", "制定", "发布", "通过", "按照",
                               "根据", "围绕", "是", "为", "对", "将", "了", "等"})
_LEADING_VERBS = frozenset("获将由为把被在与和向对从让使给经去到近据往而距")
_DATE_LEAD = re.compile(r"(?:(?:\d{2,4}|今|去|明|前|当)年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:第[\d一二三四五六七八九十]+届)?")
_ZONE_SUFFIXES = ("新区", "高新区", "开发区", "经开区", "试验区", "合作区", "保税区", "自贸区", "智谷", "科技城", "科学城",
                  "出口加工区")
_BUILD_VERBS = ("建设", "新建", "投资", "开工", "打造", "推进", "签约", "引进", "投建", "建成", "启动")
#: what heads a list of projects (在建重点项目|X项目)
_PROJECT_LIST_HEADS = frozenset(("重点", "在建", "重大", "签约", "新建", "招商", "续建", "新开", "开工", "竣工", "投产"))
#: verbs of supporting, reaching, visiting and having a site before a named
#: place or project: no part of its name (全力支持|X项目, 在合肥建有|X基地)
_REACH_VERBS = ("支持", "实现", "借力", "参访", "考察", "参观", "走访", "达成", "开建", "助力", "服务于", "对接",
                "花落", "选址", "分享", "建有", "设有", "拥有", "建立", "设立")
#: one-character words of reference before a zone's or a place's name (即柳东新区, 指防城港产业园)
_REFERENCE_CHARS = frozenset("即指")
_PLAN_VERBS = ("规划", "谋划", "建设", "打造", "推进", "加快", "布局", "启动", "新建", "筹建", "开发")
_GENERIC_CORES = frozenset({"集团", "公司", "股份", "控股", "企业", "科技", "实业", "汽车", "新能源", "银行", "证券",
                            "保险", "信托", "基金"})
#: a sector and a firm's head: what a place's sector group is called after its place
_SECTOR_FIRM = re.compile(r"(?:汽车|机械|钢铁|电子|化工|建设|建工|投资|能源|电力|交通|物流|水务|旅游|医药|农垦|糖业|铝业|"
                          r"有色|港务|航空|铁路|煤炭|冶金|纺织|轻工|商贸|外贸|粮食|林业|渔业|"
                          r"产投|城投|交投|建投|国投|水投|能投|旅投|农投|金投|文旅|发投)(?:集团|公司|股份|控股|工业)")
_GOV_PREFIX = re.compile(r"^(国家|自治区|省|市|县|区|镇|中共|共青团|中国|全国)")


_QUOTE_CHAR = re.compile("[" + re.escape(_QUOTES) + "]")


def strip_quotes(s: str) -> str:
    """``“一二五”工程`` → ``一二五工程``."""
    return _QUOTE_CHAR.sub("", s)  # (a regex: several times faster than a loop over the characters)


def strip_legal_and_region(name: str, regions) -> tuple[str, str]:
    """``(without legal suffix, without legal suffix and region prefix)``.

    >>> strip_legal_and_region("柳州天海盟立电器有限公司", {"柳州"}.__contains__)
    ('柳州天海盟立电器', '天海盟立电器')
    >>> strip_legal_and_region("广东省中山市恒滨实业有限公司", {"广东", "中山"}.__contains__)
    ('广东省中山市恒滨实业', '恒滨实业')
    >>> strip_legal_and_region("陕西汽车集团", {"陕西"}.__contains__)
    ('陕西汽车集团', '陕西汽车集团')
    >>> strip_legal_and_region("合肥中南光电有限公司", {"合肥", "中南"}.__contains__)
    ('合肥中南光电', '中南光电')
    """
    base = name
    for suf in _LEGAL:
        if base.endswith(suf) and len(base) - len(suf) >= 2:
            base = base[: -len(suf)]
            break
    stripped = base
    while True:  # 广东省中山市恒滨实业: every place of the address
        for n in (3, 2):
            if len(stripped) > n + 1 and regions(stripped[:n]):
                rest = stripped[n:]
                if rest.startswith(("市", "省")) and len(rest) > 3:
                    rest = rest[1:]
                if stripped != base and len(rest) <= 2:
                    return base, stripped  # 合肥|中南光电: a second place leaves a name, not a word
                if rest not in _GENERIC_CORES and not _SECTOR_FIRM.fullmatch(rest):
                    stripped = rest
                    break
                return base, stripped  # 陕西|汽车集团: a province's sector group is named by the province
        else:
            break
    if stripped.startswith("市") and len(stripped) > 3 and stripped[1] not in _CITY_WORD_HEADS:
        stripped = stripped[1:]  # (柳州)市延龙汽车: the city's firm
    return base, stripped


#: second characters of words that begin with 市 (市政, 市场, 市民 …): no city's firm
_CITY_WORD_HEADS = frozenset("政场民区委级属直内外中")


def company_core(name: str, regions) -> list[str]:
    """Short forms of a company name, longest first.

    ``regions`` is a predicate telling whether a prefix is a region name.

    >>> company_core("柳州天海盟立电器有限公司", lambda s: s in {"柳州", "广西"})
    ['柳州天海盟立电器', '天海盟立电器', '柳州天海盟立', '天海盟立']
    """
    base, stripped = strip_legal_and_region(name, regions)
    if base.endswith("集团") and base[:-2].endswith(_DESCRIPTORS) and len(base) > 5:
        base, stripped = base[:-2], stripped[:-2] if stripped.endswith("集团") else stripped
        # 冠捷科技集团 is 冠捷科技 (but 柳钢集团 is no 柳钢新材料: 集团 after a brand stays)
    forms = []
    if base != name:
        forms.append(base)
    if stripped != base:
        forms.append(stripped)
    for _ in range(2):  # 冠捷科技集团 → 冠捷科技 → 冠捷
        d = next((d for d in _DESCRIPTORS if base.endswith(d) and len(base) - len(d) >= 2), None)
        if d is None:
            break
        if stripped != base and stripped.endswith(d) and len(stripped) - len(d) >= 2:
            forms.append(base[: -len(d)])
            forms.append(stripped[: -len(d)])
            stripped = stripped[: -len(d)]
        else:
            forms.append(base[: -len(d)])
            stripped = base[: -len(d)] if stripped == base else stripped
        base = base[: -len(d)]
    out = []
    for f in forms:
        if f not in out and f != name and len(f) >= 2 and f not in _GENERIC_CORES and not regions(f):
            out.append(f)
    return sorted(out, key=len, reverse=True)


_START, _END = attrgetter("start"), attrgetter("end")


class _Where:
    """``pos in where``: a membership test computed on demand."""

    __slots__ = ("test",)

    def __init__(self, test):
        self.test = test

    def __contains__(self, pos) -> bool:
        return self.test(pos)


def _boundaries(tokens) -> tuple[set[int], set[int]]:
    if hasattr(tokens, "is_start"):  # LazyTokens: segment only the blocks asked about
        return _Where(tokens.is_start), _Where(tokens.is_end)
    return set(map(_START, tokens)), set(map(_END, tokens))


def _masked(start: int, end: int, masks) -> bool:
    return bool(masks) and any(s < end and start < e for s, e in masks)  # (most texts mask nothing)


_HEAD_NOUNS = frozenset(("集团", "企业", "产业", "行业", "车企", "厂商", "各国", "国家", "首相", "总理", "总统", "政府", "地区"))


#: the level word a body's short name opens with when its place is left out (市政府, 区委)
_ADMIN_HEADS = frozenset("市省区县")


def _lexicon_mentions(doc, text, res, starts, ends, seg=None):
    low = text.lower()
    g = res.gazetteer
    generic = res.word_set("generic_names")
    hits = list(g.iter_matches(low))
    # places written together (广西南宁, one jieba word): each is a place
    places = {(s, e) for s, e, n in hits if g.entries[n].type == "Region" and 2 <= e - s <= 3}
    place_starts = {s: e for s, e in places}
    place_ends = {e: s for s, e in places}
    home = res.words.get("home_province")
    bare_needs_list = res.word_set("sectors_named_with_suffix")
    region_ends = {e: s for s, e, n in hits if g.entries[n].type == "Region"}
    for s, e, name in hits:
        # every test below only drops a hit, so the order is free: the ones that
        # need no tokens come first (``s in starts`` may segment a block)
        if name in generic:
            continue  # 战略性新兴产业: a lexicon may list it, but it names no particular thing
        surf = text[s:e]
        entry = g.entries[name]
        if _guoji(text, s, e):
            continue  # 华泰|国际: the 国 of 国际, not 泰国
        if surf[:1] in _ADMIN_HEADS and surf != name and region_ends.get(s + 1, s) < s:
            continue  # 南宁|市人大常委会: the story's own city's body (市人大常委会) only with no city before
        if surf == name and name in bare_needs_list and not _listed_with_known_industry(text, s, e, res):
            continue  # 联合电子公司: 电子 alone is a sector only in a list of sectors (电子产业 always is)
        if e - s <= 2 and surf != name and entry.kind != "political_party" and seg is not None \
                and seg.is_common_word(surf, 1500) and not _listed_with_place(text, s, e, place_starts, place_ends):
            continue  # 通道 is a word before it is 通道侗族自治县 (but 华南、中南、西南: places)
        if e - s <= 2 and surf != name and seg is not None and entry.kind in _COUNTY_KINDS and \
                _province(g, entry) != home and seg.is_common_word(surf, 50) \
                and not _listed_with_place(text, s, e, place_starts, place_ends):
            continue  # 代工大厂: a big factory, not 大厂回族自治县 in Hebei (but 镇江、江阴: places)
        if entry.kind == "listed_company" and seg is not None and _ordinary_words(surf, seg) \
                and not _company_context(text, s, e, res):
            continue  # 推进城建发展: a listed company's short name made of ordinary words
        if entry.type == "Company" and e - s == 2 and seg is not None and seg.is_common_word(surf, 500) \
                and not _company_context(text, s, e, res) and not text.startswith(_FIRM_AFTER, e):
            continue  # 东风吹来: a firm's two-character name that is an everyday word needs a firm's context
        if name == home and s in starts:
            pass  # 广西|宁福 is jieba's 广|西宁|福: the home province's name is read first
        elif surf.isascii():
            if (s > 0 and low[s - 1].isalnum() and low[s - 1].isascii()) or \
                    (e < len(low) and low[e].isalnum() and low[e].isascii()):
                continue
        elif e - s <= 2 and not (s in starts and (e in ends or (
                e + 2 in ends and text[e:e + 2] in _HEAD_NOUNS))) and not (
                (s, e) in places and ((s in starts and place_starts.get(e, -1) in ends)
                                      or (e in ends and place_ends.get(s, -1) in starts))):
            continue  # but 汽车|集团 is one jieba word with a sector in it, 广西|南宁 two places
        elif e - s == 3 and not (s in starts or e in ends):
            continue
        elif e - s == 3 and entry.type == "Industry" and (
                (e not in ends and e - 1 in starts) or (s not in starts and s + 1 in ends)):
            continue  # 制造|业务: a word that begins on the sector's last character runs past it
        if entry.kind == "listed_company" and e - s == 3 and not (s in starts and e in ends):
            continue  # “五喜临门”: a listed short name inside a longer word is that word
        if entry.type == "Organization" and text.startswith("代表", e) and entry.kind == "legislature":
            # 全国人大代表: a deputy's title, not the body acting (read as one
            # name, so no other rule takes it for an employer, then dropped)
            yield Mention(doc, s, e, surf, "Title", "lexicon", key=name)
            continue
        if entry.kind == "listed_company" and e - s <= 3 and seg is not None and e < len(text) \
                and seg.is_common_word(text[e - 1:e + 1], 1000) and not _company_context(text, s, e, res):
            continue  # 四方|达成: the name's last character begins an everyday word (our own dictionary
            # knows 四方达, so jieba's tokens do not show it)
        yield Mention(doc, s, e, surf, entry.type, "lexicon", key=name)


def _foreign_national(lex: list[Mention], text: str, res) -> list[Mention]:
    """A foreign country's name before a known firm named 国家… is that
    country's national firm (印尼|国家电网 is Indonesia's grid, not China's
    State Grid), and before a known ministry (印尼|财政部) that country's
    ministry: one mention of a body of its own."""
    out: list[Mention] = []
    for m in lex:
        prev = out[-1] if out else None
        if ((m.type == "Company" and m.text.startswith("国家")) or (m.type == "Organization" and m.text.endswith("部"))) \
                and prev is not None and prev.end == m.start \
                and prev.type == "Region" and (e := res.gazetteer.entries.get(prev.key)) is not None \
                and e.kind == "country" and prev.key != res.words.get("home_country"):
            out[-1] = Mention(m.doc, prev.start, m.end, text[prev.start:m.end], m.type, "national",
                              key=text[prev.start:m.end])
            continue
        out.append(m)
    return out


def _listed_with_place(text: str, s: int, e: int, place_starts, place_ends) -> bool:
    """Is ``text[s:e]`` an item of a list of places (华东、华南、西南)?"""
    return (text[s - 1:s] == "、" and s - 1 in place_ends) or (text[e:e + 1] == "、" and e + 1 in place_starts)


def _province(g, entry) -> str:
    """The province a county-level region lies in (its city's parent)."""
    city = g.entries.get(entry.parent)
    return city.parent if city is not None else ""


def _ordinary_words(name: str, seg) -> bool:
    """Is ``name`` made of everyday words (城建|发展), by jieba's own counts?"""
    if len(name) == 4:
        return seg.is_common_word(name[:2], 100) and seg.is_common_word(name[2:], 100)
    if len(name) == 2:
        return seg.is_common_word(name, 300)
    return False


_SHARE_AFTER = re.compile(r"(?:占|持有|持)(?:约|近)?[\d.]+%|持股|控股|出资|注资")


def _company_context(text: str, s: int, e: int, res) -> bool:
    """Does the text around ``[s, e)`` speak of a company (深圳大族激光,
    X股份, X等企业, X董事长)?"""
    after = text[e:e + 3]
    if after.startswith(("公司", "集团", "股份", "有限", "等", "、", "董事", "总经理", "（", "(")):
        return True
    if _SHARE_AFTER.match(text, e):
        return True  # 东风汽车占37.5%的股份, X持股30%: only firms hold shares
    if text[s - 1:s] in ("、", "与", "和"):
        return True
    for n in (2, 3):
        hit = res.gazetteer.lookup(text[max(0, s - n):s])
        if hit is not None and hit[1].type == "Region":
            return True
    return False


_FIRM_BEFORE = ("企业", "公司", "厂", "厂商", "集团", "、", "与", "和", "及", "同", "子公司", "品牌")
_FIRM_AFTER = ("等", "、", "与", "和", "在", "落户", "入驻", "进驻", "投资", "签约", "签署", "董事", "总经理",
               "（", "(", "公司", "集团", "股份", "有限", "是一家", "成立于", "副总", "负责人",
               "主要生产", "主营", "专注于", "位于", "出口", "产品")


def _firm_context(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` written where a firm's name stands (台资企业X, X等企业,
    与X签约, X落户, X董事长)?

    >>> _firm_context("台资企业旺福食品也在南宁", 4, 8), _firm_context("网购家电很方便", 0, 4)
    (True, False)
    """
    return text.endswith(_FIRM_BEFORE, 0, s) or text.startswith(_FIRM_AFTER, e) or \
        text.startswith(("也在", "已在", "将在", "还在", "正在"), e)


def _token_index(tokens, pos: int) -> int:
    """Index of the token that ends at ``pos`` (or contains ``pos - 1``)."""
    lo, hi = 0, len(tokens) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        t = tokens[mid]
        if t.end < pos:
            lo = mid + 1
        elif t.start >= pos:
            hi = mid - 1
        else:
            return mid
    return -1


def _token_at(tokens, pos: int):
    """The token that ends at ``pos`` (or contains ``pos - 1``), or None."""
    at = getattr(tokens, "at", None)
    if at is not None:  # LazyTokens
        return at(pos)
    i = _token_index(tokens, pos)
    return tokens[i] if i >= 0 else None


def _token_getter(tokens):
    """``partial(_token_at, tokens)``, as the LazyTokens' own ``at`` when it has one."""
    at = getattr(tokens, "at", None)
    return at if at is not None else partial(_token_at, tokens)


#: a number and a measure word (10台, 3家, 200套): no part of a name
_COUNTED = re.compile(r"(?:[\d０-９.]+|[一二两三四五六七八九十几数]+)(?:多|余)?[台家个辆套名位项座条只件批次]")


#: a count and its measure word right before a name (一座, 两个, 3家)
_COUNT_BEFORE = re.compile(r"(?:[\d０-９]+|[一二两三四五六七八九十几数]+)[座个家项条批所]$")
#: words of business that name no firm by themselves (投资发展, 实业, 控股)
_BUSINESS_WORDS = re.compile(r"(?:工业|控股|投资|实业|发展|集团|建设|产业|资产|经营|管理|国有|国资|城建|"
                             r"开发|运营|服务|贸易|商贸|置业|金融)+")
#: a short qualifier in brackets inside a name: (地区), （柳州）
_PAREN_INSERT = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]")


def _extend_left(text, tokens, pos, stop, limit=18, masks=(), walls=frozenset(), allow_and=(),
                 firm_parts=()):
    """Start of the name-like run of tokens ending at ``pos``.

    ``walls`` are positions the name cannot extend over (the ends of other
    names: 英国车辆认证局|对广西康明斯动力有限公司).  ``firm_parts`` is a pair
    (stop words that may be part of a firm's name, the words that must
    follow them then): 投资|发展有限公司.
    """
    token_at = _token_getter(tokens)  # (one lookup of the method, not one per token)
    t = token_at(pos)
    start = pos
    while t is not None:
        if start != pos and start in walls:
            break
        if t.end > pos:  # token straddles the suffix start: take its part before pos
            part = text[t.start:pos]
            if not part or _PUNCT_CHAR.search(part):
                break
            start = t.start
            t = token_at(t.start)
            continue
        w = t.text
        if w in (")", "）") and (q := _PAREN_INSERT.search(text, max(0, t.start - 6), t.end)) is not None \
                and q.end() == t.end and q.start() > 0 and is_cjk(text[q.start() - 1]):
            start = q.start()  # 中国香港(地区)商会: a qualifier in brackets inside the name
            t = token_at(q.start())
            continue
        if w == "”" or w == "\"" or w == "」":  # a quoted part of the name: “一二五”工程
            j = text.rfind("“", max(0, t.start - 12), t.start)
            if j < 0:
                break
            start = j
            t = token_at(j)
            continue
        if _PUNCT_CHAR.search(w):
            break
        if w in stop:
            # jieba splits unknown names into characters: 阳|和|工业新区, 嘉|和|机电;
            # a one-character "stop" between two such fragments is part of the name
            prev = token_at(t.start)
            fragment = (len(w) == 1 and prev is not None and len(prev.text) == 1 and is_cjk(prev.text)
                        and prev.text not in stop and pos - t.start <= 6)
            # 澳门城(中国)投资|发展有限公司: 投资 as a part of a firm's name, not its verb
            part = bool(firm_parts) and w in firm_parts[0] and text.startswith(_as_tuple(firm_parts[1]), t.end)
            # 智慧储能及动力电池制造基地: 及 joins two parts of one facility's name
            joined = (w in allow_and and prev is not None and prev.text not in stop
                      and not _PUNCT_CHAR.search(prev.text) and pos - t.end >= 2)
            # (but not 与 right before the suffix: 领导及时与|项目)
            if not (fragment or joined or part):
                break
        if masks and _masked(t.start, t.end, masks):
            break
        if pos - t.start > limit:
            break
        if not _NAME_CHAR.search(w):
            break
        start = t.start
        t = token_at(t.start)
    for c in _COUNTED.finditer(text, start, pos):
        start = c.end()  # 部署10台|鸿翔机器人公司: a count and its measure word end a name
    return start


def _anchor_on_lexicon(text, start, end, typ, res) -> int:
    """A known name ending where the candidate ends bounds it on the left,
    unless only place names stand before it: 写在|北部生态新区, but
    广西柳州市|柳东新区 stays whole (the resolver strips the places)."""
    best = None
    for s, e, n in res.gazetteer.iter_matches(text[start:end].lower()):
        if start + e == end and s > 0 and res.gazetteer.entries[n].type == typ:
            best = s if best is None else min(best, s)
    if best is None:
        return start
    head = text[start:start + best]
    covered = 0
    for s, e, n in res.gazetteer.iter_matches(head.lower()):
        if res.gazetteer.entries[n].type == "Region":
            covered = max(covered, e) if s <= covered else covered
    return start if covered >= len(head) else start + best


def _guoji(text: str, s: int, e: int) -> bool:
    """Is the place name ``text[s:e]`` a country's ending in 国 whose 国 begins
    国际 (华泰|国际货运: no 泰国 in it)?

    >>> _guoji("华泰国际货运", 1, 3), _guoji("泰国客商", 0, 2)
    (True, False)
    """
    return text.endswith("国", s, e) and text.startswith("际", e)


def _restart_at_place(text, start, end, res) -> int:
    """A long run before 有限公司 that has a place name inside it starts at
    that place (…根本没有|武汉市艾芬纸业集团有限公司), unless what precedes the
    place is itself a known company (上汽通用五菱|印尼汽车有限公司) or places."""
    hits = [(s, e, res.gazetteer.entries[n]) for s, e, n in res.gazetteer.iter_matches(text[start:end].lower())]
    regions = [(s, e) for s, e, en in hits if en.type == "Region" and not _guoji(text, start + s, start + e)]
    # (not a place that starts inside another: 广|西宁 in 广西宁福)
    places = [(s, e) for s, e in regions if s > 0 and not any(s2 < s < e2 for s2, e2 in regions)]
    if not places:
        return start
    s0 = places[-1][0]
    head = [(s, e, en) for s, e, en in hits if e <= s0]
    if any(en.type in ("Company", "Organization") for _, _, en in head):
        return start
    covered = sum(e - s for s, e, en in head if en.type == "Region")
    if covered >= s0:  # 广西柳州市…: only places before it
        return start
    return start + s0


def _owner_before_place(text, tokens, start, suffix_start, found, by_suffix, stop, masks, res) -> int:
    """A facility named by its owner and its place, 某某公司柳州项目: when only a
    place stands between a company's name (ending in 公司/集团) and the
    project suffix, the project's name starts with the company's."""
    place = res.gazetteer.lookup(text[start:suffix_start])
    if place is None or place[1].type != "Region":
        return start
    owner = next((f for f in found if f.end() == start and by_suffix[f.group()][1] == "Company"), None)
    if owner is None:
        return start
    s = _extend_left(text, tokens, owner.start(), stop, masks=masks)
    return s if owner.start() - s >= 2 else start


@lru_cache(maxsize=256)
def _words_containing(part: str, words: frozenset) -> tuple:
    """The words of ``words`` longer than ``part`` that contain it, once per
    suffix (a suffix is inside few of them)."""
    return tuple(w for w in sorted(words) if len(w) > len(part) and part in w)


def _inside_word(text, start, end, words) -> bool:
    """Is ``text[start:end]`` inside one of ``words`` (布局 for 局)?

    >>> _inside_word("在柳州布局的", 4, 5, {"布局"})
    True
    """
    for w in words:
        if len(w) <= end - start:
            continue
        i = text.find(w, max(0, end - len(w)), start + len(w))
        if i >= 0 and i <= start and i + len(w) >= end:
            return True
    return False


@lru_cache(maxsize=16)
def _alternation(words: tuple) -> re.Pattern:
    """``re.compile("|".join(map(re.escape, words)))``, once per word list."""
    return re.compile("|".join(re.escape(w) for w in words))


def _walls_by_type(found, by_suffix):
    """Ends of the suffix matches a name of each type may not extend over
    (a name of another type ends there), computed once per document."""
    cache: dict[str, frozenset] = {}

    def walls(typ: str) -> frozenset:
        if typ not in cache:
            cache[typ] = frozenset(
                f.end() for f in found
                if by_suffix[f.group()][1] != typ and by_suffix[f.group()][0] != "org_ministry"
                and not by_suffix[f.group()][0].startswith("company_desc")
                and by_suffix[f.group()][0] != "project_seaport"  # 中国香港|(地区)商会: 港 ends a city's name too
                and by_suffix[f.group()][0] not in _ROUTE_SUFFIXES  # 南宁铁路|局, 高铁路|经济带
                and not (typ == "Project" and by_suffix[f.group()][0] == "company_group")
                # a body may be named after a zone (…产业园区改革发展办公室, X新区规划局)
                and not (typ == "Organization" and by_suffix[f.group()][1] == "IndustrialPark"))
        return cache[typ]

    return walls


@lru_cache(maxsize=8)
def _suffix_tables(suffixes: tuple):
    """The alternation of the suffixes, and the first row of each suffix."""
    by_suffix = {}
    for s in suffixes:
        by_suffix.setdefault(s[2], s)
    return _alternation(tuple(s[2] for s in suffixes)), by_suffix


#: levels of government whose own offices are named after them (自治区港澳办, 市发改委)
_GOV_LEVELS = frozenset(("自治区", "省", "市", "县", "区"))


def _joined_place_before(text: str, start: int, res) -> int:
    """A name after two places joined by · or a dash (河池·东莞工业加工区,
    中国—东盟产业合作区, 中国──东盟新型智慧城市协同创新中心) starts at the
    first place; else ``start``."""
    while True:
        j = start
        while j > start - 2 and text[j - 1:j] in _JOINERS:
            j -= 1  # one or two dash characters
        if j == start or not any(_is_region(text[start:start + n], res) for n in (2, 3)):
            return start
        left = next((n for n in (3, 2) if _is_region(text[j - n:j], res)), None)
        if left is None:
            return start
        start = j - left
        # 中国东兴—越南芒街: the country of the first place (not its province:
        # 广西|北海—澳门X产业园 is the city's name with a prefix); and
        # 芒街—下龙—海防: a chain of places
        outer = next((n for n in (3, 2) if _country_of(res, text[start - n:start], text[start:j])), None)
        if outer is not None:
            start -= outer


_JOINERS = frozenset("·—－-–─")


def _country_of(res, outer: str, inner: str) -> bool:
    """Is ``outer`` the country that holds place ``inner`` (中国 ⊃ 东兴; 越南 ⊃ 芒街)?"""
    a, b = res.gazetteer.lookup(outer), res.gazetteer.lookup(inner)
    return a is not None and b is not None and a[1].kind == "country" and b[1].type == "Region" \
        and a[0] in res.gazetteer.ancestors(b[0])


class _Walls:
    """A set of name ends, each checked by ``real(end)`` only when a name
    reaches it (``end in walls``)."""

    __slots__ = ("ends", "real")

    def __init__(self, ends, real):
        self.ends, self.real = ends, real

    def __contains__(self, end) -> bool:
        return end in self.ends and self.real(end)


def _suffix_in_word(m, raw_tokens, seg) -> bool:
    """Does suffix match ``m`` continue into a longer word (大学 in 大学生, 工程 in
    工程机械)?  A jieba guess that is no dictionary word (局|是) does not count."""
    end = m.end()
    rt = _token_at(raw_tokens, end)
    return rt is not None and rt.end > end and rt.start < end and seg.is_common_word(rt.text, 1) \
        and rt.text[end - rt.start:] not in _LOCATIVES  # but 产业|园内: in the park


#: what follows a place in one jieba word (园内, 区外, 城里): the place ends there
_LOCATIVES = frozenset(("内", "外", "里", "中", "旁", "边", "前", "后"))


def _strip_function_lead(text, tokens, start: int, stop: int, res) -> int:
    """Start a name after the last verb, conjunction, preposition or adverb
    (jieba's own tags, ``function_words.txt``) that a known place, firm, zone
    or body follows: 瞄准|柳州汽车城, 铁海联运班列驶离|柳州南物流中心,
    需求和|广西新能源汽车实验室; or after a frequent one (``common_words.txt``)
    that opens the name, alone or after a known body, when something
    particular is left: 送到|中大医院, 商务部|公布|国家汽车及零部件出口基地.
    A brand made of such a word (联合电子, 腾飞科技; ``words.json``
    ``brand_verbs``: 联合重工集团) stays whole,
    and so does a project that makes a sector's goods (冲压设备制造|汽车车门
    零部件项目): nothing of those kinds follows the word."""
    fw = res.word_set("function_words")
    s = start
    while s < stop:
        t = _token_at(tokens, s + 1)
        if t is None or t.end >= stop:
            break
        if t.start == s and t.text in fw and (
                _known_at(text, t.end, stop, res)
                or (stop - t.end >= 2 and len(t.text) >= 2 and _common_word(res, t.text)
                    and res.gazetteer.lookup(t.text) is None
                    and (t.start == start or _known_body(text[start:t.start], res))
                    and t.text not in res.word_set("brand_verbs"))):
            start = t.end  # also 商务部|公布|…基地, 送到|中大医院: a name and its verb, or a verb,
            # lead (but not a verb that brands are made of: 联合重工集团, 创新科技)
        s = t.end
    return start


def _after_leading_verbs(text, tokens, start: int, end: int, res) -> int:
    """The first item of a list starts after the verbs, prepositions and
    adverbs jieba reads before it (汇聚|有|惠科、朗科…), when two characters or
    more are left and the word is none that brands are made of (联合电子)."""
    fw = res.word_set("function_words")
    stripped = False
    while (t := _token_at(tokens, start + 1)) is not None and t.start == start and end - t.end >= 2 \
            and t.text in fw and t.text not in res.word_set("brand_verbs") \
            and (len(t.text) >= 2 or t.text in _LEADING_VERBS):  # (爱|芒果电子 is a brand: 爱 stays)
        start, stripped = t.end, True
    if stripped and text[start] in "有了着" and end - start > 2:
        start += 1  # 汇聚|有惠科: jieba glued the verb's 有 to the name
    elif text[start] in "内里" and text[start - 1:start] in ("园", "区", "城") and end - start > 2:
        start += 1  # 园区内|瑞仪: the locative of the zone before the list
    return start


def _known_body(text: str, res) -> bool:
    """Is ``text`` the name of a known body or firm (商务部|公布…)?  Not a
    place: 张家口|联合石油化工, 中国|支付清算协会 are names."""
    hit = res.gazetteer.lookup(text)
    return hit is not None and hit[1].type in ("Organization", "Company")


def _common_word(res, word: str) -> bool:
    """Is ``word`` one of jieba's frequent words (``common_words.txt``)?"""
    return word in res.word_set("common_words")


_PROPER_TYPES = frozenset(("Region", "Company", "IndustrialPark", "Organization"))


def _known_at(text: str, pos: int, stop: int, res) -> bool:
    """Does the name of a place, firm, zone or body start at ``pos`` and end by ``stop``?"""
    look = res.gazetteer.lookup
    return any((h := look(text[pos:pos + k])) is not None and h[1].type in _PROPER_TYPES
               for k in range(2, min(8, stop - pos) + 1))


#: the rest of a clause ``以 X 为 …`` after a name (以X、Y等龙头企业为核心)
_YI_WEI = re.compile(r"[^，,。；;！？!?]{0,30}?为")


#: prefixes of a level of government that name no particular body by themselves
_LEVEL_PREFIXES = frozenset(("国家级", "自治区级", "省级", "市级"))


def _name_opens_with_and(text: str, start: int, res) -> bool:
    """Is the 和 at ``start`` the first character of a name (，和而泰公司…)?  At
    the start of a clause 和 joins nothing; it is a preposition only before a
    name we know (，和柳工合作)."""
    return text[start] == "和" and (start == 0 or text[start - 1] in "，,。；;：:“\"「（(\n") and not any(
        res.gazetteer.lookup(text[start + 1:start + 1 + k]) is not None for k in (2, 3, 4))


def _suffix_mentions(doc, text, tokens, res, seg, masks, raw_tokens=()):
    words = res.words
    not_names = res.word_set("not_names")
    stop = res.word_set("stop_tokens")
    generic = res.word_set("generic_names")
    ministry = res.word_set("ministry_stems")
    generic_prefixes = _union(res.word_set("generic_prefixes"), _LEVEL_PREFIXES)
    never = _never_re(res)
    weak = res.word_set("weak_descriptors")
    suffixes = res.suffixes
    alt, by_suffix = _suffix_tables(suffixes)
    found = list(alt.finditer(text))
    # a suffix inside a longer word (金泰工程|机械) walls no name either; asked
    # only of the walls a name reaches (the question costs a segmentation)
    in_word: dict[int, bool] = {}

    def real_wall(e: int) -> bool:
        if e not in in_word:
            in_word[e] = all(_suffix_in_word(f, raw_tokens, seg) for f in found if f.end() == e)
        return not in_word[e]

    walls_for = _walls_by_type(found, by_suffix)
    firm_ends = frozenset(f.end() for f in found if by_suffix[f.group()][0].startswith(
        ("company_legal", "company_corp", "company_group")))
    legal_ends = frozenset(f.end() for f in found if by_suffix[f.group()][0].startswith("company_legal"))
    for m in found:
        suf = m.group()
        sid, typ, _, min_prefix = by_suffix[suf]
        end = m.end()
        if sid == "project_seaport" and not _port_place(text[max(0, m.start() - 8):m.start()], res):
            continue  # (香港, 港口: most 港 end no port's name; checked before the costly search)
        if sid == "org_taiwan_assoc" and text.startswith("会", end) and not text.startswith("会长", end):
            end += 1  # 梧州市台协会; but 玉林台协|会长
        if _inside_word(text, m.start(), end, _words_containing(suf, not_names)):
            continue  # 布局, 大学生: the suffix is part of an ordinary word
        if sid != "org_taiwan_assoc" and _suffix_in_word(m, raw_tokens, seg):
            continue  # 大学|生, 工程|机械 (but 台协 is read across jieba's 台|协会)
        walls = walls_for(typ)  # ends of names of other types, left of this one
        if typ == "Company" and text[m.start() - 1:m.start()] != "分" and sid not in (
                "company_factory", "company_bank_branch"):
            # 上市公司|港翔动力控股: a firm's name ends at 公司 (not a 分公司's or a
            # works' name: 柳钢集团一轧厂)
            walls = walls | firm_ends
        elif sid == "company_factory":
            walls = walls | legal_ends  # X有限公司|柳州新厂项目: a works' name ends at 有限公司
        start = _extend_left(text, tokens, m.start(), _INITIATIVE_STOPS if typ == "Initiative" else stop,
                             masks=masks, walls=_Walls(walls, real_wall),
                             allow_and=("及", "与") if typ == "Project" else ("和",) if typ == "Organization" else (),
                             limit=30 if typ == "Project" else 18,
                             firm_parts=(res.word_set("firm_name_verbs"), res.word_set("firm_name_parts"))
                             if typ == "Company" else ())
        if typ == "IndustrialPark" and start >= m.start() - 4 and text.endswith(_RANK_ENDS, 0, m.start()):
            start = _place_before_rank(text, tokens, start, m.start(), res, seg)
        if typ == "IndustrialPark":
            start = max([f.end() for f in found if start < f.end() < m.start() - 2 and by_suffix[f.group()][1] == typ
                         and any(_is_region(text[f.end():f.end() + n], res) for n in (2, 3))] + [start])
            # 梧州陶瓷产业园|藤县中和集中区: a zone, then a county's part of it
        ext_start = start
        if typ == "Project" and start in walls and real_wall(start):
            start = _owner_before_place(text, tokens, start, m.start(), found, by_suffix, stop, masks, res)
        start = _joined_place_before(text, start, res)  # 河池·东莞工业加工区, 中国—东盟X中心
        if m.start() - start < min_prefix:
            continue
        start = _anchor_on_lexicon(text, start, end, typ, res)
        while m.start() - start > 2 and text[start] in _LEADING_VERBS and not _name_opens_with_and(text, start, res):
            start += 1  # 获|新鹏机器人: jieba glued a verb to an unknown name
        cut = max(text.rfind(c, start, m.start()) for c in "的是在")
        if cut >= 0 and m.start() - (cut + 1) >= max(2, min_prefix):
            start = cut + 1  # 内的晟钰|科技: jieba glued a particle to an unknown name
        if typ in ("IndustrialPark", "Project"):
            v = max((text.rfind(w, start, m.start()) + len(w) for w in _PLAN_VERBS + _REACH_VERBS
                     if text.rfind(w, start, m.start()) >= 0), default=-1)
            if v > start and m.start() - v < 2 and text.endswith(_REACH_VERBS, start, v):
                continue  # 合肥建有|生产基地, 分享|新区: a verb, then only the kind: no name
                # (but 建设|项目 ends a name: X平台建设项目)
            if v > start and m.start() - v >= 2:
                start = v  # 创新规划|滨江智谷, 全力支持|武钢配送中心项目: the verb is no part of its name
            ref = max((i for i in range(start, m.start() - 2) if text[i] in _REFERENCE_CHARS and any(
                res.gazetteer.lookup(text[i + 1:j]) is not None for j in (i + 3, i + 4, i + 5, end))), default=-1)
            if ref >= 0:
                start = ref + 1  # 柳东新区即|柳东高新区, 这里指|防城港产业园: the name starts with the place
            inner = text.rfind("项目", start, m.start() - 1) if typ == "Project" else -1
            if inner >= 2 and text[inner - 2:inner] in _PROJECT_LIST_HEADS and m.start() - (inner + 2) >= 4:
                start = inner + 2  # 在建重点项目|银海铝业年产…项目: a list's head is no part of the name
        lead = _DATE_LEAD.match(text, start, m.start())
        if lead:
            start = lead.end()  # 2024年自治区产业园区: the year is no part of the name
        if typ == "Company" and m.start() - start > 6:
            start = _restart_at_place(text, start, m.start(), res)
        start = _strip_function_lead(text, tokens, start, m.start(), res)
        head = text[start:m.start()]
        if head.count(")") + head.count("）") > head.count("(") + head.count("（"):
            start = ext_start  # 冠捷科技(北海)有限公司: never start inside the brackets
        ji = text.rfind("暨", start, m.start())
        if ji > start and text.endswith(suf, start, ji):
            start = ji + 1  # X项目暨Y项目: two names of one event, each its own
        if text[start] == "以" and _YI_WEI.match(text, end):
            start += 1  # 以|X有限公司、Y等企业为核心: 以…为 frames the name
        if text[start] == "除" and text.startswith(("外", "以外", "之外"), end):
            start += 1  # 除|X基金会外: 除…外 frames the name
        if typ == "Project" and _PREDICATE_BEFORE.search(text, max(0, start - 24), start) \
                and _descriptive(text, tokens, start, m.start(), res, seg):
            continue  # 柳州是国家汽车零部件生产基地, 打造…中高端汽车制造基地: what a place is or becomes
        if typ == "IndustrialPark" and _SIZE_LEAD.match(text, start, m.start()):
            continue  # (打造成)千亿元电子信息产业园区: a size to reach, no park's name
        if typ == "Company" and suf == "集团" and _described_firm(text[start:m.start()], res):
            continue  # 上海市国有大型化工集团: a kind of group, not one group's name
        if typ == "IndustrialPark" and suf.startswith("产业") and _generic_core(text[start:m.start()], res):
            continue  # 广西战略性新兴产业城: a title, a kind of zone, not one zone's name
        if typ == "Project" and _market_base(text[start:m.start()], res):
            continue  # 东南亚出口基地: a base for a market abroad, no project's name
        if typ == "Project" and _national_title(text, tokens, start, m.start(), res, seg):
            continue  # 国家汽车及零部件出口基地, 中国新能源汽车城: a title a place holds
        if typ == "Project" and suf == "工程" and (
                text.startswith(_as_tuple(_union(res.word_set("titles"), _TITLE_HEADS)), end)
                or _descriptive(text, tokens, start, m.start(), res, seg, strict=True)):
            continue  # 制造工程|总监: a trade in a title; 海上风电与海洋工程: sectors, not a work
        if typ == "Project" and text[start:end].endswith(_as_tuple(res.word_set("generic_project_ends"))):
            continue  # 2025年一季度重大项目, 中国援外项目, 新能源汽车新项目: a kind of project
        if typ == "Project" and suf.endswith("中心") and _body_at(text, start, m.start(), res):
            typ = "Organization"  # 科技部火炬高技术产业开发中心: a body's agency, no facility
        if typ == "Organization" and (h := res.gazetteer.lookup(text[start:m.start()])) is not None \
                and h[1].type == "Organization":
            continue  # 商务部|发改委: two bodies side by side, not one body's name
        if typ == "Project" and _COUNT_BEFORE.search(text, max(0, start - 4), start) \
                and _descriptive(text, tokens, start, m.start(), res, seg):
            continue  # 建设一座|现代化工程机械制造工厂: a kind of works, counted
        if sid.startswith("company_legal") and _BUSINESS_WORDS.fullmatch(text[start:m.start()]):
            # 柳州北部新区|投资发展有限公司: business words alone are the firm of the
            # zone or place named right before them (over the zone's end), or of no one
            wider = _extend_left(text, tokens, m.start(), stop, masks=masks,
                                 firm_parts=(res.word_set("firm_name_verbs"), res.word_set("firm_name_parts")))
            if wider >= start or not _has_proper_element(text, tokens, wider, start, res, seg, "IndustrialPark"):
                continue
            start = wider
        name = text[start:end]
        key = strip_quotes(name)
        prefix = strip_quotes(text[start:m.start()])
        if not prefix:
            continue
        if key in generic or prefix in generic or prefix in stop:
            continue
        if not any(is_cjk(c) or c.isalpha() for c in prefix):
            continue
        if re.match(r"^[\d一二三四五六七八九十百千两多几]+[个家大所项座批条名位类种]", prefix) or (
                prefix[0].isdigit() and typ == "Company"):
            continue  # 150个国家重点实验室, 5大全球研发基地: a count of things, not a name
        if re.fullmatch(r"第[\d一二三四五六七八九十]+(?:期|号|座|个)?", prefix):
            continue  # 第二工厂: an ordinal names no project
        if never.search(prefix) or typ in ("Company", "Organization") and any(
                w in prefix for w in words.get("never_in_firm_name", ())):
            continue  # 小李是北京某大学: a clause, not a name (利用银行: a verb, no firm's
            # name, though 资源综合利用项目 names a project)
        if sid in ("org_bureau", "org_dept", "org_committee", "org_gov2", "org_office",
                   "org_party_committee") and not _GOV_PREFIX.match(key) and \
                res.gazetteer.lookup(key[:2]) is None and res.gazetteer.lookup(key[:3]) is None:
            continue
        if (sid in ("org_party_committee2", "org_party_committee") or sid == "org_committee2" and text.startswith(
                _as_tuple(_union(res.word_set("titles"), _TITLE_HEADS)), end)) and \
                any(prefix.endswith(x[2]) for x in suffixes if x[1] == "IndustrialPark"):
            # 柳州高新区党工委, 柳州高新区管委会|主任: the zone's own party committee or
            # its officials' employer is the zone (but the 管委会 acting on its own
            # is a body: 柳州高新区管委会与X签约)
            yield Mention(doc, start, m.start(), text[start:m.start()], "IndustrialPark",
                          "suffix:park_committee", key=strip_quotes(text[start:m.start()]))
            continue
        if sid == "org_ministry" and prefix not in ministry:
            continue
        if sid.startswith("company_desc") and not _unknown_name_before(text, tokens, start, m.start(), res, seg):
            continue  # 智能科技, 新能源: a descriptor needs a brand (飞沃科技, 三松自动化)
        if suf in weak and not _firm_context(text, start, end):
            continue  # 网购家电, 自建物流: an everyday word needs a firm's context
        bank_brand = sid in ("company_bank", "company_bank_branch") and _one_word_brand(
            prefix if sid == "company_bank" else prefix.split("银行")[0], seg, words)
        if sid in ("company_group", "company_corp", "company_factory", "company_fund", "company_bank",
                   "company_bank_branch") and not bank_brand and not _has_proper_element(
                text, tokens, start, m.start(), res, seg, typ, allow_long=sid != "company_factory") \
                and not (sid != "company_factory" and text.endswith(("企业", "公司"), 0, start)
                         and m.start() - start >= 2):  # 港资企业|华丰集团: named as a firm
            continue  # 锻造集团, 平台公司: no name before the suffix
        in_paren = (start > 0 and text[start - 1] in "（(" and text[end:end + 1] in ("）", ")")
                    and any(text.endswith(x[2], 0, start - 1) for x in suffixes if x[1] == typ))
        if (prefix in generic_prefixes and not (typ == "Organization" and prefix in _GOV_LEVELS)) or any(
                prefix[n:] in generic_prefixes and prefix[n:] not in _RANKS and _is_region(prefix[:n], res)
                for n in (2, 3)):
            continue  # 升级为国家高新区, 香港上市公司: a rank or a kind, not a name (but
            # 自治区港澳办 is the region's own office)
        if sid in _PLACE_NAME_SUFFIXES:
            if sid == "project_seaport":
                port = _port_place(prefix, res)
                if res.gazetteer.lookup(key) is not None or not port:
                    continue  # 防城港, 贵港 are cities; a port is named after its place (钦州港, 柳州铁路港)
                start = m.start() - len(port)  # 广西|钦州港
                name, key = text[start:end], strip_quotes(text[start:end])
            # 曙光大道, 九子岭公园, 南宁机场: a road, bridge, venue or station is named by its prefix
        elif sid in _ROUTE_SUFFIXES:
            if text.startswith(_BELT_AFTER, end):
                continue  # 粤桂跨高铁路|经济带: a belt along the line, named by it
            if text[start - 1:start] in ("至", "到") and (n := next(
                    (k for k in (3, 2) if _is_region(text[start - 1 - k:start - 1], res)), None)):
                start -= 1 + n  # 南宁至|友谊关高速公路: the line runs from a place
                name, key = text[start:end], strip_quotes(text[start:end])
            if not _route_name(text, tokens, start, m.start(), res, seg, sid):
                continue  # 抵边铁路, 城际铁路: a kind of line, not a named one
        elif typ in ("Project", "IndustrialPark") and not suf.endswith(_ZONE_SUFFIXES) and not in_paren and not _has_proper_element(
                text, tokens, start, m.start(), res, seg, typ) and not (
                typ == "Project" and text[max(0, start - 4):start].endswith(_BUILD_VERBS)
                and not _descriptive(text, tokens, start, m.start(), res, seg, common=20)):
            continue  # 绿色工业园区, 建设新能源整车基地: a kind of park or works (but 建设西津水利枢纽工程
            # names the work it builds: 西津 is a rare word, a place's name)
        if sid in ("project_project", "project_engineering"):
            hit = res.gazetteer.lookup(prefix)
            if hit is not None and hit[1].type in ("Company", "Region", "Industry"):
                continue  # 柳工项目, 机器人项目: a generic project of a named thing
        elif typ == "Company" and (hit := res.gazetteer.lookup(prefix)) is not None and hit[1].type == "Industry":
            continue  # 两家人形机器人公司, 新能源汽车企业: a kind of firm, named by its sector
        yield Mention(doc, start, end, name, typ, "suffix:" + sid, key=key)


#: what may stand between a port's place and 港 (柳州铁路港, 钦州国际港)
_PORT_KINDS = ("", "铁路", "国际", "公路", "航空", "内陆", "无水", "国际陆")


def _port_place(prefix: str, res) -> str:
    """The part of ``prefix`` that names a port (a place, then a kind of port),
    after any larger places before it (广西|钦州); "" when there is none."""
    for i in range(len(prefix) - 1):
        rest = prefix[i:]
        if any(rest.endswith(k) and _is_region(rest[:len(rest) - len(k)], res) for k in _PORT_KINDS):
            return rest
    return ""


#: ranks of a zone: after a place they are part of its name (南宁国家级高新区), alone a kind
_RANKS = frozenset(("国家级", "自治区级", "省级", "市级"))
_RANK_ENDS = tuple(_RANKS)


def _place_before_rank(text: str, tokens, start: int, end: int, res, seg) -> int:
    """南宁国家级|高新区, 柳东国家级|高新区: a rank right before a zone's
    suffix belongs to its name when a place, or a word no dictionary knows (a
    zone's own stem), stands before it; the new start, or ``start``."""
    rank = next((r for r in _RANKS if text.endswith(r, start, end) and end - len(r) == start), None) \
        if start < end else next((r for r in _RANKS if text.endswith(r, 0, end)), None)
    if rank is None:
        return start
    p = end - len(rank)
    tok = _token_at(tokens, p)
    if tok is None or tok.end != p or not 2 <= tok.end - tok.start <= 4 or not all(map(is_cjk, tok.text)):
        return start
    if _is_region(tok.text, res) or (seg is not None and not seg.is_common_word(tok.text, 1)
                                     and res.gazetteer.lookup(tok.text) is None):
        return tok.start
    return start


def _unknown_name_before(text, tokens, start, end, res, seg) -> bool:
    """Is ``text[start:end]`` (optionally after a region name) a brand that
    jieba's dictionary and the lexicons do not know: 飞沃, 三松, 柳州臻驱?"""
    name = text[start:end]
    for sid, _, suf, _ in res.suffixes:  # 东晶智能|科技: a second descriptor belongs to the brand
        if sid.startswith("company_desc") and name.endswith(suf) and len(name) - len(suf) >= 2:
            name = name[: -len(suf)]
            break
    for k in range(2, len(name) - 1):  # 沿浦|汽车|科技: a brand, then the sector it serves
        hit = res.gazetteer.lookup(name[k:])
        if hit is not None and hit[1].type == "Industry":
            name = name[:k]
            break
    for n in (3, 2):
        hit = res.gazetteer.lookup(name[:n]) if len(name) > n + 1 else None
        if hit is not None and hit[1].type == "Region":
            name = name[n:]
            break
    if not 2 <= len(name) <= 4 or not all(is_cjk(c) for c in name):
        return False
    if res.gazetteer.lookup(name) is not None or name in res.word_set("generic_prefixes"):
        return False
    if seg.is_common_word(name, 3):
        return False
    # every word jieba finds in it must be rare: 飞沃, 三|松 yes; 电影|因 no
    return not any(len(w) >= 2 and seg.is_common_word(w, 30) for w in seg.cut_plain(name))


def _never_re(res):
    """Words and characters no name contains (是, 的, 某 …), as one regex."""
    return _compile_never(tuple(res.words.get("never_in_name", ())))


@lru_cache(maxsize=8)
def _compile_never(words: tuple) -> re.Pattern:
    alts = sorted(words, key=len, reverse=True)
    return re.compile("".join(re.escape(w) + "|" for w in alts)
                      + r"[两二三四五六七八九十几数多\d]+[大个家所项座批名位]")


def _one_word_brand(prefix: str, seg, words) -> bool:
    """A bank is named by one word: 汇丰, 浙商, 广发 (not 手机, 商业, 很多中小)."""
    return 2 <= len(prefix) <= 4 and prefix not in words.get("generic_prefixes", ()) and \
        seg.cut_plain(prefix) == [prefix]


#: lines and crossings, named after the places they join (湘桂铁路, 南宁至友谊关高速公路)
_ROUTE_SUFFIXES = frozenset(("project_railway", "project_expressway", "project_canal", "project_second_bridge",
                             "project_border_port"))
_ROUTE_JOIN = re.compile(r"(.{2,6}?)(?:至|到|—|-)(.{2,6})")


#: words that pick out some of a kind (各国, 两条, 该): no name
_DETERMINERS = frozenset("各全诸多该本两这那其此每几数")
#: kinds of border crossing (边境口岸, 一类口岸): no crossing's name
_PORT_KINDS_BEFORE = frozenset(("边境", "陆路", "水路", "一类", "二类", "国家", "开放", "沿边", "边贸", "航空",
                                "公路", "铁路", "水运", "对外", "货运", "客运", "国际", "重要", "主要", "指定"))


#: what a line names when it is written before them (…铁路经济带)
_BELT_AFTER = ("经济带", "经济走廊", "经济圈", "沿线", "走廊", "产业带")
#: kinds of line (抵边铁路, 城际铁路): no line's name
_LINE_KINDS_BEFORE = frozenset(("抵边", "跨境", "高速", "城际", "城市", "干线", "支线", "货运", "客运", "重载", "普速",
                                "地方", "专用", "国家", "中国", "全国", "国际", "沿海", "沿边", "内河", "人工"))


def _route_name(text, tokens, start, end, res, seg, sid="") -> bool:
    """Is ``text[start:end]`` the name of a line or crossing: places' short
    names (湘桂, 中越|北仑河), two places joined by 至 or a dash (南宁至友谊关),
    a crossing's own name (友谊关口岸, but not 边境口岸), or a particular name
    of its own (a place, a word jieba does not know)?"""
    prefix = text[start:end]
    if prefix[:1] in _DETERMINERS:
        return False  # 各国口岸, 两条铁路
    if sid == "project_border_port" and 2 <= len(prefix) <= 4 and prefix[-2:] not in _PORT_KINDS_BEFORE \
            and not _NEVER_CHARS.search(prefix):
        return True
    abbr = res.words.get("region_abbreviations", {})
    if len(prefix) >= 2 and prefix[0] in abbr and prefix[1] in abbr and prefix[:2] not in res.word_set("common_words"):
        return True
    if len(prefix) > 6 or prefix[-2:] in _LINE_KINDS_BEFORE:
        return False  # 常态化开行抵边|铁路, 中国|铁路 (a railway company), 城际|铁路
    j = _ROUTE_JOIN.fullmatch(prefix)
    if j is not None and all(res.gazetteer.lookup(x) is not None for x in j.groups()):
        return True
    return _has_proper_element(text, tokens, start, end, res, seg, "Project", allow_long=False)


def _has_proper_element(text, tokens, start, end, res, seg, typ, allow_long=True) -> bool:
    """Does ``text[start:end]`` (a name without its suffix) name something
    particular?  A lexicon name, a word jieba does not know (a brand or a
    place: 洛必德, 官塘), Latin letters or digits, a quoted part, or a long
    descriptive name (8+ characters) do; 绿色工业园区, 区域配件中心 do not.
    """
    prefix = text[start:end]
    if any(c.isascii() and c.isalnum() for c in prefix) or "“" in prefix or "”" in prefix:
        return True
    if end - start >= 8 and allow_long:
        return True
    generic = res.word_set("generic_prefixes")
    t = _token_at(tokens, end)
    while t is not None and t.end > start:
        w = text[max(t.start, start):min(t.end, end)]
        t = _token_at(tokens, t.start)
        if len(w) < 2 or w in generic:
            continue
        hit = res.gazetteer.lookup(w)
        if hit is not None and (hit[1].type != "Industry" or typ == "IndustrialPark"):
            return True
        if all(is_cjk(c) for c in w) and not seg.is_common_word(w, 3):
            return True
    return False


def _body_at(text: str, start: int, end: int, res) -> bool:
    """Does ``text[start:end]`` begin with a known government body or
    organisation (科技部|火炬高技术产业开发)?"""
    return any(s == 0 and res.gazetteer.entries[n].type == "Organization"
               for s, _, n in res.gazetteer.iter_matches(text[start:end].lower()))


#: a verb whose complement says what something is or becomes, and the
#: modifiers up to the name (打造国际知名、国内一流的|…基地; 把X建成|…基地, but 已建成 a
#: facility that stands): a description, no name
_PREDICATE_BEFORE = re.compile(r"(?:打造成?为?|建成为|(?<![已经])建成|建设成为?|成为|是|作为|定位为|发展成为?)"
                               r"(?:[^，,。；;：:！!？?“”()（）]{0,24}的)?$")


def _descriptive(text, tokens, start, end, res, seg, strict: bool = False, common: int = 3) -> bool:
    """Is ``text[start:end]`` made only of sectors, common words, figures and
    places not at its start (国家汽车零部件, 中高端汽车制造, 万吨级现代化大型临海钢铁精品新)?"""
    covered = set()
    for s, e, n in res.gazetteer.iter_matches(text[start:end].lower()):
        typ = res.gazetteer.entries[n].type
        if typ not in ("Region", "Industry") or (s == 0 and typ == "Region"):
            return False  # a firm's or a brand's name; a place's own (柳州国家外贸转型升级基地)
        covered.update(range(start + s, start + e))
    spans = []
    t = _token_at(tokens, end)
    while t is not None and t.end > start:
        spans.append((max(t.start, start), min(t.end, end)))
        t = _token_at(tokens, t.start)
    spans.reverse()
    for i, (a, b) in enumerate(spans):
        w = text[a:b]
        if any(c in "“”\"" for c in w) or (w.isascii() and w.isalpha() and len(w) > 1):
            return False  # a quoted or Latin name part
        if covered.issuperset(range(a, b)):
            continue
        if strict and len(w) >= 2 and w not in res.word_set("common_words"):
            return False  # (strict: any word but jieba's everyday ones may be a name: 大藤峡)
        if len(w) >= 2 and all(is_cjk(c) for c in w) and not seg.is_common_word(w, common) and not any(
                seg.is_common_word(text[x:y], common) for x, y in _with_neighbours(spans, i)):
            return False  # a word jieba does not know: a brand (but 零部|件 is 零部件 cut apart)
    return True


#: a size that opens a would-be name: (成)千亿元…, 上述百亿级… (a target, not a name)
_SIZE_LEAD = re.compile(r"(?:成为?|上述|随[着著]上述|随[着著])?(?:[一二三四五六七八九十]|[千百万]|\d)+[千百万]?亿(?:元|级)?")


def _national_title(text, tokens, start, end, res, seg) -> bool:
    """Does ``text[start:end]`` open with a national prefix (``words.json``
    ``designation_prefixes``: 国家, 中国) followed by nothing but sectors and
    common words (国家|汽车及零部件出口, 中国|新能源汽车)?  Not 中国—东盟…
    (two partners) nor 中国（柳州）… (a place's own zone)."""
    pre = next((p for p in res.word_set("designation_prefixes") if text.startswith(p, start)), None)
    if pre is None or start + len(pre) >= end or text[start + len(pre)] in "—─－-–(（":
        return False
    if any(e.type not in ("Region", "Industry") for e in _lexicon_hits(text[start:end], res)):
        return False  # 国家信息中心|大数据基地: a body's own
    return _descriptive(text, tokens, start + len(pre), end, res, seg)


def _market_base(core: str, res) -> bool:
    """Is ``core`` a market abroad and 出口 (东南亚|出口, 东盟|出口制造): what
    a base is for, not its name?

    >>> from kg.resources import load_resources
    >>> _market_base("东南亚出口", load_resources()), _market_base("柳州出口", load_resources())
    (True, False)
    """
    m = _EXPORT_FOR.search(core)
    if m is None or m.start() < 2:
        return False
    hit = res.gazetteer.lookup(core[:m.start()])
    home = res.words.get("home_country")
    return hit is not None and hit[1].type == "Region" and hit[0] != home \
        and home not in res.gazetteer.ancestors(hit[0])


#: 出口 (and what a base does for exports) ending the words before 基地
_EXPORT_FOR = re.compile(r"出口(?:制造|生产|加工)?$")


def _described_firm(core: str, res) -> bool:
    """Is ``core``, after the places that open it, one or more firm
    descriptors (``words.json`` ``firm_descriptors``: 国有, 大型) and then at
    most a known sector?

    >>> from kg.resources import load_resources
    >>> _described_firm("上海市国有大型化工", load_resources()), _described_firm("广西汽车", load_resources())
    (True, False)
    """
    core = _after_places(core, res)
    words = sorted(res.word_set("firm_descriptors"), key=len, reverse=True)
    n = 0
    while (w := next((w for w in words if core.startswith(w)), None)) is not None:
        core, n = core[len(w):], n + 1
    return n > 0 and (core == "" or _is_industry(core, res))


def _after_places(core: str, res) -> str:
    """``core`` without the places that open it."""
    while (hit := next((n for n in (4, 3, 2) if len(core) > n and _is_region(core[:n], res)), None)) is not None:
        core = core[hit:]
    return core


def _generic_core(core: str, res) -> bool:
    """Is ``core``, after the places that open it, only a generic qualifier
    of sectors (``words.json`` ``generic_industry_qualifiers``: 战略性新兴,
    特色)?

    >>> from kg.resources import load_resources
    >>> _generic_core("广西战略性新兴", load_resources()), _generic_core("广西智能制造", load_resources())
    (True, False)
    """
    return _after_places(core, res) in res.word_set("generic_industry_qualifiers")


def _with_neighbours(spans, i):
    """The token ``spans[i]`` joined with the token before or after it."""
    if i > 0:
        yield spans[i - 1][0], spans[i][1]
    if i + 1 < len(spans):
        yield spans[i][0], spans[i + 1][1]


def _lexicon_hits(text, res):
    return [res.gazetteer.entries[n] for _, _, n in res.gazetteer.iter_matches(text.lower())]


def _listed_with_known_industry(text, start, end, res) -> bool:
    """Is ``text[start:end]`` an item of a list (、 和 及) that also names a
    lexicon industry, within the same clause?"""
    left = re.split(r"[，,。；;：:！!？?\n]", text[max(0, start - 16):start])[-1]
    right = re.split(r"[，,。；;：:！!？?\n]", text[end:end + 16])[0]
    if not (left.endswith(("、", "和", "及", "与")) or right.startswith(("、", "和", "及", "与"))):
        return False
    for part in (left, right):
        for _, _, n in res.gazetteer.iter_matches(part.lower()):
            if res.gazetteer.entries[n].type == "Industry":
                return True
    return False


_NOT_AFTER_INDUSTRY = ("基金", "园", "基地", "集团", "公司", "协会", "联盟", "大会", "研究院", "投资",
                       "发展有限", "发展集团", "城", "小镇", "新城", "示范区", "集聚区", "中心", "大厦")
_INDUSTRY_SUFFIX = re.compile(r"(?:产业链|产业|行业|制造业|服务业)")


#: a count before 产业 that makes it the head of a list (两大产业, 十大产业)
_LIST_COUNT = re.compile(r"(?:[两二三四五六七八九十几多]|\d+)大$")


def _industry_mentions(doc, text, tokens, res, seg, masks):
    """``X产业`` / ``X行业``: X is an industry when it is a name-like run of
    tokens that is not a generic qualifier (新兴产业, 主导产业 are not)."""
    stop = res.word_set("stop_tokens")
    generic = res.word_set("generic_industry_qualifiers")
    modifiers = res.word_set("industry_modifiers")
    growth = tuple(res.words.get("sector_growth_verbs", ()))
    for m in _INDUSTRY_SUFFIX.finditer(text):
        suf = m.group()
        if text.startswith(_NOT_AFTER_INDUSTRY, m.end()):
            continue  # 柳东产业基金, 智能产业园: the word names a fund or a park
        if _LIST_COUNT.search(text, max(0, m.start() - 3), m.start()):
            continue  # 新材料两大产业: 产业 heads a list here, it ends no name
        start = _extend_left(text, tokens, m.start(), stop, limit=8, masks=masks)
        lead = start
        if (size := _SIZE_LEAD.match(text, start, m.start())) is not None:
            start = size.end()  # 千亿级|香料: a size to reach is no part of the sector
        end = m.start() - 1 if text.startswith("全产业链", m.start() - 1) else m.start()  # 香料|全产业链
        core = text[start:end]
        if len(core) < 2 or core in generic or any(core.endswith(g) for g in generic if len(g) >= 2):
            continue
        if not all(is_cjk(c) or c.isalnum() for c in core):
            continue
        # the longest token-suffix of the run that the lexicon knows as an
        # industry (拉长补齐汽车产业 → 汽车); else the whole run, but only
        # where it starts a list item or clause (、新能源电池产业)
        known = None
        run = tokens.overlapping(start, end) if hasattr(tokens, "overlapping") else \
            tokens[_token_index(tokens, start + 1):_token_index(tokens, end) + 1]
        for t in run:
            cand = text[max(t.start, start):end]
            hit = res.gazetteer.lookup(cand)
            if hit is not None and hit[1].type == "Industry":
                known = (end - len(cand), cand)
                break
        if known is not None:
            extra = text[start:known[0]]
            if extra and len(core) <= 7 and (extra in modifiers or (
                    (h := res.gazetteer.lookup(extra)) is not None and h[1].type == "Industry")):
                pass  # 智能机器人, 风电装备制造: a qualified sector keeps its qualifier
            else:
                start, core = known
        elif suf == "行业":
            continue  # 填补行业空白: only 产业 names an unknown sector reliably
        else:
            before = text[lead - 1:lead] if lead else ""
            grown = text.endswith(growth, 0, lead)  # 全面整合布局碳酸钙产业: a verb that grows a sector
            if before and before not in "、，,。；;：:“”\"（(\n及和与" and not grown or len(core) > 6:
                continue
            hit = res.gazetteer.lookup(core)
            if hit is not None and hit[1].type != "Industry":
                continue  # 柳州产业, 柳工产业: not an industry name
            if seg.is_common_word(core, 300) and hit is None and not grown and not (
                    before == "、" and _listed_with_known_industry(text, start, m.end(), res)):
                continue  # 进行产业链, 协调产业链: a verb, not a sector (but 、玩具产业 after
                # known sectors is one)
            if len(core) == 4 and seg.is_common_word(core[:2], 500) and seg.is_common_word(core[2:], 500):
                continue  # 优化均衡产业结构: two everyday words, not a sector's name
            if not grown and not _listed_with_known_industry(text, start, m.end(), res):
                continue  # an unknown sector word counts only next to known ones (…、新能源电池产业)
                # or after a verb that grows a sector (布局碳酸钙产业)
            if any(c.type == "Region" for c in _lexicon_hits(core, res)):
                continue  # 争做柳州产业
        if suf in ("制造业", "服务业"):
            key = core + suf
            yield Mention(doc, start, m.end(), text[start:m.end()], "Industry", "industry", key=key)
        else:
            yield Mention(doc, start, m.end(), text[start:m.end()], "Industry", "industry", key=core)


_TOWN = re.compile(r"(?![的在与和及])[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)")  # (not 的凤林镇)
_COUNTY_KINDS = ("district", "county", "county_city", "autonomous_county", "banner")


def _town_mentions(doc, text, lex, res):
    """A town or street office written after its district or city (柳北区长塘镇,
    柳州市雒容镇), and the villages written after it (欧洞乡|冷水屯, 大塘镇|大同村|拉则屯)."""
    for m in lex:
        e = res.gazetteer.entries.get(m.key)
        if m.type != "Region" or e is None or e.kind not in _COUNTY_KINDS + ("city", "province"):
            continue
        at = m.end + 1 if text[m.end:m.end + 1] == "的" else m.end  # 花莲县的凤林镇
        t = (_TOWN if e.kind in _COUNTY_KINDS else _CITY_TOWN).match(text, at)
        while t and not _generic_place(t.group(), res) and "的" not in t.group():  # (东兴市|区的街道)
            yield Mention(doc, t.start(), t.end(), t.group(), "Region", "town", key=t.group())
            t = _VILLAGE.match(text, t.end())
    # 兴隆镇、石门乡等5个乡镇: towns listed under the head 乡镇
    for run in (_TOWN_LIST.finditer(text) if "乡镇" in text else ()):
        pos = run.start()
        for item in run.group(1).split("、"):
            if not _generic_place(item, res):
                yield Mention(doc, pos, pos + len(item), item, "Region", "town", key=item)
            pos += len(item) + 1


def _generic_place(name: str, res) -> bool:
    """Is ``name`` a kind of town or village, no particular one (重点镇, 各乡,
    美丽乡村, 行政村, 城市社区)?"""
    stem = name[:-2] if name.endswith(("街道", "社区")) else name[:-1]
    return stem.startswith(_GENERIC_PLACE_LEADS)


_GENERIC_PLACE_LEADS = ("各", "全", "重点", "特色", "贫困", "美丽", "百强", "行政", "城市", "农村", "新农", "该", "本")
#: towns listed under the head 乡镇 (group 1: 兴隆镇、石门乡 in 兴隆镇、石门乡等5个乡镇)
_TOWN_ITEM = r"(?![的在与和及])[\u4e00-\u9fff]{2,3}?(?:镇|乡)"
_TOWN_LIST = re.compile(rf"((?:{_TOWN_ITEM}、)+{_TOWN_ITEM})(?=等?(?:[\d一二三四五六七八九十两]+个)?乡镇)")
#: a village or a hamlet (村, 屯, 社区) written after its town
_VILLAGE = re.compile(r"(?![的在与和及至从到向是])[\u4e00-\u9fff]{2,3}?(?:村|屯|社区)(?![民委级庄])")
#: a town right after a city: two characters and 镇/乡 (柳州市雒容镇)
_CITY_TOWN = re.compile(r"(?![的在与和及市是至从到向]|城乡)[\u4e00-\u9fff]{2}(?:镇|乡)(?![村长委政])")


_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』，,。；;：:！!？?]{2,14})[”\"」』]"
                     r"(工程|项目|规划|行动|战略|模式|计划|工作机制|机制|产品升级工程|建设)?")
_PROJECT_HEADS = ("工程", "项目", "规划", "产品升级工程")
#: the label of a five-year plan (十四五)
_FIVE_YEAR = re.compile(r"十[一二三四五六七八九]五")
_INITIATIVE_HEADS = ("行动", "战略", "模式", "计划", "工作机制", "机制", "建设")


def _quoted_mentions(doc, text, res):
    """Quoted names with a head noun: “一二五”工程 and “十大工业项目” are
    projects, “七个一批”工作机制 and “柳州模式” initiatives.  A quoted word
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


#: a document's title in 《》 that names a plan, a programme, an agreement or a
#: policy paper (not an office's rules: 《…管理办法》, 《…通知》)
_BOOK_TITLE = re.compile(r"《([^《》，,。；;！!？?]{4,40}?(规划|纲要|协定|计划|战略|协议|协议书|方案|规定|纪要|安排|意见|建议"
                         r"|声明|规划\(\d{4}年修订\)))》")


def _book_title_mentions(doc, text, res):
    """《广西生态经济发展规划》, 《区域全面经济伙伴关系协定》: a named plan or
    agreement is an initiative.  An agreement named only by the words of its
    kind (《全面战略合作协议》) names no particular one."""
    for m in _BOOK_TITLE.finditer(text):
        x = m.group(1)
        if m.group(2) == "协议" and not (re.search(r"[“”\"\d]", x) or any(
                res.gazetteer.entries[n].type in ("Region", "Company", "Organization", "Industry")
                for _, _, n in res.gazetteer.iter_matches(x.lower()))):
            continue
        hit = res.gazetteer.lookup(x)
        yield Mention(doc, m.start(1), m.end(1), x, "Initiative", "quoted", key=hit[0] if hit else x)


_STOCK = re.compile(r"[（(]\s*(?:股票代码|证券代码|代码)?[:：]?\s*(?:\d{4,6}\.(?:HK|SH|SZ|hk|sh|sz)|\d{6}"
                    r"(?:\.(?:SH|SZ))?|(?:HK|SH|SZ)\s*\d{4,6}|[A-Z]{1,5}\.(?:N|O|US))\s*[)）]")


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
            code = re.sub(r"[^0-9A-Za-z.]", "", m.group().split("：")[-1].split(":")[-1])
            hit = res.gazetteer.lookup(code)  # the code names a listed company we know
        key = hit[0] if hit is not None and hit[1].type == "Company" else name
        yield Mention(doc, start, end, name, "Company", "stock", key=key)


@lru_cache(maxsize=8)
def _name_after_title_re(verbs: tuple, surnames: str) -> re.Pattern:
    """After a title: a 2–3 character name with a common surname, then a verb
    of saying or a boundary (compiled once per word lists)."""
    return re.compile(
        "([" + surnames + "][\u4e00-\u9fff]{1,2}?)"
        + "(?=" + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True)))
        + r"|(?:\d{1,2}月)?\d{1,2}日|[\u4e00-\u9fff]{2}地|[\u4e00-\u9fff][着著]|[,，。、；;：:)）\s]|$)")
    # (…市长刘某19日表示: a date after the name; 书记余某愉快地回忆: an adverb in 地;
    # 主任黄某忙著解释: 着 in either script)


def _person_mentions(doc, text, res, masks, seg=None):
    words = res.words
    name_re = _name_after_title_re(tuple(words["person_verbs"]), words["surnames"])
    speech = tuple(words.get("speech_verbs", ()))
    # one scan for the titles (the longest at each place), then a name after each
    title_ends = [t.end() for t in _titles_re(tuple(words["titles"])).finditer(text)]
    spans = {e: m.end(1) for e in title_ends if (m := name_re.match(text, e))}
    spans.update(_more_titled_names(text, res, spans, seg, title_ends))
    common = res.word_set("common_words")
    for s in sorted(spans):
        e = spans[s]
        if _masked(s, e, masks):
            continue
        name = text[s:e]
        if name in common and res.gazetteer.lookup(name) is None:
            continue  # 董事长|方面|表示, 副总经理|陆续|到任: a word, no name
        # title, name, a verb of saying (总经理沈阳表示): a person even when the
        # name is also a place's, so the rule outranks the lexicon
        rule = "titled" if text.startswith(speech, e) else "person"
        yield Mention(doc, s, e, name, "Person", rule, key=name)
        # 名誉会长吴某、吴某某以及…: the title covers every name of the list
        while (n := _NAME_LIST.match(text, e) or (text.startswith("、", e) and name_re.match(text, e + 1))) \
                and n.group(1)[0] in words["surnames"] and not _masked(*n.span(1), masks):
            e = n.end(1)
            yield Mention(doc, n.start(1), e, n.group(1), "Person", "person", key=n.group(1))
    after = tuple(words.get("person_titles_after", ()))  # the whole list: one regex, compiled once
    if any(t in text for t in after):  # …，习某某总书记在广西考察: a three-character name that opens a clause, then its title
        common = res.word_set("common_words")
        for m in _name_then_title_re(after, words["surnames"]).finditer(text):
            s, e = m.span(1)
            if m.group(1)[:2] in common or m.group(1)[-1] in "副正总" or m.group(1)[-1] in _BODY_ENDS:
                continue  # 常务副|书记, 项目副|书记: part of the title, no name
            if not _masked(s, e, masks):
                yield Mention(doc, s, e, m.group(1), "Person", "person", key=m.group(1))
    if seg is not None and speech:  # …。王某某表示: a name with no title that opens a clause and speaks
        fw = res.word_set("function_words")
        for m in _speaker_re(speech, words["surnames"]).finditer(text):
            s, e = m.span(1)
            name = m.group(1)
            if len(name) == 3 and name[2] in _ADVERB_CHARS:
                name, e = name[:2], e - 1  # 马某还表示: the adverb is no part of the name
            if name in common or name[:2] in fw or _NEVER_CHARS.search(name) or name[-1] in _NOT_NAME_ENDS \
                    or "某" in name or name[0] in "但" or name[1:] in _ADDRESS_WORDS \
                    or res.gazetteer.lookup(name) is not None or seg.is_common_word(name, 5) \
                    or seg.is_common_word(name[:2], 5) or _masked(s, e, masks):
                continue  # 公司表示, 高新区介绍, 金融业认为: a word or a body, no name
            yield Mention(doc, s, e, name, "Person", "speaker", key=name)
    heads = tuple(words.get("foreign_leader_titles", ()))
    if heads and any(h in text for h in heads):  # 波兰总理图斯克: a leader of a named country
        fw = res.word_set("function_words")
        for m in _leader_re(heads, tuple(words["person_verbs"])).finditer(text):
            s, e = m.span(1)
            if _NEVER_CHARS.search(m.group(1)) or m.group(1)[:2] in fw or m.group(1)[-1] in _BODY_ENDS:
                continue  # 首相宣布辞职, 卡梅伦的, 农业部: no name
            country = next((h for k in range(2, 7) if (h := res.gazetteer.lookup(text[max(0, m.start() - k):m.start()]))
                            is not None and h[1].kind == "country"), None)
            if country is not None and country[0] != words.get("home_country") and not _masked(s, e, masks):
                yield Mention(doc, s, e, m.group(1), "Person", "person", key=m.group(1))


def _minister_mentions(doc, text, res, lex, masks):
    """A foreign country's ministry and the minister or official titled after
    it (菲律宾贸易和工业部副部长潘某某, 印尼贸易部出口总司总司长X): the
    ministry, its country written first (``words.json``
    ``ministry_titles``), and a transliterated name of 2–5 characters.
    The countries are among the lexicon's mentions ``lex`` (no second scan)."""
    titles = tuple(res.words.get("ministry_titles", ()))
    if not titles or "部" not in text:
        return
    home = res.words.get("home_country")
    ministry = _ministry_re(titles, tuple(res.words["person_verbs"]))
    for c in lex:
        entry = res.gazetteer.entries.get(c.key) if c.type == "Region" else None
        if entry is None or entry.kind != "country" or entry.name == home \
                or (m := ministry.match(text, c.end)) is None or _NEVER_CHARS.search(m.group(4)):
            continue
        start = c.start
        s, e = m.span(4)
        if _masked(start, e, masks):
            continue
        name = text[start:m.end(1)]
        yield Mention(doc, start, m.end(1), name, "Organization", "employer", key=name)
        if m.group(2):
            yield Mention(doc, m.start(2), m.end(2), m.group(2), "Organization", "employer", key=m.group(2))
        yield Mention(doc, s, e, m.group(4), "Person", "person", key=m.group(4))


@lru_cache(maxsize=4)
def _ministry_re(titles: tuple, verbs: tuple) -> re.Pattern:
    """(group 1) a ministry: 1–10 characters ending in 部, written right after
    a country (checked by the caller); (2) a unit of it (出口总司); a title;
    (2) a second ministry the official also heads (兼国家发展部); (3) a unit
    (出口总司); a title; (4) a name of 2–5 characters up to a boundary or a verb."""
    return re.compile(r"([\u4e00-\u9fff]{1,10}?部)(?:兼([\u4e00-\u9fff]{1,10}?部))?([\u4e00-\u9fff]{1,6}?[司局处署])?(?:"
                      + "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
                      + r")([\u4e00-\u9fff·]{2,5}?)(?=[，,。、；;：:）)]|"
                      + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + r"|$)")


#: last characters of a word before a verb of saying that is no name
_NOT_NAME_ENDS = frozenset("总们者员长人方家部局委会厅处所府团司行区市县省村镇乡媒报网社")
#: adverbs and pronouns jieba may leave after a name (王某还表示)
_ADVERB_CHARS = frozenset("还也却都又你我他她此均")
#: a surname and a form of address (张先生, 王女士): no name of a person
_ADDRESS_WORDS = frozenset(("先生", "女士", "小姐", "师傅", "老伯", "大姐", "老师", "老板", "律师", "大爷",
                            "大伯", "阿姨", "大妈", "经理", "书记", "主任", "博士", "教授", "同学", "总"))


@lru_cache(maxsize=4)
def _speaker_re(verbs: tuple, surnames: str) -> re.Pattern:
    """A two- or three-character name at the start of a clause, right before
    a verb of saying (。王某某表示)."""
    # (the lookahead names the first character, a surname: the search skips other places at once)
    return re.compile(r"(?=[" + surnames + r"])(?:^|(?<=[，,。；;：:！!？?“”\"\s]))"
                      r"([" + surnames + r"][\u4e00-\u9fff]{1,2})"
                      r"(?:[还也却又亦均都]|还曾|也曾)?(?="
                      + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + ")")


def _more_titled_names(text: str, res, known: dict, seg=None, title_ends=None) -> dict:
    """Names after a title that the title regex misses: before any verb,
    conjunction, preposition or adverb of jieba's (行政长官崔某|访问, 董事长刘某|计划),
    with a double surname (林郑月娥), or transliterated with a middle dot
    (董事长苏琳·沙纳塞).  ``{start: end}`` of each, not already in ``known``."""
    words = res.words
    fw = res.word_set("function_words")
    common = res.word_set("common_words")
    surnames = words["surnames"]
    out = {}
    if title_ends is None:
        title_ends = [t.end() for t in _titles_re(tuple(words["titles"])).finditer(text)]
    dotted = _dotted_name_re(tuple(words["person_verbs"]))
    for s in title_ends:
        if s in known or s >= len(text):
            continue
        dot = dotted.match(text, s)
        if dot:
            out[s] = dot.end()
            continue
        if text[s] not in surnames:
            continue
        lengths = (4,) if text[s + 1:s + 2] in surnames and len(text) > s + 1 else ()
        for n in (2, 3) + lengths:
            name = text[s:s + n]
            if len(name) < n or not all(is_cjk(c) for c in name) or _NEVER_CHARS.search(name[1:]):
                break
            if name in common:
                break  # 方面, 陆续, 官邸: a word, no name
            if _name_ends_at(text, s + n, fw, common):
                out[s] = s + n
                # 总经理马国强直接管理: 马国|强直 and 马国强|直接 both read; most
                # names have three characters, so the longer reading wins
                # unless its last character is a word of its own (刘洋|说)
                if n == 2 and _name_ends_at(text, s + 3, fw, common) \
                        and text[s + 2] not in fw and is_cjk(text[s + 2]) \
                        and not _NEVER_CHARS.match(text[s + 2]) and text[s:s + 3] not in common:
                    out[s] = s + 3
                break
    return out


def _name_ends_at(text: str, e: int, fw, common) -> bool:
    """Can a name end before ``text[e]``: a boundary, an honorific, 的, a
    function word or a common word follows (主席马某这样说, 董事长吴某座谈,
    市委书记郑某的宣布)?"""
    nxt = text[e:e + 4]
    return not nxt or nxt[0] in "，,。、；;：:)）的" or nxt.startswith(_HONORIFICS) or \
        any(nxt[:k] in fw for k in (4, 3, 2)) or nxt[:2] in common


_HONORIFICS = ("先生", "女士", "博士", "教授")
#: a transliterated name with a middle dot (苏琳·沙纳塞), up to a boundary or a verb
@lru_cache(maxsize=4)
def _dotted_name_re(verbs: tuple) -> re.Pattern:
    """A transliterated name with a middle dot (佐科·维多多), up to a boundary
    or a verb of ``words.json`` ``person_verbs`` (…·维多多|视察)."""
    return re.compile(r"[\u4e00-\u9fff]{1,6}?(?:·[\u4e00-\u9fff]{1,6}?){1,2}(?=[，,。、；;：:)）]|等|和|与|及|以及|$|"
                      + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + ")")


@lru_cache(maxsize=4)
def _titles_re(titles: tuple) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(titles, key=len, reverse=True))))


#: 、 and a 2–3 character name, up to the next separator or 以及/等/和
_NAME_LIST = re.compile(r"、([\u4e00-\u9fff]{2,3})(?=[、，,。；;]|以及|等|和|及)")


#: last characters of a body's name (农业部, 外交部, 议会)
_BODY_ENDS = frozenset("部局院委会厅署处所府团")


@lru_cache(maxsize=4)
def _leader_re(titles: tuple, verbs: tuple) -> re.Pattern:
    """A head of state's or government's title (after a country's name, checked
    by the caller) and a transliterated name of 2–5 characters up to a boundary or a verb."""
    return re.compile(r"(?:" + "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
                      + r")([\u4e00-\u9fff·]{2,5}?)(?=[，,。、；;：:）)]|"
                      + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + r"|见证|$)")


@lru_cache(maxsize=4)
def _name_then_title_re(titles: tuple, surnames: str) -> re.Pattern:
    # (the lookahead names the first character, a surname: the search skips other places at once)
    return re.compile(r"(?=[" + surnames + r"])(?:^|(?<=[，,。；;：:、“”\s在由向与和对据及将把同]))"
                      r"([" + surnames + r"][\u4e00-\u9fff]{2})(?="
                      + "|".join(map(re.escape, titles)) + ")", re.M)


_SETTLE_VERB = ("投资", "兴建", "建设", "设立", "设厂", "建厂", "落户", "扩建", "布局", "投建")


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
        if len(name) < 3 or _NEVER_CHARS.search(name) or any(
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
_ACQUIRED = re.compile(r"(?:收购|并购|控股(?!股东|子公司|公司)|入股|参股(?!公司))了?((?:" + _ITEM + r")(?:[、和及与]"
                       + _ITEM + r")*)(?=[，,。；;）)]|公司|集团|股份|等|后|之后|以来|$)")


def _acquired_mentions(doc, text, tokens, res, seg, chosen, masks):
    """What a firm buys is a firm (柳工收购上海叉车和上海鸿得利重工): each item
    of the list that starts with a place and goes on with a business word, or
    holds an unknown brand, when nothing else recognised it."""
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


@lru_cache(maxsize=32)
def _by_length(words) -> tuple:
    """``sorted(words, key=len, reverse=True)``, once per word list."""
    return tuple(sorted(words, key=len, reverse=True))


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
        if name.endswith(("市委", "县委", "区委", "省委")) and _lexicon_hits(name[:-1], res):
            continue  # 鹿寨县委|书记: the place's own committee, an official of the place (no body)
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
        if t == "部长" and not name.endswith("部"):
            # 菲律宾贸工|部长: the minister of the ministry 菲律宾贸工部
            yield Mention(doc, start, te + 1, name + "部", "Organization", "employer", key=name + "部")
            continue
        typ = next((typ for _, typ, suf, _ in res.suffixes if name.endswith(suf) and len(name) > len(suf)
                    and typ in ("Organization", "IndustrialPark")), "Company")
        yield Mention(doc, start, te, name, typ, "employer", key=name)  # 雒容镇纪委书记: a body


@lru_cache(maxsize=32)
def _as_tuple(words: frozenset) -> tuple:
    """``words`` as a tuple for ``str.startswith``/``endswith`` (made once per set)."""
    return tuple(sorted(words))


#: what may follow a trade in a title (工程师, 工程部)
_TITLE_HEADS = frozenset(("师", "部", "处"))
#: an ordinal term of office at the end of a would-be employer (第一任, 第十届, 现任)
_ORDINAL_TERM = re.compile(r"(?:第[一二三四五六七八九十百\d]+[任届]|[任届])$")
#: trades a title may begin with (制造工程总监, 技术总监, 市场部经理)
_TRADES = ("工程", "技术", "研发", "生产", "销售", "市场", "财务", "采购", "质量", "运营")
_NEVER_CHARS = re.compile(r"[的了是在靠据像因把被让和与及或等将从向对为以不于]")
#: (the lookahead only names the first character: the search skips to one)
_PRODUCT_MODEL = re.compile(r"(?=[A-Z\d])(?<![A-Za-z0-9.])(?:[A-Z][A-Za-z]*(?:[ -]?[A-Z0-9][A-Za-z0-9]*)*"
                            r"|\d{2,4}[A-Z][A-Za-z0-9]*(?:-[A-Z0-9]+)?|\d{3,4})(?![A-Za-z0-9.%])")


def _product_mentions(doc, text, res, sentences, tokens=(), seg=None):
    """A model name in Latin letters and digits, with the brand words before it
    (宏光MINI EV, 五菱缤果EV, Walker S1), in a sentence about making or
    selling (生产, 推出, 下线 …)."""
    acronyms = res.word_set("acronyms")
    brands = res.word_set("product_brands")
    nouns = tuple(res.words.get("product_nouns", ()))
    triggers = res.triggers["produces"]
    yield from _brand_series(doc, text, brands)
    for sent in sentences:
        making = None  # asked only of a sentence with a model in it
        for m in _PRODUCT_MODEL.finditer(sent.text):
            model = m.group()
            ms = sent.start + m.start()
            if making is None:
                making = any(t in sent.text for t in triggers)
            if not making and not (re.search(r"\d", model) and (
                    text.startswith(nouns, ms + len(model)) or text.endswith(nouns, 0, ms)
                    or text.endswith(_as_tuple(brands), 0, ms))):
                continue  # outside a sentence about making, only 922E挖掘机 or 宝骏610-like models
            # brand: up to two rare words (or lexicon names) right before the model
            brand_start = ms
            t = _token_at(tokens, ms)
            for _ in range(2):
                if t is None or t.end != brand_start:
                    break
                w = t.text
                if w not in brands and (b := next((w[-n:] for n in (3, 2) if w[-n:] in brands), None)) \
                        and res.gazetteer.lookup(w) is None:
                    brand_start = t.end - len(b)  # 全球车|宝骏530: the brand ends a longer word
                    break
                if w in nouns:
                    break  # 挖掘机990F: the kind of machine is not part of the model's name
                known = res.gazetteer.lookup(w)
                if not (len(w) >= 2 and all(is_cjk(c) for c in w)) or _NEVER_CHARS.search(w):
                    break
                if w in brands:
                    pass  # 解放J6, 风行景逸X5: a maker's brand, however common the word
                elif known is not None and known[1].type in ("Company", "Industry"):
                    break  # 奇瑞A5, 机器人Walker S1: the maker or the kind is not part of the model's name
                elif known is None and seg is not None and seg.is_common_word(w, 50):
                    break
                brand_start = t.start
                t = _token_at(tokens, t.start)
            brand = text[brand_start:ms]
            letters = model.replace(" ", "")
            if model.isdigit() and not (brand in brands or text[max(0, ms - 3):ms] in brands
                                        or text[max(0, ms - 2):ms] in brands):
                continue  # 宝骏560 is a model; 560 alone is a number
            if not brand:
                typed = re.search(r"\d", model) and (text.startswith(nouns, ms + len(model))
                                                     or text.endswith(nouns, 0, ms))
                if not typed and (letters in acronyms or not (
                        re.search(r"[A-Za-z]{2,}", model) and re.search(r"\d", model))):
                    continue  # X1, App, QQ, RCEP, a Latin person's name: not a named model
                    # (but 922E挖掘机: a model number before the kind of machine)
            elif letters in acronyms and len(brand) < 2:
                continue
            e = ms + len(model)
            yield Mention(doc, brand_start, e, text[brand_start:e], "Product", "product",
                          key=text[brand_start:e])


def _brand_series(doc, text, brands):
    """A maker's brand named as a line of products: 乘龙系列, 宝骏品牌."""
    if not brands or ("系列" not in text and "品牌" not in text):
        return
    for m in _series_re(_as_tuple(brands)).finditer(text):
        yield Mention(doc, m.start(1), m.end(1), m.group(1), "Product", "product", key=m.group(1))


@lru_cache(maxsize=4)
def _series_re(brands: tuple) -> re.Pattern:
    return re.compile("(" + _longest_first(brands) + ")(?=系列|品牌)")


def select_longest(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longest first, then rule priority, leftmost.

    >>> a = Mention("d", 0, 4, "柳工集团", "Company", "suffix:x")
    >>> b = Mention("d", 0, 2, "柳工", "Company", "lexicon")
    >>> [m.text for m in select_longest([b, a])]
    ['柳工集团']
    """
    def prio(m):
        return RULE_PRIORITY.get(m.rule.split(":")[0], 9)

    chosen: list[Mention] = []
    taken: set[int] = set()  # characters already covered: names are short, so this is linear
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), prio(m), m.start, m.type)):
        span = range(m.start, max(m.end, m.start + 1))
        if not taken.isdisjoint(span):
            continue
        chosen.append(m)
        taken.update(span)
    return sorted(chosen, key=lambda m: (m.start, m.end))


_ENUM_RUN = re.compile(r"[^，,。；;：:！!？?\n、“”()（）]{1,14}(?:、[^，,。；;：:！!？?\n、“”()（）]{1,14})+")


@lru_cache(maxsize=16)
def _longest_first(words: tuple) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=16)
def _enum_head(head_re: str) -> re.Pattern:
    return re.compile(r"(等(?:一批|多个|多家|众多|诸多|\d+[个家项])?|\d+[大家个]|[两三四五六七八九十]+[大家个])"
                      r"(?:配套|重点|龙头|骨干|知名|优质|重大|百亿级?|千亿级?|万亿级?|自主|优势|特色|新兴|支柱|主导|"
                      r"关键|核心|先进|大型|大中型|中小|台资|港资|外资|民营|国有|领军|头部|上市|规上|国内|国际|行业|"
                      r"(?:世界|中国|全国|全球)?(?:500|五百)强)*([\u4e00-\u9fff]{2,6}?)??"
                      r"(?:大型|大中型|中小|知名|骨干|龙头|重点)?(" + head_re + ")")


#: words of a list item that describes a kind of thing instead of naming one
_VAGUE_ITEM = re.compile(r"所有|各类|各种|多家|\d+家|大型|中小|国内|国外|海外|全国|本地|其他|相关")


#: after a list: 等为代表的…产业集群 (the items are firms that stand for a cluster)
_REPRESENTED = re.compile(r"等?为(?:代表|龙头|骨干)的[^，,。；;、]{0,14}?(?:产业集群|企业集群|集群|企业群)")


def _split_item(s: int, e: int, by_span, text: str) -> list[tuple[int, int]]:
    """智能终端及机器人: 及 / 和 / 与 join two list items written as one."""
    j = next((k for k in range(s + 2, e - 1) if text[k] in "及和与"), None)
    if j is not None and ((s, j) in by_span or (j + 1, e) in by_span):
        return [(s, j), (j + 1, e)]
    return [(s, e)]


def _list_may_be_typed(items, by_span, text: str) -> bool:
    """Can a list with no head noun still be typed by its items (at least two
    typed, half of them, one type)?  An upper bound, counting the first item,
    whose left edge is not known yet, as typed (twice if it holds 及/和/与)."""
    rest = [x for s, e in items[1:] for x in _split_item(s, e, by_span, text)]
    typed = [by_span[x] for x in rest if x in by_span]
    if len({t.type for t in typed}) > 1:
        return False
    first = 2 if any(c in "及和与" for c in text[items[0][0]:items[0][1]]) else 1
    return len(typed) + first >= 2 and 2 * (len(typed) + first) >= len(rest) + 1


def _is_region(word: str, res) -> bool:
    hit = res.gazetteer.lookup(word)
    return hit is not None and hit[1].type == "Region"


def _is_industry(word: str, res) -> bool:
    """Is ``word`` a known sector, or one and the trade in it (光伏制造, 汽车生产)?"""
    for w in (word, word[:-2] if word.endswith(_TRADE_ENDS) else ""):
        hit = res.gazetteer.lookup(w) if len(w) >= 2 else None
        if hit is not None and hit[1].type == "Industry":
            return True
    return False


_TRADE_ENDS = ("制造", "生产", "研发", "加工", "配套")


def _finditer_before(pat, text, ch, reach):
    """``pat.finditer(text)`` for a pattern whose every match has ``ch`` at
    most ``reach`` characters after its start (and not at its start): the
    search starts ``reach`` characters before the next ``ch``, skipping
    text where no match can start."""
    pos = 0
    while True:
        k = text.find(ch, pos + 1)
        if k < 0:
            return
        m = pat.search(text, max(pos, k - reach))
        if m is None:
            return
        yield m
        pos = m.end()


@lru_cache(maxsize=8)
def _firm_endings(suffixes: tuple) -> tuple:
    return tuple(x[2] for x in suffixes if x[0].startswith("company_")) + ("股份",)


#: the type of the things each list of head nouns (``words.json``) names
_ENUM_HEAD_LISTS = (("Company", "company_heads"), ("IndustrialPark", "park_heads"),
                    ("Industry", "industry_heads"), ("Project", "project_heads"),
                    ("Organization", "org_heads"), ("Product", "product_heads"), ("Person", "person_heads"))


@lru_cache(maxsize=4)
def _enum_heads(lists: tuple) -> tuple[dict, re.Pattern]:
    """The type of each head noun (a later list wins), and the pattern of a
    list's tail (:func:`_enum_head`), from the lists of ``_ENUM_HEAD_LISTS``
    (once per data files, not per document)."""
    heads = {}
    for (t, _), words in zip(_ENUM_HEAD_LISTS, lists):
        for h in words:
            heads[h] = t
    return heads, _enum_head(_longest_first(tuple(heads)))


@lru_cache(maxsize=16)
def _union(a: frozenset, b: frozenset) -> frozenset:
    """``a | b``, once per pair of sets."""
    return a | b


def _enum_mentions(doc, text, tokens, chosen, res, masks):
    """Type the untyped items of enumerations (X、Y、Z等企业)."""
    words = res.words
    heads, head_pattern = _enum_heads(tuple(tuple(words[key]) for _, key in _ENUM_HEAD_LISTS))
    stop = _union(res.word_set("stop_tokens"), res.word_set("generic_names"))
    by_span = {(m.start, m.end): m for m in chosen}
    # names ending like a firm's (电子, 科技 … of suffixes.tsv, 集团, 公司)
    firm_endings = _firm_endings(res.suffixes)
    out = []
    # runs of items separated by 、
    for m in _finditer_before(_ENUM_RUN, text, "、", 14):
        items = []
        pos = m.start()
        for part in m.group().split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        # 汽车、机械、新材料等领域的42名院士、博导: a list ends at 等, what
        # follows is another list
        for idx, (s_, e_) in enumerate(items[:-1]):
            k = text.find("等", s_ + 2, e_)
            if k > 0:
                items = items[:idx] + [(s_, k)]
                break
        # 建链、补链、强链重点发展的9大产业集群、全面承接…: a phrase with 的 inside
        # the run ends a list; what came before it is no list of names
        for idx in range(len(items) - 2, 0, -1):
            if "的" in text[items[idx][0]:items[idx][1]]:
                items = items[idx + 1:]
                break
        # the tail after the last item: 等企业 / 3大配套企业 / “链主”
        tail = text[m.end(): m.end() + 12]
        last_s, last_e = items[-1]
        last_text = text[last_s:last_e]
        head_type = None
        hm = head_pattern.search(last_text + tail)
        if hm and 0 <= (k := last_text.find("等", 2)) < hm.start():
            hm = None  # 民生、招商引资等重点领域实施五个“十大工程”: the list ends at 等, its
            # head is what follows 等, not a head further on
        if hm and hm.group(2) and not _is_industry(hm.group(2), res) and not _is_region(hm.group(2), res) and \
                hm.group(2) not in res.word_set("elliptic_sectors"):
            hm = None  # only a sector or a place may stand between count and head: 四大汽车集团,
            # 等零部件集群, 等一批台湾大型企业
        if hm:
            cut = hm.start()
            if cut < len(last_text):
                items[-1] = (last_s, last_s + cut)
            if hm.start() <= len(last_text) + 1:
                head_type = heads[hm.group(3)]
        rep = _REPRESENTED.search(last_text + tail) if head_type is None else None
        represented = rep is not None and 2 <= rep.start() <= len(last_text)
        if represented:  # 以A、B等为代表的电子产业集群: the firms that stand for a cluster
            items[-1] = (last_s, last_s + rep.start())
            head_type = "Company"
        if tail.startswith("“链主”") or tail.startswith("\"链主\""):
            head_type = "Company"
        if not hm and not represented and is_cjk(text[m.end():m.end() + 1] or "x"):
            items = items[:-1]  # the run ended inside a word: its last item is no name
        if len(items) < 2:
            continue  # what is left is no list
        if head_type is None and not _list_may_be_typed(items, by_span, text):
            continue  # (decided before the first item's left edge is looked for: that costs)
        # the first item extends left only over name-like tokens
        fs, fe = items[0]
        new_fs = _extend_left(text, tokens, fe, res.word_set("stop_tokens"), masks=masks)
        items[0] = (_after_leading_verbs(text, tokens, max(fs, new_fs), fe, res), fe)
        items = [x for s, e in items for x in _split_item(s, e, by_span, text)]
        typed = [by_span.get((s, e)) for s, e in items]
        types = {x.type for x in typed if x is not None}
        if head_type is None:
            n_typed = sum(1 for x in typed if x is not None)
            if len(types) != 1 or n_typed < 2 or 2 * n_typed < len(typed):
                continue
            head_type = types.pop()
            if head_type in ("Region", "Person", "Product"):
                continue
        for idx, ((s, e), t) in enumerate(zip(items, typed)):
            if idx == 0 and (g := _GROWS.match(text, s, e)) and e - g.end() >= 2:
                s = g.end()  # 重点发展|智能电网、轨道交通等产业: the verb that grows the list is no item
            k = text.find("等", s + 2, e)
            if k > 0 and idx == len(items) - 1:
                e = k  # 新能源等领域: the list ends at 等
            while e - s > 2 and text[e - 1] in "等及和":
                e -= 1  # 新材料等
            if t is not None or e - s < 2 or e - s > 10:
                continue
            item = text[s:e]
            if item in stop or not all(is_cjk(c) or c.isalnum() for c in item) or _NEVER_CHARS.search(item) \
                    or _VAGUE_ITEM.search(item):
                continue  # 盛百汇的显示屏, 国内所有航空公司: a phrase, not a name
            inner = [x for x in chosen if x.start < e and s < x.end]
            if any(x.type not in ("Region", "Industry") or x.start < s or x.end > e
                   or (x.start, x.end) == (s, e) for x in inner):
                continue  # only a place or sector word may sit inside a listed name
            if head_type == "Industry" and any(x.type == "Industry" for x in inner) and (
                    not (idx > 0 or any(x.start == s for x in inner)) or any(x.type == "Region" for x in inner)):
                continue  # 发展|风电、光伏等新能源产业: the sector is named already (but a
                # later item, or one that starts with a known sector, is a qualified
                # sector of its own: 能源系统、…、智能移动机器人五个产业集群; 柳州螺蛳粉 is
                # a place's sector)
            if head_type == "Industry" and any(x.type == "Region" for x in inner) and not (
                    any(x.type == "Region" and x.start == s for x in inner)
                    and any(x.type == "Industry" and x.end == e for x in inner)):
                continue  # 全面承接粤港澳大湾区, 台湾之间航运: a place in a listed sector must
                # open it and a known sector end it (柳州螺蛳粉)
            if head_type == "Industry" and any(x.type == "Industry" and x.end == e and
                                               text[s:x.start] in res.word_set("generic_industry_qualifiers")
                                               and text[s:x.start] not in res.word_set("industry_modifiers")
                                               for x in inner):
                continue  # 光伏和|配套|储能产业: a generic qualifier before a named sector names no new one
            if _masked(s, e, masks):
                continue
            typ = head_type
            if typ == "Person" and not (2 <= len(item) <= 4 and item[0] in res.words["surnames"]):
                continue  # 王某、李某等知名人士: only what looks like a name is a person
            if typ == "Project" and item.endswith(firm_endings):
                typ = "Company"  # 爱芒果电子、东晶智能科技等一批项目: the listed names are firms
            elif typ == "Company" and item in res.word_set("product_brands"):
                typ = "Product"  # 东风、宝骏等汽车品牌: a maker's brand is a line of its products
            out.append(Mention(doc, s, e, item, typ, "enum", key=item))
    return out


_ABBR = re.compile(r"[（(](?:[^()（）]{0,12}?[,，])?\s*(?:以下)?(?:简称|下称)[:：]?\s*[“\"「]?([^”\"」()（）,，]{2,12})[”\"」]?[)）]")


_PAREN_SHORT = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[)）]")


def _short_in_parens(text, m):
    """香港贸易发展局（贸发局）: a short form in parentheses whose characters
    come from the name, in order, starting with its first."""
    p = _PAREN_SHORT.match(text, m.end)
    if p is None or m.type in ("Region", "Industry", "Person"):
        return None
    short, name = p.group(1), m.text
    if short[0] not in name[:3] or len(short) >= len(name):
        return None
    it = iter(name)
    return p if all(c in it for c in short) else None


def _alias_mentions(doc, text, tokens, chosen, res, seg=None):
    """Second pass: short forms of the names found, anywhere in the doc."""
    import ahocorasick

    starts, ends = _boundaries(tokens)
    regions = partial(_is_region, res=res)
    forms = {}
    abbrs: set[str] = set()
    for m in chosen:
        # A（以下简称“B”）: B names the same thing from here on
        abbr = _ABBR.match(text, m.end) or _short_in_parens(text, m)
        if abbr:
            forms[abbr.group(1)] = m
            abbrs.add(abbr.group(1))
        if m.type != "Company":
            continue
        for f in company_core(m.key, regions):
            if f not in res.word_set("generic_names") and not res.gazetteer.lookup(f) and not (
                    seg is not None and seg.is_common_word(f, 30)):
                forms.setdefault(f, m)  # (not 银行 of 北京银行: a word, not a short name)
    if not forms:
        return []
    A = ahocorasick.Automaton()
    for f, m in forms.items():
        A.add_word(f, (f, m))
    A.make_automaton()
    out = []
    for end, (f, m) in A.iter(text):
        s, e = end - len(f) + 1, end + 1
        if len(f) <= 2 and not (s in starts and e in ends):
            continue
        out.append(Mention(doc, s, e, f, m.type, "abbr" if f in abbrs else "alias", key=m.key))
    return out


def split_tokens(tokens, cuts) -> list:
    """Split tokens at the positions in ``cuts`` (jieba's 局对 → 局|对).

    >>> from kg.model import Token
    >>> [t.text for t in split_tokens([Token("局对", 0, 2)], {1})]
    ['局', '对']
    """
    if hasattr(tokens, "split"):  # LazyTokens: split each block's tokens when it is segmented
        return tokens.split(cuts, split_tokens)
    # tokens are in order and do not overlap: the token a cut falls strictly
    # inside is the first one ending after it; only those tokens are visited
    ends = list(map(_END, tokens))
    inner: dict[int, list[int]] = {}
    for c in sorted(cuts):
        i = bisect_right(ends, c)
        if i < len(tokens) and tokens[i].start < c:
            inner.setdefault(i, []).append(c)
    out = []
    prev = 0
    for i, cl in inner.items():  # in token order
        out += tokens[prev:i]
        t = tokens[i]
        pos = t.start
        for c in cl + [t.end]:
            out.append(Token(t.text[pos - t.start:c - t.start], pos, c))
            pos = c
        prev = i + 1
    out += tokens[prev:]
    return out


def _cuts(text, res, lex_mentions) -> set[int]:
    """Name boundaries jieba must respect: long lexicon names and suffixes."""
    cuts = set()
    for m in select_longest([m for m in lex_mentions if m.end - m.start >= 2]):
        cuts.add(m.start)
        cuts.add(m.end)
    cutters = _cut_automaton(res.suffixes)
    if len(cutters):  # the end of every occurrence of a suffix, overlaps included
        cuts.update(end + 1 for end, _ in cutters.iter(text))
    return cuts


@lru_cache(maxsize=8)
def _cut_automaton(suffixes: tuple):
    """Aho-Corasick automaton of the suffixes that cut jieba's tokens (one
    scan of the text instead of one ``str.find`` loop per suffix)."""
    import ahocorasick

    A = ahocorasick.Automaton()
    for sid, typ, suf, _ in suffixes:
        if sid.startswith("company_desc"):
            continue  # descriptors (科技, 新能源) also occur inside longer names
        if len(suf) >= 2 or typ == "Organization":
            A.add_word(suf, len(suf))
    if len(A):
        A.make_automaton()
    return A


def _add(chosen: list[Mention], found) -> list[Mention]:
    """``select_longest(chosen + found)``; nothing to do when a pass found nothing
    (it usually does: each later pass fills gaps)."""
    found = list(found)
    return select_longest(chosen + found) if found else chosen


def recognise(doc: str, text: str, res, seg, masks=(), tokens=None, sentences=None) -> list[Mention]:
    """Typed, non-overlapping mentions of a normalised text."""
    if tokens is None:
        tokens = seg.lazy_tokens(text)
    if sentences is None:
        sentences = split_sentences(text)
    starts, ends = _boundaries(tokens)
    places = list(_lexicon_mentions(doc, text, res, starts, ends, seg))
    lex = _foreign_national(places, text, res)
    raw_tokens = tokens
    tokens = split_tokens(tokens, _cuts(text, res, lex))
    starts, ends = _boundaries(tokens)
    cands = list(lex)
    cands += list(_suffix_mentions(doc, text, tokens, res, seg, masks, raw_tokens))
    cands += list(_industry_mentions(doc, text, tokens, res, seg, masks))
    cands += list(_town_mentions(doc, text, lex, res))
    cands += list(_quoted_mentions(doc, text, res))
    cands += list(_book_title_mentions(doc, text, res))
    cands += list(_stock_code_mentions(doc, text, tokens, res, lex))
    cands += list(_person_mentions(doc, text, res, masks, seg))
    cands += list(_minister_mentions(doc, text, res, places, masks))
    cands += list(_product_mentions(doc, text, res, sentences, tokens, seg))
    cands = [m for m in cands if not _masked(m.start, m.end, masks)]
    chosen = select_longest(_after_people(cands, text, res))
    chosen = _add(chosen, _enum_mentions(doc, text, tokens, chosen, res, masks))
    chosen = _add(chosen, _employer_mentions(doc, text, tokens, res, seg, chosen, masks))
    chosen = _add(chosen, _investor_mentions(doc, text, tokens, res, seg, chosen, masks))
    chosen = _add(chosen, _partner_mentions(doc, text, tokens, res, seg, chosen, masks))
    chosen = _add(chosen, _acquired_mentions(doc, text, tokens, res, seg, chosen, masks))
    chosen = _add(chosen, _appositive_mentions(doc, text, tokens, res, seg, chosen, masks))
    chosen = _add(chosen, _alias_mentions(doc, text, tokens, chosen, res, seg))
    chosen = _industry_in_context(text, chosen, res)
    chosen = _qualified_sectors(chosen, text, tokens, res)
    chosen = _branches(chosen, text, res)
    chosen = _joined_names(doc, chosen, text, res)
    nested = _nested_companies(doc, chosen, res, seg)
    named = [m for m in _subpark_keys(chosen, nested, res) + nested if m.type not in UNEXPORTED_TYPES]
    return sorted(named, key=lambda m: (m.start, -m.end))


#: a verb that grows sectors, with its adverb, before a list of them
_GROWS = re.compile(r"(?:重点|着力|大力|加快|积极|全力|主要|优先)?(?:发展|培育|布局|打造|壮大|做强|做大|深耕|主攻|聚焦|延伸)")
#: after a zone: its phase and 项目 (集聚区(二期)项目, 基地二期项目)
_PHASE_PROJECT = re.compile(r"[(（]?[一二三四五六七八九十\d]+期[)）]?项目")
#: after a zone: a place in brackets and a place's 园 (试验区(柳州)广西园)
_PLACE_PARK = re.compile(r"[(（]([\u4e00-\u9fff]{2,4})[)）]([\u4e00-\u9fff]{2,4}?园)")
#: after a project: a dash and a second part of its name up to 项目 (智慧工厂-智能施工试验场项目)
_DASH_PROJECT = re.compile(r"[-—－][\u4e00-\u9fff]{2,14}?项目")


def _joined_names(doc, chosen: list[Mention], text: str, res) -> list[Mention]:
    """Names that go on past a zone or a project: a zone's phase project
    (粤桂智能家电产业集聚区(二期)项目), a zone's sub-park named after a place
    (粤桂…合作试验区(柳州)广西园), a project's second part after a dash
    (柳工挖掘机智慧工厂-智能施工试验场项目): one mention each."""
    if not any(m.type in ("IndustrialPark", "Project") for m in chosen):
        return chosen
    out: list[Mention] = []
    skip_to = -1
    for m in sorted(chosen, key=attrgetter("start")):
        if m.start < skip_to:
            continue
        new = None
        if m.type in ("IndustrialPark", "Project") and (ph := _PHASE_PROJECT.match(text, m.end)):
            new = (ph.end(), "Project")
        elif m.type == "IndustrialPark" and (pp := _PLACE_PARK.match(text, m.end)) and \
                _is_region(pp.group(1), res) and any(_is_region(pp.group(2)[:n], res) for n in (2, 3)):
            new = (pp.end(), "IndustrialPark")
        elif m.type == "Project" and (dp := _DASH_PROJECT.match(text, m.end)):
            new = (dp.end(), "Project")
        if new is not None:
            e, typ = new
            name = text[m.start:e]
            if typ == "IndustrialPark":  # the zone is mentioned too, so the name can tie the two
                out.append(Mention(m.doc, m.start, m.end, m.text, m.type, "nested",
                                   key=m.key if m.rule == "lexicon" else ""))  # ("": resolve keys it)
            m = Mention(m.doc, m.start, e, name, typ, m.rule, key=strip_quotes(name))
            skip_to = e
        out.append(m)
    return out


def _subpark_keys(chosen: list[Mention], nested: list[Mention], res) -> list[Mention]:
    """A park named inside a known zone (柳东新区|花岭片零部件产业园) is known by
    its own name: the zone it lies in is a mention of its own (``nested``),
    and the name rules tie the two by ``partOf``."""
    zones = {(m.start, m.end): m for m in nested if m.type == "IndustrialPark" and m.rule == "nested"}
    if not zones:
        return chosen
    park_ends = tuple(suf for _, typ, suf, _ in res.suffixes if typ == "IndustrialPark")
    out = []
    for m in chosen:
        if m.type == "IndustrialPark" and m.rule.startswith("suffix"):
            z = max((z for (a, b), z in zones.items() if m.start <= a and b < m.end), key=attrgetter("end"),
                    default=None)
            rest = m.text[z.end - m.start:] if z is not None else ""
            if len(rest) >= 4 and rest.endswith(park_ends):
                m = Mention(m.doc, m.start, m.end, m.text, m.type, m.rule, key=rest)
        out.append(m)
    return out


#: a regional branch written after its parent: 广西风电公司, 华南公司, 广西分公司
_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:分公司|公司|分行|支行|子公司)")


def _after_people(cands: list[Mention], text: str, res) -> list[Mention]:
    """A name found by its suffix cannot start with a titled person (主任吴某|率|
    香港商会): it starts after the person and the verb that follows, or is dropped.

    >>> from types import SimpleNamespace as NS
    >>> res = NS(words={"person_verbs": ["率"]})
    >>> p = Mention("d", 2, 5, "吴嘉俊", "Person", "person")
    >>> o = Mention("d", 2, 10, "吴嘉俊率香港商会", "Organization", "suffix:org")
    >>> [m.text for m in _after_people([p, o], "主任吴嘉俊率香港商会代表团", res)]
    ['吴嘉俊', '香港商会']
    """
    people = {m.start: m.end for m in cands if m.type == "Person"}
    if not people:
        return cands
    verbs = _by_length(tuple(res.words["person_verbs"]))
    out = []
    for m in cands:
        end = people.get(m.start)
        if end is not None and m.end > end and m.type != "Person" and m.rule.startswith("suffix"):
            v = next((v for v in verbs if text.startswith(v, end)), None)
            if v is None or m.end - (end + len(v)) < 3:
                continue
            s = end + len(v)
            m = Mention(m.doc, s, m.end, text[s:m.end], m.type, m.rule, key=strip_quotes(text[s:m.end]))
        out.append(m)
    return out


def _branches(chosen: list[Mention], text: str, res) -> list[Mention]:
    """A company followed by a branch named after a place (中国华电集团|广西风电公司,
    中建五局|华南公司|广西分公司) is one mention of the parent: the guide counts
    a local arm as its parent.  A known firm's numbered works (柳钢集团|一轧厂)
    is a facility of the firm (a Project, whose name names its owner)."""
    if not any(m.type == "Company" for m in chosen):
        return chosen
    out: list[Mention] = []
    for m in sorted(chosen, key=attrgetter("start")):
        prev = out[-1] if out else None
        if prev is not None and m.start < prev.end:
            continue  # inside a parent's branch already taken
        if m.type == "Company":
            end = m.end
            while (b := _BRANCH.match(text, end)) is not None and _place_led(b.group(), res):
                end = b.end()  # 中建五局|华南公司|广西分公司
            if end > m.end:
                m = Mention(m.doc, m.start, end, text[m.start:end], "Company", m.rule, key=m.key)
            elif (w := _NUMBERED_WORKS.search(m.text)) is not None and w.start() >= 2 and \
                    (hit := res.gazetteer.lookup(m.text[:w.start()])) is not None and hit[1].type == "Company":
                # 柳钢集团|一轧厂: a numbered works of a known firm is a facility of that
                # firm (its staff work for the firm), not a firm of its own
                m = Mention(m.doc, m.start, m.end, m.text, "Project", m.rule, key=m.key)
        out.append(m)
    return out


#: a numbered works or workshop at the end of a firm's name (一轧厂, 二炼钢厂, 三车间)
_NUMBERED_WORKS = re.compile(r"第?[一二三四五六七八九十\d]+[\u4e00-\u9fff]{0,2}(?:厂|车间)$")


def _place_led(name: str, res) -> bool:
    """Does ``name`` start with a region or a compass region (华南, 西南)?"""
    if name[:2] in ("华南", "华北", "华东", "华中", "西南", "西北", "东北"):
        return True
    return any((h := res.gazetteer.lookup(name[:n])) is not None and h[1].type == "Region" for n in (4, 3, 2))


def _nested_companies(doc, chosen, res, seg) -> list[Mention]:
    """A well-known company at the start of a project's name (玉柴 in
    玉柴发动机智能工厂) is mentioned too.  Such nested mentions (here, and the
    zones of :func:`_joined_names`) are the only overlaps the policy allows."""
    out = []
    for m in chosen:
        if m.type in ("Project", "IndustrialPark") and m.rule != "lexicon":
            out += _nested_zone(doc, m, res)
        if m.type in ("Project", "IndustrialPark", "Organization", "Company") and m.rule != "lexicon":
            out += _nested_places(doc, m, res)
        if m.type != "Project" or m.rule == "lexicon":
            continue
        for n in range(min(8, len(m.text) - 2), 1, -1):
            hit = res.gazetteer.lookup(m.text[:n])
            if hit is not None and hit[1].type == "Company":
                out.append(Mention(doc, m.start, m.start + n, m.text[:n], "Company", "nested", key=hit[0]))
                break
        else:
            # an unknown brand with a company descriptor: 飒芯科技高端激光器产业化项目
            # (the first descriptor ends the brand: 信炜科技|光电信息项目)
            weak = res.words.get("weak_descriptors", ())
            descs = sorted((k, -len(suf)) for sid, _, suf, _ in res.suffixes
                           if sid.startswith("company_desc") and suf not in weak
                           and (k := m.text.find(suf, 2, 9)) > 0)
            for k, neg in descs:
                n = k - neg
                if len(m.text) - n >= 3 and _unknown_name_before(m.text, None, 0, k, res, seg):
                    out.append(Mention(doc, m.start, m.start + n, m.text[:n],
                                       "Company", "nested"))  # no key: not a lexicon name
                    break
    return out


_IND_AFTER = ("产业", "行业", "业", "领域", "板块", "赛道", "企业", "名企", "龙头", "集群", "基地", "装备", "项目",
              "整车", "零部件", "产品", "制造", "等", "链", "价值链", "配套", "市场",
              "集团", "车企", "厂商", "公司", "的龙头", "的排头", "的领军", "的领头", "的佼佼")


def _nested_places(doc, m, res) -> list[Mention]:
    """The places of an address written before a name (广西|柳州市|融安县|东起乡|
    白云岭风电场项目) are mentioned too: the text names them.  A single place
    without an administrative ending (湖南飞沃科技) is part of the name."""
    g = res.gazetteer
    out: list[Mention] = []
    pos, text = 0, m.text
    while len(text) - pos > 3:
        # (the text is normalised already: its substrings are their own keys)
        hit = next(((n, (k, g.entries[k])) for n in (6, 5, 4, 3, 2) if len(text) - pos - n >= 3
                    and (k := g.surface.get(text[pos:pos + n].lower())) is not None
                    and g.entries[k].type == "Region"), None)
        if hit is None:
            last = g.entries.get(out[-1].key) if out else None
            town = _TOWN.match(text, pos) if last is not None and last.kind in _COUNTY_KINDS else None
            if town is None or len(text) - town.end() < 3:
                break
            hit = (town.end() - pos, (town.group(), None))
            key = town.group()
        else:
            key = hit[1][0]
        n = hit[0]
        out.append(Mention(doc, m.start + pos, m.start + pos + n, text[pos:pos + n], "Region", "nested", key=key))
        pos += n
    if len(out) == 1 and not out[0].text.endswith(_ADDRESS_ENDS) and m.rule != "suffix:project_seaport":
        return []  # 英国|车辆认证局, 湖南|飞沃科技: a place in the name, not an address before it
        # (but 柳州|铁路港 is where the port is)
    return out


#: how a place written as an address ends (广东省, 中山市, 融安县)
_ADDRESS_ENDS = ("省", "市", "县", "区", "自治区", "乡", "镇")


def _nested_zone(doc, m, res) -> list[Mention]:
    """A known zone inside a park's or project's name (柳州市|柳东新区|安吉物流园)
    is mentioned too, so the name can tie the two."""
    g = res.gazetteer
    best = None
    for s, e, n in g.iter_matches(m.text.lower()):
        entry = g.entries[n]
        if entry.type == "IndustrialPark" and e - s >= 4 and len(m.text) - e >= 3 and (
                best is None or e - s > best[1] - best[0]):
            best = (s, e, n)
    if best is None:
        return []
    s, e, n = best
    return [Mention(doc, m.start + s, m.start + e, m.text[s:e], "IndustrialPark", "nested", key=n)]


def _qualified_sectors(mentions, text, tokens, res) -> list[Mention]:
    """A known sector with a qualifier written right before it as a word of
    its own (港口|物流, 金属|新材料: ``words.json`` ``sector_qualifiers``) is
    the narrower sector, named as written."""
    quals = res.word_set("sector_qualifiers")
    nouns = res.word_set("sector_nouns_after")
    ends = {m.end for m in mentions}
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        if m.type == "Industry" and m.start not in ends and (t := _token_at(tokens, m.start)) is not None \
                and t.end == m.start and text[t.start:m.start] in quals:
            key = text[t.start:m.start] + (m.key if text.startswith(m.key, m.start) or m.rule != "lexicon"
                                          else text[m.start:m.end])
            m = Mention(m.doc, t.start, m.end, text[t.start:m.end], "Industry", m.rule, key=key)
        if m.type == "Industry" and m.rule == "lexicon" and m.end not in starts \
                and not text.endswith(("产业", "行业"), 0, m.end) \
                and (t := _token_at(tokens, m.end + 1)) is not None and t.start == m.end \
                and text[t.start:t.end] in nouns and text.startswith(_SECTOR_TALK_AFTER, t.end):
            # 光伏|材料产业: the narrower sector
            m = Mention(m.doc, m.start, t.end, text[m.start:t.end], "Industry", m.rule, key=text[m.start:t.end])
        if m.type == "Industry" and m.start > 2 and text[m.start - 1] in "及和与" and m.start - 1 not in ends \
                and text.startswith(_SECTOR_HEADS, m.end - 2 if text.endswith(("产业", "行业"), 0, m.end) else m.end):
            # 高端玻璃及|光伏材料产业集群: the sector joined to it is one too
            s2 = _extend_left(text, tokens, m.start - 1, res.word_set("stop_tokens"), limit=10)
            if (size := _SIZE_LEAD.match(text, s2, m.start - 1)) is not None:
                s2 = size.end()  # 千亿元|特种玻璃
            cand = text[s2:m.start - 1]
            last = _token_at(tokens, m.start - 1)
            if 2 <= len(cand) <= 6 and all(is_cjk(c) for c in cand) and s2 not in ends and not _is_region(cand, res) \
                    and last is not None and (text[last.start:last.end].endswith(_as_tuple(nouns))
                                              or _is_industry(text[last.start:last.end], res)):
                out.append(Mention(m.doc, s2, m.start - 1, cand, "Industry", "industry", key=cand))
        out.append(m)
    return out


#: what follows a sector's name where the text speaks of sectors: the heads
#: of sectors, or a list going on
_SECTOR_HEADS = ("产业", "行业", "集群")
_SECTOR_TALK_AFTER = _SECTOR_HEADS + ("基地", "、", "及", "和", "等")


def _industry_in_context(text, mentions, res) -> list[Mention]:
    """Keep a lexicon industry word only where the text speaks of it as a
    sector: followed by 产业/行业/领域…, listed with another industry, or in
    a clause that grows or focuses on sectors (聚焦, 培育, 发展 …).  物流 or
    金融 in passing name no sector of the story."""
    trig = tuple(res.triggers.get("inIndustry_subject", ())) + tuple(
        res.triggers.get("inIndustry_pillar", ())) + tuple(res.triggers.get("inIndustry_company", ()))
    inds = [m for m in mentions if m.type == "Industry"]
    keep_ids = set()
    starts = {m.start for m in inds}
    for i, m in enumerate(inds):
        if m.end in starts and m.rule == "lexicon":
            continue  # 智慧物流|机器人, 大健康|机器人: a sector word qualifying another is no sector
        if m.rule != "lexicon":
            keep_ids.add(id(m))
            continue
        after = text[m.end:m.end + 3]
        if after.startswith(_as_tuple(res.word_set("vehicle_heads"))):
            continue  # 新能源物流车, 城市物流用车: a kind of vehicle, no sector
        if after.startswith(_IND_AFTER) or after.startswith(_as_tuple(res.word_set("sector_measures"))):
            keep_ids.add(id(m))
            continue
        near = text[max(0, m.start - 1):m.start] + text[m.end:m.end + 1]
        if any(c in "、及和与" for c in near) and any(
                o is not m and abs(o.start - m.end) <= 2 or abs(m.start - o.end) <= 2 for o in inds
                if o is not m):
            keep_ids.add(id(m))
            continue
        cs = max(text.rfind(c, 0, m.start) for c in "，,。；;\n")
        ce = min([x for x in (text.find(c, m.end) for c in "，,。；;\n") if x >= 0] or [len(text)])
        clause = text[cs + 1:ce]
        if any(t in clause for t in trig):
            keep_ids.add(id(m))
    return [m for m in mentions if m.type != "Industry" or id(m) in keep_ids]


def mention_key(m: Mention) -> str:
    return norm_key(m.key or m.text)
