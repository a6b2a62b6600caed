"""From an outline file to a deck ready to write: load, validate, resolve files, render text.

Every problem of the file is gathered before anything fails, so one run reports them all.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop.brand import PreparedBrand, unusable_slides
from workshop.errors import Diagnostic, WorkshopError
from workshop.i18n import word
from workshop.images import Image, read_image
from workshop.links import full_url
from workshop.loader import LoadedYaml, PathKey, format_path, load_yaml
from workshop.model import Attribution, Deck, Event, Resource, fields_in_role
from workshop.paths import ProjectFiles, display_path, project_root
from workshop.render import TemplateProblem, TimeBudget, names_used, render_text
from workshop.session import Cache
from workshop.slide_types.registry import slide_type
from workshop.text_clean import NOTES_LIMIT, shown_text, too_long
from workshop.theme.palette import DEFAULT_LOOK
from workshop.validate import validate

# Fields never rendered as templates: names, and the scripts (rendered as they are read); and
# data, whoever wrote it (the outline, a kit, `--set`), shown as it is (see model.FIELD_ROLES).
_LITERAL_FIELDS = fields_in_role("name", "script")
_DATA_FIELDS = fields_in_role("data")
# Where a value that no file holds came from: the command line.
_COMMAND_LINE = "--set"
# A notes file read as UTF-8 text can hold at most this many bytes for its characters.
NOTES_FILE_BYTES = NOTES_LIMIT * 4
_EVENT_FIELDS = set(Event.model_fields) - {"resources"}
_SOURCE_KEY = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


@dataclass(frozen=True)
class PreparedDeck:
    """A validated deck whose text is rendered and whose notes and images are resolved."""

    deck: Deck
    source: Path
    root: Path
    images: dict[tuple[int, int], Image]
    loaded: LoadedYaml
    brand: PreparedBrand | None = None
    look: str = DEFAULT_LOOK  # a name of theme.palette.LOOKS
    # Each slide's rendered notes with the file and line they start on, for line-level checks.
    notes_files: dict[PathKey, tuple[str, int, str]] = field(default_factory=dict)
    image_files: tuple[Path, ...] = ()
    # The notes files and pictures as the outline names them (a link's own name).
    named_files: tuple[Path, ...] = ()

    @functools.cached_property
    def inputs(self) -> list[Path]:
        """Return every file this deck was made from: outlines, notes, pictures, the kit's."""
        shown = {position.file for position in self.loaded.values.values()}
        shown.update(file for file, _, _ in self.notes_files.values())
        files = {Path(file) for file in shown}
        files.update(self.image_files)
        files.add(self.source)
        if self.brand is not None:
            files.update(f for f in (self.brand.source, self.brand.logo_path,
                                     self.brand.template) if f is not None)
        return sorted(files)

    @functools.cached_property
    def named_inputs(self) -> list[Path]:
        """Return every file this deck was made from as it was named: the outline as given,
        an include, notes file or picture reached through a link by the link's own name, the
        kit's files likewise. Reading them again reads what the names lead to now, so a link
        pointed elsewhere since counts as a change (`inputs` holds where they led then)."""
        files = {self.source, *self.loaded.files, *self.named_files}
        if self.brand is not None:
            files.update(self.brand.named_files)
        return sorted(files)

    @property
    def name(self) -> str:
        """Return the outline's file name without its extension."""
        return self.source.stem

    @property
    def feedback_link(self) -> str | None:
        """Return the event's feedback link, else the kit's, as an https address; or None."""
        kit = self.brand.brand.feedback if self.brand is not None else None
        return full_url(self.deck.event.feedback or kit)


@dataclass(frozen=True)
class _Origin:
    """Where a template's first line sits: the file shown in diagnostics and its line."""

    file: str
    line: int
    col: int
    folded_lines: tuple[int, ...] = ()  # see Position.folded_lines

    def line_of(self, template_line: int) -> int:
        """Return the file line of the template's 1-based line `template_line`."""
        if 0 < template_line <= len(self.folded_lines):
            return self.folded_lines[template_line - 1]
        return self.line + template_line - 1


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """Return `key=value` pairs as a mapping; raise ValueError naming a malformed one."""
    result: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip().isidentifier():
            raise ValueError(f"--set expects key=value with a simple name, got '{pair}'")
        result[key.strip()] = value
    return result


