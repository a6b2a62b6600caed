"""The one Jinja2 environment: every text field and speaker note is a sandboxed template.

Undefined variables are errors (never blanks) located at the file and line of the template.
"""

from __future__ import annotations

import functools
import re
import signal
import threading
import traceback
from dataclasses import dataclass
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

_TEMPLATE_NAME = "<workshop-template>"
MAX_OUTPUT = 200_000  # characters one field or notes file may render to
TIME_LIMIT = 2.0  # seconds one template may run


class _Limited(ImmutableSandboxedEnvironment):
    """The sandbox, also refusing arithmetic that would build huge values ('a' * 10**9)."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context, operator, left, right):
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise SecurityError("exponent too large")
        if operator == "*":
            sizes = [len(x) for x in (left, right) if isinstance(x, (str, list, tuple))]
            counts = [x for x in (left, right) if isinstance(x, int)]
            if sizes and counts and sizes[0] * abs(counts[0]) > MAX_OUTPUT:
                raise SecurityError(f"the result would be longer than {MAX_OUTPUT:,} characters")
        return super().call_binop(context, operator, left, right)


class _TooSlow(Exception):
    pass


_ENV = _Limited(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)


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
        return _bounded(_compiled(source), context)
    except _TooSlow:
        raise TemplateProblem(1, f"template stopped: it ran longer than {TIME_LIMIT:g} s") from None
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.lineno or 1, f"template syntax: {exc.message}") from None
    except UndefinedError as exc:
        raise TemplateProblem(_failing_line(exc), _undefined_message(exc, context)) from None
    except SecurityError as exc:
        raise TemplateProblem(_failing_line(exc), f"not allowed in a template: {exc}") from None
    except TemplateError as exc:
        raise TemplateProblem(_failing_line(exc), f"template error: {exc.message}") from None


@functools.lru_cache(maxsize=512)
def _compiled(source: str):
    """Return the template compiled from `source`; a batch renders the same notes many times.

    A compiled template holds no state between renders, so it can be shared.
    """
    template = _ENV.from_string(source)
    template.name = _TEMPLATE_NAME
    return template


def _bounded(template, context: dict[str, Any]) -> str:
    """Return the rendered template, stopping it past MAX_OUTPUT characters or TIME_LIMIT."""
    def expire(signum, frame):
        raise _TooSlow

    timed = threading.current_thread() is threading.main_thread() and hasattr(signal,
                                                                              "setitimer")
    if timed:
        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, TIME_LIMIT)
    try:
        parts, size = [], 0
        for chunk in template.generate(context):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise SecurityError(f"the output would be longer than {MAX_OUTPUT:,} characters")
            parts.append(chunk)
        return "".join(parts)
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


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
