"""The ``suffix:<id>`` component: a name suffix (有限公司, 产业园, 大学, 项目 …,
``data/patterns/suffixes.tsv``) with the name-like tokens before it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..model import Mention
from ..normalise import is_cjk
from .common import (
    sentence_around,
    _LEADING_VERBS, _RANKS, _ROUTE_SUFFIXES, _SIZE_LEAD, _as_tuple, _bracketed_site, _department_word,
    _firm_context, _is_region,
    _known_company_before, _places_short_names, _token_at, _union, strip_quotes)
from .proper import (
    _body_at, _described_firm, _descriptive, _generic_core, _has_proper_element, _market_base,
    _national_title, _never_re, _one_word_brand, _place_before_rank, _port_place, _route_name,
    _unknown_name_before)
from .spans import (
    _Walls, _anchor_on_lexicon, _extend_left, _inside_word, _joined_place_before,
    _name_opens_with_and, _owner_before_place, _restart_at_place, _strip_function_lead,
    _suffix_in_sector, _suffix_in_word, _suffix_tables, _walls_by_type, _words_containing)


#: power stations and water-control hubs, named after their place (乐滩水电站, 昌江核电站, X风电场, X水利枢纽)
_POWER_SUFFIXES = frozenset({"project_power_station", "project_power_plant", "project_wind_farm",
                             "project_hydro_station", "project_nuclear_station", "project_water_hub"})
#: what continues a station's name into its project's (X风电场|项目, X电站|二期工程)
_STATION_WORKS = re.compile(r"(?:[一二三四五六七八九十]期)?(?:项目|工程)")
#: a rank or a scope inside a would-be station's name (首座, 第二座, 全国…): no name
_STATION_NOT_NAMED = re.compile(r"首[座个家]|第[一二三四五六七八九十\d]+[座个大]|^全[国省市区]|[的得]")
#: halls named after their place (南宁展览馆, X人民会堂)
_VENUE_SUFFIXES = frozenset({"project_exhibition_hall", "project_museum_hall", "project_assembly_hall", "project_stadium"})
#: zone suffixes that make a name by themselves (江南工业新区), unlike 产业园
_PLACE_NAME_SUFFIXES = frozenset({"project_bridge", "project_road", "project_park", "project_museum",
                                  "project_library", "project_archive", "project_seaport"} | _VENUE_SUFFIXES | _POWER_SUFFIXES | {
    "project_rail_station" + n for n in ("", "2", "3", "4", "5", "6")})  # (车站, 东站 … 中心站)
#: a programme's name may hold verbs (新兴产业壮大三年行动): only these end it
_INITIATIVE_STOPS = frozenset({"和", "与", "及", "的", "在", "实施", "提出", "加快", "推进", "开展", "印发",
                               "出台", "落实", "推动", "深入", "全面", "启动", "制定", "发布", "通过", "按照",
                               "根据", "围绕", "是", "为", "对", "将", "了", "等"})
#: a voltage class opening a grid works' name (500千伏|X变电站, 220kV|X线)
_VOLTAGE_LEAD = re.compile(r"\d+(?:\.\d+)?\s*(?:千伏|kV|KV|kv)(?:及以上|以上|及)?")
_DATE_LEAD = re.compile(r"(?:[自从于至到继繼](?=\d{1,4}[年月日]|[今去明前当]年))?(?:(?:\d{2,4}|今|去|明|前|当)年度?(?:初|底|末)?)?(?:\d{1,2}月(?:初|底|末|上旬|中旬|下旬)?)?(?:\d{1,2}日)?(?:第[\d一二三四五六七八九十]+届)?")
#: what a body names its own institutes with (工信部|研究院, X学会|分会)
_SUB_BODIES = frozenset(("研究院", "研究所", "研究中心", "学院", "实验室", "分会"))
#: words after a known firm's name for its companies, none of them named (柳工|全球|公司)
_FIRMS_OF_A_FIRM = re.compile(r"(?:全球|海外|各地|国内外|旗下|下属|所属)$")
#: the word for firms, part of a site's name when a word for a site follows (X企业|港项目, 总部企业|园)
_FIRMS_WORD = frozenset(("企业",))
#: a numbered bureau (一局, 十一局, 二航局): a state construction group's firm, no government bureau
_ORDINAL_BUREAU = re.compile(r"[一二三四五六七八九十]+(?:工程|航务工程|航)?局$")
#: the end of a frame opened by 继 after a name, or after a list it opens (继X项目签约|后, 继X之后, 继X、Y后)
_AFTER_FRAME = re.compile(r"(?:[^，,。；;]{0,10}?|(?:[^，,。；;、]{0,30}?[、和及与]){1,4}[^，,。；;、]{2,30}?)(?:之后|以后|后)")
_ZONE_SUFFIXES = ("新区", "高新区", "开发区", "经开区", "试验区", "合作区", "保税区", "自贸区", "智谷", "科技城", "科学城",
                  "出口加工区")
_BUILD_VERBS = ("建设", "新建", "投资", "开工", "打造", "推进", "签约", "引进", "投建", "建成", "启动")
#: what heads a list of projects (在建重点项目|X项目)
_PROJECT_LIST_HEADS = frozenset(("重点", "在建", "重大", "签约", "新建", "招商", "续建", "新开", "开工", "竣工", "投产"))
#: verbs of supporting, reaching, visiting and having a site before a named
#: place or project: no part of its name (全力支持|X项目, 在合肥建有|X基地)
_REACH_VERBS = ("支持", "实现", "借力", "参访", "考察", "参观", "走访", "达成", "开建", "助力", "服务于", "对接",
                "花落", "选址", "分享", "建有", "设有", "拥有", "建立", "设立", "签下", "签署", "签订",
                "完善", "提升", "优化", "改善", "产自", "来自", "给予", "参建", "承建", "援建")
#: one-character words of reference before a zone's or a place's name (即柳东新区, 指防城港产业园)
_REFERENCE_CHARS = frozenset("即指")
_PLAN_VERBS = ("规划", "谋划", "建设", "打造", "推进", "加快", "布局", "启动", "新建", "筹建", "开发")
_GOV_PREFIX = re.compile(r"^(国家|自治区|省|市|县|区|镇|中共|共青团|中国|全国)")


#: the party committees' departments, named bare (统战部, 宣传部, 组织部)
_PARTY_DEPARTMENTS = frozenset(("统战", "宣传", "组织"))
#: a count and its measure word right before a name (一座, 两个, 3家)
_COUNT_BEFORE = re.compile(r"(?:[\d０-９]+|[一二两三四五六七八九十几数]+)[座个家项条批所]$")
#: a count of more than one right before a name (50个, 两项, 十几批): the name is
#: a kind of which several are counted, not one project's name
_PLURAL_COUNT_BEFORE = re.compile(r"(?:[\d０-９]{2,}|[02-9０２-９]|[二两三四五六七八九十几数多]+)[个项批座]$")
#: a count right after a kind of project (在谈的X项目27个): the kind is counted, no one project named
#: (ending its clause: 凤凰口岸和金龙口岸|两个国家一类口岸 sums up a list of names)
_COUNT_AFTER = re.compile(r"(?:[\d０-９]+|[二两三四五六七八九十百几数多]+)[个项批座](?=[，,。；;、)）]|$)")


def _ministry_department(prefix: str, res) -> bool:
    """Does ``prefix`` name a known ministry or commission and then two to six
    characters of a department's work (商务部|台港澳, 工信部|装备工业)?"""
    for n in range(len(prefix) - 2, 1, -1):
        hit = res.gazetteer.lookup(prefix[:n])
        if hit is not None and hit[1].type == "Organization" and prefix[:n].endswith(("部", "委")):
            return 2 <= len(prefix) - n <= 6 and all(is_cjk(c) for c in prefix[n:])
    return False