def prepare(path: Path, overrides: dict[str, str] | None = None,
            brand: PreparedBrand | None = None, look: str | None = None,
            resources: tuple[Resource, ...] = (), typed: bool = False
            ) -> PreparedDeck:
    """Return the deck at `path`, ready to write; raise WorkshopError listing every problem.

    A brand kit's name and resources (in the deck's language) replace the outline's
    organization and local resources; `--set` values (and `resources`, an events row's) win
    over both. The look is `look` (from --look), else the kit's, else the outline's, else the
    calm one. With `typed` (the overrides are what a user typed with --set, not an events row's
    columns), a value no template reads and no event detail takes is a problem: a typo.
    """
    overrides = overrides or {}
    root = project_root(path)
    loaded = load_yaml(path, include_root=root)
    deck = validate(loaded, Deck)
    if brand is not None:  # its text in the deck's language, warning of any other
        brand = brand.in_language(deck.language)
    event_updates: dict[str, Any] = {}
    if brand is not None:
        event_updates["organization"] = brand.brand.name
        if brand.brand.support_person:
            event_updates["support_person"] = brand.brand.support_person
        if brand.brand.resources:
            event_updates["resources"] = brand.brand.resources
    event_updates.update({k: v for k, v in overrides.items() if k in _EVENT_FIELDS})
    if resources:  # an events file's own, for its row
        event_updates["resources"] = list(resources)
    if event_updates:
        deck = deck.model_copy(update={"event": deck.event.model_copy(update=event_updates)})
    problems: list[Diagnostic] = _unknown_sources(deck, loaded)
    if brand is not None:  # slides its template cannot take, each at its line
        problems += unusable_slides(brand, loaded, deck)
    project = ProjectFiles(root)
    notes = _read_notes(deck, loaded, project, problems)
    images, image_files = _find_images(deck, loaded, project, problems)
    context = template_context(deck, overrides, brand)
    budget = TimeBudget()
    data = _render_tree(deck.model_dump(), (), loaded, context, problems, budget)
    for holder, (text, origin) in notes.items():
        _holder(data, holder)["notes"] = _shown(text, origin, format_path((*holder, "notes")),
                                                context, problems, budget, multiline=True)
    if typed:
        used = _names_used([deck.model_dump(), [text for text, _ in notes.values()]])
        problems += _unused_values(overrides, used)
    if problems:
        raise WorkshopError(problems)
    notes_files = {(*holder, "notes"): (origin.file, origin.line, _holder(data, holder)["notes"])
                   for holder, (_, origin) in notes.items()}
    # Rendering can empty a required field ("{{ '' }}"): validate the rendered text again.
    deck = validate(loaded, Deck, data)
    chosen = look or (brand.brand.look if brand is not None else None) or deck.look or DEFAULT_LOOK
    return PreparedDeck(deck, path, root, images, loaded, brand, chosen, notes_files,
                        tuple(image_files), tuple(project.named))


def _holder(data: dict[str, Any], path: PathKey) -> dict[str, Any]:
    """Return the mapping at `path` in the deck's data: a slide, a section, the title slide."""
    found: Any = data
    for key in path:
        found = found[key]
    if not isinstance(found, dict):  # `agenda: true` dumped as a bare flag
        raise TypeError(f"no script holder at {path}")
    return found


