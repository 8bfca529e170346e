"""kg query / kg metrics / kg validate, and the example script."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kg.cli_analysis import metrics_cmd, query_cmd, validate_cmd

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
ANALYSIS = str(DATA / "analysis.ttl")


def run(cmd, *args):
    return CliRunner().invoke(cmd, [str(a) for a in args])


def test_query_table_csv_json():
    r = run(query_cmd, ANALYSIS, ROOT / "queries" / "03_exports_to_asean.rq")
    assert r.exit_code == 0
    assert r.output.splitlines() == [
        "exporter_name  exporter_type  market_name",
        "-------------  -------------  -----------",
        "三松自动化     Company        东盟",
        "广西双英       Company        越南",
        "(2 rows)"]
    r = run(query_cmd, ANALYSIS, "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }",
            "--format", "csv", "--engine", "rdflib")
    assert (r.exit_code, r.output) == (0, "n\n陈文杰\n")
    r = run(query_cmd, ANALYSIS, "ASK { ?x kg:partOf ?y }", "--format", "json")
    assert json.loads(r.output) == [{"ask": "true"}]


def test_query_accepts_a_build_folder(tmp_path):
    (tmp_path / "graph.ttl").write_bytes(Path(ANALYSIS).read_bytes())
    r = run(query_cmd, tmp_path, "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Assertion }")
    assert r.exit_code == 0 and r.output.splitlines()[2] == "22"


def test_query_error_is_one_line_with_position():
    r = run(query_cmd, ANALYSIS, "SELECT * WHERE {\n ?s ?p }")
    assert r.exit_code == 2
    assert r.output == "kg: error: <query>:2:2: expected valid SPARQL, found '?s ?p }'\n"
    r = run(query_cmd, "missing.ttl", "ASK {}")
    assert r.exit_code == 2 and r.output.startswith("kg: error: missing.ttl: expected a graph file")


def test_metrics_formats_and_plot(tmp_path):
    r = run(metrics_cmd, ANALYSIS, "--top", "2")
    assert r.exit_code == 0, r.output
    out = r.output
    assert "## top entities" in out and "## company links to partner regions" in out
    top = out.split("## top entities\n", 1)[1].splitlines()
    assert top[2].split()[:4] == ["北部生态新区", "IndustrialPark", "7", "8"]
    r = run(metrics_cmd, ANALYSIS, "--format", "json")
    data = json.loads(r.output)
    assert data["summary"]["nodes"] == 17 and data["articulation_points"][0] == "优必选"
    r = run(metrics_cmd, ANALYSIS, "--format", "csv", "--plot", tmp_path / "png")
    assert r.exit_code == 0
    assert "# industries by companies and parks\nindustry,companies,parks,total\n" in r.output
    assert sorted(p.name for p in (tmp_path / "png").iterdir()) == [
        "community_sizes.png", "degree_distribution.png", "top_entities.png"]


def test_metrics_error():
    r = run(metrics_cmd, DATA / "nope.json")
    assert r.exit_code == 2 and r.output.startswith("kg: error: ")


def test_validate_ok_and_violations(tmp_path):
    r = run(validate_cmd, ANALYSIS)
    assert r.exit_code == 0
    assert r.output == f"{ANALYSIS}: conforms (0 violations, 0 warnings)\n"
    bad = tmp_path / "bad.ttl"
    bad.write_text(Path(ANALYSIS).read_text(encoding="utf-8").replace(
        'kg:evidence "柳工亦立足柳州"@zh-Hans ;', ""), encoding="utf-8")
    r = run(validate_cmd, bad)
    assert r.exit_code == 1
    lines = r.output.splitlines()
    assert lines[0] == f"{bad}: does not conform (1 violation, 0 warnings)"
    assert lines[1] == "Violation: an assertion has exactly one kg:evidence sentence (1)"
    assert lines[-1] == (f"kg: error: {bad}: expected a graph conforming to the SHACL shapes, "
                         "found 1 violation(s)")
    r = run(validate_cmd, bad, "--format", "json")
    assert json.loads(r.output.split("\nkg: error")[0])["violations"] == 1


def test_commands_are_registered():
    from kg.cli import main
    r = CliRunner().invoke(main, ["--help"])
    for name in ("query", "metrics", "validate"):
        assert f"  {name} " in r.output


def test_example_script():
    script = ROOT / "examples" / "company_regions.py"
    out = subprocess.run([sys.executable, str(script), ANALYSIS], capture_output=True,
                         text=True, check=True).stdout
    assert out.splitlines() == ["三松自动化\t1\t东盟", "广西双英\t1\t越南", "柳工\t2\t柳州、香港"]


def test_example_script_on_the_seed_build(seed_build):
    script = ROOT / "examples" / "company_regions.py"
    out = subprocess.run([sys.executable, str(script), str(seed_build / "graph.json")],
                         capture_output=True, text=True, check=True).stdout
    rows = {line.split("\t")[0]: line.split("\t")[2].split("、") for line in out.splitlines()}
    # 广西双英: "我们出口东盟市场汽车座椅…对越南出口2万辆套" (000)
    assert {"东盟", "越南"} & set(rows["广西双英"])
