"""The ``industry`` component: ``X产业`` / ``X行业`` with its known sector and
qualifier, and the check that industry words stand where the text speaks of
sectors.
"""
from __future__ import annotations

import re

from ..model import Mention
from ..normalise import is_cjk
from .common import (
    _SIZE_LEAD, _as_tuple, _is_industry, _is_region, _lexicon_hits, _token_at, _token_index)
from .proper import _listed_with_known_industry
from .spans import _extend_left


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
        if (verb := next((v for v in growth if text.startswith(v, start)
                          and m.start() - start - len(v) >= 2), None)) is not None:
            start += len(verb)  # 通过|发展|竹木生态加工产业: the verb that grows the sector opens the run
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


_IND_AFTER = ("产业", "行业", "业", "领域", "板块", "赛道", "企业", "名企", "龙头", "集群", "基地", "装备", "项目",
              "整车", "零部件", "产品", "制造", "等", "链", "价值链", "配套", "市场", "重点项目", "重大项目",
              "集团", "车企", "厂商", "厂家", "供应商", "生产企业", "生产商", "公司", "的龙头", "的排头", "的领军", "的领头", "的佼佼")


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
#: how a sector's name ends when written as a sector (纺织服装业, 汽车产业链; but
#: 机械工业|百强企业, 机械工业|重点项目 often qualify a ranking or a list)
_SECTOR_ENDS = ("业", "产业链")
#: the second characters of words that open with 业 (业务, 业界, 业主 …): after them 业 ends no sector
_YE_WORD_SECONDS = tuple("务界主态绩内者余")
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
        if text.startswith(_as_tuple(res.word_set("vehicle_heads")), m.end) or \
                text.startswith(_as_tuple(res.word_set("not_sector_heads")), m.end) and \
                not text.endswith(("产业", "行业"), 0, m.end):
            continue  # 新能源物流车, 城市物流用车: a kind of vehicle, no sector; nor 建筑面积,
            # 天然气发动机, 居住区、物流区 (a kind of engine, a planned quarter)
        if m.text.endswith(_SECTOR_ENDS) and not m.text.endswith("工业") and not text.startswith(_YE_WORD_SECONDS, m.end) \
                and not (m.key or "").endswith(_SECTOR_ENDS):
            keep_ids.add(id(m))  # 纺织服装业完成…产值: the name is written as a sector's (not 糖业界, 金融业务)
            continue
        if text.startswith(_IND_AFTER, m.end) or text.startswith(_as_tuple(res.word_set("sector_measures")), m.end) \
                or text.startswith(_as_tuple(res.word_set("sector_sites")), m.end):  # 农业|大省, 风电|第一大县
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
