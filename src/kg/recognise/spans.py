"""Where a name starts: extending a suffix to the left over name-like tokens,
the walls other names set, and the function words and verbs that end a name.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..normalise import is_cjk
from .common import (
    _LEADING_VERBS, _ROUTE_SUFFIXES, _as_tuple, _is_region, _masked, _token_at, _token_getter)


_PUNCT = set("，,。、；;：:！!？?（）()《》“”\"'‘’「」『』【】[]—-…·/ \t\n\u3000")
#: a character of _PUNCT (a regex: faster than a loop over the characters of a word)
_PUNCT_CHAR = re.compile("[" + "".join(map(re.escape, sorted(_PUNCT))) + "]")
#: a character that may be part of a name: ``is_cjk(c) or c.isalnum()`` (``[^\W_]`` is ``isalnum``)
_NAME_CHAR = re.compile(r"[^\W_]|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


#: a number and a measure word (10台, 3家, 200套): no part of a name
_COUNTED = re.compile(r"(?:[\d０-９.]+|[一二两三四五六七八九十几数]+)(?:多|余)?(?:[台家个辆套名位项座条只件批次]|人(?:到|赴|在)?|平方公里|公顷|亩)")
#: a short qualifier in brackets inside a name: (地区), （柳州）
_PAREN_INSERT = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]")


#: the last characters of a government body's complete name (发改委, 商务厅, 工信局,
#: 外办), after which 和 joins a second body (narrower than the people component's
#: _BODY_ENDS, the characters no person's name ends with)
_COMPLETE_BODY_ENDS = tuple("委厅局部办署协")
#: what ends a quoted sentence or clause, never inside a quoted part of a name
_QUOTED_CLAUSE = re.compile(r"[。！？!?，,；;]")


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
    joint = None  # the end of the last 及 taken as joining two parts of the name
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
            if j < 0 or _QUOTED_CLAUSE.search(text, j, t.start):
                break  # (“防城港电厂正式开工。”: a quoted sentence, no part of a name)
            start = j
            t = token_at(j)
            continue
        if _PUNCT_CHAR.search(w):
            break
        if w in ("号", "號") and text[t.start - 1:t.start].isdigit():
            break  # 滨海路8号|X开发区: an address's house number ends before a name
        if w in stop:
            # jieba splits unknown names into characters: 阳|和|工业新区, 嘉|和|机电;
            # a one-character "stop" between two such fragments is part of the name
            prev = token_at(t.start)
            fragment = (len(w) == 1 and prev is not None and len(prev.text) == 1 and is_cjk(prev.text)
                        and prev.text not in stop and pos - t.start <= 6 and is_cjk(text[t.end:t.end + 1] or "x"))
            # (but 1月|与|HSW公司: a Latin name after the stop word is whole)
            # 澳门城(中国)投资|发展有限公司: 投资 as a part of a firm's name, not its verb
            part = bool(firm_parts) and w in firm_parts[0] and text.startswith(_as_tuple(firm_parts[1]), t.end)
            # 智慧储能及动力电池制造基地: 及 joins two parts of one facility's name
            joined = (w in allow_and and prev is not None and prev.text not in stop
                      and not _PUNCT_CHAR.search(prev.text) and pos - t.end >= 2
                      and not prev.text.endswith(_COMPLETE_BODY_ENDS))
            # (but 自治区发改委|和|市工信局, 市科协|与|X协会: two bodies, the first one's name complete)
            # (but not 与 right before the suffix: 领导及时与|项目)
            if not (fragment or joined or part):
                break
            if joined:
                joint = t.end
        if masks and _masked(t.start, t.end, masks):
            cut = max(e for s, e in masks if s < t.end and t.start < e)
            if cut < t.end and _NAME_CHAR.search(text[cut:t.end]):
                start = cut  # 新华社电|恒丰泰集团 (jieba's 电恒): what a token holds after a masked dateline
            break
        if pos - t.start > limit:
            break
        if not _NAME_CHAR.search(w):
            break
        start = t.start
        t = token_at(t.start)
    if joint is not None and text[start:joint] in allow_and:
        start = joint  # 科技园|及再制造示范基地: nothing of the name before 及, which joins the two names
    for c in _COUNTED.finditer(text, start, pos):
        start = c.end()  # 部署10台|鸿翔机器人公司: a count and its measure word end a name
    return start


def _anchor_on_lexicon(text, start, end, typ, res) -> int:
    """A known name ending where the candidate ends bounds it on the left,
    unless only place names stand before it: 写在|北部生态新区, but
    广西柳州市|柳东新区 stays whole (the resolver strips the places)."""
    best = None
    # (a zone's suffix may end a known region's name too: 地处|北部湾经济区, 贡献|铁山港区)
    types = (typ, "Region") if typ == "IndustrialPark" else (typ,)
    for s, e, n in res.gazetteer.iter_matches(text[start:end].lower()):
        if start + e == end and s > 0 and res.gazetteer.entries[n].type in types:
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
    if text.startswith(("中国", "中國"), start) and s0 <= 6:
        return start  # 中国铁路|南宁局集团有限公司: a national firm's regional arm, named whole
    lead = text[start:start + s0]
    if any((h := res.gazetteer.lookup(lead[-n:] + "集团")) is not None and h[1].type == "Company"
           for n in (2, 3, 4) if n <= len(lead)):
        return start  # 广西广投|北部湾X有限公司: a group's short name (广投集团) leads its unit's name
    if lead in _group_brands(res.gazetteer, res.word_set("common_words")):
        return start  # 国电|武汉电力设备股份有限公司: a brand several known firms' names open with
    return start + s0


@lru_cache(maxsize=4)
def _group_brands(gazetteer, common: frozenset) -> frozenset:
    """Two-character words that open the names of two or more known companies
    of four characters (国电: 国电南瑞, 国电电力), no place or everyday word: a
    group's brand, which may lead the name of one of its units before a place."""
    seen = Counter(name[:2] for name, e in gazetteer.entries.items()
                   if e.type == "Company" and len(name) == 4 and all(is_cjk(c) for c in name))
    return frozenset(k for k, n in seen.items() if n >= 2 and gazetteer.lookup(k) is None and k not in common)


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


