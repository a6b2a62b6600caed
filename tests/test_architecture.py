"""The house rules of src/workshop/, read from the code itself so that they stay true: no
import circle; writers and checks never import each other nor the jobs and the command; raw
XML (lxml, namespace URIs) only in the OOXML layer; the garbage collector only in the
command's own module."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from conftest import REPO, office_modules_loaded_by

PACKAGE = REPO / "src" / "workshop"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path) -> set[str]:
    """Return every module of ours that `path` imports, at the top or inside a function."""
    found: set[str] = set()
    package = module_name(path).rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[:len(package.split(".")) - node.level + 1],
                                 base]).strip(".")
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(name for name in names if name in MODULES)
    return found


GRAPH = {name: imports_of(path) - {name} for name, path in MODULES.items()}


def test_no_module_imports_itself_through_others() -> None:
    def cycle_from(start: str) -> list[str] | None:
        stack = [(start, [start])]
        seen: set[str] = set()
        while stack:
            current, trail = stack.pop()
            for imported in sorted(GRAPH[current]):
                if imported == start:
                    return [*trail, start]
                if imported not in seen:
                    seen.add(imported)
                    stack.append((imported, [*trail, imported]))
        return None

    circles = [c for c in (cycle_from(name) for name in GRAPH) if c]
    assert circles == []


# Every module's room, from the bottom up. A module imports modules of its own room and of the
# rooms below, never of one above; a module in no room fails the test below.
ROOMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("the foundation: errors, the build session, files and paths, text, fonts, the zip "
     "package, the worker processes, the libraries' private names, a document's blocks",
     ("workshop", "workshop.errors", "workshop.session", "workshop.collector",
      "workshop.files", "workshop.paths", "workshop.text_clean", "workshop.typography",
      "workshop.contrast", "workshop.i18n", "workshop.icon_names", "workshop.links",
      "workshop.source_line", "workshop.notes_text", "workshop.system_fonts",
      "workshop.metrics", "workshop.images", "workshop.outputs", "workshop.package",
      "workshop.termination", "workshop.libreoffice", "workshop.formats", "workshop.noted",
      "workshop.compat", "workshop.compat_typer", "workshop.workers", "workshop.blocks",
      "workshop.manifest")),
    ("the outline: its model, loading, templates, events and library",
     ("workshop.model", "workshop.loader", "workshop.render", "workshop.validate",
      "workshop.events", "workshop.library", "workshop.catalog", "workshop.schedule")),
    ("the OOXML layer", ("workshop.ooxml.",)),
    ("the theme", ("workshop.theme.",)),
    ("the slide types (and the template written from their layouts)",
     ("workshop.slide_types.", "workshop.figures")),
    ("a kit and a prepared deck", ("workshop.brand", "workshop.prepare", "workshop.scaffold")),
    ("the slide plan", ("workshop.plan.",)),
    ("the documents", ("workshop.documents.",)),
    ("the writers and the checks", ("workshop.writers.", "workshop.checks.")),
    ("the jobs", ("workshop.build", "workshop.season", "workshop.watch", "workshop.preview",
                  "workshop.slide_images")),
    ("the studio", ("workshop.studio.",)),
    ("the command", ("workshop.cli", "workshop.cli_help", "workshop.startup")),
)
# Rooms of one level that must not reach into each other, and what a module must not import
# though it stands above it.
APART = (("workshop.writers", "workshop.checks"), ("workshop.checks", "workshop.writers"),
         ("workshop.errors", "workshop."), ("workshop.ooxml", "workshop.compat"),
         ("workshop.studio", "workshop.writers"))


def room_of(name: str) -> int | None:
    """Return the level of module `name`'s room (see ROOMS), or None when it has none."""
    for level, (_, members) in enumerate(ROOMS):  # "a.b." is the package a.b and within it
        if any(name == member.rstrip(".") or (member.endswith(".") and name.startswith(member))
               for member in members):
            return level
    return None


def test_every_module_has_a_room() -> None:
    assert [name for name in MODULES if room_of(name) is None] == []


def test_no_arrow_runs_back_up() -> None:
    """No module imports one of a room above its own (the theme nothing of the slide types,
    the slide types nothing of the plan, the plan nothing of the documents, the documents no
    writer, the writers and checks no job, the jobs nothing of the command), the writers and
    the checks never each other, the errors nothing of ours, the OOXML layer no library's
    private names, the studio no writer."""
    wrong = [f"{name} -> {imported}" for name, imports in GRAPH.items()
             for imported in sorted(imports) if room_of(imported) > room_of(name)]
    wrong += [f"{name} -> {imported}" for name, imports in GRAPH.items()
              for imported in sorted(imports) for low, high in APART
              if name.startswith(low) and imported.startswith(high) and imported != name]
    assert wrong == []


