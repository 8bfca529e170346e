"""``kg watch`` keeps what a build made for the next (:mod:`kg.memo`): the
exports it writes must be byte for byte those of a fresh full build of the
same inputs, after an article is added, changed or removed."""
from __future__ import annotations

import hashlib
import json
import math
import random
import shutil
from pathlib import Path

import numpy as np
import pytest

import kg.pipeline
from kg.config import Config
from kg.export import html
from kg.export.html import force_layout, render_html
from kg.export.jsonexport import dumps, to_json
from kg.export.report import to_report_json
from kg.export.turtle_pretty import to_turtle
from kg.graph import build_graph
from kg.memo import Memo
from kg.model import Entity, Evidence, Observation, Relation
from kg.pipeline import EXPORT_FILES, build, write_exports
from kg.watch import watch

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEVSET = ROOT / "benchmarks" / "devset" / "articles"


def _fresh(src: Path, out: Path) -> dict[str, bytes]:
    """What a fresh full build (no cache, no memo) writes."""
    cfg = Config(jobs=1, cache_dir=None)
    write_exports(build([src], cfg), out, cfg)
    return {name: (out / name).read_bytes() for name in EXPORT_FILES}


def test_watch_exports_equal_a_fresh_build_after_add_change_remove(tmp_path, monkeypatch):
    src, out = tmp_path / "news", tmp_path / "out"
    shutil.copytree(SEEDS, src)
    extra = sorted(DEVSET.glob("*"))[:2]
    first = sorted(p.name for p in src.iterdir())[0]
    steps = [  # what happens before builds 2, 3, 4 and 5
        lambda: shutil.copy(extra[0], src / "added.txt"),
        lambda: (src / first).write_text((src / first).read_text(encoding="utf-8")
                                         + "\n柳州立恒机械有限公司落户柳东新区，产品出口越南。\n", encoding="utf-8"),
        lambda: (src / "added.txt").unlink(),
        lambda: shutil.copy(extra[1], src / "added2.txt"),
    ]
    looks = []

    def sleep(_):
        looks.append(1)
        if len(looks) <= len(steps):
            steps[len(looks) - 1]()

    processed: list[str] = []
    real = kg.pipeline.process_document
    monkeypatch.setattr(kg.pipeline, "process_document", lambda d: processed.append(Path(d.path).name) or real(d))
    written = []

    def check(G, seconds):
        mine = {name: (out / name).read_bytes() for name in EXPORT_FILES}
        before = len(processed)
        fresh = _fresh(src, tmp_path / f"fresh{len(written)}")
        del processed[before:]  # count only what the watch processed
        for name in EXPORT_FILES:
            assert mine[name] == fresh[name], (len(written), name)
        written.append(mine)

    n = watch([src], out, Config(jobs=1, cache_dir=tmp_path / "cache"), interval=0,
              max_builds=len(steps) + 1, on_build=check, sleep=sleep)
    assert n == len(steps) + 1
    assert all(a != b for a, b in zip(written, written[1:]))  # every step changed the exports
    # each article processed once, and the changed one once more
    assert sorted(processed) == sorted([p.name for p in SEEDS.iterdir()] + ["added.txt", first, "added2.txt"])


def test_a_rebuild_with_a_memo_and_no_cache_processes_only_the_new_article(tmp_path, monkeypatch):
    src = tmp_path / "news"
    src.mkdir()
    (src / "a.txt").write_text("柳州鸿翔电子有限公司位于柳州高新区，主要生产汽车电子。", encoding="utf-8")
    processed = []
    real = kg.pipeline.process_document
    monkeypatch.setattr(kg.pipeline, "process_document", lambda d: processed.append(d.path) or real(d))
    memo, cfg = Memo(), Config(jobs=1, cache_dir=None)
    G1 = build([src], cfg, memo=memo)
    (src / "b.txt").write_text("立恒机械有限公司落户柳东新区，产品出口越南。", encoding="utf-8")
    (src / "a2.txt").write_bytes((src / "a.txt").read_bytes())  # a duplicate: no new document
    memo.rotate()
    G2 = build([src], cfg, memo=memo)
    assert [Path(p).name for p in processed] == ["a.txt", "b.txt"]
    assert "立恒机械" in G2 and "立恒机械" not in G1
    assert sorted(G2.nodes(data=True)) == sorted(build([src], cfg).nodes(data=True))


