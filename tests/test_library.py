"""The library that comes with workshop: built-in decks and kits by name, `workshop new`, and
the same from a wheel installed into a fresh virtual environment."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from cli_runner import run
from conftest import REPO
from pptx import Presentation

from workshop.library import built_in_decks, built_in_kits


def titles(deck: Path) -> list[str]:
    """Return each slide's title."""
    return [slide.shapes.title.text if slide.shapes.title is not None else ""
            for slide in Presentation(str(deck)).slides]


def notes(deck: Path, n: int) -> str:
    """Return the notes of slide `n` (from 1)."""
    return Presentation(str(deck)).slides[n - 1].notes_slide.notes_text_frame.text


def test_the_library_names_the_shipped_decks_and_kits() -> None:
    assert [deck.name for deck in built_in_decks()] == [
        "parent-night", "parent-night-short", "noche-de-padres", "noche-de-padres-corta"]
    assert [kit.name for kit in built_in_kits()] == ["example-county", "harbor-family-alliance"]


def test_a_built_in_deck_builds_by_name_from_any_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # no decks/ here
    result = run("build", "parent-night-short", "--brand", "example-county")
    assert result.exit_code == 0, result.stderr
    assert "wrote build/parent-night-short.pptx (14 slides)" in result.stdout
    deck = tmp_path / "build" / "parent-night-short.pptx"
    assert titles(deck)[0] == "Sextortion: What Parents Can Do"
    assert "Example County Schools" in notes(deck, 1) or any(
        "Example County Schools" in shape.text_frame.text
        for shape in Presentation(str(deck)).slides[0].shapes if shape.has_text_frame)