# A writer composes another only where its output is made of the other's: a PDF is the Word
# document as LibreOffice lays it out.
COMPOSED_OUTPUTS = {("pdf", "docx")}


def test_no_output_s_writer_imports_another_s() -> None:
    """Each output has its writer (the PowerPoint writer's modules, `pptx_*`, are one; each
    document format's `doc_<format>` another), and none imports another's but where one
    output is made of another (COMPOSED_OUTPUTS)."""
    def output(name: str) -> str | None:
        if not name.startswith("workshop.writers."):
            return None
        module = name.removeprefix("workshop.writers.")
        return "pptx" if module.startswith("pptx_") else module.removeprefix("doc_")

    crossing = {(output(name), output(imported)) for name, imports in GRAPH.items()
                for imported in imports
                if output(name) and output(imported) and output(name) != output(imported)}
    assert crossing == COMPOSED_OUTPUTS


def test_every_document_writer_writes_every_kind_of_block() -> None:
    """Read from the code: each document writer names every kind of block a document holds
    (blocks.Block) in its own dispatch, and one it has no way to write is an error, not a
    block left out of the handout without a word."""
    import typing

    from workshop import blocks

    kinds = {kind.__name__ for kind in typing.get_args(blocks.Block)}
    missing = {}
    for name in ("workshop.writers.doc_markdown", "workshop.writers.doc_html",
                 "workshop.writers.doc_docx"):
        tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
        named = {node.id for call in ast.walk(tree) if isinstance(call, ast.Call)
                 and isinstance(call.func, ast.Name) and call.func.id == "isinstance"
                 for node in ast.walk(call.args[1]) if isinstance(node, ast.Name)}
        raises = any(isinstance(node, ast.Raise) and "has no way to write" in ast.unparse(node)
                     for node in ast.walk(tree))
        if kinds - named or not raises:
            missing[name] = sorted(kinds - named) or ["no error for another kind"]
    assert len(kinds) >= 13 and missing == {}


def test_nothing_imports_the_command_but_its_entry_point() -> None:
    importers = {name for name, imported in GRAPH.items()
                 if imported & {"workshop.cli", "workshop.startup"}}
    assert importers == {"workshop.startup"}


def test_raw_xml_lives_in_the_ooxml_layer_and_the_collector_in_the_command() -> None:
    outside = [name for name, path in MODULES.items() if not name.startswith("workshop.ooxml")
               and ("lxml" in _imported_names(path)
                    or "schemas.openxmlformats.org" in path.read_text(encoding="utf-8"))]
    assert outside == []
    collectors = [name for name, path in MODULES.items() if "gc" in _imported_names(path)]
    assert collectors == ["workshop.collector"]


# Above the OOXML layer, code asks `ooxml` what a shape is and how to change it; it spells no
# tag. What it may take from the layer's namespace modules: the element type and the package
# view. `compat` reaches into the libraries' own objects (its reason to be), and
# slide_types.default_template writes our template's parts as XML text (it authors them;
# nothing reads them back there).
_SPELLS_XML_BY_DESIGN = {"workshop.compat", "workshop.slide_types.default_template"}
_LAYER_NAMES_ABOVE = {"Element", "PackageView", "view_of"}
_TAG = re.compile(r"^\.?/?(?:\{[^}]*\})?[acprw]:[A-Za-z]|\{http")
# What lxml's elements alone answer to: a module calling them walks or changes XML itself.
_ELEMENT_METHODS = {"attrib", "getparent", "addprevious", "addnext", "makeelement",
                    "iterchildren", "xpath"}


