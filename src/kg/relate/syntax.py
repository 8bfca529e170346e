"""Lists and clauses: the items of ``X、Y和Z`` before or after a position, a
sentence's clauses, places listed after 在, and the text between names.
"""
from __future__ import annotations

import re

from .doc import _ADVERBS, _CLAUSE, _Doc, _LEADS_WITH, _LIST_SEPS


#: what closes a list of sectors: a count or 等 and 产业 (三大支柱产业, 等新兴产业, 等产业集群)
_SECTOR_COUNT = r"[两二三四五六七八九十]大"
_SECTOR_KINDS = r"(?:新兴|主导|支柱|优势|特色|传统|重点)*(?:产业|行业)"
_SECTOR_LIST = re.compile(r"(?:等|" + _SECTOR_COUNT + ")" + _SECTOR_KINDS)
#: a count of sectors right after their list (汽车、钢铁、机械|三大支柱产业)
_COUNTED_SECTORS = re.compile(r"(?:等)?" + _SECTOR_COUNT + _SECTOR_KINDS)
#: a short qualifier or alias in brackets right after a list's item (鼎丰集团(鼎丰)、)
_BRACKETED = re.compile(r"[(（][^()（）、，,。]{1,10}[)）]")


def _listed_before(ms, pos: int, text: str, seps=_LIST_SEPS) -> list:
    """The mentions of a list (X、Y和Z) that ends at ``pos``, last first.

    >>> from kg.model import Mention
    >>> t = "甲乙、丙丁和戊己等"
    >>> ms = [Mention("d", 0, 2, "甲乙", "Company", "x"), Mention("d", 3, 5, "丙丁", "Company", "x"),
    ...       Mention("d", 6, 8, "戊己", "Company", "x")]
    >>> [m.text for m in _listed_before(ms, 8, t)]
    ['戊己', '丙丁', '甲乙']
    """
    out = []
    end = pos
    for m in sorted((m for m in ms if m.end <= pos), key=lambda m: -m.end):
        gap = text[m.end:end]
        if gap[:1] in (")", "）") and text[m.start - 1:m.start] in ("(", "（") and gap[1:] in seps:
            end = m.start - 1  # 鼎丰集团(鼎丰)、: the item's short name in brackets, no item
            continue
        if gap not in seps and (q := _BRACKETED.match(gap)) is not None:
            gap = gap[q.end():]  # 鼎丰集团(鼎丰)、: a short name in brackets after the item
        if gap not in seps or m.type == "Industry":
            break
        out.append(m)
        end = m.start
    return out


def _list_item(text: str, m) -> bool:
    """Is mention ``m`` an item of a list (X、Y和Z): a separator right before or after it?"""
    return text[m.start - 1:m.start] in _ITEM_SEPS or text[m.end:m.end + 1] in _ITEM_SEPS


#: the one-character separators of a list's items
_ITEM_SEPS = frozenset("、和及与")


def _address_end(ms, place, types=("Region",), limit=None, rules=None):
    """The last mention of the address ``place`` opens: mentions of ``types``
    written right after one another (在柳州市|柳江区: 柳江区), ending by
    ``limit`` and, when ``rules`` is given, found by one of them.

    >>> from kg.model import Mention
    >>> a, b = Mention("d", 1, 4, "柳州市", "Region", "x"), Mention("d", 4, 7, "柳江区", "Region", "x")
    >>> _address_end([a, b], a).text, _address_end([a, b], a, limit=6).text
    ('柳江区', '柳州市')
    """
    while (nxt := next((m for m in ms if m.start == place.end and m.type in types
                        and (limit is None or m.end <= limit) and (rules is None or m.rule in rules)),
                       None)) is not None:
        place = nxt
    return place


