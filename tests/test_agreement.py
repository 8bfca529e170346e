"""benchmarks/agreement.py: two annotators' gold of one article, compared."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = "柳工与徐工签署战略合作协议，双方将在柳州共建工程机械研发中心，推动工程机械产业链升级。" * 2


def _set(root: Path, name: str, doc: str, ents, rels) -> Path:
    d = root / name
    (d / "articles").mkdir(parents=True)
    (d / "articles" / doc).write_text(TEXT, encoding="utf-8")
    (d / "gold.jsonl").write_text(json.dumps({"doc": doc, "entities": ents, "relations": rels},
                                             ensure_ascii=False) + "\n", encoding="utf-8")
    return d


def test_the_same_article_annotated_twice_is_scored_one_against_the_other(tmp_path):
    liugong = {"name": "柳工", "type": "Company", "aliases": []}
    a = _set(tmp_path, "a", "01.txt",
             [liugong, {"name": "徐工", "type": "Company", "aliases": ["徐工集团"]},
              {"name": "柳州", "type": "Region", "aliases": []}],
             [{"head": "柳工", "relation": "cooperatesWith", "tail": "徐工", "evidence": ""},
              {"head": "柳工", "relation": "locatedIn", "tail": "柳州", "evidence": ""}])
    b = _set(tmp_path, "b", "07.txt",
             [liugong, {"name": "徐工集团", "type": "Company", "aliases": []},
              {"name": "工程机械", "type": "Industry", "aliases": []}],
             [{"head": "徐工集团", "relation": "cooperatesWith", "tail": "柳工", "evidence": ""}])
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "agreement.py"), str(a), str(b)],
                         capture_output=True, text=True, check=True).stdout
    # 柳工 and 徐工 (徐工集团 is the first annotator's alias) agree; 柳州 and 工程机械 do not
    assert "a/01.txt  b/07.txt  entities 2/3/3  relations 1/2/1" in out
    assert out.strip().endswith("AGREEMENT pairs=1 entity_f1=0.667 relation_f1=0.667")
