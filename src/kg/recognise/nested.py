"""Passes after selection: names joined by a dash, sub-parks, companies at the
start of a project's name (the ``nested`` overlap the policy keeps), branches.
"""
from __future__ import annotations

import re
from operator import attrgetter

from ..model import Mention
from .common import (
    ROAD_AFTER, _BRANCH, _COUNTY_KINDS, _LEADING_VERBS, _LEGAL, _TOWN, _by_length, _is_region, _place_lead, _place_led,
    strip_quotes)
from .proper import _unknown_name_before


#: after a zone: its phase and 项目 (集聚区(二期)项目, 基地二期项目)
_PHASE_PROJECT = re.compile(r"[(（]?[一二三四五六七八九十\d]+期[)）]?项目")
#: after a zone: a place in brackets and a place's 园 (试验区(柳州)广西园)
_PLACE_PARK = re.compile(r"[(（]([\u4e00-\u9fff]{2,4})[)）]([\u4e00-\u9fff]{2,4}?园)")
#: the kinds of zone whose parts are called X园 (高新区七星园, 开发区英才园)
_ZONE_KINDS_WITH_PARKS = ("高新区", "开发区", "经开区", "新区")
#: right after such a zone: a sub-park of two characters and 园, then no more name
_SUB_PARK = re.compile(r"([\u4e00-\u9fff]{2}园)(?=的|内|[，,。、；;和及与)）]|$)")
#: what makes 园 a park of another kind before it (公园, 校园, 花园, 产业园 …)
_NOT_PARK_BEFORE_YUAN = frozenset("公校家花庄乐田菜果陵物游业")
#: after a project: a dash and a second part of its name up to 项目 (智慧工厂-智能施工试验场项目)
_DASH_PROJECT = re.compile(r"[-—－][\u4e00-\u9fff]{2,14}?项目")
#: after a firm of a legal form: what it builds, up to 项目 (X有限公司|年产200套汽车模具项目)
_OWNED_PROJECT = re.compile(r"[\u4e00-\u9fff\dA-Za-z]{2,30}?项目")
#: the 等 closing a list before its head noun (A、B等|行业, 等|一批)
_LIST_CLOSED = re.compile(r"等(?:一批|多个|\d+个|[两三四五六七八九十]+[个项大])?(?:行业|产业|领域|重点|企业|项目)")
#: the legal forms that end a firm's full name (not a bare 公司 or 集团公司)
_LEGAL_ENDS = tuple(x for x in _LEGAL if "有限" in x or x == "股份公司")
#: first characters that make what follows a firm a clause, not the rest of a name
#: (X有限公司的Y项目, X有限公司已Y项目): the verbs that never open a name, and particles
_CLAUSE_OPENERS = _LEADING_VERBS | frozenset("的及已正是等于共")
#: a kind of works right before 项目, part of a name (建设项目, 二期扩建项目)
_WORKS_END = re.compile(r"(?:建设|扩建|新建|改扩建|技改|改造)$")


def _owned_project(m: Mention, text: str, res):
    """The end of a project named by a firm's full name and what it builds
    (柳州X有限公司三期项目, X股份有限公司搬迁升级转型项目), or None: the words
    between hold no verb of the clause (stop tokens; but 建设项目, 扩建项目 end a name),
    no second firm and no clause opener, and do not open with a place."""
    if m.type != "Company" or not m.text.endswith(_LEGAL_ENDS):
        return None
    op = _OWNED_PROJECT.match(text, m.end)
    if op is None or text[m.end] in _CLAUSE_OPENERS:
        return None
    words = _WORKS_END.sub("", op.group()[:-2])
    if any(_is_region(words[:n], res) for n in (2, 3)):
        return None  # X有限公司|柳州新厂项目: a works named after its place has a name of its own
    if _LIST_CLOSED.search(words):
        return None  # X有限公司年产15万立方米刨花板等|行业高附加值项目: a list of kinds, no one project
    if "公司" in words or "集团" in words or any(
            len(w) > 1 and w in words for w in res.word_set("stop_tokens")):
        return None
    return op.end()


