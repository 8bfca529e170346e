"""Stage 7, *relate*: the nine relations from trigger words and patterns.

Works on one document's sentences and resolved mentions.  Every relation
keeps its evidence sentence and the id of the rule that produced it; a
rule's confidence is its precision measured on the development articles
(``data/patterns/rule_confidence.json``, by ``benchmarks/rule_precision.py``;
:data:`CONFIDENCE` holds fallbacks).  Coreference: 新区 / 高新区 / 这里 stand
for the story's zone (a zone it names often), 我市 / 全市 for its city,
该公司 / 集团 / 公司 for the last company named, 该项目 / 项目 for the last
project; a clause without a subject takes the sentence's or paragraph's.

Rules
-----
``name``       names that contain other names: 柳工全球创新中心 → 柳工 develops
               it; 柳州市柳东新区 → locatedIn 柳州; 柳东新区安吉物流园 → partOf
               柳东新区; 深圳大族激光 → locatedIn 深圳; a project named after
               an industry → inIndustry.
``hier``       regions in the region hierarchy, in one sentence or (districts,
               cities, bloc members) in one story → partOf.
``subpark``    smaller parks in a story about one zone → partOf.
``located``    位于/落户/入驻, 在 X 落地, 位于 X 的 Y → locatedIn.
``topic``      companies and projects named in a sentence about a zone or
               city (with a settling verb for a city) → locatedIn.
``focus``      a zone or region 聚焦/培育/发展 … industries → inIndustry.
``industry``   a company and an industry in one clause → inIndustry.
``adjacent``   柳州螺蛳粉, 柳州新能源汽车产业 → the place inIndustry the sector;
               东莞的华科电子, 台中永锋液压 → the firm locatedIn the place.
``pillar``     X、Y是柳州的支柱产业 → inIndustry.
``coref``      the story's zone or city for sentences that name no subject.
``export``     出口/远销/销往 … regions, 对 X 出口 → exportsTo.
``coop``       A 与 B 合作/签约/共建, A 对接 B, 由 A、B 合作共建 → cooperatesWith.
``short_names`` 桂港合作, 中越经贸交流: the partners' one-character short names
               (words.json ``region_abbreviations``), each named in full in the story.
``invest``     A 投资 B, A 在 R 投资, A 与 B 签署投资协议 → investsIn.
``title``      employer + title + person → worksFor.
``product``    a company and a product in a sentence with 生产/推出/下线/车型 → produces.
``build``      a project with 建设/推进/投产 …: its builder (A 在 X 建设 P), else
               the sentence's zone or region → develops.

Examples
--------
>>> from kg.model import Mention, Sentence
>>> text = "柳工与湖南大学签署合作协议。"
>>> ms = [Mention("d", 0, 2, "柳工", "Company", "lexicon", key="柳工"),
...       Mention("d", 3, 7, "湖南大学", "Organization", "lexicon", key="湖南大学")]
>>> rels = relate("d", text, [Sentence(0, 0, len(text), text, 0)], ms, None)
>>> [(r.head, r.relation, r.tail) for r in rels]
[('柳工', 'cooperatesWith', '湖南大学')]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .focus import BIG_PARK_SUFFIXES as _BIG_PARK
from .focus import story_focus
from .model import Evidence, Mention, Relation
from .normalise import is_cjk

__all__ = ["relate", "CONFIDENCE"]

#: fallback confidences; the measured ones (benchmarks/rule_precision.py)
#: are in data/patterns/rule_confidence.json
CONFIDENCE = {
    "name": 0.8, "hier": 0.85, "subpark": 0.6, "located": 0.75, "focus": 0.7,
    "pillar": 0.8, "export": 0.8, "coop": 0.75, "invest": 0.7, "title": 0.85,
    "product": 0.7, "build": 0.6, "coref": 0.6, "industry": 0.55, "topic": 0.5, "adjacent": 0.6,
    "short_names": 0.7,
}

_FOREIGN_KINDS = frozenset({"country", "bloc", "continent", "economic_region", "region", "subregion", "gulf", "sar"})
_LOCAL_ORG = ("中学", "小学", "幼儿园", "二中", "一中", "三中", "分校", "校区", "医院", "分院")
_ADVERBS = re.compile(r"还|也|已经|已|并|将|正在|正|积极|大力|主动|同时|此外|另外|近日|目前|今年|去年|"
                      r"推进|推动|加速|深化|继续|持续|开展|促进|通过|围绕|力争|计划|拟|"
                      r"不断|进一步|加快|加强|加大|扩大|寻求|更是|深入|全力|全面|共同|双方|三方|多方|就|都|又|再|均|曾|先后|相继|分别|"
                      r"[\s“”\"「」]")
_ADMIN_CHILD_KINDS = frozenset({"city", "district", "county", "county_city", "autonomous_county",
                                "prefecture", "autonomous_prefecture", "banner", "league"})
_CLAUSE = re.compile(r"[，,；;：:]")
_DEFAULT_TRIGGERS = {
    "locatedIn": ["位于", "落户", "入驻", "进驻", "落地", "坐落", "扎根", "选址"],
    "inIndustry_subject": ["聚焦", "培育", "发展", "壮大", "打造", "布局", "做强"],
    "inIndustry_pillar": ["支柱产业", "主导产业", "优势产业"],
    "exportsTo": ["出口", "远销", "销往", "出海"],
    "cooperatesWith": ["合作", "签约", "签署", "共建", "携手", "对接", "联合"],
    "investsIn": ["投资", "注资", "增资"],
    "produces": ["生产", "推出", "下线", "研发", "量产"],
    "develops": ["建设", "推进", "投产", "开工", "竣工", "建成", "启动"],
}
_COREF = {"IndustrialPark": ("该新区", "新区", "高新区", "开发区", "该园区"),
          "Company": ("该公司", "该企业", "该集团", "集团", "公司"),
          "Project": ("该项目", "项目", "该基地", "该工厂"),
          "Region": ("我市", "全市", "该市"),
          "Organization": ("研究院", "研究所", "协会", "商会", "学院"),
          "here": ("这里", "此地")}

#: the trigger lists that :meth:`_Doc.in_text` is asked for
_IN_TEXT_LISTS = frozenset(("locatedIn", "locatedIn_park", "locatedIn_holds", "inIndustry_pillar", "exportsTo", "exportsTo_launch",
                            "cooperatesWith", "investsIn"))


@lru_cache(maxsize=8)
def _word_finder(words: tuple):
    """Aho-Corasick automaton of ``words`` as UTF-8 bytes (latin-1 strings,
    as :class:`kg.resources.Gazetteer` does: a root of a few lead bytes is
    searched faster than one of a hundred characters)."""
    import ahocorasick

    A = ahocorasick.Automaton()
    for w in words:
        if w:
            A.add_word(w.encode("utf-8", "surrogatepass").decode("latin-1"), w)
    if len(A):
        A.make_automaton()
    return A


def _words_in(text: str, words: tuple) -> frozenset:
    """The words of ``words`` that ``text`` holds (``{w for w in words if w in
    text}``), in one scan of the text instead of one search per word (a
    match of UTF-8 bytes is a match of characters: no character's bytes start
    inside another's).

    >>> sorted(_words_in("柳州新区的项目", ("新区", "项目", "公司", "州新", "")))
    ['', '州新', '新区', '项目']
    """
    A = _word_finder(words)
    found = {w for _, w in A.iter(text.encode("utf-8", "surrogatepass").decode("latin-1"))} if len(A) else set()
    if "" in words:
        found.add("")  # (in every text)
    return frozenset(found)


@lru_cache(maxsize=64)
def _words_re(words: tuple[str, ...], head: str = "", tail: str = "") -> re.Pattern:
    """``head`` (any of ``words``) ``tail`` as one compiled regex, longest word first.

    >>> _words_re(("携手", "联合"), tail="$").search("广西携手") is not None
    True
    """
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
    return re.compile(f"{head}(?:{alt}){tail}")


class _Doc:
    def __init__(self, doc, text, sentences, mentions, res, focus=None):
        self.doc = doc
        self.text = text
        self.sentences = sentences
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = None
        self.trig = dict(_DEFAULT_TRIGGERS)
        self.res = res
        if res is not None:
            self.trig.update({k: v for k, v in res.triggers.items() if not k.startswith("_")})
        self.out: dict[tuple[str, str, str], list[Evidence]] = {}
        #: project → the firm it is named after (柳工|全球创新中心), built or not
        self.named_owner: dict[str, str] = {}
        self.conf = (res.confidence or {}) if res is not None else {}
        self.main = focus if focus is not None else story_focus(
            mentions, res.gazetteer if res is not None else None)
        self.types = {m.key: m.type for m in mentions}
        self.signatures = {k: v for k, v in (res.triggers.get("_signatures", {}) if res is not None else {}).items()
                           if not k.startswith("_")}
        self._by_type_mentions: dict[str, list] = {}
        for m in self.mentions:
            self._by_type_mentions.setdefault(m.type, []).append(m)
        self._by_type = {t: ([m.start for m in ms], [m.key for m in ms])
                         for t, ms in self._by_type_mentions.items()}
        self.sentence_starts = [x.start for x in sentences]
        self.paragraph_start: dict[int, int] = {}
        for x in sentences:
            self.paragraph_start.setdefault(x.paragraph, x.start)
        self._in_text: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._present: frozenset | None = None
        #: per type, the words of _COREF that the text holds
        self.coref_words = [(typ, found) for typ, words in _COREF.items()
                            if (found := tuple(w for w in words if w in text))]
        #: the titles of the data files, as one tuple for ``str.startswith``
        self.titles = tuple(res.words.get("titles", ())) if res is not None else ()
        #: what continues a name after a bracketed place (冠捷科技(北海)|有限公司)
        self.name_goes_on = tuple(res.words.get("name_continuations", ())) if res is not None else ()
        #: a head of state's or government's titles (波兰|总理X: titled by the country)
        self.leader_titles = tuple(res.words.get("foreign_leader_titles", ())) if res is not None else ()
        self._word_res: dict[tuple[str, str, str], re.Pattern] = {}

    def word_re(self, name: str, head: str = "", tail: str = "") -> re.Pattern:
        """The word list ``name`` of ``words.json`` as one regex (longest word
        first) between ``head`` and ``tail``; never matches when the list is
        missing."""
        key = (name, head, tail)
        if key not in self._word_res:
            words = tuple(self.res.words.get(name, ())) if self.res is not None else ()
            self._word_res[key] = _words_re(words, head, tail)
        return self._word_res[key]

    def in_text(self, *names: str) -> tuple[str, ...]:
        """The words of the trigger lists ``names`` (in their order) that the
        text holds: a sentence holds no other.  Found once per document."""
        found = self._in_text.get(names)
        if found is None:
            if self._present is None:  # the words of all the lists asked for, in one scan of the text
                self._present = _words_in(self.text, tuple(w for n in _IN_TEXT_LISTS for w in self.trig.get(n, ())))
            present = self._present
            found = self._in_text[names] = tuple(
                w for n in names for w in self.trig.get(n, ())
                if (w in present if n in _IN_TEXT_LISTS else w in self.text))
        return found

    def add(self, head, rel, tail, sent, rule):
        if head is None or tail is None or head == tail or not self._fits(head, rel, tail):
            return
        if rel == "cooperatesWith":
            if self._own_part(head, tail) or self._own_part(tail, head):
                return  # 柳州 and its own 市政府 or zone are one side, not partners
            if self.types.get(head) == "Region" and tail.startswith(head) or \
                    self.types.get(tail) == "Region" and head.startswith(tail):
                return  # 香港 and 香港贸易发展局: a place and its own body are one side
            head, tail = sorted((head, tail))
        ev = Evidence(self.doc, sent.text, sent.start, sent.end, self.conf.get(rule, CONFIDENCE[rule]), rule)
        self.out.setdefault((head, rel, tail), []).append(ev)

    def _fits(self, head: str, rel: str, tail: str) -> bool:
        """Do the head's and tail's types fit the relation (``_signatures``
        in triggers.json; a partOf joins two things of one type)?"""
        sig = self.signatures.get(rel)
        ht, tt = self.types.get(head), self.types.get(tail)
        if sig is None or ht is None or tt is None:
            return True
        return ht in sig[0] and tt in sig[1] and (rel != "partOf" or ht == tt)

    def _own_part(self, whole: str, part: str) -> bool:
        """Is ``part`` a body or zone of ``whole`` (the story's city or zone)?"""
        if whole == self.main.get("Region"):
            g = self.res.gazetteer if self.res is not None else None
            e = g.entries.get(whole) if g else None
            if e is None or e.kind not in _ADMIN_CHILD_KINDS | {"province"}:
                return False  # 粤港澳大湾区 has no zones or bodies of its own here
            return part.startswith((whole, "市", "我市")) or part == self.main.get("IndustrialPark") or \
                self.types.get(part) == "IndustrialPark"
        if whole == self.main.get("IndustrialPark"):
            return self.types.get(part) == "IndustrialPark"
        return False

    def last_before(self, typ: str, pos: int, not_before: int = 0):
        """Key of the last mention of ``typ`` ending by ``pos`` and starting at or
        after ``not_before`` (a bisect, not a scan)."""
        starts, keys = self._by_type.get(typ, ((), ()))
        i = bisect_right(starts, pos - 1) - 1
        while i >= 0 and starts[i] >= not_before:
            m = self._by_type_mentions[typ][i]
            if m.end <= pos:
                return keys[i]
            i -= 1
        return None

    def subject_before(self, typ: str, pos: int):
        """Key of the first mention of ``typ`` in the last sentence before
        ``pos`` that names one: the thing 该公司 refers back to (the
        sentence's subject, not a partner named after it)."""
        key = self.last_before(typ, pos)
        if key is None:
            return None
        starts, keys = self._by_type[typ]
        i = bisect_right(starts, pos - 1) - 1
        while i >= 0 and self._by_type_mentions[typ][i].end > pos:
            i -= 1
        k = bisect_right(self.sentence_starts, starts[i]) - 1
        s0 = self.sentence_starts[k] if k >= 0 else 0
        j = bisect_left(starts, s0)
        first = self._by_type_mentions[typ][j]
        return first.key if first.rule != "nested" else keys[i]

    def in_sentence(self, sent):
        """The mentions inside ``sent``, in order (a bisect on the starts)."""
        if self._starts is None or len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
        lo = bisect_left(self._starts, sent.start)
        hi = bisect_right(self._starts, sent.end, lo)
        return [m for m in self.mentions[lo:hi] if m.end <= sent.end]


@lru_cache(maxsize=4)
def _firm_heads(heads: frozenset) -> tuple[re.Pattern, re.Pattern]:
    """(apposition ``[产业的]企业`` to match whole, firm head noun at a position),
    from the data file's ``company_heads``."""
    alt = "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) or "(?!)"
    # 机械产业的龙头企业——X, 铝加工领域的标杆企业：X
    return (re.compile(f"(?:产业|行业|领域)?(?:的)?(?:标杆|排头兵|知名|重点)?(?:{alt})(?:——|—|：|:)?"),
            re.compile(f"(?:{alt})"))
_LIST_COUNT = re.compile(r"(?:等(?:一批|多家|\d+家)?|\d+[大家]|[两三四五六七八九十]+[大家])"
                         r"(?:配套|重点|龙头|骨干|知名|整车)?$")


_LIST_SEPS = frozenset(("", "、", "和", "及", "与", "以及"))


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
        if text[m.end:end] not in seps or m.type == "Industry":
            break
        out.append(m)
        end = m.start
    return out


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


#: what may stand between a verb and its partner: quotes, 了, 更多
_LEAD_GAP = re.compile(r"[“”‘’《》「」〈〉\"'了]*")
#: after a project: 由, the builder (a name with a few words before it), and
#: the verb that builds (X项目由全球领军企业比亚迪股份有限公司投资建设)
_BUILT_BY = re.compile(r"[\u4e00-\u9fff（）()“”\"]{0,6}?由([^，,。；;]{2,30}?)"
                       r"((?:共同|联合|独资|全资)?(?:投资|出资)?(?:建设|兴建|承建|投建|开发|打造|实施|运营))")
#: the head noun of a list of firms or projects, up to a settling verb
#: (等一批大企业大集团, 等5家企业, 等项目)
_LIST_HEAD = re.compile(r"等(?:[一二三四五六七八九十\d]+[家个批]|一批)?[\u4e00-\u9fff]{0,12}?"
                        r"(?:企业|公司|集团|项目|厂商|车企|机构)(?:[\u4e00-\u9fff]{0,4}?(?:企业|集团))?"
                        r"(?:已|相继|先后|纷纷|陆续|扎堆|集中|成功|正式|均已|都已|同时)*")
#: a listing of shares after 上市 (上市公司, 上市交易, 上市募资)
_LISTING = re.compile(r"上市(?:公司|交易|募资|融资|挂牌)")
#: verbs that make a list the hosts of an event (由A、B和C主办的对接会)
_HOSTS = re.compile(r"主办|承办|协办|联办|举办")


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
    nxt = None
    for m in sorted(ms, key=lambda m: -m.start):
        gap = text[m.end:nxt.start] if nxt is not None else None
        if m.type == "Region" and nxt is not None and (
                gap in ("", "的") or gap.strip("的") in _KIND_NOUNS) and (
                nxt.type in ("Company", "Organization", "IndustrialPark", "Project") or id(nxt) in out
                or (nxt.rule == "town" and gap in ("", "的"))):
            out.add(id(m))  # 广东中山的粤明风电, 泰国企业暹罗重工, 台湾|凤林镇
        elif m.type == "Region" and nxt is not None and gap == "、" and id(nxt) in out:
            out.add(id(m))  # 深圳、广州的服务商
        elif m.type == "Region" and (_GENERIC_AFTER.match(text, m.end) or _GENERIC_KIND.match(text, m.end)) \
                and not text.startswith(_JOINT_WORDS, m.end + 1):
            out.add(id(m))  # 与广州的跨境电商服务商对接, 三所乌克兰一流高校: where unnamed partners are
        nxt = m
    return out


#: kinds of thing a place can qualify before a name (泰国企业暹罗重工)
_KIND_NOUNS = frozenset(("企业", "公司", "集团", "厂商", "车企", "高校", "大学", "机构", "政府"))
#: 的 and a few characters of a common noun phrase up to the clause's end
#: or a verb: the place qualifies an unnamed thing (广州的服务商对接)
_GENERIC_AFTER = re.compile(r"的[^，,。；;、与和及“”「」（）()]{2,12}?(?:商|企业|公司|机构|客户|伙伴|团队|高校|院校|平台)")
#: a kind of body or firm after a place and a word of praise (乌克兰一流高校,
#: 东盟知名企业): unnamed partners; but 柳州企业对接… is 柳州 acting
_GENERIC_KIND = re.compile(r"(?:一流|知名|重点|优秀|龙头|头部|相关|有关|主要)(?:高校|大学|院校|企业|公司|机构|客商)")
#: what 的 may introduce right after a partner: the joint act itself (与东盟的合作)
_JOINT_WORDS = ("合作", "交流", "对接", "经贸", "贸易", "往来", "联系", "互联", "协作", "友好")


_OBJECT_MARKERS = ("供应", "为", "向", "给", "通过", "借助", "依托", "利用", "经由", "服务")


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
        if not any(w in lead for w in _OBJECT_MARKERS):
            return m
    return None


def _entry(d: _Doc, key: str):
    """The lexicon entry of ``key``, or None."""
    return d.res.gazetteer.entries.get(key) if d.res is not None else None


def _is_province(d: _Doc, m) -> bool:
    """A province (广西) is too wide to say where a thing of a story is."""
    e = _entry(d, m.key)
    return e is not None and e.kind == "province"


_FIRST_OF = re.compile(r"(?:成为|是|为|在)([\u4e00-\u9fff]{2,8}?)(?:的)?(?:首家|首个|首批|首座|第一家|第一个|第一所|唯一|最大的|首条)")


def _is_within(d: _Doc, thing, reg) -> bool:
    """Is the place already part of the thing's own name (柳州高新区 in 柳州)?"""
    return thing.key.startswith(reg.key)


def _maker_of_product(d: _Doc, ms, pos: int):
    """The maker of the last product named before ``pos`` (柳工856H装载机…
    发往越南: 柳工 exports), as a mention, when the story says who makes it."""
    makers = {t: h for (h, r, t) in d.out if r == "produces"}
    prod = next((m for m in reversed(ms) if m.type == "Product" and m.end <= pos and m.key in makers), None)
    if prod is None:
        return None
    return Mention(d.doc, prod.start, prod.start, "", "Company", "coref", key=makers[prod.key])


def _via(d: _Doc, ms, m) -> bool:
    """Is place ``m`` (or the list it ends) a way the goods take (经过重庆或成都,
    途经钦州港; but 从柳州发出 is where they come from)?"""
    chain = _listed_before([x for x in ms if x.type == "Region"], m.end, d.text, _LIST_SEPS | {"或"})
    first = chain[-1] if chain else m
    return d.text[max(0, first.start - 2):first.start].endswith(("经过", "途经", "经"))


def _places_at(d: _Doc, ms, start: int, pos: int) -> list:
    """The places of ``在 A、B`` that ends right before ``pos`` (在越南、缅甸|上市)."""
    out = _listed_before([m for m in ms if start <= m.start and m.type == "Region"], pos, d.text)
    if out and d.text[out[-1].start - 1:out[-1].start] == "在":
        return out
    return []


def _find_all(text, words, ms=(), base: int = 0):
    """``(offset, word)`` of every trigger word in ``text``, but not one inside
    a name of ``ms`` (mentions with offsets ``base`` past ``text``'s):
    九兴控股 holds no 控股, 联合电子 states no 联合."""
    spans = None
    for w in words:
        i = text.find(w)
        while i >= 0:
            if spans is None:  # made once, at the first hit (most words are in no sentence)
                spans = [(m.start - base, m.end - base) for m in ms]
            if not any(a <= i and i + len(w) <= b for a, b in spans):
                yield i, w
            i = text.find(w, i + 1)


def _before_title(d: _Doc, text: str, pos: int) -> bool:
    """Does a title (董事长, 总裁 …) start at ``pos`` of ``text``?"""
    return bool(d.titles) and text.startswith(d.titles, pos)


def _coref_mentions(d: _Doc, sent, ms):
    """Virtual mentions for 新区 / 我市 / 该公司 not covered by a real one."""
    out = []
    for typ, words in d.coref_words:  # (the words the document holds)
        if typ == "here":  # 这里: the story's zone, else its city
            typ = "IndustrialPark" if d.main.get("IndustrialPark") else "Region"
        for i, w in _find_all(sent.text, words):
            s = sent.start + i
            # the last company / project named before the word, this sentence included
            earlier = [m for m in ms if m.end <= s and m.type == typ]
            if typ == "Company":
                key = earlier[-1].key if earlier else d.subject_before("Company", sent.start)
            elif typ == "Project":
                key = earlier[-1].key if earlier else d.last_before("Project", sent.start)
            elif typ == "Organization":
                # 与研究院执行主席李某: the body named before whose name ends so, when a title follows
                if not sent.text.startswith(d.titles, i + len(w)):
                    continue
                named = [m for m in d.mentions if m.end <= s and m.type == typ and m.text.endswith(w)]
                key = named[-1].key if named else None
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
            out.append(Mention(d.doc, s, s + len(w), w, typ, "coref", key=key))
    return out


def _clauses(sent):
    pos = 0
    for m in _CLAUSE.finditer(sent.text + "，"):
        yield sent.start + pos, sent.start + m.start()
        pos = m.end()


def _name_rules(d: _Doc):
    """Relations implied by names (prefix and containment)."""
    g = d.res.gazetteer if d.res is not None else None
    companies = {}
    industries = {}
    regions = {}
    parks = {}
    for m in d.mentions:
        if m.type == "Company":
            companies.setdefault(m.text, m.key)
            companies.setdefault(m.key, m.key)
        elif m.type == "Industry":
            industries.setdefault(m.text, m.key)
            industries.setdefault(m.key, m.key)
        elif m.type == "Region":
            regions.setdefault(m.text, m.key)
            regions.setdefault(m.key, m.key)
        elif m.type == "IndustrialPark" and m.key.endswith(_BIG_PARK):
            parks.setdefault(m.key, m.key)
    # longest names first, sorted once (not once per mention)
    by_len_companies, by_len_industries, by_len_parks, by_len_regions = (
        sorted(x, key=lambda k: (-len(k), k)) for x in (companies, industries, parks, regions))
    sent_of = {}
    for s in d.sentences:
        for m in d.in_sentence(s):
            sent_of[id(m)] = s
    for m in d.mentions:
        s = sent_of.get(id(m))
        if s is None:
            continue
        name = m.text
        if m.type in ("Project", "Product"):
            owner = next((companies[pre] for pre in by_len_companies
                          if name.startswith(pre) and len(name) > len(pre) + 1), None)
            if owner is None and m.type == "Product" and g is not None:
                hit = next((h for n in (4, 3, 2) if len(name) > n + 1 and (h := g.lookup(name[:n])) is not None
                            and h[1].type == "Company"), None)
                owner = hit[0] if hit is not None else None
            if owner is not None and m.type == "Project":
                d.named_owner.setdefault(m.key, owner)
            if owner is not None and (m.type == "Product" or any(w in s.text for w in d.in_text("develops", "develops_passive"))):
                # 柳工全球创新中心加快推进, 柳工856H (but not 宝骏基地实现产量: a
                # project named after its firm is that firm's where the sentence builds it)
                d.add(owner, "develops" if m.type == "Project" else "produces", m.key, s, "name")
        if m.type == "Project":
            # 在新能源产业方面，…建成X新能源汽车基地: the sector a project is named
            # after, when the sentence speaks of that sector too (not 柳州南物流中心
            # in passing)
            named = {x.key for x in d.in_sentence(s) if x.type == "Industry" and (x.end <= m.start or x.start >= m.end)}
            for ind in by_len_industries:
                if ind in name and len(name) > len(ind) + 1:
                    if industries[ind] in named:
                        d.add(m.key, "inIndustry", industries[ind], s, "name")
                    break
        if m.type in ("Project", "IndustrialPark"):
            # 柳东新区安吉物流园: a park or project named inside a zone
            zone = next((z for z in by_len_parks
                         if name.startswith(z) and len(name) - len(z) >= 3 and parks[z] != m.key), None)
            if zone is not None:
                d.add(m.key, "partOf" if m.type == "IndustrialPark" else "locatedIn", parks[zone], s, "name")
        if g is not None and m.type == "IndustrialPark":
            # 柳州市柳东新区: a zone named after its place (a firm's or a
            # body's place prefix is part of its name, an alias: 深圳大族激光, 老挝SX集团)
            # 广西柳州市柳东新区: the last place of an address is where the thing is;
            # the address ends where a place is not inside the one before it
            # (柳州|台湾科技工业园 is in 柳州, not in 台湾)
            rest, lead, last = name, "", None
            while (nxt := next((p for p in by_len_regions if rest.startswith(p) and len(rest) > len(p) + 1), None)):
                if last is not None and last not in g.ancestors(regions[nxt]):
                    break
                lead, rest, last = lead + nxt, rest[len(nxt):], regions[nxt]
                if g.entries.get(regions[nxt]) is None:
                    break
            for pre in by_len_regions:
                if lead and name.startswith(lead) and not lead.endswith(pre):
                    continue
                e = g.entries.get(regions[pre])
                if not ((name.startswith(pre) or lead.endswith(pre)) and len(name) > len(pre) + 1
                        and regions[pre] != m.key and e is not None):
                    continue
                if e.kind in _ADMIN_CHILD_KINDS:
                    d.add(m.key, "locatedIn", regions[pre], s, "name")
                break


def _adjacent_rules(d: _Doc, sent, ms):
    """柳州螺蛳粉, 柳州新能源汽车产业: a place written right before a sector
    names that place's industry."""
    g = d.res.gazetteer if d.res is not None else None
    for a, b in zip(ms, ms[1:]):
        if a.type == "Region" and b.type == "Industry" and a.end == b.start and _home(d, a):
            d.add(a.key, "inIndustry", b.key, sent, "adjacent")
        # 综合开发研究院(深圳): a body's or firm's seat in brackets after its name
        if a.type in ("Organization", "Company") and a.rule != "nested" and _seat(d, b) and a.end + 1 == b.start:
            d.add(a.key, "locatedIn", b.key, sent, "adjacent")
        # 越南岘港, 印尼雅加达港: a foreign country's port, plant or park written after it
        if a.type == "Region" and b.type == "Project" and a.end == b.start and b.rule != "nested" \
                and g is not None and (e := g.entries.get(a.key)) is not None and e.kind == "country" \
                and a.key != d.res.words.get("home_country", "中国"):
            d.add(b.key, "locatedIn", a.key, sent, "adjacent")
        # 东莞的华科电子, 台中永锋液压, 来自香港的X: a firm written after its place
        if a.type == "Region" and b.type in ("Company", "Organization") and b.rule != "nested" \
                and d.text[a.end:b.start] in ("", "的") and a.key != d.main.get("Region") and g is not None:
            e = g.entries.get(a.key)
            if e is not None and e.kind != "province" and not _part_of_name(d, a, b):
                d.add(b.key, "locatedIn", a.key, sent, "adjacent")


def _seat(d: _Doc, m) -> bool:
    """Is region ``m`` written in brackets right after a name, ending it
    (综合开发研究院(深圳)和…), not inside a longer name (X(北海)有限公司)?"""
    return m.type == "Region" and d.text[m.start - 1:m.start] in ("(", "（") \
        and d.text[m.end:m.end + 1] in (")", "）") and not d.text.startswith(d.name_goes_on, m.end + 1)


def _part_of_name(d: _Doc, place, firm) -> bool:
    """Is the place the first word of the firm's own name (广西|柳工 for
    广西柳工机械)?  Then it says nothing about where the firm is."""
    return d.text[firm.start:firm.end] != firm.key and firm.key.startswith(place.text)


#: kinds of region whose groups (economic belts, macro-regions) a sentence
#: naming both does not state as a part (广西 and 泛珠三角; but 越南 and 东盟)
_GROUPED_ALONE_KINDS = frozenset(("province", "sar"))
#: what follows a place whose members a list names (…等东盟国家, 等珠三角城市)
_MEMBERS_AFTER = ("国家", "成员国", "城市", "地区", "省份", "省区", "各国")


#: the tail of a list of member countries (印尼、老挝等6个国家)
_MEMBER_LIST = re.compile(r"等(?:[\d一二三四五六七八九十两]+个)?(?:国家|成员国)")


def _hier_rules(d: _Doc, sent, ms):
    if d.res is None:
        return
    g = d.res.gazetteer
    groups = d.res.region_groups
    regs = [m for m in ms if m.type == "Region"]
    keys = {m.key for m in regs}
    for m in regs:
        e = g.entries.get(m.key)
        if e is not None and e.kind == "sar":
            continue  # 香港 and 中国 in one sentence: no part stated
        parents = set()
        if e is not None and e.parent and not (e.kind == "economic_region"
                                               and getattr(_entry(d, e.parent), "kind", None) != "country"):
            parents.add(e.parent)  # (北部湾经济区 and 广西 in one sentence: no part stated)
        if e is None or e.kind not in _GROUPED_ALONE_KINDS or d.word_re("part_verbs").search(d.text, m.end, sent.end):
            parents.update(groups.get(m.key, ()))  # (a province named with a group it
            # belongs to, 广西 and 泛珠三角, is not said to be a part; 广西处于…泛珠三角 is)
        listed = (d.text[m.end:m.end + 1] == "、" or d.text[m.start - 1:m.start] == "、") \
            and _MEMBER_LIST.search(d.text, m.end, _clause_of(sent, m.start)[1]) is not None
        for p in parents & keys:
            if any(_CLAUSE.search(d.text, min(x.start, m.start), max(x.end, m.end)) is None
                   or listed and (d.text.startswith(_MEMBERS_AFTER, x.end) or x.text.endswith(_MEMBERS_AFTER))
                   for x in regs if x.key == p):
                # (or a list of members in a sentence about the group's 国家: 东盟国家…，印尼、老挝…)
                d.add(m.key, "partOf", p, sent, "hier")  # (in one clause: not 南宁 in 广西 across a sentence)
    for a, b in zip(regs, regs[1:]):
        if (b.rule == "town" or b.rule == "nested" and b.key not in g.entries) and a.end == b.start:
            d.add(b.key, "partOf", a.key, sent, "hier")
        elif d.text[a.end:b.start] in ("", "的") and a.key in g.ancestors(b.key):
            d.add(b.key, "partOf", a.key, sent, "hier")  # 广西凭祥市, 广西壮族自治区的凭祥市: an address
    # 越南、泰国、老挝等中南半岛国家: the places listed are in the place named after 等
    for r in regs:
        if d.text[r.start - 1:r.start] != "等" or not d.text.startswith(_MEMBERS_AFTER, r.end):
            continue
        items, pos = [], r.start - 1
        while (x := next((y for y in regs if y.end == pos and y is not r), None)) is not None:
            items.append(x)
            sep = d.text[x.start - 1:x.start]
            if sep not in ("、", "和", "及"):
                break
            pos = x.start - 1
        for x in items if len(items) >= 2 else ():
            d.add(x.key, "partOf", r.key, sent, "hier")
    # parks: smaller parks in a sentence about a big zone are part of it
    big = [m for m in ms if m.type == "IndustrialPark" and m.key.endswith(_BIG_PARK)]
    small = [m for m in ms if m.type == "IndustrialPark" and not m.key.endswith(_BIG_PARK)]
    if len({b.key for b in big}) == 1 and small:
        for s_ in small:
            d.add(s_.key, "partOf", big[0].key, sent, "subpark")


def _subject(ms, before, types):
    """The last mention of ``types`` before position ``before``: the one that
    ends last, and of a name inside a name (广西汽车集团|新能源整车项目) the whole."""
    cand = [m for m in ms if m.end <= before and m.type in types]
    return max(cand, key=lambda m: (m.end, m.rule != "nested", -m.start)) if cand else None


#: 的 after a place, or a verb of setting up and 的 (于P设立的X: X is in P)
_SET_UP_DE = re.compile(r"(?:(?:设立|设置|建设|新建|投建|兴建|开设|成立|打造|落户|布局)的|的)")


def _where(d: _Doc, ms, m) -> bool:
    """Is place ``m`` written as where something is (在柳州市柳江区, 于柳州高新区,
    位于…): 在 / 于 before it, or before the places written right before it?"""
    start = m.start
    while True:
        if d.text[start - 1:start] in ("在", "于"):
            return True
        prev = next((x for x in ms if x.end == start and x.type in ("Region", "IndustrialPark")), None)
        if prev is None:
            return False
        start = prev.start


#: a place's own office after its name (钦州市|委书记, 钦州市|市长, 玉林|副市长)
_PLACE_OFFICE = re.compile(r"(?:市|省|区|县|州|自治区|国家)?(?:党?委|常务副|副)?(?:市长|省长|区长|县长|州长|主席|书记)"
                           r"|(?:市|省|区|县)?党?委")

#: what is left of a province's or a city's party committee after its place
_PARTY_COMMITTEE = frozenset(("党委", "委员会", "委", "市委", "省委", "区委", "区党委", "自治区党委", "自治区委员会",
                              "市委员会", "省委员会", "壮族自治区委员会", "壮族自治区党委"))
_CITY_OR_PROVINCE = frozenset(("province", "city", "autonomous_prefecture"))


def _regional_party_committee(d: _Doc, key: str) -> bool:
    """Is ``key`` a province's or a city's party committee (自治区党委, 中共柳州市委)?
    Its secretary is an official of the place, titled by it, not an employee
    (a town's 镇党委 is a body of its own)."""
    rest = key[2:] if key.startswith("中共") else key
    if rest in _PARTY_COMMITTEE:
        return True
    g = d.res.gazetteer if d.res is not None else None
    for n in range(min(9, len(rest) - 1), 1, -1):
        if rest[n:] in _PARTY_COMMITTEE and g is not None and (h := g.lookup(rest[:n])) is not None:
            return h[1].type == "Region" and h[1].kind in _CITY_OR_PROVINCE
    return False


def _home(d: _Doc, m) -> bool:
    """Is region ``m`` a Chinese administrative area (not a country or bloc)?"""
    g = d.res.gazetteer if d.res is not None else None
    e = _entry(d, m.key)
    if e is None or e.kind in _FOREIGN_KINDS:
        return False
    return e.name == "中国" or "中国" in g.ancestors(e.name)  # 雅加达 is a city, but not China's


def _domestic(d: _Doc, m) -> bool:
    """Is region ``m`` China or a part of it that is no export market of its
    own (新疆, 四川; but 香港, 澳门 and 台湾 are: ``words.json``
    ``separate_markets``)?  A Chinese firm sells there, it does not export."""
    if d.res is None:
        return False
    home = d.res.words.get("home_country", "中国")
    if m.key == home:
        return True
    e = _entry(d, m.key)
    if e is not None and e.kind == "economic_region" and home in d.res.gazetteer.ancestors(e.name):
        return True  # 粤港澳大湾区, 西南地区: China's own regions (a firm sells there)
    if not _home(d, m):
        return False
    markets = d.res.word_set("separate_markets")
    e, seen = _entry(d, m.key), set()
    while e is not None and e.name not in seen:
        if e.name in markets:
            return False
        seen.add(e.name)
        e = d.res.gazetteer.entries.get(e.parent) if e.parent else None
    return True


def _sentence_start(d: _Doc, m) -> int:
    i = bisect_right(d.sentence_starts, m.start) - 1
    return d.sentences[i].start if i >= 0 else 0


_REPORTING = re.compile(r"[^，,。；;]*?(?:介绍|表示|指出|透露|坦言|说|称)[，,:：]")


def _topic(d: _Doc, ms):
    """The zone or home region a sentence is about: its first mention when
    that is an industrial park, or a Chinese region, or 新区 / 我市 / 这里.
    A leading reporting clause (市科技局相关负责人介绍，…) is skipped."""
    if ms:
        s0 = _sentence_start(d, ms[0])
        rep = _REPORTING.match(d.text, s0)
        if rep is not None and ms[0].start < rep.end() and ms[0].type not in ("IndustrialPark", "Region"):
            ms = [m for m in ms if m.start >= rep.end()]  # but 柳州高新区管委会主任介绍，…: the zone
    for m in ms:
        if m.type == "IndustrialPark":
            # a listed sub-park is not what a sentence is about: a zone, or
            # a park that opens the sentence, is
            if m.key.endswith(_BIG_PARK) or m.key == d.main.get("IndustrialPark") or \
                    m.start <= _sentence_start(d, m) + 6:
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
        if m.type in ("Company", "Organization", "Person"):
            return None
    return None


_TIME_WORDS = re.compile(r"当前|当下|如今|眼下|近年来|近些年|未来|现在")


def _bare(text: str) -> str:
    """``text`` without time words and adverbs: what is left names an actor.

    >>> _bare("当前，")
    '，'
    """
    return re.sub(_ADVERBS, "", re.sub(_TIME_WORDS, "", text))
#: sector-talk nouns among the inIndustry subject words: no verb of their own
_SECTOR_NOUNS = frozenset(("领域", "方面", "集群"))
#: what may follow a list of sectors that opens a sentence and still leave a
#: zone as the actor: the sector's firms or projects (工程机械产业链企业进驻)
_SECTOR_FIRMS = re.compile(r"(?:产业|行业)?(?:链|集群)?(?:上下游)?(?:企业|项目|公司|厂商|龙头|配套)")


def _sectors_act(d: _Doc, sent, inds) -> bool:
    """Does a list of sectors open the sentence as its subject (5G、新材料正推动…)?"""
    lead = _bare(d.text[sent.start:inds[0].start]).strip("，,、 ")
    if lead:
        return False
    last = inds[0]
    for m in inds[1:]:
        if re.fullmatch(r"[、和及与等，,]*", d.text[last.end:m.start]) is None:
            break
        last = m
    return _SECTOR_FIRMS.match(d.text, last.end) is None


#: 作为 opening a clause and no clause break after it: what follows is a role
#: the sentence's subject plays (作为百色铝加工领域的骨干企业，X)
_AS_ROLE = re.compile(r"(?:^|[，,。；;])作为[^，,。；;]*$")
#: a holding stated as a share (占37.5%的股份, 持有约54.86%股份, 持股30%)
_SHARE = re.compile(r"(?:占|持有|持)(?:约|近|超过)?[\d.]+%(?:的)?(?:股份|股权)|持股(?:比例)?(?:约|近)?[\d.]+%")
#: after a list of parties: their number (A、B和C三方, 等多方)
_N_PARTIES = re.compile(r"(?:等)?(?:[两三四五六七八九十\d]+|多|各)方")
#: a share, then its holder (剩余25%股份由X持有)
_HELD_BY = re.compile(r"[\d.]+%(?:的)?(?:股份|股权)由")
#: both sides found a firm together (双方合资成立X)
_JOINTLY_FOUND = re.compile(r"(?:双方|两家|两方|三方)(?:共同|各自)?(?:合资|出资|投资)(?:成立|组建|设立|创办)")
#: owners listed after 由 up to the verb that founds the firm (由A、B等8家企业组成)
_FOUNDED_BY = re.compile(r"由[^，,。；;由]{2,80}?(?:共同|联合|合资|合作)?(?:(?:出资|投资)?(?:组成|组建|合资|设立|成立|发起|控股)"
                         r"|(?:出资|投资)(?:建设|兴建|建成))")


#: a list of firms that found a firm together (联合重组发起设立了, 共同出资组建)
_FOUNDERS = re.compile(r"(?:等)?(?:联合|共同|合资|携手)(?:重组|出资|投资)?(?:发起)?(?:设立|成立|组建)了?|"
                       r"(?:等)?(?:发起|出资)(?:设立|成立|组建)了?")
#: after a list of firms: they are the shareholders of the firm the sentence goes on to name
_SHAREHOLDERS = re.compile(r"(?:等)?(?:[两三四五六七八九十\d]+方|[两三四五六七八九十\d]+家)?(?:股东)")


#: 由A和B合力打造的 (group 1: the builders; group 2: a word of joint work)
_BUILT_BY_BEFORE = re.compile(r"由([^，,。；;由的]{2,60}?)(共同|合力|联合|携手|合作)?(?:投资)?"
                              r"(?:打造|建设|兴建|投建|开发|建成|承建)的")
#: between 的 and the project: its size (总投资686亿元的)
_PROJECT_SIZE = re.compile(r"(?:总投资|投资|计划投资)?[\d.,约近超逾多余亿万千百元美港币人民]*的?")


#: the body a project belongs to, named after a word for it (项目单位为X, 建设单位是X)
_PROJECT_OWNER = re.compile(r"(?:项目单位|建设单位|业主单位|项目业主|实施主体|投资主体|项目法人)(?:为|是|:|：)")


def _project_owner_rules(d: _Doc, sent, ms) -> None:
    """…，项目单位为X公司: X develops the project the paragraph is about (the
    last one named before, in the paragraph)."""
    if "单位" not in sent.text and "主体" not in sent.text and "业主" not in sent.text and "法人" not in sent.text:
        return
    for f in _PROJECT_OWNER.finditer(sent.text):
        p = sent.start + f.end()
        owner = next((m for m in ms if m.start == p and m.type in ("Company", "Organization")), None)
        proj = d.last_before("Project", sent.start + f.start(), d.paragraph_start[sent.paragraph])
        if owner is not None and proj is not None:
            d.add(owner.key, "develops", proj, sent, "build")


def _built_by_rules(d: _Doc, sent, ms) -> None:
    """由A和B合力打造的(总投资…的)X项目: A and B develop X (and, working
    together, cooperate)."""
    if "由" not in sent.text:
        return
    for f in _BUILT_BY_BEFORE.finditer(sent.text):
        a, b = sent.start + f.start(1), sent.start + f.end(1)
        gap = _PROJECT_SIZE.match(d.text, sent.start + f.end())
        proj = next((m for m in ms if m.type == "Project" and m.start == gap.end()), None)
        builders = [m for m in ms if a <= m.start and m.end <= b and m.rule != "nested"
                    and m.type in ("Company", "IndustrialPark", "Region", "Organization")]
        if proj is None or not builders:
            continue
        for x in builders:
            d.add(x.key, "develops", proj.key, sent, "build")
        if f.group(2):
            for x, y in zip(builders, builders[1:]):
                d.add(x.key, "cooperatesWith", y.key, sent, "coop")


def _share_rules(d: _Doc, sent, ms):
    """Shareholders: X占37.5%的股份 / 由X持有54%股份 → X investsIn the firm
    the sentence is about (its first other firm, else the last sentence's
    subject); A 向 B 投资 → A investsIn B."""
    if "%" not in sent.text and "资" not in sent.text and "由" not in sent.text and "股东" not in sent.text \
            and "设立" not in sent.text and "成立" not in sent.text and "组建" not in sent.text:
        return
    firms = [m for m in ms if m.type in ("Company", "Organization") and m.rule != "nested"]
    for f in _FOUNDERS.finditer(sent.text):  # A、B联合重组发起设立了C: A and B own C
        a, b = sent.start + f.start(), sent.start + f.end()
        new = next((m for m in firms if b <= m.start <= b + 1 and m.type == "Company"), None)
        cs = _clause_of(sent, a)[0]
        owners = _listed_before(firms, a, d.text)
        if new is not None and owners and owners[0].end == a and cs <= owners[-1].start:
            for o in owners:
                d.add(o.key, "investsIn", new.key, sent, "invest")
    for f in _SHAREHOLDERS.finditer(sent.text):  # 在A、B及C三方股东的支持下，D…: A, B, C own D
        a = sent.start + f.start()
        owners = _listed_before(firms, a, d.text)
        keys = {o.key for o in owners}
        owned = next((m for m in firms if m.start >= sent.start + f.end() and m.type == "Company"
                      and m.key not in keys), None)
        if owners and owners[0].end == a and owned is not None:
            for o in owners:
                d.add(o.key, "investsIn", owned.key, sent, "invest")
    for f in _JOINTLY_FOUND.finditer(sent.text):  # A与B签约，双方合资成立C: A and B own C
        p = sent.start + f.end()
        new = next((m for m in firms if m.start >= p and m.start - p <= 2 and m.type == "Company"), None)
        sides = [m for m in firms if m.end <= sent.start + f.start() and m.type == "Company"]
        if new is not None and len(sides) >= 2:
            for o in sides[-2:]:
                d.add(o.key, "investsIn", new.key, sent, "invest")
    for f in _FOUNDED_BY.finditer(sent.text):  # X是由A、B等8家企业(合资)组成的: A, B own X
        a, b = sent.start + f.start(), sent.start + f.end()
        owners = [m for m in firms if a < m.start and m.end <= b and m.type == "Company"]
        owned = next((m.key for m in ms if m.end <= a and m.type in ("Company", "Project") and m.rule != "nested"), None) \
            or d.subject_before("Company", sent.start)  # (X项目由A和B共同投资建设: the project too)
        for o in owners:
            d.add(o.key, "investsIn", owned, sent, "invest")
    holders = []
    for h in (_SHARE.finditer(sent.text) if "%" in sent.text else ()):
        p = sent.start + h.start()
        cs = _clause_of(sent, p)[0]
        before = [m for m in firms if cs <= m.start and m.end <= p]
        if before:
            holders.append(before[-1])
    for h in (_HELD_BY.finditer(sent.text) if "持有" in sent.text else ()):  # 25%股份由X持有
        x = next((m for m in firms if m.start == sent.start + h.end()), None)
        if x is not None and _bare(d.text[x.end:x.end + 12]).startswith("持有"):
            holders.append(x)
    if holders:
        keys = {h.key for h in holders}
        owned = next((m.key for m in firms if m.key not in keys and m.type == "Company"
                      and m.start < holders[0].start), None)
        if owned is None:
            owned = d.subject_before("Company", sent.start)
        for h in holders:
            d.add(h.key, "investsIn", owned, sent, "invest")
    for i, w in _find_all(sent.text, ("投资", "注资", "增资")):
        p = sent.start + i
        target = next((m for m in ms if m.end == p and m.type in ("Company", "Project")
                       and d.text[m.start - 1:m.start] == "向"), None)
        if target is None:
            continue
        subj = _subject([m for m in firms if m.end < target.start - 1], target.start, ("Company", "Organization"))
        key = subj.key if subj is not None else d.subject_before("Company", sent.start)
        d.add(key, "investsIn", target.key, sent, "invest")


def _acts(d: _Doc, sent, m) -> bool:
    """Is ``m`` the subject of a build verb: first in its clause (after time
    words and adverbs) and followed, after adverbs, by a verb of building?"""
    cs, _ = _clause_of(sent, m.start)
    lead = _bare(d.text[cs:m.start]).strip("，, ")
    if re.sub(r"[\d年月日]", "", lead):
        return False
    after = re.sub(_ADVERBS, "", d.text[m.end:m.end + 8])
    return after.startswith(tuple(d.trig["develops"]))


#: who can be the subject of a clause
_ACTORS = frozenset(("Company", "Organization", "IndustrialPark", "Region", "Person"))


def _goes_on_to_build(d: _Doc, sent, ms, m, pm) -> bool:
    """Does place ``m`` open a clause, and a later clause, with no subject of
    its own and nobody named between, go on to build ``pm`` (广西参与X计划，
    并建设大藤峡水利枢纽工程)?"""
    cs, _ = _clause_of(sent, m.start)
    if re.sub(r"[\d年月日]", "", _bare(d.text[cs:m.start]).strip("，, ")):
        return False
    pcs, _ = _clause_of(sent, pm.start)
    if pcs <= m.start or any(m.end <= x.start < pm.start and x.type in _ACTORS for x in ms):
        return False
    lead = re.sub(_ADVERBS, "", d.text[pcs:pm.start].lstrip("，, "))
    return re.sub(r"^(?:并且?|同时|还|又|也|并将)", "", lead).startswith(tuple(d.trig["develops"]))


#: after a list of sectors, the words that make them fields two sides work
#: together in: 等领域/方面 before a verb of working together (在教育、物流等领域
#:开展合作), or 等 / a count right before one (等全面产业合作, 等开展合作)
_FIELDS = re.compile(r"(?:等)?(?:[多个几大]*)(?:领域|方面|行业)[^，,。；;]{0,8}?(?:合作|交流|对接|协作|签约|签署)|"
                     r"(?:等|[\d一二三四五六七八九十几多]+个)(?:重点|全面|主要)?(?:产业|领域|方面)?"
                     r"(?:开展|进行|加强|深化)?(?:合作|交流|对接|协作)")


def _field_of_cooperation(d: _Doc, sent, ind) -> bool:
    """Is a sector named as a field two sides work together in (在教育、物流等
    领域开展合作): no industry of the sentence's place?"""
    _, ce = _clause_of(sent, ind.start)
    return _FIELDS.search(d.text, ind.end, ce) is not None


def _landmark(d: _Doc, sent, m) -> bool:
    """Is ``m`` named after a word of nearness in its clause (靠近|321国道、X火车站)?"""
    cs, _ = _clause_of(sent, m.start)
    return d.word_re("proximity_words").search(d.text, cs, m.start) is not None


def _innermost_park(ms, m):
    """``m``, or the park named right after it (柳州高新区|洛维工业园: the park
    within the zone), and so on."""
    while (inner := next((x for x in ms if x.start == m.end and x.type == "IndustrialPark"), None)) is not None:
        m = inner
    return m


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


#: after a group's name, the words that make the next firm its own (X旗下的Y)
_OWNER_OF_NEXT = re.compile(r"(?:旗下|下属|所属|控股)的?")


def _qualifies_person(d: _Doc, ms, m) -> bool:
    """Is place ``m`` only the first word of a person's title (上海市市长X与…部长Y
    共同见证: the two officials, not the two places, act)?"""
    if m.type != "Region":
        return False
    person = next((p for p in ms if p.type == "Person" and 0 <= p.start - m.end <= 15), None)
    if person is None or re.search(r"[，,。；;、与和]", d.text[m.end:person.start]):
        return False
    return d.text[m.end:person.start].endswith(d.titles) if d.res is not None else False




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
    for prev in d.sentences[max(0, i - 2):i + 1][::-1]:
        if prev.paragraph != para:
            return None
        firm = next((m for m in reversed(d.in_sentence(prev)) if m.type == "Company" and m.rule != "nested"), None)
        if firm is not None:
            return firm
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
    if first is not None and first.type in ("Company", "Organization"):
        return first  # 玉柴…，并已与正大集团签署协议: the sentence's own subject
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


def _address_part(d: _Doc, ms, m) -> bool:
    """Is the place ``m`` written right before a place within it (广东省|广州):
    an address, the smaller place is meant?"""
    return m.type == "Region" and d.res is not None and any(
        x.start == m.end and x.type == "Region" and m.key in d.res.gazetteer.ancestors(x.key) for x in ms)


def _partner_position(d: _Doc, sent, m) -> bool:
    """Is ``m`` written after 与 / 和 / 同 / 跟 in its clause (a partner or a
    second conjunct, not who acts)?"""
    return re.search("[与和同跟]", d.text[_clause_of(sent, m.start)[0]:m.start]) is not None


#: between a zone and a firm: 与 and nothing that ends the clause (柳东新区与X签约)
_PARTNER_GAP = re.compile(r"[^，,。；;：:]*?(?:与|同|跟)[^，,。；;：:]*")


def _unrecognised_subject(text: str) -> bool:
    """Does a clause start with words (not adverbs) that name its subject?"""
    return len(re.sub(_ADVERBS, "", text)) > 1


def _clause_of(sent, pos):
    """The clause (between commas) of ``sent`` around absolute position ``pos``."""
    for cs, ce in _clauses(sent):
        if cs <= pos < ce:
            return cs, ce
    return sent.start, sent.end


#: a list of sectors closed by a count or 等 and 产业 (三大产业, 等新兴产业)
_SECTOR_LIST = re.compile(r"(?:[两二三四五六七八九十]大|等(?:新兴|主导|支柱|优势|特色)?)(?:产业|行业)")


#: 以A、B为龙头: the firms a zone leads with (group 1: the list)
_LEADS_WITH = re.compile(r"以([^，,。；;以为]{2,60}?)(?:等)?为(?:龙头|核心|引领|主体|代表|骨干)")
_JOINT_WORK = ("合作", "交流", "对接", "协作")
#: what follows 出口 in the name of an export base (出口基地, 出口制造基地)
_EXPORT_BASE = re.compile(r"(?:制造|生产|加工)?基地")
#: a conjunction between parties (not the 同 of 共同, 同时, 同比 …)
_CONJ = re.compile(r"与|和|(?<![共协相不])同(?![时比步意年期样类等])|跟")


@lru_cache(maxsize=4)
def _abbreviated_pair_re(chars: tuple) -> re.Pattern:
    """Two short names of places (桂港, 中越) before a word of joint work;
    group 1 holds them, and what they work on may stand between (桂港两地在
    物流等领域的合作).  Not three (粤港澳合作 names a framework), not after
    与/对 (与港澳的交流: the pair is one side)."""
    cls = "[" + "".join(chars) + "]"
    return re.compile(r"(?<![与同和跟对向在])(?<!" + cls + ")(" + cls + "{2})(?!" + cls + r")(?=(?:两地|双方|两国)?(?:在[^，,。；;]{1,30}?)?(?:的)?"
                      r"(?:经贸|经济|文化|产业|务实|全面|战略)*(?:交流|合作|对接|协作))")


#: 以电子信息产业为主导的: the sectors of the zone named next (group 1)
#: after a verb that grows sectors (words.json sector_growth_verbs): the
#: sectors (group 1) and 的, a zone following (培育|风电装备制造产业的|新区)
_SECTORS_OF = r"([^，,。；;的]{2,30}?(?:产业|行业|产业集群))的"
_BASED_ON = re.compile(r"以([^，,。；;以为]{2,40}?(?:产业|行业)?)为(?:主导|主|重点|特色|支柱|主体)(?:产业)?的")
#: a cluster after its place (电子产业集群, 汽车产业)
_CLUSTER_AFTER = re.compile(r"[^，,。；;]{0,10}?(?:产业集群|企业集群|集群|产业)")
#: 是 … 市场: a place said to be a market of a firm or place
_MARKET_OF = re.compile(r"是([^，,。；;是]{2,50}?)市场")
#: a remark in brackets (以下简称“柳工”)
_PARENTHESIS = re.compile(r"[(（][^()（）]{0,20}[)）]")
#: between the seller and 市场 (重要的海外销售, 的第二大出口)
_MARKET_TAIL = re.compile(r"的?(?:第[一二三四五六七八九十]大|最大|重要|主要|传统|新兴|核心)?的?"
                          r"(?:海外|国际|境外)?(?:销售|出口|外销)?")
#: after firms a place holds: a count and the kind (3家整车生产企业, 等一批龙头企业)
_LIST_HEAD_AFTER = re.compile(r"(?:等)?(?:[\d两二三四五六七八九十几多]+[家个]|一批|众多|诸多)?[\u4e00-\u9fff]{0,10}?"
                              r"(?:企业|公司|集团|车企|厂商|龙头)")
#: after 是 and a place: one firm of it (一家…车企, 的一家…企业)
_ONE_FIRM = re.compile(r"(?:的)?(?:一家|首家|唯一一家)[^，,。；;]{0,16}?(?:企业|公司|集团|车企|厂商|厂)")


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


#: verbs of where a thing lies, which may name two places it straddles
_BORDER_VERBS = frozenset(("位于", "地处", "坐落", "坐落于"))
_BORDER = re.compile(r"(?:的)?(?:交界|之间|接壤|交汇)")


#: a part of a place before 的 (南宁市北郊的X, 柳州东部的X)
_PLACE_PART = re.compile(r"(?:[东南西北]郊|[东南西北]部|东南部|东北部|西南部|西北部|境内|市区|城区|郊区|一带|附近|中心)的")


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


#: adverbs between a place and its verb (在南宁正式成立, 在柳州顺利投产)
_ADVERBS_LEAD = re.compile(r"^(?:正式|顺利|成功|相继|先后|已经|已|将|均|都|也|还|又|火热|加紧|加快|全力|抓紧|有序|稳步|正在|正)+")


def _trigger_rules(d: _Doc, sent, ms):
    T = d.trig
    text = sent.text
    base = sent.start
    # locatedIn: X 落户/入驻/位于 Y ; 位于Y的X ; 在Y的X
    park_verbs = T.get("locatedIn_park", ())
    for i, w in _find_all(text, d.in_text("locatedIn", "locatedIn_park"), ms, base):
        p = base + i
        after = [m for m in ms if m.start >= p + len(w) and m.type in ("IndustrialPark", "Region")]
        if not after:
            continue
        loc = after[0]
        while (inner := next((x for x in after if x.start == loc.end + _capital_len(d.text, loc.end)), None)) \
                is not None:
            loc = inner  # 位于广西鹿寨县, 位于广西首府南宁市: the most specific place
        if w in park_verbs and (loc.type != "IndustrialPark" or _bare(d.text[p + len(w):after[0].start]) != ""
                                and "的" not in d.text[p + len(w):after[0].start]):
            continue  # 进入东盟市场: moving into a zone only (进入当天开园的X工业集中区)
        de = d.text.find("的", loc.end, loc.end + 5)
        if (part := _PLACE_PART.match(d.text, loc.end)) is not None:
            de = part.end() - 1  # 位于南宁市北郊的X
        if de >= 0 and not re.search(r"[，,。；;]", d.text[loc.end:de]):
            # 位于柳南区的孵化园, 位于越南海防的KD工厂 → the thing after 的 is located
            nxt = [m for m in ms if m.start > de and m.type != "Region"]
            if nxt and nxt[0].start - de <= 2:
                d.add(nxt[0].key, "locatedIn", loc.key, sent, "located")
                continue
        subj = _subject(ms, p, ("Company", "Project", "Organization", "IndustrialPark"))
        if subj is not None and subj.key != loc.key:
            d.add(subj.key, "locatedIn", loc.key, sent, "located")
            if w in _BORDER_VERBS:  # 位于肇庆市和梧州市交界处: in both
                for x in _places_joined(d, after, loc):
                    d.add(subj.key, "locatedIn", x.key, sent, "located")
            # A、B、C等一批企业进驻广西: every firm of the list, when its head noun
            # is all that stands between the list and the verb
            head = d.text[subj.end:p]
            if _LIST_HEAD.fullmatch(head):
                for x in _listed_before([m for m in ms if m.type == subj.type], subj.start, d.text):
                    d.add(x.key, "locatedIn", loc.key, sent, "located")
    # X、Y等项目 … 在 P 落地/落户/投产: every listed thing is in P
    for m in re.finditer(r"在", text):
        p = base + m.end()
        loc = next((x for x in ms if x.start == p and x.type in ("IndustrialPark", "Region")), None)
        if loc is None or (loc.type == "Region" and not _home(d, loc)):
            continue
        while (inner := next((x for x in ms if x.start == loc.end and x.type in ("IndustrialPark", "Region")),
                             None)) is not None:
            loc = inner  # 在柳州市柳江区: the most specific place
        locs, end = _place_list(d, ms, loc)  # 在上海、天津等地建有…: every place of the list
        rest = _ADVERBS_LEAD.sub("", d.text[end:end + 10])
        located = any(rest.startswith(w) for w in T["locatedIn"] + T.get("locatedIn_topic", []) +
                      T.get("locatedIn_site", []))
        built = rest.startswith(tuple(T["develops_start"]))  # X项目在P开工建设: the project, not its builder
        if located or built:
            cs, _ = _clause_of(sent, base + m.start())
            for x in ms:
                if cs <= x.start and x.end <= base + m.start() and x.rule != "nested" and (
                        x.type == "Project" or (located and x.type in ("Company", "Organization"))) \
                        and not _OWNER_OF_NEXT.match(d.text, x.end):  # X集团旗下Y在P: Y is there
                    for loc in locs:
                        d.add(x.key, "locatedIn", loc.key, sent, "located")
    # 柳州拥有A、B、C3家整车企业: firms a home place or zone holds are there
    for i, w in _find_all(text, d.in_text("locatedIn_holds"), ms, base):
        p = base + i
        place = next((x for x in ms if x.end == p and x.type in ("IndustrialPark", "Region")), None) \
            or _lead_place(d, sent, ms, p)
        if place is None or (place.type == "Region" and not _home(d, place)):
            continue
        firms = [x for x in _listed_after(ms, p + len(w), d.text, gap=0)]
        if firms and all(x.type == "Company" for x in firms) and _LIST_HEAD_AFTER.match(d.text, firms[-1].end):
            for x in firms:
                d.add(x.key, "locatedIn", place.key, sent, "located")
    # 柳东新区以A、B为龙头: the firms a zone or home place leads with are in it;
    # 以A、B等为代表的北部湾电子产业集群: the firms of a place's cluster are in the place
    for m in (_LEADS_WITH.finditer(text) if "为" in text and "以" in text else ()):
        p = base + m.start()
        place = next((x for x in reversed(ms) if x.end <= p and x.type in ("IndustrialPark", "Region")), None)
        if place is None or _bare(d.text[place.end:p]) != "" or (place.type == "Region" and not _home(d, place)):
            place = None
        if place is None and d.text.startswith("的", base + m.end()):
            place = next((x for x in ms if x.start == base + m.end() + 1 and x.type in ("Region", "IndustrialPark")
                          and _CLUSTER_AFTER.match(d.text, x.end)), None)
        if place is None:
            continue
        for x in ms:
            if p < x.start and x.end <= base + m.end(1) and x.type == "Company":
                d.add(x.key, "locatedIn", place.key, sent, "located")
    # 以电子信息产业为主导的北海工业园区: the sectors a zone or place is built on
    for m in (_BASED_ON.finditer(text) if "为" in text and "以" in text else ()):
        zone = next((x for x in ms if x.start == base + m.end() and x.type in ("IndustrialPark", "Region")), None)
        if zone is not None:
            for x in ms:
                if base + m.start(1) <= x.start and x.end <= base + m.end(1) and x.type == "Industry":
                    d.add(zone.key, "inIndustry", x.key, sent, "focus")
    # 正在加快培育风电装备制造产业的新区: the sectors a zone grows, said of it
    grows = d.word_re("sector_growth_verbs", tail=_SECTORS_OF) if "的" in text else None
    for m in (grows.finditer(text) if grows is not None else ()):
        p = base + m.end()
        zone = next((x for x in ms if x.start == p and x.type in ("IndustrialPark", "Region")), None)
        if zone is None or (zone.type == "Region" and not _home(d, zone)):
            continue
        for x in ms:
            if base + m.start(1) <= x.start and x.end <= base + m.end(1) and x.type == "Industry":
                d.add(zone.key, "inIndustry", x.key, sent, "focus")
    # X是广西柳州市一家…企业: a firm said to be one of a place's
    for m in (re.finditer(r"是", text) if "一家" in text or "首家" in text else ()):
        p = base + m.end()
        places = []
        while (x := next((y for y in ms if y.start == (places[-1].end if places else p)
                          and y.type == "Region"), None)) is not None:
            places.append(x)
        if not places or not _home(d, places[-1]) or not _ONE_FIRM.match(d.text, places[-1].end):
            continue
        subj = next((x for x in reversed(ms) if x.end <= base + m.start() and x.type == "Company"), None)
        if subj is not None and _bare(d.text[subj.end:base + m.start()]) == "" \
                and _clause_of(sent, subj.start)[0] == _clause_of(sent, base + m.start())[0]:
            d.add(subj.key, "locatedIn", places[-1].key, sent, "located")
    for m in re.finditer(r"[在于]", text):
        p = base + m.end()
        after = [x for x in ms if x.start == p and x.type in ("IndustrialPark", "Region")]
        de = _SET_UP_DE.match(d.text, after[0].end) if after else None
        if de is not None:  # 在柳州的X, 于柳州高新区设立的X
            nxt = [x for x in ms if 0 <= x.start - de.end() <= 1 and x.type in
                   ("Company", "Project", "Organization", "IndustrialPark")]
            if nxt:
                d.add(nxt[0].key, "locatedIn", after[0].key, sent, "located")
    # inIndustry: the sentence's topic (a zone or a Chinese city/region,
    # or 新区 / 我市) grows the industries named after it
    topic = _topic(d, ms)
    if topic is None:
        topic = _carried_topic(d, sent, ms)
    inds = [m for m in ms if m.type == "Industry"]
    sector_talk = any(w in text for w in T["inIndustry_subject"]) or any(
        m.rule == "industry" or d.text[m.end:m.end + 2] in ("产业", "行业") for m in inds) \
        or (inds and _SECTOR_LIST.search(text) is not None) \
        or any(d.word_re("sector_sites").match(d.text, m.end) for m in inds)  # 是国家汽车零部件生产基地
    if topic is not None and inds and sector_talk:
        lead_in = text.startswith("在")  # 在汽车产业领域，新区…
        # 新能源、机械三大产业贡献了新区四成产值: a list of sectors before a
        # zone or city that no firm in the sentence could own
        owned = lead_in or (_SECTOR_LIST.search(text) is not None and not any(
            m.type in ("Company", "Organization", "Project") for m in ms))
        for ind in inds:
            if (ind.start > topic.start or owned) and not _field_of_cooperation(d, sent, ind):
                d.add(topic.key, "inIndustry", ind.key, sent, "focus")
    elif topic is None and inds and sector_talk and not any(
            m.type in ("Company", "IndustrialPark", "Region", "Organization", "Project") for m in ms) \
            and any(w in text for w in T["locatedIn"] + T["inIndustry_subject"] if w not in _SECTOR_NOUNS) \
            and not _sectors_act(d, sent, inds):
        # 工程机械产业链企业不断进驻: the paragraph's zone (or city) is meant
        # (but not 新材料正推动汽车变革, where the sectors themselves act)
        key = d.main.get("IndustrialPark") or d.main.get("Region")
        if key is not None:
            for ind in inds:
                if not _field_of_cooperation(d, sent, ind):
                    d.add(key, "inIndustry", ind.key, sent, "coref")
    # a company and an industry in one clause; or a sentence led by an
    # industry (风电等新能源产业“串珠成链”，嘉泽、金风…)
    lead = []
    for m in ms:
        if m.type == "Industry":
            lead.append(m)
        elif m.type not in ("Industry",):
            break
    if lead and "是" in d.text[lead[-1].end:_clause_of(sent, lead[-1].start)[1]]:
        lead = []  # 汽车、工程机械是柳州的支柱产业，…: the city's sectors, not its firms
    actor = next((m for m in ms if m.type != "Industry"), None)
    for cs, ce in _clauses(sent):
        cms = [m for m in ms if m.start >= cs and m.end <= ce]
        comps = [m for m in cms if m.type == "Company"]
        cinds = [m for m in cms if m.type == "Industry"]
        if not comps and cinds and (actor is None or actor.type != "Company"):
            actor = next((m for m in reversed(ms) if m.type == "Company" and m.end <= cs
                          and m.rule != "nested" and not _led_with(d, sent, m)), actor)  # 在柳州设立X公司，主要生产…: X
        if not comps and cinds and actor is not None and actor.type == "Company" and \
                actor.end <= cs and any(w in d.text[cs:ce] for w in T.get("inIndustry_company", ())):
            # 柳州X公司位于…，主要生产汽车零部件: the clause's subject is the company
            comps = [actor]
            cinds = [Mention(m.doc, ce, ce, m.text, m.type, m.rule, key=m.key) for m in cinds]
        comps = [c for c in comps if c.rule != "nested"]  # 上汽通用五菱|宝骏新能源汽车基地: the project's
        comps = [c for c in comps if d.text[c.start - 1:c.start] not in ("为", "给", "向")
                 and not re.search(r"(?:为|给|向)[^，,。]*$", d.text[cs:c.start])]  # 为X、Y等车企配套电池
        for c in comps:
            for ind in cinds:
                if ind.start > c.start:
                    d.add(c.key, "inIndustry", ind.key, sent, "industry")
        if lead and cs > lead[-1].end:
            for c in comps:
                for ind in lead:
                    d.add(c.key, "inIndustry", ind.key, sent, "industry")
    # 工程机械龙头柳工, 螺蛳粉企业螺鲜生: a sector's firm named in apposition
    apposition, firm_head = _firm_heads(d.res.word_set("company_heads") if d.res is not None else frozenset())
    for ind, c in zip(ms, ms[1:]):
        if ind.type != "Industry" or c.type != "Company":
            continue
        gap = d.text[ind.end:c.start]
        if apposition.fullmatch(gap) or gap[-1:] in ("，", ",") and apposition.fullmatch(gap[:-1]) \
                and _AS_ROLE.search(d.text[sent.start:ind.start]):
            d.add(c.key, "inIndustry", ind.key, sent, "industry")  # 作为…领域的骨干企业，X
    # X 成为广西首家… / X 是全区唯一…: a first or only one of a place is in it
    for m in _FIRST_OF.finditer(text):
        if "以外" in m.group(1) or "之外" in m.group(1):
            continue  # 广西以外最大的伙伴: outside the place, not in it
        p = base + m.start(1)
        reg = next((x for x in ms if x.start == p and x.type == "Region"), None)
        if reg is None or not _home(d, reg):
            continue
        # the sentence's subject, not an approver named on the way (获科技部批复成为…)
        subj = next((x for x in ms if x.end <= base + m.start() and x.type in
                     ("Company", "IndustrialPark", "Organization", "Project")), None)
        if subj is not None and not _is_within(d, subj, reg):
            d.add(subj.key, "locatedIn", reg.key, sent, "located")
    # X、Y、Z等新能源汽车企业 / 四大汽车集团: the sector in a list's head noun
    for ind in ms:
        if ind.type != "Industry" or not firm_head.match(d.text, ind.end):
            continue
        count = _LIST_COUNT.search(d.text, max(0, ind.start - 8), ind.start)
        if count is None:
            continue
        for c in _listed_before(ms, count.start(), d.text):
            if c.type == "Company":
                d.add(c.key, "inIndustry", ind.key, sent, "industry")
    # locatedIn: companies and projects named in a sentence about a zone,
    # or about a city with a settling verb (拥有, 引进, 落地 …)
    if topic is not None:
        settle = any(w in text for w in T["locatedIn"] + T.get("locatedIn_topic", [])) or (
            topic.rule == "coref" and topic.start == sent.start)  # a zone's list carried on
        for m in ms:
            if m.start <= topic.start or m.type not in ("Company", "Project", "Organization") \
                    or m.rule == "nested":
                continue
            if m.type == "Organization" and not (settle and topic.type == "IndustrialPark"
                                                 and m.key.endswith(_LOCAL_ORG)):
                continue  # a university in a zone's news cooperates; its schools are there
            if topic.type == "IndustrialPark" and m.type == "Company" and m.rule == "lexicon" \
                    and not settle and not (d.main.get("Region") and m.text.startswith(d.main["Region"])):
                continue  # a national group named in a zone's news has projects there, not
                # itself; its local arm (柳州优必选) is there
            if _PARTNER_GAP.fullmatch(_bare(d.text[topic.end:m.start])):
                continue  # 柳东新区与X有限公司签约: a partner of the zone, not (yet) in it
            where = topic
            own, cs, ce = _clause_subject_place(d, sent, ms, m)
            if own is not None and own.key != topic.key:
                if not any(w in d.text[cs:ce] for w in T["locatedIn"] + T.get("locatedIn_topic", [])):
                    continue  # 新区积极融入X工程: a clause of its own, but X is not settled there
                where = own  # X位于柳南区，而柳南区聚集了A、B: the clause's own place
            if (where.type == "IndustrialPark" or settle and not _is_province(d, where)) \
                    and not _landmark(d, sent, m):
                d.add(m.key, "locatedIn", where.key, sent, "topic")
    elif any(w in text for w in T["locatedIn"]) and not any(
            m.type in ("IndustrialPark", "Region") for m in ms):
        # 联合电子、信炜科技等5家企业已顺利落地: in the story's zone
        key = d.main.get("IndustrialPark")
        if key is not None:
            for m in ms:
                if m.type in ("Company", "Project") and m.rule != "nested":
                    d.add(m.key, "locatedIn", key, sent, "coref")
    # A、B等6家企业入园: the zone they enter is the last one the story named
    enter = next(iter(_find_all(text, T.get("locatedIn_enter_park", ()), ms, base)), None) \
        if not any(m.type in ("IndustrialPark", "Region") for m in ms) else None
    zone = d.last_before("IndustrialPark", sent.start) if enter is not None else None
    if zone is not None:
        for m in ms:
            if m.type in ("Company", "Project") and m.rule != "nested" and m.end <= base + enter[0]:
                d.add(m.key, "locatedIn", zone, sent, "coref")
    # X、Y是柳州的支柱产业
    for i, w in _find_all(text, d.in_text("inIndustry_pillar")):
        p = base + i
        reg = _subject(ms, p, ("Region", "IndustrialPark"))
        inds = [m for m in ms if m.type == "Industry" and m.end <= p]
        if reg is not None and inds and "是" in d.text[inds[-1].end:reg.start + 1]:
            for ind in inds:
                if ind.end <= reg.start:
                    d.add(reg.key, "inIndustry", ind.key, sent, "pillar")
    # exportsTo
    for i, w in _find_all(text, d.in_text("exportsTo", "exportsTo_launch"), ms, base):
        p = base + i
        if w == "出口" and text[i - 1:i] == "进" or w == "出海" and text[i + 2:i + 3] == "口":
            continue  # 进出口额: trade both ways; 出海口: a port, not a sale
        cs, ce = _clause_of(sent, p)
        dests = [m for m in ms if m.start >= p + len(w) and m.end <= ce and m.type == "Region"]
        # 对东盟出口 / 向越南出口: the market stands before the verb
        dests += [m for m in ms if m.type == "Region" and cs <= m.start and m.end <= p
                  and d.text[m.start - 1:m.start] in ("对", "向") and p - m.end <= 2]
        base_of = None
        if w == "出口" and _EXPORT_BASE.match(d.text, p + len(w)):
            # 东南亚出口基地, 面向东盟的…出口基地: the markets a base is for, and the
            # base is what the sentence says its subject is (X是Y的…、东南亚出口基地)
            dests += [m for m in ms if m.type == "Region" and cs <= m.start and m.end <= p and m not in dests
                      and (m.end == p or d.text.endswith("面向", 0, m.start))]
            copula = max(d.text.rfind("是", sent.start, p), d.text.rfind("成为", sent.start, p))
            base_of = next((m for m in reversed(ms) if m.end <= copula and m.type in ("Company", "Region")
                            and m not in dests), None) if copula > 0 else None
        if w in T.get("exportsTo_launch", ()):  # 五菱缤果在越南、缅甸上市: a model launched abroad
            if not any(m.type == "Product" and cs <= m.start < p for m in ms) or _LISTING.match(d.text, p):
                continue  # (在香港上市: a firm's shares, not its goods)
            dests += _places_at(d, ms, cs, p)
        elif w in T.get("exportsTo_market", ()) and "市场" not in d.text[p:ce]:
            continue  # 打开局面, 登陆A股: only a market opened or landed in is one sold to
        if not dests:
            continue
        subj = base_of or _agent(d, sent, ms, p) or _maker_of_product(d, ms, p) or _subject(
            [m for m in ms if _home(d, m) and m not in dests and d.text[m.start - 1:m.start] != "在"
             and not _via(d, ms, m)],
            p, ("Region",))  # 在广西的风电场: a place where, not who exports; 经过重庆或成都: a way
        if subj is None and (_subjectless(d, cs) or _subjectless(d, sent.start)):
            subj = _paragraph_firm(d, sent)  # X公司成立于…。产品出口欧美: the paragraph's firm
        if subj is None and d.main.get("Region") and d.main["Region"] not in {m.key for m in dests} and not any(
                m.key == d.main["Region"] and (d.text[m.start - 1:m.start] == "在" or m.start > p
                                               or _via(d, ms, m)) for m in ms):
            # (…发往美国，以及新疆等地: a place named after the verb is a destination, not the exporter)
            subj = Mention(d.doc, 0, 0, "", "Region", "coref", key=d.main["Region"])
        if subj is None:
            continue
        at_home = subj.type != "Region" or _home(d, subj)
        for dm in dests:
            if dm.key != subj.key and not (at_home and _domestic(d, dm)):
                d.add(subj.key, "exportsTo", dm.key, sent, "export")
    # 俄罗斯是X重要的海外销售市场, 香港是广西的第二大出口市场: X sells there
    for m in (_MARKET_OF.finditer(text) if "市场" in text else ()):
        p = base + m.start()
        dest = next((x for x in reversed(ms) if x.end <= p and x.type == "Region"), None)
        seller = next((x for x in ms if x.start == p + 1 and x.type in ("Company", "Region")), None)
        if dest is None or seller is None or _bare(d.text[dest.end:p]) != "" or _domestic(d, dest) \
                or dest.key == seller.key:
            continue
        tail = _PARENTHESIS.sub("", d.text[seller.end:base + m.end(1)])  # X(以下简称“Y”)重要的…
        if _MARKET_TAIL.fullmatch(tail) and re.search("出口|销售|海外|外销", tail):
            d.add(seller.key, "exportsTo", dest.key, sent, "export")
    # cooperatesWith: A 与 B 合作; A、B 与 C 签约; (A) 与 B 共建 (A the
    # sentence's or paragraph's subject); A 对接/融入 B; 由 A、B、C 合作共建
    coop_types = ("Company", "Organization", "Region", "IndustrialPark", "Initiative")
    places_of = _modifying_places(ms, d.text)
    done = set()
    for i, w in _find_all(text, d.in_text("cooperatesWith"), ms, base):
        p = base + i
        cs, ce = _clause_of(sent, p)
        if (cs, ce) in done:
            continue
        cms = [m for m in ms if cs <= m.start and m.end <= ce and m.type in coop_types
               and id(m) not in places_of and not _qualifies_person(d, ms, m)
               and not _OWNER_OF_NEXT.match(d.text, m.end)  # X集团旗下的Y: Y is the partner
               and not (m.type == "Region" and d.text[m.start - 1:m.start] == "在")  # 在南宁签署: a venue
               and not _address_part(d, ms, m)]
        before = [m for m in cms if m.end <= p]
        host = _HOSTS.search(d.text, before[-1].end, p) if before else None
        if host is not None and (d.text[before[0].start - 1:before[0].start] == "由"
                                 or d.text.startswith("的", host.end())):
            continue  # 由A、B和C主办的…对接会: hosts of an event, not partners (but 柳州与东盟举办对接会)
        after = _listed_after(cms, p + len(w), d.text)
        if d.res is not None and w in d.res.words.get("joining_only_places", ()):
            # 融入粤港澳大湾区, 融入西部陆海新通道: one joins a region, a zone or a plan,
            # not a firm (融入上汽通用五菱“一二五”工程: the firm's project)
            after = [m for m in after if m.type in ("Region", "IndustrialPark", "Initiative")]
        if before and (np := _N_PARTIES.match(d.text, before[-1].end)) is not None and np.end() <= p:
            parties = [m for m in _listed_before(before, before[-1].end, d.text) if not _seat(d, m)]
            if len(parties) >= 2:  # A、B、C和D四方达成共识: every pair of the parties
                for x in range(len(parties)):
                    for y in range(x + 1, len(parties)):
                        d.add(parties[x].key, "cooperatesWith", parties[y].key, sent, "coop")
                done.add((cs, ce))
                continue
        conj = [j.start() for j in _CONJ.finditer(d.text, cs, p)]
        conj = [c for c in conj if not any(m.start < c < m.end for m in ms)]
        signers = _listed_before(before, before[-1].end, d.text, seps=("", "、")) if before and not conj \
            and w in T.get("cooperatesWith_signing", ()) and _bare(d.text[before[-1].end:p]) == "" else []
        if len(signers) >= 2:  # A、B、C签署的《…协议》: the signatories are partners
            signers = [m for m in signers if not _seat(d, m)]
            for x in range(len(signers)):
                for y in range(x + 1, len(signers)):
                    d.add(signers[x].key, "cooperatesWith", signers[y].key, sent, "coop")
            done.add((cs, ce))
        elif conj:
            c = conj[0]
            left = [m for m in before if m.end <= c]
            right = [m for m in before if m.start > c]
            if not right:
                continue
            here = [m for m in ms if m.rule == "coref" and m.end <= c and m.type == "Region"
                    and not any(m.end <= x.start and x.end <= c for x in ms)
                    and (m.start >= cs or not _unrecognised_subject(d.text[cs:c]))]
            if not left and here:
                left = here[-1:]  # 我市分别与A、B、C签署…: the story's city
            elif not left:
                if _unrecognised_subject(d.text[cs:c]):
                    continue  # 人形机器人与柳州…融合: an unrecognised subject is no one's cue
                subj = _discourse_subject(d, sent, ms, before=c)
                left = [subj] if subj is not None else []
                for m in ms:  # A、B 来柳，与 C 签署…: every listed subject
                    if left and m.start > left[-1].end and d.text[left[-1].end:m.start] == "、" \
                            and m.type in ("Company", "Organization") and m.end <= cs:
                        left.append(m)
            if len(left) >= 2 and d.word_re("joining_verbs").fullmatch(_bare(d.text[left[0].end:left[1].start])):
                # 广西携手重庆、贵州与新加坡共建…: the subject joins hands with the listed ones
                left, right = left[:1], left[1:] + right
            for a in left:
                for b in right:
                    d.add(a.key, "cooperatesWith", b.key, sent, "coop")
            done.add((cs, ce))
        elif w.endswith("共建") and len(before) >= 2 and re.fullmatch(
                r"[—\-、与和及]", d.text[before[-2].end:before[-1].start].strip() or "、"):
            # 柳州市—上海交通大学共建研究院: the builders are the partners
            a, b = before[-2], before[-1]
            d.add(a.key, "cooperatesWith", b.key, sent, "coop")
            done.add((cs, ce))
        elif w in T.get("cooperatesWith_direct", ()) and after:
            if w.endswith("共建"):
                after = [m for m in after if m.type in ("Initiative", "Region")]
                if not after:
                    continue
            if not before and _unrecognised_subject(d.text[cs:p]):
                continue  # 园区将对接大湾区: 园区 acts, not the sentence's first name
            subj = before or [x for x in [_discourse_subject(d, sent, ms, before=p)] if x is not None]
            for a in subj:
                for b in after[:3]:
                    d.add(a.key, "cooperatesWith", b.key, sent, "coop")
            done.add((cs, ce))
        elif len(before) >= 2 and d.text[before[0].start - 1:before[0].start] == "由":
            before = [m for m in before if not _seat(d, m)]  # (由X(深圳)和Y联合主办: X's seat is no host)
            for x in range(len(before)):
                for y in range(x + 1, len(before)):
                    d.add(before[x].key, "cooperatesWith", before[y].key, sent, "coop")
            done.add((cs, ce))
    # investsIn: A 投资(N亿元)(建设) B; A 在 R 投资; A 与 B 签署投资协议
    for i, w in _find_all(text, d.in_text("investsIn"), ms, base):
        p = base + i
        cs, ce = _clause_of(sent, p)
        c = d.text.rfind("与", cs, p)
        if c >= 0 and "签" in d.text[c:p + 6]:
            # A 与 B 签署投资协议: A invests in B
            left = [m for m in ms if cs <= m.start and m.end <= c and m.type in ("Company", "Organization")]
            right = [m for m in ms if c < m.start and m.end <= p and m.type in ("Company", "Project")]
            if left and right:
                d.add(left[-1].key, "investsIn", right[0].key, sent, "invest")
                continue
        subj = _subject([m for m in ms if m.start >= cs or m.end <= cs], p, ("Company", "Organization"))
        if subj is None:
            continue
        at = [m for m in ms if subj.end <= m.start and m.end <= p and m.type == "Region"
              and d.text[m.start - 1:m.start] == "在"]
        if at:  # 台湾企业在柳州投资
            d.add(subj.key, "investsIn", at[-1].key, sent, "invest")
        # A 与 B 共同出资组建 C: every listed investor
        investors = [subj] + _listed_before([m for m in ms if m.type in ("Company", "Organization")],
                                            subj.start, d.text)
        objs = [m for m in ms if p + len(w) <= m.start <= ce and m.type in ("Company", "Project", "Region")
                and not (m.type == "Region" and is_cjk(d.text[m.end:m.end + 1] or "。")
                         and not d.text.startswith(("的", "市场", "建", "设", "投资", "等"), m.end))]
        # (收购马来西亚宝腾汽车: the place begins the name of what is bought)
        if objs:
            gap = d.text[p + len(w):objs[0].start]
            if len(gap) <= 4 or re.fullmatch(r"[\d.,约近超逾多余亿万千百元美港币人民]*(?:建设|兴建|新建|设立|建|打造|于)?的?", gap):
                # 收购A和B: every firm of the list bought
                tails = [objs[0]]
                for x in objs[1:]:
                    if x.type != objs[0].type or d.text[tails[-1].end:x.start] not in ("、", "和", "及", "与", "以及"):
                        break
                    tails.append(x)
                for a in investors:
                    for t in tails:
                        d.add(a.key, "investsIn", t.key, sent, "invest")
        elif re.fullmatch(r"[\d.,约近超逾多余亿万千百元美港币人民]*", d.text[p + len(w):ce]):
            # A 投资20亿元，在 P 建设 Q: the money builds the project of the next clause
            nxt = re.match(r"[，,]\s*(?:并|将|拟)?在[^，,。；;]{2,14}?(?:建设|兴建|新建|投建|打造|建)", d.text[ce:])
            if nxt:
                proj = next((m for m in ms if m.type == "Project" and ce + nxt.end() <= m.start
                             <= ce + nxt.end() + 2), None)
                if proj is not None:
                    for a in investors:
                        d.add(a.key, "investsIn", proj.key, sent, "invest")
    _share_rules(d, sent, ms)
    _built_by_rules(d, sent, ms)
    _project_owner_rules(d, sent, ms)
    # worksFor: employer … title … person
    for m in ms:
        if m.type != "Person":
            continue
        emp = _subject(ms, m.start, ("Company", "Organization", "IndustrialPark", "Project"))
        if emp is None or m.start - emp.end > 20 or any(c in d.text[emp.end:m.start] for c in "，。,；"):
            continue
        last = next((x for x in reversed(ms) if x.end <= m.start and x.type != "Person" and x.rule != "nested"), None)
        if last is not None and last.type == "Region" and last.start >= emp.end \
                and (_PLACE_OFFICE.match(d.text, last.end) or d.text.startswith(d.leader_titles, last.end)):
            continue  # 中共|钦州市委书记X, …、钦州市市长Y: titled by the place, not by the body
            # before it (but 贸发局|华南首席代表X: the body's office for a region)
        if emp.type == "Project":
            owner = [h for (h, r, t) in d.out if r == "develops" and t == emp.key] + (
                [d.named_owner[emp.key]] if emp.key in d.named_owner else [])
            comp = [x for x in ms if x.type == "Company" and x.end <= emp.start]
            key = owner[0] if owner else (comp[-1].key if comp else None)
            if key is None:
                continue
            d.add(m.key, "worksFor", key, sent, "title")
        elif not _regional_party_committee(d, emp.key):
            d.add(m.key, "worksFor", emp.key, sent, "title")
        # 柳州市委常委、柳东新区党工委书记谢永钢: every employer of a chain of titles
        titles = d.res.words["titles"] if d.res is not None else ()
        cur = emp
        while True:
            prev = _subject(ms, cur.start, ("Company", "Organization", "IndustrialPark"))
            if prev is None:
                break
            gap = d.text[prev.end:cur.start]
            if not (gap.endswith("、") and gap[:-1] in titles) and not (
                    gap in ("、", "兼") and prev.type == cur.type == "Organization"):
                break  # (中共中央台办、国务院台办副主任X, X部兼Y部部长: both bodies of one title)
            if not _regional_party_committee(d, prev.key):
                d.add(m.key, "worksFor", prev.key, sent, "title")
            cur = prev
    # produces
    prods = [m for m in ms if m.type == "Product"]
    for pm in prods:  # 东风柳汽的乘龙系列: the maker's product
        owner = next((m for m in ms if m.type == "Company" and m.end + 1 == pm.start), None)
        if owner is not None and d.text[owner.end] == "的":
            d.add(owner.key, "produces", pm.key, sent, "product")
    if prods and any(w in text for w in T["produces"]):
        for pm in prods:
            comp = _subject(ms, pm.start, ("Company",))
            if comp is None:
                after = [m for m in ms if m.start >= pm.end and m.type == "Company"]
                comp = after[0] if after else None
            if comp is None:
                # 宏光MINIEV等车型已销往印尼: the maker named just before, in the paragraph
                key = d.last_before("Company", sent.start, d.paragraph_start[sent.paragraph])
                comp = Mention(d.doc, 0, 0, "", "Company", "coref", key=key) if key else None
            if comp is not None:
                d.add(comp.key, "produces", pm.key, sent, "product")
    # A 在 P 建设 Z: a zone being built lies in the place it is built in
    starts = T.get("develops_start", ())
    if any(w in text for w in starts):
        for pm in ms:
            if pm.type != "IndustrialPark" or pm.rule in ("nested", "lexicon"):
                continue
            cs, _ = _clause_of(sent, pm.start)
            at = [m for m in ms if cs <= m.start < pm.start and m.type == "Region" and _home(d, m)
                  and d.text[m.start - 1:m.start] == "在" and m.rule != "nested"]
            if at and any(w in d.text[at[-1].end:pm.start] for w in starts):
                d.add(pm.key, "locatedIn", at[-1].key, sent, "located")
    # develops: a project in a sentence with a build trigger
    projs = [m for m in ms if m.type == "Project"]
    if projs and any(w in text for w in T["develops"]):
        for pm in projs:
            if _landmark(d, sent, pm):
                continue  # 园区靠近X高速公路: a landmark, built by nobody named here
            # X项目由(全球领军企业)Y(投资)建设: Y builds X, and invests in it if it pays
            by = _BUILT_BY.match(d.text, pm.end)
            if by is not None:
                agent = next((m for m in ms if pm.end < m.start <= by.end(1) and m.type == "Company"), None)
                if agent is not None and d.text[agent.end:by.end()].startswith(by.group(2)):
                    d.add(agent.key, "develops", pm.key, sent, "build")
                    if "投资" in by.group(2) or "出资" in by.group(2):
                        d.add(agent.key, "investsIn", pm.key, sent, "invest")
                    continue
            owner = [h for (h, r, t) in d.out if r == "develops" and t == pm.key]
            cs, _ = _clause_of(sent, pm.start)
            if cs > sent.start + 1 and d.text[cs - 1] in ":：" and d.text[cs - 2] in "目程":
                cs = _clause_of(sent, cs - 2)[0]  # X在园区开发了两个项目：A、B: X's list
            builder = [m for m in ms if cs <= m.start and m.end <= pm.start and m.type == "Company"
                       and re.match(r"(?:正|将|已|拟|计划|还|也|又|正式|已经|目前)?在", d.text[m.end:m.end + 4])]
            # a place written as where (在/位于 X, X的) builds nothing
            places = [m for m in ms if (m.type != "Region" or _home(d, m)) and m.rule != "nested"
                      and d.text[m.end:m.end + 1] not in ("—", "－", "-")  # 柳东新区—热科院…中心: a joint name
                      and not _where(d, ms, m) and d.text[m.end:m.end + 1] != "的"]
            subj = builder[-1] if builder else _subject(places, pm.start, ("IndustrialPark", "Region"))
            if subj is not None and subj.type == "Region" and subj.rule != "coref" and not _acts(d, sent, subj) \
                    and not _goes_on_to_build(d, sent, ms, subj, pm):
                subj = None  # 广西将以X项目为依托, 台湾…签约的有X: the place builds nothing
            if subj is not None and subj.type == "IndustrialPark" and subj.end == pm.start:
                subj = None  # X产业园Y项目正式开工: the park is where the project is, not who builds it
            if subj is None and not owner:
                subj = _subject(ms, pm.start, ("Company",))
            if subj is None and d.main.get("IndustrialPark") and not owner:
                # the paragraph's zone builds it (柳州高新区 … 曙光大道建成通车)
                subj = Mention(d.doc, 0, 0, "", "IndustrialPark", "coref", key=d.main["IndustrialPark"])
            if subj is not None and owner and subj.type != "Company" and (
                    subj.end == 0 or subj.start <= sent.start + 1):
                # a company's own project in a story or sentence about a zone: the
                # zone hosts it, the company builds it
                subj = None
            if subj is not None:
                d.add(subj.key, "develops", pm.key, sent, "build")
            # A 在 P 建设 X: X is in P
            cs, _ = _clause_of(sent, pm.start)
            at = re.search(r"在$", d.text[cs:pm.start]) is None and [
                m for m in ms if cs <= m.start < pm.start and m.type in ("IndustrialPark", "Region")
                and d.text[m.start - 1:m.start] == "在"]
            if at:
                d.add(pm.key, "locatedIn", at[-1].key, sent, "located")


def _doc_rules(d: _Doc):
    """Containment stated by the document as a whole: a smaller park in a
    story about one zone.  (A place and its province or bloc named in
    different sentences are not: the guide asks for a sentence that states
    it, and ``_hier_rules`` reads those.)"""
    if d.res is None:
        return
    g = d.res.gazetteer
    first: dict[str, Mention] = {}
    for m in d.mentions:
        first.setdefault(m.key, m)
    sent_at = {}
    for s_ in d.sentences:
        for m in d.in_sentence(s_):
            sent_at[id(m)] = s_
    for key, m in first.items():
        s_ = sent_at.get(id(m))
        if s_ is None:
            continue
        if m.type == "IndustrialPark" and d.main.get("IndustrialPark") not in (None, key):
            if key.endswith(_BIG_PARK):
                continue
            lead = g.lookup(key[:2]) or g.lookup(key[:3])
            main = d.main["IndustrialPark"]
            if lead is not None and lead[1].type == "Region" and not main.startswith(lead[0][:2]) \
                    and lead[0] not in main:
                continue  # 苏州工业园 in a story about 柳州高新区
            if any(r == "partOf" and h == key for (h, r, t) in d.out):
                continue
            d.add(key, "partOf", main, s_, "subpark")


def _short_name_rules(d: _Doc, sent) -> None:
    """桂港合作, 中越经贸交流: the partners' one-character short names, joined
    (each named in full somewhere in the story; the sentence may name none)."""
    if d.res is None or not any(w in sent.text for w in _JOINT_WORK):
        return
    abbr = d.res.words.get("region_abbreviations", {})
    if not abbr:
        return
    for m in _abbreviated_pair_re(tuple(sorted(abbr))).finditer(sent.text):
        names = [abbr[c] for c in m.group(1)]
        if names[0] != names[1]:
            d.add(names[0], "cooperatesWith", names[1], sent, "short_names")


def relate(doc: str, text: str, sentences, mentions: list[Mention], res, focus=None) -> list[Relation]:
    """All relations stated in one document, keyed by mention keys.

    ``focus`` is the story's zone and city (:func:`kg.focus.story_focus`),
    when the caller has it already."""
    d = _Doc(doc, text, sentences, mentions, res, focus)
    _name_rules(d)
    joint_work = any(w in text for w in _JOINT_WORK)  # (a sentence holds no word its text does not)
    for sent in sentences:
        if joint_work:
            _short_name_rules(d, sent)
        ms = d.in_sentence(sent)
        ms = sorted(ms + _coref_mentions(d, sent, ms), key=lambda m: m.start)
        if len(ms) < 2 and not (ms and (ms[0].type == "Product" or ms[0].type == "Region"
                                        and _subjectless(d, sent.start))):
            continue  # (a product alone, or a market of a subject-less clause: the
            # maker or the seller may be the paragraph's firm)
        _hier_rules(d, sent, ms)
        # the places of an address inside a name (广西柳州市|X项目) only nest
        ms = [m for m in ms if not (m.rule == "nested" and m.type == "Region")]
        _adjacent_rules(d, sent, ms)
        _trigger_rules(d, sent, ms)
    _doc_rules(d)
    rels = []
    for (h, r, t), evs in sorted(d.out.items()):
        rels.append(Relation(h, r, t, tuple(evs)))
    return rels
