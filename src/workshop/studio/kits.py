"""A brand kit edited on the studio's kit page: read into a form, checked, saved whole.

A save writes the kit's YAML through ruamel.yaml's round trip, so the comments, the order
of the keys and the flow style of the colours stay as the organization wrote them. The new
kit is checked exactly as `workshop build --brand` checks it (colours and their contrast,
fonts, logo) before it replaces the old one; a kit that fails is not written, and the
page shows why.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from workshop.brand import KIT_PAIRS, prepare_brand
from workshop.errors import Diagnostic, WorkshopError
from workshop.package import write_atomically

COLOURS = ("primary", "accent", "background", "text")
FONTS = ("heading", "body")
TEXTS = ("name", "website", "feedback")
PER_LANGUAGE = ("footer", "contact", "support_person")
LANGUAGES = ("en", "es")
# The pairs the kit page shows with their WCAG contrast, as prepare_brand checks them.
CONTRAST_PAIRS = tuple((pair.foreground, pair.background, pair.minimum, pair.use)
                       for pair in KIT_PAIRS)
# How the kit page names a kit's keys in its messages.
FIELD_LABELS = {
    "name": "Organization name", "colors.primary": "Primary color",
    "colors.accent": "Accent color", "colors.background": "Background color",
    "colors.text": "Text color", "fonts.heading": "Heading font", "fonts.body": "Body font",
    "footer": "Footer", "contact": "Contact line", "support_person": "Support person",
    "website": "Website", "feedback": "Feedback link", "logo": "Logo",
    "resources": "Local resources",
}
LOGO_TYPES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff"}


def _yaml() -> YAML:
    yaml = YAML()  # round trip: comments and styles kept
    yaml.preserve_quotes = True
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)  # lists under a key, as kits are written
    return yaml


def form_of(path: Path) -> dict[str, Any]:
    """Return the kit at `path` as the kit page's form fields; raise WorkshopError with the
    kit's problems when it is not a kit the form can show."""
    data = _editable(path)
    form: dict[str, Any] = {key: str(data.get(key) or "") for key in TEXTS}
    colours, fonts = data.get("colors") or {}, data.get("fonts") or {}
    form.update({f"color_{key}": str(colours.get(key) or "") for key in COLOURS})
    form.update({f"font_{key}": str(fonts.get(key) or "") for key in FONTS})
    # A text given once is in the kit's own language; the other language's field stays empty
    # (its decks show that text, and say so) until the user types one of its own.
    own = str(data.get("language") or "en")
    form["kit_language"] = own
    for key in PER_LANGUAGE:
        value = data.get(key)
        for language in LANGUAGES:
            form[f"{key}_{language}"] = str(
                (value.get(language) if isinstance(value, dict)
                 else value if language == own else "") or "")
    form["per_language"] = {key: isinstance(data.get(key), dict) for key in PER_LANGUAGE}
    resources = data.get("resources") or []
    form["per_language"]["resources"] = isinstance(resources, dict)
    for language in LANGUAGES:
        given = resources.get(language) if isinstance(resources, dict) \
            else resources if language == own else []
        form[f"resources_{language}"] = [(str(item.get("name") or ""),
                                          str(item.get("detail") or ""))
                                         for item in given or [] if isinstance(item, dict)]
    form["logo"] = str(data.get("logo") or "")
    return form


def _editable(path: Path):
    """Return the kit's YAML as ruamel's round-trip data, when it has the shape the page
    edits; else raise WorkshopError with the kit's problems, as `--brand` names them (a kit
    whose values fail their checks, a colour of too little contrast say, is editable)."""
    try:
        data = _yaml().load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, YAMLError):
        data = None
    shaped = isinstance(data, dict) and all(
        isinstance(data.get(key) or {}, dict) for key in ("colors", "fonts")) and isinstance(
        data.get("resources") or [], list | dict)
    if not shaped:
        prepare_brand(path)  # raises, naming what is wrong where
        raise WorkshopError([Diagnostic(str(path), 1, 1, "", "the kit is not the mapping of "
                                        "keys a kit is")])
    return data


