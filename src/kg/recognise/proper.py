"""Whether a span is a proper name: a lexicon name, an unknown word, Latin
letters or digits, a route between two places, a port of a place, or
only a description (绿色工业园区, 区域配件中心).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..normalise import is_cjk
from .common import _NEVER_CHARS, _RANKS, _is_industry, _is_region, _lexicon_hits, _places_short_names, _token_at


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
    if name.endswith("国际") and len(name) >= 4:
        name = name[:-2]  # 瑞通|国际|物流: 国际 qualifies the trade, the brand is before it
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
    if len(name) == 2 and all(c in res.word_set("function_words") for c in name):
        return False  # 正以|科技创新为笔: an adverb and a preposition jieba glued, no brand
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


_ROUTE_JOIN = re.compile(r"(.{2,6}?)(?:至|到|—|-)(.{2,6})")


#: words that pick out some of a kind (各国, 两条, 该): no name
_DETERMINERS = frozenset("各全诸多该本两这那其此每几数")
#: kinds of border crossing (边境口岸, 一类口岸): no crossing's name
_PORT_KINDS_BEFORE = frozenset(("边境", "陆路", "水路", "一类", "二类", "国家", "开放", "沿边", "边贸", "航空",
                                "公路", "铁路", "水运", "对外", "货运", "客运", "国际", "重要", "主要", "指定"))
#: kinds of place too wide for one border crossing to be named after (广西口岸)
_WIDE_PLACE_KINDS = frozenset(("country", "province", "sar", "city", "prefecture", "autonomous_prefecture"))
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
    if sid == "project_border_port" and (hit := res.gazetteer.lookup(prefix)) is not None \
            and hit[1].kind in _WIDE_PLACE_KINDS:
        return False  # 广西口岸, 湛江口岸: the crossings of a wide place, none in particular (but 凭祥口岸)
    if sid == "project_border_port" and 2 <= len(prefix) <= 4 and prefix[-2:] not in _PORT_KINDS_BEFORE \
            and not _NEVER_CHARS.search(prefix):
        return True
    if _places_short_names(prefix[:2], res):
        return True
    if len(prefix) > 6 or prefix[-2:] in _LINE_KINDS_BEFORE:
        return False  # 常态化开行抵边|铁路, 中国|铁路 (a railway company), 城际|铁路
    j = _ROUTE_JOIN.fullmatch(prefix)
    if j is not None and all(res.gazetteer.lookup(x) is not None for x in j.groups()):
        return True
    return _has_proper_element(text, tokens, start, end, res, seg, "Project", allow_long=False)


#: a state builder's numbered engineering bureau (中铁五局, 中建八局, 中冶二十局)
_NUMBERED_BUREAU = re.compile(r"中[铁建交冶核电化水][一二三四五六七八九十]{1,3}局")


#: the suffix of a site named by its place and its sector (X风电|项目; stations and
#: farms have rules of their own)
_SITE_SUFFIXES = ("项目",)


def _has_proper_element(text, tokens, start, end, res, seg, typ, allow_long=True, sectors=True) -> bool:
    """Does ``text[start:end]`` (a name without its suffix) name something
    particular?  A lexicon name, a word jieba does not know (a brand or a
    place: 洛必德, 官塘), Latin letters or digits, a quoted part, or a long
    descriptive name (8+ characters) do; 绿色工业园区, 区域配件中心 do not.
    With ``sectors=False`` a sector's name (新能源汽车基地) is no proper element
    either.
    """
    prefix = text[start:end]
    if any(c.isascii() and c.isalnum() for c in prefix) or "“" in prefix or "”" in prefix:
        return True
    if end - start >= 8 and allow_long:
        return True
    if typ == "Company" and _NUMBERED_BUREAU.search(prefix):
        return True  # 中铁五局|集团: a state builder's numbered engineering bureau
    generic = res.word_set("generic_prefixes")
    t = _token_at(tokens, end)
    while t is not None and t.end > start:
        w, w_end = text[max(t.start, start):min(t.end, end)], min(t.end, end)
        t = _token_at(tokens, t.start)
        if len(w) < 2 or w in generic:
            continue
        hit = res.gazetteer.lookup(w)
        if hit is not None and (hit[1].type != "Industry" or typ == "IndustrialPark"):
            return True
        if hit is not None and not sectors:
            continue  # 新能源汽车|基地: a sector's name is no name of one site
        if all(is_cjk(c) for c in w) and not seg.is_common_word(w, 3):
            return True
        if typ == "Company" and len(w) == 2 and seg.is_proper_noun(w) and not seg.is_common_word(w, 20):
            return True  # 华丰|集团: a rare word jieba knows as a name (a person's, a place's)
        if typ == "Project" and hit is None and text.startswith(_SITE_SUFFIXES, end) \
                and (nxt := res.gazetteer.lookup(text[w_end:end])) is not None and nxt[1].type == "Industry" \
                and seg.is_proper_noun(w):  # (jieba's tags are read only when the rest holds)
            return True  # 凤凰|风电项目, 青山|光伏项目: a hill's or a village's name (an everyday
            # word too) before the sector the site works in
        if typ == "IndustrialPark" and len(w) == 3 and w.endswith("港") and _is_region(w[:2], res):
            return True  # 钦州港|工业园区: a zone named after a port, a place
        if typ == "IndustrialPark" and _home_county_stem(w, res):
            return True  # 钟山|工业园区: a home county's short name, an everyday word elsewhere
    return False


def _home_county_stem(word: str, res) -> bool:
    """Is ``word`` the short name of a county of the home province (钟山 for
    钟山县, 资源 for 资源县), which the lexicon does not list as a place on
    its own because it is an everyday word too?

    >>> from kg.resources import load_resources
    >>> _home_county_stem("钟山", load_resources()), _home_county_stem("新兴", load_resources())
    (True, False)
    """
    hit = res.gazetteer.lookup(word + "县")
    if hit is None or hit[1].kind not in ("county", "autonomous_county"):
        return False
    city = res.gazetteer.entries.get(hit[1].parent)
    return city is not None and city.parent == res.words.get("home_province")


def _body_at(text: str, start: int, end: int, res) -> bool:
    """Does ``text[start:end]`` begin with a known government body or
    organisation (科技部|火炬高技术产业开发)?"""
    return any(s == 0 and res.gazetteer.entries[n].type == "Organization"
               for s, _, n in res.gazetteer.iter_matches(text[start:end].lower()))


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