#: words of business that name no firm by themselves (投资发展, 实业, 控股)
_BUSINESS_WORDS = re.compile(r"(?:工业|控股|投资|实业|发展|集团|建设|产业|资产|经营|管理|国有|国资|城建|"
                             r"开发|运营|服务|贸易|商贸|置业|金融)+")


#: levels of government whose own offices are named after them (自治区港澳办, 市发改委)
_GOV_LEVELS = frozenset(("自治区", "省", "市", "县", "区"))


#: the rest of a clause ``以 X 为 …`` after a name (以X、Y等龙头企业为核心)
_YI_WEI = re.compile(r"[^，,。；;！？!?]{0,30}?为")


#: what goes on after 工程 inside a firm's name: a trade, then the legal suffix
_FIRM_GOES_ON = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:有限责任公司|股份有限公司|有限公司)")


#: prefixes of a level of government that name no particular body by themselves
_LEVEL_PREFIXES = frozenset(("国家级", "自治区级", "省级", "市级"))


#: a term of a body pointed at, not named (本届, 新一届, 下一届)
_THIS_TERM = re.compile(r"(?:本|上|下|这|该|新一|新)届")
#: a numbered term right before the body's head noun (选举产生第七届|理事会)
_NUMBERED_TERM = re.compile(r"第[\d一二三四五六七八九十百]+届$")
#: a country's missions abroad: named by the country (越南驻南宁总领事馆)
_MISSION_SUFFIXES = frozenset(("org_consulate", "org_consulate2", "org_embassy"))


def _country_start(text: str, start: int, end: int, res) -> int | None:
    """Where the first country's name in ``text[start:end]`` starts, or None."""
    for i in range(start, end - 1):
        for k in (5, 4, 3, 2):
            hit = res.gazetteer.lookup(text[i:i + k]) if i + k <= end else None
            if hit is not None and hit[1].kind == "country":
                return i
    return None


#: "each place's" or "each kind's" inside a would-be name (各市, 各县, 各级, 各个|商协会)
_EACH_PLACE = re.compile(r"各(?:市|县|区|地|级|省|乡|镇|国|个|类|家|大|种)|等(?:国|地|市|县|省)")
#: determiners before a suffix (该集团, 此项目, 其公司): a reference back, no name
_DETERMINERS = frozenset("该此其各这那")


def _known_name_ends(text: str, pos: int, res) -> bool:
    """Does a lexicon name end at ``pos`` (a known name ending in 其 or 那)?"""
    return any(res.gazetteer.lookup(text[pos - n:pos]) is not None for n in range(2, 7) if pos - n >= 0)


#: what only a firm does right after its name (远航集团|落户, 远航集团|董事长)
_FIRM_ACTS = ("落户", "入驻", "进驻", "签约", "董事长", "总经理", "总裁", "是一家", "成立于", "总部位于", "旗下")


