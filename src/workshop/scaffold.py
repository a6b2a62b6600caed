"""`workshop new`: a project folder a user owns, made from the library.

The chosen decks come with their own copy of every file they read (slide files, speaker
notes, the reference, pictures), at the same places under the new folder, so an outline names
them as it did in the library and editing them never touches the originals. Beside them: a
kit to fill in (or a copy of an example kit), an events file with one example row, and a
short README that says what to run next.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from workshop.library import built_in_decks, built_in_kits, library_root
from workshop.paths import real
from workshop.theme.palette import BODY_FONT, COLORS, HEADING_FONT

KITS = Path("decks", "brands")  # where the studio and `workshop list` look for kits
STARTER_KIT = "my-organization"
EVENTS = Path("events.csv")

_STARTER_KIT_TEXT = f"""\
# Your organization's brand kit. Fill in each line, then build with it:
#   workshop build --brand {KITS.as_posix()}/@STEM@.yaml
# or choose it in the studio (workshop serve). Colors are #RRGGBB; the ones below are from
# the default look. Lines starting with # are left out: remove the # to use one.
name: "@NAME@"
# logo: logo.png  # a PNG or JPEG in this folder
colors: {{primary: "#{COLORS['dk2']}", accent: "#{COLORS['accent1']}", \
background: "#{COLORS['lt1']}", text: "#{COLORS['dk1']}"}}
fonts: {{heading: {HEADING_FONT}, body: {BODY_FONT}}}
footer: "@NAME@ · Family program"
# contact: name@example.org · (555) 010-0100
# website: example.org/families
# feedback: https://example.org/families/feedback  # a QR code on the closing slide and handout
# support_person: "Ms. Lee, school counselor"
# resources:  # the local lines, on the resources slide and the handout
#   - {{name: School counseling office, detail: (555) 010-0123}}
"""

_EVENTS_TEXT = (
    "organization,presenter,date,place,support_person,resource\n"
    'Lincoln Middle School PTA,Dana Ruiz,"March 12, 2027",Lincoln MS Library,'
    '"Ms. Patel, school counselor",Lincoln MS counseling office: 555-0134\n')


def starter_kit(stem: str, name: str) -> str:
    """Return the text of a kit to fill in, for the organization `name` in `stem`.yaml: the
    default look's colors and fonts, a footer of its name, example contact and resource."""
    one_line = " ".join(name.split())
    escaped = one_line.replace("\\", "\\\\").replace('"', '\\"')  # in YAML's double quotes
    return _STARTER_KIT_TEXT.replace("@STEM@", stem).replace("@NAME@", escaped)


@dataclass(frozen=True)
class NewProject:
    """What `workshop new` wrote: the folder, its outlines and its kit, every file."""

    folder: Path
    outlines: list[Path]
    kit: Path
    files: list[Path]


def new_project(folder: Path, decks: list[str], kit: str | None = None) -> NewProject:
    """Write a new project into `folder` (made if need be) with the library's `decks` by name
    and the example `kit` by name (else a kit to fill in); return what was written.

    Raises ValueError, writing nothing, for a name the library does not have or when any file
    it would write is there already.
    """
    outlines = _by_name(decks, built_in_decks(), "deck")
    copies = {source: folder / source.relative_to(library_root())
              for name in decks for source in _files_of(outlines[name])}
    made: dict[Path, str | None] = {}  # a file to write from text, or None: copied above
    if kit is None:
        kit_file = folder / KITS / f"{STARTER_KIT}.yaml"
        made[kit_file] = starter_kit(STARTER_KIT, "Your organization")
    else:
        source = _by_name([kit], built_in_kits(), "kit")[kit]
        kit_file = folder / source.relative_to(library_root())
        copies.update({path: folder / path.relative_to(library_root())
                       for path in _kit_files(source)})
    made[folder / EVENTS] = _EVENTS_TEXT
    readme = folder / "README.md"
    made[readme] = _readme(folder, [copies[outlines[name]] for name in decks], kit_file)
    targets = [*copies.values(), *made]
    missing = [source for source in copies if not source.is_file()]
    if missing:  # a broken install: said before anything is written
        raise ValueError(f"the library's {missing[0]} is missing: reinstall workshop")
    there = [path for path in targets if path.exists()]
    if there:
        raise ValueError(f"{there[0]} is there already, and `workshop new` never overwrites "
                         "a file: give a new folder, e.g. workshop new my-night")
    for source, target in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    for target, text in made.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
    return NewProject(folder, [copies[outlines[name]] for name in decks], kit_file, targets)


