"""The one Jinja2 environment: every text field and speaker note is a sandboxed template.

Undefined variables are errors (never blanks) located at the file and line of the template.
Every failure of a template, whatever Python raises inside it, becomes a TemplateProblem;
a template is bounded in time (TIME_LIMIT), output (MAX_OUTPUT) and, where the system lets
a process cap its own address space, memory (MEMORY_HEADROOM beyond what it already uses).
Nothing random is offered: the same inputs give the same deck.
"""

from __future__ import annotations

import contextlib
import ctypes
import re
import signal
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError, meta
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from workshop.notes_text import escape_notes
from workshop.session import Cache

_TEMPLATE_NAME = "<workshop-template>"
MAX_OUTPUT = 200_000  # characters one field or notes file may render to
TIME_LIMIT = 2.0  # seconds one template may run
TOTAL_TIME_LIMIT = 10.0  # seconds all the templates of one deck may run together
MEMORY_HEADROOM = 512 * 1024 * 1024  # bytes of address space one template may add


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


# A value printed as Python shows it would carry a memory address ("<function ... at 0x7f...>")
# that differs from run to run: such a value is refused, so a deck is the same every time.
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _printable(value: Any) -> Any:
    """Return `value` for printing; raise SecurityError when it would print an address."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if _ADDRESS.search(str(value)):
        raise SecurityError(f"cannot print a {type(value).__name__}: call it, or print one of "
                            "its values")
    return value


def _printable_in_notes(value: Any) -> Any:
    """Return `value` for printing into speaker notes: as _printable does, with the notes'
    markup characters of a printed text escaped (an events cell is shown, never read)."""
    value = _printable(value)
    return escape_notes(value) if isinstance(value, str) else value


_ENV = _Limited(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False,
                finalize=_printable)
_NOTES_ENV = _Limited(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False,
                      finalize=_printable_in_notes)
# Randomness would make two builds of one outline differ.
for _environment in (_ENV, _NOTES_ENV):
    del _environment.filters["random"]
    del _environment.globals["lipsum"]


@dataclass(frozen=True)
class TemplateProblem(Exception):
    """A template that failed: the 1-based line within the template and the message; `spent`
    when it was not run, or was stopped, because the deck's templates had used their time."""

    line: int
    message: str
    spent: bool = False


class TimeBudget:
    """The time the templates of one deck may take together (TOTAL_TIME_LIMIT): each template
    gets TIME_LIMIT or what is left, whichever is less."""

    def __init__(self, seconds: float = TOTAL_TIME_LIMIT):
        self.deadline = time.monotonic() + seconds

    def left(self) -> float:
        """Return the seconds left, 0 when none are."""
        return max(self.deadline - time.monotonic(), 0.0)


_SPENT = f"templates stopped: together they ran longer than {TOTAL_TIME_LIMIT:g} s"


def render_text(source: str, context: dict[str, Any], budget: TimeBudget | None = None,
                notes: bool = False) -> str:
    """Return `source` rendered with `context`, within `budget` (the deck's, when given);
    for speaker `notes`, what it prints is escaped for the notes' markup (see notes_text);
    raise TemplateProblem when it cannot be."""
    if "{" not in source:
        return source  # most fields hold no template: skip the compile
    limit = TIME_LIMIT if budget is None else min(TIME_LIMIT, budget.left())
    if limit <= 0:
        raise TemplateProblem(1, _SPENT, spent=True)
    try:
        return _bounded(source, context, limit, notes)
    except _TooSlow:
        if limit < TIME_LIMIT:
            raise TemplateProblem(1, _SPENT, spent=True) from None
        raise TemplateProblem(1, f"template stopped: it ran longer than {TIME_LIMIT:g} s") from None
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.lineno or 1, f"template syntax: {exc.message}") from None
    except UndefinedError as exc:
        raise TemplateProblem(_failing_line(exc), _undefined_message(exc, context)) from None
    except SecurityError as exc:
        raise TemplateProblem(_failing_line(exc), f"not allowed in a template: {exc}") from None
    except TemplateError as exc:
        raise TemplateProblem(_failing_line(exc), f"template error: {exc.message}") from None
    except (MemoryError, RecursionError) as exc:
        what = "memory" if isinstance(exc, MemoryError) else "nesting depth"
        raise TemplateProblem(_failing_line(exc), f"template stopped: it needed more {what} "
                              "than a template may use") from None
    except Exception as exc:  # a template is data: whatever it raises is the author's error
        detail = str(exc)[:200] or type(exc).__name__
        raise TemplateProblem(_failing_line(exc), f"template error: {detail}") from None