def form_values(form) -> dict[str, Any]:
    """Return the kit page's posted fields, trimmed (the form's own shape)."""
    def text(name: str) -> str:
        value = form.get(name)
        return value.strip() if isinstance(value, str) else ""

    values: dict[str, Any] = {key: text(key) for key in TEXTS}
    values.update({f"color_{key}": _hex(text(f"color_{key}")) for key in COLOURS})
    values.update({f"font_{key}": text(f"font_{key}") for key in FONTS})
    values.update({f"{key}_{language}": text(f"{key}_{language}")
                   for key in PER_LANGUAGE for language in LANGUAGES})
    # Per language when the kit was, or once the other language's text is typed in its field.
    own = text("kit_language") if text("kit_language") in LANGUAGES else "en"
    other = next(language for language in LANGUAGES if language != own)
    values["kit_language"] = own
    values["per_language"] = {key: text(f"{key}_per_language") == "yes"
                              or bool(text(f"{key}_{other}")) for key in PER_LANGUAGE}
    for language in LANGUAGES:
        names = form.getlist(f"resource_{language}_name")
        details = form.getlist(f"resource_{language}_detail")
        values[f"resources_{language}"] = [
            (name.strip(), detail.strip()) for name, detail in zip(names, details, strict=False)
            if isinstance(name, str) and isinstance(detail, str)
            and (name.strip() or detail.strip())]
    values["per_language"]["resources"] = (text("resources_per_language") == "yes"
                                           or bool(values[f"resources_{other}"]))
    values["logo"] = text("logo")
    return values


def _hex(value: str) -> str:
    """Return a color as a kit writes it, "#1F4E79", when typed with or without its "#"."""
    bare = value.removeprefix("#")
    if len(bare) == 6 and all(c in "0123456789abcdefABCDEF" for c in bare):
        return f"#{bare}"
    return value  # anything else is checked, and refused, as the command line refuses it


def save(path: Path, values: dict[str, Any], logo: bytes | None,
         logo_name: str | None) -> list[Diagnostic]:
    """Write the kit at `path` with the form's `values` (and a new logo, saved beside it);
    return the problems that kept it from being written (none: it was written)."""
    yaml = _yaml()
    data = _editable(path)
    _apply_fields(data, values)
    _apply_resources(data, values)
    new_logo: Path | None = None
    if logo is not None:
        problem = _logo_problem(logo, logo_name)
        if problem:
            return [Diagnostic(str(path), 1, 1, "logo", problem)]
        new_logo = path.with_name(f"{path.stem}-logo{Path(logo_name or '').suffix.lower()}")
        data["logo"] = new_logo.name
    out = io.StringIO()
    yaml.dump(data, out)
    text = out.getvalue()
    problems = _check(path, text, logo, new_logo)
    if problems:
        return problems
    if new_logo is not None and logo is not None:
        write_atomically(new_logo, logo)
    write_atomically(path, text.encode("utf-8"))
    return []


def _apply_fields(data, values: dict[str, Any]) -> None:
    """Set the kit's names, colours, fonts and per-language texts from the form."""
    for key in TEXTS:
        _set(data, key, values[key])
    colours = data.setdefault("colors", {})
    for key in COLOURS:
        colours[key] = values[f"color_{key}"]
    if any(values[f"font_{key}"] for key in FONTS):
        fonts = data.setdefault("fonts", {})
        for key in FONTS:
            _set(fonts, key, values[f"font_{key}"])
    for key in PER_LANGUAGE:
        if not values["per_language"][key]:
            _set(data, key, values[f"{key}_{values['kit_language']}"])
            continue
        given = {language: values[f"{key}_{language}"] for language in LANGUAGES
                 if values[f"{key}_{language}"]}
        existing = data.get(key)
        if isinstance(existing, dict):
            for language in LANGUAGES:
                _set(existing, language, given.get(language, ""))
        else:
            _set(data, key, given or "")


def _apply_resources(data, values: dict[str, Any]) -> None:
    """Set the kit's local resources from the form's rows, one resource a line."""
    def rows(language: str) -> CommentedSeq:
        items = CommentedSeq()
        for name, detail in values[f"resources_{language}"]:
            item = CommentedMap(name=name, detail=detail)
            item.fa.set_flow_style()
            items.append(item)
        return items

    if values["per_language"]["resources"]:
        resources = data.get("resources")
        if not isinstance(resources, dict):
            resources = data["resources"] = CommentedMap()
        for language in LANGUAGES:
            _set(resources, language, rows(language))
    else:
        _set(data, "resources", rows(values["kit_language"]))


