"""Errors raised by the fine-tuning and batch helpers (all are :class:`MistralError`)."""

from __future__ import annotations

from mistralai.core.errors import MistralError

__all__ = ["BatchJobError", "BatchResumeError", "BatchSubmissionError", "WaitTimeoutError"]


class WaitTimeoutError(MistralError, TimeoutError):
    """A ``wait`` helper gave up before the job reached a terminal status (``timeout``
    seconds passed, or ``max_attempts`` polls were made: ``attempts``).

    The job keeps running on the server: ``job_id`` names it and ``job`` is the last state seen
    (cancel it with ``jobs.cancel(job_id=...)`` if it is no longer wanted)."""

    def __init__(
        self,
        message: str,
        *,
        job_id: str,
        job: object,
        timeout: float | None,
        attempts: int | None = None,
    ) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.job = job
        self.timeout = timeout
        self.attempts = attempts


class BatchSubmissionError(MistralError):
    """The batch input was uploaded but the batch job could not be created.

    ``input_file_id`` names the uploaded file; ``input_file_deleted`` tells whether it was
    deleted again (when False it still exists and is yours to delete). The original error is
    ``__cause__`` (and ``cause``)."""

    def __init__(
        self, message: str, *, input_file_id: str, input_file_deleted: bool, cause: BaseException
    ) -> None:
        super().__init__(message)
        self.input_file_id = input_file_id
        self.input_file_deleted = input_file_deleted
        self.cause = cause


class BatchJobError(MistralError):
    """The batch job ended without producing any result file (failed, cancelled, timed out).

    ``job`` is the final job (``job.id``, ``job.status``, ``job.errors``)."""

    def __init__(self, message: str, *, job: object) -> None:
        super().__init__(message)
        self.job = job


class BatchResumeError(MistralError):
    """A batch run cannot be resumed from its state file: the file is unreadable or not a
    batch state, it was written for another endpoint, model or agent, the requests given
    again differ from the ones already submitted (their chunk's digest does not match), or
    ``resume`` was called while part of the input was never submitted (call ``run`` again with
    the same requests and the same ``state_file`` instead).

    ``state_file`` is the path of the state file."""

    def __init__(self, message: str, *, state_file: str) -> None:
        super().__init__(message)
        self.state_file = state_file
