"""PNG charts of ``kg metrics`` results, with a font that shows Chinese.

:func:`cjk_font` looks for an installed CJK font (Noto Sans/Serif CJK,
Source Han, WenQuanYi, SimHei, …; on Debian/Ubuntu ``apt-get install
fonts-noto-cjk``).  Without one the charts are still written, with a
:class:`UserWarning`, and Chinese labels show as boxes.

Examples
--------
>>> import tempfile
>>> res = {"nodes": [{"node": "柳工", "type": "Company", "degree": 3, "pagerank": 0.5}],
...        "communities": [{"id": 0, "size": 1, "members": ["柳工"]}], "top": 10}
>>> import warnings
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")
...     [p.name for p in plot_metrics(res, tempfile.mkdtemp())]
['top_entities.png', 'community_sizes.png', 'degree_distribution.png']
"""
from __future__ import annotations

import warnings
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .errors import ExportError

__all__ = ["CJK_FAMILIES", "cjk_font", "plot_metrics"]

CJK_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
    "Noto Sans CJK JP", "Noto Sans CJK TC", "Noto Serif CJK SC", "Noto Serif CJK JP",
    "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei",
    "PingFang SC", "Hiragino Sans GB", "AR PL UMing CN", "Droid Sans Fallback",
)


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The family name of an installed CJK font, registered with matplotlib,
    or ``None``."""
    from matplotlib import font_manager as fm
    known = {f.name for f in fm.fontManager.ttflist}
    for fam in CJK_FAMILIES:
        if fam in known:
            return fam
    # fonts installed after matplotlib built its cache: register them
    for path in fm.findSystemFonts():
        low = Path(path).name.lower()
        if any(k in low for k in ("cjk", "wqy", "sourcehan", "simhei", "msyh", "droidsansfallback")):
            try:
                fm.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
    known = {f.name for f in fm.fontManager.ttflist}
    for fam in CJK_FAMILIES:
        if fam in known:
            return fam
    extra = sorted(n for n in known if "CJK" in n or "Hei" in n)
    return extra[0] if extra else None


def _bar(ax, labels, values, title, xlabel):
    ax.barh(range(len(values)), values, color="#3b6ea5")
    ax.set_yticks(range(len(values)))
    ax.set_yticklabels(labels)
    ax.invert_yaxis()
    ax.set_title(title)
    ax.set_xlabel(xlabel)


def plot_metrics(result: dict, outdir) -> list[Path]:
    """Write ``top_entities.png`` (PageRank of the top entities),
    ``community_sizes.png`` and ``degree_distribution.png`` into ``outdir``;
    return their paths."""
    import matplotlib
    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    out = Path(outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(str(out), "expected a writable folder", err.strerror or str(err)) from None
    font = cjk_font()
    rc = {"font.family": "sans-serif", "axes.unicode_minus": False}
    if font:
        rc["font.sans-serif"] = [font, "DejaVu Sans"]
    else:
        warnings.warn("no CJK font found (install fonts-noto-cjk); Chinese labels will "
                      "not render", UserWarning, stacklevel=2)
    top = result.get("top", 10)
    nodes = result.get("nodes", [])
    written = []
    with matplotlib.rc_context(rc), warnings.catch_warnings():
        if not font:
            warnings.filterwarnings("ignore", message="Glyph .* missing")
        best = sorted(nodes, key=lambda r: (-r.get("pagerank", 0), r["node"]))[:top]
        fig, ax = plt.subplots(figsize=(8, 0.4 * max(len(best), 3) + 1.2))
        _bar(ax, [f"{r['node']} ({r.get('type', '')})" for r in best],
             [r.get("pagerank", 0) for r in best], f"Top {len(best)} entities by PageRank",
             "PageRank")
        written.append(_save(fig, out / "top_entities.png"))

        comms = result.get("communities", [])[:max(top, 10)]
        fig, ax = plt.subplots(figsize=(8, 0.4 * max(len(comms), 3) + 1.2))
        _bar(ax, [f"#{c['id']} {'、'.join(c['members'][:3])}" for c in comms],
             [c["size"] for c in comms], "Community sizes (Louvain, seed 42)", "entities")
        written.append(_save(fig, out / "community_sizes.png"))

        hist = Counter(r.get("degree", 0) for r in nodes)
        xs = sorted(hist)
        fig, ax = plt.subplots(figsize=(8, 4))
        ax.bar(xs, [hist[x] for x in xs], color="#3b6ea5")
        ax.set_title("Degree distribution")
        ax.set_xlabel("degree (relations)")
        ax.set_ylabel("entities")
        written.append(_save(fig, out / "degree_distribution.png"))
    return written


def _save(fig, path: Path) -> Path:
    import matplotlib.pyplot as plt
    try:
        fig.tight_layout()
        fig.savefig(path, dpi=120)
    except OSError as err:
        raise ExportError(str(path), "expected a writable file", err.strerror or str(err)) from None
    finally:
        plt.close(fig)
    return path
