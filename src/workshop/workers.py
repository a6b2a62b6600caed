"""Worker processes a season's rows are shared among.

Each worker is spawned (not forked: a fork would copy the parent's threads, the progress
bar's among them) with SIGINT, SIGTERM and SIGHUP blocked until its own handlers are in
place, and talks to the parent over a pipe of its own. No lock or queue is shared between
workers, so one stopped in the middle of a message can stall nobody else; the parent reads a
message whole (a signal waits for it, see termination.held) or learns from the pipe that
the worker is gone.

Stopping (Ctrl-C, SIGTERM or SIGHUP) hands out no more calls and waits for those running:
after Ctrl-C they finish, and SIGTERM or SIGHUP sent to the whole process group ends each
through Python in its worker (its files removed, never half written).
"""

from __future__ import annotations

import collections
import contextlib
import multiprocessing
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from workshop import termination

JOIN_SECONDS = 10  # a worker told to end that has not, after this, is killed
MAX_REPLACED = 50  # workers that may end unasked (killed by the system) in one season


@dataclass(frozen=True)
class Outcome:
    """What became of one call: its value, or why there is none."""

    value: Any = None
    problem: str | None = None  # the error it raised, in words
    stopped: bool = False  # ended by SIGTERM or SIGHUP before it finished
    lost: bool = False  # its worker process ended (killed by the system, say)


@dataclass
class _Worker:
    process: Any  # a multiprocessing Process
    pipe: Connection
    call: int | None = None  # the index of the call it runs


class Workers:
    """`count` worker processes, each having run `start` once (to warm a build session)."""

    def __init__(self, count: int, start: Callable[[], None]):
        self._context = multiprocessing.get_context("spawn")
        self._start = start
        _start_resource_tracker()
        self.replaced = 0  # workers that ended and were replaced
        self.members: list[_Worker] = []
        try:
            for _ in range(count):
                self.members.append(self._spawn())
        except BaseException:  # stopped while starting them: those started end too
            self.close()
            raise

    def _spawn(self) -> _Worker:
        """Return a new worker, started with the stopping signals blocked (it unblocks them
        once its handlers are in place: see termination.stop_rows_on_termination)."""
        mine, theirs = self._context.Pipe()
        with termination.signals_blocked():
            process = self._context.Process(target=_serve, args=(theirs, self._start),
                                             daemon=True, name="workshop-worker")
            process.start()
        theirs.close()
        return _Worker(process, mine)

    def calls(self, function: Callable, arguments: Sequence[tuple],
              on_done: Callable[[], None] | None = None) -> Calls:
        """Return `function` called with each of `arguments`, handed out as workers come
        free; read each outcome with Calls.outcome."""
        return Calls(self, function, arguments, on_done)

    def replace(self, worker: _Worker) -> None:
        """Put a new worker in the place of `worker`, which is gone; when workers keep
        ending (they cannot start here, say), leave its place empty instead."""
        worker.process.join()
        worker.pipe.close()
        self.replaced += 1
        if self.replaced > MAX_REPLACED or termination.stopping():
            self.members.remove(worker)
        else:
            self.members[self.members.index(worker)] = self._spawn()

    def close(self) -> None:
        """End every worker: each is told to, once its call (if any) is done; what it still
        sends is read and dropped (a worker blocked sending would never hear it); one that
        has not ended after JOIN_SECONDS is killed."""
        for worker in self.members:
            with termination.held(), contextlib.suppress(OSError):
                worker.pipe.send(None)
        deadline = time.monotonic() + JOIN_SECONDS
        for worker in self.members:
            while worker.process.is_alive() and time.monotonic() < deadline:
                ready = wait([worker.pipe, worker.process.sentinel],
                             max(0.0, deadline - time.monotonic()))
                if worker.pipe in ready:
                    try:
                        with termination.held():
                            worker.pipe.recv()
                    except (EOFError, OSError):
                        worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
            worker.process.join()
            worker.pipe.close()
        self.members = []