def _suffix_mentions(doc, text, tokens, res, seg, masks, raw_tokens=()):
    words = res.words
    not_names = res.word_set("not_names")
    stop = res.word_set("stop_tokens")
    generic = res.word_set("generic_names")
    kinds = _as_tuple(res.word_set("kind_openers"))
    plural = _as_tuple(res.word_set("plural_openers"))
    breaking = _as_tuple(res.word_set("name_breaking_words"))
    fw = res.word_set("function_words")
    ministry = res.word_set("ministry_stems")
    generic_prefixes = _union(res.word_set("generic_prefixes"), _LEVEL_PREFIXES)
    never = _never_re(res)
    weak = res.word_set("weak_descriptors")
    suffixes = res.suffixes
    alt, by_suffix = _suffix_tables(suffixes)
    found = list(alt.finditer(text))
    by_end: dict[int, list] = {}  # the suffixes ending at each place, and those places in order
    for f in found:
        by_end.setdefault(f.end(), []).append(f)
    ends = sorted(by_end)
    # a suffix inside a longer word (金泰工程|机械) walls no name either; asked
    # only of the walls a name reaches (the question costs a segmentation)
    in_word: dict[int, bool] = {}
    owned_ends: dict[int, str] = {}  # where a known firm's project ends, and the firm's name as written

    def real_wall(e: int) -> bool:
        if e not in in_word:
            in_word[e] = all(_suffix_in_word(f, raw_tokens, seg) for f in by_end.get(e, ()))
        return not in_word[e]

    walls_for = _walls_by_type(found, by_suffix)
    firm_ends = frozenset(f.end() for f in found if by_suffix[f.group()][0].startswith(
        ("company_legal", "company_corp", "company_group")))
    legal_ends = frozenset(f.end() for f in found if by_suffix[f.group()][0].startswith("company_legal"))
    # X工程|监理有限责任公司, 市政工程|设计有限公司: a works' word inside a firm's name
    works_in_firm = frozenset(f.end() for f in found if by_suffix[f.group()][0] == "project_engineering"
                              and _FIRM_GOES_ON.match(text, f.end()))
    firm_walls = walls_for("Company") - works_in_firm  # (such a works' word walls no firm's name)
    for m in found:
        suf = m.group()
        sid, typ, _, min_prefix = by_suffix[suf]
        end = m.end()
        if sid == "project_seaport" and not _port_place(text[max(0, m.start() - 8):m.start()], res):
            continue  # (香港, 港口: most 港 end no port's name; checked before the costly search)
        if end in works_in_firm and typ == "Project":
            continue  # X工程|监理有限责任公司: a firm's trade, no works' name
        if sid == "project_hub" and any(res.gazetteer.entries[n].type == "Initiative" for _, _, n in
                                        res.gazetteer.iter_matches(text[max(0, m.start() - 16):m.start()].lower())):
            continue  # 西部陆海新通道(铁海联运)|枢纽: a role on a corridor, no work's name
        if sid == "initiative_train":
            # 中越班列, 中老班列: a freight line named by the short names of the
            # places it joins (not 返程班列, 跨境集装箱班列: kinds of train)
            # (新开中越|班列: only the two characters before it, a verb's 新 may precede)
            if m.start() >= 2 and _places_short_names(text[m.start() - 2:m.start()], res):
                yield Mention(doc, m.start() - 2, end, text[m.start() - 2:end], typ, "suffix:" + sid,
                              key=text[m.start() - 2:end])
            continue
        if _department_word(text, end):
            continue  # 商务|部门: a kind of government department, no ministry's name
        if sid == "company_factory" and text.startswith(("内", "里", "房"), end):
            continue  # 监看|厂内, 厂房: a works. inside or its buildings, no works. name
        if sid == "org_taiwan_assoc" and text.startswith("会", end) and not text.startswith("会长", end):
            end += 1  # 梧州市台协会; but 玉林台协|会长
        if _inside_word(text, m.start(), end, _words_containing(suf, not_names)):
            continue  # 布局, 大学生: the suffix is part of an ordinary word
        if sid != "org_taiwan_assoc" and _suffix_in_word(m, raw_tokens, seg):
            continue  # 大学|生, 工程|机械 (but 台协 is read across jieba's 台|协会)
        if typ == "Project" and _suffix_in_sector(m, raw_tokens, res):
            continue  # 全国工程|机械行业, 海洋工程|装备: a sector's word
        if sid == "org_party_committee" and (m.start() in firm_ends or _known_company_before(text, m.start(), res)):
            continue  # X有限公司|党委书记, 玉柴集团|党委: a firm's party committee; its officials work for the firm
        walls = walls_for(typ) if typ != "Company" else firm_walls  # ends of names of other types, left of this one
        if typ == "Company" and text[m.start() - 1:m.start()] != "分" and sid not in (
                "company_factory", "company_bank_branch"):
            # 上市公司|港翔动力控股: a firm's name ends at 公司 (not a 分公司's or a
            # works' name: 柳钢集团一轧厂)
            walls = walls | firm_ends
        elif sid == "company_factory":
            walls = walls | legal_ends  # X有限公司|柳州新厂项目: a works' name ends at 有限公司
        start = _extend_left(text, tokens, m.start(), _INITIATIVE_STOPS if typ == "Initiative" else stop,
                             masks=masks, walls=_Walls(walls, real_wall),
                             allow_and=("及", "与") if typ == "Project" else ("和",) if typ == "Organization" else (),
                             limit=30 if typ == "Project" else 18,
                             firm_parts=(res.word_set("firm_name_verbs"), res.word_set("firm_name_parts"))
                             if typ == "Company" else (_FIRMS_WORD, res.word_set("firms_site_words"))
                             if typ in ("Project", "IndustrialPark") else ())
        if typ == "IndustrialPark" and start >= m.start() - 4 and text.endswith(_RANK_ENDS, 0, m.start()):
            start = _place_before_rank(text, tokens, start, m.start(), res, seg)
        if typ in ("IndustrialPark", "Organization"):
            zones_before = [e for e in ends[bisect_right(ends, start):bisect_left(ends, m.start() - 2)]
                            if any(by_suffix[f.group()][1] == typ for f in by_end[e])]
            if typ == "IndustrialPark":
                start = max([e for e in zones_before if any(_is_region(text[e:e + n], res) for n in (2, 3))] + [start])
                # 梧州陶瓷产业园|藤县中和集中区: a zone, then a county's part of it
            start = max([e + 1 for e in zones_before if e > start and text[e:e + 1] in ("及", "和", "与")] + [start])
            # 陶瓷产业园及|家居产业园, 材料研究院和|动力研究院: two zones or bodies joined,
            # the second named on its own
        if typ == "Project":
            start = max([e + 1 for e in ends[bisect_right(ends, start):bisect_left(ends, m.start() - 2)]
                         if text[e:e + 1] in ("及", "和", "与") and text.endswith(suf, 0, e)] + [start])
            # 吴江基地与|东莞基地: two works of one kind joined, the second named on its own
            j = text.find("与", start, m.start())
            if j > start and _is_region(text[start:j], res):
                start = j + 1  # 资源县与|灵川X风电场项目: a place and its partner's project
        ext_start = start
        if typ == "Project" and start in walls and real_wall(start):
            start = _owner_before_place(text, tokens, start, m.start(), by_end.get(start, ()), by_suffix, stop, masks, res)
        start = _joined_place_before(text, start, res)  # 河池·东莞工业加工区, 中国—东盟X中心
        if m.start() - start < min_prefix:
            continue
        if text[m.start() - 1] in _DETERMINERS and not _known_name_ends(text, m.start(), res):
            continue  # 占该|集团, 是此|项目: a determiner and the suffix point back, and name nothing
        if _EACH_PLACE.search(text, start, m.start()):
            continue  # 各市台协会, 广西各县工业园区, A、B等国驻南宁总领事馆: one of each place's, none named
        if sid in _MISSION_SUFFIXES:
            start = _country_start(text, start, m.start(), res)
            if start is None:
                continue  # 两国互设|总领事馆: a mission is named by its country (研究|美国大使馆)
        if "届" in text[start:m.start()] and (_THIS_TERM.search(text, start, m.start())
                                              or _NUMBERED_TERM.search(text, start, m.start())):
            continue  # 新一届|理事会, 本届组委会, 产生第七届|理事会: one term of a body, no name
            # (but 政协第九届全国委员会)
        start = _anchor_on_lexicon(text, start, end, typ, res)
        while (m.start() - start > 2 or m.start() - start == 2 and text[start + 1] in "市县区省") \
                and text[start] in _LEADING_VERBS and not _name_opens_with_and(text, start, res) \
                and not _opens_with_word(text, tokens, start, seg):
            start += 1  # 获|新鹏机器人, 从|市商务委: jieba glued a verb to an unknown name (but 经济
            # opens a word of the name: X经济技术合作有限公司)
        start = _after_glued_preposition(text, tokens, start, m.start(), seg)
        if (brk := _after_breaking_word(text, start, m.start(), breaking, opening=typ != "Initiative")) is not None:
            if m.start() - brk < min_prefix:
                continue  # 年中到|医院, 得益于|铁路: no name after the word of going or of cause
            start = brk  # 南到|黎湛铁路
        if text[start] == "有" and m.start() - start >= 3 and text.endswith(_HEADS_BEFORE_HAVE, 0, start):
            start += 1  # 入园企业有|远恒电子公司: 有 opens the list of what its head counts
        if typ == "Company" and m.start() - start == 2 and text[start] in _LEADING_VERBS and seg is not None \
                and not seg.is_common_word(text[start:m.start()]) and res.gazetteer.lookup(text[start:m.start()]) is None:
            continue  # 对|原公司: a preposition and one character name no firm
        if (j := text.rfind("即", start, m.start())) > start and text[j - 1] in "”\"」" and m.start() - j > 2:
            start = j + 1  # “两园”即|鼎丰工业园区: a quoted term, then 即 and the names it stands for
        cut = max(text.rfind(c, start, m.start()) for c in "的是在")
        if cut >= 0 and m.start() - (cut + 1) >= max(2, min_prefix):
            start = cut + 1  # 内的晟钰|科技: jieba glued a particle to an unknown name
        if sid.startswith("company_desc"):
            head = max((i + len(w) for w in res.word_set("brand_lead_nouns")
                        if (i := text.rfind(w, start, m.start())) >= 0), default=-1)
            if head > start and m.start() - head >= 2:
                start = head  # 港资饮料厂|宏泰食品, 进口商|嘉味源贸易: the firm noun before the brand
        if typ in ("IndustrialPark", "Project"):
            v = max((text.rfind(w, start, m.start()) + len(w) for w in _PLAN_VERBS + _REACH_VERBS
                     if text.rfind(w, start, m.start()) >= 0), default=-1)
            if v > start and m.start() - v < 2 and text.endswith(_REACH_VERBS, start, v):
                continue  # 合肥建有|生产基地, 分享|新区: a verb, then only the kind: no name
                # (but 建设|项目 ends a name: X平台建设项目)
            if v > start and m.start() - v >= 2:
                start = v  # 创新规划|滨江智谷, 全力支持|武钢配送中心项目: the verb is no part of its name
            ref = max((i for i in range(start, m.start() - 2) if text[i] in _REFERENCE_CHARS and any(
                res.gazetteer.lookup(text[i + 1:j]) is not None for j in (i + 3, i + 4, i + 5, end))), default=-1)
            if ref >= 0:
                start = ref + 1  # 柳东新区即|柳东高新区, 这里指|防城港产业园: the name starts with the place
            inner = text.rfind("项目", start, m.start() - 1) if typ == "Project" else -1
            if inner >= 2 and text[inner - 2:inner] in _PROJECT_LIST_HEADS and m.start() - (inner + 2) >= 4:
                start = inner + 2  # 在建重点项目|银海铝业年产…项目: a list's head is no part of the name
        lead = _DATE_LEAD.match(text, start, m.start())
        if lead:
            start = lead.end()  # 2024年自治区产业园区: the year is no part of the name
        if typ == "Project" and (volts := _VOLTAGE_LEAD.match(text, start, m.start())):
            start = volts.end()  # 500千伏|鹿寨变电站: the grid's voltage class is no part of the name
        if typ == "Company" and m.start() - start > 6:
            start = _restart_at_place(text, start, m.start(), res)
        start = _strip_function_lead(text, tokens, start, m.start(), res)
        if (lead := _DATE_LEAD.match(text, start, m.start())) and lead.end() > start:
            start = lead.end()  # 取得|2024年陆上风电项目: nor after a verb
        head = text[start:m.start()]
        if head.count(")") + head.count("）") > head.count("(") + head.count("（"):
            start = ext_start  # 冠捷科技(北海)有限公司: never start inside the brackets
        ji = text.rfind("暨", start, m.start())
        if ji > start and text.endswith(suf, start, ji):
            start = ji + 1  # X项目暨Y项目: two names of one event, each its own
        if text[start] == "以" and _YI_WEI.match(text, end):
            start += 1  # 以|X有限公司、Y等企业为核心: 以…为 frames the name
        if (k := text.rfind("除", start, m.start())) >= 0 and text.startswith(("外", "以外", "之外"), end):
            start = k + 1  # 除|X基金会外, 对除|高速公路以外: 除…外 frames the name
        if text[start] == "继" and m.start() - start >= 3 and _AFTER_FRAME.match(text, end):
            start += 1  # 继|X项目落户后, 这是继|X产业园之后, 继|X产业园、Y基地后: 继…后 frames the name
        if typ == "Project" and _PREDICATE_BEFORE.search(text, max(0, start - 24), start) \
                and _descriptive(text, tokens, start, m.start(), res, seg):
            continue  # 柳州是国家汽车零部件生产基地, 打造…中高端汽车制造基地: what a place is or becomes
        if typ == "IndustrialPark" and _SIZE_LEAD.match(text, start, m.start()):
            continue  # (打造成)千亿元电子信息产业园区: a size to reach, no park's name
        if typ in ("Project", "Organization") and (k := next((k for k in res.words.get("showroom_words", ())
                                                            if text.endswith(k, start, m.start())), None)) \
                and m.start() - len(k) in by_end:
            continue  # X合作中心|展示中心: the showroom of a named thing; the thing is the name
        if typ == "Company" and text.endswith(("上市", "挂牌"), start, m.start()):
            continue  # 东南亚股票市场上市公司, 新三板挂牌企业: a kind of firm, the listed ones
        if typ == "Company" and suf == "集团" and _described_firm(text[start:m.start()], res):
            continue  # 上海市国有大型化工集团: a kind of group, not one group's name
        if typ == "IndustrialPark" and suf.startswith("产业") and _generic_core(text[start:m.start()], res):
            continue  # 广西战略性新兴产业城: a title, a kind of zone, not one zone's name
        if typ == "Project" and _market_base(text[start:m.start()], res):
            continue  # 东南亚出口基地: a base for a market abroad, no project's name
        if typ == "Project" and _national_title(text, tokens, start, m.start(), res, seg):
            continue  # 国家汽车及零部件出口基地, 中国新能源汽车城: a title a place holds
        if typ == "Project" and suf == "工程" and (
                text.startswith(_as_tuple(_union(res.word_set("titles"), _TITLE_HEADS)), end)
                or _descriptive(text, tokens, start, m.start(), res, seg, strict=True)):
            continue  # 制造工程|总监: a trade in a title; 海上风电与海洋工程: sectors, not a work
        if typ == "Project" and strip_quotes(text[start:end]).endswith(_as_tuple(res.word_set("generic_project_ends"))):
            continue  # 2025年一季度重大项目, 中国援外项目, 新能源汽车新项目: a kind of project
        if typ == "Project" and suf.endswith("中心") and (
                _body_at(text, start, m.start(), res)
                or text.startswith(_as_tuple(res.word_set("titles")), end) and not _firms_own(text, start, res)):
            typ = "Organization"  # 科技部火炬高技术产业开发中心: a body's agency, no facility;
            # 港航发展中心|主任: a centre with a head is a body (but a firm's centre is the
            # firm's: 优必选科技制造中心|总经理)
        if typ == "Organization" and suf not in _SUB_BODIES and (h := res.gazetteer.lookup(text[start:m.start()])) \
                is not None and h[1].type == "Organization":
            continue  # 商务部|发改委: two bodies side by side, not one body's name (but a body's
            # institute: 工信部|研究院)
        if typ == "Project" and _COUNT_BEFORE.search(text, max(0, start - 4), start) \
                and (_descriptive(text, tokens, start, m.start(), res, seg)
                     or _PLURAL_COUNT_BEFORE.search(text, max(0, start - 6), start)):
            continue  # 建设一座|现代化工程机械制造工厂: a kind of works, counted (建设20个|X项目: several)
        if typ == "Project" and _COUNT_AFTER.match(text, end):
            continue  # 签约入园X生产项目|10个: a kind of project, counted after its name
        if sid.startswith("company_legal") and _BUSINESS_WORDS.fullmatch(text[start:m.start()]):
            # 柳州北部新区|投资发展有限公司: business words alone are the firm of the
            # zone or place named right before them (over the zone's end), or of no one
            wider = _extend_left(text, tokens, m.start(), stop, masks=masks,
                                 firm_parts=(res.word_set("firm_name_verbs"), res.word_set("firm_name_parts")))
            if wider >= start or not _has_proper_element(text, tokens, wider, start, res, seg, "IndustrialPark"):
                continue
            start = wider
        name = text[start:end]
        key = strip_quotes(name)
        prefix = strip_quotes(text[start:m.start()])
        if not prefix or typ in ("Project", "IndustrialPark") and prefix[-1] in "在的":
            continue  # 摆放在|码头, 城市的|工业园区: a kind of place after a particle, no name
        if key in generic or prefix in generic or prefix in stop:
            continue
        if typ in ("IndustrialPark", "Project") and prefix[0] in _POINTING and res.gazetteer.lookup(prefix[:2]) is None \
                and res.gazetteer.lookup(prefix[:3]) is None:
            continue  # 该批产业项目, 这座码头, 各园区: pointing back or to every one, naming none
        if suf == "中心" and prefix[-1] in "市城" and 2 <= len(prefix) <= 5 and (
                _is_region(prefix[:-1], res) or _is_region(prefix, res)):
            continue  # 柳州市中心, 梧州城中心: the middle of a town, no centre's name
        if typ in ("IndustrialPark", "Project", "Initiative") and prefix in fw and res.gazetteer.lookup(prefix) is None:
            continue  # 促进|新区, 满足|新区: a verb and a zone's kind name no zone
        if not any(is_cjk(c) or c.isalpha() for c in prefix) or "%" in prefix or "％" in prefix:
            continue  # (同比大增67.3%|公司…: a figure, across a joined line break, is no name)
        if typ in ("IndustrialPark", "Project", "Organization") and prefix.startswith(kinds) or \
                typ == "IndustrialPark" and text.endswith(kinds, 0, start) or \
                typ == "Project" and text.endswith(plural, 0, start):
            continue  # 一批|桂台现代农业合作园区, 全国性对台合作园区, 新建多个|熟料基地, 部分|实验室: a
            # kind of zone, site or body, not one (but 商务部公布新一批|广西汽车出口基地: a title, each base holds it)
        if prefix[0] == "一" and text[start - 1:start] in ("又", "另", "再") and typ != "Company":
            continue  # 又|一重量级装备项目, 另|一大型基地: one more of a kind, not a name
        if re.match(r"^[\d一二三四五六七八九十百千两多几]+[个家大所项座批条名位类种]", prefix) or (
                prefix[0].isdigit() and typ == "Company"):
            continue  # 150个国家重点实验室, 5大全球研发基地: a count of things, not a name
        if re.fullmatch(r"第[\d一二三四五六七八九十]+(?:期|号|座|个)?", prefix):
            continue  # 第二工厂: an ordinal names no project
        if never.search(prefix) or typ in ("Company", "Organization") and any(
                w in prefix for w in words.get("never_in_firm_name", ())):
            continue  # 小李是北京某大学: a clause, not a name (利用银行: a verb, no firm's
            # name, though 资源综合利用项目 names a project)
        if typ == "Organization" and sid in _GOV_BODIES and (j := text.rfind("与", start, m.start())) > start \
                and any(_is_region(text[j + 1:j + 1 + n], res) for n in (2, 3, 4)):
            start = j + 1  # X工业园与|广西省政府: two parties, the government is the second
            name, key, prefix = text[start:end], strip_quotes(text[start:end]), strip_quotes(text[start:m.start()])
        if sid in _PLACE_NAMED_BODIES and not _GOV_PREFIX.match(key) and \
                res.gazetteer.lookup(key[:2]) is None and res.gazetteer.lookup(key[:3]) is None:
            continue
        if (sid in ("org_party_committee2", "org_party_committee") or sid == "org_committee2" and text.startswith(
                _as_tuple(_union(res.word_set("titles"), _TITLE_HEADS)), _RANK_LEAD.match(text, end).end())) and \
                any(prefix.endswith(x[2]) for x in suffixes if x[1] == "IndustrialPark"):
            # 柳州高新区党工委, 柳州高新区管委会|主任: the zone's own party committee or
            # its officials' employer is the zone (but the 管委会 acting on its own
            # is a body: 柳州高新区管委会与X签约)
            yield Mention(doc, start, m.start(), text[start:m.start()], "IndustrialPark",
                          "suffix:park_committee", key=strip_quotes(text[start:m.start()]))
            continue
        if sid == "company_fund" and not _fund_name(text, start, end, prefix, res):
            continue  # 国家自然科学基金, 公募基金, 对冲基金: a programme or a kind of fund
        if sid == "org_ministry" and prefix not in ministry and not any(
                prefix.endswith(st) and prefix[:-len(st)].endswith(("委", "党组"))
                and prefix[:-len(st)] not in ("党委", "党组", "工委", "党工委") for st in ministry):
            continue  # (柳州市委|宣传|部, 自治区党委|组织|部: a party committee's department)
        if sid == "org_ministry" and prefix in _PARTY_DEPARTMENTS:
            continue  # 市委常委、统战部部长: a party committee's department named bare is the committee's
        if sid == "org_ministry_dept" and not _ministry_department(prefix, res):
            continue  # 上司, 该司: a department only of a known ministry (商务部|外资|司)
        if sid in ("org_invest_assoc", "org_taiwan_assoc") and not any(
                _is_region(text[start:start + n], res) for n in (2, 3, 4)):
            continue  # (南宁市|台商投资企业协会, 玉林|台协: such an association is named after its
            # place; 希望|台协会, 县台办对|台协会: a verb or a body before it names none)
        if sid.startswith("company_desc") and text.startswith(("产业", "行业", "企业"), end):
            continue  # 做强木业|产业, 规上鞋业|企业: a sector named with its trade word, no firm
        if sid.startswith("company_desc") and not _unknown_name_before(text, tokens, start, m.start(), res, seg):
            continue  # 智能科技, 新能源: a descriptor needs a brand (飞沃科技, 三松自动化)
        if suf in weak and not _firm_context(text, start, end):
            continue  # 网购家电, 自建物流: an everyday word needs a firm's context
        bank_brand = sid in ("company_bank", "company_bank_branch") and _one_word_brand(
            prefix if sid == "company_bank" else prefix.split("银行")[0], seg, words)
        if sid in ("company_group", "company_corp", "company_factory", "company_fund", "company_bank",
                   "company_bank_branch", "company_legal_5") and not bank_brand and not _has_proper_element(
                text, tokens, start, m.start(), res, seg, typ, allow_long=sid != "company_factory") \
                and not (sid != "company_factory" and text.endswith(("企业", "公司"), 0, start)
                         and m.start() - start >= 2) \
                and not (sid == "company_group" and text.startswith(_FIRM_ACTS, end)
                         and 2 <= m.start() - start <= 4 and all(is_cjk(c) for c in prefix)
                         and prefix not in generic_prefixes and res.gazetteer.lookup(prefix) is None):
            continue  # 锻造集团, 平台公司: no name before the suffix (but 港资企业|华丰集团
            # and 远航集团|落户 are named as firms)
        in_paren = (start > 0 and text[start - 1] in "（(" and text[end:end + 1] in ("）", ")")
                    and any(text.endswith(x[2], 0, start - 1) for x in suffixes if x[1] == typ))
        if (prefix in generic_prefixes and not (typ == "Organization" and prefix in _GOV_LEVELS)) or (
                sid != "org_invest_assoc" and any(
                    prefix[n:] in generic_prefixes and prefix[n:] not in _RANKS and _is_region(prefix[:n], res)
                    for n in (2, 3))):
            continue  # 升级为国家高新区, 香港上市公司: a rank or a kind, not a name (but
            # 自治区港澳办 is the region's own office, 广西外商投资企业协会 the region's association)
        if sid == "park_port_area" and any((h := res.gazetteer.lookup(key[n:])) is not None and h[1].type == "Region"
                                           for n in range(len(key) - 2)):
            continue  # (日照市)东港区: a city's district, named like a port's area
        if sid.startswith("project_rail_station") and not any(_is_region(prefix[:n], res) for n in (2, 3, 4)):
            continue  # 加油站, 服务中心站: a station is named after its place (南宁东站, 钦州港东站)
        # 生物质发电项目（灵川）: a project listed with its county in brackets is a named one
        sited = typ == "Project" and _bracketed_site(text, end, res) is not None
        if typ in ("Project", "IndustrialPark") and sid not in _ROUTE_SUFFIXES and (
                cut := _after_route_verb(text, tokens, start, m.start(), res, "destination_verbs")) > start:
            start = cut  # 从钦州港起航发往|X风电项目: where the goods go, the verb no part of the name
            name, key, prefix = text[start:end], strip_quotes(text[start:end]), strip_quotes(text[start:m.start()])
        # X公司A项目、|B项目: an item after a firm's project in a list is the firm's too
        listed_owner = owned_ends.get(start - 1) if typ == "Project" and text[start - 1:start] == "、" else None
        if sid in _PLACE_NAME_SUFFIXES:
            if sid == "project_seaport":
                port = _port_place(prefix, res)
                if res.gazetteer.lookup(key) is not None or not port:
                    continue  # 防城港, 贵港 are cities; a port is named after its place (钦州港, 柳州铁路港)
                start = m.start() - len(port)  # 广西|钦州港
                name, key = text[start:end], strip_quotes(text[start:end])
            elif sid in _VENUE_SUFFIXES and (not any(_is_region(text[start:start + n], res) for n in (2, 3, 4))
                                             or m.start() - start > 8):
                continue  # 南宁展览馆, 百色博物馆: a hall is named after its place (not 去过博物馆)
            elif sid in ("project_road", "project_bridge") and not _road_works(text, start, end, res):
                continue  # 阳和大道 on a test route, 位于X大道: a road as an address, no works
            elif sid in _POWER_SUFFIXES and (_descriptive(text, tokens, start, m.start(), res, seg, common=20)
                                             or _STATION_WORKS.match(text, end) or text[m.start() - 1:m.start()] in ("充", "换")
                                             or _STATION_NOT_NAMED.search(prefix)):
                continue  # 光伏电站, 大型电站: a kind of station, named by its sector or size; X风电场|项目:
                # the project's name holds the station's; 充电站 charges cars, it makes no power;
                # 境内首座X电站, 全国闻名电站: a rank or a fame, no name
            # 曙光大道, 九子岭公园, 南宁机场: a road, bridge, venue or station is named by its prefix
        elif sid in _ROUTE_SUFFIXES:
            if text.startswith(_BELT_AFTER, end):
                continue  # 粤桂跨高铁路|经济带: a belt along the line, named by it
            if text[start - 1:start] in ("至", "到") and (n := next(
                    (k for k in (3, 2) if _is_region(text[start - 1 - k:start - 1], res)), None)):
                start -= 1 + n  # 南宁至|友谊关高速公路: the line runs from a place
                name, key = text[start:end], strip_quotes(text[start:end])
            start = _after_route_verb(text, tokens, start, m.start(), res)
            name, key = text[start:end], strip_quotes(text[start:end])
            if not _route_name(text, tokens, start, m.start(), res, seg, sid):
                continue  # 抵边铁路, 城际铁路: a kind of line, not a named one
        elif typ in ("Project", "IndustrialPark") and not suf.endswith(_ZONE_SUFFIXES) and not in_paren and not sited \
                and listed_owner is None and not (
                proper := _has_proper_element(text, tokens, start, m.start(), res, seg, typ)) and not (
                typ == "Project" and text[max(0, start - 4):start].endswith(_BUILD_VERBS)
                and not _descriptive(text, tokens, start, m.start(), res, seg, common=20)):
            continue  # 绿色工业园区, 建设新能源整车基地: a kind of park or works (but 建设西津水利枢纽工程
            # names the work it builds: 西津 is a rare word, a place's name)
        elif typ == "Project" and not suf.endswith(_ZONE_SUFFIXES) and not in_paren and not sited \
                and listed_owner is None and proper and not \
                _has_proper_element(text, tokens, start, m.start(), res, seg, typ, sectors=False) and not \
                _firm_builds(text, start, firm_ends, res):  # (``proper`` is set: the branch above was tried)
            continue  # 新能源汽车基地, 先进制造业基地: a kind of site, named by its sector (but 广西汽车集团
            # 在柳东新区建设新能源整车基地 is the firm's own base)
        if sid == "park_industry_zone" and not _has_proper_element(text, tokens, start, m.start(), res, seg, "Project",
                                                                   sectors=False):
            continue  # 农产品加工产业区: a zone's sector district, named by its sector only
        if typ == "Project" and any(e == end - start and e - s >= 4 and res.gazetteer.entries[n].type == "Company"
                                    for s, e, n in res.gazetteer.iter_matches(text[start:end].lower())):
            continue  # X集团|Y工程 (a known firm so named): a firm's name that ends like a works' name
        if sid in ("project_project", "project_engineering"):
            hit = res.gazetteer.lookup(prefix)
            if hit is not None and hit[1].type in ("Company", "Region", "Industry"):
                continue  # 柳工项目, 机器人项目: a generic project of a named thing
        elif typ == "Company" and (hit := res.gazetteer.lookup(prefix)) is not None and hit[1].type == "Industry":
            continue  # 两家人形机器人公司, 新能源汽车企业: a kind of firm, named by its sector
        elif typ == "Company" and (w := _FIRMS_OF_A_FIRM.search(prefix)) is not None and w.start() >= 2 \
                and (hit := res.gazetteer.lookup(prefix[:w.start()])) is not None and hit[1].type == "Company":
            continue  # 柳工|全球|公司, X集团|海外|企业: a known firm's companies, none named
        if sid == "org_command" and text[start] in "县市区" and m.start() - start >= 3 \
                and not any(_is_region(text[start:start + n], res) for n in (2, 3)):
            start += 1  # 县|X产业发展指挥部: the story's county runs it; the body's name follows
            name, key = text[start:end], strip_quotes(text[start:end])
        if listed_owner is not None and not key.startswith(listed_owner) \
                and not _firm_opening(text, start, min(start + 8, m.start()), res) \
                and not _has_proper_element(text, tokens, start, m.start(), res, seg, typ, sectors=False):
            key = listed_owner + key  # (…、|研发中心项目: the firm's, keyed by its name; but
            # 万科X综合体、|碧桂园Y综合体 is another firm's)
        if typ == "Project" and (owner := _firm_opening(text, start, min(start + 8, end - 2), res)) \
                and end - start - len(owner) - len(suf) >= 2:
            owned_ends[end] = owner  # 柳工|工程机械基地项目: a known firm's project, ending here
            # (航天科技|中心: a firm's name and the suffix only, no project of the firm's)
        if sid == "org_bureau" and _ORDINAL_BUREAU.search(name):
            typ = "Company"  # 中建五局, 中铁十一局: a state builder's numbered bureau is a firm
        yield Mention(doc, start, end, name, typ, "suffix:" + sid, key=key)


