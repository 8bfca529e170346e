"""Shared pieces of the recogniser: punctuation and name characters, legal
suffixes and company cores, token look-ups, the overlap policy
(:func:`select_longest`) and the small word-list helpers every component uses.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache, partial
from operator import attrgetter

from ..model import Mention, Token
from ..normalise import norm_key


#: tie-break between spans of equal length: lower is preferred
RULE_PRIORITY = {"titled": -1, "nested": 0, "lexicon": 0, "national": 0, "abbr": 1, "employer": 4, "context": 5, "person": 1, "product": 1, "industry": 2, "quoted": 2, "stock": 1, "suffix": 2, "alias": 3, "enum": 4}
_QUOTES = "“”\"'‘’「」『』《》"
_LEGAL = ("股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司", "股份公司",
          "集团公司", "公司")
_DESCRIPTORS = ("智能控制", "智能装备", "智能制造", "智能科技", "新能源科技", "汽车科技", "环保科技", "信息科技", "电子科技", "机械科技",
                "科技", "电器", "汽车配件", "汽车零部件", "机械", "电子", "实业", "控股", "动力电池", "电池", "动力",
                "新能源", "新材料", "能源", "汽车", "汽车制造")
_LEADING_VERBS = frozenset("获将由为把被在与和向对从让使给经去到近据往而距像即")
_GENERIC_CORES = frozenset({"集团", "公司", "股份", "控股", "企业", "科技", "实业", "汽车", "新能源", "银行", "证券",
                            "保险", "信托", "基金"})
#: a sector and a firm's head: what a place's sector group is called after its place
_SECTOR_FIRM = re.compile(r"(?:汽车|机械|钢铁|电子|化工|建设|建工|投资|能源|电力|交通|物流|水务|旅游|医药|农垦|糖业|铝业|"
                          r"有色|港务|航空|铁路|煤炭|冶金|纺织|轻工|商贸|外贸|粮食|林业|渔业|"
                          r"产投|城投|交投|建投|国投|水投|能投|旅投|农投|金投|文旅|发投)(?:集团|公司|股份|控股|工业)")


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
    >>> strip_legal_and_region("广西北部湾港集团", {"广西", "北部湾"}.__contains__)
    ('广西北部湾港集团', '北部湾港集团')
    >>> strip_legal_and_region("高雄(农机)谷林科技有限公司", {"高雄"}.__contains__)
    ('高雄(农机)谷林科技', '谷林科技')
    >>> strip_legal_and_region("广西壮族自治区柳州市鼎丰机械有限公司", {"广西", "广西壮族自治区", "柳州"}.__contains__)
    ('广西壮族自治区柳州市鼎丰机械', '鼎丰机械')
    """
    base = name
    for suf in _LEGAL:
        if base.endswith(suf) and len(base) - len(suf) >= 2:
            base = base[: -len(suf)]
            break
    stripped = base
    while True:  # 广东省中山市恒滨实业: every place of the address
        for n in (7, 6, 5, 3, 2):  # (广西壮族自治区, 香港特别行政区: a full name first)
            if len(stripped) > n + 1 and regions(stripped[:n]) and (n < 5 or stripped.endswith(_FULL_ADMIN_ENDS, 0, n)):
                rest = stripped[n:]
                if rest.startswith(("市", "省")) and len(rest) > 3:
                    rest = rest[1:]
                if stripped != base and len(rest) <= 2:
                    return base, stripped  # 合肥|中南光电: a second place leaves a name, not a word
                if rest.startswith("港") or rest[0] in _JOINERS:
                    return base, stripped  # 北部湾港集团, 广西|港航集团: the port's place is its name;
                    # 中国·越南X, 中国—东盟X: two places joined name the firm together
                if rest not in _GENERIC_CORES and not _SECTOR_FIRM.fullmatch(rest):
                    stripped = rest
                    break
                return base, stripped  # 陕西|汽车集团: a province's sector group is named by the province
        else:
            break
    if stripped.startswith("市") and len(stripped) > 3 and stripped[1] not in _CITY_WORD_HEADS:
        stripped = stripped[1:]  # (柳州)市延龙汽车: the city's firm
    if stripped != base and (q := _LEADING_QUALIFIER.match(stripped)) is not None and len(stripped) - q.end() >= 3:
        stripped = stripped[q.end():]  # 高雄|(农机)|谷林科技: the trade in brackets after the place
    return base, stripped


