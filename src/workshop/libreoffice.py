"""Running LibreOffice headless: the one place that finds `soffice` and converts to PDF."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
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


def convert_to_pdf(source: Path, hint: str, timeout: int = 300) -> Path:
    """Return the PDF LibreOffice makes of `source`, beside it.

    A profile of its own in the same folder keeps runs independent of each other and of any
    LibreOffice the user has open.
    """
    folder = source.parent
    # In UTC, whatever the user's zone: LibreOffice writes the zone into the PDF's dates, and
    # a different zone would give a different file (and a date of another length).
    environment = {**os.environ, "TZ": "UTC"}
    # A file URL as LibreOffice reads it on every system (file:///C:/... on Windows).
    profile = (folder.absolute() / "profile").as_uri()
    command = [soffice(hint), f"-env:UserInstallation={profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(folder), str(source)]
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
