"""Brand kits: read, check (colours, contrast, logo, fonts, template) and prepare once.

A prepared kit holds everything a build needs, so a batch loads each kit a single time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from pathlib import Path

from workshop.contrast import (
    BODY_TEXT_MINIMUM,
    GRAPHICS_MINIMUM,
    LARGE_TEXT_MINIMUM,
    contrast_ratio,
)
from workshop.errors import Diagnostic, Severity, WorkshopError
from workshop.files import digests
from workshop.images import Image, read_image
from workshop.loader import LoadedYaml, load_yaml
from workshop.metrics import font_family, is_font_name
from workshop.model import Brand, Deck, Resource
from workshop.paths import named_in_project, real, resolve_in_project
from workshop.session import Cache
from workshop.slide_types.registry import BY_KEY, TYPES, slide_type
from workshop.system_fonts import METRIC_COMPATIBLE
from workshop.text_clean import clean_text, shown_text, too_long
from workshop.validate import validate


@dataclass(frozen=True)
class PreparedBrand:
    """A checked brand kit with its logo decoded and its template located."""

    brand: Brand
    source: Path
    logo: Image | None
    template: Path | None
    warnings: tuple[Diagnostic, ...] = ()
    logo_path: Path | None = None
    loaded: LoadedYaml | None = None  # the kit's YAML, to locate findings about its values
    # The kit, its logo and its template as named (a link's own name, not its target): what
    # tells a later run that a file changed, or that a link now points elsewhere.
    named_files: tuple[Path, ...] = ()
    # The slide types the kit's template gives no layout of its own that can take them
    # (key, why): a deck with such slides cannot be built with the kit (see unusable_slides).
    unusable: tuple[tuple[str, str], ...] = ()

    language: str | None = None  # the language its text is shown in (see in_language)
    # in_language's answers, kept: a deck's template is branded once per kit object, and a
    # batch shows one kit in a language again and again.
    _shown: dict[str, PreparedBrand] = field(default_factory=dict, compare=False, repr=False)

    def position(self, key: str) -> tuple[str, int, int] | None:
        """Return the file, line and column of the kit's value `key` (of its text in the
        kit's shown language, when it is given per language), if known."""
        if self.loaded is None:
            return None
        value = self.loaded.data.get(key) if isinstance(self.loaded.data, dict) else None
        path: tuple[str, ...] = (key,)
        if isinstance(value, dict) and self.language in value:
            path = (key, self.language)
        pos = self.loaded.position(path)
        return pos.file, pos.line, pos.col

    @property
    def name(self) -> str:
        """Return the kit's file name without its extension."""
        return self.source.stem

    def in_language(self, language: str) -> PreparedBrand:
        """Return the kit as a deck in `language` shows it: each text given per language
        (footer, contact, support person, resources) as that language's, with a warning at
        the kit's line for each one that falls back to text in another language."""
        shown = self._shown.get(language)
        if shown is None:
            shown = self._shown[language] = self._shown_in(language)
        return shown

    def _shown_in(self, language: str) -> PreparedBrand:
        """Return what in_language returns, made."""
        brand, update, warnings = self.brand, {}, []
        for key in LOCALIZED_FIELDS:
            value = getattr(brand, key)
            shown, fell_back_to = localized(value, brand.language, language)
            if isinstance(value, dict):
                update[key] = shown
            if fell_back_to is not None:
                warnings.append(self._fallback(key, fell_back_to, language))
        return replace(self, brand=brand.model_copy(update=update),
                       warnings=(*self.warnings, *warnings), language=language, _shown={})

    def _fallback(self, key: str, shown: str, wanted: str) -> Diagnostic:
        """Return the warning that the kit's `key` has no `wanted`-language text."""
        file, line, col = self.position(key) or (str(self.source), 1, 1)
        names = {"en": "English", "es": "Spanish"}
        return Diagnostic(file, line, col, key, f"the kit's {key.replace('_', ' ')} has no "
                          f"{names[wanted]} text, so the {names[wanted]} deck shows its "
                          f"{names[shown]} text; add its {names[wanted]} text (on the kit's "
                          f"page in the studio, or in the kit as {key}: "
                          f"{{{shown}: ..., {wanted}: ...}})", Severity.WARNING, code="K602")