def template_context(deck: Deck, overrides: dict[str, str],
                     brand: PreparedBrand | None = None) -> dict[str, Any]:
    """Return the variables templates see: only the ones that have a value are defined,
    but for `support_person`, which falls back to the language's wording ("me or tonight's
    support person, at any time") so that a slide naming it reads well at any event.

    Values are passed as data, never rendered themselves: a kit's text appears literally.
    """
    event = {k: v for k, v in deck.event.model_dump().items() if v not in (None, [])}
    context: dict[str, Any] = {**event, "event": event}
    context.setdefault("support_person", word(deck.language, "support_person"))
    context["resources"] = [r.model_dump() for r in deck.event.resources]
    context["deck"] = {k: v for k, v in {"title": deck.title, "subtitle": deck.subtitle}.items()
                       if v is not None}
    if brand is not None:
        kit = brand.brand.model_dump(include={"name", "footer", "contact", "website", "resources"})
        context["brand"] = {k: v for k, v in kit.items() if v not in (None, [])}
    context.update({k: v for k, v in overrides.items() if k != "resources"})  # --resource
    return context


def _names_used(value: Any) -> set[str]:
    """Return the variables every template in `value` (text, or lists and mappings of it)
    reads."""
    if isinstance(value, str):
        return set(names_used(value))
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) \
        else ()
    return set().union(*(_names_used(item) for item in items))


# What --set can name besides the variables a deck's templates read: the event's details.
_SETTABLE = _EVENT_FIELDS | {"deck", "brand"}


def _unused_values(overrides: dict[str, str], used: set[str]) -> list[Diagnostic]:
    """Return a problem for each --set value that nothing takes, naming the closest name
    that something does; `resources` is a list, which --resource gives."""
    problems = []
    for name in overrides:
        if name == "resources":
            message = ("local resources are a list of names and details: give each with "
                       "--resource \"Name: detail\" (repeat it for more)")
        elif name in _SETTABLE or name in used:
            continue
        else:
            close = difflib.get_close_matches(name.lower(), sorted(_SETTABLE | used), n=1)
            message = (f"nothing in this deck uses '{name}'" + (
                f": did you mean '{close[0]}'?" if close else
                f"; the event's details are {', '.join(sorted(_EVENT_FIELDS))}"))
        problems.append(Diagnostic(_COMMAND_LINE, 1, 1, name, message))
    return problems


def _unknown_sources(deck: Deck, loaded: LoadedYaml) -> list[Diagnostic]:
    """Return an error for each `source` (of a slide or the handout) that looks like a key but
    names no source.

    A source written as a bare key (`guide`, `ncmec-blog`), alone or in a list, must be
    defined under `sources`: a typo would otherwise print the key itself on the slide.
    """
    problems = []
    known = ", ".join(sorted(deck.sources)) or "none defined"
    attributed: list[tuple[PathKey, Attribution]] = [
        (("sections", i, "slides", j, "source"), slide.source)
        for i, section in enumerate(deck.sections) for j, slide in enumerate(section.slides)]
    if deck.handout is not None:
        attributed.append((("handout", "source"), deck.handout.source))
    for path, source in attributed:
        listed = isinstance(source, list)
        for k, key in enumerate(source if isinstance(source, list) else [source]):
            if key and _SOURCE_KEY.fullmatch(key) and key not in deck.sources:
                message = f"unknown source '{key}' (sources: {known})"
                problems.append(loaded.diagnostic((*path, k) if listed else path, message))
    return problems


def _read_notes(
    deck: Deck, loaded: LoadedYaml, project: ProjectFiles, problems: list[Diagnostic]
) -> dict[PathKey, tuple[str, _Origin]]:
    """Return the notes text of every slide that has some (the title slide, the agenda,
    section headers and content slides), by the outline path of its holder, and where the
    text starts: a Markdown file or the outline."""
    found: dict[PathKey, tuple[str, _Origin]] = {}
    for path, holder in deck.scripts():
        if holder.notes is None:
            continue
        key: PathKey = (*path, "notes")
        pos = loaded.position(key)
        if holder.notes.strip().endswith(".md") and "\n" not in holder.notes.strip():
            try:
                file = project.resolve(holder.notes.strip())
                text = _read_text(file)
            except (ValueError, OSError) as exc:
                message = str(exc) if isinstance(exc, ValueError) else f"cannot read: {exc}"
                problems.append(loaded.diagnostic(key, message))
                continue
            found[path] = (text, _Origin(display_path(file), 1, 1))
        else:
            col = 1 if pos.block else pos.col
            found[path] = (holder.notes, _Origin(pos.file, pos.first_text_line, col,
                                                 pos.folded_lines))
    return found