def _listed_after(ms, pos: int, text: str, gap: int = 4) -> list:
    """The mentions of a list (X、Y和Z) that starts at most ``gap`` characters
    after ``pos`` (携手柳州、广州: the partners; 携手将X建成…: none).

    >>> from kg.model import Mention
    >>> t = "携手甲乙、丙丁共建"
    >>> ms = [Mention("d", 2, 4, "甲乙", "Company", "x"), Mention("d", 5, 7, "丙丁", "Company", "x")]
    >>> [m.text for m in _listed_after(ms, 2, t)]
    ['甲乙', '丙丁']
    >>> _listed_after([Mention("d", 3, 5, "甲乙", "Company", "x")], 2, "携手将甲乙建成")
    []
    """
    out = []
    for m in sorted((m for m in ms if m.start >= pos), key=lambda m: m.start):
        if not out:
            if m.start - pos > gap or not _LEAD_GAP.fullmatch(text[pos:m.start]):
                break  # 携手|将|X建成…: X is what is made, not the partner
        elif text[out[-1].end:m.start] not in ("", "、", "和", "及", "与", "以及", "等"):
            break
        out.append(m)
    return out


#: what closes a list of a place's sectors written right after the place (柳州市汽车和机械|领域,
#: 柳州的汽车、机械等|工业产品)
_PLACE_SECTORS_CLOSE = re.compile(r"(?:等|" + _SECTOR_COUNT + r")?(?:[\u4e00-\u9fff]{0,4}?)(?:产业|行业|领域|产品)")


def _place_of_sectors(text: str, ms, ind):
    """The place written right before the list of sectors that holds ``ind``
    (柳州的|汽车、机械、钢铁等工业产品, 柳州市|汽车和机械领域), when the list has
    two items or more and a head closes it; else None.

    >>> from kg.model import Mention
    >>> t = "依托甲市的汽车、机械等产业"
    >>> ms = [Mention("d", 2, 4, "甲市", "Region", "x"), Mention("d", 5, 7, "汽车", "Industry", "x"),
    ...       Mention("d", 8, 10, "机械", "Industry", "x")]
    >>> _place_of_sectors(t, ms, ms[2]).text
    '甲市'
    """
    inds = [m for m in ms if m.type == "Industry"]
    i = j = inds.index(ind)
    while i > 0 and text[inds[i - 1].end:inds[i].start] in _LIST_SEPS - {""}:
        i -= 1
    while j + 1 < len(inds) and text[inds[j].end:inds[j + 1].start] in _LIST_SEPS - {""}:
        j += 1
    if i == j or not _PLACE_SECTORS_CLOSE.match(text, inds[j].end):
        return None
    first = inds[i]
    return next((m for m in ms if m.type == "Region" and (
        m.end == first.start or m.end + 1 == first.start and text[m.end] == "的")), None)


#: what may stand between a verb and its partner: quotes, 了, 更多
_LEAD_GAP = re.compile(r"[“”‘’《》「」〈〉\"'了]*")


def _modifying_places(ms, text: str) -> set:
    """ids of place mentions that only say where the next named thing is
    (广东中山的|粤明风电, 佛山|某某公司): no partner of their own.

    >>> from kg.model import Mention
    >>> t = "与广东中山的粤明风电合作"
    >>> ms = [Mention("d", 1, 3, "广东", "Region", "x"), Mention("d", 3, 5, "中山", "Region", "x"),
    ...       Mention("d", 6, 10, "粤明风电", "Company", "x")]
    >>> sorted(m.text for m in ms if id(m) in _modifying_places(ms, t))
    ['中山', '广东']
    """
    out = set()
    nxt = named = None  # (named: the next mention that is no sector)
    for m in sorted(ms, key=lambda m: -m.start):
        gap = text[m.end:nxt.start] if nxt is not None else None
        if m.type == "Region" and nxt is not None and (
                gap in ("", "的") or gap.strip("的") in _KIND_NOUNS) and (
                nxt.type in ("Company", "Organization", "IndustrialPark", "Project") or id(nxt) in out
                or (nxt.rule == "town" and gap in ("", "的"))):
            out.add(id(m))  # 广东中山的粤明风电, 泰国企业暹罗重工, 台湾|凤林镇
        elif m.type == "Region" and named is not None and named.type in ("Company", "Organization") \
                and (_MAKER_KIND.fullmatch(text, m.end, named.start) or _LISTED_KIND.fullmatch(text, m.end, named.start)):
            out.add(id(m))  # 美国|柴油发动机制造商|康明斯: the maker's country; 香港|上市物流企业|X: where it is listed
        elif m.type == "Region" and nxt is not None and gap == "、" and id(nxt) in out:
            out.add(id(m))  # 深圳、广州的服务商
        elif m.type == "Region" and (_GENERIC_AFTER.match(text, m.end) or _GENERIC_KIND.match(text, m.end)) \
                and not text.startswith(_JOINT_WORDS, m.end + 1):
            out.add(id(m))  # 与广州的跨境电商服务商对接, 三所乌克兰一流高校: where unnamed partners are
        nxt = m
        if m.type != "Industry":
            named = m
    return out