# Kit text a deck shows in its own language: given once (in the kit's `language`) or per
# language.
LOCALIZED_FIELDS = ("footer", "contact", "support_person", "resources")


def localized(value: object, kit_language: str, language: str) -> tuple[object, str | None]:
    """Return a kit's text (one for every deck, or one per language, {en: ..., es: ...}) as
    a deck in `language` shows it, and the language of the text shown when it is not
    `language` (None when it is, or when there is no text): a plain text is the kit's own
    language's; a mapping without `language` falls back to the kit's language, else its
    first."""
    if not isinstance(value, dict):
        return value, (kit_language if value and language != kit_language else None)
    if language in value:
        return value[language], None
    fallback = kit_language if kit_language in value else next(iter(value))
    return value[fallback], fallback


def prepare_brand(path: Path) -> PreparedBrand:
    """Return the kit at `path`, checked; raise WorkshopError listing every problem.

    A kit is prepared once per build session, and again when the bytes of the kit, its logo
    or its template have changed since (their bytes, not their time stamps: a file rewritten
    within one tick of the clock, or put back with its old time, is still seen).
    """
    resolved = real(path)
    cached = _KITS.get(resolved)
    if cached is not None and digests(cached[0]) == cached[1]:
        return cached[2]
    kit_digest = digests([resolved])  # before reading: a change while it is read shows next time
    prepared = _prepare(path)
    # By name: a logo linked to another picture since has another file behind its name.
    files = [resolved, *prepared.named_files[1:]]
    _KITS.keep(resolved, (files, kit_digest + digests(files[1:]), prepared))
    return prepared


# Prepared kits by resolved path: the files each was made from, their digests, and the kit.
_KITS = Cache("prepared kits by path", 64)


def _prepare(path: Path) -> PreparedBrand:
    loaded = load_yaml(path)
    problems = _unquoted_colours(loaded)
    if problems:
        raise WorkshopError(problems)
    brand, problems = _shown(validate(loaded, Brand), loaded)
    problems += contrast_problems(brand, loaded)
    folder = real(path).parent
    logo = logo_path = template = None
    unusable: dict[str, str] = {}
    named = [path, *(named_in_project(folder, text) for text in (brand.logo, brand.template)
                     if text is not None)]
    if brand.logo is not None:
        try:
            logo_path = resolve_in_project(folder, brand.logo)
            logo = read_image(logo_path)
        except ValueError as exc:
            problems.append(loaded.diagnostic(("logo",), str(exc)))
    if brand.template is not None:
        try:
            template = resolve_in_project(folder, brand.template)
        except ValueError as exc:
            problems.append(loaded.diagnostic(("template",), str(exc)))
        else:
            found, unusable = _template_problems(template, brand, loaded)
            problems += found
    if problems:
        raise WorkshopError(problems)
    at = loaded.position(("template",))
    warnings = (accent_warnings(brand, loaded) + font_warnings(brand, loaded)
                + [Diagnostic(at.file, at.line, at.col, "template",
                              f"a deck with {key} slides cannot be built with this kit: {why}",
                              Severity.WARNING, code="K604") for key, why in unusable.items()])
    return PreparedBrand(brand, path, logo, template, tuple(warnings), logo_path,
                         loaded, tuple(named), tuple(unusable.items()))


# Kit text that slides and documents show, through the text boundary like an outline's.
_SHOWN_FIELDS = ("name", "footer", "contact", "support_person")