#: the kinds of thing a list after 有 counts (新入园的项目有|A公司、B公司)
_HEADS_BEFORE_HAVE = ("项目", "企业", "公司", "单位", "厂商", "品牌")


#: the suffixes of bodies that need their place or level written first (柳州市商务局, 省政协)
_PLACE_NAMED_BODIES = frozenset(("org_bureau", "org_dept", "org_committee", "org_gov2", "org_office",
                                 "org_party_committee", "org_cppcc"))
#: the suffixes of government bodies, named after their place (广西省政府, 柳州市人民政府)
_GOV_BODIES = _PLACE_NAMED_BODIES | {"org_gov"}


#: words that point back or to every one of a kind (该批, 这座, 各): no name opens with them
_POINTING = frozenset("该这此其各每")


#: prepositions that open no name: a name begins after them, even inside a jieba word (平台|由玉侨|协会)
_NAME_NEVER_AFTER = frozenset("由被把")


def _after_breaking_word(text: str, start: int, end: int, words: tuple, opening: bool = False) -> int | None:
    """Where a would-be name ``text[start:end]`` would begin after the last
    word of ``words`` inside it, or None when it holds none. A one-character
    word opening the name is part of it (到家集团); with ``opening``, a longer
    one is not (坐落于|X片区).

    >>> _after_breaking_word("南到黎湛铁路", 0, 4, ("到",))
    2
    >>> _after_breaking_word("到家集团", 0, 2, ("到",)) is None
    True
    >>> _after_breaking_word("坐落于北岸片区", 0, 5, ("坐落于",), opening=True)
    3
    """
    best = None
    for w in words:
        lo = start if opening and len(w) >= 2 else start + 1
        i = text.rfind(w, lo, end)
        if i >= lo and (best is None or i + len(w) > best):
            best = i + len(w)
    return best


