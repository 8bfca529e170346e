"""Property tests: the recogniser and the exporters over hostile text.

Names with ``<``, ``>``, ``"``, ``\\``, newlines, ``{``, ``}``, spaces,
control characters, emoji, RTL marks and very long strings must give valid
IRIs and Turtle that rdflib *and* pyoxigraph parse back, JSON that loads
back, and inert text in the HTML page; the per-document pipeline never
raises anything but a :class:`~kg.errors.KGError` and its mentions are
spans of the normalised text.

Fixed seed, bounded number of examples.
"""
from __future__ import annotations

import json
import re

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDFS, Graph, URIRef

from kg.errors import KGError
from kg.export.html import render_html
from kg.export.jsonexport import from_json, to_json
from kg.export.turtle import to_rdflib, to_turtle
from kg.graph import build_graph, entity_iri
from kg.model import ENTITY_TYPES, RELATION_TYPES, Entity, Evidence, Observation, Relation
from kg.normalise import normalise
from kg.pipeline import process_document
from kg.read import make_document

FUZZ = settings(max_examples=200, derandomize=True, database=None, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FEW = settings(FUZZ, max_examples=60)

HOSTILE = ["<", ">", '"', "'", "\\", "\n", "\r", "\t", "{", "}", " ", "\x00", "\x01", "\x1f",
           "\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\u202e", "\u200d", "%", "%20", "#",
           "?", "&", "^", "`", "|", "@", ":", "/", "..", "_:b0", "<script>", "</script>",
           "<!--", "]]>", "\"\"\"", "'''", "\\u0000", "\\n", "😀", "👨‍👩‍👧", "\u0301", "עברית",
           "عربي", "柳工", "優必選", "\U00020BB7", "\uffff", "\ufffd", "\U0010FFFF", ".", "-"]
names = st.one_of(
    st.lists(st.one_of(st.sampled_from(HOSTILE), st.characters(codec="utf-8")),
             min_size=1, max_size=25).map("".join),
    st.sampled_from(HOSTILE),
    st.builds(lambda s, n: (s * n)[:20000], st.sampled_from(["柳", "<>\"", "a b\n"]),
              st.integers(1000, 20000)),  # very long
)


@st.composite
def graphs(draw):
    ents = draw(st.lists(names, min_size=1, max_size=6, unique=True))
    entities = [Entity(n, draw(st.sampled_from(ENTITY_TYPES)), n,
                       aliases=tuple((a, draw(st.sampled_from(["zh-Hans", "en", "zh-Hant"])))
                                     for a in draw(st.lists(names, max_size=2))),
                       mention_count=1, documents=("doc/0123456789abcdef",))
                for n in ents]
    relations = []
    for _ in range(draw(st.integers(0, 4))):
        h, t = draw(st.sampled_from(ents)), draw(st.sampled_from(ents))
        ev = Evidence("doc/0123456789abcdef", draw(names), 0, 1, 0.8, draw(names))
        relations.append(Relation(h, draw(st.sampled_from(RELATION_TYPES)), t, (ev,)))
    observations = [Observation(draw(st.sampled_from(ents)), draw(names), "2.5", draw(names),
                                2023, "doc/0123456789abcdef", draw(names), 0, 3)
                    for _ in range(draw(st.integers(0, 2)))]
    documents = {"doc/0123456789abcdef": {"source_file": draw(names), "path": draw(names),
                                          "headline": draw(names), "sha256": "0" * 64,
                                          "script": "zh-Hans"}}
    return build_graph(entities, relations, observations, documents), ents


def _clean(s: str) -> str:  # what an RDF literal can carry
    return s.replace("\x00", "")


@FUZZ
@given(graphs())
def test_turtle_parses_back_in_rdflib_and_pyoxigraph(drawn):
    G, ents = drawn
    ttl = to_turtle(G)
    expected = to_rdflib(G)
    g = Graph().parse(data=ttl, format="turtle")
    assert len(g) == len(expected)
    fmt = pyoxigraph.RdfFormat.TURTLE if hasattr(pyoxigraph, "RdfFormat") else "text/turtle"
    quads = list(pyoxigraph.parse(ttl.encode("utf-8"), fmt))
    assert len(quads) == len(expected)
    for n in ents:
        iri = entity_iri(n)
        pyoxigraph.NamedNode(iri)  # a valid IRI (raises otherwise)
        labels = {str(o) for o in g.objects(URIRef(iri), RDFS.label)}
        assert labels == {_clean(n)}


@FUZZ
@given(names)
def test_entity_iris_are_valid_and_distinct(name):
    iri = entity_iri(name)
    pyoxigraph.NamedNode(iri)
    assert not any(c in iri for c in '<>"{}|\\^` \n\r\t')
    if name != name + "x":
        assert entity_iri(name + "x") != iri


@FEW
@given(graphs())
def test_json_loads_back(drawn):
    G, ents = drawn
    text = to_json(G)
    json.loads(text)
    H = from_json(text)
    assert set(H.nodes) == set(G.nodes)


@FEW
@given(graphs())
def test_html_text_is_inert(drawn):
    G, ents = drawn
    page = render_html(G)
    benign = render_html(build_graph([Entity("柳工", "Company", "柳工")], [], [], {}))
    low, base = page.lower(), benign.lower()
    for tag in ("<script", "</script", "<img", "<iframe", "<svg", "<!--", "<style", "<a "):
        assert low.count(tag) == base.count(tag), tag
    for n in ents:  # markup in a name never reaches the page as markup
        if re.search(r"<[A-Za-z/!?]", n) and n not in benign:
            assert n not in page


TEXTISH = st.lists(st.one_of(
    st.sampled_from(["柳工", "柳州", "上汽通用五菱", "北部生态新区", "广西", "有限公司", "集团",
                     "位于", "与", "合作", "出口", "投资", "生产", "东盟", "。", "，", "、", "“",
                     "”", "《", "》", "（", "）", "\n", " ", "2023年", "产值达2.5亿元", "记者 朱柳融",
                     "優必選科技", "位於", "廣西", "Walker S1", "(黄蕊 摄)"]),
    st.sampled_from(HOSTILE),
    st.characters(codec="utf-8"),
), max_size=60).map("".join)


@FEW
@given(TEXTISH)
def test_process_document_never_raises_and_mentions_are_spans(text):
    doc = make_document("fuzz.txt", text.encode("utf-8"), text, "utf-8")
    try:
        r = process_document(doc)
    except KGError:
        return
    nt = normalise(text).text
    for m in r.mentions:
        assert 0 <= m.start < m.end <= len(nt)
        assert nt[m.start:m.end] == m.text
