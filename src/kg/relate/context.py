"""Who a clause is about: its subject, the sentence's topic (a zone or a city),
the topic carried over from the last sentence, the paragraph's firm, and
coreference mentions (新区, 该公司, 我市, 这里).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..focus import BIG_PARK_SUFFIXES as _BIG_PARK
from ..model import Mention
from .doc import _ADVERBS, _Doc, _FOREIGN_KINDS, _entry, _find_all
from .roles import _home, _innermost_park, _kind_in, _partner_position
from .syntax import _bare, _before_title, _clause_of, _clauses, _listed_before, _modifying_places


_OBJECT_MARKERS = ("供应", "为", "向", "给", "通过", "借助", "依托", "利用", "经由", "服务", "进驻", "入驻", "进入", "收购", "并购")


def _agent(d: _Doc, sent, ms, pos: int):
    """The company that acts at ``pos``: the last one named before it that is
    not the object or the means of another verb (供应国家电投…，并出口越南;
    通过Shopee等平台销往…: neither is the exporter)."""
    for m in reversed([m for m in ms if m.type == "Company" and m.end <= pos]):
        cs, _ = _clause_of(sent, m.start)
        lead = d.text[cs:m.start]
        chain = _listed_before(ms, m.start, d.text)
        if chain:
            lead = d.text[_clause_of(sent, chain[-1].start)[0]:chain[-1].start]
        if not any(w in lead for w in _OBJECT_MARKERS) and not lead.endswith("在"):
            return m  # (X公司在|A、B等平台开店，产品销往…: a platform, not the seller)
    return None


#: what may stand between a clause's start and a bare 园区 that opens it (目前|园区已有…)
_ZONE_WORD_OPENS = re.compile(r"(?:^|[，,；;])(?:目前|如今|现在|现|今年|去年|近年来|截至目前|其中|同时"
                              r"|\d{4}年(?:以来|上半年|下半年|前三季度)?[，,]?)?(?:这一|这个|这座|此)?$")
#: bare zone words that point back only when they open a clause (2020年试验区新引进…)
_OPENING_ZONE_WORDS = frozenset(("园区", "产业园", "工业园", "试验区", "合作区"))
#: or when a firm settles in them (X集团是2010年入驻|试验区)
_SETTLES_IN = re.compile(r"(?:入驻|落户|进驻|落地|扎根)$")


#: a zone's committees, named bare (工委委员、管委副主任X): the story's zone
_ZONE_COMMITTEES = ("党工委", "工委", "管委会", "管委")
#: what may stand before a bare committee's name: a clause's or a list of titles' start
_TITLE_LIST_SEPS = frozenset("，,、；;：:（(")


#: words for a county or a district referring back to the last one named (该县, 全县)
_COUNTY_WORDS = {"该县": ("county", "autonomous_county"), "全县": ("county", "autonomous_county"),
                 "该区": ("district",)}


def _paragraph_of(d: _Doc, m) -> int:
    """The paragraph of the sentence holding mention ``m``."""
    i = _sentence_index(d, m)
    return d.sentences[i].paragraph if i >= 0 else -1


#: bare words for a zone that name its kind (新区, 开发区): they refer to a zone of that kind
_KIND_ZONE_WORDS = frozenset(("新区", "高新区", "开发区", "集中区", "工业集中区"))


def _zone_of_kind(d: _Doc, word: str, pos: int):
    """The zone a bare ``word`` (新区, 开发区) at ``pos`` refers to: the last zone
    named before it whose name ends so, else the story's zone when its name
    does, else the first one named after it, else the story's zone."""
    named = [m for m in d.mentions if m.type == "IndustrialPark" and m.rule != "coref" and m.key.endswith(word)]
    before = [m for m in named if m.end <= pos]
    main = d.main.get("IndustrialPark")
    if before:
        return before[-1].key
    if main is not None and main.endswith(word):
        return main
    return named[0].key if named else main