class Calls:
    """Calls being run by the workers: each outcome by the call's index, as they finish."""

    def __init__(self, workers: Workers, function: Callable, arguments: Sequence[tuple],
                 on_done: Callable[[], None] | None):
        self._workers, self._function, self._on_done = workers, function, on_done
        self._waiting = collections.deque(enumerate(arguments))
        self._done: dict[int, Outcome] = {}
        self._stopping = False

    def outcome(self, index: int) -> Outcome:
        """Return the outcome of call `index`, waiting for it. It is kept (and `stop` hands
        it back) until `forget` says it was handled: a signal may land before it is."""
        while index not in self._done:
            self._step()
        return self._done[index]

    def forget(self, index: int) -> None:
        """Drop the outcome of call `index`, handled."""
        self._done.pop(index, None)

    def stop(self) -> dict[int, Outcome]:
        """Hand out no more calls, wait for those running, and return every outcome not yet
        forgotten, by index."""
        self._stopping = True
        while any(worker.call is not None for worker in self._workers.members):
            self._step()
        found, self._done = self._done, {}
        return found

    def _step(self) -> None:
        """Hand out calls to the free workers, then wait for one running call to end."""
        if not self._workers.members:  # none left: no call waiting will be run
            while self._waiting:
                self._done[self._waiting.popleft()[0]] = Outcome(lost=True)
            return
        for worker in list(self._workers.members):
            if self._stopping or not self._waiting:
                break
            if worker.call is not None:
                continue
            index, arguments = self._waiting[0]
            try:
                with termination.held():  # sent and noted as running, or neither
                    worker.pipe.send((self._function, arguments))
                    self._waiting.popleft()
                    worker.call = index
            except OSError:  # it ended while it waited: its call waits for the next step
                self._workers.replace(worker)
        busy = [worker for worker in self._workers.members if worker.call is not None]
        if not busy:
            return  # every worker was replaced: the next step hands the calls out again
        ready = wait([w.pipe for w in busy] + [w.process.sentinel for w in busy])
        for worker in busy:
            if worker.pipe in ready or worker.process.sentinel in ready:
                self._receive(worker)

    def _receive(self, worker: _Worker) -> None:
        """Take the outcome `worker` sent; or, when it is gone, the call it ran as lost and
        a new worker in its place."""
        index = worker.call
        assert index is not None
        try:
            with termination.held():  # received and noted, or neither
                self._done[index] = worker.pipe.recv()
                worker.call = None
        except (EOFError, OSError):
            self._done[index] = Outcome(lost=True)
            worker.call = None
            self._workers.replace(worker)
        if self._on_done is not None:
            self._on_done()


def _serve(pipe: Connection, start: Callable[[], None]) -> None:
    """A worker's life: start, then run each call the pipe brings and send back its
    Outcome, until told to end (None), the parent is gone, or a stopping signal came."""
    termination.stop_workers_on_termination()
    start()
    while True:
        try:
            message = pipe.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        function, arguments = message
        try:
            outcome = Outcome(function(*arguments))
        except SystemExit:  # SIGTERM or SIGHUP: the call's files are removed
            outcome = Outcome(stopped=True)
        except Exception as exc:
            outcome = Outcome(problem=f"{type(exc).__name__}: {exc}")
        with termination.held():  # sent whole, even when a signal comes meanwhile
            try:
                pipe.send(outcome)
            except (OSError, EOFError):
                return
            except Exception as exc:  # a value that cannot be pickled back
                pipe.send(Outcome(problem=f"{type(exc).__name__}: {exc}"))
        if termination.stopping():
            return


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker (a helper process spawning needs) with
    SIGHUP ignored: it ignores SIGINT and SIGTERM itself, and a hang-up reaching the whole
    process group would otherwise kill it mid-season, and it would print tracebacks as it
    restarts. An ignored signal is inherited by the process started; a handler is not.
    Started before any worker, since starting it unblocks SIGINT and SIGTERM in the thread
    that starts it."""
    if not hasattr(signal, "SIGHUP"):
        return
    from multiprocessing import resource_tracker

    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        resource_tracker.ensure_running()
    finally:
        signal.signal(signal.SIGHUP, previous)