def tag_spellings(path: Path) -> list[str]:
    """Return each place `path` spells or handles XML itself: a namespace name or tag maker
    imported from `ooxml` or from python-pptx's and python-docx's `oxml`, an XPath query or
    another method only an element has, an attribute set by its name, a prefixed or
    Clark-notation tag in a string; as "line: what"."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("workshop.ooxml.") and node.module.rsplit(".", 1)[1] in (
                    "namespaces", "package_view"):
                found += [f"{node.lineno}: imports {alias.name} from {node.module}"
                          for alias in node.names if alias.name not in _LAYER_NAMES_ABOVE]
            elif node.module.split(".")[:2] in (["pptx", "oxml"], ["docx", "oxml"]):
                found.append(f"{node.lineno}: imports from {node.module}")
        elif isinstance(node, ast.Attribute) and node.attr in _ELEMENT_METHODS:
            found.append(f"{node.lineno}: uses an element's {node.attr}")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "set" and len(node.args) == 2
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append(f"{node.lineno}: sets an element's {node.args[0].value}")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and _TAG.search(node.value)):
            found.append(f"{node.lineno}: spells {node.value!r}")
    return found


def test_xml_is_spelled_and_handled_only_in_the_ooxml_layer() -> None:
    spelled = {name: tag_spellings(path) for name, path in MODULES.items()
               if not name.startswith("workshop.ooxml") and name not in _SPELLS_XML_BY_DESIGN}
    assert {name: found for name, found in spelled.items() if found} == {}


def test_the_xml_finder_sees_each_way_of_spelling_or_handling_it(tmp_path: Path) -> None:
    code = tmp_path / "spelled.py"
    code.write_text(
        "from workshop.ooxml.namespaces import Element, qn\n"
        "from docx.oxml.ns import qn as word\n"
        "tree.xpath('./p:cSld')\n"
        "body.find('{http://schemas.openxmlformats.org/drawingml/2006/main}t')\n"
        "make('w:tblW')\n"
        "properties.set('rIns', '0')\n"
        "element.getparent().remove(element)\n"
        "label = 'Step 2: do it'  # prose, no tag\n"
        "token = variable.set(session)  # a context variable's, no element\n",
        encoding="utf-8")
    assert sorted({line.split(":")[0] for line in tag_spellings(code)}) == [
        "1", "2", "3", "4", "5", "6", "7"]


def _imported_names(path: Path) -> set[str]:
    """Return the top-level names of every module `path` imports (ours and others')."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_every_cache_is_declared_with_the_session_and_no_module_keeps_its_own() -> None:
    """No module keeps a cache of its own (a dict at module level, a functools cache): each is a
    `session.Cache`, whose entries live in a build session."""
    own = [f"{name}: {line.strip()}" for name, path in MODULES.items()
           for line in path.read_text(encoding="utf-8").splitlines()
           if (line.startswith("_") and (" = {}" in line or ": dict[" in line))
           or re.search(r"lru_cache|functools\.cache\b|@cache\b", line)]
    assert own == []


def test_each_build_session_owns_its_caches_and_fresh_sessions_share_nothing(
        tmp_path: Path) -> None:
    from workshop.build import build
    from workshop.session import BuildSession, active, declared

    deck = REPO / "decks" / "parent-night-short.yaml"
    kit = REPO / "decks" / "brands" / "example-county.yaml"
    first, second = BuildSession(), BuildSession()
    with first:
        build(deck, tmp_path / "first.pptx", brand_path=kit)
    used = {memo.name for memo in first.memos() if len(memo)}
    # the kit, the branded template, the words measured and the slides made are all kept
    assert {"prepared kits by path", "branded templates", "word widths by font and size",
            "fresh slides by layout placeholders"} <= used
    assert used <= {cache.name for cache in declared()}
    assert second.memos() == []  # nothing the first session kept is seen by another
    with second:
        build(deck, tmp_path / "second.pptx", brand_path=kit)
    assert (tmp_path / "second.pptx").read_bytes() == (tmp_path / "first.pptx").read_bytes()
    first.clear()
    assert [memo.name for memo in first.memos() if len(memo)] == []
    # the same caches again, but the people's style and drawings: they are needed only for
    # people whose shapes are not yet in the user's cache folder, which the first build filled
    assert {memo.name for memo in second.memos() if len(memo)} == used - {
        "the people's drawing style", "people drawn by their options"}
    assert active() is not first and active() is not second  # left as it was found


def test_outside_a_session_a_cache_keeps_nothing_and_a_build_makes_its_own(
        tmp_path: Path) -> None:
    from workshop import session
    from workshop.build import build

    cache = session.Cache("a test's cache", 4)
    token = session._ACTIVE.set(None)  # as a library caller with no session would be
    try:
        assert cache.keep("key", "value") == "value"
        assert "key" not in cache
        build(REPO / "decks" / "parent-night-short.yaml", tmp_path / "alone.pptx")
        assert session.active() is None
    finally:
        session._ACTIVE.reset(token)
    with session.BuildSession() as kept:
        build(REPO / "decks" / "parent-night-short.yaml", tmp_path / "kept.pptx")
        cache.keep("key", "value")
        assert cache["key"] == "value"
    assert (tmp_path / "alone.pptx").read_bytes() == (tmp_path / "kept.pptx").read_bytes()
    assert any(memo.name == "a test's cache" for memo in kept.memos())


def replayed_slides() -> str:
    """Return the outline lines of a slide of every outline type a session copies from one
    deck into the next (each type's sample), for the season below: each must come out as a
    fresh build makes it. (Its section opens with a divider, a type copied too.)"""
    from workshop.slide_types.registry import outline_types

    return "".join(f"      - {json.dumps(dict(kind.sample))}\n"
                   for kind in outline_types().values() if kind.replay)


def test_a_session_reuses_what_it_made_only_while_its_inputs_are_unchanged(
        write_tree, tmp_path: Path) -> None:
    """A season's session remembers finished slides, fitted text and parsed notes; each deck
    it builds is byte for byte the deck a fresh process builds, also after a notes file or
    the kit changed between builds (as a watching or serving process sees them change)."""
    from pptx import Presentation

    from workshop.build import DocumentOutput, build
    from workshop.session import BuildSession

    colours = '{primary: "#1F4E79", accent: "#F2A900", background: "#FFFFFF", text: "#000000"}'
    root = write_tree({
        "d.yaml": "title: 'Night at {{ school }}'\nsections:\n  - title: S\n    divider: true\n"
                  "    summary: What this part covers\n    slides:\n"
                  "      - {title: Points, bullets: [one point, two points], "
                  "notes: speaker_notes/a.md}\n"
                  "      - {title: More, bullets: [three, four], prompts: [What now?]}\n"
                  + replayed_slides(),
        "speaker_notes/a.md": "Welcome, everyone.\n",
        "kit.yaml": f"name: Org\ncolors: {colours}\nfooter: First footer\n"})
    deck, kit = root / "d.yaml", root / "kit.yaml"
    season = BuildSession()

    def warm_and_cold(name: str, school: str) -> tuple[bytes, bytes]:
        """Return the deck and handout built in the season's session, and in a fresh one."""
        for made in (name, f"{name}-cold"):
            handout = DocumentOutput("handout", "docx", tmp_path / f"{made}-handout.docx")
            with season if made == name else BuildSession():
                build(deck, tmp_path / f"{made}.pptx", {"school": school}, kit,
                      documents=(handout,))
        return tuple(b"".join((tmp_path / f"{made}{suffix}").read_bytes()
                              for suffix in (".pptx", "-handout.docx"))
                     for made in (name, f"{name}-cold"))

    def notes_and_footers(name: str) -> dict[str, tuple[str, list[str]]]:
        slides = Presentation(str(tmp_path / f"{name}.pptx")).slides
        return {slide.shapes.title.text: (
            slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else "",
            [shape.text_frame.text for shape in slide.shapes if shape.name == "Footer"])
            for slide in slides}

    for name, school in (("lincoln", "Lincoln"), ("adams", "Adams")):
        warm, cold = warm_and_cold(name, school)
        assert warm == cold
    from workshop.slide_types.registry import TYPES

    shown = {slide.slide_layout.name for slide in Presentation(str(tmp_path / "adams.pptx")).slides}
    assert {kind.layout_name for kind in TYPES if kind.replay} <= shown  # each one copied
    kept = {memo.name: len(memo) for memo in season.memos()}
    assert kept["finished content slides"] >= 2 and kept["settled text shapes"] > 0
    assert kept["styled blank Word documents"] == 1
    assert kept["loaded YAML files"] == 2  # the outline (its includes with it) and the kit
    def finished(title: str) -> tuple[object, int]:
        """Return the slide the session keeps for `title`, and how many notes pages for it."""
        memos = {memo.name: memo for memo in season.memos()}
        kept = [value for key, value in memos["finished content slides"].items() if title in key]
        pages = sum(title in key for key, *_ in memos["finished notes pages"])
        return (kept[0] if len(kept) == 1 else kept), pages

    points, pages = finished("Points")
    (root / "speaker_notes/a.md").write_text("Welcome, all of you.\n", encoding="utf-8")
    warm, cold = warm_and_cold("notes", "Adams")
    assert warm == cold
    assert "Welcome, all of you." in notes_and_footers("notes")["Points"][0]
    assert finished("Points") == (points, pages + 1)  # the slide copied, its notes new
    (root / "kit.yaml").write_text(f"name: Org\ncolors: {colours}\nfooter: Second footer\n",
                                   encoding="utf-8")
    warm, cold = warm_and_cold("kit", "Adams")
    assert warm == cold
    shown = notes_and_footers("kit")
    assert shown["Points"][1] == shown["More"][1] == ["Second footer"]


def test_a_slide_measured_with_one_text_engine_is_made_anew_under_the_other(
        tmp_path: Path) -> None:
    """Pillow's two layout engines may break a line at different words: a slide finished
    while measuring with one is not copied into a deck measured with the other."""
    from PIL import ImageFont

    from workshop import metrics
    from workshop.build import build
    from workshop.session import BuildSession

    session = BuildSession()
    deck = REPO / "decks" / "parent-night-short.yaml"
    made = []
    try:
        for engine in (ImageFont.Layout.BASIC, ImageFont.Layout.RAQM):
            metrics.use_layout_engine(engine)
            with session:
                build(deck, tmp_path / f"{engine}.pptx")
            made.append({memo.name: len(memo) for memo in session.memos()}[
                "finished content slides"])
    finally:
        metrics.use_layout_engine(None)
    assert made[0] > 0 and made[1] == 2 * made[0]


def test_a_season_s_warm_session_builds_what_a_fresh_one_builds(tmp_path: Path) -> None:
    """Every shipped outline, without a kit and with each shipped one, built for two events
    in one session (as a season's worker builds its rows: the second copying what the first
    made) comes out byte for byte as a fresh session builds it, its deck and its handout:
    no cache of the session hands a row what another row's event made."""
    from workshop.build import DocumentOutput, build
    from workshop.events import resource_from_text
    from workshop.session import BuildSession

    decks = sorted((REPO / "decks").glob("*.yaml")) + sorted((REPO / "decks" / "es").glob("*.yaml"))
    kits = [None, *sorted((REPO / "decks" / "brands").glob("*.yaml"))]
    # Two events that differ in everything a script or slide may name: the host, the support
    # person (the second has none), the number of local contacts.
    events = [({"school": "Lincoln Middle", "organization": "Lincoln PTA", "date": "May 2",
                "place": "Library", "presenter": "Ana Ruiz", "support_person": "Ms. Grant"},
               (resource_from_text("Front office: (555) 010-0001"),)),
              ({"school": "Adams High School", "organization": "Adams Family Center",
                "date": "June 14", "place": "Gym", "presenter": "Sam Lee"},
               tuple(resource_from_text(f"Contact {n}: (555) 010-{n:04d}") for n in (2, 3, 4)))]

    def built(name: str, deck: Path, kit: Path | None, values, resources) -> bytes:
        handout = DocumentOutput("handout", "docx", tmp_path / f"{name}-handout.docx")
        build(deck, tmp_path / f"{name}.pptx", values, kit, None, resources, (handout,))
        return b"".join((tmp_path / f"{name}{suffix}").read_bytes()
                        for suffix in (".pptx", "-handout.docx"))

    differ = []
    for deck in decks:
        for kit in kits:
            season = BuildSession()
            for n, (values, resources) in enumerate(events):
                name = f"{deck.stem}-{kit.stem if kit else 'none'}-{n}"
                with season:
                    warm = built(name, deck, kit, values, resources)
                with BuildSession():
                    cold = built(f"{name}-cold", deck, kit, values, resources)
                if warm != cold:
                    differ.append(name)
    assert len(decks) >= 4 and len(kits) >= 3
    assert differ == []


def test_a_batch_keeps_one_session_across_its_decks(tmp_path: Path) -> None:
    from workshop.build import build_batch
    from workshop.session import BuildSession, active

    batch = BuildSession()
    deck = REPO / "decks" / "parent-night-short.yaml"
    kits = [REPO / "decks" / "brands" / "example-county.yaml",
            REPO / "decks" / "brands" / "harbor-family-alliance.yaml"]
    items = build_batch([deck, deck], kits, tmp_path, session=batch)
    first = next(items)
    assert active() is not batch  # active only while a deck is being built
    assert first.problems is None and [item.problems for item in items] == [None] * 3
    kept = {memo.name: len(memo) for memo in batch.memos()}
    assert kept["prepared kits by path"] == 2  # each kit prepared once for its two decks
    assert kept["branded templates"] == 2


def _our_names() -> set[str]:
    """Return every name our own code defines: functions, classes, arguments, attributes it
    assigns on its own objects (self._x = ..., not a library object's: obj._x = ... is
    reaching in) and class-level fields; not `compat`'s, whose assignments are to the
    libraries' private attributes."""
    names: set[str] = set()
    for module, path in MODULES.items():
        if module.startswith("workshop.compat"):  # compat, compat_typer
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
            elif (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store)
                  and isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                names.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
    return names


# lxml's element type is spelt with an underscore in its public API.
_LXML_TYPES = {"_Element", "_ElementTree", "_Comment", "_ProcessingInstruction", "_Attrib"}


def _private_name(name: str) -> bool:
    """Return whether `name` is spelt private: one leading underscore, not a dunder."""
    return name.startswith("_") and not name.startswith("__")


def test_private_names_of_libraries_are_reached_only_through_compat() -> None:
    """Read from the code: outside `compat`, no `x._name` (nor getattr, setattr, hasattr or
    delattr with such a name as a string, nor an import of one from a library) reaches a
    name our code does not define itself (a python-pptx or python-docx private attribute,
    say)."""
    ours = _our_names()
    outside = []
    for name, path in MODULES.items():
        if name.startswith("workshop.compat"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            reached = None
            if isinstance(node, ast.Attribute):
                reached = node.attr
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                  and node.func.id in ("getattr", "setattr", "hasattr", "delattr")
                  and len(node.args) > 1 and isinstance(node.args[1], ast.Constant)
                  and isinstance(node.args[1].value, str)):
                reached = node.args[1].value
            elif (isinstance(node, ast.ImportFrom) and node.module
                  and not node.module.startswith("workshop")):
                outside.extend(f"{name}:{node.lineno}: from {node.module} import {alias.name}"
                               for alias in node.names if _private_name(alias.name)
                               and alias.name not in _LXML_TYPES)
            if (reached is not None and _private_name(reached) and reached not in ours
                    and reached not in _LXML_TYPES):
                outside.append(f"{name}:{node.lineno}: {ast.unparse(node)}")
    assert outside == []
    assert not (PACKAGE / "writers" / "pptx_speed.py").exists()


# Module-level state that is not a session Cache, each with why it may live there.
_STATE_OUTSIDE_THE_SESSION = {
    "workshop.render._ENV": "the sandbox's settings; what it compiles is kept in render._compiled",
    "workshop.render._NOTES_ENV": "the same settings for speaker notes, printing escaped text",
    "workshop.writers.doc_docx._STYLES": "weakly keyed by the Word document being written: it "
                                         "lives as long as that document",
    "workshop.collector._paused_for_imports": "the process's collector setting",
    "workshop.metrics._LAYOUT_ENGINE": "the text layout engine chosen for the process",
    "workshop.season._worker_session": "a worker process's own build session",
    "workshop.session._DECLARED": "the caches themselves, declared",
}
_MUTATORS = {"append", "add", "update", "setdefault", "clear", "pop", "popitem", "extend",
             "insert", "remove", "discard"}


def test_no_module_keeps_state_outside_the_build_session() -> None:
    """Read from the code: a module-level value that a function changes (an item set, a
    mutating method, `global`), or an instance of one of our own classes that is not a frozen
    value, is a session Cache, or is listed above with why."""
    frozen = set()
    for path in MODULES.values():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and (
                    any(isinstance(d, ast.Call) and any(k.arg == "frozen" for k in d.keywords)
                        for d in node.decorator_list)
                    or any("Enum" in ast.unparse(b) or "NamedTuple" in ast.unparse(b)
                           for b in node.bases)):
                frozen.add(node.name)
    ours = {node.name for path in MODULES.values()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ClassDef)}
    found = set()
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {}
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else [
                node.target] if isinstance(node, ast.AnnAssign) and node.value else []
            top.update({t.id: node.value for t in targets if isinstance(t, ast.Name)})
        for variable, value in top.items():
            made = ast.unparse(value.func).split(".")[-1] if isinstance(value, ast.Call) else ""
            if made in ours and made not in frozen and made != "Cache":
                found.add(f"{name}.{variable}")
        changes = [node for function in ast.walk(tree)
                   if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
                   for node in ast.walk(function)]  # at import time, a table is still built
        for node in changes:
            if isinstance(node, ast.Global):
                found.update(f"{name}.{variable}" for variable in node.names)
            elif isinstance(node, ast.Assign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                found.update(f"{name}.{t.value.id}" for t in targets
                             if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
                             and t.value.id in top)
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and isinstance(node.func.value, ast.Name) and node.func.value.id in top
                  and node.func.attr in _MUTATORS):
                found.add(f"{name}.{node.func.value.id}")
    assert found - set(_STATE_OUTSIDE_THE_SESSION) == set()
    assert set(_STATE_OUTSIDE_THE_SESSION) <= found  # each exemption still needed


