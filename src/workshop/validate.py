"""Turn loaded YAML into a validated model, with pydantic's errors located in the file."""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from workshop.errors import Diagnostic, WorkshopError
from workshop.loader import LoadedYaml, PathKey, format_path
from workshop.model import field_names_at

ModelT = TypeVar("ModelT", bound=BaseModel)

_MESSAGES = {
    "string_type": "expected text",
    "list_type": "expected a list",
    "dict_type": "expected a mapping of keys to values",
    "model_type": "expected a mapping of keys to values",
    "model_attributes_type": "expected a mapping of keys to values",
    "int_parsing": "expected a whole number",
    "int_type": "expected a whole number",
    "int_from_float": "expected a whole number",
    "float_parsing": "expected a number",
    "float_type": "expected a number",
    "bool_parsing": "expected true or false",
    "bool_type": "expected true or false",
}


def validate(loaded: LoadedYaml, model: type[ModelT], data: Any = None) -> ModelT:
    """Return `loaded.data` (or `data` shaped like it) as `model`; raise WorkshopError with
    every problem located in the file."""
    if data is None:
        data = loaded.data if loaded.data is not None else {}
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise WorkshopError(_diagnostics(loaded, data, exc, model)) from None


def _diagnostics(loaded: LoadedYaml, data: Any, exc: ValidationError,
                 model: type[BaseModel]) -> list[Diagnostic]:
    """Return one diagnostic per distinct problem, located at the value or key concerned."""
    found: dict[tuple[PathKey, str], Diagnostic] = {}
    errors = [(error, *_data_path(data, error["loc"])) for error in exc.errors(include_url=False)]
    deeper = {path[:n] for _, path, _ in errors for n in range(len(path))}
    for error, path, unmatched in errors:
        kind = error["type"]
        if kind.endswith("_type") and path in deeper:
            # A value of a union ({en: ..., es: ...} or text) that has the shape of one member
            # fails the others' types too; its problems inside are the ones to report.
            continue
        if kind == "extra_forbidden":
            position = loaded.position(path, key=True)
            message = f"unknown key '{path[-1]}'{_did_you_mean(model, path)}"
            where, key = format_path(path[:-1]), "extra"
        elif kind == "missing":
            position = loaded.position(path)
            name = unmatched[-1] if unmatched else "?"
            where, message, key = format_path(path), f"missing required key '{name}'", f"{name}"
        else:
            position = loaded.position(path)
            where, message, key = format_path(path), _message(error), ""
        if (path, key) in found:
            continue  # one value failing several members of a union: report it once
        found[(path, key)] = Diagnostic(position.file, position.line, position.col, where, message)
    return list(found.values())


def _data_path(data: Any, loc: tuple[Any, ...]) -> tuple[PathKey, list[Any]]:
    """Return the part of pydantic's `loc` that exists in `data`, and the parts that do not.

    pydantic puts union member names (`bullets`, `str`) into locations; they do not exist in
    the data and are skipped. A missing key is the last part that does not exist.
    """
    path: list[str | int] = []
    unmatched: list[Any] = []
    current = data
    for k, part in enumerate(loc):
        if k >= 2 and loc[k - 2] == "slides" and isinstance(loc[k - 1], int):
            continue  # the slide's layout, which pydantic names as the union member
        in_mapping = isinstance(current, dict) and part in current
        in_list = isinstance(current, list) and isinstance(part, int) and part < len(current)
        if in_mapping or in_list:
            path.append(part)
            current = current[part]
        else:
            unmatched.append(part)
    return tuple(path), unmatched


def _did_you_mean(model: type[BaseModel], path: PathKey) -> str:
    """Return a hint naming the key closest to the mistyped one at `path` among those its
    place takes (never the key itself, valid somewhere else), or nothing."""
    key = str(path[-1])
    allowed = sorted(field_names_at(model, path[:-1]) - {key})
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _message(error: dict[str, Any]) -> str:
    """Return pydantic's message in the outline's words."""
    kind = error["type"]
    ctx = error.get("ctx", {})
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    if kind == "string_unicode":
        return ("contains a lone surrogate (an escape such as \\ud800 that is half a "
                "character); remove it")
    if kind == "string_pattern_mismatch" and "#" in str(ctx.get("pattern", "")):
        return 'expected a colour written as "#RRGGBB", in quotes'
    if kind == "union_tag_invalid":
        return f"unknown layout '{ctx.get('tag')}' (choose from {ctx.get('expected_tags')})"
    if kind == "literal_error":
        return f"expected {ctx.get('expected')}"
    if kind == "too_short":
        return f"expected at least {ctx.get('min_length')} item(s)"
    if kind == "too_long":
        return f"expected at most {ctx.get('max_length')} item(s)"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"text of more than {ctx.get('max_length'):,} characters"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return error["msg"][0].lower() + error["msg"][1:]
