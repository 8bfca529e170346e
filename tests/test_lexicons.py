"""The shipped lexicons pass ``tools/check_lexicons.py`` (types, sorted
lines, no surface form claimed by two entries of different types)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_shipped_lexicons_are_consistent():
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "check_lexicons.py")],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "errors: 0;" in out.stdout


def test_hong_kong_districts_and_the_city_bodies_of_liuzhou(extract):
    ents, rels, _ = extract("港商在香港沙田區和中環設有辦事處，也看好柳州。市人大常委会主任李明华出席。")
    assert {("沙田区", "Region"), ("中环", "Region")} <= ents
    assert ("沙田", "partOf", "香港") in rels
    # (the bare 市人大常委会 is the city's where the story names the city)
    assert ("李明华", "worksFor", "柳州市人大常委会") in rels


def test_a_foreign_city_is_known_with_its_shi(tmp_path):
    # curated foreign cities carry their name with 市 as a label (tools/derive_regions.py)
    import kg
    from kg.config import Config
    (tmp_path / "a.txt").write_text("考察团先后到访万隆和華沙。", encoding="utf-8")
    G = kg.build([tmp_path], Config(jobs=1))
    assert "万隆市" in {a for a, _ in G.nodes["万隆"]["aliases"]}
    assert "华沙市" in {a for a, _ in G.nodes["华沙"]["aliases"]}