def test_no_cache_is_keyed_by_an_object_s_identity() -> None:
    """Read from the code: what is kept (a session cache, or a store an object keeps across
    calls) is kept by what it was made from, never by `id()` of an object, whose number a
    later object may take once it is gone."""
    def keyed_by_identity(node: ast.AST) -> bool:
        return any(isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
                   and inner.func.id == "id" for inner in ast.walk(node))

    found = []
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            looked_up = (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                         and node.func.attr in ("get", "keep", "setdefault", "pop")
                         and any(keyed_by_identity(arg) for arg in node.args[:1]))
            stored = (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute)
                      and keyed_by_identity(node.slice))  # self._kept[id(x)]
            if looked_up or stored:
                found.append(f"{name}:{node.lineno}")
    assert found == []


def test_one_registry_names_the_export_formats() -> None:
    """The command line, the jobs and the studio take the kinds and formats from
    workshop.formats: no other module spells out the list."""
    spelled = re.compile(r"""["']md["'],\s*["']html["']|["']pdf["'],\s*["']docx["']""")
    elsewhere = [name for name, path in MODULES.items() if name != "workshop.formats"
                 and spelled.search(path.read_text(encoding="utf-8"))]
    assert elsewhere == []
    from workshop.formats import FORMATS, KINDS, OFFERED

    assert set(OFFERED) == set(FORMATS)
    assert all(set(kind.formats) <= set(FORMATS) for kind in KINDS.values())
    # Each format names its writer as data (imported when first used, so that a Markdown
    # export loads no Word or PowerPoint library): an arrow up from the foundation to the
    # writers that the import test cannot see, held here instead.
    for name, format_ in FORMATS.items():
        module, _, function = format_.writer.partition(":")
        assert module.startswith("workshop.writers.") and module in MODULES, name
        assert callable(format_.write()) and format_.write().__name__ == function, name