def _coref_mentions(d: _Doc, sent, ms):
    """Virtual mentions for 新区 / 我市 / 该公司 not covered by a real one."""
    out = []
    for typ, words in d.coref_words:  # (the words the document holds)
        if typ == "here":  # 这里: the story's zone, else its city
            typ = "IndustrialPark" if d.main.get("IndustrialPark") else "Region"
        for i, w in _find_all(sent.text, words):
            s = sent.start + i
            kind = typ
            # the last company / project named before the word, this sentence included
            earlier = [m for m in ms if m.end <= s and m.type == typ]
            if typ == "Company":
                key = earlier[-1].key if earlier else d.subject_before("Company", sent.start, founded=w.startswith("该"))
                # (该公司 after A成立了C: the new firm C; a bare 公司 in a quote is the speaker's)
            elif typ == "Project":
                key = earlier[-1].key if earlier else d.last_before("Project", sent.start)
                named = next((m for m in reversed(d.mentions) if m.end <= s and m.rule != "coref" and m.type in (
                    "Project", "IndustrialPark") and m.key.endswith(w[-2:])), None) if w.startswith("该") else None
                if named is not None and named.type == "IndustrialPark":
                    key, kind = named.key, named.type  # X电动车生产基地…。该基地集聚…: the zone so named
            elif w in _COUNTY_WORDS:  # 该县将加强与香港合作: the county named last before, in this paragraph
                key = next((m.key for m in reversed(d.mentions) if m.end <= s and m.type == "Region"
                            and _kind_in(d, m, _COUNTY_WORDS[w]) and _paragraph_of(d, m) == sent.paragraph), None)
            elif w.startswith("该"):  # 该园, 该新区: a zone of this paragraph (a bare 新区 is the story's zone)
                key = earlier[-1].key if earlier else _paragraph_subject(d, sent, typ) or d.main.get(typ)
            elif w in _OPENING_ZONE_WORDS:  # 目前园区已有70多家企业: the zone of this paragraph, when 园区 opens a clause
                if not _ZONE_WORD_OPENS.search(sent.text, 0, i) and not _SETTLES_IN.search(sent.text, 0, i):
                    continue
                if w != "园区":  # 2020年试验区新引进…: the zone named last whose name ends so
                    key = next((m.key for m in reversed(d.mentions) if m.end <= s and m.type == typ
                                and m.key.endswith(w) and not d.text.startswith("之一", m.end)), None)
                    # (…的海峡两岸农业合作试验区之一: a kind of zone, not the story's)
                else:
                    key = earlier[-1].key if earlier else _paragraph_subject(d, sent, typ) or d.main.get(typ)
            elif typ == "Organization":
                # 与研究院执行主席李某: the body named before whose name ends so, when a title follows
                if not sent.text.startswith(d.titles, i + len(w)):
                    continue
                named = [m for m in d.mentions if m.end <= s and m.type == typ and m.text.endswith(w)]
                key = named[-1].key if named else None
            elif typ == "IndustrialPark" and w in _KIND_ZONE_WORDS:
                key = _zone_of_kind(d, w, s) or _paragraph_subject(d, sent, typ)
                # 落户新区三年来: the story's 新区, not its 工业园
            elif typ == "IndustrialPark":  # 开发区工委书记X: the story's zone, else the paragraph's
                if w in _ZONE_COMMITTEES and not (sent.text.startswith(d.titles, i + len(w))
                                                  and (i == 0 or sent.text[i - 1] in _TITLE_LIST_SEPS)):
                    continue  # 、管委副主任X: the zone's committee, named bare before a title (not 机关工委)
                key = d.main.get(typ) or _paragraph_subject(d, sent, typ)
            else:
                key = d.main.get(typ)
            if key is None:
                continue
            if any(m.start <= s < m.end for m in ms):
                continue
            if typ == "Company" and re.search("我们?(?:集团|公司)?$", sent.text[max(0, i - 4):i]):
                continue  # 我集团公司总裁X: the writer's own firm, not the one named before
            if w in ("项目", "集团", "公司") and not (i == 0 or sent.text[i - 1] in "，,；;") and not (
                    w != "项目" and _before_title(d, sent.text, i + len(w)) and len(earlier) < 2):
                continue  # a bare noun refers back only when it opens a clause (，集团将…)
                # or heads an official's title (并和集团董事长X座谈, 股份公司总裁X; not
                # after two firms: which one's?)
            out.append(Mention(d.doc, s, s + len(w), w, kind, "coref", key=key))
    return out


def _subject(ms, before, types):
    """The last mention of ``types`` before position ``before``: the one that
    ends last, and of a name inside a name (广西汽车集团|新能源整车项目) the whole."""
    cand = [m for m in ms if m.end <= before and m.type in types]
    return max(cand, key=lambda m: (m.end, m.rule != "nested", -m.start)) if cand else None


