"""The pieces of a batch run that do no network I/O: the upload body of a chunk, the
index of the downloaded results (where each request's line is), and the errors and notes
that say what was left on the server."""

from __future__ import annotations

import json
import os
import struct
import tempfile
from typing import IO, Any, cast

from mistralai.api.fine_tuning._generated import models
from mistralai.api.fine_tuning.batch import BatchResults
from mistralai.api.fine_tuning.batch._plan import Chunk, Plan
from mistralai.api.fine_tuning.errors import BatchJobError, BatchSubmissionError

_ENTRY = struct.Struct("=Q")  # one index entry; BatchResults reads them as array("Q")
_EMPTY_ENTRY = bytes(_ENTRY.size)
_OFFSET_BITS = 40


def upload_body(chunk: Chunk, number: int) -> dict[str, Any]:
    return {
        "file": {
            "file_name": f"batch-input-{number:04d}.jsonl",
            "content": chunk.handle,  # streamed from the temporary file by the HTTP client
            "content_type": "application/jsonl",
        },
        "purpose": "batch",
    }


def submission_error(
    plan: Plan, chunk: Chunk, file_id: str, failure: BaseException | None, exc: BaseException
) -> BatchSubmissionError:
    """The error of a job that could not be created; ``failure`` is why its input could not
    be deleted again (``None``: it was)."""
    deleted = failure is None
    fate = (
        "it has been deleted again"
        if deleted
        else f"it could not be deleted ({type(failure).__name__}: {failure}) and still exists: "
        f"delete it with files.delete(file_id={file_id!r})"
    )
    error = BatchSubmissionError(
        f"creating the batch job failed ({type(exc).__name__}: {exc}) after the input was "
        f"uploaded as file {file_id}; {fate}",
        input_file_id=file_id,
        input_file_deleted=deleted,
        cause=exc,
    )
    earlier = [c.job_id for c in plan.chunks if c.job_id is not None]
    if earlier:
        error.add_note(
            f"jobs {', '.join(earlier)} were created for the requests before "
            f"{chunk.start} and keep running"
            + (
                f"; run again with state_file={str(plan.state_file)!r} to finish"
                if plan.state_file
                else ""
            )
        )
    return error


def created_note(plan: Plan) -> str:
    ids = ", ".join(c.job_id for c in plan.chunks if c.job_id)
    note = (
        f"batch job(s) {ids} were created and may still be running; cancel them with "
        "batch.jobs.cancel(job_id=...)"
    )
    if plan.state_file is not None:
        note += f", or resume with batch.resume({str(plan.state_file)!r})"
    return note


def result_ids(job: models.BatchJob) -> list[str]:
    return [f for f in (job.output_file, job.error_file) if f]


def index_results(
    handle: IO[bytes], start: int, end: int, index: IO[bytes], count: int, check: bool
) -> None:
    """Record where each request's line is in ``handle`` (bytes ``start .. end``: one
    downloaded result file). With ``check``, a request already indexed keeps its first line
    (the output file comes before the error file, which repeats the failed lines)."""
    fd = index.fileno()
    handle.seek(start)
    offset = start
    while offset < end:
        raw = handle.readline()
        if not raw:
            break
        line_start, offset = offset, offset + len(raw)
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except ValueError:
            continue
        obj = cast(dict[str, Any], line) if isinstance(line, dict) else {}
        try:
            position = int(str(obj.get("custom_id")))
        except ValueError:
            continue
        if not 0 <= position < count:
            continue
        where = position * _ENTRY.size
        if check and os.pread(fd, _ENTRY.size, where) != _EMPTY_ENTRY:
            continue
        os.pwrite(fd, _ENTRY.pack((1 << _OFFSET_BITS) | line_start), where)


def new_index(count: int) -> IO[bytes]:
    index: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - owned by BatchResults
    os.ftruncate(index.fileno(), count * _ENTRY.size)  # sparse: zeros mean "no result yet"
    return index


def no_results(plan: Plan, jobs: list[models.BatchJob]) -> BatchJobError:
    parts = [
        f"{j.id} {j.status} ({'; '.join(e.message for e in j.errors) or 'no detail'})" for j in jobs
    ]
    inputs = ", ".join(c.file_id or "?" for c in plan.chunks)
    return BatchJobError(
        f"batch job(s) ended without any result file: {', '.join(parts)}; input file(s) {inputs}",
        job=jobs[0],
    )


def results_note(jobs: list[models.BatchJob]) -> str:
    ids = ", ".join(f for j in jobs for f in result_ids(j))
    return (
        f"the results of batch job(s) {', '.join(j.id for j in jobs)} are in file(s) {ids}: "
        "download them with files.download(file_id=...) rather than running the batch again"
    )


def finish(
    plan: Plan,
    jobs: list[models.BatchJob],
    files: list[IO[bytes]],
    index: IO[bytes],
    leftover_file_ids: list[str],
) -> BatchResults[Any]:
    return BatchResults(
        jobs,
        [(c.start, c.count) for c in plan.chunks],
        files,
        index,
        plan.count,
        plan.adapter,
        [c.file_id or "" for c in plan.chunks],
        leftover_file_ids=leftover_file_ids,
    )
