"""Writing files the user can trust: deterministic zip packages and atomic replacement."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

_ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)


def build_time() -> dt.datetime:
    """Return the time written into files: SOURCE_DATE_EPOCH when set, else 1980-01-01 UTC.

    A fixed default keeps two builds of the same inputs byte-identical.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return max(dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc), _ZIP_EPOCH)
    return _ZIP_EPOCH


def normalize_zip(blob: bytes) -> bytes:
    """Return the zip `blob` rewritten with fixed timestamps and attributes, entries in order.

    python-pptx and python-docx stamp every entry with the current time; this removes that
    difference.
    """
    with zipfile.ZipFile(io.BytesIO(blob)) as source:
        return write_zip((entry.filename, source.read(entry.filename))
                         for entry in source.infolist())


def write_zip(entries: Iterable[tuple[str, bytes]]) -> bytes:
    """Return a zip of `entries` (name, data), in that order, with fixed timestamps and
    attributes: the same entries always give the same bytes."""
    stamp = build_time().timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            target.writestr(info, data, compresslevel=6)
    return out.getvalue()


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then rename.

    A failure at any point leaves a previous file at `path` untouched and no temporary behind;
    it is raised as a WorkshopError naming the file and the reason (read-only folder, full disk).
    Two builds racing for one output each rename a complete file: the last one wins whole.
    """
    try:
        _write(path, data)
    except OSError as exc:
        from workshop.errors import Diagnostic, WorkshopError, display_path

        reason = exc.strerror or str(exc)
        raise WorkshopError([Diagnostic(display_path(path), 1, 1, "",
                                        f"cannot write the output: {reason}")]) from None


@contextlib.contextmanager
def _folder_lock(folder: Path):
    """Hold an exclusive lock on `folder` itself, so two builds write one after the other.

    Locking the folder (flock on its descriptor) leaves no lock file behind; where flock is not
    available the atomic rename alone still guarantees one complete file.
    """
    try:
        import fcntl
    except ImportError:  # not on POSIX
        yield
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        os.close(descriptor)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with _folder_lock(path.parent):
        _replace(path, data)


def _replace(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
