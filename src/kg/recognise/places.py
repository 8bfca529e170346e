"""The ``town`` component: towns, townships and villages (柳北区长塘镇, the
towns listed under 乡镇).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..normalise import is_cjk
from .common import _COUNTY_KINDS, _SITE_IN_BRACKETS, _TOWN


def _town_mentions(doc, text, lex, res):
    """A town or street office written after its district or city (柳北区长塘镇,
    柳州市雒容镇), and the villages written after it (欧洞乡|冷水屯, 大塘镇|大同村|拉则屯)."""
    home = res.words.get("home_country")
    for m in lex:
        e = res.gazetteer.entries.get(m.key)
        if m.type != "Region" or e is None:
            continue
        at = m.end + 1 if text[m.end:m.end + 1] == "的" else m.end  # 花莲县的凤林镇, 德国的帕绍市
        if e.kind == "country" and m.key != home:
            # 德国的帕绍市, 印尼西爪哇省|勿加泗市|芝卡朗镇: a province, city or town of a
            # foreign country, written after it (each after the one before)
            while (c := _FOREIGN_PLACE.match(text, at)) is not None and res.gazetteer.lookup(c.group()) is None \
                    and not _generic_place(c.group(), res):
                yield Mention(doc, c.start(), c.end(), c.group(), "Region", "town", key=c.group())
                at = c.end()
            continue
        if e.kind not in _COUNTY_KINDS + ("city", "province"):
            continue
        if e.kind in ("city", "province"):
            yield from _districts_after(doc, text, m, res)
        town_re = _TOWN if e.kind in _COUNTY_KINDS else _CITY_TOWN
        t = town_re.match(text, at)
        while t is not None:
            if _generic_place(t.group(), res) or "的" in t.group():
                break  # (东兴市|区的街道)
            yield Mention(doc, t.start(), t.end(), t.group(), "Region", "town", key=t.group())
            v = _VILLAGE.match(text, t.end())
            while v is not None and not _generic_place(v.group(), res) and "的" not in v.group():
                yield Mention(doc, v.start(), v.end(), v.group(), "Region", "town", key=v.group())
                v = _VILLAGE.match(text, v.end())
            # 昭平县的走马镇、文竹镇和黄姚镇: the next town of a list under the same county
            t = town_re.match(text, t.end() + 1) if text[t.end():t.end() + 1] in ("、", "和", "及") else None
    # X项目（秀峰）: a district's short name in brackets after a project, its site
    for b in _SITE_IN_BRACKETS.finditer(text) if "(" in text or "（" in text else ():
        if text[b.start() - 1:b.start()] in _SITE_NAME_ENDS and len(b.group(1)) == 2 \
                and res.gazetteer.lookup(b.group(1)) is None \
                and (hit := res.gazetteer.lookup(b.group(1) + "区")) is not None and hit[1].type == "Region":
            yield Mention(doc, b.start(1), b.end(1), b.group(1), "Region", "town", key=hit[0])
    # 兴隆镇、石门乡等5个乡镇: towns listed under the head 乡镇; 县境内的A镇和B乡:
    # towns listed in a county's land
    seen = set()
    for run in (*(_TOWN_LIST.finditer(text) if "乡镇" in text else ()),
                *(_towns_in_land(res).finditer(text) if "境内" in text or "辖区" in text or "域内" in text else ())):
        pos = run.start(1)
        for item in re.split(r"[、和及]", run.group(1)):
            if not _generic_place(item, res) and pos not in seen:
                seen.add(pos)
                yield Mention(doc, pos, pos + len(item), item, "Region", "town", key=item)
            pos += len(item) + 1


def _districts_after(doc, text, m, res):
    """成都青白江, 重庆江津、綦江: districts or counties of the city (or
    municipality) named right before them, written without 区/县; a list of
    them goes on after 、/和/及 while each item is one of that city's."""
    at = m.end
    while True:
        found = None
        for n in (3, 2):  # (青白江, 江津: longest first)
            short = text[at:at + n]
            if len(short) < n or not all(is_cjk(c) for c in short) or text[at + n:at + n + 1] in ("区", "县") \
                    or res.gazetteer.lookup(short) is not None:
                continue  # (a name the lexicon knows by itself is found by the lexicon)
            found = next(((n, h) for suffix in ("区", "县") if (h := res.gazetteer.lookup(short + suffix)) is not None
                          and h[1].type == "Region" and h[1].parent == m.key), None)
            if found is not None:
                break
        if found is None:
            return
        n, hit = found
        yield Mention(doc, at, at + n, text[at:at + n], "Region", "town", key=hit[0])
        if text[at + n:at + n + 1] not in ("、", "和", "及"):
            return
        at += n + 1


def _generic_place(name: str, res) -> bool:
    """Is ``name`` a kind of town or village, no particular one (重点镇, 各乡,
    美丽乡村, 行政村, 城市社区, 这个乡)?"""
    stem = name[:-2] if name.endswith(("街道", "社区")) else name[:-1]
    return stem.startswith(_GENERIC_PLACE_LEADS)


_GENERIC_PLACE_LEADS = ("各", "全", "重点", "特色", "贫困", "美丽", "百强", "行政", "城市", "农村", "新农", "该", "本", "这", "此", "每", "那个", "那些")  # (那坡镇, 那良镇 are towns)
#: towns listed under the head 乡镇 (group 1: 兴隆镇、石门乡 in 兴隆镇、石门乡等5个乡镇)
_TOWN_ITEM = r"(?![的在与和及])[\u4e00-\u9fff]{2,3}?(?:镇|乡)"
_TOWN_LIST = re.compile(rf"((?:{_TOWN_ITEM}、)+{_TOWN_ITEM})(?=等?(?:[\d一二三四五六七八九十两]+个)?乡镇)")


def _towns_in_land(res) -> re.Pattern:
    """Towns listed in the land of a county or city (group 1: A镇和B乡 in
    县境内的A镇和B乡; the land's words are ``words.json`` ``county_land``)."""
    return _towns_in_land_re(tuple(res.words.get("county_land", ())))


@lru_cache(maxsize=4)
def _towns_in_land_re(land: tuple) -> re.Pattern:
    words = "|".join(sorted(land, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[县市区](?:{words})的?((?:{_TOWN_ITEM}[、和及])*{_TOWN_ITEM})")


#: a foreign province's, city's or town's name after its country (帕绍市, 西爪哇省,
#: 北榄府; not 大城市, 汽车市场, 总理府, nor a firm's name and the place it meets: X集团与Y市)
_FOREIGN_PLACE = re.compile(r"(?:(?![的在与和及是同向])[\u4e00-\u9fff]){2,7}?(?:(?<!城)市(?![场民长委政区])|省(?![长委政份会])"
                            r"|(?<![政理统首王])府(?![长委])|(?<=[\u4e00-\u9fff]{3})镇)")
#: how a project's or a zone's name ends before its short place name in brackets (X项目（秀峰）)
_SITE_NAME_ENDS = frozenset("目园区心地")
#: a village or a hamlet (村, 屯, 社区) written after its town
_VILLAGE = re.compile(r"(?![的在与和及至从到向是])[\u4e00-\u9fff]{2,3}?(?:村|屯|社区)(?![民委级庄])")
#: a town right after a city: two characters and 镇/乡 (柳州市雒容镇)
_CITY_TOWN = re.compile(r"(?![的在与和及市是至从到向]|城乡)[\u4e00-\u9fff]{2}(?:镇|乡)(?![村长委政])")
