"""Results of ``client.batch.run``: one :class:`BatchResult` per request, in input order, read
lazily from disk; plus the run's limits (:class:`BatchLimits`) and progress reports
(:class:`BatchProgress`)."""

from __future__ import annotations

import json
import os
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, Generic, Literal, Self, TypeVar, cast

from pydantic import TypeAdapter, ValidationError

from mistralai.api.fine_tuning._generated import models
from mistralai.core.errors import MistralError, ResponseValidationError, status_error_class

__all__ = [
    "DEFAULT_LIMITS",
    "BatchLimits",
    "BatchPhase",
    "BatchProgress",
    "BatchResult",
    "BatchResults",
]

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class BatchLimits:
    """Where ``batch.run`` splits the input into several files and jobs.

    The defaults are the batch service's published limits (see docs/batch-and-bulk.md for the
    sources): at most 100,000 requests per batch job, and input files below the 512 MB upload
    limit (500,000,000 bytes, a margin for the multipart envelope). A chunk ends as soon as the
    next request would pass either bound; each chunk is one uploaded file and one job.
    """

    max_requests_per_job: int = 100_000
    max_file_bytes: int = 500_000_000

    def __post_init__(self) -> None:
        from mistralai.core.errors import RequestValidationError

        if self.max_requests_per_job < 1 or self.max_file_bytes < 1:
            raise RequestValidationError(f"batch limits must be positive: {self}")


DEFAULT_LIMITS = BatchLimits()
"""The service's limits, used when ``limits=`` is not given."""

BatchPhase = Literal["writing", "uploading", "submitted", "running", "downloading", "done"]


@dataclass(frozen=True, slots=True)
class BatchProgress:
    """A snapshot of a whole ``batch.run``, given to ``on_progress`` at every step.

    ``phase`` says what the run is doing: ``writing`` the JSONL input to local temporary files
    (``written_requests`` grows; ``total_requests`` is known once it ends), ``uploading`` a
    chunk, ``submitted`` (a job was created), ``running`` (after each round of polls:
    ``completed_requests`` is the sum over the jobs), ``downloading`` a result file, ``done``.
    """

    phase: BatchPhase
    written_requests: int
    total_requests: int | None
    jobs_planned: int
    files_uploaded: int
    jobs_submitted: int
    jobs_finished: int
    completed_requests: int
    succeeded_requests: int
    failed_requests: int
    job_ids: tuple[str, ...]

    @property
    def fraction(self) -> float | None:
        """``completed_requests / total_requests`` (``None`` while the total is unknown)."""
        if not self.total_requests:
            return None
        return self.completed_requests / self.total_requests


@dataclass(frozen=True, slots=True)
class BatchResult(Generic[R]):
    """The outcome of one request of a batch.

    ``response`` is the endpoint's answer parsed into its response model (``None`` on error);
    ``error`` is the error the same request would have raised when sent directly (for example
    :class:`~mistralai.core.errors.BadRequestError` for a 400), or a
    :class:`~mistralai.core.errors.MistralError` when the job produced no result for it.
    """

    index: int
    """Position of the request in the input."""
    custom_id: str
    """The ``custom_id`` written in the batch input (the index, as text)."""
    response: R | None
    error: MistralError | None
    status_code: int | None
    """HTTP status the batch service recorded for this request (``None``: no result)."""

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> R:
        """The response, or raise the error."""
        if self.error is not None:
            raise self.error
        return cast(R, self.response)


@dataclass(frozen=True, slots=True)
class _Span:
    """The requests ``start .. start + count`` and the job that ran them."""

    start: int
    count: int
    job: models.BatchJob


_ENTRY = 8
"""Bytes per request in the index file: ``(file number + 1) << 40 | offset`` (0: no result)."""
_OFFSET_BITS = 40
_BLOCK = 4096
"""Index entries read at once while iterating."""


