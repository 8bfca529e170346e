"""Data files (lexicons, patterns, trigger words) loaded once per process.

Lexicon files live in ``kg/data/lexicon/*.tsv`` with the columns
``name, type, aliases, parent, kind``; pattern files in ``kg/data/patterns``.
:func:`load_resources` returns an immutable :class:`Resources` bundle that
the stages receive as an argument (no module-level state).

Examples
--------
>>> r = load_resources()
>>> r.gazetteer.lookup("柳州市")[0]
'柳州'
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as ir
from pathlib import Path

import ahocorasick

from .errors import DataFileError
from .model import ENTITY_TYPES, UNEXPORTED_TYPES
from .normalise import norm_key, to_simplified

__all__ = ["Resources", "Gazetteer", "LexEntry", "load_resources", "data_path"]


def data_path(*parts: str) -> Path:
    p = ir.files("kg") / "data"
    for part in parts:
        p = p / part
    return Path(str(p))


_CODE = re.compile(r"[\d.]+(?:\.?(?:sh|sz|hk|bj))?|(?:sh|sz|hk)\.?\d+")


@dataclass(frozen=True)
class LexEntry:
    name: str
    type: str
    kind: str
    parent: str
    aliases: tuple[str, ...]


def _as_bytes(s: str) -> str:
    """The UTF-8 bytes of ``s``, one character per byte."""
    return s.encode("utf-8", "surrogatepass").decode("latin-1")


class Gazetteer:
    """Surface forms → lexicon entries, with an Aho-Corasick automaton."""

    def __init__(self, entries: list[LexEntry]):
        self.entries: dict[str, LexEntry] = {}
        self.surface: dict[str, str] = {}  # norm key of a surface → canonical name
        for e in entries:
            prev = self.entries.get(e.name)
            if prev is not None:  # merge aliases, keep the first type
                e = LexEntry(prev.name, prev.type, prev.kind or e.kind, prev.parent or e.parent,
                             tuple(dict.fromkeys(prev.aliases + e.aliases)))
            self.entries[e.name] = e
        for e in self.entries.values():
            for s in (e.name,) + e.aliases:
                k = norm_key(s)
                if len(k) < 2 and not k.isascii():
                    continue
                self.surface.setdefault(k, e.name)
                if "—" in k and "——" not in k:
                    self.surface.setdefault(k.replace("—", "——"), e.name)  # 中国——东盟: a doubled dash
        # keyed by UTF-8 bytes (as latin-1 strings): pyahocorasick finds a
        # node's child by a linear search, and the root of a trie of Chinese
        # names has over a thousand children but only a handful of UTF-8 lead
        # bytes; the scan is about three times faster (see iter_matches)
        self.byte_automaton = A = ahocorasick.Automaton()
        for k, name in self.surface.items():
            if not k or _CODE.fullmatch(k):
                continue  # stock codes are looked up, never matched in running text
            A.add_word(_as_bytes(k), (len(k), name))
        # a name written with spaces (宏光MINI EV) is matched as written too;
        # keys drop the spaces, running text keeps them
        for e in self.entries.values():
            for s in (e.name,) + e.aliases:
                spaced = " ".join(to_simplified(unicodedata.normalize("NFKC", s)).split()).lower()
                if " " in spaced and _as_bytes(spaced) not in A:
                    A.add_word(_as_bytes(spaced), (len(spaced), e.name))
        if len(A):
            A.make_automaton()

    def ancestors(self, name: str) -> tuple[str, ...]:
        """The regions that hold region ``name`` by the lexicon's parents,
        nearest first (柳南区 → 柳州, 广西, 中国, 亚洲); no repeats, never ``name``."""
        out: list[str] = []
        e = self.entries.get(name)
        while e is not None and e.parent and e.parent != name and e.parent not in out:
            out.append(e.parent)
            e = self.entries.get(e.parent)
        return tuple(out)

    def kind(self, name: str) -> str:
        """The free sub-kind of lexicon entry ``name`` (``fair``, ``city`` …), or ""."""
        e = self.entries.get(name)
        return e.kind if e is not None else ""

    def lookup(self, text: str) -> tuple[str, LexEntry] | None:
        name = self.surface.get(norm_key(text))
        if name is None:
            return None
        return name, self.entries[name]

    def iter_matches(self, text_lower: str):
        """(start, end, canonical name) of every surface in ``text_lower``."""
        A = self.byte_automaton
        if not len(A):
            return
        b = text_lower.encode("utf-8", "surrogatepass")
        prev = pos = 0  # a byte offset and the character offset it is at
        for end, (n, name) in A.iter(b.decode("latin-1")):
            end += 1  # matches end on character boundaries, in order
            pos += len(b[prev:end].decode("utf-8", "surrogatepass"))
            prev = end
            yield pos - n, pos, name


@dataclass(frozen=True)
class Resources:
    gazetteer: Gazetteer
    region_groups: dict  # member → tuple of groups
    suffixes: tuple  # (id, type, suffix, min_prefix), longest suffix first
    words: dict
    triggers: dict
    version: str
    confidence: dict = None  # rule → measured precision (rule_confidence.json)
    #: the word lists of ``words`` as frozensets, made once (the stages test membership)
    word_sets: dict = None

    def __post_init__(self):
        if self.word_sets is None:
            object.__setattr__(self, "word_sets", {k: frozenset(v) for k, v in self.words.items()
                                                   if isinstance(v, list)})

    def word_set(self, key: str) -> frozenset:
        """``frozenset(self.words.get(key, ()))``, without building it again."""
        return self.word_sets.get(key, _NO_WORDS)


_NO_WORDS: frozenset = frozenset()


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append((lineno, line.split("\t")))
    return rows


def _read_word_list(path: Path) -> list[str]:
    """One word per line; ``#`` starts a comment line; an absent file is empty."""
    try:
        with open(path, encoding="utf-8") as f:
            return [w for w in (line.strip() for line in f) if w and not w.startswith("#")]
    except FileNotFoundError:
        return []