def test_a_replayed_slide_says_its_findings_at_its_own_place(write_tree) -> None:
    """Two outlines in one session, the same overfull slide third in each but at another place
    of each outline: the second's findings are at its own line, as a fresh check says them."""
    from workshop.build import check
    from workshop.session import BuildSession

    points = ", ".join(f"'Point {n} that runs long enough to wrap over two lines here'"
                       for n in range(6))
    crowded = (f"{{layout: comparison, title: Crowded, left: {{heading: L, bullets: "
               f"[{points}]}}, right: {{heading: R, bullets: [{points}]}}}}")
    root = write_tree({
        "a.yaml": "title: T\nagenda: false\ndividers: false\nsections:\n  - title: S\n"
                  "    slides:\n      - {title: First, bullets: [a]}\n"
                  f"      - {crowded}\n",
        "b.yaml": "title: T\nagenda: false\ndividers: false\nsections:\n  - title: S\n"
                  "    slides:\n      - {title: First, bullets: [a]}\n  - title: R\n"
                  f"    slides:\n\n\n      - {crowded}\n",
        "speaker_notes/.keep": ""})

    def findings(name: str) -> list[str]:
        return sorted(f"{Path(f.file).name}:{f.line}: {f.code}"
                      for f in check(root / f"{name}.yaml") if f.code.startswith("O"))

    with BuildSession():
        cold = findings("b")
    with BuildSession():
        assert findings("a") == ["a.yaml:8: O203", "a.yaml:8: O203"]
        warm = findings("b")
    assert warm == cold == ["b.yaml:12: O203", "b.yaml:12: O203"]