def test_a_kept_result_takes_its_files_new_name(tmp_path):
    src = tmp_path / "news"
    src.mkdir()
    (src / "a.txt").write_text("柳工位于柳州。", encoding="utf-8")
    memo, cfg = Memo(), Config(jobs=1, cache_dir=None)
    build([src], cfg, memo=memo)
    (src / "a.txt").rename(src / "renamed.txt")
    memo.rotate()
    G = build([src], cfg, memo=memo)
    (doc,) = G.graph["documents"].values()
    assert doc["source_file"] == "renamed.txt" and doc["path"].endswith("renamed.txt")
    assert G.graph["documents"] == build([src], cfg).graph["documents"]


# ---------------------------------------------------------------------------
# Export by export, on graphs that change one step at a time
# ---------------------------------------------------------------------------

TYPES = ["Company", "IndustrialPark", "Industry", "Region", "Organization", "Project", "Person"]
RELS = ["locatedIn", "inIndustry", "exportsTo", "cooperatesWith", "investsIn", "worksFor"]


def _graph(rnd: random.Random, n: int, docs: int, extra: dict | None = None):
    """A graph shaped like a build's: ``n`` entities (some traditional,
    some Latin names), relations with evidence, facts, documents."""
    dk = [f"doc/{i:016x}" for i in range(docs)]
    documents = {d: {"source_file": f"{i}.txt", "path": f"in/{i}.txt", "headline": f"柳州新闻{i}",
                     "sha256": f"{i:064x}", "script": "zh-Hant" if i % 3 == 0 else "zh-Hans"}
                 for i, d in enumerate(dk)}
    names = [f"{rnd.choice(['柳州', '廣西', 'Liu', '上汽'])}{i}{rnd.choice(['公司', '园区', '產業', ''])}"
             for i in range(n)]
    ents = [Entity(nm, rnd.choice(TYPES), nm,
                   aliases=tuple(sorted({(f"{nm}集团", "zh-Hans"), (f"{nm}集團", "zh-Hant")}))[:rnd.randrange(3)],
                   mention_count=rnd.randrange(1, 9), documents=tuple(sorted(rnd.sample(dk, rnd.randint(1, min(2, docs))))))
            for nm in names]
    rels, obs = [], []
    for _ in range(n * 2 // 3 if n > 1 else 0):
        h, t = rnd.sample(names, 2)
        ev = tuple(Evidence(rnd.choice(dk), f"{h}与{t}合作，第{rnd.randrange(4)}句。", 0, 9,
                            rnd.choice([0.6, 0.75, 0.9]), rnd.choice(["coop", "trigger"]))
                   for _ in range(rnd.randint(1, 3)))
        rels.append(Relation(h, rnd.choice(RELS), t, ev))
    for i in range(n // 4):
        obs.append(Observation(rnd.choice(names), "产值", str(rnd.randrange(10 ** 9)), "元",
                               rnd.choice([2022, 2023, None]), rnd.choice(dk), f"产值达{i}亿元。", i, i + 5))
    files = [{"path": documents[d]["path"], "status": "built", "reason": "", "doc": d, "sha256": "0"}
             for d in dk]
    merges = [{"into": names[0], "name": names[-1], "reason": "shared name x"}] if n > 1 else []
    return build_graph(ents, rels, obs, documents, files, merges)


def _steps(seed: int):
    """A graph, then the same with more, then with less (one memo across them)."""
    rnd = random.Random(seed)
    n, docs = rnd.randint(1, 60), rnd.randint(1, 8)
    for size in (n, n + rnd.randint(1, 5), max(1, n - rnd.randint(0, 5)), n + 2):
        yield _graph(random.Random(seed * 100 + size % 3), size, docs + size % 2)


@pytest.mark.parametrize("seed", range(12))
def test_exports_with_a_memo_are_the_same_bytes(seed):
    memo = Memo()
    for G in _steps(seed):
        memo.rotate()
        assert to_turtle(G, memo) == to_turtle(G)
        assert to_json(G, memo) == to_json(G)
        assert to_report_json(G, memo) == to_report_json(G)
        assert render_html(G, 40, memo) == render_html(G, 40)
    assert memo.hits and memo.misses


def test_seed_exports_with_a_memo_are_the_same_bytes(seed_graph):
    memo = Memo()
    for _ in range(2):  # once filling the memo, once from it
        memo.rotate()
        assert to_turtle(seed_graph, memo) == to_turtle(seed_graph)
        assert to_json(seed_graph, memo) == to_json(seed_graph)
        assert render_html(seed_graph, 500, memo) == render_html(seed_graph, 500)


def test_the_memo_holds_what_the_last_two_builds_used():
    memo = Memo()
    G = _graph(random.Random(1), 40, 4)
    sizes = []
    for _ in range(4):
        memo.rotate()
        to_turtle(G, memo), to_json(G, memo), render_html(G, 40, memo)
        sizes.append(len(memo))
    assert sizes[0] == sizes[1] == sizes[2] == sizes[3]  # the same graph: nothing new
    memo.rotate()
    to_turtle(_graph(random.Random(2), 40, 4), memo)
    memo.rotate()
    memo.rotate()
    assert len(memo) == 0  # nothing used in the last build: nothing kept


def test_dumps_with_a_memo_is_json_dumps():
    for obj in [{}, [], {"a": []}, {"b": [{"x": [1, 2.5, None, True]}, "s", []], "a": {"c": {"d": {}}}},
                [[[["deep"]]], {"k": "v"}], {"z": 1, "y": [float("nan")]}, {1: "int key"}, {"a": (1, 2)},
                {"t": "\u2028</script>\ud800"}, "text", 3, None]:
        for memo in (Memo(), None):
            assert dumps(obj, memo) == json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True)


# ---------------------------------------------------------------------------
# The layout: components of one size laid out together, kept in the memo
# ---------------------------------------------------------------------------

def _reference_fr(n, src, dst, rng, iterations):
    """The force layout of one component before the batched version (the
    code it replaced, verbatim): the batch must give the same bits."""
    pos = rng.uniform(-0.5, 0.5, size=(n, 2))
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    k2 = 1.0 / n
    k = math.sqrt(k2)
    gravity = 1.0
    temp = 0.1
    cool = temp / (iterations + 1)
    for _ in range(iterations):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        w = dx * dx
        w += dy * dy
        np.maximum(w, 1e-6, out=w)
        np.divide(k2, w, out=w)
        fx = (dx * w).sum(axis=1)
        fy = (dy * w).sum(axis=1)
        if len(src):
            ex = x[src] - x[dst]
            ey = y[src] - y[dst]
            el = np.sqrt(ex * ex + ey * ey) / k
            np.subtract.at(fx, src, ex * el)
            np.subtract.at(fy, src, ey * el)
            np.add.at(fx, dst, ex * el)
            np.add.at(fy, dst, ey * el)
        fx -= gravity * x
        fy -= gravity * y
        length = np.sqrt(fx * fx + fy * fy)
        np.maximum(length, 1e-9, out=length)
        step = np.minimum(length, temp) / length
        x += fx * step
        y += fy * step
        np.round(x, 6, out=x)
        np.round(y, 6, out=y)
        temp -= cool
    return np.column_stack([x, y])


@pytest.mark.parametrize("n", [3, 4, 7, 8, 9, 16, 17, 40, 130])
def test_components_laid_out_together_get_the_bits_they_get_alone(n):
    rnd = random.Random(n)
    comps = []
    for b in range(4):
        pairs = {(rnd.randrange(i), i) for i in range(1, n)} | {tuple(sorted(rnd.sample(range(n), 2)))
                                                                for _ in range(n // 3)}
        cp = np.array(sorted(pairs), dtype=np.int64)
        comps.append((cp[:, 0], cp[:, 1]))
    rng = np.random.default_rng(n)
    alone = [_reference_fr(n, s, d, rng, html._iterations(n)) for s, d in comps]
    rng2 = np.random.default_rng(n)
    start = rng2.uniform(-0.5, 0.5, size=(len(comps), n, 2))
    together = html._fr_batch(start, comps, html._iterations(n))
    assert rng.bit_generator.state == rng2.bit_generator.state
    for a, t in zip(alone, together):
        assert np.array_equal(a, t)


def _random_layout_input(rnd: random.Random, n: int):
    edges, i = [], 0
    while i < n:
        size = min(n - i, rnd.choice([1, 1, 2, 2, 3, 3, 3, 4, 5, 8, 30]))
        for a in range(i + 1, i + size):
            edges.append((rnd.randrange(i, a), a))
            if rnd.random() < 0.3:
                edges.append((rnd.randrange(i, a + 1), rnd.randrange(i, a + 1)))
        i += size
    perm = list(range(n))
    rnd.shuffle(perm)
    return ([(perm[a], perm[b]) for a, b in edges], [rnd.choice([9.0, 15.5, 20.1]) for _ in range(n)],
            [rnd.randrange(4) for _ in range(n)])


@pytest.mark.parametrize("seed", range(8))
def test_force_layout_with_a_memo_is_the_same(seed, monkeypatch):
    monkeypatch.setattr(html, "LAYOUT_CORE", 12)  # components bigger than the core, cheaply
    rnd = random.Random(seed)
    memo = Memo()
    n = rnd.randint(1, 80)
    edges, sizes, groups = _random_layout_input(rnd, n)
    for step in range(3):
        memo.rotate()
        plain = force_layout(list(range(n)), edges, sizes=sizes, groups=groups)
        assert force_layout(list(range(n)), edges, sizes=sizes, groups=groups, memo=memo) == plain
        hits = memo.hits
        assert force_layout(list(range(n)), edges, sizes=sizes, groups=groups, memo=memo) == plain
        assert memo.hits > hits or all(a == b for a, b in edges)  # the second time, from the memo
        edges = edges + [(rnd.randrange(n), rnd.randrange(n))]  # one more link


def test_a_component_whose_sizes_change_is_laid_out_again():
    rnd = random.Random(3)
    edges, sizes, groups = _random_layout_input(rnd, 60)
    memo = Memo()
    force_layout(list(range(60)), edges, sizes=sizes, groups=groups, memo=memo)
    bigger = [s + 60 for s in sizes]  # a node's size follows its degree in the whole graph
    memo.rotate()
    assert force_layout(list(range(60)), edges, sizes=bigger, groups=groups, memo=memo) == \
        force_layout(list(range(60)), edges, sizes=bigger, groups=groups)


def test_rows_of_up_to_seven_numbers_sum_to_the_same_bits_with_negative_zeros_appended():
    # what html._fr_padded relies on (numpy sums short rows one number after the other)
    rng = np.random.default_rng(0)
    for length in range(2, html._PADDED + 1):
        for padded in range(length, html._PADDED + 1):
            a = rng.standard_normal((40, 7, length)) * 10.0 ** rng.integers(-8, 8, size=(40, 7, length))
            a[rng.random(a.shape) < 0.1] = 0.0
            a[rng.random(a.shape) < 0.1] = -0.0
            p = np.full((40, 7, padded), -0.0)
            p[:, :, :length] = a
            assert a.sum(axis=2).tobytes() == p.sum(axis=2).tobytes(), (length, padded)


def test_components_of_three_to_seven_nodes_laid_out_together_get_their_own_bits():
    rnd = random.Random(7)
    rng = np.random.default_rng(7)
    comps, alone, starts = [], [], []
    for n in [7, 7, 6, 5, 5, 5, 4, 3, 3, 3, 3]:
        pairs = {(rnd.randrange(i), i) for i in range(1, n)} | {tuple(sorted(rnd.sample(range(n), 2)))}
        cp = np.array(sorted(pairs), dtype=np.int64)
        comps.append((cp[:, 0], cp[:, 1]))
        state = rng.bit_generator.state
        alone.append(_reference_fr(n, cp[:, 0], cp[:, 1], rng, html._iterations(n)))
        rng.bit_generator.state = state
        starts.append(rng.uniform(-0.5, 0.5, size=(n, 2)))
    for a, t in zip(alone, html._fr_padded(starts, comps)):
        assert np.array_equal(a, t)


def test_a_lone_surrogate_is_written_as_rdflib_writes_it_with_a_memo_too():
    docs = {"doc/0000000000000001": {"source_file": "a.txt", "path": "a.txt", "headline": "柳工",
                                     "sha256": "ab\ud800cd", "script": "zh-Hans"}}
    ev = (Evidence("doc/0000000000000001", "柳工位于柳州。", 0, 7, 0.9, "rule\udfff"),)
    G = build_graph([Entity("柳工", "Company", "柳工", documents=tuple(docs)), Entity("柳州", "Region", "柳州")],
                    [Relation("柳工", "locatedIn", "柳州", ev)], [], docs)
    memo = Memo()
    for _ in range(2):
        memo.rotate()
        assert to_turtle(G, memo) == to_turtle(G)
        assert "?" in to_turtle(G, memo)


def test_a_first_build_on_several_cores_forks_its_exports_and_keeps_their_pieces(tmp_path, monkeypatch):
    memo, cfg = Memo(), Config(jobs=2, cache_dir=None)
    rnd = random.Random(11)
    G = _graph(rnd, 700, 20)
    plain = tmp_path / "plain"
    write_exports(G, plain, cfg)
    forked = []
    real = kg.pipeline._fork_call
    monkeypatch.setattr(kg.pipeline, "_fork_call", lambda func, arg: forked.append(func) or real(func, arg))
    for step in range(2):  # the first forks (no pieces yet), the second takes them from the memo
        memo.rotate()
        write_exports(G, tmp_path / f"memo{step}", cfg, memo=memo)
        for name in EXPORT_FILES:
            assert (tmp_path / f"memo{step}" / name).read_bytes() == (plain / name).read_bytes(), name
        if step == 0:  # the JSON and HTML pieces came back from the fork
            assert len(forked) == 1
            assert any(k[0] == "json" for k in memo.entries()) and any(k[0] == "search" for k in memo.entries())
    assert len(forked) == 1


@pytest.mark.parametrize("seed, n, digest", [(0, 40, "9d1b324f674e75dd"), (1, 120, "ff83175505d5970d"),
                                             (2, 300, "00898addad79e53d"), (3, 760, "071887e75f6b2242")])
def test_force_layout_gives_the_positions_of_the_one_component_at_a_time_layout(seed, n, digest):
    # digests of the layout of commit 3a33b51 (components one at a time, one
    # force layout each), on this numpy: the batched layout changed no position
    edges, sizes, groups = _random_layout_input(random.Random(seed), n)
    pos = force_layout(list(range(n)), edges, sizes=sizes, groups=groups)
    assert hashlib.sha256(json.dumps(pos).encode()).hexdigest()[:16] == digest
