"""The command line as a user types it: exit codes, output, help with examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import run
from conftest import REPO
from pptx import Presentation

from workshop import __version__


def test_version() -> None:
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"workshop {__version__}\n")


@pytest.mark.parametrize("command", ["build", "check", "list", "export", "preview"])
def test_help_of_each_command_shows_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"Example: workshop {command}" in result.stdout


def test_build_writes_the_default_output_and_reports_it(in_dir, tmp_path: Path) -> None:
    in_dir(REPO)
    target = tmp_path / "deck.pptx"
    result = run("build", "decks/parent-night.yaml", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    slides = len(Presentation(str(target)).slides)
    assert slides > 30 and result.stdout == f"wrote {target} ({slides} slides)\n"


def test_build_without_output_writes_under_build(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"decks/tiny.yaml": """
        title: Tiny
        sections:
          - title: One
            slides:
              - {title: Only, bullets: [a]}
    """}))
    result = run("build", "decks/tiny.yaml")
    assert result.exit_code == 0, result.stderr
    assert (root / "build" / "tiny.pptx").is_file()


def test_set_must_be_key_value() -> None:
    result = run("build", str(REPO / "decks/parent-night.yaml"), "--set", "presenter")
    assert result.exit_code == 2
    assert "--set expects key=value" in result.stderr


def test_set_defines_a_missing_variable(write_tree, in_dir, tmp_path: Path) -> None:
    root = in_dir(write_tree({"d.yaml": """
        title: For {{ school }}
        sections:
          - title: One
            slides:
              - {title: Only, bullets: [a]}
    """}))
    assert run("check", "d.yaml").exit_code == 1
    result = run("build", "d.yaml", "-o", "out.pptx", "--set", "school=Lincoln Middle")
    assert result.exit_code == 0, result.stderr
    assert Presentation(str(root / "out.pptx")).slides[0].shapes.title.text == "For Lincoln Middle"


# -- one event from the command line -------------------------------------------------------

FULL = REPO / "decks" / "parent-night.yaml"


@pytest.mark.parametrize(("typed", "said"), [
    ("presentor=Dana Ruiz", "nothing in this deck uses 'presentor': did you mean 'presenter'?"),
    ("Date=March 12", "nothing in this deck uses 'Date': did you mean 'date'?"),
    ("resources=Counseling: 555-0134", 'give each with --resource "Name: detail"'),
])
def test_a_set_value_nothing_takes_is_refused_with_a_suggestion(typed: str, said: str,
                                                                 tmp_path: Path) -> None:
    output = tmp_path / "deck.pptx"
    folder = tmp_path / "out"  # a folder output builds as a batch: refused all the same
    for command in (["build", str(FULL), "-o", str(output)], ["check", str(FULL)],
                    ["build", str(FULL), "-o", f"{folder}/"]):
        result = run(*command, "--set", typed)
        assert result.exit_code == 1, command
        assert f"--set:1:1: {typed.split('=')[0]}: " in result.stderr and said in result.stderr
        assert "Traceback" not in result.stderr
    assert not output.exists() and not list(folder.glob("*.pptx"))


def test_one_event_from_the_command_line_with_its_local_resources(tmp_path: Path) -> None:
    output = tmp_path / "lincoln.pptx"
    result = run("build", str(FULL), "-o", str(output),
                 "--set", "organization=Lincoln Middle School PTA", "--set", "presenter=Dana Ruiz",
                 "--set", "date=March 12, 2027", "--set", "place=Lincoln MS Library",
                 "--set", "support_person=Ms. Patel, school counselor",
                 "--resource", "Lincoln MS counseling office: 555-0134")
    assert result.exit_code == 0, result.stderr
    slides = Presentation(str(output)).slides
    title = slides[0].placeholders[10].text_frame.text.replace("\u00a0", " ")
    assert "Presented by Dana Ruiz" in title
    assert "Lincoln Middle School PTA · March 12, 2027 · Lincoln MS Library" in title
    help_slide = next(s for s in slides if s.shapes.title.text == "Where to report and get help")
    local = next(s for s in help_slide.shapes if s.name == "Local resources")
    # word joiners and no-break spaces keep a number whole and with its word
    shown = local.text_frame.text.replace("\u2060", "").replace("\u00a0", " ")
    assert shown == "Local resources\nLincoln MS counseling office: 555-0134"
    handout = tmp_path / "handout.md"
    result = run("export", str(FULL), "--kind", "handout", "-o", str(handout),
                 "--resource", "Lincoln MS counseling office: 555-0134")
    assert result.exit_code == 0, result.stderr
    assert "**Lincoln MS counseling office:** 555-0134" in handout.read_text("utf-8")


def test_one_command_writes_the_events_deck_handout_and_guide(tmp_path: Path,
                                                               monkeypatch) -> None:
    result = run("build", str(FULL), "--set", "organization=Lincoln Middle School PTA",
                 "--resource", "Counseling office: 555-0134", "--with", "handout,guide:md",
                 "-o", f"{tmp_path}/lincoln/")
    assert result.exit_code == 0, result.stderr
    folder = tmp_path / "lincoln"  # each file named after the event
    assert sorted(p.name for p in folder.iterdir()) == [
        "lincoln-middle-school-pta-parent-night-guide.md",
        "lincoln-middle-school-pta-parent-night-handout.pdf",
        "lincoln-middle-school-pta-parent-night.pptx"]
    handout = folder / "lincoln-middle-school-pta-parent-night-handout.pdf"
    assert handout.read_bytes().startswith(b"%PDF")
    guide = folder / "lincoln-middle-school-pta-parent-night-guide.md"
    assert "Lincoln Middle School PTA" in guide.read_text("utf-8")
    # without LibreOffice, a handout asked for without a format comes as Word, said so
    monkeypatch.setattr("workshop.libreoffice.shutil.which", lambda name: None)
    result = run("build", str(FULL), "--with", "handout", "-o", str(tmp_path / "x.pptx"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "x-handout.docx").exists() and not (tmp_path / "x-handout.pdf").exists()
    assert "the handout is a Word file: a PDF needs LibreOffice" in result.stderr


@pytest.mark.parametrize("command", ["build", "check", "export", "preview", "watch"])
def test_a_resource_is_written_name_colon_detail(command: str, tmp_path: Path) -> None:
    output = tmp_path / {"build": "d.pptx", "export": "d.md", "preview": "d.png",
                         "watch": "d.pptx"}.get(command, "unused")
    extra = [] if command == "check" else ["-o", str(output)]
    result = run(command, str(FULL), *extra, "--resource", "555-0134")
    assert result.exit_code == 2
    assert "a resource is written 'Name: detail'" in result.stderr
    assert not output.exists()


def test_an_unquoted_value_is_caught_before_anything_is_written(in_dir, tmp_path: Path) -> None:
    in_dir(tmp_path)
    result = run("build", str(FULL), "--set", "organization=Lincoln", "Middle", "School",
                 "-o", "work/x.pptx")
    assert result.exit_code == 2
    assert "'Middle' 'School' after the first" in result.stderr
    assert "put a value with spaces in quotes" in result.stderr
    assert not (tmp_path / "work").exists()


@pytest.mark.parametrize("command", ["build", "check", "preview", "export"])
def test_a_built_deck_given_as_the_outline_is_named_for_what_it_is(command: str,
                                                                   tmp_path: Path) -> None:
    deck = tmp_path / "lincoln.pptx"
    assert run("build", str(FULL), "-o", str(deck)).exit_code == 0
    result = run(command, str(deck), *(["-o", str(tmp_path / "again.pptx")]
                                       if command == "build" else []))
    assert result.exit_code == 1
    assert f"{deck}:1:1: this file is a built deck or document (.pptx, .docx), not an " \
        "outline: give the outline (.yaml) it was made from" in result.stderr
    assert "UTF-8" not in result.stderr


def test_check_passes_the_shipped_deck(in_dir) -> None:
    in_dir(REPO)
    result = run("check", "decks/parent-night.yaml")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "", "decks/parent-night.yaml: ok\n")


def test_check_warns_when_minutes_stray_from_the_duration(write_tree, in_dir) -> None:
    in_dir(write_tree({"d.yaml": """
        title: Short
        duration: 20
        sections:
          - title: One
            slides:
              - {title: Only, bullets: [a], minutes: 30, discussion_minutes: 30, prompts: [Why?]}
    """}))
    result = run("check", "d.yaml")
    assert result.exit_code == 0
    assert result.stdout == ("d.yaml:2:11: warning: T301: duration: the slides' minutes add up "
                             "to 30, more than 10% away from the duration of 20\n")
    assert result.stderr == "d.yaml: 0 error(s), 1 warning(s)\n"
    assert run("check", "d.yaml", "--strict").exit_code == 1


def test_list_shows_decks_and_layout_fields(in_dir) -> None:
    in_dir(REPO)
    assert "alt*:" not in run("list").stdout  # the layouts' fields: for writing outlines
    result = run("list", "--all")
    assert result.exit_code == 0
    # In the checkout, decks/ is the library itself: its decks are listed once, by name.
    assert "parent-night-short" in result.stdout and "noche-de-padres" in result.stdout
    assert "A 20-minute briefing for parents" in result.stdout
    assert "Your decks" not in result.stdout
    from workshop.slide_types.registry import outline_types

    for layout in outline_types():  # every layout an outline may name
        assert layout in result.stdout
    assert "alt*: alt text read by screen readers" in result.stdout
    assert "presenter" in result.stdout and "the facilitator's name" in result.stdout
