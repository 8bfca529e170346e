"""Write export files atomically: an interrupted build leaves the old ones.

Each file is written to a temporary file in the folder of its destination,
flushed to disk (``fsync``) and only then renamed over the destination
(``os.replace``, atomic on POSIX and Windows).  Readers see the old file or
the new one, never a part.

On Linux, where the file system allows it, the data is written into an
*unnamed* temporary file (``O_TMPFILE``): a writer killed while writing
(even by ``SIGKILL``) leaves nothing behind.  It gets a name
(``.<name>.<pid>.<random>.kgtmp``) only for the rename.  Elsewhere the
temporary file is named from the start.  Any exception,
``KeyboardInterrupt`` included, removes it; the temporary files of a writer
that died without cleaning up (its process is gone) are removed the next
time the folder is written (:func:`remove_stale_temps`).

:func:`write_exports_atomic` writes *all* files first and only then renames
them, so a build interrupted while writing changes none of the exports.

Examples
--------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = write_atomic(d / "graph.ttl", "@prefix kg: <x#> .\\n")
>>> (d / "graph.ttl").read_text()
'@prefix kg: <x#> .\\n'
>>> sorted(write_exports_atomic(d, {"a.json": "{}", "b.bin": b"\\x00"}))
['a.json', 'b.bin']
>>> sorted(p.name for p in d.iterdir())
['a.json', 'b.bin', 'graph.ttl']
"""
from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

from ..errors import ExportError

__all__ = ["write_atomic", "write_exports_atomic", "remove_stale_temps", "TEMP_SUFFIX"]

TEMP_SUFFIX = ".kgtmp"
_TEMP_RE = re.compile(r"^\..+\.(\d+)\.[0-9a-f]{12}" + re.escape(TEMP_SUFFIX) + "$")
_CHUNK = 1 << 20
#: use O_TMPFILE where the platform has it (tests turn it off)
USE_O_TMPFILE = hasattr(os, "O_TMPFILE")


def _payload(data: str | bytes) -> bytes:
    if isinstance(data, str):
        return data.encode("utf-8")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"expected str or bytes, found {type(data).__name__}")


def _temp_name(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.{os.getpid()}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def _write_all(fd: int, payload: bytes) -> None:
    """Write ``payload`` to ``fd`` in chunks."""
    view = memoryview(payload)
    while view:
        n = os.write(fd, view[:_CHUNK])
        view = view[n:]


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open folders; nothing to do there
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's live process (or we cannot tell)
    return True


def remove_stale_temps(folder) -> list[Path]:
    """Remove the temporary files of dead writers from ``folder``.

    Only files named like this module's temporary files
    (``.<name>.<pid>.<12 hex digits>.kgtmp``) whose process no longer
    exists are removed; returns them.
    """
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for e in entries:
        m = _TEMP_RE.match(e.name)
        if m and not _pid_alive(int(m.group(1))):
            try:
                os.unlink(e.path)
                removed.append(Path(e.path))
            except OSError:
                pass
    return removed


class _Pending:
    """One file being written: the data goes to an unnamed (``O_TMPFILE``)
    or named temporary file; :meth:`name` gives it its temporary name."""

    def __init__(self, dest: Path):
        self.dest = dest
        self.fd: int | None = None
        self.temp: Path | None = None  # named temporary file, once it exists
        self._keep_mode: int | None = None  # the replaced file's permissions

    def write(self, payload: bytes) -> None:
        folder = self.dest.parent
        try:
            self._keep_mode = os.stat(self.dest).st_mode & 0o7777
        except OSError:
            self._keep_mode = None  # a new file: 0o666 less the umask
        if _tmpfile_linkable(folder):
            try:
                self.fd = os.open(folder, os.O_TMPFILE | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0),
                                  0o666)
            except OSError:  # the file system has no O_TMPFILE
                self.fd = None
        if self.fd is None:
            self._open_named()
        _write_all(self.fd, payload)
        os.fsync(self.fd)

    def _open_named(self) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) \
            | getattr(os, "O_CLOEXEC", 0)
        while True:
            temp = _temp_name(self.dest)
            try:
                self.fd = os.open(temp, flags, 0o666)
            except FileExistsError:
                continue
            self.temp = temp
            return

    def name(self, payload: bytes) -> None:
        """Give the (written, synced) data its temporary name."""
        if self.temp is not None:
            return
        temp = _temp_name(self.dest)
        try:  # link the unnamed file into the folder
            os.link(f"/proc/self/fd/{self.fd}", temp, follow_symlinks=True)
            self.temp = temp
        except OSError:  # no /proc: write it again under a name
            os.close(self.fd)
            self.fd = None
            self._open_named()
            _write_all(self.fd, payload)
            os.fsync(self.fd)

    def close(self) -> None:
        if self.fd is not None:
            try:
                os.close(self.fd)
            finally:
                self.fd = None

    def commit(self) -> None:
        self.close()
        if self._keep_mode is not None and os.name != "nt":
            os.chmod(self.temp, self._keep_mode)
        os.replace(self.temp, self.dest)
        self.temp = None

    def discard(self) -> None:
        try:
            self.close()
        except OSError:
            pass
        if self.temp is not None:
            try:
                os.unlink(self.temp)
            except OSError:
                pass
            self.temp = None