#: marks joining two places into one name (中国·印尼, 中国—东盟)
_JOINERS = frozenset("·—-－–")


#: how the full names of autonomous regions and the like end (广西壮族自治区): longer
#: names ending otherwise are foreign places whose firms keep them (印度尼西亚|建设银行)
_FULL_ADMIN_ENDS = ("自治区", "特别行政区", "自治州", "自治县")
#: a bracketed word right after a firm's place (高雄(农机)谷林科技)
_LEADING_QUALIFIER = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]")


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


@lru_cache(maxsize=8)
def _park_endings(suffixes: tuple) -> tuple:
    """How a zone's name ends: the zone suffixes of ``suffixes.tsv``, and 基地."""
    return tuple(x[2] for x in suffixes if x[0].startswith("park_")) + ("基地",)  # (a base listed among zones)


def _boundaries(tokens) -> tuple[set[int], set[int]]:
    if hasattr(tokens, "is_start"):  # LazyTokens: segment only the blocks asked about
        return _Where(tokens.is_start), _Where(tokens.is_end)
    return set(map(_START, tokens)), set(map(_END, tokens))


def _masked(start: int, end: int, masks) -> bool:
    return bool(masks) and any(s < end and start < e for s, e in masks)  # (most texts mask nothing)


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
    if text.endswith(_STOCK_BEFORE, max(0, s - 3), s) or text.startswith(_STOCK_AFTER, e):
        return True  # 概念股|X, X|涨停: a listed firm's shares
    for n in (2, 3):
        hit = res.gazetteer.lookup(text[max(0, s - n):s])
        if hit is not None and hit[1].type == "Region":
            return True
    if (b := _BRANCH.match(text, e)) is not None and _place_led(b.group(), res):
        return True  # 中国石化|柳州分公司: a firm's local branch, named by its place
    return False


#: what is said of a listed firm's shares right before or after its name
_STOCK_BEFORE = ("概念股", "龙头股", "成分股", "个股")
_STOCK_AFTER = ("涨停", "跌停", "股价", "股票", "市值")


#: a branch written after a firm's name (柳州分公司, 广西销售分公司, 华南公司, 南宁分行)
_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:分公司|公司|分行|支行|子公司)")


#: compass regions that open a branch's name (华南公司, 南方分公司)
_COMPASS_REGIONS = ("华南", "华北", "华东", "华中", "华西", "西南", "西北", "东北", "南方", "北方")


def _place_led(name: str, res) -> bool:
    """Does ``name`` start with a region or a compass region (华南, 西南)?"""
    return _place_lead(name, res) > 0


def _place_lead(name: str, res) -> int:
    """How many characters of ``name`` the region or compass region opening it
    takes (0 when none does)."""
    if name[:2] in _COMPASS_REGIONS:
        return 2
    return next((n for n in (4, 3, 2) if _is_region(name[:n], res)), 0)


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


#: ranks of a zone: after a place they are part of its name (南宁国家级高新区), alone a kind
_RANKS = frozenset(("国家级", "自治区级", "省级", "市级"))


#: lines and crossings, named after the places they join (湘桂铁路, 南宁至友谊关高速公路)
_ROUTE_SUFFIXES = frozenset(("project_railway", "project_expressway", "project_canal", "project_second_bridge",
                             "project_border_port"))


