"""Stage 1, *read*: find input files and decode them into Documents.

:func:`load_inputs` accounts for every file it is given: each one comes
back as a :class:`~kg.model.FileStatus`

``built``
    decoded into a :class:`~kg.model.Document` (``doc`` is its id);
``duplicate``
    the same bytes as an earlier file (in sorted path order), built once:
    ``reason`` names the first file, ``doc`` its document;
``skipped``
    not an article: an unsupported format, a binary, empty or too large
    file, or undecodable bytes (the reason names the byte and its offset;
    ``Config(errors="replace")`` decodes them as U+FFFD instead);
``failed``
    the file could not be read (permissions, vanished, an unexpected error).

A ``reason`` does not repeat the path (``path + ": " + reason`` is the
full message).

Supported formats are ``.txt`` and ``.md`` (decoded as they are) and
``.html`` / ``.htm`` (the article text, see :mod:`kg.htmltext`).  Encodings
are detected by :mod:`kg.decoding`, or forced with ``Config(encoding=...)``.
Files are processed in sorted path order, so the result does not depend on
the order of the arguments; a document's id is ``"doc/"`` and the first 16
hex digits of the SHA-256 of its bytes, so it does not depend on the file's
name either.

Examples
--------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("柳工在柳州。", encoding="utf-8")
>>> _ = (d / "b.txt").write_bytes("柳工在柳州。".encode("utf-8"))
>>> _ = (d / "c.html").write_bytes("<p>鹏辉能源在柳州投产。</p>".encode("gbk"))
>>> _ = (d / "d.pdf").write_bytes(b"%PDF-1.7")
>>> [p.name for p in discover([d])]
['a.txt', 'b.txt', 'c.html', 'd.pdf']
>>> docs, report = load_inputs([d])
>>> [(pathlib.Path(s.path).name, s.status, s.reason) for s in report]  # doctest: +ELLIPSIS +NORMALIZE_WHITESPACE
[('a.txt', 'built', ''), ('b.txt', 'duplicate', 'duplicate of ...a.txt'),
 ('c.html', 'built', ''), ('d.pdf', 'skipped', 'unsupported format .pdf')]
>>> [(doc.text, doc.encoding) for doc in docs]
[('柳工在柳州。', 'utf-8'), ('鹏辉能源在柳州投产。', 'gb18030')]
>>> read_document(d / "a.txt").text
'柳工在柳州。'
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from pathlib import Path

from .config import Config
from .decoding import ERRORS, canonical_encoding, decode
from .errors import ConfigError, EncodingError, InputError, KGError
from .htmltext import html_to_text
from .model import Document, FileStatus

__all__ = [
    "SUFFIXES", "TEXT_SUFFIXES", "HTML_SUFFIXES", "NotAnArticle",
    "discover", "load_inputs", "read_document", "read_bytes", "file_text",
    "decode", "make_document", "binary_reason",
]

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
#: the formats read; other files are reported as skipped
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
_CHUNK = 1 << 20
_SNIFF = 64 * 1024
_MAGIC = (
    (b"%PDF-", "PDF"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"), (b"\xff\xd8\xff", "JPEG"), (b"PK\x03\x04", "ZIP"),
    (b"\x1f\x8b", "gzip"), (b"\x7fELF", "ELF"), (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "RAR"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2/Office"),
    (b"SQLite format 3\x00", "SQLite"), (b"RIFF", "RIFF"), (b"\x00\x00\x01\x00", "icon"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""",
                           re.I)


class NotAnArticle(InputError):
    """A file that is reported as skipped: not a supported, non-empty text."""


def discover(paths) -> list[Path]:
    """Expand files and folders into a sorted list of file paths.

    Folders are walked recursively; *every* file in them is listed (those
    that are not articles are reported as skipped by :func:`load_inputs`,
    not dropped), except hidden files and folders (``.git``,
    ``.DS_Store``).  A path given explicitly is always listed.  Symbolic
    links to folders are not followed.

    Raises
    ------
    InputError
        a path that does not exist.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.txt", "a/c.md", "x.pdf", ".git/config", "a/.hidden.txt"):
    ...     (d / name).parent.mkdir(parents=True, exist_ok=True)
    ...     _ = (d / name).write_text("x")
    >>> [p.relative_to(d).as_posix() for p in discover([d / "x.pdf", d])]
    ['a/c.md', 'b.txt', 'x.pdf']
    """
    out: set[Path] = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in files:
                    if not f.startswith("."):
                        out.add(Path(root) / f)
        elif os.path.lexists(p):
            out.add(p)
        else:
            raise InputError(str(p), "expected a file or folder", "nothing at that path")
    return sorted(out, key=str)


