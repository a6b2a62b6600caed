"""Running LibreOffice headless: the one place that finds `soffice` and converts to PDF."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

from workshop.errors import Diagnostic, LibreOfficeMissing, WorkshopError


def _run_in_own_group(command: list[str], timeout: int, environment: dict[str, str]) -> None:
    """Run LibreOffice in a process group of its own, and end the whole group if anything
    (an error, a time-out, Ctrl-C, SIGTERM) stops the run: its launcher starts a second
    process that would otherwise go on writing into a folder being removed."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=environment, start_new_session=True)
    try:
        out, err = process.communicate(timeout=timeout)
    except BaseException:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if hasattr(os, "killpg"):
                os.killpg(process.pid, signal.SIGKILL)
            else:  # Windows: no process groups of this kind; end the launcher itself
                process.kill()
        process.wait()
        raise
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
                   profile: Path | None = None) -> Path:
    """Return the PDF LibreOffice makes of `source`, beside it.

    A profile of its own in the same folder keeps runs independent of each other and of any
    LibreOffice the user has open; a `profile` given is a Resident's, whose LibreOffice,
    already running, makes the PDF.
    """
    folder = source.parent
    environment = {**os.environ, **_IN_UTC}
    command = [soffice(hint), _profile_argument(profile or folder / "profile"), "--headless",
               "--convert-to", "pdf", "--outdir", str(folder.absolute()),
               str(source.absolute())]
    try:
        _run_in_own_group(command, timeout, environment)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        raise WorkshopError([Diagnostic(source.name, 1, 1, "", "LibreOffice could not convert "
                                        f"the file to PDF: {exc}")]) from None
    pdf = source.with_suffix(".pdf")
    if not pdf.is_file():
        raise WorkshopError([Diagnostic(source.name, 1, 1, "", "LibreOffice made no PDF of the "
                                        "file")])
    return pdf


class Resident:
    """One LibreOffice kept running between conversions, for a program that converts often:
    the studio renders a slide on every save. LibreOffice's own launcher, started with the
    resident's profile, hands each conversion to it and returns (about 0.1 s) instead of
    starting LibreOffice anew (about a second). The resident holds an empty hidden document:
    without one, LibreOffice quits after the first conversion handed to it. A launcher that
    comes while the resident is still starting waits for it (LibreOffice's single-instance
    pipe); a resident that has stopped is started again."""

    def __init__(self, profile: Path, hint: str):
        self.profile = profile
        self.hint = hint
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()
        self._registered = False

    def convert_to_pdf(self, source: Path, timeout: int = 300) -> Path:
        """Return the PDF the resident LibreOffice makes of `source`, beside it."""
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._start()
        return convert_to_pdf(source, self.hint, timeout, profile=self.profile)

    def _start(self) -> None:
        self._process = subprocess.Popen(
            [soffice(self.hint), _profile_argument(self.profile), "--headless", "--norestore",
             "--nologo", "private:factory/swriter"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, **_IN_UTC}, start_new_session=True)
        if not self._registered:  # a program that ends without close() leaves none behind
            atexit.register(self.close)
            self._registered = True

    def close(self) -> None:
        """Stop the resident LibreOffice, if it runs (its launcher starts a second process:
        the whole group goes)."""
        with self._lock:
            process, self._process = self._process, None
        if process is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if hasattr(os, "killpg"):
                os.killpg(process.pid, signal.SIGKILL)
            else:  # Windows: no process groups of this kind; end the launcher itself
                process.kill()
        process.wait()
