"""Running a planned batch (``client.batch.run`` / ``resume``): write the input, upload each
chunk and create its job, wait for every job, download and index the results.

The run is written once, as a sans-I/O flow (:func:`_run_flow`): a generator that yields
steps (upload this, create that job, get this job, sleep, call the progress callback...) and
is sent each step's outcome, or has the step's exception thrown in at the ``yield``. Two thin
drivers carry the steps out, :class:`_SyncDriver` with the client's sync methods and
:class:`_AsyncDriver` with the async ones; waiting for the jobs nests core's polling engine
(:func:`mistralai.core.polling.run_nested`). So the sync and the async run cannot drift apart.

The file operations are declared here (not imported from ``mistralai-api-files``) so that
``mistralai-api-fine-tuning`` works installed alone with core.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import tempfile
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, TypeVar

from mistralai.api.fine_tuning._generated import models
from mistralai.api.fine_tuning._generated.resources import OPERATIONS
from mistralai.api.fine_tuning._wait import BATCH_TERMINAL_STATUSES, WaitOptions, done, timed_out
from mistralai.api.fine_tuning.batch import BatchPhase, BatchProgress, BatchResults
from mistralai.api.fine_tuning.batch import _plan as _batch
from mistralai.api.fine_tuning.batch._plan import WRITE_BUFFER, Chunk, Plan, save_state
from mistralai.api.fine_tuning.batch._results import (
    created_note,
    finish,
    index_results,
    new_index,
    no_results,
    result_ids,
    results_note,
    submission_error,
    upload_body,
)
from mistralai.core.errors import ResponseValidationError, SDKError
from mistralai.core.polling import Sleep, poll_flow, run_nested
from mistralai.core.runtime import UNSET

if TYPE_CHECKING:
    from mistralai.api.fine_tuning.batch._resource import Batch
    from mistralai.core.runtime import BaseClient

__all__ = ["Settings", "execute", "execute_async"]

logger = logging.getLogger("mistralai.batch")

R = TypeVar("R")

# the files operations the run calls, by id from this package's generated registry (generated
# from the spec through ``_borrow`` in tools/codegen/mapping.yaml: files need not be installed)
_UPLOAD = OPERATIONS["files_api_routes_upload_file"]
_DELETE = OPERATIONS["files_api_routes_delete_file"]
_DOWNLOAD = OPERATIONS["files_api_routes_download_file"]


_CLEANUP_ERRORS = (SDKError, ResponseValidationError)
"""What deleting a file may fail with and the run survives: the API refused (status errors),
the transport failed, or the answer was not understood. Anything else is a bug and raises."""

Callback = Callable[[Any], object]


# --------------------------------------------------------------------------- the steps


@dataclass(frozen=True, slots=True)
class _Notify:
    """Call ``callback(value)`` (a user's progress callback; awaited if it returns an
    awaitable, under the async driver). Sends back ``None``."""

    callback: Callback | None
    value: object


@dataclass(frozen=True, slots=True)
class _Upload:
    """Upload a chunk (``body``: the multipart body). Sends back the created file (a dict)."""

    body: dict[str, Any]


@dataclass(frozen=True, slots=True)
class _Create:
    """``batch.jobs.create(**arguments)``. Sends back the job."""

    arguments: dict[str, Any]


@dataclass(frozen=True, slots=True)
class _Get:
    """``batch.jobs.get(job_id=...)``. Sends back the job."""

    job_id: str


@dataclass(frozen=True, slots=True)
class _Delete:
    """Delete a file. Sends back ``None``, or the error (one of ``_CLEANUP_ERRORS``) that
    kept it from being deleted."""

    file_id: str


@dataclass(frozen=True, slots=True)
class _Download:
    """Append a file's content to ``spool``. Sends back its byte range there."""

    file_id: str
    spool: IO[bytes]


_Step = _Notify | _Upload | _Create | _Get | _Delete | _Download | Sleep
_Flow = Generator[_Step, Any, R]


# --------------------------------------------------------------------------- the flow


