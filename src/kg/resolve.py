"""Stage 6, *resolve*: one entity per real thing, in a document and across all.

In a document (:func:`resolve_document`) mentions are grouped by key: the
lexicon's canonical name, or the name without quotes, legal suffix
(有限公司 …) and city prefix (柳州 …).  Groups are merged when

* one name is given in parentheses after another
  (``阳和工业新区（北部生态新区）``) — the more frequent name is canonical;
* one is a short form of the other (柳州优必选智能科技有限公司 → 优必选).

Across documents (:func:`resolve_corpus`) groups with the same key, or
sharing a *strong* alias (a lexicon alias, or one of three or more
characters), are merged when their types agree.  Every merge is logged.

Examples
--------
>>> from kg.model import Mention
>>> ms = [Mention("d", 0, 6, "阳和工业新区", "IndustrialPark", "suffix:x", key="阳和工业新区"),
...       Mention("d", 7, 13, "北部生态新区", "IndustrialPark", "suffix:x", key="北部生态新区"),
...       Mention("d", 20, 26, "北部生态新区", "IndustrialPark", "suffix:x", key="北部生态新区")]
>>> text = "阳和工业新区（北部生态新区）" + "。" * 6 + "北部生态新区"
>>> keys, groups = resolve_document(ms, text, lambda s: False)
>>> sorted(set(keys))
['北部生态新区']
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from .model import ENTITY_TYPES, Entity, Mention
from .normalise import drop_glosses, norm_key, to_simplified
from .recognise import company_core, strip_legal_and_region, strip_quotes

__all__ = ["resolve_document", "resolve_corpus", "canonical_name", "UnionFind"]

_TYPE_RANK = {t: i for i, t in enumerate(ENTITY_TYPES)}
_RULE_WEIGHT = {"abbr": 3, "employer": 1, "context": 1, "lexicon": 4, "national": 4, "nested": 4, "quoted": 3, "stock": 5, "suffix": 3, "person": 3, "titled": 3, "product": 3, "alias": 2, "enum": 1}


class UnionFind:
    """Union-find with deterministic representatives (smallest key).

    >>> u = UnionFind(); u.union("b", "a"); u.find("b")
    'a'
    """

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        p = self.parent.setdefault(x, x)
        if p != x:
            p = self.parent[x] = self.find(p)
        return p

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


#: a department (经济部, 采编部, 中国部) after the name of an office, an outlet or
#: an agency: the department is the body's, one entity with it
#: (中央驻港联络办经济部 → 中央驻港联络办, 明斯特电视台中国部 → 明斯特电视台)
_DEPARTMENT = re.compile(r"^(.{2,}[办网台社报])[\u4e00-\u9fff]{1,4}部$")


#: a city's association of Taiwan investors, in its long forms
_TAIWAN_ASSOC = re.compile(r"^(.{2,3}?)市?(?:台湾同胞投资企业协会|台协会)$")


#: a dash between two names, however written (中国——东盟, 中国-东盟, 中国─东盟)
_DASHES = re.compile(r"[—─－–]+|(?<=[\u4e00-\u9fff])-+(?=[\u4e00-\u9fff])")


def _fold_dashes(name: str) -> str:
    """``name`` with every dash between names written as one em dash, the
    lexicon's way.

    >>> _fold_dashes("中国——东盟博览会秘书处"), _fold_dashes("SAIC-GM-Wuling")
    ('中国—东盟博览会秘书处', 'SAIC-GM-Wuling')
    """
    return _DASHES.sub("—", name) if _DASHES.search(name) else name


def _without_province(name: str, is_region) -> str:
    """A city's association of Taiwan investors without the province written
    before the city (广西贺州市台协会 → 贺州市台协会); any other name as it is.

    >>> _without_province("广西贺州市台协会", lambda s: s in ("广西", "贺州"))
    '贺州市台协会'
    >>> _without_province("贺州市台协会", lambda s: s in ("广西", "贺州"))
    '贺州市台协会'
    """
    if not name.endswith(("台协会", "台湾同胞投资企业协会")) or _TAIWAN_ASSOC.match(name):
        return name  # (most bodies: no lookups)
    for n in range(2, 8):
        if is_region(name[:n]) and _TAIWAN_ASSOC.match(name[n:]) and is_region(name[n:n + 2]):
            return name[n:]
    return name


def canonical_name(m: Mention, is_region, known_company=None, distinctive=None) -> str:
    """The key a mention proposes for its entity.

    >>> canonical_name(Mention("d", 0, 0, "", "Company", "suffix:x",
    ...                        key="柳州天海盟立电器有限公司"), lambda s: s == "柳州")
    '天海盟立电器'
    """
    name = _fold_dashes(strip_quotes(m.key or m.text))
    if m.rule in ("lexicon", "national") or (m.rule == "nested" and m.key):
        return name  # a lexicon's canonical name (宁德时代 keeps its 宁德; 印尼国家电网 its country)
    if m.type == "Initiative":
        # 焕新三年行动实施方案 is the programme's paper: the programme (but
        # 广西…产业发展实施方案 names no programme without it)
        return re.sub(r"(?<=行动|计划|工程|战略|规划)(实施方案|实施意见)$", "", name) or name
    if m.type == "Organization":
        name = _DEPARTMENT.sub(r"\1", name)
        # 南宁市台协会, (广西)南宁市台湾同胞投资企业协会: the city's 台协
        name = _TAIWAN_ASSOC.sub(r"\1台协", _without_province(name, is_region))
    if m.type == "Project":
        name = _MAIN_WORKS.sub("", name) or name  # X电站主体工程: the main works of X are X
    if m.type in ("IndustrialPark", "Project", "Organization"):
        return _strip_admin_prefix(name, is_region)
    if m.type != "Company":
        return name
    # a branch is its parent: 汇丰银行柳州分行 → 汇丰银行
    name = re.sub(r"(?<=银行)[\u4e00-\u9fff]{2,4}(?:分行|支行)$", "", name)
    name = re.sub(r"(?<=[\u4e00-\u9fff]{4})[\u4e00-\u9fff]{2,4}分公司$", "", name) or name
    # 冠捷科技(北海)有限公司, 建兴光电(北海)科技: the branch's place in brackets near the end;
    # a known firm before it is the firm's local unit (台泥(贵港)水泥 is 台泥)
    b = _BRACKET_PLACE.search(name)
    if b is not None and is_region(b.group(1)):
        if known_company is not None and (k := known_company(name[:b.start()])) is not None:
            return k
        name = name[:b.start()] + name[b.end():]
    # the form without legal suffix and city prefix, keeping the descriptor
    base, stripped = strip_legal_and_region(name, is_region)
    if base != name and _ZONE_NAME_END.search(base):
        return name  # X经贸合作区有限公司, the zone's operator: the firm is no zone
    known = None
    if known_company is not None and base + "集团" in name:
        # 金川集团公司, 柳工集团公司: the legal ending took 集团 with it; the group is known
        # (and is the group, not a listed arm the lexicon knows by the bare brand)
        known = known_company(base + "集团") or known_company(stripped + "集团")
    if known is None and known_company is not None:
        known = known_company(base)
    if known is None and known_company is not None and stripped != base:
        known = known_company(stripped)  # 中国华电集团 → 华电集团, a known name of 华电
    if known is not None:
        return known  # 北京银行股份有限公司 is the listed 北京银行, not a 银行 of Beijing
    if stripped != base and (_ALL_GENERIC.fullmatch(stripped) or (
            len(stripped) <= 3 and distinctive is not None and not distinctive(stripped))):
        return base  # 柳州工业控股(公司), 上海叉车: without its city the name says nothing
    # (柳工印度有限公司, 玉柴越南公司: a known firm's arm named after the country it works in is
    # a subsidiary of its own, not the parent; a place before the name is the parent's)
    return stripped


#: how a zone's name ends (a firm named by its zone and its legal form runs the zone)
_ZONE_NAME_END = re.compile(r"(?:合作区|开发区|工业园|产业园|科技园|园区|新区|试验区|保税区|工业区|集中区)$")


def _before_bracketed_place(name: str, is_region) -> list[str]:
    """The brand before a place in brackets (台泥|(贵港)|水泥: 台泥), the
    local arm's parent.

    >>> _before_bracketed_place("台泥(贵港)水泥", lambda s: s == "贵港")
    ['台泥']
    """
    b = _BRACKET_ANY.search(name)
    if b is None or b.start() < 2 or not is_region(b.group(1)):
        return []
    return [name[:b.start()]]


_BRACKET_ANY = re.compile(r"[(（]([\u4e00-\u9fff]{2,4})[)）]")
#: quotes around a part of a name, not around the whole (广西…“十二五”规划)
#: a firm's full legal name opening a project's name (X有限公司|年产…项目)
_FIRM_LEAD = re.compile(r"[^、，,]{2,24}?(?:股份有限公司|有限责任公司|有限公司)")
_INNER_QUOTES = re.compile(r"^[^“”「」『』\"]+[“「『\"].+[”」』\"].*|^[“「『\"][^”」』\"]+[”」』\"].+$")
#: a place in brackets at the end of a firm's name or before its legal form
_BRACKET_PLACE = re.compile(r"[(（]([\u4e00-\u9fff]{2,4})[)）](?=[\u4e00-\u9fff]{0,4}(?:(?:股份)?有限(?:责任)?公司|集团)?$)")
#: a park written with 园区 for its 园 (X产业园区 = X产业园)
_PARK_AREA = re.compile(r"(?<=[\u4e00-\u9fff]{2})(产业|工业|科技|物流|创业)园区$")
#: and the other way round (X产业园 = X产业园区)
_PARK_GARDEN = re.compile(r"(?<=[\u4e00-\u9fff]{2})(产业|工业|科技|物流|创业)园$")

#: names made only of business words: a firm so named is known by its place
_ALL_GENERIC = re.compile(r"(?:工业|控股|投资|实业|发展|集团|建设|产业|资产|经营|管理|国有|国资|城市|城建|交通|"
                          r"能源|开发|运营|服务|贸易|商贸|物流|置业|金融|水务|旅游|文化|钢铁|汽车|机械|电子|化工|电力|医药|食品|建材|科技|"
                          r"木业|纸业|糖业|林业|矿业|铝业|陶瓷|塑料|橡胶|纺织|服装|家具|包装|制药|电器|电气|五金|模具|铸造|冶金|材料|环保)+")


_ADMIN_END = ("市", "省", "自治区", "壮族自治区", "县", "区")
#: a township written after its county (融安县东起乡): part of an address, not of a name
_TOWN_HEAD = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:乡|镇|街道)")
#: what a body's name goes on with after its place when the place is part of
#: the name (柳州市|人民医院; 柳州市|委宣传部, the city's party committee's
#: department; 鹿寨县|融媒体中心, one every county has)
_GENERIC_BODY = ("人民", "政府", "人大", "政协", "第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "中心", "实验",
                 "工人", "妇幼", "中医", "职业技术", "高级中学", "中学", "小学", "投资促进", "委", "融媒体")
#: an association named by its sector and its place (柳州市汽车协会)
_ASSOCIATIONS = ("协会", "商会", "学会", "联合会", "促进会", "研究会", "联谊会")
#: a committee named by its work and its place (柳州市规划委员会, X经济区管理委员会)
_COMMITTEES = ("委员会", "管委会")
_NATIONAL = re.compile(r"国家级?(?=高新区|经开区|经济技术开发区|高新技术产业开发区)")


#: a zone's kind alone, which names no zone without its place (工业园区, 经济技术开发区)
_GENERIC_ZONE = re.compile(r"(?:工业|产业|经济|科技|高新|高新技术|经济技术|物流|工业集中|综合)*"
                           r"(?:园区|园|区|开发区|集中区|新区|新城|聚集区|集聚区)")


def _strip_admin_prefix(name: str, is_region) -> str:
    """广西柳州市柳东新区 → 柳东新区; 柳州国家高新区 → 柳州高新区.

    Only a prefix written as an administrative name (…市, …省, …自治区,
    or a province before a city) is dropped, and only when a name of four
    or more characters remains: 柳州高新区 keeps its 柳州.

    >>> _strip_admin_prefix("广西柳州市柳东新区", lambda s: s in {"广西", "柳州", "柳州市"})
    '柳东新区'
    >>> _strip_admin_prefix("柳州南物流中心", lambda s: s in {"柳州"})
    '柳州南物流中心'
    >>> _strip_admin_prefix("柳州市汽车协会", lambda s: s in {"柳州", "柳州市"})
    '柳州市汽车协会'
    >>> _strip_admin_prefix("柳州市规划委员会", lambda s: s in {"柳州", "柳州市"})
    '柳州市规划委员会'
    >>> _strip_admin_prefix("罗城仫佬族自治县牛毕港工业园", lambda s: s in {"罗城仫佬族自治县"})
    '牛毕港工业园'
    >>> _strip_admin_prefix("柳州市鱼峰区工业园区", lambda s: s in {"柳州市", "鱼峰区"})
    '鱼峰区工业园区'
    >>> _strip_admin_prefix("广西柳州市融安县东起乡白云岭风电场", lambda s: s in {"广西", "柳州市", "融安县"})
    '白云岭风电场'
    >>> _strip_admin_prefix("广西壮族自治区钦州市临海工业园", lambda s: s in {"广西壮族自治区", "钦州", "钦州市"})
    '临海工业园'
    """
    name = _NATIONAL.sub("", name)
    changed, stripped = True, False
    while changed:
        changed = False
        for n in (9, 8, 7, 6, 5, 4, 3, 2):
            head, rest = name[:n], name[n:]
            if n >= 7 and not head.endswith("自治县") and not (
                    head.endswith(("自治区", "特别行政区")) and (is_region(rest[:2]) or is_region(rest[:3]))):
                continue  # (罗城仫佬族自治县: eight characters; 广西壮族自治区 keeps its bodies' names,
                # but not before a city: 广西壮族自治区|钦州市临海工业园)
            if len(rest) < 4 or not is_region(head) or rest.startswith(_GENERIC_BODY) or (
                    len(rest) <= 6 and rest.endswith(_ASSOCIATIONS)) or _GENERIC_ZONE.fullmatch(rest) or (
                    len(rest) <= 9 and rest.endswith(_COMMITTEES)):
                continue  # 柳州市人民医院, 柳州市汽车协会, 鹿寨县工业园区 keep their place: 人民医院,
                # 汽车协会, 工业园区 name no one
            if head.endswith(_ADMIN_END) or (is_region(rest[:2]) or is_region(rest[:3])):
                name, changed = rest, True
                break
        town = _TOWN_HEAD.match(name) if stripped or changed else None
        if town is not None and len(name) - town.end() >= 4:
            name, changed = name[town.end():], True  # 融安县|东起乡|白云岭风电场
        stripped = stripped or changed
    return name


def _paren_pairs(mentions: list[Mention], text: str):
    """Pairs of mentions written ``A（B）`` or ``A(B)``."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if m.type == "Region" or m.end >= len(text) or text[m.end] not in "（(":
            continue
        n = by_start.get(m.end + 1)
        if n is None or n.type != m.type or n.end >= len(text) or text[n.end] not in "）)":
            continue
        yield m, n


def resolve_document(mentions: list[Mention], text: str, is_region, elliptic=(), known_company=None,
                     distinctive=None):
    """Final key of every mention, and the groups: key → list of mentions.

    ``elliptic`` are sector words a story uses for a longer sector it names
    (零部件 in a story about 汽车零部件): such a word joins the one sector of
    the story that ends with it.  ``known_company`` maps a name to the
    lexicon's canonical company name (or None): a known company's local arm
    (柳工印度有限公司) is that company.  ``distinctive(form)`` tells whether
    a short form names one particular brand; only such forms join names.
    """
    keys = [canonical_name(m, is_region, known_company, distinctive) for m in mentions]
    uf = UnionFind()
    for k in keys:
        uf.find(k)
    idx = {id(m): i for i, m in enumerate(mentions)}
    freq = Counter(keys)
    for a, b in _paren_pairs(mentions, text):
        if a.rule == "lexicon" and b.rule == "lexicon" and a.key != b.key:
            continue  # 柳州东新区（柳州高新区）: two known zones sharing one administration
        uf.union(keys[idx[id(a)]], keys[idx[id(b)]])
    # short forms: a company key that is a core of another company key
    comp = {k for k, m in zip(keys, mentions) if m.type == "Company"}
    known = {k for k, m in zip(keys, mentions) if m.type == "Company" and m.rule == "lexicon"}
    by_core: dict[str, str] = {}
    contested = _firms_sharing_a_core(keys, mentions, comp, is_region)
    for k in sorted(comp):
        cores = [f for f in company_core(k, is_region) + _before_bracketed_place(k, is_region)
                 if distinctive is None or distinctive(f)]
        if cores and cores[-1] in contested:
            continue  # 广东X电子股份有限公司 and 广西X科技有限公司: two firms of one brand
        for f in cores:  # (银行 is a core of 北京银行 and of 中国银行: no brand, no merge)
            if f in comp and not (k in known and f in known):
                uf.union(k, f)  # (but 广西康明斯 and 康明斯: the lexicon knows two firms)
        if cores and len(cores[-1]) >= 2:
            # 飞沃新能源科技 and 飞沃科技 in one story: one brand, one company
            first = by_core.setdefault(cores[-1], k)
            uf.union(first, k)
    for short, k in _short_forms_of_contested(keys, mentions, contested, comp):
        uf.union(short, k)  # 广西X公司: the brand's firm of 广西 (not the one of 广东)
    for k in sorted(comp):
        if k.endswith("集团") and k[:-2] in comp and len(k) > 3 and not (k in known and k[:-2] in known):
            uf.union(k[:-2], k)  # 广西X集团有限公司 (X) and X集团 in one story: one group
            # (but the lexicon's 柳工集团, the parent, and 柳工, its listed arm, stay two)
        if k.endswith("集团") and len(k) >= 6 and not is_region(k[:-4]) and (
                (short := k[:-4] + "集团") in comp or k[:-4] in comp):
            short = short if short in comp else k[:-4]
            if not (k in known and short in known):  # (the lexicon's two groups stay two)
                uf.union(short, k)  # 中滔环保集团 and 中滔集团 in one story: one group
    for a, b in _place_inserted(keys, mentions, is_region):
        uf.union(a, b)
    for a, b in _zone_kind_variants(keys, mentions):
        uf.union(a, b)
    for short, long in _contractions(keys, mentions, is_region):
        uf.union(short, long)
    for short, long in _level_bodies(keys, mentions, is_region):
        uf.union(short, long)
    for a, b in _project_variants(keys, mentions, comp):
        uf.union(a, b)
    sectors = sorted({k for k, m in zip(keys, mentions) if m.type == "Industry"})
    for w in elliptic:
        if w in sectors:
            longer = [k for k in sectors if k != w and k.endswith(w)]
            if len(longer) == 1:
                uf.union(w, longer[0])
    for m, k in zip(mentions, keys):
        if m.rule in ("alias", "abbr") and m.key:
            uf.union(k, canonical_name(Mention(m.doc, 0, 0, "", m.type, "suffix", key=m.key), is_region))
    groups: dict[str, list[Mention]] = defaultdict(list)
    members: dict[str, set[str]] = defaultdict(set)
    for m, k in zip(mentions, keys):
        members[uf.find(k)].add(k)
    # canonical of a group: a lexicon name if any, else the most frequent, then shortest
    rep = {}
    lexical = {k for k, m in zip(keys, mentions) if m.rule == "lexicon"}
    for root, ks in members.items():
        lex = sorted(ks & lexical)
        rep[root] = lex[0] if lex else min(ks, key=lambda k: (-freq[k], len(k), k))
    final = [rep[uf.find(k)] for k in keys]
    for m, k in zip(mentions, final):
        groups[k].append(m)
    return final, dict(groups)


#: a firm's full legal form at the end of its name
_LEGAL_FORM = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")


def _firms_sharing_a_core(keys, mentions, comp, is_region) -> dict[str, list[tuple[str, str]]]:
    """Brands (the shortest core) that two firms written with their full legal
    names and different trades share (江苏常州恒睿电子股份有限公司 and 贺州恒睿新材料
    有限公司: a parent and its subsidiary).  Maps the brand to its firms'
    ``(key, written name)``.  One name written in two cities (佛山市X电器有限公司,
    柳州X电器有限公司) has one key and stays one firm.

    >>> from kg.model import Mention
    >>> ms = [Mention("d", 0, 0, "贺州恒睿新材料有限公司", "Company", "suffix"),
    ...       Mention("d", 0, 0, "常州恒睿电子股份有限公司", "Company", "suffix")]
    >>> _firms_sharing_a_core(["恒睿新材料", "恒睿电子"], ms, {"恒睿新材料", "恒睿电子"}, {"贺州", "常州"}.__contains__)
    {'恒睿': [('恒睿新材料', '贺州恒睿新材料有限公司'), ('恒睿电子', '常州恒睿电子股份有限公司')]}
    """
    firms: dict[str, dict[str, str]] = defaultdict(dict)
    for k, m in zip(keys, mentions):
        if k in comp and m.type == "Company" and m.rule != "lexicon" and _LEGAL_FORM.search(m.text):
            cores = company_core(k, is_region)
            if cores and cores[-1] != k:
                firms[cores[-1]].setdefault(k, m.text)
    return {c: sorted(v.items()) for c, v in firms.items() if len(v) >= 2}


def _short_forms_of_contested(keys, mentions, contested, comp):
    """``(short key, firm key)``: a short form of a contested brand (贺州恒睿公司)
    joins the one firm whose legal name opens with the same place; with none
    or several, it joins none."""
    for k, m in zip(keys, mentions):
        firms = contested.get(k)
        if firms is None or m.type != "Company" or _LEGAL_FORM.search(m.text):
            continue
        lead = m.text[:len(m.text) - len(k) - 2] if m.text.endswith("公司") else ""
        same = [fk for fk, written in firms if lead and written.startswith(lead)]
        if len(same) == 1:
            yield k, same[0]


def _project_variants(keys, mentions, companies):
    """Pairs of project keys that name one project: with and without a
    trailing 项目 (X基地 / X基地项目), or with its owner's name before it
    (华电|融安白云岭风电场项目 / 融安白云岭风电场项目).

    >>> from kg.model import Mention
    >>> ms = [Mention("d", 0, 0, "", "Project", "suffix", key=k) for k in ("鸿翔钢铁基地", "鸿翔钢铁基地项目")]
    >>> _project_variants([m.key for m in ms], ms, set())
    [('鸿翔钢铁基地', '鸿翔钢铁基地项目')]
    """
    projects = sorted({k for k, m in zip(keys, mentions) if m.type == "Project"})
    present = set(projects)
    pairs = []
    for k in projects:
        for tail in ("项目", "建设项目"):  # X基地 / X基地项目 / X基地建设项目 (X工程 / X工程项目)
            if k + tail in present and len(k) >= 4:
                pairs.append((k, k + tail))
        for c in companies:  # the owner's name first
            if k.startswith(c) and len(k) - len(c) >= 4:
                rest = k[len(c):]
                for r in (rest, rest + "项目", rest[:-2] if rest.endswith("项目") else None):
                    if r and r in present and r != k:
                        pairs.append((r, k))
    return pairs


_CONTRACTED_TYPES = ("Organization", "Project", "IndustrialPark")


def _one_block_more(short: str, long: str) -> bool:
    """Is ``long`` just ``short`` with one run of characters inserted
    (广西|新能源商用车|科技成果转化中试研究基地)?  Then ``short`` names the kind,
    and ``long`` one thing of that kind: no contraction.

    >>> _one_block_more("广西科技基地", "广西新能源科技基地"), _one_block_more("湖大实验室", "湖南大学实验室")
    (True, False)
    """
    k = len(long) - len(short)
    return any(long[:i] + long[i + k:] == short for i in range(len(short) + 1))


#: a zone's kind, written three ways for one zone (X工业区, X工业园, X工业园区)
_ZONE_KIND = re.compile(r"工业(?:园区|园|区)$")


def _zone_kind_variants(keys, mentions):
    """Pairs of zone keys that differ only in how the kind is written
    (城北工业区 / 城北工业园区 / 城北工业园) in one story: one zone, when its own name
    (two characters or more) comes first.

    >>> from kg.model import Mention
    >>> ms = [Mention("d", 0, 0, "", "IndustrialPark", "suffix:x", key=k)
    ...       for k in ("城北工业区", "城北工业园区", "城北产业园")]
    >>> list(_zone_kind_variants([m.key for m in ms], ms))
    [('城北工业区', '城北工业园区')]
    """
    first: dict[str, str] = {}
    for k in sorted({k for k, m in zip(keys, mentions) if m.type == "IndustrialPark"}):
        if (z := _ZONE_KIND.search(k)) is None or z.start() < 2:
            continue
        stem = k[:z.start()]
        if stem in first:
            yield first[stem], k
        else:
            first[stem] = k


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


#: a size a park or project is to reach, written inside its name (千亿|产业集聚区, 百亿元级)
_SIZE_IN_NAME = re.compile(r"(?:千亿|百亿|万亿)元?级?(?=产业|工业|项目|园|基地|集聚区|集群)")


def _place_inserted(keys, mentions, is_region):
    """Pairs of park or project keys of one story that differ by a place name
    written in one of them, plainly, in brackets or with its 市 (富士康南宁科技园 /
    南宁富士康科技园 / 富士康科技园, 中石油广西千万吨炼油项目 / 中石油千万吨炼油项目,
    X(柳州)配送中心 / X配送中心项目, 梧州市工业园区 / 梧州工业园区), or by a size
    to reach written in one (X千亿产业集聚区 / X产业集聚区): one thing.

    >>> from kg.model import Mention
    >>> ms = [Mention("d", 0, 0, "", "Project", "suffix:x", key=k)
    ...       for k in ("华信广西电子产业园项目", "华信电子产业园项目")]
    >>> list(_place_inserted([m.key for m in ms], ms, {"广西"}.__contains__))
    [('华信广西电子产业园项目', '华信电子产业园项目')]
    >>> ms = [Mention("d", 0, 0, "", "Project", "suffix:x", key=k) for k in ("鸿翔(柳州)物流中心", "鸿翔物流中心项目")]
    >>> list(_place_inserted([m.key for m in ms], ms, {"柳州"}.__contains__))
    [('鸿翔(柳州)物流中心', '鸿翔物流中心项目')]
    """
    by_type: dict[str, set[str]] = defaultdict(set)
    for k, m in zip(keys, mentions):
        if m.type in ("Project", "IndustrialPark"):
            by_type[m.type].add(k)
    for _, ks in sorted(by_type.items()):
        for k in sorted(ks):
            for n in (2, 3):
                for j in range(len(k) - n - 3):
                    short = k[:j] + k[j + n:]
                    if short in ks and is_region(k[j:j + n]):
                        yield k, short
            # X电动车千亿产业集聚区 / X电动车产业集聚区: a size to reach, no part of the name
            if (sized := _SIZE_IN_NAME.sub("", k)) != k and sized in ks and len(sized) >= 4:
                yield k, sized
            # 武钢(柳州)配送中心 / 武钢配送中心项目, 梧州市工业园区 / 梧州工业园区
            shorts = [k[:b.start()] + k[b.end():] for b in _BRACKET_ANY.finditer(k) if is_region(b.group(1))]
            shorts += [k[:n] + k[n + 1:] for n in (2, 3) if k[n:n + 1] == "市" and is_region(k[:n])]
            for short in shorts:
                for other in (short, short + "项目", short.removesuffix("项目")):
                    if other != k and other in ks and len(other) >= 4:
                        yield k, other


#: the endings of bodies that a contraction keeps as one character (局, 厅, 委, 办)
_ONE_CHARACTER_ENDS = frozenset("局厅委办")


def _contractions(keys, mentions, is_region=lambda s: False):
    """Pairs (short, long) where ``short`` is a contraction of ``long``, the
    way Chinese shortens names: characters taken from the full name, the
    generic ending kept (湖大激光实验室 ← 湖南大学智能激光制造重点实验室,
    汽车国检中心 ← 国家汽车质量检验中心).  Both names are parks, or both
    organisations or facilities (a 中心 is either), and
    not lexicon names, the short one has five or more characters, the long
    one three more, and the long one is the only candidate in the story.
    Characters out of the full name's order are allowed only when the short
    name holds no place name (优必选柳州智慧工厂 is a factory of its own).

    >>> from kg.model import Mention
    >>> ms = [Mention("d", 0, 0, "", "Organization", "suffix:x", key=k)
    ...       for k in ("国家汽车质量检验中心", "汽车国检中心", "柳州市科技中心")]
    >>> list(_contractions([m.key for m in ms], ms))
    [('汽车国检中心', '国家汽车质量检验中心')]
    >>> ms = [Mention("d", 0, 0, "", "Organization", "suffix:x", key=k) for k in ("贺州市投资促进局", "贺州市投促局")]
    >>> list(_contractions([m.key for m in ms], ms))
    [('贺州市投促局', '贺州市投资促进局')]
    """
    buckets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for k, m in zip(keys, mentions):
        if m.type in _CONTRACTED_TYPES and m.rule != "lexicon" and len(k) >= 5:
            # (a bureau's or a department's one-character ending is all that a
            # contraction keeps: 投促局 ← 投资促进局, 工信厅 ← 工业和信息化厅)
            end = k[-1:] if m.type == "Organization" and k[-1] in _ONE_CHARACTER_ENDS else k[-2:]
            buckets[("Park" if m.type == "IndustrialPark" else "", end)].add(k)
    for (_, end), ks in sorted(buckets.items()):
        ordered = sorted(ks, key=lambda k: (len(k), k))
        extra = 2 if len(end) == 1 else 3
        for i, short in enumerate(ordered):
            need = Counter(short)
            placed = any(is_region(short[j:j + n]) for n in (2, 3) for j in range(len(short) - n + 1))
            cands = [long for long in ordered[i + 1:] if len(long) - len(short) >= extra
                     and not need - Counter(long) and (not placed or _in_order(short, long))
                     and not _one_block_more(short, long)]
            if len(cands) == 1:
                yield short, cands[0]


#: what opens a body's name written by its level alone (省政协, 市委, 区政府)
_LEVELS = ("自治区", "省", "市", "县", "区")


def _level_bodies(keys, mentions, is_region):
    """Pairs (short, long) where ``short`` is a body named by its level alone
    (省政协, 市委) and ``long`` the one body of the story named with its
    place before the same words (广东省政协, 梧州市政协): a second mention of
    it.  With two such bodies (梧州市委, 柳州市委) the short one stays apart.

    >>> from kg.model import Mention
    >>> ms = [Mention("d", 0, 0, "", "Organization", "suffix:x", key=k) for k in ("广东省政协", "省政协")]
    >>> list(_level_bodies([m.key for m in ms], ms, lambda s: s == "广东"))
    [('省政协', '广东省政协')]
    """
    orgs = sorted({k for k, m in zip(keys, mentions) if m.type == "Organization"})
    for short in orgs:
        if not short.startswith(_LEVELS) or len(short) < 3:
            continue
        longer = [k for k in orgs if len(k) > len(short) and k.endswith(short) and is_region(k[:-len(short)])]
        if len(longer) == 1:
            yield short, longer[0]


def _group_type(ms) -> str:
    score = Counter()
    for m in ms:
        score[m.type] += _RULE_WEIGHT.get(m.rule.split(":")[0], 1)
    return min(score, key=lambda t: (-score[t], _TYPE_RANK[t]))


def _drop_region(name: str, gazetteer) -> str:
    """柳州优必选机器人超级智慧工厂 → 优必选机器人超级智慧工厂; but 柳州市人民医院
    stays whole (市人民医院 names no one)."""
    for n in (4, 3, 2):
        hit = gazetteer.lookup(name[:n])
        if hit is not None and hit[1].type == "Region" and len(name) - n >= 5:
            rest = name[n:]
            if rest.startswith(("市", "区", "县", "省")) or rest.startswith(_GENERIC_BODY):
                return name
            return rest
    return name


def _place_moved(name: str, gazetteer) -> str:
    """The form of a park's or project's name with the one place in it taken
    out and written last (南宁华星科技园 and 华星南宁科技园 → 华星科技园@南宁),
    so that the two orders meet; "" when the name holds no place or more than one,
    or little else.

    >>> from kg.resources import load_resources
    >>> g = load_resources().gazetteer
    >>> _place_moved("华星南宁科技园", g), _place_moved("南宁华星科技园", g), _place_moved("南宁高新区", g)
    ('华星科技园@南宁', '华星科技园@南宁', '')
    """
    places = [(s, e) for s, e, n in gazetteer.iter_matches(name.lower())
              if gazetteer.entries[n].type == "Region" and e - s >= 2]
    if len(places) != 1:
        return ""
    s, e = places[0]
    rest = name[:s] + name[e:]
    if len(rest) < 5 or rest.startswith(("市", "区", "县", "省")):
        return ""
    return f"{rest}@{name[s:e]}"


def _owner_canonical(name: str, gazetteer) -> str:
    """``name`` with the known firm it opens with written by the firm's
    canonical name (a short form, a group's or a legal name: 远航集团|研发中心
    → 远航研发中心), or "" when it opens with no other name of a known firm.
    At least three characters must follow the firm's name.

    >>> from kg.resources import Gazetteer, LexEntry
    >>> g = Gazetteer([LexEntry("远航", "Company", "", "", ("远航集团", "远航机械股份有限公司"))])
    >>> _owner_canonical("远航集团研发中心", g), _owner_canonical("远航研发中心", g)
    ('远航研发中心', '')
    """
    for n in range(min(len(name) - 3, 12), 1, -1):
        hit = gazetteer.lookup(name[:n])
        if hit is not None and hit[1].type == "Company":
            return hit[0] + name[n:] if name[:n] != hit[0] else ""
    return ""


def _lang(s: str) -> str:
    """Language tag of a name: en (Latin), zh-Hant (traditional), zh-Hans.

    >>> _lang("龍城"), _lang("龙城"), _lang("LiuGong")
    ('zh-Hant', 'zh-Hans', 'en')
    """
    if s.isascii():
        return "en"
    return "zh-Hant" if to_simplified(s) != s else "zh-Hans"


def resolve_corpus(doc_groups, gazetteer):
    """Merge per-document groups into corpus entities.

    ``doc_groups`` is a list of ``(doc_id, {key: (type, surfaces, count, originals)})``
    in a deterministic order.  Returns ``(entities, key_map, merges)`` with
    ``key_map[(doc_id, key)] = entity id``.
    """
    uf = UnionFind()
    info: dict[str, dict] = {}

    def is_region(s: str) -> bool:
        hit = gazetteer.lookup(s)
        return hit is not None and hit[1].type == "Region"

    for doc, groups in doc_groups:
        for key, g in groups.items():
            node = f"{g['type']}\x00{key}"
            uf.find(node)
            d = info.setdefault(node, {"type": g["type"], "key": key, "surfaces": Counter(),
                                       "orig": set(), "docs": set(), "count": 0, "lex": False,
                                       "weak": set()})
            d["weak"] |= g.get("weak", frozenset())
            d["surfaces"].update(g["surfaces"])
            d["orig"].update(g["originals"])
            d["docs"].add(doc)
            d["count"] += g["count"]
            d["lex"] = d["lex"] or g["lexicon"]
    # merge by strong alias within compatible types
    by_alias: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node, d in info.items():
        # a sector is known by its key: 零部件, written for 汽车零部件 in one
        # story, must not join every other story's 零部件
        forms = {d["key"]} | (set() if d["type"] == "Industry" else set(d["surfaces"]))
        entry = gazetteer.entries.get(d["key"]) if d["lex"] else None
        if entry is not None and entry.type == d["type"]:
            forms |= set(entry.aliases)  # 广西双英 is also 双英集团
        if d["type"] == "Project":
            # 新能源整车生产基地 = 新能源整车基地; X基地建设项目 = X基地项目 = X基地
            forms |= {re.sub(r"生产(基地|线)$", r"\1", f) for f in list(forms)}
            forms |= {f2 for f in list(forms) if len(f2 := re.sub(r"(?:建设)?项目$", "", f)) >= 4}
        known_short = set()
        if d["type"] == "Company" and entry is None:
            # 柳州国轩电池(有限公司) in one story, 合肥国轩 in another, 玉柴机器集团: a short
            # form of the name that the lexicon knows as a firm's (国轩, 玉柴机器) joins that firm
            # (a local arm written with its city, 柳州国轩电池; not a subsidiary with a
            # name of its own, 柳钢新材料公司)
            k = d["key"]
            local = any(is_region(sf[:n]) for sf in d["surfaces"] for n in (2, 3, 4) if len(sf) > n + 2)
            cands = (company_core(k, is_region) if local else []) + (
                [k[:-2]] if k.endswith(("集团", "股份", "控股")) else []) + _before_bracketed_place(k, is_region)
            known_short = {f for f in cands if (h := gazetteer.lookup(f)) is not None and h[1].type == "Company"}
            forms |= known_short
        if d["type"] == "IndustrialPark":
            # 螺霸王产业园区 = 螺霸王产业园
            forms |= {_PARK_AREA.sub(r"\1园", f) for f in list(forms)}
        if d["type"] in ("Project", "IndustrialPark", "Organization") and entry is None:
            # 柳州优必选机器人超级智慧工厂 = 优必选机器人超级智慧工厂 (a lexicon name
            # is complete: 西安电子科技大学 is no 电子科技大学)
            forms |= {_drop_region(f, gazetteer) for f in list(forms)}
        if d["type"] in ("Project", "IndustrialPark") and entry is None:
            # 南宁华星科技园 = 华星南宁科技园: one place written before or inside the name
            forms |= {_place_moved(f, gazetteer) for f in list(forms)} - {""}
        if d["type"] in _CONTRACTED_TYPES and entry is None:
            # 远航集团研发中心 = 远航研发中心: the owner by any of its names
            forms |= {_owner_canonical(f, gazetteer) for f in list(forms)} - {""}
        lexical = {norm_key(a) for a in entry.aliases + (entry.name,)} if entry is not None else set()
        weak = {norm_key(w) for w in d["weak"]} - lexical
        for f in forms:
            if norm_key(f) in weak:
                continue  # 银行, 商品交易所: a form many things share merges none of them
            k = norm_key(f)
            if len(k) >= 3 or (d["lex"] and len(k) >= 2) or f == d["key"] or f in known_short:
                by_alias[(d["type"], k)].append(node)
    merges = []
    for (_, k), nodes in sorted(by_alias.items()):
        nodes = sorted(set(nodes))
        for n in nodes[1:]:
            if uf.find(n) != uf.find(nodes[0]):
                merges.append({"into": info[nodes[0]]["key"], "name": info[n]["key"],
                               "reason": f"shared name {k}"})
            uf.union(nodes[0], n)
    clusters: dict[str, list[str]] = defaultdict(list)
    for node in sorted(info):
        clusters[uf.find(node)].append(node)
    entities = {}
    key_map = {}
    used_names: dict[str, str] = {}
    for root, nodes in sorted(clusters.items()):
        ds = [info[n] for n in nodes]
        lex = sorted(d["key"] for d in ds if d["lex"])
        cnt = Counter()
        for d in ds:
            cnt[d["key"]] += d["count"]
        name = lex[0] if lex else min(cnt, key=lambda k: (-cnt[k], len(k), k))
        typ = ds[0]["type"]
        if name in used_names and used_names[name] != typ:
            name = f"{name}（{typ}）"
        used_names[name] = typ
        surfaces = set()
        orig = set()
        docs = set()
        for d in ds:
            surfaces.update(d["surfaces"])
            surfaces.add(d["key"])
            orig.update(d["orig"])
            docs.update(d["docs"])
        entry = gazetteer.entries.get(name)
        if entry is not None:
            surfaces.update(entry.aliases)
        aliases = set()
        for s in surfaces:
            if _INNER_QUOTES.search(s):
                aliases.add((s, _lang(s)))  # 广西能源发展“十二五”规划: the name as written, too
            s = strip_quotes(s)
            if s and s != name:
                aliases.add((s, _lang(s)))
        for o in orig:
            if o and o != name and not o.isascii():
                if _INNER_QUOTES.search(o):
                    aliases.add((o, "zh-Hant"))
                aliases.add((strip_quotes(o), "zh-Hant"))
        ent = Entity(id=name, type=typ, name=name, aliases=tuple(sorted(aliases)),
                     mention_count=sum(d["count"] for d in ds), documents=tuple(sorted(docs)),
                     parent=entry.parent if entry is not None else "")
        entities[name] = ent
        for n in nodes:
            key_map[(info[n]["type"], info[n]["key"])] = name
    _add_name_variants(entities)
    return entities, key_map, merges


#: the main works of a named project, after its name (X抽水蓄能电站|主体工程)
_MAIN_WORKS = re.compile(r"(?<=项目|电站|基地|工厂|工程)主体工程$")


#: a place in brackets ending a name (X创业园(北流))
_BRACKET_END = re.compile(r"[(（][^()（）]{1,8}[)）]$")
#: a quoted name right before 项目 (“乐游城”项目)
_QUOTED_BEFORE = re.compile(r"[”」』\"](?:建设)?项目$")
#: how the names of facilities end (X物流园, X基地, X工厂, X中心)
_FACILITY_ENDS = ("园", "城", "基地", "中心", "工厂", "厂", "港", "站", "码头", "街", "馆", "区", "楼", "广场")
#: words of a firm's name that may follow its short name (优必选|科技, X|集团): no project's
_FIRM_WORDS = ("公司", "集团", "有限", "股份", "控股", "科技", "实业", "电子")
#: a phase and the word for a project or works, which name no project alone (三期项目, 二期工程)
_PHASE_ONLY = re.compile(r"^(?:[一二三四五六七八九十\d]+|[IVX]+)?期?(?:建设)?(?:项目|工程)?$")
#: the word that makes a name a project's (X项目, X建设项目)
_PROJECT_WORD = re.compile(r"(?:建设)?项目$")


def _add_name_variants(entities: dict) -> None:
    """Give a project named with its firm first (X公司|西区厂房扩建工程,
    X集团|“百城”工程) the rest of its name as an alias, and one named with
    项目 (“乐游城”项目, X物流园项目) its name without it: stories name it
    both ways.  Only labels: the corpus is merged already, so two firms'
    projects of one kind (A|智能装备基地, B|智能装备基地) stay apart.
    A zone written with 园区 has its name with 园 too, and the other way
    round (X产业园区 = X产业园).

    >>> from kg.model import Entity
    >>> es = {"鼎丰": Entity("鼎丰", "Company", "鼎丰", (("鼎丰集团", "zh-Hans"),)),
    ...       "鼎丰集团西区厂房扩建工程": Entity("鼎丰集团西区厂房扩建工程", "Project", "鼎丰集团西区厂房扩建工程", ())}
    >>> _add_name_variants(es); es["鼎丰集团西区厂房扩建工程"].aliases
    (('西区厂房扩建工程', 'zh-Hans'),)
    >>> es = {"乐游城项目": Entity("乐游城项目", "Project", "乐游城项目", (("“乐游城”项目", "zh-Hans"),))}
    >>> _add_name_variants(es); es["乐游城项目"].aliases
    (('“乐游城”项目', 'zh-Hans'), ('乐游城', 'zh-Hans'))
    >>> es = {"东岭产业园": Entity("东岭产业园", "IndustrialPark", "东岭产业园", ())}
    >>> _add_name_variants(es); es["东岭产业园"].aliases
    (('东岭产业园区', 'zh-Hans'),)
    """
    firms = frozenset(f for e in entities.values() if e.type == "Company"
                      for f in (e.name,) + tuple(a for a, _ in e.aliases) if len(f) >= 2)

    def firm_opening(form: str, rest: int = 1):
        """The longest firm's name ``form`` opens with, ``rest`` characters or
        more left after it (a set look-up per length, not a scan of all firms)."""
        return next((form[:n] for n in range(len(form) - rest, 1, -1) if form[:n] in firms), None)

    for key, e in list(entities.items()):
        if e.type == "IndustrialPark":
            # 东岭产业园区 = 东岭产业园: stories write a zone both ways
            extra = {(v, lang) for form, lang in ((e.name, "zh-Hans"),) + tuple(e.aliases)
                     for v in (_PARK_AREA.sub(r"\1园", form), _PARK_GARDEN.sub(r"\1园区", form))
                     if v != form and v != e.name} - set(e.aliases)
            if extra:
                entities[key] = replace(e, aliases=tuple(sorted(set(e.aliases) | extra)))
            continue
        if e.type != "Project":
            continue
        extra = set()
        for form, lang in ((e.name, "zh-Hans"),) + tuple(e.aliases):
            bare = strip_quotes(_PROJECT_WORD.sub("", form))
            # (only a quoted name or a facility's: 百强工业项目 is no 百强工业)
            if len(bare) >= 3 and bare != form and bare != e.name and firm_opening(form) is None \
                    and (_QUOTED_BEFORE.search(form) or _BRACKET_END.sub("", bare).endswith(_FACILITY_ENDS)):
                extra.add((bare, lang))  # “乐游城”项目, X物流园项目: the thing the project is
            f = firm_opening(form, 5)
            if f is not None:
                rest = form[len(f):]
                if rest != e.name and (rest, lang) not in e.aliases and not rest.startswith(_FIRM_WORDS) \
                        and len(_PHASE_ONLY.sub("", rest)) >= 2:  # (X公司|三期项目: a phase names no project)
                    extra.add((rest, lang))
        if extra:
            entities[key] = replace(e, aliases=tuple(sorted(set(e.aliases) | extra)))


def summarise_groups(groups: dict, norm_text, distinctive=None, gazetteer=None) -> dict:
    """Per-document group summary used by :func:`resolve_corpus`.

    ``distinctive(form)`` tells whether a surface form names one particular
    thing (优必选机器人超级智慧工厂) or could name many (银行, 商品交易所,
    经济技术开发区); the forms that could name many go to ``weak``, and the
    corpus resolution never merges two groups through them.
    """
    out = {}
    for key, ms in groups.items():
        surfaces = Counter(strip_quotes(m.text) for m in ms)
        surfaces.update(m.text for m in ms if _INNER_QUOTES.search(m.text))  # …“十二五”规划 as written
        originals = set()
        if norm_text.traditional:
            for m in ms:
                o = drop_glosses(norm_text.original_text(m.start, m.end))
                if o != m.text:
                    originals.add(o)
        weak = set()
        gtype = _group_type(ms)
        if gtype == "Project" and distinctive is not None:
            # X有限公司|智能洗碗机项目: the project's own name, after its firm's, is a name of it too
            for f in list(surfaces):
                if (lead := _FIRM_LEAD.match(f)) is not None and len(f) - lead.end() >= 5 \
                        and distinctive(f[lead.end():]):
                    surfaces.setdefault(f[lead.end():], 0)  # (a name of it, never written alone)
        if distinctive is not None and gtype not in ("Region", "Industry", "Person"):
            # (places and sectors merge by lexicon key, people by name)
            weak = {f for f in surfaces if f != key and not distinctive(f)}
            for f in list(surfaces) if gazetteer is not None else ():
                short = _drop_region(f, gazetteer)
                if short != f and short != key and (not distinctive(short) or (
                        (hit := gazetteer.lookup(short)) is not None and hit[0] != key)):
                    weak.add(short)  # 西安|电子科技大学: the rest names another university
        out[key] = {"type": gtype, "surfaces": surfaces, "originals": originals,
                    "count": len(ms), "lexicon": any(m.rule == "lexicon" for m in ms)}
        if weak:  # (most groups have none: no empty set per group in a big corpus)
            out[key]["weak"] = frozenset(weak)
    return out
