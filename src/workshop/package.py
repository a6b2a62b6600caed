"""Writing files the user can trust: deterministic zip packages and atomic replacement."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

from workshop import termination
from workshop.session import Cache

_ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)
# The last moment a zip entry can record (its year is stored as 1980 plus 7 bits).
_ZIP_END = dt.datetime(2107, 12, 31, 23, 59, 58, tzinfo=dt.timezone.utc)


def build_time() -> dt.datetime:
    """Return the time written into files: SOURCE_DATE_EPOCH when set, else 1980-01-01 UTC,
    held within what a zip file can record (1980 to 2107).

    A fixed default keeps two builds of the same inputs byte-identical.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isascii() and epoch.isdigit():
        seconds = min(int(epoch[:16]), int(_ZIP_END.timestamp()))
        return max(dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc), _ZIP_EPOCH)
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
    attributes: the same entries always give the same bytes.

    The bytes are those `zipfile` writes for the same entries (a test compares them); writing
    the headers here saves its per-entry bookkeeping, which a 1,000-slide deck notices.
    Each member is compressed once a build session for equal bytes: the decks and documents
    of a batch or season share their template's parts, and most of their slides.
    """
    entries = list(entries)
    if len(entries) > 60_000 or not all(name.isascii() for name, _ in entries):
        return _write_zip_with_zipfile(entries)  # zip64 or UTF-8 names: zipfile knows them
    stamp = build_time().timetuple()[:6]
    dosdate = (stamp[0] - 1980) << 9 | stamp[1] << 5 | stamp[2]
    dostime = stamp[3] << 11 | stamp[4] << 5 | (stamp[5] // 2)
    out: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for name, data in entries:
        packed, crc = _deflated_once(data)
        encoded = name.encode("ascii")
        if len(data) > 0x7FFF_FFFF or offset > 0x7FFF_FFFF:
            return _write_zip_with_zipfile(entries)
        out.append(struct.pack("<4s2B4HL2L2H", b"PK\003\004", 20, 0, 0, zipfile.ZIP_DEFLATED,
                               dostime, dosdate, crc, len(packed), len(data), len(encoded), 0))
        out.append(encoded)
        out.append(packed)
        directory.append(struct.pack("<4s4B4HL2L5H2L", b"PK\001\002", 20, 0, 20, 0, 0,
                                     zipfile.ZIP_DEFLATED, dostime, dosdate, crc, len(packed),
                                     len(data), len(encoded), 0, 0, 0, 0, 0o644 << 16, offset))
        directory.append(encoded)
        offset += 30 + len(encoded) + len(packed)
    central = b"".join(directory)
    end = struct.pack("<4s4H2LH", b"PK\005\006", 0, 0, len(entries), len(entries),
                      len(central), offset, 0)
    return b"".join(out) + central + end


def _deflated(data: bytes) -> tuple[bytes, int]:
    """Return `data` compressed as a zip member (raw deflate, level 6) and its CRC-32."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(), zlib.crc32(data)


# Bytes held, raw and compressed: a few templates' and a few dozen decks' worth.
_DEFLATED = Cache("compressed members by bytes", 32 * 1024 * 1024,
                 size=lambda data, found: len(data) + len(found[0]))


def _deflated_once(data: bytes) -> tuple[bytes, int]:
    """Return `_deflated(data)`, remembered per build session for equal bytes."""
    found = _DEFLATED.get(data)
    return found if found is not None else _DEFLATED.keep(data, _deflated(data))


def _write_zip_with_zipfile(entries: list[tuple[str, bytes]]) -> bytes:
    """Return the zip of `entries` as `zipfile` writes it; see write_zip."""
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
        from workshop.errors import Diagnostic, WorkshopError
        from workshop.paths import display_path

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
    mode = _mode_for(path)
    temporary: str | None = None
    try:
        # A stopping signal waits while the temporary file is made, and is acted on inside
        # this `try`, which removes it: between its making and here, nothing could.
        with termination.held():
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                                 dir=path.parent)
            stream = os.fdopen(handle, "wb")
        with stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:  # a full disk, Ctrl-C, SIGTERM: the previous file stays as it was
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise


def _mode_for(path: Path) -> int:
    """Return the permissions a file written at `path` gets: the read and write bits of the
    regular file it replaces (never its execute, setuid, setgid or sticky bits), else what
    the user's umask leaves of rw-rw-rw- (as a file made by `open` would have). A link there
    is replaced by the file, not followed: its target's mode is another file's. The
    temporary file it is written through starts private (mkstemp makes it 600)."""
    try:
        status = os.lstat(path)
    except (OSError, ValueError):
        return 0o666 & ~_umask()
    return stat.S_IMODE(status.st_mode) & 0o666 if stat.S_ISREG(status.st_mode) else (
        0o666 & ~_umask())


def _umask() -> int:
    """Return the process's umask without changing it even for a moment where the system
    says it (Linux, in /proc); elsewhere by setting it and setting it back."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