def _after_glued_preposition(text: str, tokens, start: int, end: int, seg) -> int:
    """Where a name begins that jieba read with a preposition glued to its
    first characters (平台|由玉侨|协会: 玉侨协会): after the preposition,
    when two characters or more are left; else ``start``."""
    for k in range(start + 1, end - 2):
        if text[k] in _NAME_NEVER_AFTER and (t := _token_at(tokens, k + 1)) is not None and t.start == k \
                and len(t.text) >= 2 and (seg is None or not seg.is_common_word(t.text, 1)):
            return k + 1
    return start


def _after_route_verb(text: str, tokens, start: int, stop: int, res, verbs: str = "route_verbs") -> int:
    """Where a line's name begins after a verb of travelling on it that the
    left edge took in (利用|黔桂铁路, 开行|中越铁路, a verb jieba glued on: 走X|铁路): after
    the last such verb (``words.json`` ``route_verbs``; for a project or a
    zone ``destination_verbs``: 起航发往|X风电项目) that opens the prefix or a
    word of it, when two characters or more are left; else ``start``."""
    best = start
    for v in res.words.get(verbs, ()):
        i = text.find(v, start, stop)
        while i >= 0:
            if stop - (i + len(v)) >= 2 and (i == start or (t := _token_at(tokens, i + 1)) is not None
                                              and t.start == i):
                best = max(best, i + len(v))
            i = text.find(v, i + 1, stop)
    return best