class _Tracker:
    """What the run has done so far, for :class:`BatchProgress` snapshots."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.latest: dict[int, models.BatchJob] = {}
        self.finished = 0

    def snapshot(self, phase: BatchPhase, *, total_known: bool = True) -> BatchProgress:
        plan = self.plan
        jobs = self.latest.values()
        return BatchProgress(
            phase=phase,
            written_requests=plan.count,
            total_requests=plan.count if total_known else None,
            jobs_planned=len(plan.chunks),
            files_uploaded=sum(1 for c in plan.chunks if c.file_id is not None),
            jobs_submitted=sum(1 for c in plan.chunks if c.job_id is not None),
            jobs_finished=self.finished,
            completed_requests=sum(j.completed_requests or 0 for j in jobs),
            succeeded_requests=sum(j.succeeded_requests or 0 for j in jobs),
            failed_requests=sum(j.failed_requests or 0 for j in jobs),
            job_ids=tuple(c.job_id for c in plan.chunks if c.job_id is not None),
        )


@dataclass(frozen=True, slots=True)
class Settings:
    """What ``run`` / ``resume`` were asked besides the plan."""

    metadata: Mapping[str, str] | None
    timeout_hours: int
    wait: WaitOptions[models.BatchJob]
    on_progress: Callback | None
    cleanup: bool


def _run_flow(
    plan: Plan, requests: Iterable[Mapping[str, Any]] | None, settings: Settings
) -> _Flow[BatchResults[Any]]:
    tracker = _Tracker(plan)
    if requests is not None:
        for _ in _batch.spool(plan, requests):
            yield _Notify(settings.on_progress, tracker.snapshot("writing", total_known=False))
        save_state(plan, complete=all(c.job_id for c in plan.chunks))
    yield from _submit(plan, tracker, settings)
    save_state(plan, complete=True)
    try:
        jobs = yield from _wait(plan, tracker, settings)
    except Exception as exc:
        if created_note(plan) not in getattr(exc, "__notes__", ()):
            exc.add_note(created_note(plan))
        raise
    return (yield from _collect(plan, jobs, tracker, settings))


def _submit(plan: Plan, tracker: _Tracker, settings: Settings) -> _Flow[None]:
    """Upload the chunks not uploaded yet and create the jobs not created yet, recording
    each id in the state file as soon as it exists."""
    try:
        for number, chunk in enumerate(plan.chunks):
            if chunk.file_id is None:
                yield _Notify(settings.on_progress, tracker.snapshot("uploading"))
                uploaded = yield _Upload(upload_body(chunk, number))
                chunk.file_id = str(uploaded.id)
                save_state(plan, complete=False)
            chunk.close()
            if chunk.job_id is None:
                job = yield from _create(plan, chunk, settings)
                chunk.job_id = job.id
                save_state(plan, complete=number == len(plan.chunks) - 1)
                yield _Notify(settings.on_progress, tracker.snapshot("submitted"))
    finally:
        plan.close()


def _create(plan: Plan, chunk: Chunk, settings: Settings) -> _Flow[models.BatchJob]:
    """Create the chunk's job; if that fails, delete its input again (or say it is left)."""
    assert chunk.file_id is not None
    file_id = chunk.file_id
    arguments: dict[str, Any] = {
        "endpoint": plan.endpoint,
        "input_files": [file_id],
        "model": UNSET if plan.model is None else plan.model,
        "agent_id": UNSET if plan.agent_id is None else plan.agent_id,
        "metadata": UNSET if settings.metadata is None else settings.metadata,
        "timeout_hours": settings.timeout_hours,
    }
    try:
        job: models.BatchJob = yield _Create(arguments)
    except Exception as exc:
        failure: BaseException | None = yield _Delete(file_id)
        if failure is None:
            chunk.file_id = None
            save_state(plan, complete=False)
        raise submission_error(plan, chunk, file_id, failure, exc) from exc
    return job


def _wait(plan: Plan, tracker: _Tracker, settings: Settings) -> _Flow[list[models.BatchJob]]:
    """Poll every pending job once per round (core's polling engine paces the rounds and
    ends the wait) until none is pending."""
    wait = settings.wait
    pending = {n: c.job_id for n, c in enumerate(plan.chunks) if c.job_id is not None}
    final: dict[int, models.BatchJob] = {}

    def one_round() -> _Flow[Mapping[int, str]]:
        for number, job_id in list(pending.items()):
            job: models.BatchJob = yield _Get(job_id)
            yield _Notify(wait.on_poll, job)
            tracker.latest[number] = job
            if done(job, BATCH_TERMINAL_STATUSES):
                final[number] = job
                del pending[number]
                tracker.finished += 1
        yield _Notify(settings.on_progress, tracker.snapshot("running"))
        return pending

    def expired(_: object, attempts: int, elapsed: float) -> Exception:
        first = min(pending)
        job = tracker.latest.get(first)
        return timed_out(
            "batch job",
            pending[first],
            job,
            timeout=wait.timeout,
            attempts=attempts,
            elapsed=elapsed,
        )

    flow = poll_flow(
        lambda still_pending: not still_pending,
        expired,
        polling_interval=wait.polling_interval,
        timeout=wait.timeout,
        max_attempts=wait.max_attempts,
    )
    yield from run_nested(flow, one_round)
    return [final[n] for n in range(len(plan.chunks))]