#: kinds of thing a place can qualify before a name (泰国企业暹罗重工)
_KIND_NOUNS = frozenset(("企业", "公司", "集团", "厂商", "车企", "高校", "大学", "机构", "政府"))
#: a kind of maker between a place and a firm's name (美国|柴油发动机制造商|康明斯, 德国|汽车零部件巨头|X)
_MAKER_KIND = re.compile(r"的?[\u4e00-\u9fff]{0,8}(?:制造商|生产商|供应商|服务商|运营商|开发商|巨头)")
#: a stock market's place before a listed firm (香港|上市物流企业|X, 深圳|上市公司|X)
_LISTED_KIND = re.compile(r"的?(?:上市|挂牌)[\u4e00-\u9fff]{0,6}?(?:企业|公司|集团)")
#: 的 and a few characters of a common noun phrase up to the clause's end
#: or a verb: the place qualifies an unnamed thing (广州的服务商对接)
_GENERIC_AFTER = re.compile(r"的[^，,。；;、与和及“”「」（）()]{2,12}?(?:商|企业|公司|机构|客户|伙伴|团队|高校|院校|平台)")
#: a kind of body or firm after a place and a word of praise (乌克兰一流高校,
#: 东盟知名企业): unnamed partners; but 柳州企业对接… is 柳州 acting
_GENERIC_KIND = re.compile(r"(?:一流|知名|重点|优秀|龙头|头部|相关|有关|主要)(?:高校|大学|院校|企业|公司|机构|客商)")
#: what 的 may introduce right after a partner: the joint act itself (与东盟的合作)
_JOINT_WORDS = ("合作", "交流", "对接", "经贸", "贸易", "往来", "联系", "互联", "协作", "友好")


def _places_at(d: _Doc, ms, start: int, pos: int) -> list:
    """The places of ``在 A、B`` that ends right before ``pos`` (在越南、缅甸|上市)."""
    out = _listed_before([m for m in ms if start <= m.start and m.type == "Region"], pos, d.text)
    if out and d.text[out[-1].start - 1:out[-1].start] == "在":
        return out
    return []


def _before_title(d: _Doc, text: str, pos: int) -> bool:
    """Does a title (董事长, 总裁 …) start at ``pos`` of ``text``?"""
    return bool(d.titles) and text.startswith(d.titles, pos)


def _clauses(sent):
    """The clauses of ``sent`` as absolute spans: split at commas, semicolons
    and colons, but not inside brackets (X(以下简称：Y)签署: one clause)."""
    pos = 0
    text = sent.text + "，"
    bracketed = "(" in text or "（" in text
    for m in _CLAUSE.finditer(text):
        if bracketed and _in_brackets(text, m.start()):
            continue
        yield sent.start + pos, sent.start + m.start()
        pos = m.end()


def _in_brackets(text: str, i: int) -> bool:
    """Is position ``i`` inside an open bracket of ``text`` (closed later)?"""
    o = max(text.rfind("(", 0, i), text.rfind("（", 0, i))
    return o >= 0 and max(text.rfind(")", o, i), text.rfind("）", o, i)) < 0 \
        and max(text.find(")", i), text.find("）", i)) >= 0


_TIME_WORDS = re.compile(r"当前|当下|如今|眼下|近年来|近些年|未来|现在")