def _road_works(text: str, start: int, end: int, res) -> bool:
    """Does the sentence of a road or bridge say it is built or opened
    (文昌大道建成通车, 竣工项目：…X路)?  Else it is an address or a route."""
    sentence = sentence_around(text, start, end)
    return any(w in sentence for w in res.words.get("road_works", ()))


def _fund_name(text: str, start: int, end: int, prefix: str, res) -> bool:
    """Is ``text[start:end]`` (``prefix`` + 基金) a fund's own name: short, with
    no kind of fund (对冲, 公募, 产业), and holding a known place, zone or firm
    (广西|北部湾基金) or spoken of as a firm (海丝基金与X签署)?"""
    if len(prefix) > 6 or _GOV_PREFIX.match(prefix) or any(k in prefix for k in res.words.get("fund_kinds", ())):
        return False
    if _firm_context(text, start, end):
        return True
    g = res.gazetteer
    return any((h := g.lookup(prefix[i:j])) is not None and h[1].type in ("Region", "IndustrialPark", "Company")
               for i in range(len(prefix)) for j in range(i + 2, len(prefix) + 1))


def _opens_with_word(text: str, tokens, start: int, seg) -> bool:
    """Does a frequent word (经济, 对外) start at ``start`` as a token of its own?"""
    tok = _token_at(tokens, start + 1)
    return seg is not None and tok is not None and tok.start == start and tok.end - start >= 2 \
        and seg.is_common_word(text[start:tok.end])


