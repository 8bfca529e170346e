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

from ..model import Mention, Relation
from .build import _develops_rules, _produces_rules
from .context import _coref_mentions, _subjectless
from .coop import _coop_rules, _short_name_rules
from .doc import CONFIDENCE, _Doc, _JOINT_WORK
from .invest import _built_by_rules, _invest_rules, _project_owner_rules, _share_rules, _subsidiary_rules
from .located import (
    _bracketed_place_rules, _counted_firms_rules, _entered_zone_rules, _first_of_rules, _listed_home_rules,
    _located_rules, _sites_listed_rules, _topic_located_rules, _zone_built_in_rules)
from .names import _address_before_firm, _adjacent_rules, _doc_rules, _hier_rules, _name_rules
from .people import _bare_committee_rules, _elected_rules, _works_for_rules
from .sectors import (
    _appositive_sector_rules, _firm_sector_rules, _gathered_in_rules, _head_first_sector_rules,
    _list_head_sector_rules, _made_in_rules, _pillar_rules, _topic_sector_rules)
from .trade import _export_rules, _market_rules


__all__ = ["relate", "CONFIDENCE"]


def _trigger_rules(d: _Doc, sent, ms):
    """The sentence's trigger rules, in order: later rules read what earlier ones found."""
    _located_rules(d, sent, ms)
    topic = _topic_sector_rules(d, sent, ms)
    _firm_sector_rules(d, sent, ms)
    _appositive_sector_rules(d, sent, ms)
    _first_of_rules(d, sent, ms)
    _list_head_sector_rules(d, sent, ms)
    _head_first_sector_rules(d, sent, ms)
    _made_in_rules(d, sent, ms)
    _gathered_in_rules(d, sent, ms)
    _topic_located_rules(d, sent, ms, topic)
    _entered_zone_rules(d, sent, ms)
    _bracketed_place_rules(d, sent, ms)
    _listed_home_rules(d, sent, ms)
    _counted_firms_rules(d, sent, ms)
    _pillar_rules(d, sent, ms)
    _export_rules(d, sent, ms)
    _market_rules(d, sent, ms)
    _coop_rules(d, sent, ms)
    _invest_rules(d, sent, ms)
    _share_rules(d, sent, ms)
    _subsidiary_rules(d, sent, ms)
    _built_by_rules(d, sent, ms)
    _project_owner_rules(d, sent, ms)
    _works_for_rules(d, sent, ms)
    _bare_committee_rules(d, sent, ms)
    _elected_rules(d, sent, ms)
    _produces_rules(d, sent, ms)
    _zone_built_in_rules(d, sent, ms)
    _sites_listed_rules(d, sent, ms)
    _develops_rules(d, sent, ms)


def relate(doc: str, text: str, sentences, mentions: list[Mention], res, focus=None) -> list[Relation]:
    """All relations stated in one document, keyed by mention keys.

    ``focus`` is the story's zone and city (:func:`kg.focus.story_focus`),
    when the caller has it already."""
    if res is not None:
        # a fair the story is about is a node (``recognise.events``), but in its sentences a
        # time and a venue (东博会期间, 在东博会上签约), no party to what is done there
        mentions = [m for m in mentions if not (m.type == "Initiative" and res.gazetteer.kind(m.key) == "fair")]
    d = _Doc(doc, text, sentences, mentions, res, focus)
    _name_rules(d)
    joint_work = any(w in text for w in _JOINT_WORK)  # (a sentence holds no word its text does not)
    for sent in sentences:
        if joint_work:
            _short_name_rules(d, sent)
        ms = d.in_sentence(sent)
        ms = sorted(ms + _coref_mentions(d, sent, ms), key=lambda m: m.start)
        if len(ms) < 2 and not (ms and (ms[0].type == "Product" or ms[0].type == "Region"
                                        and (_subjectless(d, sent.start) or "我们" in sent.text)
                                        or ms[0].type == "Company"
                                        and any(w in sent.text for w in d.trig["locatedIn"]))):
            continue  # (a product alone, or a market of a subject-less clause or of a
            # quoted 我们: the maker or the seller may be the paragraph's or the speaker's firm;
            # a firm alone that settles: in the zone the story or the clause names)
        _hier_rules(d, sent, ms)
        _address_before_firm(d, sent, ms)
        # the places of an address inside a name (广西柳州市|X项目) only nest
        ms = [m for m in ms if not (m.rule == "nested" and m.type == "Region")]
        _adjacent_rules(d, sent, ms)
        _trigger_rules(d, sent, ms)
    _doc_rules(d)
    rels = []
    for (h, r, t), evs in sorted(d.out.items()):
        rels.append(Relation(h, r, t, tuple(evs)))
    return rels
