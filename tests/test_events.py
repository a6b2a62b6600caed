"""A season from an events file: one deck per row with its row's details, resources and kit,
as a user builds it from the command line; and every way an events file can be wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import run
from conftest import REPO
from pptx import Presentation

DECK = REPO / "decks" / "parent-night.yaml"
KITS = REPO / "decks" / "brands"
SCHOOLS = [("Lincoln", "Lincoln Middle School", "May 4", "Library", "example-county"),
           ("Washington", "Washington High", "May 11", "Gym, east door",
            "harbor-family-alliance")] * 5  # ten rows, two kits


def seen(text: str) -> str:
    """Return slide text as a reader sees it (no invisible word joiners; no-break spaces as
    spaces)."""
    return text.replace("\u2060", "").replace("\u00a0", " ")


def csv_file(folder: Path) -> Path:
    """Write ten rows as Excel writes CSV UTF-8: a byte-order mark, CRLF, quoted commas."""
    lines = ["school,organization,date,place,presenter,kit,resource,resource"]
    for n, (school, organization, date, place, kit) in enumerate(SCHOOLS, start=1):
        lines.append(f'{school}{n},{organization},{date},"{place}","Presenter {n}",'
                     f'{kit}.yaml,"Front office: (555) 010-{n:04d}","Nurse {n}: room {n}"')
    path = folder / "events.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    for kit in ("example-county", "harbor-family-alliance"):
        (folder / f"{kit}.yaml").write_bytes((KITS / f"{kit}.yaml").read_bytes())
    for logo in ("example-county-logo.png", "harbor-logo.jpg"):
        (folder / logo).write_bytes((KITS / logo).read_bytes())
    return path


def yaml_file(folder: Path) -> Path:
    csv_file(folder)  # the kits beside it
    items = []
    for n, (school, organization, date, place, kit) in enumerate(SCHOOLS, start=1):
        items.append(f'- {{school: {school}{n}, organization: {organization}, date: "{date}", '
                     f'place: "{place}", presenter: "Presenter {n}", kit: {kit}.yaml, '
                     f'resources: [{{name: Front office, detail: "(555) 010-{n:04d}"}}, '
                     f'"Nurse {n}: room {n}"]}}')
    path = folder / "events.yaml"
    path.write_text("\n".join(items) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("make", [csv_file, yaml_file], ids=["csv", "yaml"])
def test_each_row_builds_a_deck_with_its_own_details_resources_and_kit(make,
                                                                       tmp_path: Path) -> None:
    events = make(tmp_path)
    out = tmp_path / "out"
    result = run("build", str(DECK), "--events", str(events), "--name", "{school}-{date}",
                 "-o", f"{out}/")
    assert result.exit_code == 0, result.stderr
    assert "10 written, 0 skipped (unchanged), 0 failed" in result.stderr
    for n, (school, organization, date, place, kit) in enumerate(SCHOOLS, start=1):
        deck = out / f"{school}{n}-{date.replace(' ', '-')}.pptx"
        slides = Presentation(str(deck)).slides
        lines = [seen(p.text) for p in slides[0].placeholders[10].text_frame.paragraphs]
        assert lines[:2] == [f"Presented by Presenter {n}", f"{organization} · {date} · {place}"]
        help_slide = next(s for s in slides
                          if s.shapes.title.text == "Where to report and get help")
        local = next(s for s in help_slide.shapes if s.name == "Local resources")
        assert [seen(p.text) for p in local.text_frame.paragraphs][1:] == [
            f"Front office: (555) 010-{n:04d}", f"Nurse {n}: room {n}"]
        footers = {s.text_frame.text for slide in slides for s in slide.shapes
                   if s.name == "Footer"}
        assert footers == {"Example County Schools · Family Engagement" if kit.startswith(
            "example") else "Harbor Family Alliance · Family workshops"}
    first = 2 if events.suffix == ".csv" else 1  # a spreadsheet's row 1 is the header
    written = [line.split()[-1] for line in result.stdout.splitlines()]
    assert written == [f"{n})" for n in range(first, first + 10)]  # row order, though parallel


def test_worker_processes_write_what_one_process_writes(tmp_path: Path) -> None:
    events = csv_file(tmp_path)
    for jobs in ("1", "3"):
        result = run("build", str(DECK), "--events", str(events), "--name", "{school}",
                     "-j", jobs, "-o", f"{tmp_path}/j{jobs}/")
        assert result.exit_code == 0, result.stderr
    one, three = (sorted((tmp_path / f"j{jobs}").glob("*.pptx")) for jobs in (1, 3))
    assert [p.name for p in one] == [p.name for p in three] and len(one) == 10
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(one, three, strict=True))


def test_the_guide_and_handout_come_with_each_deck(tmp_path: Path) -> None:
    events = tmp_path / "events.csv"
    events.write_text("school,organization\nLincoln,Lincoln PTA\n", encoding="utf-8")
    result = run("build", str(DECK), "--events", str(events), "--name", "{school}",
                 "--with", "guide:md,handout:md", "-o", f"{tmp_path}/out/")
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [".workshop-stats.json", "Lincoln-guide.md", "Lincoln-handout.md",
                     "Lincoln.pptx", "workshop-manifest.json"]
    assert "Lincoln PTA" in (tmp_path / "out" / "Lincoln-handout.md").read_text("utf-8")


def test_a_header_with_a_space_is_a_variable_the_name_pattern_can_use(tmp_path: Path,
                                                                      in_dir) -> None:
    in_dir(tmp_path)
    (tmp_path / "events.csv").write_bytes(b"school name,place\nLincoln,Library\n")
    result = run("build", str(DECK), "--events", "events.csv", "--name", "{school_name}",
                 "-o", "out/")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "Lincoln.pptx").is_file()


@pytest.mark.parametrize("content, expected", [
    (b"", ["events.csv:1:1: the events file is empty"]),
    (b"school,place\n\xff\xfe bad\n", ["events.csv:1:1: not UTF-8 text"]),
    (b"school,place\nLincoln,Library,extra\nWashington\n",
     ["events.csv:2:3: row 2 has 3 cells, the header 2",
      "events.csv:3:2: row 3 has 1 cells, the header 2"]),
    (b"school,resource\nLincoln,just a name\n",
     ["events.csv:2:2: resource: a resource is written 'Name: detail'"]),
    (b"school,kit\nLincoln,../../etc/passwd\n", ["events.csv:2:2: kit: "]),
    (b"school,date\nLincoln,May 4\nLincoln,May 4\n",
     ["events.csv:3:1: rows 2 and 3 would both write 'Lincoln-May-4'"]),
    (b"school,date\n", ["events.csv:2:1: the events file has a header but no events"]),
    (b"school,date,organization\nLincoln,May 4," + b"A" * 3000 + b"\n",
     ["events.csv:2:3: organization: text of 3,000 characters; the limit is 2,000"]),
    (b"school,date,feedback\nLincoln,May 4,https://x.example/" + b"a" * 600 + b"\n",
     ["events.csv:2:3: feedback: row 2: "]),
    (b"school,date,\x1b]0;pwned\x07\nLincoln,May 4,x\n",
     ["events.csv:1:3: \\x1b]0;pwned\\x07: a column header is a name"]),
])
def test_a_bad_events_file_names_each_problem_at_its_row_and_column_and_writes_nothing(
        content: bytes, expected: list[str], tmp_path: Path, in_dir) -> None:
    in_dir(tmp_path)
    (tmp_path / "events.csv").write_bytes(content)
    result = run("build", str(DECK), "--events", "events.csv", "--name", "{school}-{date}",
                 "-o", "out/")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr  # shown escaped
    lines = result.stderr.splitlines()
    for message in expected:
        assert any(line.startswith(message) for line in lines), (message, lines)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_value_the_outline_needs_left_empty_is_named_at_its_cell(tmp_path: Path,
                                                                   write_tree, in_dir) -> None:
    root = write_tree({"d.yaml": "title: 'Night at {{ school }}'\nsections:\n  - title: S\n"
                                 "    slides:\n      - {title: A, bullets: [a]}\n",
                       "events.csv": "school,place\nLincoln,Library\n,Gym\n"})
    in_dir(root)
    result = run("build", "d.yaml", "--events", "events.csv", "-o", "out/")
    assert result.exit_code == 1
    assert any(line.startswith("events.csv:3:1: school: row 3 leaves school empty")
               for line in result.stderr.splitlines()), result.stderr
    assert not Path("out").exists()


def test_a_column_one_letter_from_a_known_one_is_a_warning(tmp_path: Path, in_dir) -> None:
    in_dir(tmp_path)
    Path("events.csv").write_text("organization,plaec\nLincoln PTA,Library\n", encoding="utf-8")
    result = run("build", str(DECK), "--events", "events.csv", "-o", "out/")
    assert result.exit_code == 0, result.stderr
    assert "events.csv:1:2: warning: plaec: unknown column; did you mean 'place'?" in (
        result.stderr)


def test_a_row_that_fails_while_building_fails_alone(tmp_path: Path, in_dir) -> None:
    in_dir(tmp_path)
    Path("broken.yaml").write_text('name: Broken\nlogo: missing.png\ncolors: {primary: '
                                   '"#1F4E79", accent: "#F2A900", background: "#FFFFFF", '
                                   'text: "#1A1A1A"}\n', encoding="utf-8")
    Path("events.csv").write_text("school,kit\nLincoln,\nWashington,broken.yaml\n",
                                  encoding="utf-8")
    result = run("build", str(DECK), "--events", "events.csv", "--name", "{school}",
                 "-o", "out/")
    assert result.exit_code == 1
    assert Path("out/Lincoln.pptx").exists() and not Path("out/Washington.pptx").exists()
    assert "1 written, 0 skipped (unchanged), 1 failed (rows 3)" in result.stderr


def test_a_second_run_rebuilds_only_what_changed(write_tree, in_dir) -> None:
    """Nothing changed: every row skipped. One row's cell changed: that row. The notes file
    every deck reads changed: every deck. --force: every deck. And the folder verifies."""
    root = write_tree({
        "d.yaml": "title: 'Night at {{ school }}'\nsections:\n  - title: S\n    slides:\n"
                  "      - {title: A, bullets: [a], notes: speaker_notes/a.md}\n",
        "speaker_notes/a.md": "Welcome, everyone.\n",
        "events.csv": "school\nLincoln\nWashington\nAdams\n"})
    in_dir(root)

    def season(*extra: str) -> str:
        result = run("build", "d.yaml", "--events", "events.csv", "--name", "{school}",
                     "-o", "out/", *extra)
        assert result.exit_code == 0, result.stderr
        return result.stderr.strip().splitlines()[-1]

    assert season() == "3 written, 0 skipped (unchanged), 0 failed"
    stamps = {p.name: p.stat().st_mtime_ns for p in Path("out").glob("*.pptx")}
    assert season() == "0 written, 3 skipped (unchanged), 0 failed"
    assert stamps == {p.name: p.stat().st_mtime_ns for p in Path("out").glob("*.pptx")}
    Path("events.csv").write_text("school,place\nLincoln,\nWashington,Gym\nAdams,\n",
                                  encoding="utf-8")
    assert season() == "1 written, 2 skipped (unchanged), 0 failed"  # Washington's row
    Path("speaker_notes/a.md").write_text("Welcome, all of you.\n", encoding="utf-8")
    assert season() == "3 written, 0 skipped (unchanged), 0 failed"
    assert season("--force") == "3 written, 0 skipped (unchanged), 0 failed"
    verified = run("verify", "out")
    assert verified.exit_code == 0 and "3 of 3 files as written" in verified.stdout
    Path("out/Adams.pptx").write_bytes(b"changed by hand")
    changed = run("verify", "out")
    assert changed.exit_code == 1 and "out/Adams.pptx: changed" in changed.stderr
    assert season() == "1 written, 2 skipped (unchanged), 0 failed"  # the changed one again
    manifest = Path("out/workshop-manifest.json").read_bytes()
    assert season("--force") == "3 written, 0 skipped (unchanged), 0 failed"
    assert Path("out/workshop-manifest.json").read_bytes() == manifest  # same inputs, same file


def test_a_yaml_events_file_warns_at_the_mistyped_key(tmp_path: Path, in_dir) -> None:
    in_dir(tmp_path)
    Path("events.yaml").write_text("- organization: Lincoln PTA\n  plaec: Library\n",
                                   encoding="utf-8")
    result = run("build", str(DECK), "--events", "events.yaml", "-o", "out/")
    assert result.exit_code == 0, result.stderr
    assert "events.yaml:2:3: warning: plaec: unknown column; did you mean 'place'?" in (
        result.stderr)


def test_cells_are_data_never_code(tmp_path: Path, in_dir) -> None:
    """A cell that looks like a template, markup or a path is shown as written, and a name
    made of it is safe for the file system."""
    in_dir(tmp_path)
    Path("events.csv").write_text('organization,school\n"{{ 7*7 }} {% raw %}",'
                                  '"../<b>x</b> & \'q\'"\n', encoding="utf-8")
    result = run("build", str(DECK), "--events", "events.csv", "--name", "{school}",
                 "-o", "out/")
    assert result.exit_code == 0, result.stderr
    [deck] = Path("out").glob("*.pptx")
    assert deck.name == "b-x-b-q.pptx" and deck.parent == Path("out")
    title = Presentation(str(deck)).slides[0].placeholders[10].text_frame.text
    assert title.splitlines()[0] == "{{ 7*7 }} {% raw %}"


def test_ctrl_c_stops_a_parallel_season_cleanly_and_a_rerun_builds_the_rest(
        write_tree, in_dir) -> None:
    """Ctrl-C (SIGINT) during `-j 2`: exit 130, a message saying what was written, no file
    half written (no temporary left, every deck opens), and the manifest records what was
    built, so the next run builds only the rest."""
    import signal
    import subprocess
    import sys

    rows = 40
    root = write_tree({
        "d.yaml": "title: 'Night at {{ school }}'\nsections:\n  - title: S\n    slides:\n"
                  "      - {title: A, bullets: [a point], notes: 'Welcome, everyone.'}\n",
        "events.csv": "school\n" + "".join(f"School {n}\n" for n in range(rows))})
    command = [str(Path(sys.executable).with_name("workshop")), "build", "d.yaml", "--events",
               "events.csv", "--name", "{school}", "-j", "2", "-o", "out/"]
    process = subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    first = process.stdout.readline()  # the first deck written: stop now
    assert first.startswith("wrote out/School-0.pptx (row 2)")
    process.send_signal(signal.SIGINT)
    rest, errors = process.communicate(timeout=120)
    assert process.returncode == 130, errors
    written = sorted((root / "out").glob("*.pptx"))
    assert 1 <= len(written) < rows
    assert f"stopped: {len(written)} written; no file was left half written" in errors
    said = {line.split(" (row")[0].removeprefix("wrote ") for line in (first + rest).splitlines()}
    assert said <= {f"out/{deck.name}" for deck in written}  # no line for a deck not written
    assert "Traceback" not in errors
    assert list((root / "out").glob(".*.tmp")) == []
    for deck in written:  # each one whole
        assert Presentation(str(deck)).slides[0].shapes.title.text.startswith("Night at School")
    in_dir(root)
    again = run("build", "d.yaml", "--events", "events.csv", "--name", "{school}", "-o",
                "out/", "-j", "1")
    assert again.exit_code == 0, again.stderr
    assert again.stderr.strip().splitlines()[-1] == (
        f"{rows - len(written)} written, {len(written)} skipped (unchanged), 0 failed")


def test_a_cell_printed_into_the_notes_is_shown_as_written_never_read_as_markup(
        write_tree, in_dir) -> None:
    """Notes read a little Markdown (bold, italics, directions in brackets, list items); a
    value an events cell gives them is text: no run of it turns bold or italic, no line of
    it becomes a list item, and its characters all show."""
    root = write_tree({
        "night.yaml": ("title: Night\nsections:\n  - title: S\n    notes: |\n"
                       "      Welcome, {{ organization }}.\n\n      {{ place }}\n"
                       "    slides:\n      - {title: A, bullets: [a]}\n"),
        "speaker_notes/.keep": "",
        "events.csv": ('organization,place\n"**Lincoln** _PTA_ [staff]","- not a list, '
                       '# nor a heading"\n')})
    in_dir(root)
    result = run("build", "night.yaml", "--events", "events.csv", "-o", "out/")
    assert result.exit_code == 0, result.stderr
    [deck] = Path("out").glob("*.pptx")
    notes = [paragraph for slide in Presentation(str(deck)).slides
             for paragraph in slide.notes_slide.notes_text_frame.paragraphs]
    texts = [seen(p.text) for p in notes]
    assert "Welcome, **Lincoln** _PTA_ [staff]." in texts
    assert "- not a list, # nor a heading" in texts
    shown = [run for p in notes if "Lincoln" in p.text or "not a list" in p.text
             for run in p.runs]
    assert not any(run.font.bold or run.font.italic for run in shown)
