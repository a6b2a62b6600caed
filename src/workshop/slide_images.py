"""Slide images as LibreOffice renders them, cached by each slide's content.

A slide's image depends on its own XML and on the parts it draws from: its layout, their
master and theme, and the pictures and charts it relates to. Their bytes make its digest.
After a change only the slides whose digest is new are rendered, as a small deck of just
those slides; the others are already in the cache folder, as `<digest>.png`.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from workshop.errors import Diagnostic, LibreOfficeMissing, WorkshopError
from workshop.libreoffice import Resident, convert_to_pdf, soffice
from workshop.ooxml.package_view import PackageView
from workshop.ooxml.text import shown_lines
from workshop.package import write_atomically
from workshop.paths import user_cache
from workshop.writers.pptx_subset import only_slides

HINT = ("slide pictures need LibreOffice and poppler-utils (pdftoppm): install them, "
        "e.g. 'sudo apt-get install libreoffice-impress poppler-utils'")
# 800 x 450 pixels: sharp in the studio's column, and about 270 pixels an inch printed
# three inches wide in the guide; small to send and to keep.
DPI = 60


def slide_digests(package: PackageView) -> list[str]:
    """Return the digest of each slide of a built deck, in order (see the module)."""
    digests = []
    for name in package.slides():
        digest = hashlib.sha256(package.read(name))
        seen, pending = {name}, [name]
        while pending:  # the parts the slide draws from, and theirs
            for _, kind, target in package.relationships(pending.pop()):
                if target is None or target in seen or kind.endswith(("/notesSlide", "/slide")):
                    continue
                seen.add(target)
                if not kind.endswith(("/slideLayout", "/slideMaster", "/theme", "/image",
                                      "/chart", "/package")):
                    continue
                digest.update(target.encode() + package.read(target))
                if kind.endswith(("/slideLayout", "/slideMaster", "/chart")):
                    pending.append(target)
        digests.append(digest.hexdigest()[:32])
    return digests


def slide_texts(package: PackageView) -> list[list[str]]:
    """Return the lines of text each slide of a built deck shows, in order."""
    return [shown_lines(package.xml(name)) for name in package.slides()]


def can_render() -> bool:
    """Return whether LibreOffice and pdftoppm are both installed."""
    try:
        soffice(HINT)
    except LibreOfficeMissing:
        return False
    return shutil.which("pdftoppm") is not None


def slide_pictures(data: bytes, images: SlideImages | None = None) -> list[bytes] | None:
    """Return a PNG of every slide of the .pptx `data`, as LibreOffice renders it, in order;
    None when LibreOffice or pdftoppm is not installed. Each slide is rendered once per
    content into `images` (the user's cache, by default): a guide made again, or for another
    event of a season, renders only the slides that changed."""
    if not can_render():
        return None
    images = images or SlideImages(user_cache() / "slides")
    digests = slide_digests(PackageView(data))
    images.render(data, digests)
    return [images.path(digest).read_bytes() for digest in digests]


class SlideImages:
    """Slide images in `folder`, each rendered once per slide digest (see the module); with
    `resident`, by a LibreOffice kept running between renders (see libreoffice.Resident),
    its profile beside `folder`, until close()."""

    def __init__(self, folder: Path, resident: bool = False):
        self.folder = folder
        self._lock = threading.Lock()  # one LibreOffice run at a time
        self.office = (Resident(folder.with_name(f"{folder.name}-libreoffice"), HINT)
                       if resident else None)

    def close(self) -> None:
        """Stop the resident LibreOffice, if there is one."""
        if self.office is not None:
            self.office.close()

    def path(self, digest: str) -> Path:
        """Return where the image of the slide with `digest` is (or will be)."""
        return self.folder / f"{digest}.png"

    def missing(self, digests: list[str]) -> list[int]:
        """Return the indexes of the slides whose image is not rendered yet."""
        return [n for n, digest in enumerate(digests) if not self.path(digest).is_file()]

    def render(self, data: bytes, digests: list[str]) -> list[int]:
        """Render the slides of `data` that have no image yet; return their indexes."""
        with self._lock:
            todo = self.missing(digests)
            if not todo:
                return []
            pdftoppm = shutil.which("pdftoppm")
            if pdftoppm is None:
                raise LibreOfficeMissing(HINT)
            # A render may still be writing there when the studio stops: its scratch folder
            # is then removed as far as it can be, not with a traceback on the way out.
            with tempfile.TemporaryDirectory(prefix="workshop-slides-",
                                             ignore_cleanup_errors=True) as scratch:
                source = Path(scratch) / "slides.pptx"
                source.write_bytes(only_slides(data, todo))
                pdf = (self.office.convert_to_pdf(source) if self.office is not None
                       else convert_to_pdf(source, HINT))
                try:
                    subprocess.run([pdftoppm, "-png", "-r", str(DPI), str(pdf),
                                    str(Path(scratch) / "page")], check=True,
                                   capture_output=True, timeout=300)
                except (subprocess.CalledProcessError, subprocess.TimeoutExpired,
                        OSError) as exc:
                    raise WorkshopError([Diagnostic("slides.pdf", 1, 1, "", "pdftoppm could "
                                                    f"not render the slides: {exc}")]) from None
                pages = sorted(Path(scratch).glob("page-*.png"),
                               key=lambda p: int(p.stem.rsplit("-", 1)[1]))
                self.folder.mkdir(parents=True, exist_ok=True)
                for index, page in zip(todo, pages, strict=False):
                    write_atomically(self.path(digests[index]), page.read_bytes())
            return todo