def _shown(brand: Brand, loaded: LoadedYaml) -> tuple[Brand, list[Diagnostic]]:
    """Return the kit with the text it shows made fit to show (cleaned, one line, curly
    quotes), and an error at its line for each value too long or each font name unusable."""
    problems: list[Diagnostic] = []

    def shown(path: tuple[str | int, ...], value: str, required: bool = True) -> str | None:
        message = too_long(value)
        if message:
            problems.append(loaded.diagnostic(path, message))
        text = shown_text(value)
        if not text and required:  # only invisible or control characters: nothing to show
            problems.append(loaded.diagnostic(path, "must not be empty"))
        return text or None

    update: dict[str, object] = {}
    for key in _SHOWN_FIELDS:
        value = getattr(brand, key)
        if isinstance(value, str):
            update[key] = shown((key,), value, required=key == "name")
        elif isinstance(value, dict):  # one per language
            update[key] = {language: shown((key, language), text)
                           for language, text in value.items()}
    for key in ("website", "feedback"):  # addresses: cleaned, but their quotes left alone
        if isinstance(value := getattr(brand, key), str):
            update[key] = clean_text(value, multiline=False)

    def shown_resources(resources: list[Resource], *path: str | int) -> list[Resource]:
        return [r.model_copy(update={"name": shown((*path, n, "name"), r.name),
                                     "detail": shown((*path, n, "detail"), r.detail)})
                for n, r in enumerate(resources)]

    update["resources"] = (
        {language: shown_resources(items, "resources", language)
         for language, items in brand.resources.items()}
        if isinstance(brand.resources, dict) else shown_resources(brand.resources, "resources"))
    if brand.fonts is not None:
        for role in ("heading", "body"):
            name = getattr(brand.fonts, role)
            if not is_font_name(name):
                problems.append(loaded.diagnostic(("fonts", role), f"'{clean_text(name)[:64]}' "
                                                  "is not a font name (letters, digits, spaces "
                                                  "and . ' & + -)"))
        heading = HEADING_STAND_INS.get(brand.fonts.heading.strip().lower())
        if heading is not None:
            update["fonts"] = brand.fonts.model_copy(update={"heading": heading})
    return brand.model_copy(update=update), problems


# Heading faces that read poorly from the back of a room, and the face set instead (design
# system, section 3). The design names Georgia; Georgia is not free, and where it is missing
# (LibreOffice on Linux, the studio's renderer) it falls back to a much wider face, so the
# slides would not be what the fit model measured. Cambria, like Georgia a serif with a larger
# x-height than Times, is measured and rendered alike through its metric twin Caladea.
HEADING_STAND_INS = {"times new roman": "Cambria", "times": "Cambria"}


def _template_problems(template: Path, brand: Brand, loaded: LoadedYaml
                       ) -> tuple[list[Diagnostic], dict[str, str]]:
    """Return an error for each reason the organization's template cannot be used at all, and
    for each layout the kit maps that cannot take its slides; and, by slide type, why the
    template gives no layout of its own for it (a deck without such slides is built)."""
    # Only a kit with a template of its own needs python-pptx, to open it: a kit without one
    # is prepared without loading it.
    from workshop.theme.layouts import check_template

    problems, unusable = [], {}
    for key, message in check_template(template, brand.layouts, TYPES).items():
        if key == "template":  # the file itself
            problems.append(loaded.diagnostic(("template",), message))
        elif key not in brand.layouts:
            unusable[key] = message
        else:  # an unknown layout name is located at its key, a bad mapping at its value
            path = ("layouts", key)
            problems.append(loaded.diagnostic(path, message, key=key not in BY_KEY))
    return problems, unusable


def unusable_slides(prepared_brand: PreparedBrand, loaded: LoadedYaml, deck: Deck
                    ) -> list[Diagnostic]:
    """Return an error at each slide of `deck` (its outline `loaded`) whose type the kit's
    template gives no layout for (see PreparedBrand.unusable): the title slide at the
    deck's title, the agenda at its key, a section's divider at its section."""
    unusable = dict(prepared_brand.unusable)
    if not unusable:
        return []
    found = []

    def say(path: tuple, key: str) -> None:
        found.append(loaded.diagnostic(path, f"the kit's template cannot take {key} slides: "
                                       f"{unusable[key]}"))

    if "title" in unusable:
        say(("title",), "title")
    if deck.agenda_script is not None and "agenda" in unusable:
        say(("agenda",), "agenda")
    for i, section in enumerate(deck.sections):
        if deck.shows_divider(i) and "section" in unusable:
            say(("sections", i), "section")
        for j, slide in enumerate(section.slides):
            key = slide_type(slide).key
            if key in unusable:
                say(("sections", i, "slides", j), key)
    return found