def _read_text(file: Path) -> str:
    """Return a notes file's text; raise ValueError, naming the file, when it is too big to
    be notes or is not UTF-8."""
    size = file.stat().st_size
    if size > NOTES_FILE_BYTES:
        raise ValueError(f"{display_path(file)} is {size:,} bytes; notes are at most "
                         f"{NOTES_FILE_BYTES:,}")
    data = file.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ValueError(f"{display_path(file)} is not UTF-8 text (byte 0x{data[exc.start]:02X} "
                         f"on line {line}); save it as UTF-8") from None


def _find_images(
    deck: Deck, loaded: LoadedYaml, project: ProjectFiles, problems: list[Diagnostic]
) -> tuple[dict[tuple[int, int], Image], list[Path]]:
    """Return the picture file of every slide whose type shows one (its `picture` field),
    checked and re-encoded, and the files read."""
    images: dict[tuple[int, int], Image] = {}
    files: list[Path] = []
    for i, section in enumerate(deck.sections):
        for j, slide in enumerate(section.slides):
            field = slide_type(slide).picture
            named = getattr(slide, field) if field is not None else None
            if named is not None:
                key: PathKey = ("sections", i, "slides", j, field)
                try:
                    file = project.resolve(named)
                    images[(i, j)] = read_image(file)
                    files.append(file)
                except ValueError as exc:
                    problems.append(loaded.diagnostic(key, str(exc)))
    return images, files


def _render_tree(
    value: Any, path: PathKey, loaded: LoadedYaml, context: dict[str, Any] | None,
    problems: list[Diagnostic], budget: TimeBudget,
) -> Any:
    """Return `value` with every prose string rendered as a template (none where `context`
    is None: data) and made fit to show."""
    if isinstance(value, dict):
        return {
            k: v if k in _LITERAL_FIELDS else _render_tree(
                v, (*path, k), loaded, None if k in _DATA_FIELDS else context, problems, budget)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_render_tree(v, (*path, i), loaded, context, problems, budget)
                for i, v in enumerate(value)]
    if isinstance(value, str):
        pos = loaded.values.get(path)
        origin = (_Origin(pos.file, pos.first_text_line, 1 if pos.block else pos.col,
                          pos.folded_lines) if pos else _Origin(_COMMAND_LINE, 1, 1))
        return _shown(value, origin, format_path(path), context, problems, budget)
    return value


def _shown(text: str, origin: _Origin, where: str, context: dict[str, Any] | None,
           problems: list[Diagnostic], budget: TimeBudget, *, multiline: bool = False) -> str:
    """Return `text` rendered with `context` (unless it is None, within the deck's time
    `budget`) and made fit to show, at the text boundary; record why it could not be, and
    return the text itself then. That the deck's templates ran out of time is said once."""
    if context is not None:
        try:
            text = render_text(text, context, budget, notes=multiline)
        except TemplateProblem as problem:
            if problem.spent and any(p.message == problem.message for p in problems):
                return text
            line = origin.line_of(problem.line)
            col = origin.col if problem.line == 1 else 1
            problems.append(Diagnostic(origin.file, line, col, where, problem.message))
            return text
    message, shown = _fit_to_show(text, multiline)
    if message:
        problems.append(Diagnostic(origin.file, origin.line, origin.col, where, message))
    return shown


def _made_fit_to_show(text: str, multiline: bool) -> tuple[str | None, str]:
    """Return why `text` is too long to show (None when it is not) and the text as shown."""
    return too_long(text, multiline=multiline), shown_text(text, multiline=multiline)


# A batch or season renders one outline's few hundred strings for every deck, mostly the same.
_fit_to_show = Cache("texts as shown", 20_000).remembered(_made_fit_to_show)