# What python-pptx's shapes, text frames and slides offer to draw with: a slide type reaches
# them through slide_types.drawing, in the theme's words, never itself (it holds a shape's
# element, as the OOXML layer does).
_DRAWING_API = {"text_frame", "shapes", "fill", "adjustments", "placeholders", "background",
                "paragraphs", "placeholder_format", "add_paragraph", "add_run", "shadow",
                "fore_color", "theme_color", "word_wrap", "vertical_anchor", "margin_left",
                "margin_right", "margin_top", "margin_bottom", "space_before", "space_after",
                "alignment", "add_shape", "add_textbox", "add_picture", "insert_picture",
                "crop_left", "crop_right", "crop_top", "crop_bottom"}


def test_the_slide_types_draw_through_one_module() -> None:
    """Read from the code: of the slide types, only `drawing` (and the default template's
    author, which writes the template itself) imports python-pptx to run, or calls on what
    python-pptx offers to draw with; the others import it for their type hints alone."""
    found = []
    for name, path in MODULES.items():
        if not name.startswith("workshop.slide_types.") or name in (
                "workshop.slide_types.drawing", "workshop.slide_types.default_template"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        hints = {id(node) for block in ast.walk(tree) if isinstance(block, ast.If)
                 and ast.unparse(block.test) == "TYPE_CHECKING" for node in ast.walk(block)}
        for node in ast.walk(tree):
            imported = (node.module if isinstance(node, ast.ImportFrom) else
                        node.names[0].name if isinstance(node, ast.Import) else None)
            if imported and imported.split(".")[0] == "pptx" and id(node) not in hints:
                found.append(f"{name}:{node.lineno} imports {imported}")
            if isinstance(node, ast.Attribute) and node.attr in _DRAWING_API:
                found.append(f"{name}:{node.lineno} .{node.attr}")
    assert found == []


def test_no_slide_type_draws_with_another_type_s_module() -> None:
    """Read from the code: a slide type's module (or a list type's) imports no other type's
    module; what two types share (the dividers' disc and people, cards under a large mark,
    the icon a slide shows) is a part of its own, so a type can change alone."""
    from workshop.slide_types import choice
    from workshop.slide_types.registry import TYPES

    types = {kind.write.__module__ for kind in TYPES} | {kind.draw.__module__
                                                         for kind in choice.TYPES}
    assert "workshop.slide_types.section" in types and "workshop.slide_types.steps" in types
    found = [f"{name} imports {imported}" for name in sorted(types)
             for imported in sorted(GRAPH[name] & types)]
    assert found == []


def test_a_slide_type_asks_the_writer_and_the_plan_only_what_their_protocols_offer() -> None:
    """Read from the code: what a slide type reads of its `writer` (or, planning, of its
    `planner`) is a member of SlideWriting (Planner): a type cannot reach past them, to the
    prepared deck or the writer's caches, without the writer noting what it read (a copy of
    the slide would then be taken into a deck whose input differs)."""
    from workshop.slide_types.planning import Planner
    from workshop.slide_types.writing import SlideWriting

    def members(protocol: type) -> set[str]:
        return set(protocol.__annotations__) | {name for name, member in vars(protocol).items()
                                                if callable(member) and name[0] != "_"}

    offered = {"writer": members(SlideWriting), "planner": members(Planner)}
    found = []
    for name, path in MODULES.items():
        if not name.startswith("workshop.slide_types."):
            continue
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(function, ast.FunctionDef | ast.Lambda):
                continue
            for parameter in {a.arg for a in function.args.args} & set(offered):
                for node in ast.walk(function):
                    if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                            and node.value.id == parameter
                            and node.attr not in offered[parameter]):
                        found.append(f"{name}:{node.lineno} {parameter}.{node.attr}")
                    if (isinstance(node, ast.Call) and ast.unparse(node.func) == "getattr"
                            and node.args and ast.unparse(node.args[0]) == parameter):
                        found.append(f"{name}:{node.lineno} getattr({parameter}, ...)")
    assert len(offered["writer"]) > 20 and len(offered["planner"]) > 5
    assert found == []


