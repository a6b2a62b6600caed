"""Running LibreOffice headless: the one place that finds `soffice` and converts to PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from workshop.errors import Diagnostic, LibreOfficeMissing, WorkshopError


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
    try:
        subprocess.run([soffice(hint), f"-env:UserInstallation=file://{folder}/profile",
                        "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                        str(source)], check=True, capture_output=True, timeout=timeout,
                       env=environment)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        raise WorkshopError([Diagnostic(source.name, 1, 1, "", "LibreOffice could not convert "
                                        f"the file to PDF: {exc}")]) from None
    pdf = source.with_suffix(".pdf")
    if not pdf.is_file():
        raise WorkshopError([Diagnostic(source.name, 1, 1, "", "LibreOffice made no PDF of the "
                                        "file")])
    return pdf