class BatchResults(Generic[R]):
    """The results of a batch run, read lazily from local temporary copies of the result files.

    Iterate for :class:`BatchResult` objects in input order (as often as wanted); ``results[i]``
    reads one; ``len()`` is the number of requests. Nothing is held in memory per request: the
    result files are on disk, and the order is restored through a disk-backed index (8 bytes
    per request in a temporary file, written while indexing the downloads), so iterating a
    million results keeps memory flat. ``jobs`` are the final batch jobs (one per chunk of the
    input; ``job`` is the first). Close it (or use it as a context manager) to delete the
    temporary files at once; otherwise they go when garbage-collected.
    """

    def __init__(
        self,
        jobs: Sequence[models.BatchJob],
        spans: Sequence[tuple[int, int]],
        files: Sequence[IO[bytes]],
        index: IO[bytes],
        count: int,
        adapter: TypeAdapter[Any] | None,
        input_file_ids: Sequence[str],
        *,
        leftover_file_ids: Sequence[str] = (),
    ) -> None:
        self.jobs: list[models.BatchJob] = list(jobs)
        """The batch jobs in their final status, in input order (one per chunk)."""
        self.job: models.BatchJob = self.jobs[0]
        """The first batch job (the only one when the input fits in one job)."""
        self.input_file_ids: list[str] = list(input_file_ids)
        """The uploaded JSONL input files, in input order."""
        self.input_file_id: str = self.input_file_ids[0]
        """The first uploaded input file."""
        self.leftover_file_ids: list[str] = list(leftover_file_ids)
        """Files that ``cleanup=True`` could not delete (each is logged as a warning on the
        ``mistralai.batch`` logger): they are still stored, delete them with
        ``files.delete(file_id=...)``. Empty without ``cleanup``."""
        self._spans = [_Span(s, c, j) for (s, c), j in zip(spans, self.jobs, strict=True)]
        self._files = list(files)
        self._index = index
        self._count = count
        self._adapter = adapter

    def __len__(self) -> int:
        return self._count

    def _entries(self, start: int, count: int) -> array[int]:
        entries = array("Q")
        entries.frombytes(os.pread(self._index.fileno(), count * _ENTRY, start * _ENTRY))
        return entries

    def __iter__(self) -> Iterator[BatchResult[R]]:
        for block in range(0, self._count, _BLOCK):
            entries = self._entries(block, min(_BLOCK, self._count - block))
            for offset, entry in enumerate(entries):
                yield self._read(block + offset, entry)

    def __getitem__(self, index: int) -> BatchResult[R]:
        count = self._count
        if index < 0:  # as a list does; the result keeps the request's real position
            index += count
        if not 0 <= index < count:
            raise IndexError(f"batch result index out of range (the batch has {count} requests)")
        return self._read(index, self._entries(index, 1)[0])

    def _read(self, index: int, entry: int) -> BatchResult[R]:
        if entry == 0:
            job = self._job_of(index)
            error = MistralError(
                f"batch job {job.id} (status {job.status}) produced no result for request {index}"
            )
            return BatchResult(index, str(index), None, error, None)
        handle = self._files[(entry >> _OFFSET_BITS) - 1]
        handle.seek(entry & ((1 << _OFFSET_BITS) - 1))
        line = json.loads(handle.readline())
        return self._result(index, cast(dict[str, Any], line))

    def _job_of(self, index: int) -> models.BatchJob:
        for span in self._spans:
            if span.start <= index < span.start + span.count:
                return span.job
        return self.job

    def _result(self, index: int, line: dict[str, Any]) -> BatchResult[R]:
        custom_id = str(line.get("custom_id", index))
        response = line.get("response")
        response_obj = cast(dict[str, Any], response) if isinstance(response, dict) else {}
        status = response_obj.get("status_code")
        status_code = status if isinstance(status, int) else None
        body = response_obj.get("body")
        error_value = line.get("error")
        if status_code is not None and 200 <= status_code < 300 and not error_value:
            if self._adapter is None:
                return BatchResult(index, custom_id, cast(R, body), None, status_code)
            try:
                parsed = self._adapter.validate_python(body)
            except ValidationError as exc:
                failure = ResponseValidationError(
                    f"the answer to batch request {index} could not be read: {exc}",
                    body=json.dumps(body),
                    status_code=status_code,
                )
                return BatchResult(index, custom_id, None, failure, status_code)
            return BatchResult(index, custom_id, cast(R, parsed), None, status_code)
        return BatchResult(
            index, custom_id, None, _line_error(index, status_code, body, error_value), status_code
        )

    def responses(self) -> Iterator[R]:
        """The parsed answers in input order; raises the first request's error it meets."""
        for result in self:
            yield result.unwrap()

    def iter_failed(self) -> Iterator[BatchResult[R]]:
        """The results that carry an error, in input order, one at a time."""
        return (r for r in self if r.error is not None)

    @property
    def failed(self) -> list[BatchResult[R]]:
        """The results that carry an error (a list: prefer :meth:`iter_failed` for huge runs)."""
        return list(self.iter_failed())

    def close(self) -> None:
        for handle in self._files:
            handle.close()
        self._index.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        statuses = ",".join(sorted({str(j.status) for j in self.jobs}))
        return (
            f"<BatchResults jobs={len(self.jobs)} first={self.job.id} status={statuses} "
            f"requests={len(self)}>"
        )


def _line_error(index: int, status: int | None, body: object, error: object) -> MistralError:
    message: str | None = None
    if isinstance(body, dict):
        raw = cast(dict[str, Any], body).get("message")
        message = raw if isinstance(raw, str) else None
    if message is None and isinstance(error, dict):
        raw = cast(dict[str, Any], error).get("message")
        message = raw if isinstance(raw, str) else None
    if message is None:
        message = json.dumps(error) if error else json.dumps(body) if body else "no detail"
    text = f"batch request {index} failed" + (f" with status {status}" if status else "")
    text += f": {message}"
    if status is None:
        return MistralError(text)
    cls = status_error_class(status)
    return cls(text, status_code=status, headers={}, body=json.dumps(body), request_id=None)
