"""The ``enum`` component: enumeration propagation.  In ``X、Y、Z等企业`` every
item gets the type that the typed items or the head noun establishes.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..normalise import is_cjk
from .common import (
    _HONORIFICS, _NEVER_CHARS, _as_tuple, _is_industry, _is_region, _longest_first, _masked, _park_endings, _union)
from .spans import _after_leading_verbs, _extend_left


_ENUM_RUN = re.compile(r"[^，,。；;：:！!？?\n、“”()（）]{1,18}(?:、[^，,。；;：:！!？?\n、“”()（）]{1,18})+")


@lru_cache(maxsize=16)
def _enum_head(head_re: str) -> re.Pattern:
    return re.compile(r"((?:等(?:一大批|一批|众多|诸多|多家)|等?(?:\d+|[两三四五六七八九十]+)家)[\u4e00-\u9fff]{2,10}?的(?=企业|公司)"
                      r"|等(?:一大批|一批|众多|诸多|(?:(?:\d+|[一二两三四五六七八九十百几数]+)(?:多|余)?|多)[个家项款])?|\d+[大家个]|[两三四五六七八九十]+[大家个])"
                      r"(?:配套|重点|龙头|骨干|知名|优质|重大|[百千万]亿(?:元级?|级)?|自主|优势|特色|新兴|支柱|主导|"
                      r"关键|核心|先进|大型|大中型|中小|台资|港资|外资|民营|国有|领军|头部|上市|规上|国内外|海内外|境内外|中外|国内|国际|世界|全球|全国|国外|海外|境外|行业|细分|全新|新(?=产品|车型|机型)|"
                      r"(?:世界|中国|全国|全球)?(?:500|五百)强|大(?=企业|集团)|(?<=强)、)*((?:(?![及和与])[\u4e00-\u9fff]){2,6}?)??"
                      r"(?:大型|大中型|中小|知名|骨干|龙头|重点|配套类?|类)?(" + head_re + r")(?!项目|企业|公司)")  # (等新兴产业|项目: the last head noun types the list)


#: a short qualifier in brackets after a list's last item (中马粮油(棕榈油)等)
_TAIL_QUALIFIER = re.compile(r"[(（][\u4e00-\u9fff]{1,6}[)）](?=等)")


#: a product named by its size first (2.5毫米超薄钢带, 1500毫米宽幅冷轧板)
_SIZED = re.compile(r"\d+(?:\.\d+)?(?:毫米|厘米|米|吨|千瓦|兆瓦|伏|升|mm|MW|kW|t)[\u4e00-\u9fff]")


#: words of a list item that describes a kind of thing instead of naming one
_VAGUE_ITEM = re.compile(r"所有|各类|各种|多家|\d+家|大型|中小|国内|国外|海外|全国|本地|其他|相关")


#: after a list: 等为代表的…产业集群 (the items are firms that stand for a cluster)
_REPRESENTED = re.compile(r"等?为(?:代表|龙头|骨干)的[^，,。；;、]{0,14}?(?:产业集群|企业集群|集群|企业群)")


#: the last item of a list of people: a name and the honorific or 院士 written after it (李某某|院士)
_TITLED_LAST = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:院士|" + "|".join(_HONORIFICS) + ")")


#: the close of a 以…为 frame after a list (以A、B等为代表, 以A、B为龙头)
_LEADS_FRAME = re.compile(r"(?:等[^，,。；;、]{0,6}?)?为(?:代表|龙头|骨干|核心|引领)")


def _split_item(s: int, e: int, by_span, text: str) -> list[tuple[int, int]]:
    """智能终端及机器人, S06和S04: 及 / 和 / 与 join two list items written as one."""
    j = next((k for k in range(s + 2, e - 1) if text[k] in "及和与"), None)
    if j is not None and ((s, j) in by_span or (j + 1, e) in by_span
                          or _MODEL_CODE.fullmatch(text, s, j) and _MODEL_CODE.fullmatch(text, j + 1, e)):
        return [(s, j), (j + 1, e)]
    return [(s, e)]


#: a model's code: latin letters and digits (K08, CLG856)
_MODEL_CODE = re.compile(r"[A-Za-z]+[A-Za-z0-9-]*\d[A-Za-z0-9-]*")


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


#: a count with a head and a conjunction inside a listed item (三大工业园区和): the list
#: before it is closed, the conjunction opens another
_COUNT_INSIDE = re.compile(r"(?:\d+|[两三四五六七八九十]+)[大家个][\u4e00-\u9fff]{1,6}?(?:以及|和|及|与)")


def _runs(text: str):
    """(start, end) of each run of items separated by 、; a run ends at the 等
    inside an item, and what follows it is another run (汽车、机械等领域的院士、
    博导; A、B等多家央企以及C、D等龙头企业).

    >>> t = "有甲乙、丙丁等多家央企以及戊己、庚辛等企业。"
    >>> [t[s:e] for s, e in _runs(t)]
    ['有甲乙、丙丁', '多家央企以及戊己、庚辛等企业']
    """
    for m in _finditer_before(_ENUM_RUN, text, "、", 18):
        start = m.start()
        while True:
            cut = None
            pos = start
            parts = text[start:m.end()].split("、")
            for part in parts[:-1]:
                k = text.find("等", pos + 2, pos + len(part))
                if k > 0:
                    cut = nxt = k
                    break
                c = _COUNT_INSIDE.search(text, pos + 2, pos + len(part))
                if c is not None:  # 沙坪三大工业园区和|茶叶、油茶等: a count and its head
                    cut, nxt = c.start(), c.end()  # close a list; what is joined after them is another
                    break
                pos += len(part) + 1
            if cut is None:
                yield start, m.end()
                break
            yield start, cut
            if "、" not in text[nxt + 1:m.end()]:
                break
            start = nxt + 1


@lru_cache(maxsize=8)
def _firm_endings(suffixes: tuple) -> tuple:
    return tuple(x[2] for x in suffixes if x[0].startswith("company_")) + ("股份",)


@lru_cache(maxsize=8)
def _suffix_openers(suffixes: tuple, stop: frozenset) -> tuple[frozenset, tuple]:
    """(stop words that open a name suffix, what follows them in it): 集聚 of
    集聚区 is a verb before a list (集聚A、B) but part of 生产集聚区."""
    pairs = [(w, suf[len(w):]) for _, _, suf, _ in suffixes for w in stop
             if len(suf) > len(w) and suf.startswith(w)]
    return frozenset(w for w, _ in pairs), tuple(sorted({t for _, t in pairs}))


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


#: the names a list's first item does not extend over
_WALL_TYPES = frozenset(("IndustrialPark", "Organization", "Person"))


#: a count of two after a pair of names (A和B|这两家)
_PAIR_COUNT = re.compile(r"这?两[家个]")
#: what may be the second name of the pair (no pronoun, no phrase with 的: 它的两家子公司)
_PAIRED_NAME = re.compile(r"(?![它他她其该这那此本各])[\u4e00-\u9fffA-Za-z]{2,8}(?<!的)")


def _pair_mentions(doc, text, chosen, res):
    """The second of two firms counted as 这两家 (优必选和X这两家人形机器人公司),
    when the first is a known firm and the head after the count names firms."""
    if "两家" not in text:
        return
    heads, head_pattern = _enum_heads(tuple(tuple(res.words[key]) for _, key in _ENUM_HEAD_LISTS))
    for k in chosen:
        if k.type != "Company" or text[k.end:k.end + 1] not in ("和", "与", "及"):
            continue
        c = _PAIR_COUNT.search(text, k.end + 3, k.end + 12)
        if c is None or not _PAIRED_NAME.fullmatch(text, k.end + 1, c.start()):
            continue
        hm = head_pattern.match(text, c.end() - 2)  # (两家|人形机器人公司)
        if hm is None or heads[hm.group(3)] != "Company" or any(
                m.start < c.start() and k.end < m.end for m in chosen):
            continue
        yield Mention(doc, k.end + 1, c.start(), text[k.end + 1:c.start()], "Company", "enum",
                      key=text[k.end + 1:c.start()])


def _enum_mentions(doc, text, tokens, chosen, res, masks):
    """Type the untyped items of enumerations (X、Y、Z等企业)."""
    words = res.words
    heads, head_pattern = _enum_heads(tuple(tuple(words[key]) for _, key in _ENUM_HEAD_LISTS))
    stop = _union(res.word_set("stop_tokens"), res.word_set("generic_names"))
    by_span = {(m.start, m.end): m for m in chosen}
    # names ending like a firm's (电子, 科技 … of suffixes.tsv, 集团, 公司)
    firm_endings = _firm_endings(res.suffixes)
    part_kinds = _as_tuple(res.word_set("part_kinds"))  # 转向系统、座椅总成等配套企业: no firms
    part_words = res.word_set("part_words")  # 电池、电机、电控等核心企业: no firms
    kind_heads = res.word_set("kind_heads")  # 柴油发动机、天然气发动机等产品: no products
    out = []
    # the first item of a list extends left, but not over a zone's or a body's name
    # (开发区|现已集聚A、B; a place, a firm or a sector may open the item: 长沙|公交,
    # 汽车|商贸, 中石化|炼油二期) nor over a verb, unless the verb opens a suffix (集聚区)
    walls = frozenset(x.end for x in chosen if x.type in _WALL_TYPES)
    openers = _suffix_openers(res.suffixes, res.word_set("stop_tokens"))
    # runs of items separated by 、
    for run_start, run_end in _runs(text):
        items = []
        pos = run_start
        for part in text[run_start:run_end].split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        # 建链、补链、强链重点发展的9大产业集群、全面承接…: a phrase with 的 inside
        # the run ends a list; what came before it is no list of names
        for idx in range(len(items) - 2, 0, -1):
            if "的" in text[items[idx][0]:items[idx][1]]:
                items = items[idx + 1:]
                break
        # the tail after the last item: 等企业 / 3大配套企业 / “链主”
        tail = text[run_end: run_end + 20]
        if (q := _TAIL_QUALIFIER.match(tail)) is not None:
            tail = tail[q.end():]  # 中马粮油|(棕榈油)|等一批项目: what the last item makes, in brackets
        last_s, last_e = items[-1]
        last_text = text[last_s:last_e]
        head_type = head_word = None
        hm = head_pattern.search(last_text + tail)
        if hm and 0 <= (k := last_text.find("等", 2)) < hm.start():
            hm = None  # 民生、招商引资等重点领域实施五个“十大工程”: the list ends at 等, its
            # head is what follows 等, not a head further on
        firms_projects = hm is not None and hm.group(2) in res.word_set("company_heads") \
            and heads[hm.group(3)] == "Project"  # 等一批企业|项目: firms' projects, the items are the firms
        if hm and hm.group(2) and not firms_projects and not _is_industry(hm.group(2), res) and not _is_region(hm.group(2), res) and \
                hm.group(2) not in res.word_set("elliptic_sectors") and hm.group(2) not in res.word_set("industry_heads"):
            hm = None  # only a sector or a place may stand between count and head: 四大汽车集团,
            # 等零部件集群, 等一批台湾大型企业 (等新兴产业|项目: the word for sectors too)
        if hm:
            cut = hm.start()
            if cut < len(last_text):
                items[-1] = (last_s, last_s + cut)
            if hm.start() <= len(last_text) + 1:
                head_type = "Company" if firms_projects else heads[hm.group(3)]
                head_word = hm.group(2) if firms_projects else hm.group(3)
        rep = _REPRESENTED.search(last_text + tail) if head_type is None else None
        represented = rep is not None and 2 <= rep.start() <= len(last_text)
        if represented:  # 以A、B等为代表的电子产业集群: the firms that stand for a cluster
            items[-1] = (last_s, last_s + rep.start())
            head_type = "Company"
        if tail.startswith("“链主”") or tail.startswith("\"链主\""):
            head_type = "Company"
        titled = _TITLED_LAST.match(last_text) if head_type is None and last_text[:1] in res.words["surnames"] else None
        if titled is not None:  # 郭某某、徐某某、李某某院士: the title after the last name is every item's
            items[-1] = (last_s, last_s + titled.end(1))
            head_type = "Person"
        if not hm and not represented and titled is None and is_cjk(text[run_end:run_end + 1] or "x"):
            items = items[:-1]  # the run ended inside a word: its last item is no name
        if len(items) < 2:
            continue  # what is left is no list
        if head_type is None and len(items) >= 2 and (j := next(
                (k for k in range(last_s + 2, last_e - 1) if text[k] in "和及与"
                 and (a := by_span.get((last_s, k))) is not None and (b := by_span.get((k + 1, last_e))) is not None
                 and a.type != b.type), None)) is not None:
            items[-1] = (last_s, j)  # 厨卫电器、纺织、玩具产业|和X项目: a thing of another kind joined after the list
        if head_type is None and not _list_may_be_typed(items, by_span, text):
            continue  # (decided before the first item's left edge is looked for: that costs)
        # the first item extends left only over name-like tokens
        fs, fe = items[0]
        new_fs = _extend_left(text, tokens, fe, res.word_set("stop_tokens"), masks=masks, walls=walls,
                              firm_parts=openers)
        items[0] = (_after_leading_verbs(text, tokens, max(fs, new_fs), fe, res), fe)
        if text.startswith("以", items[0][0]) and fe - items[0][0] > 2 and _LEADS_FRAME.match(text, items[-1][1]):
            items[0] = (items[0][0] + 1, fe)  # 形成|以惠科|、A等为代表: jieba glued the frame's 以 to the name
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
        # 宁德时代、朗拓、沃锐等项目: projects named by their firms, when a listed item is a known firm
        firms_named = head_type == "Project" and any(x is not None and x.type == "Company" for x in typed)
        for idx, ((s, e), t) in enumerate(zip(items, typed)):
            if idx == 0 and (g := _GROWS.match(text, s, e)) and e - g.end() >= 2:
                s = g.end()  # 重点发展|智能电网、轨道交通等产业: the verb that grows the list is no item
            if idx == 0 and head_type == "Product" and (z := _SIZED.search(text, s, e)) is not None and z.start() > s \
                    and text.endswith(tuple(res.triggers.get("produces", ())), s, z.start()):
                s = z.start()  # X公司研发|2.5毫米超薄钢带、…等新产品: the maker and its verb are no item
            k = text.find("等", s + 2, e)
            if k > 0 and idx == len(items) - 1:
                e = k  # 新能源等领域: the list ends at 等
            while e - s > 2 and text[e - 1] in "等及和":
                e -= 1  # 新材料等
            if head_type == "Industry" and idx == len(items) - 1 and \
                    (w := _SECTOR_WORD.search(text, s + 2, e)) is not None and w.end() < e:
                e = w.end()  # 纺织、机械及造船工业|实力突出: a sector ends at its word for sector
            sized = head_type == "Product" and _SIZED.match(text, s, e) is not None  # 1500毫米宽幅冷轧板
            if t is not None or e - s < 2 or e - s > (16 if sized else 10):
                continue
            item = text[s:e]
            if item in stop or not all(is_cjk(c) or c.isalnum() or sized and c == "." for c in item) \
                    or _NEVER_CHARS.search(item) \
                    or _VAGUE_ITEM.search(item):
                continue  # 盛百汇的显示屏, 国内所有航空公司: a phrase, not a name
            if head_type == "Industry" and (item.endswith(_as_tuple(res.word_set("not_sector_ends")))
                                             or any(c.isdigit() for c in item)):
                continue  # 金融合作, 零部件博览会, 环保4个重点领域: no sector
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
            if typ == "Project" and _everyday(item, res.word_set("common_words")):
                continue  # 运输、旅游及商贸合作项目等两个项目: everyday words name no project
                # (a firm's name may be one: 统一)
            if typ == "IndustrialPark" and not item.endswith(_park_endings(res.suffixes)):
                continue  # 东岭、石门等三大工业园区: a zone's name cut short is none
            if typ == "Product" and head_word in kind_heads and not any(
                    c.isascii() and c.isalnum() for c in item):
                continue  # 柴油发动机、天然气发动机等产品: kinds of product (but 1500毫米镀锌卷板, K08)
            if typ == "Person" and not (2 <= len(item) <= 4 and item[0] in res.words["surnames"]):
                continue  # 王某、李某等知名人士: only what looks like a name is a person
            if typ == "Company" and (item.endswith(part_kinds) or item in part_words):
                continue  # 牵引系统、制动系统等配套企业, 电池、电机、电控等企业: kinds of parts the firms make
            if typ == "Project" and (firms_named or item.endswith(firm_endings) or any(
                    x.type == "Industry" and x.end == e and x.start - s >= 2
                    and res.gazetteer.lookup(text[s:x.start]) is None for x in inner)):
                typ = "Company"  # 爱芒果电子、东晶智能科技, 慧宝源生物制药等一批项目: the listed
                # names are firms (a brand and its trade; not 新能源汽车, 柳州螺蛳粉)
            elif typ == "Company" and item in res.word_set("product_brands"):
                typ = "Product"  # 东风、宝骏等汽车品牌: a maker's brand is a line of its products
            out.append(Mention(doc, s, e, item, typ, "enum", key=_sector_key(item, res) if typ == "Industry" else item))
    return out


#: the word that ends a sector's name (运输|工业, 光电|产业)
_SECTOR_WORD = re.compile(r"工业|产业|行业")


#: words whose 业 is the word itself, not the 业 of "a trade in X" (服务业, 林业)
_YE_WORDS = ("工业", "农业", "林业", "渔业", "牧业", "商业", "企业", "产业", "行业", "就业", "物业", "服务业", "专业", "创业",
             "作业", "事业")


def _sector_key(item: str, res) -> str:
    """A listed sector written with 业 (大健康业, 仓储物流业) is the sector.

    Examples
    --------
    >>> _sector_key("仓储物流业", None), _sector_key("现代服务业", None), _sector_key("轻工", None)
    ('仓储物流', '现代服务业', '轻工')
    >>> _sector_key("精密仪器工业", None), _sector_key("轻工业", None)
    ('精密仪器', '轻工业')
    """
    if len(item) >= 4 and item.endswith(("工业", "产业", "行业")):
        hit = res.gazetteer.lookup(item[:-2]) if res is not None else None
        return hit[0] if hit is not None and hit[1].type == "Industry" else item[:-2]
    if len(item) < 3 or not item.endswith("业") or item.endswith(_YE_WORDS):
        return item
    hit = res.gazetteer.lookup(item[:-1]) if res is not None else None
    return hit[0] if hit is not None and hit[1].type == "Industry" else item[:-1]


def _everyday(item: str, common: frozenset) -> bool:
    """Is ``item``, without a trailing 项目 or 工程, everyday two-character words
    only (运输, 商贸合作项目)?

    Examples
    --------
    >>> _everyday("商贸合作项目", frozenset({"商贸", "合作"})), _everyday("柳钢项目", frozenset({"商贸"}))
    (True, False)
    """
    core = item.removesuffix("项目").removesuffix("工程")
    return len(core) % 2 == 0 and core != "" and all(core[i:i + 2] in common for i in range(0, len(core), 2))


#: a verb that grows sectors, with its adverb, before a list of them
_GROWS = re.compile(r"(?:重点|着力|大力|加快|积极|全力|主要|优先)?(?:发展|培育|布局|打造|壮大|做强|做大|深耕|主攻|聚焦|延伸|引进|承接|招引)")
