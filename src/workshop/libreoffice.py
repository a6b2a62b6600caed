"""Running LibreOffice headless: the one place that finds `soffice` and converts to PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from workshop.errors import LibreOfficeMissing


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
    subprocess.run([soffice(hint), f"-env:UserInstallation=file://{folder}/profile",
                    "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=timeout)
    return source.with_suffix(".pdf")