def _joined_names(doc, chosen: list[Mention], text: str, res) -> list[Mention]:
    """Names that go on past a zone or a project: a zone's phase project
    (粤桂智能家电产业集聚区(二期)项目), a zone's sub-park named after a place
    (粤桂…合作试验区(柳州)广西园), a project's second part after a dash
    (柳工挖掘机智慧工厂-智能施工试验场项目): one mention each."""
    if not any(m.type in ("IndustrialPark", "Project") or m.type == "Company" and m.text.endswith(_LEGAL_ENDS)
               for m in chosen):
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
        elif (e := _owned_project(m, text, res)) is not None:
            new = (e, "Project")
        if m.type == "IndustrialPark" and m.key.endswith(_ZONE_KINDS_WITH_PARKS) \
                and (sp := _SUB_PARK.match(text, m.end)) is not None and sp.group(1)[-1] not in _NOT_PARK_BEFORE_YUAN \
                and not any(x.start < sp.end(1) and m.end < x.end for x in chosen):
            # 桂林国家高新区|七星园: a zone's sub-park, named right after it
            out.append(Mention(m.doc, m.end, sp.end(1), sp.group(1), "IndustrialPark", "suffix:park_sub_park",
                               key=sp.group(1)))
        if new is not None:
            e, typ = new
            name = text[m.start:e]
            rule = m.rule
            if typ == "IndustrialPark":  # the zone is mentioned too, so the name can tie the two
                out.append(Mention(m.doc, m.start, m.end, m.text, m.type, "nested",
                                   key=m.key if m.rule == "lexicon" else ""))  # ("": resolve keys it)
            elif m.type == "Company":  # the firm that names its project is mentioned too, and builds it
                out.append(Mention(m.doc, m.start, m.end, m.text, m.type, "nested",
                                   key=m.key if m.rule == "lexicon" else ""))
                rule = "suffix:project_project"
            m = Mention(m.doc, m.start, e, name, typ, rule, key=strip_quotes(name))
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
            if len(rest) >= 4 and any(rest.endswith(e) and len(rest) - len(e) >= 2 for e in park_ends):
                m = Mention(m.doc, m.start, m.end, m.text, m.type, m.rule, key=rest)
            elif rest in park_ends:
                m = Mention(m.doc, m.start, m.end, m.text, m.type, m.rule, key=z.key)
                # X开发区|工业园区: a bare kind of park after a zone names no park of its own
        out.append(m)
    return out


