"""One document as the relation rules see it (:class:`_Doc`): its mentions by
sentence, trigger words, the relations found so far with their evidence,
and the fallback rule confidences (:data:`CONFIDENCE`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..focus import story_focus
from ..model import Evidence


#: fallback confidences; the measured ones (benchmarks/rule_precision.py)
#: are in data/patterns/rule_confidence.json
CONFIDENCE = {
    "name": 0.8, "hier": 0.85, "subpark": 0.6, "located": 0.75, "focus": 0.7,
    "pillar": 0.8, "export": 0.8, "coop": 0.75, "invest": 0.7, "title": 0.85,
    "product": 0.7, "build": 0.6, "coref": 0.6, "industry": 0.55, "topic": 0.5, "adjacent": 0.6,
    "short_names": 0.7,
}

_FOREIGN_KINDS = frozenset({"country", "bloc", "continent", "economic_region", "region", "subregion", "gulf", "sar"})
_ADVERBS = re.compile(r"还|也|已经|已|并|将|正在|正|积极|大力|主动|同时|此外|另外|近日|目前|今年|去年|"
                      r"推进|推动|加速|深化|继续|持续|开展|促进|通过|围绕|力争|计划|拟|"
                      r"不断|进一步|加快|加强|加大|扩大|寻求|更是|深入|全力|全面|共同|双方|三方|多方|就|都|又|再|均|曾|先后|相继|分别|"
                      r"[\s“”\"「」]|"
                      r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?<=[年月日])(?:起|以来|初|底|上旬|中旬|下旬)?")  # a date: 2009年6月
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
_COREF = {"IndustrialPark": ("该新区", "新区", "高新区", "开发区", "该园", "园区", "工业集中区", "集中区",
                             "党工委", "工委", "管委会", "管委"),  # 该园 and 该园区
          "Company": ("该公司", "该企业", "该集团", "集团", "公司"),
          "Project": ("该项目", "项目", "该基地", "该工厂", "该电站"),
          "Region": ("我市", "全市", "该市"),
          "Organization": ("研究院", "研究所", "协会", "商会", "学院"),
          "here": ("这里", "此地")}

#: the trigger lists that :meth:`_Doc.in_text` is asked for
_IN_TEXT_LISTS = frozenset(("locatedIn", "locatedIn_park", "locatedIn_holds", "inIndustry_pillar", "exportsTo",
                            "exportsTo_launch", "exportsTo_shipping", "cooperatesWith", "investsIn"))


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
        #: per type, the coreference words (``words.json`` ``coref``) that the text holds
        coref = (res.words.get("coref") if res is not None else None) or _COREF  # (words.json coref)
        self.coref_words = [(typ, found) for typ, words in coref.items()
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

    def subject_before(self, typ: str, pos: int, founded: bool = False):
        """Key of the first mention of ``typ`` in the last sentence before
        ``pos`` that names one: the thing 该公司 refers back to (the
        sentence's subject, not a partner named after it); with ``founded``,
        a firm that sentence founds (A与B合资成立了C。该公司…: C)."""
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
        if j + 1 < len(starts) and starts[j + 1] < pos and _OWNER_OF_NEXT.fullmatch(
                self.text, first.end, starts[j + 1]):
            first = self._by_type_mentions[typ][j + 1]  # X集团旗下Y公司…。该公司: Y, the unit named
        new = next((m for m in self._by_type_mentions[typ][j:i + 1] if m.rule != "nested"
                    and _FOUNDED_NEXT.search(self.text, max(0, m.start - 8), m.start)), None) if founded else None
        if new is not None:
            first = new
        return first.key if first.rule != "nested" else keys[i]

    def in_sentence(self, sent):
        """The mentions inside ``sent``, in order (a bisect on the starts)."""
        if self._starts is None or len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
        lo = bisect_left(self._starts, sent.start)
        hi = bisect_right(self._starts, sent.end, lo)
        return [m for m in self.mentions[lo:hi] if m.end <= sent.end]


_LIST_SEPS = frozenset(("", "、", "和", "及", "与", "以及"))


def _entry(d: _Doc, key: str):
    """The lexicon entry of ``key``, or None."""
    return d.res.gazetteer.entries.get(key) if d.res is not None else None


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


#: a verb founding a firm, right before its name (合资成立了|C公司)
_FOUNDED_NEXT = re.compile(r"(?:成立|设立|组建|创办|注册)了?(?:一家)?(?:全资|控股)?(?:子公司)?$")
#: after a group's name, the words that make the next firm its own (X旗下的Y)
_OWNER_OF_NEXT = re.compile(r"(?:旗下|下属|所属|控股)的?")


#: 以A、B为龙头: the firms a zone leads with (group 1: the list)
_LEADS_WITH = re.compile(r"以([^，,。；;以为]{2,60}?)(?:等)?为(?:龙头|核心|引领|主体|代表|骨干)")
_JOINT_WORK = ("合作", "交流", "对接", "协作")
