"""Reading a regular file (never a FIFO or a device), and the digest of what it holds: the
one way the tool tells whether an input changed (its bytes, never its time stamp)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_CHUNK = 1024 * 1024  # a file is digested a megabyte at a time


@contextlib.contextmanager
def opened_regular(path: Path, limit: int | None = None) -> Iterator[BinaryIO]:
    """Yield the regular file at `path` open for reading; raise OSError (with a reason a
    user can read) when it is not one (a FIFO, a device, a folder), is over `limit` bytes,
    or cannot be opened. What is there is looked at before it is opened, so a FIFO or a
    device is never opened; and opened without blocking, so one put there in between still
    cannot hang the caller (it is then refused as not the file looked at)."""
    before = os.stat(path)
    if not stat.S_ISREG(before.st_mode):
        raise OSError("not a regular file")
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_BINARY", 0))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or (status.st_dev, status.st_ino) != (
                before.st_dev, before.st_ino):
            raise OSError("not a regular file")
        if limit is not None and status.st_size > limit:
            raise OSError(f"{status.st_size:,} bytes; the limit is {limit:,}")
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            yield stream
    finally:
        os.close(descriptor)


def read_regular(path: Path, limit: int | None = None) -> bytes:
    """Return the bytes of the regular file at `path`; raise OSError as opened_regular
    does (not a regular file, over `limit` bytes, unreadable)."""
    with opened_regular(path, limit) as stream:
        return stream.read()


def file_digest(path: Path) -> str | None:
    """Return the digest of the regular file at `path`, read a megabyte at a time (an
    output of any size takes no more memory); None when there is none, it is no regular
    file, or the path cannot name a file at all (a NUL in it, a link that loops)."""
    found = hashlib.sha256()
    try:
        with opened_regular(path) as stream:
            while chunk := stream.read(_CHUNK):
                found.update(chunk)
    except (OSError, ValueError):
        return None
    return found.hexdigest()


def digests(paths: list[Path]) -> tuple[str | None, ...]:
    """Return the digest of each of `paths` (None for one that is gone or no regular file):
    what tells a changed input apart, whatever its time stamps say."""
    return tuple(file_digest(path) for path in paths)
