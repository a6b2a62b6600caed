"""Stopping cleanly when told to: SIGTERM and SIGHUP end a process as Ctrl-C does, through
Python, so that a file being written is removed rather than left half written as a .tmp
beside its output. The command line and every worker process of a season install it.

Once a process is stopping, a second signal is ignored (its handler returns), so it cannot
cut the clean-up short. A few steps must not be cut in the middle at all (a message half
read from a worker's pipe): inside `held()` a signal waits, and is acted on as it ends. A
signal that lands in code whose exceptions Python drops (the import machinery's callbacks, a
weak reference's callback or finalizer, a __del__) is sent again a moment later.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from types import FrameType

# What a terminal or a service manager sends to stop a command (SIGHUP when the terminal
# closes); Windows has neither.
SIGNALS = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]


class _State:
    """This process's stopping: whether it has begun, and a signal waiting for `held`."""

    stopping = False
    held = 0
    waiting: int | None = None
    deferred: int | None = None  # a signal that came during an import, sent again


def _stop(signum: int) -> None:
    """Begin stopping on `signum`: raise KeyboardInterrupt for SIGINT, else SystemExit
    (128 + its number)."""
    _State.stopping = True
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise SystemExit(128 + signum)


def _handler(signum: int, frame: FrameType | None) -> None:
    if _State.stopping:
        return  # a second signal while stopping: the clean-up goes on
    if _State.held:
        _State.waiting = signum
        return
    if _in_code_that_drops_exceptions(frame):
        # What is raised in an import's lock callback, a weak reference's callback or a
        # finalizer is printed and dropped ("Exception ignored in ..."): the signal would be
        # lost, so it is sent again a moment later; the first one deferred is the one acted
        # on, whatever comes in between.
        if _State.deferred is None:
            _State.deferred = signum
        retry = threading.Timer(_RETRY_SECONDS, signal.raise_signal, (signum,))
        retry.daemon = True
        retry.start()
        return
    first, _State.deferred = _State.deferred, None
    _stop(first if first is not None else signum)


_RETRY_SECONDS = 0.05


def _in_code_that_drops_exceptions(frame: FrameType | None) -> bool:
    """Return True when `frame`, or a frame it was called from, is code whose exceptions
    Python prints and drops: its own import machinery's callbacks, weak references'
    callbacks and finalizers (weakref.py), and __del__ methods."""
    while frame is not None:
        code = frame.f_code
        if (code.co_filename.startswith("<frozen importlib") or code.co_name == "__del__"
                or code.co_filename.endswith(f"{os.sep}weakref.py")):
            return True
        frame = frame.f_back
    return False


def stop_cleanly_on_termination() -> None:
    """Make SIGTERM and SIGHUP raise SystemExit (128 + the signal's number) in this process,
    once: a second signal while stopping is ignored."""
    for number in SIGNALS:
        signal.signal(number, _handler)


@contextlib.contextmanager
def interrupts_stop_cleanly() -> Iterator[None]:
    """Within, Ctrl-C raises KeyboardInterrupt once, as SIGTERM and SIGHUP raise SystemExit
    once; a second signal of any of them while stopping is ignored. On the way out, Ctrl-C's
    own handling is restored, unless stopping: then signals stay ignored until the process
    has ended (its last clean-up, such as waiting for its child processes, included)."""
    previous = signal.signal(signal.SIGINT, _handler)
    try:
        yield
    finally:
        if _State.stopping:
            ignore_while_ending()
        else:
            signal.signal(signal.SIGINT, previous)
            _State.waiting = None


def ignore_while_ending() -> None:
    """Ignore SIGINT, SIGTERM and SIGHUP from now on, in the system itself: a process that
    is ending once stopped is not cut short by a second signal as Python shuts down (which
    puts back the system's default, ending the process, for any signal it handles). Any
    signal already received is handled first (signal.signal does that)."""
    for number in (signal.SIGINT, *SIGNALS):
        signal.signal(number, signal.SIG_IGN)


def stopping() -> bool:
    """Return True once this process has begun stopping on a signal."""
    return _State.stopping


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Within, a stopping signal waits; it is acted on (KeyboardInterrupt or SystemExit) as
    the block ends, unless the block raised already."""
    _State.held += 1
    try:
        yield
    finally:
        _State.held -= 1
    if not _State.held and _State.waiting is not None and not _State.stopping:
        signum, _State.waiting = _State.waiting, None
        _stop(signum)


@contextlib.contextmanager
def signals_blocked() -> Iterator[None]:
    """Within, SIGINT, SIGTERM and SIGHUP are blocked in this thread (the system keeps them
    until the block ends, when they are delivered). A process started within inherits them
    blocked, and so receives none before it has installed its own handlers."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, *SIGNALS})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def stop_workers_on_termination() -> None:
    """In a worker process: ignore Ctrl-C (the parent's to handle: the rows being built
    finish), and make SIGTERM and SIGHUP end the worker through Python, once (the row it
    runs then removes its files; a message it is sending is sent whole first, see `held`).
    Then take the signals blocked while the worker started."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    stop_cleanly_on_termination()
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, *SIGNALS})