def _with_zhe_variants(words: list[str]) -> list[str]:
    """``words`` and, for each with the particle 着, its traditional spelling
    with 著: simplification leaves 著 as it is (隨著 → 随著, not 随着).

    >>> _with_zhe_variants(["随着", "发展"])
    ['随着', '发展', '随著']
    """
    return words + [w.replace("着", "著") for w in words if "着" in w]


def _load_lexicon(path: Path) -> list[LexEntry]:
    out = []
    rows = _read_tsv(path)
    for lineno, cols in rows[1:]:  # header
        if len(cols) < 2:
            raise DataFileError(str(path), "expected at least 2 tab-separated columns (name, type)",
                                f"{len(cols)}", line=lineno)
        cols = cols + [""] * (5 - len(cols))
        name, typ, aliases, parent, kind = (c.strip() for c in cols[:5])
        if typ not in ENTITY_TYPES and typ not in UNEXPORTED_TYPES:
            raise DataFileError(str(path), f"expected a type in {', '.join(ENTITY_TYPES + UNEXPORTED_TYPES)}",
                                repr(typ), line=lineno)
        name = to_simplified(name)
        als = tuple(a.strip() for a in aliases.split("|") if a.strip())
        out.append(LexEntry(name, typ, kind, to_simplified(parent), als))
    return out


@lru_cache(maxsize=4)
def load_resources(lexicon_dir: str | None = None) -> Resources:
    """Load every data file (cached per process, and across processes in the
    user cache folder: ``resources-<key>.pickle``, see :func:`_resources_key`)."""
    lex = Path(lexicon_dir) if lexicon_dir else data_path("lexicon")
    key = _resources_key(lex)
    res = _load_pickle(key)
    if res is None:
        res = _build_resources(lex)
        _save_pickle(key, res)
    return res


_RES_PREFIX, _RES_SUFFIX, _RES_KEEP = "resources-", ".pickle", 3


