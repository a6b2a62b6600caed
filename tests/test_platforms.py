"""Where volunteers are: LibreOffice found where it installs on Windows and macOS, and fonts
found without fontconfig. CI runs Linux, so each system is simulated: its platform name, its
environment and an empty PATH, with the files where that system keeps them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path, PureWindowsPath

import pytest
from conftest import require_tool

from workshop import libreoffice, metrics, system_fonts
from workshop.errors import LibreOfficeMissing
from workshop.session import BuildSession


@pytest.fixture
def empty_path(monkeypatch):
    """No program on the PATH, as on a Windows or macOS machine after LibreOffice's own
    installer."""
    monkeypatch.setattr(libreoffice.shutil, "which", lambda name: None)


def test_libreoffice_is_found_in_program_files_on_windows(tmp_path, monkeypatch,
                                                          empty_path) -> None:
    program_files = tmp_path / "Program Files"
    soffice = program_files / "LibreOffice" / "program" / "soffice.exe"
    soffice.parent.mkdir(parents=True)
    soffice.write_bytes(b"")
    monkeypatch.setattr(libreoffice.sys, "platform", "win32")
    monkeypatch.setattr(libreoffice.os, "environ", {"ProgramFiles": str(program_files)})
    assert libreoffice.soffice("install LibreOffice") == str(soffice)


def test_windows_places_cover_both_program_files_and_the_users_programs() -> None:
    places = libreoffice.installed_places("win32", {
        "ProgramFiles": r"C:\Program Files", "ProgramFiles(x86)": r"C:\Program Files (x86)",
        "LOCALAPPDATA": r"C:\Users\dana\AppData\Local"})
    assert [PureWindowsPath(p) for p in places] == [
        PureWindowsPath(r"C:\Program Files\LibreOffice\program\soffice.exe"),
        PureWindowsPath(r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"),
        PureWindowsPath(r"C:\Users\dana\AppData\Local\Programs\LibreOffice\program\soffice.exe")]


def test_libreoffice_is_found_in_the_users_applications_on_macos(tmp_path, monkeypatch,
                                                                 empty_path) -> None:
    soffice = tmp_path / "Applications" / "LibreOffice.app" / "Contents" / "MacOS" / "soffice"
    soffice.parent.mkdir(parents=True)
    soffice.write_bytes(b"")
    monkeypatch.setattr(libreoffice.sys, "platform", "darwin")
    monkeypatch.setattr(libreoffice.Path, "home", lambda: tmp_path)
    assert libreoffice.soffice("install LibreOffice") == str(soffice)
    assert libreoffice.installed_places("darwin")[0] == Path(
        "/Applications/LibreOffice.app/Contents/MacOS/soffice")


def test_without_libreoffice_anywhere_the_hint_is_the_message(tmp_path, monkeypatch,
                                                              empty_path) -> None:
    monkeypatch.setattr(libreoffice.sys, "platform", "win32")
    monkeypatch.setattr(libreoffice.os, "environ", {"ProgramFiles": str(tmp_path)})
    with pytest.raises(LibreOfficeMissing, match="install LibreOffice"):
        libreoffice.soffice("install LibreOffice")


def test_font_folders_of_each_system() -> None:
    windows = system_fonts.font_folders("win32", {"WINDIR": r"D:\Windows",
                                                  "LOCALAPPDATA": r"D:\Users\dana\AppData\Local"})
    assert [PureWindowsPath(p) for p in windows] == [
        PureWindowsPath(r"D:\Windows\Fonts"),
        PureWindowsPath(r"D:\Users\dana\AppData\Local\Microsoft\Windows\Fonts")]
    assert Path("/Library/Fonts") in system_fonts.font_folders("darwin", {})


def test_fonts_are_found_by_family_without_fontconfig(tmp_path, monkeypatch) -> None:
    """With no fc-match (Windows, macOS), the deck's fonts are found in the font folders, a
    missing Office font by its metric-compatible twin, so text measures as with fontconfig."""
    require_tool("fc-match")
    regular, bold = (subprocess.run(["fc-match", "-f", "%{file}", pattern], text=True,
                                    capture_output=True, check=True).stdout
                     for pattern in ("Carlito", "Carlito:bold"))
    if "Carlito" not in regular:
        pytest.fail("the Carlito font (fonts-crosextra-carlito) is not installed")
    with BuildSession():
        with_fontconfig = metrics.text_width("Talk early, talk often", "Calibri", 24)
    folder = tmp_path / "Fonts"
    folder.mkdir()
    for source in (regular, bold):
        shutil.copy(source, folder)
    (folder / "not-a-font.ttf").write_bytes(b"nothing here")  # skipped, not fatal
    monkeypatch.setattr(metrics.shutil, "which", lambda name: None)
    monkeypatch.setattr(system_fonts, "font_folders", lambda: [folder])
    with BuildSession():
        assert metrics.font_file("Calibri") == str(folder / Path(regular).name)
        assert metrics.font_file("Calibri", bold=True) == str(folder / Path(bold).name)
        assert metrics.font_file("Calibri", italic=True) == str(folder / Path(regular).name)
        assert metrics.font_file("No Such Font") is None  # then Pillow's own font measures
        assert metrics.text_width("Talk early, talk often", "Calibri", 24) == with_fontconfig