def read_bytes(path, max_bytes: int) -> bytes:
    """The bytes of a regular file, read in chunks and never more than
    ``max_bytes`` (a larger file raises :class:`NotAnArticle` without being
    read whole).

    >>> import tempfile, os
    >>> fd, name = tempfile.mkstemp(); _ = os.write(fd, b"0123456789"); os.close(fd)
    >>> read_bytes(name, 10)
    b'0123456789'
    >>> read_bytes(name, 9)
    Traceback (most recent call last):
    ...
    kg.read.NotAnArticle: ...: larger than 9 bytes, found 10 bytes
    """
    path = str(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise NotAnArticle(path, "not a regular file")
            if st.st_size > max_bytes:
                raise NotAnArticle(path, f"larger than {max_bytes} bytes",
                                   f"{st.st_size} bytes")
            # one read of the announced size; then more only if the file grew
            # (or announced no size, as some special files do)
            data = f.read(st.st_size) if st.st_size else b""
            chunks, total = [data], len(data)
            while True:
                chunk = f.read(min(_CHUNK, max_bytes + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                if total > max_bytes:
                    raise NotAnArticle(path, f"larger than {max_bytes} bytes",
                                       f"more than {max_bytes} bytes")
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    except OSError as err:
        raise InputError(path, "expected a readable file",
                         err.strerror or type(err).__name__) from None


#: control bytes that do not occur in text (all below 0x20 but tab, newlines, form feed, escape)
_CONTROLS = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\v\x1b")


def binary_reason(data: bytes, encoding: str | None = None) -> str:
    """Why ``data`` is not text (``"binary file (PDF)"``), or ``""``.

    NUL bytes mean binary unless the file starts with a UTF-16/32 byte-order
    mark or ``encoding`` is a UTF-16/32 one.

    >>> binary_reason(b"%PDF-1.7 ...")
    'binary file (PDF)'
    >>> binary_reason(b"ab\\x00cd"), binary_reason("柳州".encode("utf-16"))
    ('binary file', '')
    """
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return f"binary file ({kind})"
    head = data[:_SNIFF]
    wide = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        encoding is not None and canonical_encoding(encoding).startswith(("utf-16", "utf-32")))
    if not wide:
        if b"\x00" in head:
            return "binary file"
        controls = len(head) - len(head.translate(None, _CONTROLS))
        if controls > max(8, len(head) // 10):
            return "binary file"
    return ""


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        enc = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # pages declared GB2312/GBK routinely use characters of the supersets
    return {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950"}.get(enc, enc)


def file_text(path, data: bytes, encoding: str | None = None,
              errors: str = "strict") -> tuple[str, str, str]:
    """Decode ``data`` (the bytes of ``path``) into article text.

    Returns ``(text, encoding, note)``; ``note`` tells what ``errors="replace"``
    replaced, else ``""``.  An HTML page's ``<meta charset>`` is used when
    no encoding is forced, the file has no byte-order mark and the
    declared encoding decodes it strictly.

    Raises
    ------
    NotAnArticle
        an unsupported format, binary data, or no text.
    EncodingError
        undecodable bytes (``errors="strict"``).

    >>> file_text("a.htm", b"<meta charset=gbk><p>\\xc1\\xf8\\xd6\\xdd</p>")
    ('柳州', 'gb18030', '')
    """
    path = str(path)
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise NotAnArticle(path, f"unsupported format {suffix or '(no extension)'}")
    if not data:
        raise NotAnArticle(path, "empty file")
    why = binary_reason(data, encoding)
    if why:
        raise NotAnArticle(path, why)
    html = suffix in HTML_SUFFIXES
    text = enc = None
    if html and not encoding and not data.startswith(
            (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _declared_charset(data)
        if declared:
            try:
                text, enc = decode(data, path, declared, "strict")
            except KGError:  # a wrong declaration: detect instead
                text = None
    note = ""
    if text is None:
        try:
            text, enc = decode(data, path, encoding, "strict")
        except EncodingError as err:
            if errors != "replace":
                raise
            text, enc = decode(data, path, encoding, "replace")
            note = (f"undecodable bytes replaced with U+FFFD as {enc}, the first at "
                    f"offset {err.offset}")
    if html:
        text = html_to_text(text)
        if not text or text.isspace():
            raise NotAnArticle(path, "no article text in the page")
    elif not text or text.isspace():
        raise NotAnArticle(path, "empty file", "only white space")
    return text, enc, note


def make_document(path: str, data: bytes, text: str, encoding: str) -> Document:
    """The :class:`~kg.model.Document` of a file (id from the content hash)."""
    sha = hashlib.sha256(data).hexdigest()
    return Document(id="doc/" + sha[:16], path=str(path), source_file=Path(path).name,
                    text=text, sha256=sha, encoding=encoding)


def read_document(path, encoding: str | None = None, errors: str = "strict", *,
                  max_file_bytes: int = Config.max_file_bytes) -> Document:
    """Read and decode one file.

    Raises
    ------
    NotAnArticle
        a file :func:`load_inputs` would skip (format, binary, empty, size).
    EncodingError
        undecodable bytes with ``errors="strict"``.
    InputError
        an unreadable file.
    """
    data = read_bytes(path, max_file_bytes)
    text, enc, _note = file_text(path, data, encoding, errors)
    return make_document(str(path), data, text, enc)


def load_inputs(paths, config: Config | None = None) -> tuple[list[Document], list[FileStatus]]:
    """Read every input: the documents built and a status for every file.

    Parameters
    ----------
    paths : files and folders (see :func:`discover`).
    config : ``encoding``, ``errors`` and ``max_file_bytes`` are used.

    Returns
    -------
    documents : one per distinct content, in sorted path order.
    statuses : one per file found, in sorted path order (see the module doc).

    Raises
    ------
    InputError
        a path that does not exist (one bad *file* never raises).
    ConfigError
        an unknown ``encoding`` or ``errors``.
    """
    config = config or Config()
    if config.encoding:
        canonical_encoding(config.encoding)  # a bad option fails once, up front
    if config.errors not in ERRORS:
        raise ConfigError("--errors", f"expected one of {', '.join(ERRORS)}", repr(config.errors))
    docs: list[Document] = []
    report: list[FileStatus] = []
    first: dict[str, FileStatus] = {}  # sha256 -> status of the first file
    for path in discover(paths):
        p = str(path)
        if path.suffix.lower() not in SUFFIXES:
            report.append(FileStatus(p, "skipped",
                                     f"unsupported format {path.suffix.lower() or '(no extension)'}"))
            continue
        try:
            data = read_bytes(path, config.max_file_bytes)
        except NotAnArticle as err:
            report.append(FileStatus(p, "skipped", _reason(err)))
            continue
        except InputError as err:
            report.append(FileStatus(p, "failed", _reason(err)))
            continue
        if not data:
            report.append(FileStatus(p, "skipped", "empty file"))
            continue
        sha = hashlib.sha256(data).hexdigest()
        if sha in first:
            earlier = first[sha]
            report.append(FileStatus(p, "duplicate", f"duplicate of {earlier.path}",
                                     doc=earlier.doc, sha256=sha))
            continue
        try:
            text, enc, note = file_text(path, data, config.encoding, config.errors)
            doc = make_document(p, data, text, enc)
            status = FileStatus(p, "built", note, doc=doc.id, sha256=sha)
            docs.append(doc)
        except NotAnArticle as err:
            status = FileStatus(p, "skipped", _reason(err), sha256=sha)
        except EncodingError as err:
            status = FileStatus(p, "skipped", _reason(err), sha256=sha)
        except Exception as err:  # one bad file must not stop the build
            status = FileStatus(p, "failed", "unexpected error while reading, "
                                f"{type(err).__name__}: {err}", sha256=sha)
        first[sha] = status
        report.append(status)
    return docs, report


def _reason(err: KGError) -> str:
    """The error's message without the file name (the status has the path)."""
    return f"{err.expected}, found {err.found}" if err.found else err.expected