_LINKABLE: dict[str, bool] = {}


def _tmpfile_linkable(folder: Path) -> bool:
    """Whether an ``O_TMPFILE`` file made in ``folder`` can be given a name
    there (some mounts refuse the link through ``/proc/self/fd``)."""
    if not USE_O_TMPFILE:
        return False
    key = os.path.realpath(folder)
    if key not in _LINKABLE:
        ok = False
        try:
            fd = os.open(folder, os.O_TMPFILE | os.O_WRONLY, 0o600)
        except OSError:
            pass
        else:
            probe = _temp_name(Path(folder) / "probe")
            try:
                os.link(f"/proc/self/fd/{fd}", probe, follow_symlinks=True)
                os.unlink(probe)
                ok = True
            except OSError:
                pass
            finally:
                os.close(fd)
        _LINKABLE[key] = ok
    return _LINKABLE[key]


def _fail(path: Path, err: OSError) -> ExportError:
    return ExportError(str(path), "expected a writable file",
                       err.strerror or type(err).__name__)


def write_atomic(path, data: str | bytes) -> Path:
    """Write ``data`` (``str`` as UTF-8) to ``path`` atomically.

    Parameters
    ----------
    path : the destination; its folder must exist.
    data : the whole content.

    Raises
    ------
    ExportError
        the file cannot be written (the old file, if any, is unchanged and
        no temporary file remains).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> write_atomic(p, "一") == p, p.read_text(encoding="utf-8")
    (True, '一')
    """
    return write_exports_atomic(Path(path).parent, {Path(path).name: data})[Path(path).name]


def _destination(outdir: Path, name: str) -> Path:
    rel = Path(name)
    if not name or rel.is_absolute() or ".." in rel.parts or rel.name in ("", ".", ".."):
        raise ExportError(str(outdir / name), "expected a file name inside the output folder",
                          repr(name))
    return outdir / rel


def write_exports_atomic(outdir, files: dict) -> dict[str, Path]:
    """Write several files into ``outdir``, all or (as far as the OS allows)
    none: every file is written and synced to a temporary file first, and
    only then are they all renamed into place.

    Parameters
    ----------
    outdir : the output folder (created if missing).
    files : ``{name: str | bytes}``; a name may contain sub-folders
        (``"html/index.html"``) but not leave ``outdir``.

    Returns
    -------
    dict
        ``{name: path written}``.

    Raises
    ------
    ExportError
        a file cannot be written; no export has then been replaced and no
        temporary file remains.  (Should a *rename* fail, which needs the
        disk to fail between two renames, the files renamed before stay.)
    """
    outdir = Path(outdir)
    dests = {name: _destination(outdir, name) for name in sorted(files)}
    payloads = {name: _payload(files[name]) for name in dests}
    folders = sorted({d.parent for d in dests.values()} | {outdir})
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise _fail(folder, err) from None
        remove_stale_temps(folder)
    pending: list[_Pending] = []
    current = outdir
    try:
        try:
            for name, dest in dests.items():
                current = dest
                p = _Pending(dest)
                pending.append(p)
                p.write(payloads[name])
            for p, name in zip(pending, dests):  # quick: links, no data
                current = p.dest
                p.name(payloads[name])
            for p in pending:
                current = p.dest
                p.commit()
        except OSError as err:
            raise _fail(current, err) from None
    finally:  # also on KeyboardInterrupt: leave no temporary file
        for p in pending:
            p.discard()
    for folder in folders:
        _fsync_dir(folder)
    return dict(dests)
