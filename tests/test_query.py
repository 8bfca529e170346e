"""kg.query: prefixes, both engines, errors with line and column, formats."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError, QueryError
from kg.formats import display_width, format_result, format_rows
from kg.query import canonical_literal, choose_engine, open_graph, read_query, run_query

DATA = Path(__file__).parent / "data"
ANALYSIS = DATA / "analysis.ttl"
ENGINES = ["rdflib", "oxigraph"]
KGR = "https://w3id.org/liuzhou-kg/resource/"


@pytest.fixture(scope="module", params=ENGINES)
def graph(request):
    return open_graph(ANALYSIS, request.param)


def test_prefixes_are_prebound(graph):
    r = graph.query("SELECT ?l WHERE { ?e a kg:Person ; rdfs:label ?l }")
    assert r.columns == ["l"]
    assert r.rows == [{"l": "陈文杰"}]


def test_iris_and_unbound_values(graph):
    r = graph.query("""SELECT ?e ?alt WHERE {
        ?e rdfs:label ?l . FILTER (STR(?l) = "柳州")
        OPTIONAL { ?e skos:altLabel ?alt } }""")
    assert r.rows == [{"e": KGR + "entity/柳州", "alt": None}]
    assert r.iris == [frozenset({"e"})]


def test_numbers_are_canonical_in_both_engines(graph):
    r = graph.query("""SELECT (SUM(?v) AS ?total) (COUNT(?o) AS ?n) (AVG(?c) AS ?avg) WHERE {
        ?o a kg:Observation ; kg:value ?v ; kg:unit "元" ; kg:confidence ?c }""")
    assert r.rows == [{"total": "12480000000", "n": "4", "avg": "0.8"}]


def test_ask_and_construct(graph):
    assert graph.query("ASK { ?x kg:partOf ?y }").rows == [{"ask": "true"}]
    assert graph.query("ASK { ?x kg:investsIn ?y }").rows == [{"ask": "false"}]
    r = graph.query("CONSTRUCT { ?s kg:partOf ?o } WHERE { ?s kg:partOf ?o . ?o rdfs:label \"东盟\"@zh-Hans }")
    assert r.kind == "graph"
    assert r.rows == [{"subject": KGR + "entity/越南",
                       "predicate": "https://w3id.org/liuzhou-kg/ontology#partOf",
                       "object": KGR + "entity/东盟"}]


def test_engines_agree_on_a_query_file():
    a = run_query(ANALYSIS, Path(__file__).parents[1] / "queries" / "13_most_mentioned.rq", "rdflib")
    b = run_query(ANALYSIS, Path(__file__).parents[1] / "queries" / "13_most_mentioned.rq", "oxigraph")
    assert a.rows == b.rows and len(a.rows) == 17


def test_auto_engine_is_oxigraph():
    assert choose_engine(ANALYSIS) == "oxigraph"
    assert choose_engine(ANALYSIS, "rdflib") == "rdflib"
    with pytest.raises(QueryError, match="expected an engine"):
        choose_engine(ANALYSIS, "virtuoso")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("query, line, column, found", [
    ("SELECT * WHERE { ?s ?p  }", 1, 18, "'?s ?p  }'"),
    ("SELECT ?x WHERE {\n  ?s kg:about ?o .\n  FILTER(?o = )\n}", 3, 3, "'FILTER(?o = )'"),
    ("SELECT * WHERE {\n  ?s nope:p ?o }", 2, 6, "unknown prefix 'nope'"),
    ("SELEC * WHERE {}", 1, 1, "'SELEC * WHERE {}'"),
])
def test_malformed_query_reports_line_and_column(engine, query, line, column, found):
    with pytest.raises(QueryError) as info:
        run_query(ANALYSIS, query, engine)
    err = info.value
    assert (err.line, err.column) == (line, column)
    assert err.path == "<query>"
    assert found in str(err)
    assert str(err).startswith(f"<query>:{line}:{column}: expected")
    assert err.exit_code == 2


def test_error_names_the_query_file(tmp_path):
    q = tmp_path / "bad.rq"
    q.write_text("# a comment\nSELECT ?x WHERE {\n  ?x a kg:Company\n", encoding="utf-8")
    with pytest.raises(QueryError) as info:
        run_query(ANALYSIS, q)
    assert info.value.path == str(q)
    assert info.value.line is not None and info.value.line >= 2


def test_oxigraph_only_errors_are_still_reported():
    # rdflib accepts a SELECT of a non-grouped variable, oxigraph does not
    q = "SELECT ?x WHERE { ?x ?p ?o } GROUP BY ?p"
    with pytest.raises(QueryError) as info:
        run_query(ANALYSIS, q, "oxigraph")
    assert info.value.line == 1
    assert "unbound" in str(info.value)


def test_missing_files():
    with pytest.raises(InputError, match="no such file"):
        run_query(DATA / "nope.ttl", "ASK {}")
    with pytest.raises(InputError, match="no such file"):
        read_query("missing.rq")
    with pytest.raises(InputError, match="expected an RDF file"):
        open_graph(DATA / "analysis.json")


@pytest.mark.parametrize("engine", ENGINES)
def test_broken_turtle_is_an_input_error(tmp_path, engine):
    p = tmp_path / "g.ttl"
    p.write_text("@prefix kg: <https://w3id.org/liuzhou-kg/ontology#> .\n\nkg:a kg:b .\nkg:c kg:d\n",
                 encoding="utf-8")
    with pytest.raises(InputError, match="expected valid RDF"):
        open_graph(p, engine)


def test_read_query_text_and_file(tmp_path):
    assert read_query("ASK {}") == ("ASK {}", "<query>")
    q = tmp_path / "q.rq"
    q.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert read_query(str(q)) == ("ASK { ?s ?p ?o }", str(q))


def test_canonical_literal():
    dec = "http://www.w3.org/2001/XMLSchema#decimal"
    assert canonical_literal("1.50", dec) == "1.5"
    assert canonical_literal("1E+3", dec) == "1000"
    assert canonical_literal("+12", "http://www.w3.org/2001/XMLSchema#integer") == "12"
    assert canonical_literal("1e0", "http://www.w3.org/2001/XMLSchema#double") == "1.0"
    assert canonical_literal("abc", dec) == "abc"


def test_table_format_aligns_chinese():
    r = run_query(ANALYSIS, "SELECT ?e ?n WHERE { ?e a kg:Industry ; kg:mentionCount ?n } ORDER BY ?n")
    text = format_result(r, "table")
    lines = text.splitlines()
    assert lines[0].split() == ["e", "n"]
    assert lines[2:4] == ["kgr:entity/新能源汽车  2", "kgr:entity/机器人      3"]
    assert lines[-1] == "(2 rows)"
    assert len({display_width(line) for line in lines[2:4]}) == 1


def test_csv_and_json_keep_full_iris():
    r = run_query(ANALYSIS, "SELECT ?e WHERE { ?e a kg:Person }")
    assert format_result(r, "csv") == f"e\n{KGR}entity/陈文杰\n"
    assert json.loads(format_result(r, "json")) == [{"e": KGR + "entity/陈文杰"}]


def test_empty_result_and_bad_format():
    r = run_query(ANALYSIS, "SELECT ?e WHERE { ?e a kg:Initiative }")
    assert format_result(r).splitlines()[-1] == "(no results)"
    assert format_result(r, "csv") == "e\n"
    assert format_result(r, "json") == "[]"
    with pytest.raises(Exception, match="expected a format"):
        format_rows(["a"], [], "xml")