def _collect(
    plan: Plan, jobs: list[models.BatchJob], tracker: _Tracker, settings: Settings
) -> _Flow[BatchResults[Any]]:
    """Download every result file to one temporary file and index it; then, with
    ``cleanup``, delete the input and result files (those that cannot be are named)."""
    if not any(result_ids(j) for j in jobs):
        raise no_results(plan, jobs)
    index = new_index(plan.count)
    # Every result file goes to one temporary file (one buffer, whatever the number of jobs).
    spool: IO[bytes] = tempfile.TemporaryFile(buffering=WRITE_BUFFER)  # noqa: SIM115
    try:
        for job in jobs:
            for position, file_id in enumerate(result_ids(job)):
                yield _Notify(settings.on_progress, tracker.snapshot("downloading"))
                start, end = yield _Download(file_id, spool)
                index_results(spool, start, end, index, plan.count, check=position > 0)
    except BaseException as exc:
        spool.close()
        index.close()
        exc.add_note(results_note(jobs))
        raise
    leftover: list[str] = []
    if settings.cleanup:
        inputs = [c.file_id for c in plan.chunks if c.file_id]
        for file_id in [*inputs, *(f for j in jobs for f in result_ids(j))]:
            failure: BaseException | None = yield _Delete(file_id)
            if failure is not None:
                leftover.append(file_id)
                logger.warning(
                    "batch cleanup: file %s could not be deleted (%s: %s); it is still "
                    "stored: delete it with files.delete(file_id=%r)",
                    file_id,
                    type(failure).__name__,
                    failure,
                    file_id,
                )
    yield _Notify(settings.on_progress, tracker.snapshot("done"))
    return finish(plan, jobs, [spool], index, leftover)


# --------------------------------------------------------------------------- the drivers


class _SyncDriver:
    """Carries out a flow's steps with the client's sync methods."""

    def __init__(self, batch: Batch) -> None:
        self._batch = batch
        self._client: BaseClient = batch._client  # pyright: ignore[reportPrivateUsage]

    def run(self, flow: _Flow[R]) -> R:
        sent: Any = None
        error: BaseException | None = None
        while True:
            try:
                step = flow.send(sent) if error is None else flow.throw(error)
            except StopIteration as stop:
                return stop.value
            sent, error = None, None
            try:
                sent = self._do(step)
            except BaseException as exc:  # thrown into the flow, which cleans up and decides
                error = exc

    def _do(self, step: _Step) -> Any:
        client = self._client
        match step:
            case _Notify(callback, value):
                return None if callback is None else callback(value)
            case Sleep(seconds):
                return time.sleep(seconds)
            case _Get(job_id):
                return self._batch.jobs.get(job_id=job_id)
            case _Create(arguments):
                return self._batch.jobs.create(**arguments)
            case _Upload(body):
                return client.request(_UPLOAD, body=body)
            case _Delete(file_id):
                try:
                    client.request(_DELETE, path={"file_id": file_id})
                except _CLEANUP_ERRORS as exc:
                    return exc
                return None
            case _Download(file_id, spool):
                start = spool.seek(0, os.SEEK_END)
                with client.stream_bytes(_DOWNLOAD, path={"file_id": file_id}) as stream:
                    for chunk in stream.iter_bytes():
                        spool.write(chunk)
                spool.flush()
                return start, spool.tell()


class _AsyncDriver:
    """Async twin of :class:`_SyncDriver` (callbacks may be coroutine functions)."""

    def __init__(self, batch: Batch) -> None:
        self._batch = batch
        self._client: BaseClient = batch._client  # pyright: ignore[reportPrivateUsage]

    async def run(self, flow: _Flow[R]) -> R:
        sent: Any = None
        error: BaseException | None = None
        while True:
            try:
                step = flow.send(sent) if error is None else flow.throw(error)
            except StopIteration as stop:
                return stop.value
            sent, error = None, None
            try:
                sent = await self._do(step)
            except BaseException as exc:  # thrown into the flow, which cleans up and decides
                error = exc

    async def _do(self, step: _Step) -> Any:
        client = self._client
        match step:
            case _Notify(callback, value):
                outcome = None if callback is None else callback(value)
                return await outcome if inspect.isawaitable(outcome) else outcome
            case Sleep(seconds):
                return await asyncio.sleep(seconds)
            case _Get(job_id):
                return await self._batch.jobs.get_async(job_id=job_id)
            case _Create(arguments):
                return await self._batch.jobs.create_async(**arguments)
            case _Upload(body):
                return await client.request_async(_UPLOAD, body=body)
            case _Delete(file_id):
                try:
                    await client.request_async(_DELETE, path={"file_id": file_id})
                except _CLEANUP_ERRORS as exc:
                    return exc
                return None
            case _Download(file_id, spool):
                start = spool.seek(0, os.SEEK_END)
                stream = await client.stream_bytes_async(_DOWNLOAD, path={"file_id": file_id})
                async with stream:
                    async for chunk in stream.iter_bytes():
                        spool.write(chunk)
                spool.flush()
                return start, spool.tell()


# --------------------------------------------------------------------------- entry points


def execute(
    batch: Batch, plan: Plan, requests: Iterable[Mapping[str, Any]] | None, settings: Settings
) -> BatchResults[Any]:
    """Run ``plan`` (writing ``requests`` first, unless resuming from a complete state file)."""
    return _SyncDriver(batch).run(_run_flow(plan, requests, settings))


async def execute_async(
    batch: Batch, plan: Plan, requests: Iterable[Mapping[str, Any]] | None, settings: Settings
) -> BatchResults[Any]:
    """Async twin of :func:`execute`."""
    return await _AsyncDriver(batch).run(_run_flow(plan, requests, settings))