def test_an_unknown_name_lists_the_built_in_decks(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("build", "parent-nite")
    assert result.exit_code == 1
    assert ("parent-nite: no such file, and no built-in deck of that name (built-in decks: "
            "parent-night, parent-night-short, noche-de-padres, noche-de-padres-corta)") \
        in result.stderr
    assert not (tmp_path / "build").exists()


def test_build_without_an_outline_says_what_to_do_outside_a_project(tmp_path: Path,
                                                                       monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("build")
    assert result.exit_code == 1
    assert "workshop build parent-night" in result.stderr and "workshop new" in result.stderr


def test_new_makes_a_project_of_its_own(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("new", "night")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "next: cd night && workshop build"
    night = tmp_path / "night"
    for name in ("decks/parent-night.yaml", "decks/brands/my-organization.yaml", "events.csv",
                 "README.md", "decks/slides/en/sexting.yaml",
                 "speaker_notes/parent-night/sexting.md", "decks/reference/en.yaml"):
        assert (night / name).is_file(), name
    assert len((night / "README.md").read_text(encoding="utf-8").splitlines()) <= 15
    # The project's notes are its own: editing one changes its deck, not the library.
    library_notes = (REPO / "speaker_notes/parent-night/title.md").read_bytes()
    own = night / "speaker_notes/parent-night/title.md"
    own.write_text("Welcome to the Lincoln parent night.\n", encoding="utf-8")
    monkeypatch.chdir(night)
    result = run("build")
    assert result.exit_code == 0, result.stderr
    assert notes(night / "build/parent-night.pptx", 1).startswith(
        "Welcome to the Lincoln parent night.")
    assert (REPO / "speaker_notes/parent-night/title.md").read_bytes() == library_notes
    # Its kit builds as it is, and the events file's example row is a whole event.
    assert run("build", "--brand", "my-organization", "-o", "build/kit.pptx").exit_code == 0
    result = run("build", "parent-night", "--events", "events.csv", "-o", "build/events/")
    assert result.exit_code == 0, result.stderr
    built = list((night / "build/events").glob("*.pptx"))
    assert len(built) == 1
    assert "Lincoln Middle School PTA" in notes(built[0], 1) + "".join(
        shape.text_frame.text for shape in Presentation(str(built[0])).slides[0].shapes
        if shape.has_text_frame)


def test_new_works_from_a_folder_that_holds_the_library(tmp_path: Path, monkeypatch) -> None:
    """A virtual environment in the folder a volunteer works in holds the installed library
    below it: the files are found all the same."""
    monkeypatch.chdir(REPO.parent)
    result = run("new", str(tmp_path / "night"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "night" / "speaker_notes/parent-night/title.md").is_file()


def test_a_projects_deck_and_kit_win_over_the_librarys_of_the_same_name(
        tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("new", ".", "--kit", "example-county").exit_code == 0
    kit = tmp_path / "decks/brands/example-county.yaml"
    kit.write_text(kit.read_text(encoding="utf-8").replace(
        "Example County Schools", "Lincoln Schools"), encoding="utf-8")
    outline = tmp_path / "decks/parent-night.yaml"
    outline.write_text(outline.read_text(encoding="utf-8").replace(
        'title: "Sextortion: What Parents Can Do"', 'title: "Lincoln Parent Night"', 1),
        encoding="utf-8")
    assert run("build", "parent-night", "--brand", "example-county").exit_code == 0
    deck = tmp_path / "build/parent-night.pptx"
    assert titles(deck)[0] == "Lincoln Parent Night"
    shown = " ".join(shape.text_frame.text for slide in Presentation(str(deck)).slides
                     for shape in slide.shapes if shape.has_text_frame)
    assert "Lincoln Schools" in shown and "Example County Schools" not in shown


def test_new_never_overwrites_and_names_what_it_knows(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "README.md").write_text("mine\n", encoding="utf-8")
    result = run("new", ".")
    assert result.exit_code == 1 and "never overwrites" in result.stderr
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "mine\n"
    assert not (tmp_path / "decks").exists()  # nothing written at all
    result = run("new", "x", "--deck", "parent-nite")
    assert result.exit_code == 1
    assert "no built-in deck 'parent-nite'" in result.stderr and "parent-night" in result.stderr
    assert not (tmp_path / "x").exists()


def test_list_shows_built_in_decks_and_a_projects_own_apart(tmp_path: Path,
                                                            monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("new", ".", "--deck", "noche-de-padres").exit_code == 0
    shown = run("list").stdout
    built_in, _, own = shown.partition("Your decks, in decks/")
    assert "parent-night-short" in built_in and "A 20-minute briefing for parents" in built_in
    assert "example-county" in built_in
    assert "decks/es/noche-de-padres.yaml" in own.split("Slide layouts")[0]


# Nothing of this checkout on the path: a PYTHONPATH (a worktree's run) would put it ahead of
# the installed package, and make pip take the package for installed already.
ALONE = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """Return the `workshop` command of a wheel built from this checkout and installed into a
    fresh virtual environment: the packaged library, not the checkout's, is what it reads.
    The wheel's dependencies are this environment's, put on the new one's path (installing
    them again from the network would test pip, not the package)."""
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                    str(folder), str(REPO)], check=True, capture_output=True, env=ALONE)
    wheel = next(folder.glob("workshop-*.whl"))
    env = folder / "env"
    venv.create(env, with_pip=True)
    python = env / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True, env=ALONE)
    site = subprocess.run([str(python), "-c", "import sysconfig; "
                           "print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True, env=ALONE).stdout.strip()
    Path(site, "_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n",
                                               encoding="utf-8")
    return python.parent / "workshop"


def test_an_installed_wheel_makes_a_project_and_builds_by_name(installed: Path,
                                                               tmp_path: Path) -> None:
    environment = ALONE

    def workshop(*args: str, cwd: Path) -> subprocess.CompletedProcess:
        return subprocess.run([str(installed), *args], cwd=cwd, capture_output=True,
                              text=True, timeout=300, env=environment)

    where = subprocess.run([str(installed.parent / "python"), "-c",
                            "import workshop.library as l; print(l.library_root())"],
                           capture_output=True, text=True, check=True,
                           env=environment).stdout.strip()
    assert Path(where).is_relative_to(installed.parent.parent)  # the package's own copy
    made = workshop("new", "night", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    built = workshop("build", cwd=tmp_path / "night")
    assert built.returncode == 0, built.stderr
    assert titles(tmp_path / "night/build/parent-night.pptx")[1] == "Agenda"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    built = workshop("build", "noche-de-padres", "-o", "noche.pptx", cwd=elsewhere)
    assert built.returncode == 0, built.stderr
    assert titles(elsewhere / "noche.pptx")[1] == "Programa de hoy"


def test_a_file_in_decks_that_is_not_text_is_passed_over(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "broken.yaml").write_bytes(b"\xff\xfe\x00 not text")
    monkeypatch.chdir(tmp_path)
    result = run("build", "parent-night-short", "-o", "short.pptx")
    assert result.exit_code == 0, result.stderr
    assert titles(tmp_path / "short.pptx")[0] == "Sextortion: What Parents Can Do"


def test_a_deck_added_to_a_project_shares_its_files_and_never_overwrites_an_edit(
        tmp_path: Path) -> None:
    """Adding the short deck to a project made with the full one copies what it reads,
    leaves the slide files both decks share as they are, and refuses (writing nothing) when
    one of them holds the user's own edit."""
    from workshop.scaffold import add_decks, new_project

    project = tmp_path / "night"
    new_project(project, ["parent-night"])
    shared = project / "decks" / "slides" / "en" / "if-it-happens.yaml"
    before = {path: path.read_bytes() for path in project.rglob("*") if path.is_file()}
    outline = add_decks(project, ["parent-night-short"])[0]
    assert outline == project / "decks" / "parent-night-short.yaml"
    checked = run("check", str(outline))
    assert checked.exit_code == 0 and checked.stderr.endswith(": ok\n")
    assert all(path.read_bytes() == data for path, data in before.items())  # none rewritten
    notes = sorted(p.name for p in (project / "speaker_notes" / "parent-night-short").iterdir())
    assert "title.md" in notes

    other = tmp_path / "edited"
    new_project(other, ["parent-night"])
    edited = other / shared.relative_to(project)
    edited.write_text(edited.read_text(encoding="utf-8") + "# my note\n", encoding="utf-8")
    files = sorted(other.rglob("*"))
    with pytest.raises(ValueError, match=re.escape(
            "decks/slides/en/if-it-happens.yaml is in your project already, with changes of "
            "your own")):
        add_decks(other, ["parent-night-short"])
    assert sorted(other.rglob("*")) == files  # nothing written
    with pytest.raises(ValueError, match="no built-in deck 'nope'"):
        add_decks(other, ["nope"])