#: a news source: (记者)从 X 获悉 / 了解到 / 得知 (X is where the reporter learnt it, no actor)
_SOURCE_BEFORE = re.compile(r"从$")
_SOURCE_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:获悉|了解到|得知|获知)")


def _news_source(d: _Doc, m) -> bool:
    """Is ``m`` the body a reporter learnt the news from (记者从X公司获悉，…)?
    It acts in none of the sentence's clauses."""
    return _SOURCE_BEFORE.search(d.text, max(0, m.start - 1), m.start) is not None \
        and _SOURCE_AFTER.match(d.text, m.end) is not None


def _sentence_index(d: _Doc, m) -> int:
    """The index of the sentence holding mention ``m`` (-1 before the first)."""
    return bisect_right(d.sentence_starts, m.start) - 1


def _sentence_start(d: _Doc, m) -> int:
    i = _sentence_index(d, m)
    return d.sentences[i].start if i >= 0 else 0


#: a sentence opening with the role of its subject (作为X核心区的|Y，): the subject follows it
_AS_ROLE = re.compile(r"作为[^，,。；;]{2,40}的(?=[^，,。；;的]{2,30}[，,])")
_REPORTING = re.compile(r"[^，,。；;]*?(?:介绍|表示|指出|透露|坦言|说|称)[，,:：]")


def _topic(d: _Doc, ms):
    """The zone or home region a sentence is about: its first mention when
    that is an industrial park, or a Chinese region, or 新区 / 我市 / 这里.
    A leading reporting clause (市科技局相关负责人介绍，…) is skipped."""
    lead = -1
    if ms:
        s0 = _sentence_start(d, ms[0])
        rep = _REPORTING.match(d.text, s0)
        if rep is not None and ms[0].start < rep.end() and ms[0].type not in ("IndustrialPark", "Region"):
            ms = [m for m in ms if m.start >= rep.end()]  # but 柳州高新区管委会主任介绍，…: the zone
        role = _AS_ROLE.match(d.text, s0)
        if role is not None:  # 作为X核心区的Y，…: Y, not the zone it is a part of
            ms = [m for m in ms if m.start >= role.end()]
            lead = role.end()
    for i, m in enumerate(ms):
        if m.type == "Region" and i + 1 < len(ms) and ms[i + 1].type == "Region" and ms[i + 1].start == m.end \
                and d.res is not None and m.key in d.res.gazetteer.ancestors(ms[i + 1].key):
            continue  # 广西防城港市推动…, 广西北部湾经济区…, 柳州融水现有…: the place written after the
            # one that holds it is the subject
        if m.type == "IndustrialPark":
            # a listed sub-park is not what a sentence is about: a zone, or
            # a park that opens the sentence, is
            if m.key.endswith(_BIG_PARK) or m.key == d.main.get("IndustrialPark") or \
                    m.start <= max(_sentence_start(d, m), lead) + 6:
                return _innermost_park(ms, m)
            return None
        if m.type == "Region":
            if id(m) in _modifying_places(ms, d.text):
                return None  # 来自东莞的华科电子…: the firm, not its home town, is the subject
            if d.word_re("object_place_verbs", tail="$").search(d.text, max(_sentence_start(d, m), m.start - 4), m.start) or (
                    d.text.startswith("的", m.end) and d.text.endswith(("在", "对", "于"), 0, m.start)):
                return None  # 支持广西…, 台商在广西的投资…: the place is an object, not the subject
            e = _entry(d, m.key)
            if e is not None and e.kind not in _FOREIGN_KINDS:
                return m
            return None
        if m.type == "Organization" and i + 1 < len(ms) and ms[i + 1].type == "IndustrialPark" \
                and m.key.startswith(ms[i + 1].key):
            continue  # 从X试验区管委会了解到，目前X试验区…: the zone's own committee speaks of the zone
        if m.type in ("Company", "Organization", "Person"):
            return None
    return None


def _opens_clause(d: _Doc, sent, m) -> bool:
    """Does ``m`` open its clause, after time words, dates and adverbs at most
    (，我市2008年…, 目前柳州…)?"""
    cs, _ = _clause_of(sent, m.start)
    return not re.sub(r"[\d年月日]", "", _bare(d.text[cs:m.start]).strip("，, "))