def _firm_builds(text: str, start: int, firm_ends, res) -> bool:
    """Does a firm named earlier in the clause (a known one, or one with a
    firm's suffix) build the name at ``start`` (广西汽车集团在柳东新区建设|
    新能源整车基地, X公司开发两个项目：|智能家电配件项目)?"""
    cs = max(text.rfind(c, 0, start) for c in "，,。；;！？\n") + 1
    firm = min([e for e in firm_ends if cs < e < start] + [
        cs + e for _, e, n in res.gazetteer.iter_matches(text[cs:start].lower())
        if res.gazetteer.entries[n].type == "Company"], default=None)
    return firm is not None and any(text.find(v, firm, start) >= 0 for v in _BUILD_VERBS + ("开发",))


def _firm_opening(text: str, start: int, stop: int, res) -> str:
    """The longest known firm's name, as written, that the text at ``start``
    opens with and that ends by ``stop`` (优必选|科技制造中心), or ""."""
    return next((text[start:start + n] for n in range(stop - start, 1, -1)
                 if (h := res.gazetteer.lookup(text[start:start + n])) is not None and h[1].type == "Company"), "")


def _firms_own(text: str, start: int, res) -> bool:
    """Does the name at ``start`` open with a known firm's name (优必选|科技制造中心)?"""
    return bool(_firm_opening(text, start, start + 6, res))


_RANK_ENDS = tuple(_RANKS)


#: what a line names when it is written before them (…铁路经济带)
_BELT_AFTER = ("经济带", "经济走廊", "经济圈", "沿线", "走廊", "产业带")


#: a verb whose complement says what something is or becomes, and the
#: modifiers up to the name (打造国际知名、国内一流的|…基地; 把X建成|…基地, but 已建成 a
#: facility that stands): a description, no name
_PREDICATE_BEFORE = re.compile(r"(?:打造成?为?|建成为|(?<![已经])建成|建设成为?|成为|是|作为|定位为|发展成为?)"
                               r"(?:[^，,。；;：:！!？?“”()（）]{0,24}的)?$")


#: a rank before a title (常务|副主任, 常务副|主任)
_RANK_LEAD = re.compile(r"(?:常务)?副?")
#: what may follow a trade in a title (工程师, 工程部)
_TITLE_HEADS = frozenset(("师", "部", "处"))
