"""The manifest a season writes beside its outputs: for each output, the digests of the
files it was made from, of its events row and options, and of the output itself. A later
run rebuilds only what changed, and a user can verify a folder of decks against it."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from workshop import __version__
from workshop.package import write_atomically

MANIFEST = "workshop-manifest.json"
# Each output's size and modification time as written: machine-local bookkeeping, kept apart
# so the manifest itself is the same file for the same inputs. An output that still has both
# is not read again to be digested, and a no-change run of a big season stays quick.
STATS = ".workshop-stats.json"


def digest(data: bytes) -> str:
    """Return the SHA-256 of `data`, as hex."""
    return hashlib.sha256(data).hexdigest()


@dataclass
class FileDigests:
    """The digests of files, each read once in a run (many rows share one outline)."""

    seen: dict[Path, str | None] = field(default_factory=dict)

    def of(self, path: Path) -> str | None:
        """Return the digest of the file at `path`, or None when it cannot be read. A path
        is looked up as given first: rows name their shared inputs the same way, and
        resolving each again would cost more than the look-up."""
        if path not in self.seen:
            try:
                self.seen[path] = digest(path.read_bytes())
            except OSError:
                self.seen[path] = None
        return self.seen[path]


@dataclass
class Manifest:
    """The entries of a folder's manifest, by output name: what each output was made from."""

    folder: Path
    entries: dict[str, dict] = field(default_factory=dict)
    stats: dict[str, list[int] | None] = field(default_factory=dict)
    # Each path as the manifest names it: the rows of a season share most of their inputs,
    # and resolving each again for every row cost more than building some of them.
    _names: dict[Path, str] = field(default_factory=dict, repr=False)

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        """Return the manifest in `folder` (an empty one when there is none, or it is not
        one this version of workshop can read)."""
        try:
            data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
            entries = data["outputs"] if data.get("tool") == _TOOL else {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            entries = {}
        try:
            stats = json.loads((folder / STATS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stats = {}
        return cls(folder, entries if isinstance(entries, dict) else {},
                   stats if isinstance(stats, dict) else {})

    def up_to_date(self, name: str, fingerprint: str, digests: FileDigests) -> bool:
        """Return True when output `name` was made from these very inputs, options and
        events row (`fingerprint`), and every file it wrote is still as written."""
        entry = self.entries.get(name)
        if not isinstance(entry, dict) or entry.get("fingerprint") != fingerprint:
            return False
        inputs, outputs = entry.get("inputs"), entry.get("outputs")
        if not isinstance(inputs, dict) or not isinstance(outputs, dict) or not outputs:
            return False
        return all(digests.of(self.folder / path) == known for path, known in inputs.items()
                   ) and all(_stat(self.folder / path) == self.stats.get(path)
                             or digests.of(self.folder / path) == known
                             for path, known in outputs.items())

    def record(self, name: str, fingerprint: str, inputs: tuple[Path, ...],
               outputs: list[Path], digests: FileDigests) -> None:
        """Note that output `name` was made from `inputs` as `fingerprint` says, writing
        `outputs`."""
        self.entries[name] = {
            "fingerprint": fingerprint,
            "inputs": {self._relative(p): digests.of(p) for p in sorted(inputs)},
            "outputs": {self._relative(p): digest(p.read_bytes()) for p in outputs},
        }
        self.stats.update({self._relative(p): _stat(p) for p in outputs})

    def write(self) -> None:
        """Write the manifest into its folder, whole (sorted: the same inputs give the same
        file), and the outputs' stats beside it."""
        data = {"tool": _TOOL, "outputs": dict(sorted(self.entries.items()))}
        write_atomically(self.folder / MANIFEST,
                         (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("utf-8"))
        write_atomically(self.folder / STATS, json.dumps(self.stats, sort_keys=True).encode())

    def verify(self) -> dict[str, list[str]]:
        """Return the outputs listed that are missing or changed since they were written, by
        kind ("missing", "changed")."""
        found: dict[str, list[str]] = {"missing": [], "changed": []}
        for entry in self.entries.values():
            for path, known in (entry.get("outputs") or {}).items():
                file = self.folder / path
                if not file.is_file():
                    found["missing"].append(path)
                elif digest(file.read_bytes()) != known:
                    found["changed"].append(path)
        return found

    def _relative(self, path: Path) -> str:
        """Return `path` as the manifest names it: relative to its folder, with slashes."""
        name = self._names.get(path)
        if name is None:
            folder = self._names.get(self.folder)
            if folder is None:
                folder = self._names[self.folder] = str(self.folder.resolve())
            name = self._names[path] = Path(os.path.relpath(path.resolve(), folder)).as_posix()
        return name


_TOOL = f"workshop {__version__}"


def _stat(path: Path) -> list[int] | None:
    """Return a file's size and modification time (ns), or None when it is not there."""
    try:
        status = path.stat()
    except OSError:
        return None
    return [status.st_size, status.st_mtime_ns]


def fingerprint(*parts: object) -> str:
    """Return a digest of what decides an output besides its files: the events row, the
    kit named, the look and the documents asked for (`parts`, as JSON)."""
    return digest(json.dumps(parts, sort_keys=True, default=str).encode("utf-8"))
