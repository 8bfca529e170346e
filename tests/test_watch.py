"""kg.watch: rebuild when articles arrive, reading only the new ones."""
import json

from click.testing import CliRunner

import kg.pipeline
from kg.cli import main
from kg.config import Config
from kg.watch import watch


def test_a_new_article_is_the_only_one_read_again(tmp_path, monkeypatch):
    src, out = tmp_path / "news", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("柳州鸿翔电子有限公司位于柳州高新区，主要生产汽车电子。", encoding="utf-8")
    processed = []
    real = kg.pipeline.process_document

    def counting(doc):
        processed.append(doc.path)
        return real(doc)

    monkeypatch.setattr(kg.pipeline, "process_document", counting)
    looks = []

    def sleep(_):  # between two looks, one article arrives (once)
        looks.append(1)
        if len(looks) == 1:
            (src / "b.txt").write_text("立恒机械有限公司落户柳东新区，产品出口越南。", encoding="utf-8")

    graphs = []
    n = watch([src], out, Config(jobs=1, cache_dir=tmp_path / "cache"), interval=0,
              max_builds=2, on_build=lambda G, s: graphs.append(G), sleep=sleep)
    assert n == 2
    assert [p.rsplit("/", 1)[-1] for p in processed] == ["a.txt", "b.txt"]  # a.txt came from the cache
    assert "立恒机械" in graphs[1] and "立恒机械" not in graphs[0]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert sorted(f["path"].rsplit("/", 1)[-1] for f in report["files"]) == ["a.txt", "b.txt"]


def test_no_change_no_rebuild(tmp_path):
    src = tmp_path / "news"
    src.mkdir()
    (src / "a.txt").write_text("柳工在柳州。", encoding="utf-8")
    builds = []
    looks = []

    def sleep(_):
        looks.append(1)
        if len(looks) == 3:  # three quiet looks, then a change
            (src / "a.txt").write_text("柳工与柳钢在柳州。", encoding="utf-8")

    watch([src], tmp_path / "out", Config(jobs=1, cache_dir=None), interval=0, max_builds=2,
          on_build=lambda G, s: builds.append(len(looks)), sleep=sleep)
    assert builds == [0, 3]


def test_cli_watch_stops_after_max_builds(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # not the user's cache
    src = tmp_path / "news"
    src.mkdir()
    (src / "a.txt").write_text("柳工在柳州。", encoding="utf-8")
    r = CliRunner().invoke(main, ["watch", str(src), "-o", str(tmp_path / "out"), "--max-builds", "1", "-j", "1"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "out" / "graph.ttl").is_file()
    r = CliRunner().invoke(main, ["watch", str(tmp_path / "missing"), "-o", str(tmp_path / "o2"), "--max-builds", "1"])
    assert r.exit_code != 0 and "missing" in r.output


def test_an_output_folder_inside_the_inputs_is_refused(tmp_path):
    import pytest

    from kg.errors import ConfigError

    (tmp_path / "a.txt").write_text("柳工在柳州。", encoding="utf-8")
    with pytest.raises(ConfigError, match="exports would be read as articles"):
        watch([tmp_path], tmp_path / "exports", Config(jobs=1, cache_dir=None), max_builds=1)