def _resources_key(lex: Path) -> str:
    """Hash of everything :func:`_build_resources` reads or runs: the data
    files, the source of the modules that turn them into a Resources (the
    gazetteer's keys, the automaton), and the library and Python versions."""
    import hashlib
    import pickle
    import sys
    from importlib import metadata

    h = hashlib.sha256(f"python {sys.version_info[:2]} pickle {pickle.HIGHEST_PROTOCOL}\n".encode())
    pat = data_path("patterns")
    files = sorted(lex.glob("*.tsv")) + [pat / n for n in (
        "suffixes.tsv", "words.json", "triggers.json", "rule_confidence.json", "function_words.txt", "common_words.txt")]
    files += [Path(__file__).with_name(n) for n in ("resources.py", "normalise.py", "model.py")]
    for p in files:
        try:
            h.update(f"{p}\n".encode() + hashlib.sha256(p.read_bytes()).digest())
        except OSError:
            h.update(f"{p} -\n".encode())
    for dist in ("pyahocorasick", "opencc"):
        try:
            h.update(f"{dist} {metadata.version(dist)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist} -\n".encode())
    return h.hexdigest()


def _load_pickle(key: str):
    """The Resources stored under ``key``, or None (absent, unreadable, foreign)."""
    import pickle

    from .config import default_cache_dir

    try:
        with open(default_cache_dir() / f"{_RES_PREFIX}{key}{_RES_SUFFIX}", "rb") as f:
            stored_key, res = pickle.load(f)
    except Exception:  # noqa: BLE001 - build it again
        return None
    return res if stored_key == key and isinstance(res, Resources) else None


def _save_pickle(key: str, res: Resources) -> None:
    """Store ``res`` atomically; keep the few most recent such files."""
    import pickle

    from .cachefile import write_atomic
    from .config import default_cache_dir

    folder = default_cache_dir()
    try:
        data = pickle.dumps((key, res), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):  # no cache, same result
        return
    write_atomic(folder / f"{_RES_PREFIX}{key}{_RES_SUFFIX}", data,
                 keep=(folder, f"{_RES_PREFIX}*{_RES_SUFFIX}", _RES_KEEP))


def _build_resources(lex: Path) -> Resources:
    entries: list[LexEntry] = []
    groups: dict[str, tuple[str, ...]] = {}
    for p in sorted(lex.glob("*.tsv")):
        if p.name == "region_groups.tsv":
            for _, cols in _read_tsv(p)[1:]:
                if len(cols) >= 2:
                    m, g = to_simplified(cols[0].strip()), to_simplified(cols[1].strip())
                    groups[m] = tuple(sorted(set(groups.get(m, ()) + (g,))))
            continue
        entries.extend(_load_lexicon(p))
    pat = data_path("patterns")
    suffixes = []
    sp = pat / "suffixes.tsv"
    for lineno, cols in _read_tsv(sp):
        if len(cols) < 4:
            raise DataFileError(str(sp), "expected 4+ tab-separated columns", f"{len(cols)}", line=lineno)
        if cols[0] == "id":
            continue
        suffixes.append((cols[0], cols[1], cols[2], int(cols[3])))
    suffixes.sort(key=lambda s: (-len(s[2]), s[0]))
    words = _load_json(pat / "words.json")
    # jieba's verbs, conjunctions, prepositions, adverbs (tools/derive_function_words.py)
    words["function_words"] = _with_zhe_variants(_read_word_list(pat / "function_words.txt"))
    # jieba's two-character words that are no names (董事长|方面|表示)
    words["common_words"] = _read_word_list(pat / "common_words.txt")
    triggers = _load_json(pat / "triggers.json")
    conf = {k: float(v) for k, v in _load_json(pat / "rule_confidence.json").items()
            if not k.startswith("_")}
    return Resources(Gazetteer(entries), groups, tuple(suffixes), words, triggers, "1", conf)


def _load_json(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise DataFileError(str(path), "expected a data file", "no such file") from None
    except json.JSONDecodeError as err:
        raise DataFileError(str(path), "expected valid JSON", err.msg, line=err.lineno,
                            column=err.colno) from None