def _set(mapping, key: str, value: Any) -> None:
    """Set `key` to `value`, or remove it when the value is empty."""
    if value:
        mapping[key] = value
    elif key in mapping:
        del mapping[key]


def _logo_problem(data: bytes, name: str | None) -> str | None:
    """Return why an uploaded logo cannot be used, or None."""
    if Path(name or "").suffix.lower() not in LOGO_TYPES:
        return "the logo must be a PNG, JPEG, GIF, BMP or TIFF file"
    return None


def cautions(path: Path) -> list[Diagnostic]:
    """Return the warnings `workshop build --brand` gives the kit at `path` (an accent too
    light for charts, a font this machine lacks); none when it cannot be read at all."""
    try:
        return list(prepare_brand(path).warnings)
    except WorkshopError:
        return []


def _check(path: Path, text: str, logo: bytes | None,
           new_logo: Path | None) -> list[Diagnostic]:
    """Return the problems of the kit `text` as `workshop build --brand` finds them,
    named at the kit's own file; the kit is checked from a copy beside it (with the new
    logo, when one was uploaded), which is removed again."""
    folder = path.parent
    written: list[Path] = []
    try:
        handle, name = tempfile.mkstemp(prefix=".studio-", suffix=".yaml", dir=folder)
        os.close(handle)
        trial = Path(name)
        written.append(trial)
        if logo is not None and new_logo is not None:
            handle, logo_name = tempfile.mkstemp(prefix=".studio-", suffix=new_logo.suffix,
                                                 dir=folder)
            os.close(handle)
            Path(logo_name).write_bytes(logo)
            written.append(Path(logo_name))
            text = text.replace(new_logo.name, Path(logo_name).name)
        trial.write_text(text, encoding="utf-8")
        try:
            prepare_brand(trial)  # the logo decoded and checked as the command line does
        except WorkshopError as exc:
            return [Diagnostic(str(path), d.line, d.col, d.where, _named(d.message, written,
                                                                         path, new_logo),
                               d.severity, code=d.code) for d in exc.diagnostics]
        return []
    finally:
        for file in written:
            file.unlink(missing_ok=True)


def _named(message: str, trial_files: list[Path], kit: Path, logo: Path | None) -> str:
    """Return a trial copy's message with the names the user knows: the kit's, the logo's."""
    for trial, real in zip(trial_files, (kit, logo), strict=False):
        if real is not None:
            message = message.replace(trial.name, real.name)
    return message


def new_kit(brands: Path, name: str, source: Path | None = None) -> Path:
    """Write a new kit for the organization `name` in the folder `brands` and return its
    file: a kit to fill in, or with `source` that kit's look (colors, fonts, look and logo
    plate), none of its organization's own details (logo, footer, contact, support person,
    website, feedback, resources), which are another organization's. Raise ValueError,
    writing nothing, when the name makes no file name or its file is there already."""
    from workshop.events import safe_name
    from workshop.scaffold import starter_kit

    name = " ".join(name.split())
    stem = safe_name(name.lower()) if name else ""
    if not stem or stem == "event":
        raise ValueError("give the organization's name, e.g. Lincoln Middle School PTA")
    target = brands / f"{stem}.yaml"
    if target.exists() or brands.joinpath(f"{stem}.yml").exists():
        raise ValueError(f"there is a kit called {stem} already: open it from the start "
                         "page, or give another name")
    text = starter_kit(stem, name)
    if source is not None:
        yaml, data = _yaml(), _yaml().load(text)
        original = _editable(source)
        for key in ("colors", "fonts", "look", "logo_plate"):
            if original.get(key) is not None:
                data[key] = original[key]
        out = io.StringIO()
        yaml.dump(data, out)
        text = out.getvalue()
    brands.mkdir(parents=True, exist_ok=True)
    problems = _check(target, text, None, None)
    if problems:  # a copy of a kit that does not pass: said as the kit page says it
        raise ValueError("; ".join(p.message for p in problems))
    write_atomically(target, text.encode("utf-8"))
    return target
