"""Seasons, manifests and outputs against hostile input: another outline built into the same
folder, a row whose output would land on another row's input, a tampered manifest or stats
file, names Windows keeps for devices, text that would become a spreadsheet formula, a
termination signal mid-season, and the user's umask. Each outcome is what a user would check:
the message and its place, the exit code, the files there afterwards."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO

WORKSHOP = str(Path(sys.executable).with_name("workshop"))
MINI = ("title: '{title}'\nsections:\n  - title: S\n    slides:\n"
        "      - {{title: A, bullets: [a]}}\n")


def season(root: Path, *extra: str) -> subprocess.CompletedProcess:
    """Run a season of mini.yaml in `root` as a user would, in a process of its own (so that
    a hang fails by the generous timeout, and nothing else is timed)."""
    return subprocess.run([WORKSHOP, "build", "mini.yaml", "--events", "ev.csv", "-o", "out/",
                           *extra], cwd=root, capture_output=True, text=True, timeout=300)


def verify(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([WORKSHOP, "verify", "out"], cwd=root, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture()
def project(write_tree) -> Path:
    return write_tree({"mini.yaml": MINI.format(title="One"), "ev.csv": "organization\nX\n",
                       "speaker_notes/.keep": ""})


def summary(result: subprocess.CompletedProcess) -> str:
    return result.stderr.strip().splitlines()[-1]


# -- 1. the manifest keys an output by everything it was made from ------------------------------

def test_another_outline_built_into_the_folder_is_built_not_skipped(project: Path) -> None:
    assert summary(season(project)) == "1 written, 0 skipped (unchanged), 0 failed"
    (project / "other").mkdir()
    (project / "other" / "mini.yaml").write_text(MINI.format(title="Two"))
    other = subprocess.run([WORKSHOP, "build", "other/mini.yaml", "--events", "ev.csv", "-o",
                            "out/"], cwd=project, capture_output=True, text=True, timeout=300)
    assert summary(other) == "1 written, 0 skipped (unchanged), 0 failed"
    from pptx import Presentation

    assert Presentation(str(project / "out" / "mini-2.pptx")).slides[0].shapes.title.text \
        == "Two"
    assert verify(project).stdout == "1 of 1 files as written\n"
    # The same outline's bytes changed in place: built again too.
    (project / "mini.yaml").write_text(MINI.format(title="One again"))
    assert summary(season(project)) == "1 written, 0 skipped (unchanged), 0 failed"
    assert summary(season(project)) == "0 written, 1 skipped (unchanged), 0 failed"


def test_the_manifest_names_the_code_that_wrote_it_and_new_code_rebuilds(project: Path) -> None:
    """The tool recorded is the version and a digest of the installed package's files (code,
    templates, data); a manifest another build of workshop wrote is not trusted."""
    import hashlib

    from workshop import __version__
    from workshop.manifest import digest

    season(project)
    manifest = json.loads((project / "out" / "workshop-manifest.json").read_text())
    package = REPO / "src" / "workshop"
    found = hashlib.sha256()
    for path in sorted((p for p in package.rglob("*") if p.is_file()
                        and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo")),
                       key=lambda p: p.relative_to(package).as_posix()):
        found.update(path.relative_to(package).as_posix().encode() + b"\0"
                     + digest(path.read_bytes()).encode())
    assert manifest["tool"] == f"workshop {__version__} {found.hexdigest()[:16]}"
    manifest["tool"] = f"workshop {__version__} 0123456789abcdef"  # as an older build wrote it
    (project / "out" / "workshop-manifest.json").write_text(json.dumps(manifest))
    again = season(project)
    assert "written by another version of workshop; every row is built again" in again.stderr
    assert summary(again) == "1 written, 0 skipped (unchanged), 0 failed"


# -- 2. no output lands on an input -----------------------------------------------------------

@pytest.mark.parametrize(("name", "what"), [
    ("org-template", "row 4's kit template"),
    ("kit", "row 4's kit"),
    ("logo", "row 4's kit logo"),
    ("mini", "a file of the outline"),
])
def test_a_rows_output_never_lands_on_any_rows_input(name: str, what: str, write_tree) -> None:
    """Row 3 would write <name>.pptx: the kit template, kit, logo or outline a row reads is
    named, before anything is written, and every input is left as it was."""
    from conftest import png

    kit_name = "kit.yaml"
    root = write_tree({
        "mini.yaml": MINI.format(title="One"), "speaker_notes/.keep": "",
        kit_name: "name: Org\nlogo: logo.pptx\ntemplate: org-template.pptx\n"
                  "colors: {primary: '#1F4E79', accent: '#2A7F8E', background: '#FFFFFF', "
                  "text: '#1A1A1A'}\n",
        "logo.pptx": png(200, 80, "navy"),
        "ev.csv": f"name,kit\nfirst,\n{name},\nlast,{kit_name}\n"})
    (root / "org-template.pptx").write_bytes(
        (REPO / "src" / "workshop" / "theme" / "default.pptx").read_bytes())
    if name in ("kit", "mini"):  # a deck's output is .pptx: a link of that name to the YAML
        (root / f"{name}.pptx").symlink_to(root / f"{name}.yaml")
    before = {p.name: p.read_bytes() for p in root.iterdir() if p.is_file()}
    result = subprocess.run([WORKSHOP, "build", "mini.yaml", "--events", "ev.csv", "--name",
                             "{name}", "-o", "./"], cwd=root, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"ev.csv:3:1: row 3 would write {name}.pptx, which is {what}" in result.stderr
    assert {p.name: p.read_bytes() for p in root.iterdir() if p.is_file()} == before
    assert not (root / "workshop-manifest.json").exists()


def test_the_seasons_manifest_never_replaces_an_input(write_tree) -> None:
    root = write_tree({"mini.yaml": MINI.format(title="One"), "speaker_notes/.keep": "",
                       "ev.csv": "organization\nX\n"})
    (root / "out").mkdir()
    (root / "out" / "workshop-manifest.json").symlink_to(root / "ev.csv")
    result = season(root)
    assert result.returncode == 1
    assert "workshop-manifest.json would replace the events file" in result.stderr
    assert (root / "ev.csv").read_text() == "organization\nX\n"


# -- 3. the manifest and stats are hostile input like any other ---------------------------------

def _tampered(project: Path, change) -> None:
    manifest = project / "out" / "workshop-manifest.json"
    data = json.loads(manifest.read_text())
    manifest.write_text(json.dumps(change(data)))


def _entry(data: dict) -> dict:
    return next(iter(data["outputs"].values()))


@pytest.mark.parametrize(("change", "said"), [
    (lambda d: {**d, "outputs": {k: {**v, "outputs": {"../../../etc/passwd": "0" * 64}}
                                 for k, v in d["outputs"].items()}},
     "'../../../etc/passwd' is not a file inside the folder"),
    (lambda d: {**d, "outputs": {k: {**v, "outputs": {"/etc/passwd": "0" * 64}}
                                 for k, v in d["outputs"].items()}},
     "'/etc/passwd' is not a file inside the folder"),
    (lambda d: {**d, "outputs": {k: {**v, "outputs": {"a\x00b.pptx": "0" * 64}}
                                 for k, v in d["outputs"].items()}},
     "is not a file inside the folder"),
    (lambda d: {**d, "outputs": [1, 2]}, "not a manifest (no 'outputs')"),
    (lambda d: [d], "not a manifest (no 'outputs')"),
    (lambda d: {**d, "outputs": {k: [] for k in d["outputs"]}},
     "expected fingerprint, inputs and outputs"),
    (lambda d: {**d, "outputs": {k: {**v, "inputs": "x"} for k, v in d["outputs"].items()}},
     "inputs: expected files and their digests"),
    (lambda d: {**d, "outputs": {k: {**v, "fingerprint": 7} for k, v in d["outputs"].items()}},
     "fingerprint: not a digest"),
    (lambda d: {**d, "outputs": {k: {**v, "outputs": {"mini-2.pptx": None}}
                                 for k, v in d["outputs"].items()}},
     "'mini-2.pptx' has no digest"),
])
def test_a_tampered_manifest_is_named_not_trusted_and_rebuilds(change, said: str,
                                                               project: Path) -> None:
    season(project)
    _tampered(project, change)
    checked = verify(project)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert checked.stderr.startswith("out/workshop-manifest.json: ") and said in checked.stderr
    assert checked.stdout == ""  # nothing reported "as written"
    again = season(project)
    assert again.returncode == 0 and "Traceback" not in again.stderr
    assert said in again.stderr and summary(again) == "1 written, 0 skipped (unchanged), 0 failed"
    assert verify(project).stdout == "1 of 1 files as written\n"


@pytest.mark.parametrize("content", [
    "[" * 200_000 + "]" * 200_000, "{\"tool\": ", "\xff\xfe", "null", '"text"'])
def test_a_manifest_that_is_no_json_or_too_deep_is_said_not_crashed(content: str,
                                                                    project: Path) -> None:
    season(project)
    (project / "out" / "workshop-manifest.json").write_bytes(content.encode("utf-8",
                                                                            "surrogateescape"))
    checked = verify(project)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert checked.stderr.startswith("out/workshop-manifest.json: ")
    assert summary(season(project)) == "1 written, 0 skipped (unchanged), 0 failed"


@pytest.mark.parametrize("which", ["workshop-manifest.json", ".workshop-stats.json", "input"])
def test_a_fifo_in_place_of_the_manifest_stats_or_an_input_never_hangs(which: str,
                                                                       project: Path) -> None:
    """A FIFO is never opened for reading: verify and the next build go on (a hang would
    fail by the timeout of the command's run)."""
    season(project)
    if which == "input":  # the manifest names a FIFO as one of the row's inputs
        os.mkfifo(project / "pipe")
        _tampered(project, lambda d: {**d, "outputs": {k: {**v, "inputs": {
            **v["inputs"], "../pipe": "0" * 64}} for k, v in d["outputs"].items()}})
    else:
        (project / "out" / which).unlink()
        os.mkfifo(project / "out" / which)
    checked = verify(project)
    assert "Traceback" not in checked.stderr
    if which == "workshop-manifest.json":
        assert checked.returncode == 1 and "not a regular file" in checked.stderr
    else:
        assert checked.stdout == "1 of 1 files as written\n"
    again = season(project)
    assert again.returncode == 0 and "Traceback" not in again.stderr


def test_a_manifest_cannot_test_a_file_outside_the_project_by_listing_it(
        project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A manifest that lists a file outside the project (and the kits' folders) as an input,
    with that file's true digest, is not trusted: were the file digested, "skipped" would
    tell an attacker what it holds."""
    secret = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
    secret.write_text("the secret\n", encoding="utf-8")
    known = hashlib.sha256(secret.read_bytes()).hexdigest()
    season(project)
    outside = os.path.relpath(secret, project / "out")
    _tampered(project, lambda d: {**d, "outputs": {k: {**v, "inputs": {
        **v["inputs"], outside: known}} for k, v in d["outputs"].items()}})
    assert summary(season(project)) == "1 written, 0 skipped (unchanged), 0 failed"


@pytest.mark.parametrize("which", ["workshop-manifest.json", ".workshop-stats.json"])
def test_a_manifest_or_stats_file_that_is_a_link_is_not_read(which: str, project: Path,
                                                              tmp_path_factory) -> None:
    """The folder's own files only: a manifest that is a link to a true manifest kept
    elsewhere is not trusted (verify says so, the build builds again), and a stats file that
    is a link is not read (the outputs are digested instead)."""
    season(project)
    elsewhere = tmp_path_factory.mktemp("elsewhere") / which
    (project / "out" / which).rename(elsewhere)
    (project / "out" / which).symlink_to(elsewhere)
    kept = elsewhere.read_bytes()
    checked = verify(project)
    if which == "workshop-manifest.json":
        assert checked.returncode == 1 and checked.stdout == ""
        assert checked.stderr == ("out/workshop-manifest.json: a link, not a file of the "
                                  "folder's own\n")
        assert summary(season(project)) == "1 written, 0 skipped (unchanged), 0 failed"
    else:
        assert checked.returncode == 0 and checked.stdout == "1 of 1 files as written\n"
        assert summary(season(project)) == "0 written, 1 skipped (unchanged), 0 failed"
    assert elsewhere.read_bytes() == kept  # the file the link led to is left as it was
    assert not (project / "out" / which).is_symlink()  # written anew as the folder's own


def test_verify_reads_nothing_outside_its_folder_and_sees_a_replaced_output(
        project: Path) -> None:
    season(project)
    deck = project / "out" / "mini-2.pptx"
    deck.unlink()
    deck.symlink_to(project / "mini.yaml")  # a link in place of the output: not as written
    assert verify(project).stderr == "out/mini-2.pptx: changed\n"
    deck.unlink()
    assert verify(project).stderr == "out/mini-2.pptx: missing\n"


# -- 4. text is never a spreadsheet formula ----------------------------------------------------

def test_text_from_an_outline_or_an_events_cell_is_never_a_formula_in_a_charts_workbook(
        write_tree) -> None:
    formulas = ["=SUM(1,2)", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "=HYPERLINK(\"x\")"]
    categories = ", ".join(json.dumps(f) for f in formulas) + ', "{{ school }}"'
    root = write_tree({
        "mini.yaml": "title: T\nsections:\n  - title: S\n    slides:\n"
                     "      - {title: A, layout: statistic, figure: '1', caption: c, "
                     "source: 'x, 2020', chart: {kind: column, categories: "
                     f"[{categories}], values: [1, 2, 3, 4, 5, 6]}}}}\n",
        "ev.csv": 'school\n"=HYPERLINK(CHAR(104)&""x"")"\n', "speaker_notes/.keep": ""})
    assert season(root).returncode == 0
    with zipfile.ZipFile(root / "out" / "mini-2.pptx") as deck:
        embedded = next(n for n in deck.namelist() if n.endswith(".xlsx"))
        workbook = zipfile.ZipFile(__import__("io").BytesIO(deck.read(embedded)))
    sheet = workbook.read("xl/worksheets/sheet1.xml").decode()
    strings = workbook.read("xl/sharedStrings.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet  # no formula cell at all
    for text in ("=SUM(1,2)", "-2+3", "@SUM(1)", "=HYPERLINK(CHAR(104)&amp;"):
        assert text in strings  # kept as the text typed


# -- 5. names every file system can hold ---------------------------------------------------------

def test_rows_named_as_windows_devices_get_names_every_system_accepts(write_tree) -> None:
    rows = ["CON", "prn", "Aux.txt", "nul", "COM1", "lpt9", "conin$", "Trailing. ", "x" * 300]
    root = write_tree({"mini.yaml": MINI.format(title="One"), "speaker_notes/.keep": "",
                       "ev.csv": "name\n" + "".join(f'"{r}"\n' for r in rows)})
    result = season(root, "--name", "{name}")
    assert result.returncode == 0, result.stderr
    names = sorted(p.stem for p in (root / "out").glob("*.pptx"))
    assert names == sorted(["CON-event", "prn-event", "Aux-event.txt", "nul-event",
                            "COM1-event", "lpt9-event", "conin", "Trailing", "x" * 80])
    reserved = {"con", "prn", "aux", "nul", "com1", "lpt9", "conin$"}
    assert all(name.split(".")[0].lower() not in reserved for name in names)


# -- 7. a termination signal leaves no temporaries ---------------------------------------------

@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_termination_signal_to_the_process_group_leaves_no_temporary(name: str,
                                                                       write_tree) -> None:
    rows = 60
    root = write_tree({"mini.yaml": MINI.format(title="{{ school }}"), "speaker_notes/.keep": "",
                       "ev.csv": "school\n" + "".join(f"School {n}\n" for n in range(rows))})
    process = subprocess.Popen([WORKSHOP, "build", "mini.yaml", "--events", "ev.csv", "--name",
                                "{school}", "--with", "handout:docx", "-j", "2", "-o", "out/"],
                               cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    assert process.stdout is not None
    assert process.stdout.readline().startswith("wrote out/School-")  # the season is going
    os.killpg(process.pid, getattr(signal, name))
    _, errors = process.communicate(timeout=300)
    assert process.returncode == 128 + getattr(signal, name), errors
    assert "Traceback" not in errors and "stopped:" in errors
    assert [p.name for p in (root / "out").iterdir() if p.name.endswith(".tmp")] == []
    rerun = season(root, "--name", "{school}", "--with", "handout:docx")
    assert rerun.returncode == 0 and "Traceback" not in rerun.stderr
    assert len(list((root / "out").glob("*.pptx"))) == rows


@pytest.mark.parametrize(("first", "second", "code"), [
    ("SIGINT", "SIGINT", 130), ("SIGTERM", "SIGINT", 143), ("SIGHUP", "SIGTERM", 129),
    ("SIGINT", None, 130)])
@pytest.mark.parametrize("early", [False, True])
def test_signals_to_a_parallel_season_stop_it_once_without_a_hang(
        first: str, second: str | None, code: int, early: bool, write_tree) -> None:
    """One signal stops the season (early: while the workers are still starting); a second
    one while it stops is ignored. It ends with the first's exit code, no traceback from it
    or its workers, no temporary file, and says what it wrote."""
    import time

    root = write_tree({"mini.yaml": MINI.format(title="{{ school }}"), "speaker_notes/.keep": "",
                       "ev.csv": "school\n" + "".join(f"School {n}\n" for n in range(60))})
    process = subprocess.Popen([WORKSHOP, "build", "mini.yaml", "--events", "ev.csv", "--name",
                                "{school}", "--with", "handout:docx", "-j", "2", "-o", "out/"],
                               cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    assert process.stdout is not None
    if early:  # as soon as the workers are being started: before they can handle it
        while len(subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True,
                                 text=True).stdout.split()) < 2:
            time.sleep(0.01)
    else:
        assert process.stdout.readline().startswith("wrote out/School-")
    os.killpg(process.pid, getattr(signal, first))
    if second:
        time.sleep(0.1)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, getattr(signal, second))
    _, errors = process.communicate(timeout=300)  # a hang fails here
    assert process.returncode == code, errors
    assert "Traceback" not in errors and "stopped: " in errors
    assert [p.name for p in (root / "out").glob(".*.tmp")] == []


# -- 10. outputs follow the umask; a replaced file keeps its mode -----------------------------

def test_outputs_follow_the_umask_and_a_replaced_file_keeps_its_mode(project: Path) -> None:
    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    private = subprocess.run(f"umask 077 && {WORKSHOP} build mini.yaml -o deck.pptx && "
                             f"{WORKSHOP} export mini.yaml --kind guide --format md -o g.md && "
                             f"{WORKSHOP} build mini.yaml --events ev.csv -o out/",
                             shell=True, cwd=project, capture_output=True, text=True,
                             timeout=300)
    assert private.returncode == 0, private.stderr
    for path in (project / "deck.pptx", project / "g.md", project / "out" / "mini-2.pptx",
                 project / "out" / "workshop-manifest.json"):
        assert mode(path) == 0o600, path
    (project / "g.md").chmod(0o640)
    shared = subprocess.run(f"umask 022 && {WORKSHOP} export mini.yaml --kind guide --format md "
                            f"-o g.md && {WORKSHOP} build mini.yaml -o new.pptx", shell=True,
                            cwd=project, capture_output=True, text=True, timeout=300)
    assert shared.returncode == 0, shared.stderr
    assert mode(project / "g.md") == 0o640  # replaced: its own mode kept
    assert mode(project / "new.pptx") == 0o644  # new: what the umask leaves


# -- --set beside --events -------------------------------------------------------------------------

def test_set_gives_every_row_a_value_its_own_cell_does_not(write_tree) -> None:
    root = write_tree({"mini.yaml": "title: '{{ presenter }} at {{ organization }}'\n"
                                    "sections:\n  - title: S\n    slides:\n"
                                    "      - {title: A, bullets: [a]}\n",
                       "speaker_notes/.keep": "",
                       "ev.csv": "organization,presenter\nLincoln,\nWashington,Mr. Diaz\n"})
    result = season(root, "--set", "presenter=Ms. Rivera")
    assert result.returncode == 0, result.stderr
    from pptx import Presentation

    titles = [Presentation(str(root / "out" / f"mini-{n}.pptx")).slides[0].shapes.title.text
              for n in (2, 3)]
    assert titles == ["Ms. Rivera at Lincoln", "Mr. Diaz at Washington"]
    changed = season(root, "--set", "presenter=Ms. Lee")  # a new value: row 2 built again
    assert summary(changed) == "1 written, 1 skipped (unchanged), 0 failed"



# -- a red team's second look: what the manifest could still be fooled by ------------------------

def test_an_output_gone_with_the_stats_file_is_built_again(project: Path) -> None:
    """The stats file is bookkeeping a copy can lose: a missing output is never
    "unchanged", whether the stats file is gone or of the wrong shape."""
    (project / "ev.csv").write_text("organization\nX\nY\n")
    assert summary(season(project)) == "2 written, 0 skipped (unchanged), 0 failed"
    for stats in ("", "[1, 2]"):
        (project / "out" / ".workshop-stats.json").unlink(missing_ok=True)
        if stats:
            (project / "out" / ".workshop-stats.json").write_text(stats)
        (project / "out" / "mini-3.pptx").unlink()
        assert summary(season(project)) == "1 written, 1 skipped (unchanged), 0 failed"
        assert (project / "out" / "mini-3.pptx").is_file()
        assert verify(project).stdout == "2 of 2 files as written\n"


def test_a_link_pointed_at_another_file_counts_as_a_change(write_tree) -> None:
    """An include reached through a folder link, and a picture through a file link: pointed
    elsewhere, the deck is built again and shows the new slide and picture."""
    from conftest import png
    from pptx import Presentation

    root = write_tree({
        "mini.yaml": "title: T\nsections:\n  - title: S\n    slides:\n"
                     "      - include: slides/x.yaml\n"
                     "      - {layout: image, title: Pic, image: images/now.png, alt: A square}\n",
        "v1/x.yaml": "{title: First slide, bullets: [a]}\n",
        "v2/x.yaml": "{title: Second slide, bullets: [a]}\n",
        "images/red.png": png(200, 150, "red"), "images/blue.png": png(200, 150, "blue"),
        "ev.csv": "organization\nX\n", "speaker_notes/.keep": ""})
    (root / "slides").symlink_to("v1")
    (root / "images" / "now.png").symlink_to("red.png")
    assert summary(season(root)) == "1 written, 0 skipped (unchanged), 0 failed"
    first = (root / "out" / "mini-2.pptx").read_bytes()
    (root / "slides").unlink()
    (root / "slides").symlink_to("v2")
    assert summary(season(root)) == "1 written, 0 skipped (unchanged), 0 failed"
    titles = [s.shapes.title.text for s in Presentation(str(root / "out" / "mini-2.pptx")).slides
              if s.shapes.title is not None]
    assert "Second slide" in titles and "First slide" not in titles
    second = (root / "out" / "mini-2.pptx").read_bytes()
    (root / "images" / "now.png").unlink()
    (root / "images" / "now.png").symlink_to("blue.png")
    assert summary(season(root)) == "1 written, 0 skipped (unchanged), 0 failed"
    assert len({first, second, (root / "out" / "mini-2.pptx").read_bytes()}) == 3
    assert summary(season(root)) == "0 written, 1 skipped (unchanged), 0 failed"


def test_source_date_epoch_is_part_of_what_an_output_was_made_from(project: Path) -> None:
    assert summary(season(project)) == "1 written, 0 skipped (unchanged), 0 failed"
    stamped = subprocess.run([WORKSHOP, "build", "mini.yaml", "--events", "ev.csv", "-o",
                              "out/"], cwd=project, capture_output=True, text=True, timeout=300,
                             env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})
    assert summary(stamped) == "1 written, 0 skipped (unchanged), 0 failed"
    with zipfile.ZipFile(project / "out" / "mini-2.pptx") as deck:
        assert deck.infolist()[0].date_time[0] == 2023


def test_a_broken_kits_template_is_as_safe_from_outputs_as_a_working_one(project: Path) -> None:
    """Row 2's kit fails (its logo is no picture), but the template it names is still an
    input: row 3, named "org", may not write brands/org.pptx over it."""
    brands = project / "brands"
    brands.mkdir()
    (brands / "broken.yaml").write_text(
        'name: Broken\ncolors: {primary: "#1F4E79", accent: "#F2A900", background: "#FFFFFF", '
        'text: "#1A1A1A"}\ntemplate: org.pptx\nlogo: broken.png\n')
    (brands / "broken.png").write_text("not a picture")
    (brands / "org.pptx").write_bytes(b"the organization's template")
    (project / "ev.csv").write_text("organization,kit\nzzz,brands/broken.yaml\norg,\n")
    result = subprocess.run([WORKSHOP, "build", "mini.yaml", "--events", "ev.csv", "-o",
                             "brands/", "--name", "{organization}"], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert "ev.csv:3:1: row 3 would write org.pptx, which is row 2's kit template" \
        in result.stderr
    assert (brands / "org.pptx").read_bytes() == b"the organization's template"


@pytest.mark.parametrize("command", [
    ["build", "loop.yaml", "-o", "a.pptx"], ["check", "loop.yaml"],
    ["export", "mini.yaml", "-o", "looped/x.md"], ["build", "mini.yaml", "--brand", "loop.yaml",
                                                    "-o", "b.pptx"],
    ["build", "loop.yaml", "--events", "ev.csv", "-o", "out/"],
    ["preview", "mini.yaml", "-o", "looped/p.png"]])
def test_a_link_that_loops_is_a_message_not_a_traceback(command: list[str],
                                                        project: Path) -> None:
    (project / "loop.yaml").symlink_to("loop.yaml")
    (project / "looped").symlink_to("looped")
    result = subprocess.run([WORKSHOP, *command], cwd=project, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "Too many levels of symbolic links" in result.stderr


def test_a_manifest_that_cannot_be_written_is_a_message(project: Path) -> None:
    (project / "out" / "workshop-manifest.json").mkdir(parents=True)
    result = season(project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "out/workshop-manifest.json:1:1: cannot write the output: Is a directory" \
        in result.stderr
    assert "the manifest was not written" in result.stderr
    assert (project / "out" / "mini-2.pptx").is_file()  # the deck itself was written


def test_an_output_that_is_a_link_becomes_a_file_of_the_umasks_mode(project: Path) -> None:
    """A link where the output goes is replaced, not followed: the file it pointed at keeps
    its bytes and mode (setuid and all), the new file gets what the umask leaves."""
    target = project / "shared.pptx"
    target.write_bytes(b"someone else's file")
    target.chmod(0o4777)
    (project / "out").mkdir()
    (project / "out" / "mini-2.pptx").symlink_to(target)
    result = subprocess.run(f"umask 077 && {WORKSHOP} build mini.yaml --events ev.csv -o out/",
                            shell=True, cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    written = project / "out" / "mini-2.pptx"
    assert not written.is_symlink() and stat.S_IMODE(written.stat().st_mode) == 0o600
    assert target.read_bytes() == b"someone else's file"
    assert stat.S_IMODE(target.stat().st_mode) == 0o4777


@pytest.mark.parametrize("pattern", ["{row[a]}", "{organization!r}", "{organization:>300}",
                                     "{organization.upper}", "{}"])
def test_a_name_pattern_is_column_names_only(pattern: str, project: Path) -> None:
    result = season(project, "--name", pattern)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("--name:1:1: not a name pattern: ")
    assert not (project / "out").exists()


def test_a_reserved_name_made_safe_stays_within_eighty_characters() -> None:
    from workshop.events import safe_name

    name = safe_name("con." + "a" * 200)
    assert len(name) <= 80 and name.startswith("con-event.")