def test_an_outline_and_a_kit_are_read_without_python_pptx() -> None:
    """Loading, checking and preparing an outline and a kit without a template of its own
    (what the guide, handout and checks start from) leaves python-pptx unloaded: only what
    writes or opens a .pptx loads it."""
    script = (
        "from pathlib import Path\n"
        "from workshop.brand import prepare_brand\n"
        "from workshop.prepare import prepare\n"
        f"kit = prepare_brand(Path({str(REPO / 'decks' / 'brands' / 'example-county.yaml')!r}))\n"
        f"deck = prepare(Path({str(REPO / 'decks' / 'parent-night.yaml')!r}), brand=kit)\n"
        "assert deck.deck.sections and kit.brand.name\n")
    assert office_modules_loaded_by(script, REPO) == []


def test_the_template_members_a_session_shares_are_left_as_parsed(tmp_path: Path) -> None:
    """The checks read a template's members parsed once a build session and shared by every
    package built on it: after every shipped deck is built and checked with and without a
    kit, in one session, each shared member still says what its bytes say."""
    from lxml import etree

    from workshop.build import compile_deck
    from workshop.session import BuildSession

    session = BuildSession()
    kits = [None, *sorted((REPO / "decks" / "brands").glob("*.yaml"))]
    with session:
        for deck in [*sorted((REPO / "decks").glob("*.yaml")),
                     *sorted((REPO / "decks" / "es").glob("*.yaml"))]:
            for kit in kits:
                compile_deck(deck, brand_path=kit)
    shared = {memo.name: memo for memo in session.memos()}["parsed template members by bytes"]
    assert len(shared) > 10
    changed = [data[:80] for data, element in shared.items()
               if etree.tostring(element, method="c14n")
               != etree.tostring(etree.fromstring(data), method="c14n")]
    assert changed == []


