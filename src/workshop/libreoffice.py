"""Running LibreOffice headless: the one place that finds `soffice` and converts to PDF."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
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
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command, out, err)


def soffice(hint: str) -> str:
    """Return the path of LibreOffice's `soffice`; raise LibreOfficeMissing with `hint`."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise LibreOfficeMissing(hint)
    return found


def convert_to_pdf(source: Path, hint: str, timeout: int = 300) -> Path:
    """Return the PDF LibreOffice makes of `source`, beside it.

    A profile of its own in the same folder keeps runs independent of each other and of any
    LibreOffice the user has open.
    """
    folder = source.parent
    # In UTC, whatever the user's zone: LibreOffice writes the zone into the PDF's dates, and
    # a different zone would give a different file (and a date of another length).
    environment = {**os.environ, "TZ": "UTC"}
    command = [soffice(hint), f"-env:UserInstallation=file://{folder}/profile", "--headless",
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