def add_decks(folder: Path, decks: list[str]) -> list[Path]:
    """Copy the library's `decks` (by name), with every file they read, into the existing
    project `folder`; return their outlines there.

    A file the project has already with the same bytes (a slide file two decks share) is left
    as it is. Raises ValueError, writing nothing, for a name the library does not have or a
    file the project has with other contents: a project's own edits are never overwritten.
    """
    outlines = _by_name(decks, built_in_decks(), "deck")
    copies = {source: folder / source.relative_to(library_root())
              for name in decks for source in _files_of(outlines[name])}
    missing = [source for source in copies if not source.is_file()]
    if missing:
        raise ValueError(f"the library's {missing[0]} is missing: reinstall workshop")
    changed = [target for source, target in copies.items()
               if target.exists() and target.read_bytes() != source.read_bytes()]
    if changed:
        raise ValueError(f"{changed[0].relative_to(folder).as_posix()} is in your project "
                         "already, with changes of your own, and workshop never overwrites "
                         "them: rename or move it, then add the deck again")
    for source, target in copies.items():
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return [copies[outlines[name]] for name in decks]


def _by_name(names: list[str], built_in: list, what: str) -> dict[str, Path]:
    """Return each of `names` with its library file; raise ValueError naming the choices."""
    known = {item.name: item.path for item in built_in}
    for name in names:
        if name not in known:
            raise ValueError(f"there is no built-in {what} '{name}'; the built-in {what}s: "
                             f"{', '.join(known)}")
    return {name: known[name] for name in names}


def _files_of(outline: Path) -> list[Path]:
    """Return every library file the outline at `outline` reads, itself first."""
    from workshop.prepare import prepare  # reads every file the deck names

    root = real(library_root())
    # The inputs are named as the user would see them: relative to the current folder
    # when under it (a virtual environment there, say), else absolute; real() reads both.
    found = [real(path) for path in prepare(outline).inputs]
    return [path for path in dict.fromkeys([real(outline), *found])
            if path.is_relative_to(root) and path.is_file()]


def _kit_files(kit: Path) -> list[Path]:
    """Return the example kit's files: the kit and its logo."""
    from workshop.brand import prepare_brand

    prepared = prepare_brand(kit)
    return [real(kit), *([real(prepared.logo_path)] if prepared.logo_path else [])]


def _readme(folder: Path, outlines: list[Path], kit: Path) -> str:
    """Return the new project's README: what is in it and what to run."""
    def rel(path: Path) -> str:
        return Path(os.path.relpath(path, folder)).as_posix()

    first, events = rel(outlines[0]), EVENTS.as_posix()
    decks = ", ".join(rel(path) for path in outlines)
    return "\n".join((
        f"# {folder.name}", "",
        f"A workshop project: your own copy of {decks}, with the slide files (decks/slides/)",
        f"and speaker notes (speaker_notes/) it reads, a brand kit ({rel(kit)}) and an events",
        f"file ({events}). Edit any of them: nothing outside this folder changes.", "",
        "- Build: `workshop build` (into build/)",
        f"- With your kit: `workshop build --brand {rel(kit)}`",
        f"- One event, with its handout and guide: `workshop build {first} --set "
        "organization=\"...\" --resource \"Name: detail\" --with handout,guide -o build/`",
        f"- Every event in {events}: `workshop build {first} --events {events} -o build/`",
        "- In the browser: `workshop serve`",
        f"- Check the script's timing and wording: `workshop check {first}`", ""))
