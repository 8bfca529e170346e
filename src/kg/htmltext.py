"""The article text of an HTML page, with the standard library's HTML parser.

The page is parsed into a small tree (:class:`html.parser.HTMLParser`
tolerates any input: unclosed tags, stray end tags, broken entities).  The
article is the ``<article>`` with the most text, else ``<main>`` (or
``role="main"``), else an element whose id or class names the content
(``content``, ``article``, ``TRS_Editor``...) with the most text, else the
body.  Scripts, styles, forms and page furniture (``nav``, ``header``,
``footer``, ``aside``...) are dropped.  Block elements become paragraphs
separated by a blank line and ``<br>`` a line break.  The headline (the
first ``<h1>``, else the ``<title>`` without its site suffix) comes first
when the article itself does not contain it.

Examples
--------
>>> page = '''<html><head><title>柳工出口 - 柳州新闻网</title>
... <script>var x = "<p>not text</p>";</script><style>p {color: red}</style></head>
... <body><nav>首页 | 新闻</nav><h1>柳工出口</h1>
... <article><p>柳工在柳州。</p><p>产品出口&amp;销售<br>到东盟。</p></article>
... <footer>版权所有</footer></body></html>'''
>>> print(html_to_text(page))
柳工出口
<BLANKLINE>
柳工在柳州。
<BLANKLINE>
产品出口&销售
到东盟。
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "DROP", "BLOCK"]

#: elements whose content is never article text
DROP = frozenset({
    "script", "style", "noscript", "template", "head", "title", "nav", "header", "footer",
    "aside", "form", "iframe", "svg", "math", "button", "select", "textarea",
    "object", "embed", "canvas", "audio", "video", "map", "dialog", "menu",
})
#: elements that start a new paragraph
BLOCK = frozenset({
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4",
    "h5", "h6", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link",
    "meta", "param", "source", "track", "wbr",
})
# a start tag of one of these closes an open <p> (HTML's implied end tags)
_CLOSES_P = BLOCK - {"body", "html", "td", "th", "tr", "tbody", "thead", "tfoot"}
_CONTENT_HINT = re.compile(r"(?:^|[\s_-])(?:article|content|main|text|body|detail|"
                           r"trs_editor|news|post|entry|story)(?:$|[\s_-])|^TRS_Editor$",
                           re.I)
_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u3000\u200b]+")
_TITLE_SPLIT = re.compile(r"\s+[-|–—]\s+|\s*[_|｜]\s*")


class _Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: dict, parent: "_Node | None"):
        self.tag = tag
        self.attrs = attrs
        self.children: list = []  # _Node or str
        self.parent = parent


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.stack = [self.root]

    def _close(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_starttag(self, tag, attrs):
        top = self.stack[-1]
        if tag in _CLOSES_P and top.tag == "p":
            self.stack.pop()
        elif tag == "li" and top.tag == "li" or tag in ("td", "th") and top.tag in ("td", "th") \
                or tag in ("dd", "dt") and top.tag in ("dd", "dt") or tag == "tr" and top.tag == "tr":
            self.stack.pop()
        node = _Node(tag, {k: (v or "") for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        node = _Node(tag, {k: (v or "") for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(node)

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        self._close(tag)

    def handle_data(self, data):
        if data:
            self.stack[-1].children.append(data)


def _parse(html: str) -> _Node:
    b = _TreeBuilder()
    b.feed(html)
    b.close()
    return b.root


def _walk(node: _Node):
    """Every element under ``node`` (itself included), document order."""
    todo = [node]
    while todo:
        n = todo.pop()
        yield n
        todo.extend(c for c in reversed(n.children) if isinstance(c, _Node))


def _render(node: _Node) -> str:
    """Text of ``node``: paragraphs separated by blank lines."""
    out: list[str] = []
    # iterative walk: deeply nested pages must not hit the recursion limit
    todo: list = [(node, False)]
    pre = 0
    while todo:
        item, closing = todo.pop()
        if isinstance(item, str):
            out.append(item if pre else _WS.sub(" ", item))
            continue
        tag = item.tag
        if closing:
            if tag == "pre":
                pre -= 1
            if tag in BLOCK:
                out.append("\n\n")
            continue
        if tag in DROP:
            continue
        if tag == "br":
            out.append("\n")
            continue
        if tag in BLOCK:
            out.append("\n\n")
        if tag == "pre":
            pre += 1
        todo.append((item, True))
        todo.extend((c, False) for c in reversed(item.children))
    paras: list[str] = []
    for block in re.split(r"\n[ \t]*\n\s*", "".join(out)):
        lines = [ln.strip(" \t\u00a0\u3000") for ln in block.split("\n")]
        text = "\n".join(ln for ln in lines if ln)
        if text:
            paras.append(text)
    return "\n\n".join(paras)


class _Index:
    """One pass over the tree: which elements are dropped, and how much
    visible text (non-space characters) each holds."""

    def __init__(self, root: _Node):
        self.order: list[_Node] = []
        self.dropped: dict[int, bool] = {}
        self.under: dict[int, str] = {}  # the outermost dropping ancestor's tag
        self.length: dict[int, int] = {}
        todo = [(root, False, "")]
        while todo:
            n, dropped, under = todo.pop()
            if n.tag in DROP and not dropped:
                dropped, under = True, n.tag
            self.order.append(n)
            self.dropped[id(n)] = dropped
            self.under[id(n)] = under
            todo.extend((c, dropped, under) for c in reversed(n.children)
                        if isinstance(c, _Node))
        for n in reversed(self.order):  # children before parents
            total = 0
            if not self.dropped[id(n)]:
                for c in n.children:
                    if isinstance(c, str):
                        total += len(_WS.sub("", c))
                    else:
                        total += self.length[id(c)]
            self.length[id(n)] = total


def _container(root: _Node, ix: _Index) -> _Node:
    live = [n for n in ix.order if not ix.dropped[id(n)]]
    for pick in (
        [n for n in live if n.tag == "article"],
        [n for n in live if n.tag == "main" or n.attrs.get("role", "").lower() == "main"],
        [n for n in live if n.tag in ("div", "section", "td")
         and _CONTENT_HINT.search(" ".join((n.attrs.get("id", ""), n.attrs.get("class", ""))))],
    ):
        if pick:
            best = max(pick, key=lambda n: ix.length[id(n)])  # the first on a tie
            if ix.length[id(best)] > 0:
                return best
    body = [n for n in live if n.tag == "body"]
    return body[0] if body else root


def _headline(ix: _Index) -> str:
    for n in ix.order:  # an <h1>, even in a <header>, but not in a <nav> or a <script>
        if n.tag == "h1" and ix.under[id(n)] in ("", "header"):
            t = _WS.sub(" ", _render(n)).strip()
            if t:
                return t
    for n in ix.order:
        if n.tag == "title":
            t = _WS.sub(" ", "".join(c for c in n.children if isinstance(c, str))).strip()
            parts = [p for p in _TITLE_SPLIT.split(t) if p.strip()]
            if parts:
                return parts[0].strip()
    return ""


def html_to_text(html: str) -> str:
    """The article text of an HTML page (see the module docstring).

    Never raises on malformed HTML; a page without text gives ``""``.

    >>> html_to_text("<p>一<p>二<script>三</script>")
    '一\\n\\n二'
    >>> html_to_text("<div id='content'><p>正文</p></div><div class='links'>链接</div>")
    '正文'
    """
    root = _parse(html)
    ix = _Index(root)
    body = _render(_container(root, ix))
    title = _headline(ix)
    if title and title not in body:
        return f"{title}\n\n{body}" if body else title
    return body
