"""The one Jinja2 environment: every text field and speaker note is a sandboxed template.

Undefined variables are errors (never blanks) located at the file and line of the template.
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

_TEMPLATE_NAME = "<workshop-template>"
_ENV = ImmutableSandboxedEnvironment(
    undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False
)

VARIABLES = {
    "organization": "the hosting organization (event.organization)",
    "presenter": "the facilitator's name (event.presenter)",
    "date": "the event date (event.date)",
    "place": "the venue (event.place)",
    "resources": "local resources: a list of {name, detail} (event.resources)",
    "deck": "the deck's title and subtitle: deck.title, deck.subtitle",
    "brand": "with --brand: brand.name, brand.footer, brand.contact, brand.website, "
             "brand.resources",
}


@dataclass(frozen=True)
class TemplateProblem(Exception):
    """A template that failed: the 1-based line within the template and the message."""

    line: int
    message: str


def render_text(source: str, context: dict[str, Any]) -> str:
    """Return `source` rendered with `context`; raise TemplateProblem when it cannot be."""
    if "{" not in source:
        return source  # most fields hold no template: skip the compile
    try:
        template = _ENV.from_string(source)
        template.name = _TEMPLATE_NAME
        return template.render(context)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.lineno or 1, f"template syntax: {exc.message}") from None
    except UndefinedError as exc:
        raise TemplateProblem(_failing_line(exc), _undefined_message(exc, context)) from None
    except SecurityError as exc:
        raise TemplateProblem(_failing_line(exc), f"not allowed in a template: {exc}") from None
    except TemplateError as exc:
        raise TemplateProblem(_failing_line(exc), f"template error: {exc.message}") from None


def _undefined_message(exc: UndefinedError, context: dict[str, Any]) -> str:
    """Return which variable is undefined, and the ones that are defined."""
    text = exc.message or ""
    name = re.search(r"'([^']+)' is undefined", text) or re.search(r"attribute '([^']+)'", text)
    defined = ", ".join(sorted(context)) or "none"
    what = f"'{name.group(1)}'" if name else text
    return f"undefined variable {what} (defined here: {defined})"


def _failing_line(exc: BaseException) -> int:
    """Return the template line where `exc` was raised, from Jinja's rewritten traceback."""
    line = 1
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename in (_TEMPLATE_NAME, "<template>"):
            line = lineno
    return line
