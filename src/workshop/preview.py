"""A contact sheet of a deck as LibreOffice renders it: one PNG of every slide."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from workshop.errors import Diagnostic, LibreOfficeMissing, WorkshopError
from workshop.libreoffice import convert_to_pdf
from workshop.outputs import check_output, ensure_folder, refuse_overwriting
from workshop.package import write_atomically

INSTALL_HINT = ("preview needs LibreOffice and poppler-utils (pdftoppm). Install them, e.g. "
                "'sudo apt-get install libreoffice-impress poppler-utils' on Debian or Ubuntu, "
                "then run the preview again.")
COLUMNS = 4


def render_pages(pptx: bytes, folder: Path, dpi: int = 48) -> list[Path]:
    """Return one PNG per slide of `pptx`, rendered by LibreOffice into `folder`."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise LibreOfficeMissing(INSTALL_HINT)
    source = folder / "deck.pptx"
    source.write_bytes(pptx)
    pdf = convert_to_pdf(source, INSTALL_HINT)
    try:
        subprocess.run([pdftoppm, "-png", "-r", str(dpi), str(pdf), str(folder / "slide")],
                       check=True, capture_output=True, timeout=300)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        raise WorkshopError([Diagnostic("deck.pdf", 1, 1, "", f"pdftoppm could not render the "
                                        f"slides: {exc}")]) from None
    return sorted(folder.glob("slide-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def contact_sheet(pages: list[Path], width_px: int | None = None) -> bytes:
    """Return a PNG with the pages in a grid, numbered in reading order, scaled down to
    `width_px` when given (a small sheet for a README)."""
    import io

    from PIL import Image, ImageDraw

    images = [Image.open(p).convert("RGB") for p in pages]
    width, height = images[0].size
    gap, label = 12, 22
    rows = (len(images) + COLUMNS - 1) // COLUMNS
    sheet = Image.new("RGB", (COLUMNS * (width + gap) + gap,
                              rows * (height + gap + label) + gap), "#5f6b73")
    draw = ImageDraw.Draw(sheet)
    for n, image in enumerate(images):
        x = gap + (n % COLUMNS) * (width + gap)
        y = gap + (n // COLUMNS) * (height + gap + label)
        draw.text((x, y), str(n + 1), fill="white")
        sheet.paste(image, (x, y + label))
    if width_px is not None and width_px < sheet.width:
        sheet = sheet.resize((width_px, round(sheet.height * width_px / sheet.width)),
                             Image.Resampling.LANCZOS)
        # a small sheet is for a page that shows it: 256 colours make it a fifth of the size
        sheet = sheet.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    sheet.save(out, "PNG", optimize=True)
    return out.getvalue()


def preview(pptx: bytes, sheet: Path, pages_dir: Path | None = None,
            inputs: Iterable[Path] = (), width_px: int | None = None) -> int:
    """Write the contact sheet (`width_px` wide at most, when given; and, with `pages_dir`,
    one PNG per slide); return the count.

    Every file to write is checked before the first is written: none may be a folder, a
    device, a FIFO or one of the deck's `inputs`.
    """
    inputs = list(inputs)
    with tempfile.TemporaryDirectory(prefix="workshop-preview-") as folder:
        pages = render_pages(pptx, Path(folder))
        targets = [pages_dir / f"slide-{n:03d}.png" for n in range(1, len(pages) + 1)
                   ] if pages_dir is not None else []
        for target in (sheet, *targets):
            check_output(target, (".png",))
            refuse_overwriting(target, inputs)
        write_atomically(sheet, contact_sheet(pages, width_px))
        if pages_dir is not None:
            ensure_folder(pages_dir)
            for page, target in zip(pages, targets, strict=True):
                write_atomically(target, page.read_bytes())
        return len(pages)
