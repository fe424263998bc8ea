"""Chunks run in input order on worker processes or a Dask cluster.

Only the payload of a chunk travels to a worker; what the writer needs
besides the answer stays here. A bounded window of chunks in flight keeps
memory flat whatever the corpus size. Worker processes start with
:func:`~textrepair.batch.worker.start_worker`, so they die with the run that
started them, as the file commands' workers do.
"""

from __future__ import annotations

import itertools
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from ..errors import UsageError
from .worker import Job, start_worker, use_job

#: Chunks each worker may have queued or finished but not yet written: enough
#: that no worker waits for the writer, few enough that memory stays flat.
IN_FLIGHT_PER_WORKER = 3
#: With ``-j 0`` (the default) an input shorter than this many chunks is
#: repaired in this process: starting workers costs more than they save.
AUTO_PARALLEL_MIN_CHUNKS = 3
#: Seconds to wait for a Dask scheduler (``--scheduler``) before giving up.
SCHEDULER_TIMEOUT_SECONDS = 10.0


_Local = TypeVar("_Local")
_Payload = TypeVar("_Payload")
_Out = TypeVar("_Out")


def ordered_map(
    work: Callable[[_Payload], _Out],
    chunks: Iterable[tuple[_Local, _Payload]],
    job: Job,
    jobs: int,
    client: Any = None,
) -> Iterator[tuple[_Local, _Out]]:
    """For each ``(local, payload)``, ``(local, work(payload))`` in input order.

    ``work`` runs on ``jobs`` processes (0: decide from the input's size) and
    only ``payload`` travels to them; ``local`` (what the writer needs
    besides the answer) stays here. At most ``IN_FLIGHT_PER_WORKER`` chunks
    per worker are read ahead, so a corpus of any size streams through in
    bounded memory. With a ``dask.distributed`` ``client`` the chunks run on
    its cluster's workers instead (``jobs`` is then unused).
    """
    if client is not None:
        yield from _cluster_map(work, chunks, job, client)
        return
    source = iter(chunks)
    head: list[tuple[_Local, _Payload]] = []
    if jobs == 0:
        for chunk in source:
            head.append(chunk)
            if len(head) >= AUTO_PARALLEL_MIN_CHUNKS:
                break
        jobs = _cores() if len(head) >= AUTO_PARALLEL_MIN_CHUNKS else 1
    pending = itertools.chain(head, source)
    if jobs <= 1:
        use_job(job)
        for local, payload in pending:
            yield local, work(payload)
        return
    yield from _process_map(work, pending, job, jobs)


def _process_map(
    work: Callable[[_Payload], _Out], pending: Iterator[tuple[_Local, _Payload]], job: Job, jobs: int
) -> Iterator[tuple[_Local, _Out]]:
    """:func:`ordered_map` on ``jobs`` worker processes, which die with this one (``start_worker``)."""
    from concurrent.futures import Future, ProcessPoolExecutor

    context = _start_method()
    if context.get_start_method() == "fork":
        # The first chunk is repaired here: what repairs load on first use
        # (word frequencies, name tables, compiled patterns: about 0.25 s of
        # CPU) is then loaded once, and every forked worker starts warm.
        use_job(job)
        for local, payload in itertools.islice(pending, 1):
            yield local, work(payload)
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=start_worker, initargs=(job, os.getpid())) as pool:
        window: deque[tuple[_Local, Future[_Out]]] = deque()
        try:
            for local, payload in pending:
                window.append((local, pool.submit(work, payload)))
                if len(window) >= jobs * IN_FLIGHT_PER_WORKER:
                    done, future = window.popleft()
                    yield done, future.result()
            while window:
                done, future = window.popleft()
                yield done, future.result()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


#: One chunk at a time per worker process: a Dask worker runs tasks on several
#: threads, but repairs are pure-Python CPU work (threads add no speed) and the
#: lazily loaded lexicons are not meant to be loaded by two threads at once.
_CLUSTER_LOCK = threading.Lock()


def _cluster_task(work: Callable[[_Payload], _Out], job: Job, payload: _Payload) -> _Out:
    """A chunk on a Dask worker. The lexicons load on the worker's first chunk and stay for the next ones."""
    with _CLUSTER_LOCK:
        use_job(job)
        return work(payload)


def _cluster_map(
    work: Callable[[_Payload], _Out], chunks: Iterable[tuple[_Local, _Payload]], job: Job, client: Any
) -> Iterator[tuple[_Local, _Out]]:
    """:func:`ordered_map` on a Dask cluster: a window of chunks in flight, answers in input order."""
    workers = max(len(client.scheduler_info().get("workers", {})), 1)
    # The job (settings, lexicon names) goes to every worker once, not with each chunk.
    [shared] = client.scatter([job], broadcast=True, hash=False)
    window: deque[tuple[_Local, Any]] = deque()
    for local, payload in chunks:
        window.append((local, client.submit(_cluster_task, work, shared, payload, pure=False)))
        if len(window) >= workers * IN_FLIGHT_PER_WORKER:
            done, future = window.popleft()
            yield done, future.result()
    while window:
        done, future = window.popleft()
        yield done, future.result()


def connect(address: str, timeout: float | None = None) -> Any:
    """A ``dask.distributed.Client`` for the scheduler at ``address``; ``UsageError`` (one line) if it cannot be had."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--scheduler needs dask.distributed: pip install 'textrepair[dask]'") from None
    try:
        wait = SCHEDULER_TIMEOUT_SECONDS if timeout is None else timeout
        return Client(address, timeout=wait, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UsageError(f"--scheduler {address}: cannot reach the Dask scheduler ({reason})") from None


def _cores() -> int:
    """The cores this process may run on (a container or ``taskset`` may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _start_method() -> Any:
    """How workers start: forked where that is safe, else spawned.

    A forked worker shares the lexicons this process loaded when it checked
    the settings: it starts at once and costs no memory until it writes. A
    spawned one imports textrepair and loads them again from the compiled
    cache (0.15 to 0.2 s of CPU per worker here). Forking is safe only on
    Linux (macOS system libraries do not survive it) and only from a process
    with one thread (a lock held by another thread would stay held in the
    worker), which the command is; a program calling in with threads gets
    spawned workers.
    """
    import multiprocessing

    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")
