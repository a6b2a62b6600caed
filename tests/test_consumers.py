"""Real consumers: LibreOffice renders one page per slide, openxml-audit finds no errors,
python-pptx reopens the file. In CI these tools must be installed; locally a missing one skips.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import REPO, require_tool
from PIL import Image
from pptx import Presentation

from workshop.build import build

SHIPPED = ["parent-night.yaml", "parent-night-short.yaml", "es/noche-de-padres.yaml",
           "es/noche-de-padres-corta.yaml"]


@pytest.fixture(scope="module", params=SHIPPED)
def deck(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a shipped deck, built."""
    output = tmp_path_factory.mktemp("consumers") / f"{Path(request.param).stem}.pptx"
    build(REPO / "decks" / request.param, output)
    return output


def test_libreoffice_renders_one_page_per_slide(deck: Path, tmp_path: Path) -> None:
    soffice = require_tool("soffice")
    pdfinfo = require_tool("pdfinfo")
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(deck)],
        check=True, capture_output=True, timeout=180,
    )
    info = subprocess.run([pdfinfo, str(tmp_path / f"{deck.stem}.pdf")], check=True,
                          capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages == len(Presentation(str(deck)).slides)


def test_openxml_audit_finds_no_errors(deck: Path) -> None:
    from openxml_audit import validate_pptx

    result = validate_pptx(deck)
    assert [str(e) for e in result.errors] == []
    assert result.is_valid


def test_python_pptx_reopens_and_resaves(deck: Path, tmp_path: Path) -> None:
    prs = Presentation(str(deck))
    titles = [slide.shapes.title.text for slide in prs.slides]
    prs.save(str(tmp_path / "resaved.pptx"))
    again = Presentation(str(tmp_path / "resaved.pptx"))
    assert [slide.shapes.title.text for slide in again.slides] == titles


def test_the_studio_renders_every_save_through_one_resident_libreoffice(tmp_path: Path) -> None:
    """The studio's slide images come from one LibreOffice kept running: a second render is
    handed to the same process, the pictures are LibreOffice's, and close() stops it."""
    require_tool("soffice")
    require_tool("pdftoppm")
    from workshop.ooxml.package_view import PackageView
    from workshop.slide_images import SlideImages, slide_digests

    deck = tmp_path / "deck.pptx"
    build(REPO / "decks" / "parent-night-short.yaml", deck)
    data = deck.read_bytes()
    digests = slide_digests(PackageView(data))
    images = SlideImages(tmp_path / "slides", resident=True)
    images.folder.mkdir()
    for digest in digests[1:]:  # as if rendered before: only the first slide is new
        images.path(digest).write_bytes(b"")
    try:
        assert images.render(data, digests) == [0]
        process = images.office._process
        assert process is not None and process.poll() is None  # still running
        images.path(digests[1]).unlink()  # the second slide saved again
        assert images.render(data, digests) == [1]
        assert images.office._process is process  # the same LibreOffice, not a new one
        for digest in digests[:2]:
            with Image.open(images.path(digest)) as picture:  # 16:9 at 60 dpi, as it shows
                assert picture.size[1] == 450 and picture.size[0] in (800, 801)
    finally:
        images.close()
    assert process.poll() is not None  # stopped with the studio