def _bare(text: str) -> str:
    """``text`` without time words and adverbs: what is left names an actor.

    >>> _bare("当前，")
    '，'
    """
    return re.sub(_ADVERBS, "", re.sub(_TIME_WORDS, "", text))


def _clause_of(sent, pos):
    """The clause (between commas) of ``sent`` around absolute position ``pos``."""
    for cs, ce in _clauses(sent):
        if cs <= pos < ce:
            return cs, ce
    return sent.start, sent.end


def _led_with(d: _Doc, sent, m) -> bool:
    """Is firm ``m`` named inside 以…为龙头 (what a zone leads with, not who acts next)?"""
    return "以" in sent.text and any(a.start(1) <= m.start - sent.start and m.end - sent.start <= a.end(1)
                                    for a in _LEADS_WITH.finditer(sent.text))


def _lead_place(d: _Doc, sent, ms, pos: int):
    """The zone or place of a sentence that opens with 在…P，(在以电子信息产业为主导的
    北海工业园区，…还汇聚有A、B): the place its later clauses speak of, or None."""
    first = _CLAUSE.search(sent.text)
    if first is None or not sent.text.startswith("在") or sent.start + first.start() >= pos:
        return None
    end = sent.start + first.start()
    return next((x for x in reversed(ms) if x.end == end and x.type in ("IndustrialPark", "Region")), None)


def _place_list(d: _Doc, ms, loc) -> tuple[list, int]:
    """The places listed from ``loc`` on (上海、天津、镇江等地) and the offset
    after the list (and its 等地); ``([loc], loc.end)`` when no list follows."""
    locs = [loc]
    while d.text[locs[-1].end:locs[-1].end + 1] == "、" and (nxt := next(
            (x for x in ms if x.start == locs[-1].end + 1 and x.type == loc.type), None)) is not None:
        locs.append(nxt)
    end = locs[-1].end
    if len(locs) > 1:
        end += 2 if d.text.startswith("等地", end) else 1 if d.text.startswith("等", end) else 0
    return locs, end


_BORDER = re.compile(r"(?:的)?(?:交界|之间|接壤|交汇)")


def _capital_len(text: str, pos: int) -> int:
    """Length of 首府 / 首都 / 省会 written at ``pos`` (广西首府|南宁), else 0."""
    return 2 if text.startswith(("首府", "首都", "省会"), pos) else 0


def _places_joined(d: _Doc, after, loc) -> list:
    """The places joined to ``loc`` by 和/与/、 when the phrase names where they
    meet (P和Q交界处, P与Q之间): the thing lies in each."""
    out, cur = [], loc
    while d.text[cur.end:cur.end + 1] in ("和", "与", "、", "及") and (nxt := next(
            (x for x in after if x.start == cur.end + 1 and x.type == loc.type), None)) is not None:
        while (inner := next((x for x in after if x.start == nxt.end), None)) is not None:
            nxt = inner
        out.append(nxt)
        cur = nxt
    return out if out and _BORDER.match(d.text, cur.end) else []


#: a place's own making, right after the place (柳州|出产的, 钦州|产的): the goods
#: it turns out, read by the sector and the export rules alike
_MADE_IN = re.compile(r"(?:出产|生产|制造|产)的")


def _names_masked(text: str, start: int, end: int, ms) -> str:
    """``text[start:end]`` with the characters of the firms and bodies named
    in it blanked (〇), so that a verb inside a name (X投资开发集团) is read
    as no verb; offsets into the slice are kept.

    >>> from kg.model import Mention
    >>> t = "由柳州东城投资开发集团开发"
    >>> _names_masked(t, 1, len(t), [Mention("d", 1, 11, t[1:11], "Company", "x")])
    '〇〇〇〇〇〇〇〇〇〇开发'
    """
    chars = None
    for m in ms:
        if m.end > start and m.start < end and m.type in ("Company", "Organization"):
            chars = chars or list(text[start:end])
            a, b = max(m.start, start) - start, min(m.end, end) - start
            chars[a:b] = "〇" * (b - a)
    return text[start:end] if chars is None else "".join(chars)