def _acts(d: _Doc, sent, m) -> bool:
    """Is ``m`` the subject of a build verb: first in its clause (after time
    words and adverbs) and followed, after adverbs, by a verb of building?"""
    if not _opens_clause(d, sent, m):
        return False
    after = re.sub(_ADVERBS, "", d.text[m.end:m.end + 8])
    if after.startswith("以") and _FOCUS_OF.search(sent.text, m.end - sent.start):
        after = after[1:]  # 柳州正以建设X为重点: building X is what the place does first
    return after.startswith(tuple(d.trig["develops"]))


#: …为重点, …为抓手: what 以 names is the clause's focus, not a means
_FOCUS_OF = re.compile(r"为(?:重点|核心|抓手|突破口|主线|龙头|引领|牵引)")


def _pushes_works(d: _Doc, sent, m, pm) -> bool:
    """Does place ``m`` open a clause and push on the works of ``pm`` named
    right after its adverbs (柳州市将加快X项目建设, 百色大力推进X项目开工)?"""
    at = pm.end + 1 if d.text[pm.end:pm.end + 1] == "的" else pm.end  # (X项目|的建设)
    return _opens_clause(d, sent, m) and m.end <= pm.start \
        and re.sub(_ADVERBS, "", d.text[m.end:pm.start]) == "" and d.text.startswith(tuple(d.trig["develops"]), at)


#: who can be the subject of a clause
_ACTORS = frozenset(("Company", "Organization", "IndustrialPark", "Region", "Person"))


def _goes_on_to_build(d: _Doc, sent, ms, m, pm) -> bool:
    """Does place ``m`` open a clause, and a later clause, with no subject of
    its own and nobody named between, go on to build ``pm`` (广西参与X计划，
    并建设大藤峡水利枢纽工程)?"""
    if not _opens_clause(d, sent, m):
        return False
    pcs, _ = _clause_of(sent, pm.start)
    if pcs <= m.start or any(m.end <= x.start < pm.start and x.type in _ACTORS for x in ms):
        return False
    lead = re.sub(_ADVERBS, "", d.text[pcs:pm.start].lstrip("，, "))
    return re.sub(r"^(?:并且?|同时|还|又|也|并将)", "", lead).startswith(tuple(d.trig["develops"]))


def _clause_subject_place(d: _Doc, sent, ms, m):
    """The place that opens ``m``'s clause, or the clause before it that goes on
    into ``m``'s (柳州成功引进A，推动B、C竣工投产: 柳州 for B and C), with the span
    from that clause to the end of ``m``'s; ``(None, cs, ce)`` when another
    actor opens a clause first."""
    clauses = [c for c in _clauses(sent) if c[0] <= m.start]
    _, ce = clauses[-1] if clauses else (sent.start, sent.end)
    for i, (cs, _) in enumerate(reversed(clauses)):
        first = next((x for x in ms if x.start >= cs and x.type != "Industry"), None)
        if first is None or first.start >= m.start and i > 0:
            continue
        opens = re.fullmatch(r"[而且并也还则]?", d.text[cs:first.start]) is not None
        if first.type in ("IndustrialPark", "Region") and opens and first.start < m.start and \
                (first.type == "IndustrialPark" or _home(d, first)):
            return _innermost_park(ms, first), cs, ce
        if opens and first.type in ("Company", "Organization", "IndustrialPark", "Region") or i >= 2:
            break  # another actor, or too far back
    return None, sent.start, ce


def _subjectless(d: _Doc, pos: int) -> bool:
    """Does a clause open at ``pos`` with what a firm makes or with a firm's own
    voice, naming no exporter (产品出口欧美, “我们的设备全部出口到…)?"""
    return d.word_re("subjectless_openers", head="[“\"「]?").match(d.text, pos) is not None


def _paragraph_firm(d: _Doc, sent):
    """The last company named in the (up to three) sentences before ``sent``
    in its paragraph: the firm a subject-less clause goes on about, or None."""
    i = bisect_right(d.sentence_starts, sent.start - 1) - 1
    # (a quote opening a paragraph speaks for the firm of the paragraph before)
    para = d.sentences[i].paragraph if i >= 0 and sent.text[:1] in "“\"「" else sent.paragraph
    return _earlier_in_paragraph(d, sent, para, "Company", last=True)


def _paragraph_subject(d: _Doc, sent, typ: str):
    """The key of the first ``typ`` named in the nearest of the (up to three)
    sentences before ``sent`` in its paragraph that names one: what 该园 goes
    back to (X园是…第三个园区。该园区…: X, not the parks it is compared with)."""
    m = _earlier_in_paragraph(d, sent, sent.paragraph, typ, last=False)
    return m.key if m is not None else None


