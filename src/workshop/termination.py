"""Stopping cleanly when told to: SIGTERM and SIGHUP end a process as Ctrl-C does, through
Python, so that a file being written is removed rather than left half written as a .tmp
beside its output. The command line and every worker process of a season install it."""

from __future__ import annotations

import signal

# What a terminal or a service manager sends to stop a command (SIGHUP when the terminal
# closes); Windows has neither.
SIGNALS = [name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]


def stop_cleanly_on_termination() -> None:
    """Make SIGTERM and SIGHUP raise SystemExit (128 + the signal's number) in this process;
    once stopping, a second signal is ignored, so it cannot cut the clean-up short."""

    def stop(signum: int, frame: object) -> None:
        for name in SIGNALS:
            signal.signal(getattr(signal, name), signal.SIG_IGN)
        raise SystemExit(128 + signum)

    for name in SIGNALS:
        signal.signal(getattr(signal, name), stop)