def _compile(source: str, notes: bool = False):
    """Return the template compiled from `source` (for speaker `notes`, in the environment
    that escapes what it prints); a batch renders the same notes many times.

    A compiled template holds no state between renders, so it can be shared.
    """
    template = (_NOTES_ENV if notes else _ENV).from_string(source)
    template.name = _TEMPLATE_NAME
    return template


_compiled = Cache("compiled templates by source", 512).remembered(_compile)


def names_used(source: str) -> frozenset[str]:
    """Return the variables the template `source` reads (none when it is no template or
    does not parse: rendering says why)."""
    if "{" not in source:
        return frozenset()
    try:
        return frozenset(meta.find_undeclared_variables(_ENV.parse(source)))
    except TemplateError:
        return frozenset()


def _bounded(source: str, context: dict[str, Any], limit: float, notes: bool = False) -> str:
    """Return the template `source` compiled and rendered, stopping it past MAX_OUTPUT
    characters, `limit` seconds or the memory cap.

    Compiling is bounded too: Jinja folds constant expressions ('%9999999999s'|format('a'))
    while it compiles.
    """
    def expire(signum, frame):
        raise _TooSlow

    timed = threading.current_thread() is threading.main_thread() and hasattr(signal,
                                                                              "setitimer")
    if timed:
        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, limit)
        stopwatch = None
    else:  # a server's worker thread: no signal reaches it, so a timer stops it instead
        stopwatch = _ThreadStopwatch(limit)
    try:
        with _memory_capped():
            template = _compiled(source, notes)
            parts, size = [], 0
            for chunk in template.generate(context):
                size += len(chunk)
                if size > MAX_OUTPUT:
                    raise SecurityError(f"the output would be longer than {MAX_OUTPUT:,} "
                                        "characters")
                parts.append(chunk)
            if stopwatch is not None:
                stopwatch.finish()  # inside the try: a stop raised while finishing is caught
            return "".join(parts)
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        elif stopwatch is not None:
            stopwatch.finish()


class _ThreadStopwatch:
    """Raises _TooSlow in the thread that made it once `limit` seconds have passed, unless
    `finish` was called first (CPython delivers it at the thread's next bytecode, which a
    template's loops reach at once)."""

    def __init__(self, limit: float):
        self.thread = threading.get_ident()
        self.done = False
        self.lock = threading.Lock()
        self.timer = threading.Timer(limit, self._stop)
        self.timer.daemon = True
        self.timer.start()

    def _stop(self) -> None:
        with self.lock:
            if not self.done:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread),
                                                           ctypes.py_object(_TooSlow))

    def finish(self) -> None:
        """Stop the timer; after this no stop is raised."""
        with self.lock:
            self.done = True
        self.timer.cancel()


@contextlib.contextmanager
def _memory_capped() -> Iterator[None]:
    """Cap the process's address space at what it uses now plus MEMORY_HEADROOM while a
    template runs, so that a template building a huge value ('a' * n | replace(...)) fails
    with a MemoryError at once instead of exhausting the machine; the cap is lifted after.

    A no-op where the system offers no such cap (Windows; macOS does not enforce it).
    """
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        with open("/proc/self/statm", "rb") as statm:
            used = int(statm.read().split()[0]) * resource.getpagesize()
    except (ImportError, OSError, ValueError, AttributeError):
        yield
        return
    cap = used + MEMORY_HEADROOM
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft != resource.RLIM_INFINITY and soft <= cap:
        yield  # already capped at least as tightly
        return
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


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