def test_a_branded_template_is_kept_by_what_it_is_made_from(tmp_path: Path) -> None:
    """Two kits that brand alike (the same colours, fonts and logo in two files) share one
    branded template; a kit whose colours change is branded anew; and the two decks built
    with the same content are the same bytes."""
    from workshop.build import build
    from workshop.session import BuildSession

    kit = (REPO / "decks" / "brands" / "example-county.yaml").read_text(encoding="utf-8")
    (tmp_path / "example-county-logo.png").write_bytes(
        (REPO / "decks" / "brands" / "example-county-logo.png").read_bytes())
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    first.write_text(kit, encoding="utf-8")
    second.write_text(kit, encoding="utf-8")
    deck = REPO / "decks" / "parent-night-short.yaml"
    session = BuildSession()

    def branded(kit_path: Path, out: str) -> int:
        with session:
            build(deck, tmp_path / out, brand_path=kit_path)
        return {memo.name: len(memo) for memo in session.memos()}["branded templates"]

    assert branded(first, "a.pptx") == 1
    assert branded(second, "b.pptx") == 1
    assert (tmp_path / "a.pptx").read_bytes() == (tmp_path / "b.pptx").read_bytes()
    second.write_text(kit.replace("#1F4E79", "#2B5F3A"), encoding="utf-8")
    assert "#2B5F3A" in second.read_text(encoding="utf-8")
    assert branded(second, "c.pptx") == 2