def _after_people(cands: list[Mention], text: str, res) -> list[Mention]:
    """A name found by its suffix cannot start with or hold a titled person
    (主任吴某|率|香港商会, 交通部长陆某|为|X总会): it starts after the (last) person
    and the verb that follows, or is dropped.

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
        if end is None and m.type != "Person" and m.rule.startswith("suffix"):
            # 交通部长陆某|为|X总会: a titled person inside the name ends what comes before
            end = max((e for s, e in people.items() if m.start < s and e < m.end), default=None)
        if end is not None and m.end > end and m.type != "Person" and m.rule.startswith("suffix"):
            v = next((v for v in verbs if text.startswith(v, end)), None)
            if v is None or m.end - (end + len(v)) < 3:
                continue
            s = end + len(v)
            m = Mention(m.doc, s, m.end, text[s:m.end], m.type, m.rule, key=strip_quotes(text[s:m.end]))
        out.append(m)
    return out


def _place_committees(chosen: list[Mention], text: str, res) -> list[Mention]:
    """A city's, a county's or a province's party committee written as its
    place and 委 (钦州市|委书记, 鹿寨县|委常委) is a body: one mention of
    ``钦州市委``, not the place (its secretary works for it)."""
    out: list[Mention] = []
    for m in chosen:
        if m.type == "Region" and m.text.endswith(_COMMITTEE_PLACE_ENDS) and text.startswith("委", m.end) \
                and not text.startswith("委员", m.end) and (
                    text.startswith(_COMMITTEE_POSTS, m.end + 1) or text.endswith("中共", 0, m.start)
                    or _GOVERNMENT_AFTER.match(text, m.end + 1)):  # (中共都匀市委, 都匀市委、市政府)
            key = text[m.start:m.end + 1]
            start = m.start - 2 if text.endswith("中共", 0, m.start) else m.start  # 中共|梧州市委
            m = Mention(m.doc, start, m.end + 1, text[start:m.end + 1], "Organization", "suffix:place_committee",
                        key=key)
        out.append(m)
    return out


#: the place words a party committee is named by (钦州市委, 鹿寨县委, 柳南区委, 广东省委)
_COMMITTEE_PLACE_ENDS = ("市", "县", "区", "省")
#: the government named with the party committee (都匀市委、市政府, 县委和县政府)
_GOVERNMENT_AFTER = re.compile(r"[、和与及](?:市|县|区|省|自治区)?(?:人民)?政府")
#: posts in a party committee, after its name (书记, 副书记, 常委, 委员)
_COMMITTEE_POSTS = ("书记", "副书记", "常委", "委员", "秘书长")


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
        if m.type == "Company" and prev is not None and prev.type == "Company" and prev.rule == "lexicon" \
                and m.start == prev.end and m.rule.startswith(_OWN_NAME_RULES) and _own_name_after_place(m, res):
            # 广西建工集团|第一安装有限公司: a known firm, then a firm of its own name
            # after it: a subsidiary, one firm of the whole name (not the parent)
            name = text[prev.start:m.end]
            out[-1] = Mention(m.doc, prev.start, m.end, name, "Company", m.rule, key=prev.text + m.key)
            continue
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


def _own_name_after_place(m: Mention, res) -> bool:
    """Has firm ``m`` a name of its own of four characters or more, after the
    place it may open with (西北|勘测设计研究院有限公司; not 印尼|汽车有限公司,
    a parent's arm named after the country it works in)?"""
    key = m.key or m.text
    return not _place_led(m.text, res) or len(key) - _place_lead(key, res) >= 4


#: the rules of a firm named by its own name and a legal form (X有限公司, X公司)
_OWN_NAME_RULES = ("suffix:company_legal", "suffix:company_corp")


#: a numbered works or workshop at the end of a firm's name (一轧厂, 二炼钢厂, 三车间)
_NUMBERED_WORKS = re.compile(r"第?[一二三四五六七八九十\d]+[\u4e00-\u9fff]{0,2}(?:厂|车间)$")


def _nested_companies(doc, chosen, res, seg) -> list[Mention]:
    """A well-known company at the start of a project's name (玉柴 in
    玉柴发动机智能工厂) is mentioned too.  Such nested mentions (here, and the
    zones of :func:`_joined_names`) are the only overlaps the policy allows."""
    out = []
    place_ends = {x.end: x for x in chosen if x.type == "Region"}
    for m in chosen:
        if m.type in ("Project", "IndustrialPark") and m.rule != "lexicon":
            out += _nested_zone(doc, m, res)
        if m.type in ("Project", "IndustrialPark", "Organization", "Company") and m.rule != "lexicon":
            out += _nested_places(doc, m, res, place_ends.get(m.start))
        if m.type == "Organization" and m.rule.startswith("suffix:org_committee"):
            out += _park_of_committee(doc, m, res)
        if m.type not in ("Project", "IndustrialPark") or m.rule == "lexicon":
            continue
        for n in range(min(8, len(m.text) - 2), 1, -1):
            hit = res.gazetteer.lookup(m.text[:n])
            if hit is not None and hit[1].type == "Company":
                # (京东物流|华南智慧供应链产业园: a zone named after its firm names the firm too)
                out.append(Mention(doc, m.start, m.start + n, m.text[:n], "Company", "nested", key=hit[0]))
                break
        else:
            if m.type != "Project":
                continue
            # an unknown brand with a company descriptor: 飒芯科技高端激光器产业化项目
            # (the first descriptor ends the brand: 信炜科技|光电信息项目)
            weak = res.words.get("weak_descriptors", ())
            descs = sorted((k, -len(suf)) for sid, _, suf, _ in res.suffixes
                           if sid.startswith(("company_desc", "company_group")) and suf not in weak
                           and (k := m.text.find(suf, 2, 9)) > 0)
            for k, neg in descs:
                n = k - neg
                if len(m.text) - n >= 3 and _unknown_name_before(m.text, None, 0, k, res, seg):
                    out.append(Mention(doc, m.start, m.start + n, m.text[:n],
                                       "Company", "nested"))  # no key: not a lexicon name
                    break
    return out


#: the endings of a zone's administrative committee
_COMMITTEE_ENDS = ("管理委员会", "管委会")


def _park_of_committee(doc, m, res) -> list[Mention]:
    """The zone whose committee a body is (X示范园区|管理委员会): the zone is
    mentioned too, as a known zone's committee names its zone."""
    end = next((len(m.text) - len(c) for c in _COMMITTEE_ENDS if m.text.endswith(c)), None)
    if end is None or end < 4:
        return []
    zone = m.text[:end]
    if not zone.endswith(tuple(suf for _, typ, suf, _ in res.suffixes if typ == "IndustrialPark")) or any(
            (h := res.gazetteer.lookup(zone[k:])) is not None and h[1].type == "IndustrialPark" for k in range(0, 7)):
        return []  # (a known zone's committee is read as the zone: 柳东新区管委会)
    if (h := res.gazetteer.lookup(zone)) is not None and h[1].type != "IndustrialPark":
        return []  # X经济区管理委员会: a known economic region's committee; the region is no zone
    return [Mention(doc, m.start, m.start + end, zone, "IndustrialPark", "nested", key="")]


#: characters that make a place's name before them the name of a lake, a hill,
#: a river or an island (九龙|湖, 凤凰|山)
_FEATURE_CHARS = frozenset("湖山河岛峰岭溪泉潭")


def _nested_places(doc, m, res, before=None) -> list[Mention]:
    """The places of an address written before a name (广西|柳州市|融安县|东起乡|
    白云岭风电场项目) are mentioned too: the text names them.  A single place
    without an administrative ending (湖南飞沃科技) is part of the name, unless
    the place ``before`` the name holds it (广东|东莞南卓集团: an address)."""
    g = res.gazetteer
    out: list[Mention] = []
    pos, text = 0, m.text
    other = False  # a place not within the address follows it (柳州|香港科技产业园, 长沙市|嘉兴机械)
    while len(text) - pos > 3:
        # (the text is normalised already: its substrings are their own keys)
        hit = next(((n, (k, g.entries[k])) for n in (8, 7, 6, 5, 4, 3, 2) if len(text) - pos - n >= 3
                    and (k := g.surface.get(text[pos:pos + n].lower())) is not None
                    and g.entries[k].type == "Region"), None)
        if hit is not None and hit[0] == 2 and text[pos:pos + 2] != hit[1][0] and hit[1][1].kind in _COUNTY_KINDS \
                and text.startswith(ROAD_AFTER, pos + 2):
            hit = None  # 柳江区|柳北路西段工程: a road named after a place, no place of the address
        if hit is not None and text[pos + hit[0]:pos + hit[0] + 1] in _FEATURE_CHARS \
                and not text[pos:pos + hit[0]].endswith(_ADDRESS_ENDS) and not any(
                    (k := g.surface.get(text[pos + hit[0]:pos + hit[0] + n].lower())) is not None
                    and g.entries[k].type == "Region" for n in (2, 3, 4)):  # (广西|河池市: a place goes on)
            break  # X市|金秀湖创新园: a lake's, a hill's name (金秀湖), not the place 金秀
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
        if out and hit[1][1] is not None and not text[pos:pos + n].endswith(_ADDRESS_ENDS) \
                and out[-1].key not in g.ancestors(key):
            other = True
            break  # 长沙市|嘉兴机械: a place not in the one before it opens the brand, not the address
        out.append(Mention(doc, m.start + pos, m.start + pos + n, text[pos:pos + n], "Region", "nested", key=key))
        pos += n
    if out and m.type == "Company" and not out[-1].text.endswith(_ADDRESS_ENDS) and _LEGAL_REST.fullmatch(text, pos):
        out.pop()  # 广西|鱼峰集团有限公司: the place the firm is named after is its brand, no address
    latin = text[pos:pos + 1].isascii() and text[pos:pos + 1].isalpha()  # 泰国|Maxon集团: a place, then a Latin name
    if len(out) == 1 and not other and not latin and not out[0].text.endswith(_ADDRESS_ENDS) \
            and m.rule != "suffix:project_seaport" \
            and not (before is not None and before.key in g.ancestors(out[0].key)):
        return []  # 英国|车辆认证局, 湖南|飞沃科技: a place in the name, not an address before it
        # (but 柳州|铁路港 is where the port is)
    return out


#: a firm's group and legal words alone, after a place (鱼峰|集团有限公司)
_LEGAL_REST = re.compile(r"(?=.)(?:集团|控股)?(?:股份)?(?:有限)?(?:责任)?(?:公司)?")


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