def _joined_place_before(text: str, start: int, res) -> int:
    """A name after two places joined by · or a dash (河池·东莞工业加工区,
    中国—东盟产业合作区, 中国──东盟新型智慧城市协同创新中心), or after a
    place and a dot (南宁·中关村科技园), starts at the first place; else
    ``start``."""
    while True:
        j = start
        while j > start - 2 and text[j - 1:j] in _JOINERS:
            j -= 1  # one or two dash characters
        if j == start or not (text[j:start] == "·" or any(_is_region(text[start:start + n], res) for n in (2, 3, 4, 5))):
            return start  # (中国—马来西亚钦州产业园: a country's name of four or five characters;
            # after a dot the name need not open with a place: 南宁·中关村科技园)
        left = next((n for n in (5, 4, 3, 2) if not any(c.isspace() for c in text[j - n:j])
                     and _is_region(text[j - n:j], res)), None)  # (not \n中国: a line break is no place)
        if left is None and j == start - 1 and (brand := _BRAND_BEFORE_DASH.search(text, max(0, j - 9), j)):
            return brand.start(1)  # 联东U谷-|南宁X企业港项目: a developer's brand, then the place
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
#: a brand written with Latin letters right before a single dash, after a word boundary (的|联东U谷-, 项目|X谷-)
_BRAND_BEFORE_DASH = re.compile(r"(?:^|(?<=[的，,。；;、：:“”「」\s])|(?<=项目))([\u4e00-\u9fff]{0,4}[A-Za-z]+[\u4e00-\u9fff]{1,4})$")


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
        and rt.text[end - rt.start:] not in _LOCATIVES \
        and rt.text[end - rt.start:] not in _TITLES_AFTER  # but 产业|园内: in the park; 发展局|局长


def _suffix_in_sector(m, raw_tokens, res) -> bool:
    """Does suffix match ``m`` run on inside a known sector's word (工程 in
    工程机械行业, 海洋工程装备)?  It names no works there."""
    rt = _token_at(raw_tokens, m.end())
    if rt is None or not (rt.start < m.end() < rt.end):
        return False
    hit = res.gazetteer.lookup(rt.text)
    return hit is not None and hit[1].type == "Industry"


#: a title that jieba glues to the end of a body's name (发展局|局长 as 局局长)
_TITLES_AFTER = frozenset(("局长", "副局长", "处长", "厅长", "部长", "主任", "院长", "行长", "所长", "站长",
                           "社长", "台长", "馆长", "会长", "校长"))


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


def _name_opens_with_and(text: str, start: int, res) -> bool:
    """Is the 和 at ``start`` the first character of a name (，和而泰公司…)?  At
    the start of a clause 和 joins nothing; it is a preposition only before a
    name we know (，和柳工合作)."""
    return text[start] == "和" and (start == 0 or text[start - 1] in "，,。；;：:“\"「（(\n") and not any(
        res.gazetteer.lookup(text[start + 1:start + 1 + k]) is not None for k in (2, 3, 4))
