"""``client.batch``: the generated operations plus ``jobs.wait`` and the ``run`` / ``resume``
helpers (many requests as batch jobs, in bounded memory)."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

from typing_extensions import TypeVar

from mistralai.api.fine_tuning._generated import models
from mistralai.api.fine_tuning._generated import resources as generated
from mistralai.api.fine_tuning._job_waits import JobWaits, namespace
from mistralai.api.fine_tuning._job_waits import options as wait
from mistralai.api.fine_tuning._wait import BATCH_TERMINAL_STATUSES
from mistralai.api.fine_tuning.batch import BatchLimits, BatchProgress, BatchResults
from mistralai.api.fine_tuning.batch import _plan as _batch
from mistralai.api.fine_tuning.batch import _run as _batch_run
from mistralai.api.fine_tuning.batch._run import Settings

__all__ = ["Batch", "BatchJobs"]

# Unsolved (no ``response_model``), the answers are ``Any``: one signature instead of overloads.
R = TypeVar("R", default=Any)


class BatchJobs(generated.BatchJobs, JobWaits[models.BatchJob]):
    """``batch.jobs``: list, create, get, delete, cancel, and :meth:`wait`.

    ``wait`` ends on ``SUCCESS``, ``FAILED``, ``TIMEOUT_EXCEEDED`` or ``CANCELLED``
    (``output_file`` / ``error_file`` hold the results; ``completed_requests`` /
    ``total_requests`` of the jobs ``on_poll`` sees tell how far it is)."""

    __slots__ = ()

    _kind = "batch job"
    _terminal = BATCH_TERMINAL_STATUSES


class Batch(generated.Batch):
    """``client.batch``: ``jobs`` and the :meth:`run` / :meth:`resume` helpers."""

    __slots__ = ()

    @property
    def jobs(self) -> BatchJobs:
        """Operations of ``batch.jobs`` (with ``wait``)."""
        return namespace(self, "_ns_jobs", BatchJobs)

    def run(
        self,
        requests: Iterable[Mapping[str, Any]],
        *,
        model: str | None = None,
        endpoint: models.ApiEndpoint = "/v1/chat/completions",
        response_model: type[R] | None = None,
        agent_id: str | None = None,
        metadata: Mapping[str, str] | None = None,
        timeout_hours: int = 24,
        polling_interval: float | None = None,
        max_attempts: int | None = None,
        timeout: float | None = None,
        on_poll: Callable[[models.BatchJob], None] | None = None,
        cleanup: bool = False,
        limits: BatchLimits | None = None,
        state_file: str | os.PathLike[str] | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        poll_interval: float | None = None,
        progress: Callable[[models.BatchJob], None] | None = None,
    ) -> BatchResults[R]:
        """Run any number of requests on Mistral's batch service and get the answers back in
        input order, in bounded memory.

        Every request is validated first while it is written as JSONL (``custom_id`` = its
        index) to local temporary files: nothing is uploaded if one is invalid. ``requests``
        may be any iterable, a generator included; it is read once. The input is split into
        chunks at ``limits`` (by default the service's: 100,000 requests per job, files under
        512 MB); each chunk is uploaded (purpose ``batch``, streamed from disk) and becomes one
        batch job. The jobs are polled until they all end, and their output (and error) files
        are downloaded to temporary files and indexed on disk, so results are read one at a
        time.

        :param requests: request bodies for ``endpoint`` (for chat: ``{"messages": [...]}``,
            ``model`` optional when given below).
        :param model: the model for every request (unless a request names its own).
        :param endpoint: ``/v1/chat/completions`` (default), ``/v1/embeddings``,
            ``/v1/fim/completions``, ``/v1/ocr``, ``/v1/moderations``...
        :param response_model: the type answers are parsed into; by default the endpoint's
            response model when its domain package is installed, else a plain dict.
        :param agent_id: run the requests with this agent instead of a model.
        :param metadata: metadata attached to every batch job of the run.
        :param timeout_hours: server-side timeout of each job.
        :param polling_interval: seconds between rounds of polls of the jobs (default 5).
        :param max_attempts: give up waiting after this many rounds of polls.
        :param timeout: give up waiting after this many seconds (the jobs keep running).
        :param on_poll: called with each job after each poll of it.
        :param cleanup: delete the input, output and error files once the results are read.
        :param limits: where to split the input (:class:`BatchLimits`); ignored when resuming
            (the recorded limits are kept so the chunks match).
        :param state_file: a small JSON file recording the run (settings, chunk digests, file
            and job ids), rewritten atomically after each upload and job creation. If it exists,
            the run resumes: give the same requests again; chunks already uploaded or submitted
            are not sent again (a chunk whose digest differs raises ``BatchResumeError``). Once
            every job is created, :meth:`resume` needs only the file.
        :param on_progress: called with a :class:`BatchProgress` of the whole run at each step
            (writing, uploading, submitted, running, downloading, done).
        :param poll_interval: older name of ``polling_interval``, still accepted.
        :param progress: older name of ``on_poll``, still accepted.
        :returns: :class:`~mistralai.api.fine_tuning.batch.BatchResults`: iterate for one
            :class:`~mistralai.api.fine_tuning.batch.BatchResult` per request, in input order, each
            holding the parsed answer or the error for that request; ``.jobs`` are the final jobs.
        :raises RequestValidationError: a request is invalid (its index is named); nothing sent.
        :raises BatchSubmissionError: a job could not be created; names the uploaded file.
        :raises BatchResumeError: the state file does not match this run.
        :raises WaitTimeoutError: ``timeout`` passed; names the job, which keeps running.
        :raises BatchJobError: every job ended without any result file.
        """
        options = wait(polling_interval, max_attempts, timeout, on_poll, poll_interval, progress)
        plan = _batch.new_plan(
            endpoint=endpoint,
            model=model,
            agent_id=agent_id,
            response_model=response_model,
            limits=limits,
            state_file=state_file,
        )
        settings = Settings(metadata, timeout_hours, options, on_progress, cleanup)
        return _batch_run.execute(self, plan, requests, settings)

    async def run_async(
        self,
        requests: Iterable[Mapping[str, Any]],
        *,
        model: str | None = None,
        endpoint: models.ApiEndpoint = "/v1/chat/completions",
        response_model: type[R] | None = None,
        agent_id: str | None = None,
        metadata: Mapping[str, str] | None = None,
        timeout_hours: int = 24,
        polling_interval: float | None = None,
        max_attempts: int | None = None,
        timeout: float | None = None,
        on_poll: Callable[[models.BatchJob], Awaitable[None] | None] | None = None,
        cleanup: bool = False,
        limits: BatchLimits | None = None,
        state_file: str | os.PathLike[str] | None = None,
        on_progress: Callable[[BatchProgress], Awaitable[None] | None] | None = None,
        poll_interval: float | None = None,
        progress: Callable[[models.BatchJob], Awaitable[None] | None] | None = None,
    ) -> BatchResults[R]:
        """Async twin of :meth:`run` (same arguments; ``on_poll`` and ``on_progress`` may be
        coroutine functions). ``requests`` is a plain iterable, read while writing the input."""
        options = wait(polling_interval, max_attempts, timeout, on_poll, poll_interval, progress)
        plan = _batch.new_plan(
            endpoint=endpoint,
            model=model,
            agent_id=agent_id,
            response_model=response_model,
            limits=limits,
            state_file=state_file,
        )
        settings = Settings(metadata, timeout_hours, options, on_progress, cleanup)
        return await _batch_run.execute_async(self, plan, requests, settings)

    def resume(
        self,
        state_file: str | os.PathLike[str],
        *,
        response_model: type[Any] | None = None,
        polling_interval: float | None = None,
        max_attempts: int | None = None,
        timeout: float | None = None,
        on_poll: Callable[[models.BatchJob], None] | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        cleanup: bool = False,
        poll_interval: float | None = None,
        progress: Callable[[models.BatchJob], None] | None = None,
    ) -> BatchResults[Any]:
        """Finish a run whose jobs were all submitted (say, before a crash) from its
        ``state_file`` alone: wait for the recorded jobs, then read their results as
        :meth:`run` does. Nothing is uploaded or created again.

        :raises BatchResumeError: no such file, not a state file, or part of the input was
            never submitted (then call :meth:`run` again with the same requests and file).
        """
        options = wait(polling_interval, max_attempts, timeout, on_poll, poll_interval, progress)
        plan = _batch.plan_from_state(state_file, response_model)
        settings = Settings(None, 24, options, on_progress, cleanup)
        return _batch_run.execute(self, plan, None, settings)

    async def resume_async(
        self,
        state_file: str | os.PathLike[str],
        *,
        response_model: type[Any] | None = None,
        polling_interval: float | None = None,
        max_attempts: int | None = None,
        timeout: float | None = None,
        on_poll: Callable[[models.BatchJob], Awaitable[None] | None] | None = None,
        on_progress: Callable[[BatchProgress], Awaitable[None] | None] | None = None,
        cleanup: bool = False,
        poll_interval: float | None = None,
        progress: Callable[[models.BatchJob], Awaitable[None] | None] | None = None,
    ) -> BatchResults[Any]:
        """Async twin of :meth:`resume`."""
        options = wait(polling_interval, max_attempts, timeout, on_poll, poll_interval, progress)
        plan = _batch.plan_from_state(state_file, response_model)
        settings = Settings(None, 24, options, on_progress, cleanup)
        return await _batch_run.execute_async(self, plan, None, settings)