def _unquoted_colours(loaded: LoadedYaml) -> list[Diagnostic]:
    """Return an error for each colour left empty because an unquoted `#` began a comment."""
    colours = loaded.data.get("colors") if isinstance(loaded.data, dict) else None
    if not isinstance(colours, dict):
        return []
    return [
        loaded.diagnostic(("colors", key),
                          "colors must be quoted, as \"#1F4E79\": an unquoted # starts a YAML "
                          "comment, so this value is empty")
        for key, value in colours.items() if value is None
    ]


@dataclass(frozen=True)
class ColourPair:
    """Two of a kit's colours, the `foreground` one drawn on the other: the least contrast
    WCAG asks of them, for what (`use`), and whether falling short fails the kit (text) or
    only warns (graphics: see accent_warnings)."""

    foreground: str
    background: str
    minimum: float
    use: str
    fails: bool = True


# The kit's colours the decks draw on one another: what prepare_brand checks and the kit page
# shows as they are chosen.
KIT_PAIRS = (
    ColourPair("text", "background", BODY_TEXT_MINIMUM, "body text"),
    ColourPair("background", "primary", LARGE_TEXT_MINIMUM,
               "title text on the title slide's fill"),
    ColourPair("accent", "background", GRAPHICS_MINIMUM, "chart slices, icons and rules",
               fails=False),
)


def contrast_problems(brand: Brand, loaded: LoadedYaml | None = None) -> list[Diagnostic]:
    """Return an error for each pair of the kit's colours that text is set in (KIT_PAIRS)
    below WCAG AA contrast."""
    colors = brand.colors
    problems = []
    for pair in (pair for pair in KIT_PAIRS if pair.fails):
        name = pair.foreground
        foreground, background = getattr(colors, name), getattr(colors, pair.background)
        ratio = contrast_ratio(foreground, background)
        if ratio < pair.minimum:
            shown = math.floor(ratio * 100) / 100  # never round a failing ratio up to the minimum
            message = (f"{name} {foreground} on {pair.background} {background} has a contrast "
                       f"of {shown:.2f}:1; {pair.use} needs at least {pair.minimum:g}:1 "
                       "(WCAG AA)")
            if loaded is None:
                problems.append(Diagnostic("", 1, 1, f"colors.{name}", message))
            else:
                problems.append(loaded.diagnostic(("colors", name), message))
    return problems


def accent_warnings(brand: Brand, loaded: LoadedYaml | None = None) -> list[Diagnostic]:
    """Return a warning when the kit's accent has less than 3:1 contrast with its background:
    it draws chart slices, icons and rules there, graphics WCAG 1.4.11 asks 3:1 of. A
    warning, not an error: the deck stays readable (no text is set in the accent on the
    background), and an organization's own gold may be what it must use."""
    colors = brand.colors
    pair = next(pair for pair in KIT_PAIRS if pair.foreground == "accent")
    ratio = contrast_ratio(colors.accent, colors.background)
    if ratio >= pair.minimum:
        return []
    shown = math.floor(ratio * 100) / 100
    message = (f"accent {colors.accent} on background {colors.background} has a contrast of "
               f"{shown:.2f}:1; {pair.use} drawn in it need at least "
               f"{pair.minimum:g}:1 to stand out on a projector (WCAG 1.4.11): a darker "
               "shade of the accent keeps its look")
    if loaded is None:
        return [Diagnostic("", 1, 1, "colors.accent", message, Severity.WARNING, code="K603")]
    pos = loaded.position(("colors", "accent"))
    return [Diagnostic(pos.file, pos.line, pos.col, "colors.accent", message, Severity.WARNING,
                       code="K603")]


def font_warnings(brand: Brand, loaded: LoadedYaml) -> list[Diagnostic]:
    """Return a warning for each kit font this machine lacks, naming LibreOffice's fallback."""
    if brand.fonts is None:
        return []
    warnings = []
    for role in ("heading", "body"):
        wanted = getattr(brand.fonts, role)
        found = font_family(wanted)
        same = (wanted.lower(), METRIC_COMPATIBLE.get(wanted.lower()))
        if found is None or found.lower() in same:
            continue
        pos = loaded.position(("fonts", role))
        warnings.append(Diagnostic(pos.file, pos.line, pos.col, f"fonts.{role}",
                                   f"font '{wanted}' is not installed; LibreOffice will use "
                                   f"'{found}'", Severity.WARNING, code="K601"))
    return warnings