#: a size that opens a would-be name: (成)千亿元…, 上述百亿级… (a target, not a name)
_SIZE_LEAD = re.compile(r"(?:成为?|上述|随[着著]上述|随[着著])?(?:[一二三四五六七八九十]|[千百万]|\d)+[千百万]?亿(?:元|级)?")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that holds ``text[start:end]``.

    >>> sentence_around("柳工投产。文昌大道建成通车。", 5, 9)
    '文昌大道建成通车'
    """
    s0 = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
    s1 = min((i for c in "。！？!?\n" if (i := text.find(c, end)) >= 0), default=len(text))
    return text[s0:s1]


def _lexicon_hits(text, res):
    return [res.gazetteer.entries[n] for _, _, n in res.gazetteer.iter_matches(text.lower())]


_TOWN = re.compile(r"(?![的在与和及])[\u4e00-\u9fff]{2,4}?(?:镇|乡(?!村)|街道)")  # (not 的凤林镇; 宜居|乡村: no 乡)
#: what a county's or district's short name opens when it names a road (柳北|路) or a line (柳南|客运专线)
ROAD_AFTER = ("路", "大道", "街")
ROUTE_AFTER = ROAD_AFTER + ("客运", "客专", "铁路", "高铁", "城际", "线", "高速")
_COUNTY_KINDS = ("district", "county", "county_city", "autonomous_county", "banner")


@lru_cache(maxsize=32)
def _by_length(words) -> tuple:
    """``sorted(words, key=len, reverse=True)``, once per word list."""
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=32)
def _as_tuple(words: frozenset) -> tuple:
    """``words`` as a tuple for ``str.startswith``/``endswith`` (made once per set)."""
    return tuple(sorted(words))


#: honorifics written right after a person's name (王某|先生, 李某|教授)
_HONORIFICS = ("先生", "女士", "博士", "教授")

_NEVER_CHARS = re.compile(r"[的了是在靠据像因把被让和与及或等将从向对为以不于]")


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


@lru_cache(maxsize=16)
def _longest_first(words: tuple) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _places_short_names(pair: str, res) -> bool:
    """Are the two characters ``pair`` places' one-character short names
    (湘桂, 中越: ``words.json`` ``region_abbreviations``) and together no
    everyday word?"""
    abbr = res.words.get("region_abbreviations", {})
    return len(pair) == 2 and pair[0] in abbr and pair[1] in abbr and pair not in res.word_set("common_words")


def _department_word(text: str, end: int) -> bool:
    """Does a would-be ministry ending in 部 at ``end`` run into 部门 (财政|部门,
    商务部门: a kind of government department, no ministry)?

    >>> _department_word("各地财政部门", 5), _department_word("财政部发文", 3)
    (True, False)
    """
    return text[end - 1:end] == "部" and text.startswith(("门", "門"), end)


def _is_region(word: str, res) -> bool:
    hit = res.gazetteer.lookup(word)
    return hit is not None and hit[1].type == "Region"


def _bracketed_site(text: str, end: int, res) -> str | None:
    """The place in brackets right after a name (X项目（灵川）, X项目(秀峰)):
    its gazetteer key, a district's short name read as the district; else None.

    Lists of signed projects give each project's county or district so.
    """
    b = _SITE_IN_BRACKETS.match(text, end)
    if b is None:
        return None
    hit = res.gazetteer.lookup(b.group(1)) or res.gazetteer.lookup(b.group(1) + "区")
    return hit[0] if hit is not None and hit[1].type == "Region" else None


#: two to four characters in brackets (（灵川）, (秀峰)), a place's name or short name
_SITE_IN_BRACKETS = re.compile(r"[(（]([\u4e00-\u9fff]{2,4})[)）]")


def _is_industry(word: str, res) -> bool:
    """Is ``word`` a known sector, or one and the trade in it (光伏制造, 汽车生产)?"""
    for w in (word, word[:-2] if word.endswith(_TRADE_ENDS) else ""):
        hit = res.gazetteer.lookup(w) if len(w) >= 2 else None
        if hit is not None and hit[1].type == "Industry":
            return True
    return False


_TRADE_ENDS = ("制造", "生产", "研发", "加工", "配套")


@lru_cache(maxsize=16)
def _union(a: frozenset, b: frozenset) -> frozenset:
    """``a | b``, once per pair of sets."""
    return a | b


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
    inside = set()
    for m in select_longest([m for m in lex_mentions if m.end - m.start >= 2]):
        cuts.add(m.start)
        cuts.add(m.end)
        inside.update(range(m.start + 1, m.end))
    cutters = _cut_automaton(res.suffixes)
    if len(cutters):  # the end of every occurrence of a suffix, overlaps included,
        # but not inside a known name (北部|湾: 部 ends a ministry's name elsewhere)
        cuts.update(e for end, _ in cutters.iter(text) if (e := end + 1) not in inside)
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


def mention_key(m: Mention) -> str:
    return norm_key(m.key or m.text)


def _known_company_before(text: str, end: int, res) -> bool:
    """Does a known company's name end at ``end`` (玉柴集团|党委)?"""
    return any((h := res.gazetteer.lookup(text[end - n:end])) is not None and h[1].type == "Company"
               for n in range(2, min(end, 12) + 1))
