"""Running LibreOffice headless: the one place that finds `soffice` and converts to PDF."""

from __future__ import annotations

import atexit
import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path

from workshop.errors import Diagnostic, LibreOfficeMissing, WorkshopError


def _end_group(process: subprocess.Popen) -> None:
    """End `process`, started in a process group of its own, with its whole group, and wait
    for it."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signal.SIGKILL)
        else:  # Windows: no process groups of this kind; end the launcher itself
            process.kill()
    process.wait()


def _run_in_own_group(command: list[str], timeout: int, environment: dict[str, str],
                      owner: Resident | None = None) -> None:
    """Run LibreOffice in a process group of its own, and end the whole group if anything
    (an error, a time-out, Ctrl-C, SIGTERM, the `owner`'s close()) stops the run: its launcher
    starts a second process that would otherwise go on writing into a folder being removed."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=environment, start_new_session=True)
    try:
        if owner is not None:
            owner.follow(process)
        out, err = process.communicate(timeout=timeout)
    except BaseException:
        _end_group(process)
        raise
    finally:
        if owner is not None:
            owner.unfollow(process)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command, out, err)


def soffice(hint: str) -> str:
    """Return the path of LibreOffice's `soffice`: on the PATH, else where its installer puts
    it on macOS and Windows (which do not add it to the PATH); raise LibreOfficeMissing with
    `hint` when there is none."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is not None:
        return found
    for place in installed_places():
        if place.is_file():
            return str(place)
    raise LibreOfficeMissing(hint)


def installed_places(platform: str | None = None,
                     environment: Mapping[str, str] | None = None) -> list[Path]:
    """Return where LibreOffice's installer puts `soffice` on `platform` (this system's, by
    default): the application folder on macOS (the system's and the user's), Program Files
    (both) and the user's own programs on Windows; none elsewhere (Linux packages put it on
    the PATH)."""
    platform = platform or sys.platform
    environment = os.environ if environment is None else environment
    if platform == "darwin":
        app = Path("LibreOffice.app", "Contents", "MacOS", "soffice")
        return [Path("/Applications") / app, Path.home() / "Applications" / app]
    if platform == "win32":
        roots = [environment.get(name) for name in ("ProgramFiles", "ProgramFiles(x86)",
                                                    "ProgramW6432")]
        local = environment.get("LOCALAPPDATA")
        places = [Path(root, "LibreOffice", "program", "soffice.exe") for root in roots if root]
        if local:
            places.append(Path(local, "Programs", "LibreOffice", "program", "soffice.exe"))
        return list(dict.fromkeys(places))
    return []


# In UTC, whatever the user's zone: LibreOffice writes the zone into the PDF's dates, and a
# different zone would give a different file (and a date of another length).
_IN_UTC = {"TZ": "UTC"}


def _profile_argument(profile: Path) -> str:
    """Return the option that gives LibreOffice `profile` as its user profile, as a file URL
    it reads on every system (file:///C:/... on Windows)."""
    return f"-env:UserInstallation={profile.absolute().as_uri()}"


def convert_to_pdf(source: Path, hint: str, timeout: int = 300,
                   profile: Path | None = None, owner: Resident | None = None) -> Path:
    """Return the PDF LibreOffice makes of `source`, beside it.

    A profile of its own in the same folder keeps runs independent of each other and of any
    LibreOffice the user has open; a `profile` given is a Resident's, whose LibreOffice,
    already running, makes the PDF. A run for an `owner` (a Resident) ends when it closes.
    """
    folder = source.parent
    environment = {**os.environ, **_IN_UTC}
    command = [soffice(hint), _profile_argument(profile or folder / "profile"), "--headless",
               "--convert-to", "pdf", "--outdir", str(folder.absolute()),
               str(source.absolute())]
    try:
        _run_in_own_group(command, timeout, environment, owner)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        raise WorkshopError([Diagnostic(source.name, 1, 1, "", "LibreOffice could not convert "
                                        f"the file to PDF: {exc}")]) from None
    pdf = source.with_suffix(".pdf")
    if not pdf.is_file():
        raise WorkshopError([Diagnostic(source.name, 1, 1, "", "LibreOffice made no PDF of the "
                                        "file")])
    return pdf


READY_WITHIN = 30  # seconds a resident LibreOffice may take to start before it is given up


class Resident:
    """One LibreOffice kept running between conversions, for a program that converts often:
    the studio renders a slide on every save. LibreOffice's own launcher, started with the
    resident's profile, hands each conversion to it and returns (about 0.1 s) instead of
    starting LibreOffice anew (about a second). The resident holds an empty hidden document:
    without one, LibreOffice quits after the first conversion handed to it.

    No conversion is handed over before the resident answers on a pipe of its own: a launcher
    that came first would become the instance itself, and the resident would hand its
    document to it and quit. Where that pipe cannot be watched (on systems other than Linux),
    or the resident does not start (its profile already in use, say), each conversion starts
    LibreOffice as before. A resident that has stopped is started again, until close(): after
    it, a conversion is refused (the program is stopping)."""

    def __init__(self, profile: Path, hint: str):
        self.profile = profile
        self.hint = hint
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()
        self._registered = False
        self._closed = False
        self._runs: set[subprocess.Popen] = set()  # its conversions' launchers, running
        self._given_up = not sys.platform.startswith("linux")

    def convert_to_pdf(self, source: Path, timeout: int = 300) -> Path:
        """Return the PDF LibreOffice makes of `source`, beside it: the resident's when it
        runs."""
        with self._lock:
            if self._closed:
                raise self._stopped(source)
            running = ((self._process is not None and self._process.poll() is None)
                       or self._start())
        return convert_to_pdf(source, self.hint, timeout,
                              profile=self.profile if running else None, owner=self)

    def follow(self, process: subprocess.Popen) -> None:
        """Keep `process`, a conversion's LibreOffice, to end it at close(); raise
        WorkshopError (its run then ends it) when close() came first."""
        with self._lock:
            if self._closed:
                raise self._stopped(Path(process.args[-1]))
            self._runs.add(process)

    def unfollow(self, process: subprocess.Popen) -> None:
        """Forget `process`, a conversion's LibreOffice that has ended."""
        with self._lock:
            self._runs.discard(process)

    @staticmethod
    def _stopped(source: Path) -> WorkshopError:
        """Return the error of a conversion of `source` refused or ended by close()."""
        return WorkshopError([Diagnostic(source.name, 1, 1, "", "LibreOffice was stopped: "
                                         "the program is stopping")])

    def _start(self) -> bool:
        """Start the resident and wait for it to answer; return whether it did (if not, it is
        given up: conversions start their own LibreOffice)."""
        if self._given_up:
            return False
        pipe = f"workshop-{secrets.token_hex(8)}"
        self._process = subprocess.Popen(
            [soffice(self.hint), _profile_argument(self.profile), "--headless", "--norestore",
             "--nologo", f"--accept=pipe,name={pipe};urp;", "private:factory/swriter"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, **_IN_UTC}, start_new_session=True)
        if not self._registered:  # a program that ends without close() leaves none behind
            atexit.register(self.close)
            self._registered = True
        # LibreOffice's pipes on Linux: a socket in /tmp named for the user and the pipe.
        if _answers(Path(f"/tmp/OSL_PIPE_{os.getuid()}_{pipe}"), self._process):
            return True
        self._given_up = True
        self._stop()
        return False

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            _end_group(process)

    def close(self) -> None:
        """Stop the resident LibreOffice, if it runs (its launcher starts a second process:
        the whole group goes) and the conversions running; refuse conversions from then on."""
        with self._lock:
            self._closed = True
            self._stop()
            runs, self._runs = list(self._runs), set()
        for process in runs:
            _end_group(process)


def _answers(pipe: Path, process: subprocess.Popen) -> bool:
    """Return True once something listens on the socket `pipe`, False if `process` ends or
    READY_WITHIN seconds pass first."""
    deadline = time.monotonic() + READY_WITHIN
    while time.monotonic() < deadline and process.poll() is None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(str(pipe))
            except OSError:
                time.sleep(0.05)
                continue
        return True
    return False
