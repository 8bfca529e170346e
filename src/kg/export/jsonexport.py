"""Export the graph as networkx node-link JSON.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph(); G.add_node("柳工", type="Company")
>>> '"柳工"' in to_json(G)
True
>>> from kg.memo import Memo
>>> to_json(G, Memo()) == to_json(G)
True
"""
from __future__ import annotations

import json
import pickle

import networkx as nx

__all__ = ["to_json", "from_json", "dumps"]

_KEY = json.JSONEncoder(ensure_ascii=False).encode
_INDENTED = json.JSONEncoder(ensure_ascii=False, sort_keys=True, indent=1).encode
_pickle = pickle.dumps


def to_json(G, memo=None) -> str:
    """The node-link JSON of ``G`` (``indent=1``, sorted keys); with a
    :class:`kg.memo.Memo`, each node, edge, document, fact, file and
    merge is encoded once and taken from the memo while it stays the same."""
    data = nx.node_link_data(G, edges="edges")
    return dumps(data, memo) + "\n"


def dumps(obj, memo=None) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True)``.

    With a memo, the top of the document (containers down to the second
    level, and those of the third level inside an object) is written here
    and every value below is a piece kept in the memo under its pickle (a
    C-speed encoding that keeps every value with its type: equal bytes,
    equal values, equal JSON; the indented text is made by Python's slower
    encoder).  The text is the same.

    >>> from kg.memo import Memo
    >>> obj = {"b": [{"x": [1, 2.5, None]}, "s", []], "a": {"c": {"d": {}}}}
    >>> dumps(obj, Memo()) == dumps(obj)
    True
    """
    if memo is None:
        return _INDENTED(obj)
    out: list[str] = []
    try:
        _emit(obj, 0, False, memo, out)
    except (_NotPlain, pickle.PicklingError, TypeError, AttributeError):  # json decides
        return _INDENTED(obj)
    return "".join(out)


class _NotPlain(Exception):
    """A container whose keys are not all strings: json converts and sorts
    them in its own way, so the whole document is encoded by json."""


def _emit(obj, level: int, in_dict: bool, memo, out: list) -> None:
    cls = obj.__class__
    top = level < 2 or (level == 2 and in_dict)
    if top and cls is dict and obj:
        inner = "\n" + " " * (level + 1)
        out.append("{")
        sep = inner
        try:
            items = sorted(obj.items())
        except TypeError:
            raise _NotPlain from None
        for k, v in items:
            if k.__class__ is not str:
                raise _NotPlain
            out.append(sep)
            sep = "," + inner
            out.append(_KEY(k))
            out.append(": ")
            _emit(v, level + 1, True, memo, out)
        out.append("\n" + " " * level + "}")
    elif top and (cls is list or cls is tuple) and obj:
        inner = "\n" + " " * (level + 1)
        out.append("[")
        if level:  # its items are pieces (the long lists: nodes, edges, facts, files)
            out.append(inner + ("," + inner).join([_piece(v, level + 1, memo) for v in obj]))
        else:
            sep = inner
            for v in obj:
                out.append(sep)
                sep = "," + inner
                _emit(v, level + 1, False, memo, out)
        out.append("\n" + " " * level + "]")
    else:
        out.append(_piece(obj, level, memo))


def _piece(obj, level: int, memo) -> str:
    """The indented JSON of ``obj`` at ``level``, from ``memo`` if there."""
    key = ("json", level, _pickle(obj, 5))
    text = memo.lookup(key)
    if text is None:
        text = _INDENTED(obj)
        if level:
            text = text.replace("\n", "\n" + " " * level)
        memo.put(key, text)
    return text


def from_json(text: str):
    return nx.node_link_graph(json.loads(text), directed=True, multigraph=True, edges="edges")
