"""Results of ``client.batch.run``: one :class:`BatchResult` per request, in input order."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, Generic, Self, TypeVar, cast

from pydantic import TypeAdapter, ValidationError

from mistralai.api.fine_tuning._generated import models
from mistralai.core.errors import MistralError, ResponseValidationError, status_error_class

__all__ = ["BatchResult", "BatchResults"]

R = TypeVar("R")


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


class BatchResults(Generic[R]):
    """The results of a batch run, read lazily from a local temporary copy of the output.

    Iterate for :class:`BatchResult` objects in input order (as often as wanted); ``len()`` is
    the number of requests; ``job`` is the final batch job. Close it (or use it as a context
    manager) to delete the temporary copy at once; otherwise it goes when garbage-collected.
    """

    def __init__(
        self,
        job: models.BatchJob,
        files: Sequence[IO[bytes]],
        positions: Sequence[tuple[int, int] | None],
        adapter: TypeAdapter[Any] | None,
        input_file_id: str,
    ) -> None:
        self.job = job
        """The batch job in its final status."""
        self.input_file_id = input_file_id
        """The uploaded JSONL input file."""
        self._files = list(files)
        self._positions = list(positions)
        self._adapter = adapter

    def __len__(self) -> int:
        return len(self._positions)

    def __iter__(self) -> Iterator[BatchResult[R]]:
        for index in range(len(self._positions)):
            yield self[index]

    def __getitem__(self, index: int) -> BatchResult[R]:
        count = len(self._positions)
        if index < 0:  # as a list does; the result keeps the request's real position
            index += count
        if not 0 <= index < count:
            raise IndexError(f"batch result index out of range (the batch has {count} requests)")
        position = self._positions[index]
        if position is None:
            error = MistralError(
                f"batch job {self.job.id} (status {self.job.status}) produced no result "
                f"for request {index}"
            )
            return BatchResult(index, str(index), None, error, None)
        file_index, offset = position
        handle = self._files[file_index]
        handle.seek(offset)
        line = json.loads(handle.readline())
        return self._result(index, cast(dict[str, Any], line))

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

    @property
    def failed(self) -> list[BatchResult[R]]:
        """The results that carry an error."""
        return [r for r in self if r.error is not None]

    def close(self) -> None:
        for handle in self._files:
            handle.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<BatchResults job={self.job.id} status={self.job.status} requests={len(self)}>"


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