def _earlier_in_paragraph(d: _Doc, sent, para: int, typ: str, last: bool):
    """The last (or first) mention of ``typ``, not a nested one, in the nearest
    of the up to three sentences before ``sent`` that names one, while they
    stay in paragraph ``para``; else None."""
    i = bisect_right(d.sentence_starts, sent.start - 1) - 1
    for prev in d.sentences[max(0, i - 2):i + 1][::-1]:
        if prev.paragraph != para:
            return None
        found = [m for m in d.in_sentence(prev) if m.type == typ and m.rule != "nested"]
        if found:
            return found[-1] if last else found[0]
    return None


def _carried_topic(d: _Doc, sent, ms):
    """A clause after ；that opens with a verb (；引进X、Y等企业) goes on with
    the topic of the clause before it: a virtual mention of that topic."""
    if ms and ms[0].start < sent.start + 2:
        return None
    i = bisect_right(d.sentence_starts, sent.start - 1) - 1
    if i < 0:
        return None
    prev = d.sentences[i]
    if prev.paragraph != sent.paragraph:
        return None
    head = re.sub(_ADVERBS, "", sent.text[:12])
    subjects = "|".join(map(re.escape, d.res.words.get("listing_subjects", ()))) if d.res is not None else ""
    if d.word_re("listing_openers", head=f"(?:{subjects})?").match(head):
        # 园区共引进企业308个。主要有X、Y等企业。项目涉及A、B等行业: a list
        # with no subject of its own goes on with the zone of the sentences before
        for prev in d.sentences[max(0, i - 2):i + 1][::-1]:
            if prev.paragraph != sent.paragraph:
                break
            pms = d.in_sentence(prev)
            t = _topic(d, sorted(pms + _coref_mentions(d, prev, pms), key=lambda m: m.start))
            if t is not None and t.type == "IndustrialPark":
                return Mention(d.doc, sent.start, sent.start, "", t.type, "coref", key=t.key)
        return None
    if not prev.text.rstrip().endswith(("；", ";")):
        return None
    verbs = d.trig["locatedIn"] + d.trig.get("locatedIn_topic", []) + d.trig["inIndustry_subject"]
    if not head.startswith(tuple(verbs)):
        return None
    pms = d.in_sentence(prev)
    t = _topic(d, sorted(pms + _coref_mentions(d, prev, pms), key=lambda m: m.start))
    if t is None:
        return None
    return Mention(d.doc, sent.start, sent.start, "", t.type, "coref", key=t.key)


def _port(m) -> bool:
    """Is ``m`` a seaport (钦州港)?  A port acts through its operator: it signs
    and works with partners as a firm does."""
    return m.rule == "suffix:project_seaport"


def _discourse_subject(d: _Doc, sent, ms, before: int | None = None):
    """Who acts in a sentence that names no subject: its topic, else the
    first actor of the sentences before it in the paragraph, else the
    document's zone or city."""
    t = _topic(d, ms)
    if t is not None and t.start < sent.start + 12:
        return t
    where = _modifying_places(ms, d.text)
    first = next((m for m in ms if m.type != "Industry" and m.rule != "nested" and id(m) not in where
                  and (before is None or m.end <= before)), None)
    lead = next((m for m in ms if m.type != "Industry" and m.rule != "nested"), None)
    if lead is not None and _partner_position(d, sent, lead):
        first = None  # ；与上海某公司合作…；与X合作: a partner, not the subject
    if first is not None and (first.type in ("Company", "Organization") or _port(first)):
        return first  # 玉柴…，并已与正大集团签署协议, 北部湾港…，携手X: the sentence's own subject
    prev = [m for m in d.mentions if m.end <= sent.start and m.type in
            ("Company", "Organization", "IndustrialPark")]
    para = [s for s in d.sentences if s.paragraph == sent.paragraph and s.end <= sent.start]
    if para and prev:
        for s_ in reversed(para):
            first = [m for m in prev if s_.start <= m.start < s_.end]
            if first and not _partner_position(d, s_, first[0]):
                return first[0]  # (a sentence led by a partner, ；与X合作…, is skipped)
    key = d.main.get("IndustrialPark") or d.main.get("Region")
    if key is None:
        return None
    return Mention(d.doc, sent.start, sent.start, "", d.types.get(key, "Region"), "coref", key=key)
