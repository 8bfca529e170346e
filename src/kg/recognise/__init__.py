"""Stage 5, *recognise*: typed mentions from lexicons, patterns and context.

Components, run in order over one document (spaCy-style, each adds
candidate spans with the id of the rule that proposed them):

``lexicon``
    Aho-Corasick match of every lexicon surface (short names only on jieba
    token boundaries; ordinary-word aliases and stock codes not in running
    text).  Lexicon names and name suffixes also cut jieba's tokens.
``suffix:<id>``
    a name suffix (有限公司, 产业园, 大学, 项目, 三年行动 …,
    ``data/patterns/suffixes.tsv``) plus the name-like tokens before it,
    stopping at function words, verbs and punctuation (``words.json``), at
    the end of a name of another type, or at a known name; generic names
    (绿色工业园区, 区域配件中心) need a *proper element*: a lexicon name, a
    word jieba does not know, Latin letters or digits, or a long name.
``industry``
    ``X产业`` / ``X行业``: the known sector in X, with its qualifier
    (智能机器人, 风电装备制造); unknown sectors only beside known ones.
``town``, ``quoted``, ``stock``
    柳北区长塘镇; “一二五”工程 and “七个一批”工作机制; 优必选（9880.HK）.
``person``
    a title (总经理, 书记 …) followed by a 2–3 character name starting with a
    common surname.
``product``
    a brand with a Latin model name (``宏光MINI EV``, ``Walker S1``).
``enum``
    enumeration propagation: in ``X、Y、Z等企业`` every item gets the type
    that the typed items or the head noun (企业, 园区, 产业, 车型 …)
    establishes; a list ends at 等.
``employer``, ``context``
    the name before a title (台湾正新橡胶董事长…) and before 在 <place> 投资
    is a company.
``alias``, ``abbr``
    a second pass over the document for the short forms of the names found
    (柳州优必选智能科技有限公司 → 优必选) and for abbreviations
    (…（以下简称“B”）, 香港贸易发展局（贸发局）).
``nested``
    a company at the start of a project's name (玉柴 in 玉柴发动机智能工厂):
    the one overlap the policy keeps.

Industry words count only where the text speaks of a sector
(:func:`_industry_in_context`).
Overlaps are resolved by :func:`select_longest`: longest span first, then
by rule priority, then leftmost.  Spans inside bylines are dropped.

Examples
--------
>>> from kg.resources import load_resources
>>> from kg.segment import Segmenter
>>> res = load_resources(); seg = Segmenter.from_resources(res)
>>> ms = recognise("d", "柳州天海盟立电器有限公司位于柳南区。", res, seg)
>>> [(m.text, m.type) for m in ms]
[('柳州天海盟立电器有限公司', 'Company'), ('柳南区', 'Region')]
"""
from __future__ import annotations

from ..model import UNEXPORTED_TYPES, Mention
from ..sentences import split_sentences
from .aliases import _alias_mentions, _yield_to_abbreviations
from .common import (
    RULE_PRIORITY, _boundaries, _cuts, _masked, company_core, mention_key, select_longest,
    split_tokens, strip_legal_and_region, strip_quotes)
from .context import (
    _acquired_mentions, _appositive_mentions, _employer_mentions, _investor_mentions,
    _partner_mentions)
from .events import salient_fairs
from .hosts import hosting_bases
from .industry import _industry_in_context, _industry_mentions, _qualified_sectors
from .lexicon import _foreign_national, _lexicon_mentions
from .lists import _enum_mentions, _pair_mentions
from .marked import _book_title_mentions, _quoted_mentions, _stock_code_mentions
from .nested import _after_people, _branches, _joined_names, _nested_companies, _place_committees, _subpark_keys
from .people import _minister_mentions, _person_mentions
from .places import _town_mentions
from .products import _product_mentions
from .suffix import _suffix_mentions


__all__ = ["recognise", "select_longest", "company_core", "strip_legal_and_region", "strip_quotes",
           "mention_key", "split_tokens", "RULE_PRIORITY"]


def _add(chosen: list[Mention], found) -> list[Mention]:
    """``select_longest(chosen + found)``; nothing to do when a pass found nothing
    (it usually does: each later pass fills gaps)."""
    found = list(found)
    return select_longest(chosen + found) if found else chosen


def recognise(doc: str, text: str, res, seg, masks=(), tokens=None, sentences=None) -> list[Mention]:
    """Typed, non-overlapping mentions of a normalised text."""
    if tokens is None:
        tokens = seg.lazy_tokens(text)
    if sentences is None:
        sentences = split_sentences(text)
    starts, ends = _boundaries(tokens)
    places = list(_lexicon_mentions(doc, text, res, starts, ends, seg))
    lex = _foreign_national(places, text, res)
    raw_tokens = tokens
    tokens = split_tokens(tokens, _cuts(text, res, lex))
    starts, ends = _boundaries(tokens)
    cands = list(lex)
    cands += list(_suffix_mentions(doc, text, tokens, res, seg, masks, raw_tokens))
    cands += list(_industry_mentions(doc, text, tokens, res, seg, masks))
    cands += list(_town_mentions(doc, text, lex, res))
    cands += list(_quoted_mentions(doc, text, res))
    cands += list(_book_title_mentions(doc, text, res))
    cands += list(_stock_code_mentions(doc, text, tokens, res, lex))
    cands += list(_person_mentions(doc, text, res, masks, seg))
    cands += list(_minister_mentions(doc, text, res, places, masks))
    cands += list(_product_mentions(doc, text, res, sentences, tokens, seg))
    cands = [m for m in cands if not _masked(m.start, m.end, masks)]
    chosen = select_longest(_after_people(cands, text, res))
    chosen = _add(chosen, _enum_mentions(doc, text, tokens, chosen, res, masks))
    chosen = _add(chosen, _pair_mentions(doc, text, chosen, res))
    chosen = _add(chosen, _employer_mentions(doc, text, tokens, res, seg, chosen, masks))
    chosen = _add(chosen, _investor_mentions(doc, text, tokens, res, seg, chosen, masks))
    chosen = _add(chosen, _partner_mentions(doc, text, tokens, res, seg, chosen, masks))
    chosen = _add(chosen, _acquired_mentions(doc, text, tokens, res, seg, chosen, masks))
    chosen = _add(chosen, _appositive_mentions(doc, text, tokens, res, seg, chosen, masks))
    found = _alias_mentions(doc, text, tokens, chosen, res, seg)
    if len(kept := _yield_to_abbreviations(chosen, found)) < len(chosen):
        chosen = kept  # (and the short forms of the names that gave way are no names)
        found = _alias_mentions(doc, text, tokens, chosen, res, seg)
    chosen = _add(chosen, found)
    chosen = _industry_in_context(text, chosen, res)
    chosen = _qualified_sectors(chosen, text, tokens, res)
    chosen = _branches(_place_committees(chosen, text, res), text, res)
    chosen = salient_fairs(hosting_bases(_joined_names(doc, chosen, text, res), text, res), text, res)
    nested = _nested_companies(doc, chosen, res, seg)
    named = [m for m in _subpark_keys(chosen, nested, res) + nested if m.type not in UNEXPORTED_TYPES]
    return sorted(named, key=lambda m: (m.start, -m.end))
