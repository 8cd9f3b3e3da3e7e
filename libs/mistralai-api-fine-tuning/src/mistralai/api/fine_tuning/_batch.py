"""The steps of ``client.batch.run``: validate and write the JSONL input to local temporary
files (split into chunks at the service's limits), upload each chunk and create one job per
chunk (recording the ids in an optional state file, so a crashed run can resume), wait for
all jobs, download the result files to disk and index them for reading in input order.

Memory stays flat whatever the number of requests: the input is written line by line as the
iterable yields it, uploads stream from the temporary files, downloads stream to temporary
files, and the order is restored through a disk-backed index (8 bytes per request in a
temporary file, see :class:`~mistralai.api.fine_tuning.batch.BatchResults`).

The file operations are declared here (not imported from ``mistralai-api-files``) so that
``mistralai-api-fine-tuning`` works installed alone with core.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import inspect
import json
import os
import struct
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from pydantic import BaseModel, TypeAdapter, ValidationError

from mistralai.api.fine_tuning._generated import models
from mistralai.api.fine_tuning._wait import BATCH_TERMINAL_STATUSES, done
from mistralai.api.fine_tuning._wait import _timed_out as timed_out  # pyright: ignore[reportPrivateUsage]
from mistralai.api.fine_tuning.batch import (
    DEFAULT_LIMITS,
    BatchLimits,
    BatchPhase,
    BatchProgress,
    BatchResults,
)
from mistralai.api.fine_tuning.errors import (
    BatchJobError,
    BatchResumeError,
    BatchSubmissionError,
)
from mistralai.core.errors import RequestValidationError
from mistralai.core.plugins import default_registry, import_string
from mistralai.core.runtime import UNSET, Operation

if TYPE_CHECKING:
    from mistralai.api.fine_tuning._jobs import Batch
    from mistralai.core.runtime import BaseClient

_UPLOAD = Operation[dict[str, Any]](
    operation_id="files_api_routes_upload_file",
    method="POST",
    path="/v1/files",
    domain="files",
    response=dict[str, Any],
    body_kind="multipart",
    omit_none=frozenset({"visibility", "purpose"}),
)
_DELETE = Operation[dict[str, Any]](
    operation_id="files_api_routes_delete_file",
    method="DELETE",
    path="/v1/files/{file_id}",
    domain="files",
    response=dict[str, Any],
)
_DOWNLOAD = Operation[bytes](
    operation_id="files_api_routes_download_file",
    method="GET",
    path="/v1/files/{file_id}/content",
    domain="files",
    response=bytes,
    accept="application/octet-stream",
)

_PLACEHOLDER_MODEL = "batch-model"
_REPORT_EVERY = 10_000
"""Requests written between two ``writing`` progress reports."""
_STATE_KIND = "mistralai.batch.run"
_STATE_VERSION = 1
_ENTRY = struct.Struct("=Q")  # one index entry; BatchResults reads them as array("Q")
_EMPTY_ENTRY = bytes(_ENTRY.size)
_OFFSET_BITS = 40
_WRITE_BUFFER = 64 * 1024
"""Buffer of each temporary file: the input chunks are all open while writing, so this is
per chunk (the results share one file)."""

ProgressCallback = Callable[[models.BatchJob], Any]
RunProgressCallback = Callable[[BatchProgress], Any]


@functools.cache
def endpoint_operation(endpoint: str) -> Operation[Any] | None:
    """The installed (non-streaming, JSON-body) operation serving ``POST endpoint``, if any."""
    from mistralai.core.runtime import StreamOperation

    for spec in default_registry().domains():
        try:
            resource = import_string(spec.resource)
        except Exception:
            continue
        for klass in getattr(resource, "__mro__", ()):
            module = sys.modules.get(getattr(klass, "__module__", ""))
            if module is None:
                continue
            for value in vars(module).values():
                if (
                    isinstance(value, Operation)
                    and not isinstance(value, StreamOperation)
                    and value.method == "POST"
                    and value.path == endpoint
                    and value.body_kind == "json"
                ):
                    return value  # pyright: ignore[reportUnknownVariableType]
    return None


def _json_default(value: object) -> object:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _validation_message(exc: ValidationError) -> str:
    parts = [
        f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}"
        for e in exc.errors(include_url=False, include_input=False)[:5]
    ]
    return "; ".join(parts)


def _body(
    index: int,
    request: object,
    op: Operation[Any] | None,
    model: str | None,
    agent_id: str | None,
) -> object:
    if not isinstance(request, Mapping):
        raise RequestValidationError(
            f"batch request {index}: expected a mapping (the request body), "
            f"not {type(request).__name__}"
        )
    body: dict[str, Any] = {str(k): v for k, v in request.items()}  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
    if body.get("stream"):
        raise RequestValidationError(f"batch request {index}: 'stream' is not supported in batches")
    if op is None:
        return body
    values = dict(body)
    fields: Mapping[str, Any] = getattr(op.body, "model_fields", {})
    injected = False
    if "model" in fields and "model" not in values:
        if model is not None:
            values["model"], injected = model, True
        elif agent_id is not None:
            values["model"], injected = _PLACEHOLDER_MODEL, True
    try:
        validated = op.body_adapter.validate_python(values)
        dumped: Any = op.body_adapter.dump_python(
            validated, mode="json", by_alias=True, exclude_unset=True
        )
    except ValidationError as exc:
        raise RequestValidationError(
            f"batch request {index} is not a valid {op.operation_id} body: "
            f"{_validation_message(exc)}",
            errors=[
                {**dict(e), "index": index}
                for e in exc.errors(include_url=False, include_input=False)
            ],
        ) from exc
    if injected and isinstance(dumped, dict):
        dumped.pop("model", None)  # pyright: ignore[reportUnknownMemberType]
    return dumped  # pyright: ignore[reportUnknownVariableType]


# --------------------------------------------------------------------------- the plan


@dataclass(slots=True)
class Chunk:
    """The requests ``start .. start + count``: one input file and one batch job."""

    start: int
    count: int = 0
    size: int = 0
    digest: str = ""
    handle: IO[bytes] | None = None
    file_id: str | None = None
    job_id: str | None = None

    def record(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "count": self.count,
            "bytes": self.size,
            "sha256": self.digest,
            "file_id": self.file_id,
            "job_id": self.job_id,
        }

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


@dataclass(slots=True)
class Plan:
    """A batch run: its settings and its chunks (written locally, then submitted)."""

    endpoint: str
    model: str | None
    agent_id: str | None
    limits: BatchLimits
    adapter: TypeAdapter[Any] | None
    state_file: Path | None = None
    count: int = 0
    chunks: list[Chunk] = field(default_factory=list[Chunk])
    recorded: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    """The chunks of the state file being resumed (checked against the new ones)."""

    def close(self) -> None:
        for chunk in self.chunks:
            chunk.close()


def _adapter(endpoint: str, response_model: type[Any] | None) -> TypeAdapter[Any] | None:
    if response_model is not None:
        return TypeAdapter(response_model)
    op = endpoint_operation(endpoint)
    return op.response_adapter if op is not None else None


def _read_state(path: Path) -> dict[str, Any]:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BatchResumeError(
            f"cannot read the batch state file {path}: {exc}", state_file=str(path)
        ) from exc
    if (
        not isinstance(state, dict)
        or cast(dict[str, Any], state).get("kind") != _STATE_KIND
        or cast(dict[str, Any], state).get("version") != _STATE_VERSION
        or not isinstance(cast(dict[str, Any], state).get("chunks"), list)
    ):
        raise BatchResumeError(
            f"{path} is not a batch state file (version {_STATE_VERSION})", state_file=str(path)
        )
    return cast(dict[str, Any], state)


def _limits_of(state: Mapping[str, Any]) -> BatchLimits:
    raw = cast(dict[str, Any], state.get("limits") or {})
    return BatchLimits(
        max_requests_per_job=int(
            raw.get("max_requests_per_job", DEFAULT_LIMITS.max_requests_per_job)
        ),
        max_file_bytes=int(raw.get("max_file_bytes", DEFAULT_LIMITS.max_file_bytes)),
    )


def new_plan(
    *,
    endpoint: str,
    model: str | None,
    agent_id: str | None,
    response_model: type[Any] | None,
    limits: BatchLimits | None,
    state_file: str | os.PathLike[str] | None,
) -> Plan:
    """A plan; when ``state_file`` exists, it resumes that run (same settings and limits)."""
    path = None if state_file is None else Path(state_file)
    recorded: list[dict[str, Any]] = []
    if path is not None and path.exists():
        state = _read_state(path)
        mine = {"endpoint": endpoint, "model": model, "agent_id": agent_id}
        theirs = {k: state.get(k) for k in mine}
        if mine != theirs:
            raise BatchResumeError(
                f"the batch state file {path} was written for {theirs}, not {mine}",
                state_file=str(path),
            )
        limits = _limits_of(state)  # the chunk boundaries must match the recorded ones
        recorded = cast(list[dict[str, Any]], state["chunks"])
    plan = Plan(
        endpoint,
        model,
        agent_id,
        limits or DEFAULT_LIMITS,
        _adapter(endpoint, response_model),
        path,
    )
    plan.recorded = recorded
    return plan


def plan_from_state(state_file: str | os.PathLike[str], response_model: type[Any] | None) -> Plan:
    """The plan of a run whose every chunk was submitted (``resume``)."""
    path = Path(state_file)
    if not path.exists():
        raise BatchResumeError(f"no batch state file at {path}", state_file=str(path))
    state = _read_state(path)
    chunks = [
        Chunk(
            int(c["start"]),
            int(c["count"]),
            int(c.get("bytes") or 0),
            str(c.get("sha256") or ""),
            None,
            c.get("file_id"),
            c.get("job_id"),
        )
        for c in cast(list[dict[str, Any]], state["chunks"])
    ]
    count = int(state.get("count") or 0)
    if not state.get("complete") or not chunks or any(c.job_id is None for c in chunks):
        raise BatchResumeError(
            f"the run recorded in {path} was not completely submitted: call batch.run again "
            "with the same requests and state_file to finish submitting it",
            state_file=str(path),
        )
    endpoint = str(state["endpoint"])
    plan = Plan(
        endpoint,
        state.get("model"),
        state.get("agent_id"),
        _limits_of(state),
        _adapter(endpoint, response_model),
        path,
        count,
        chunks,
    )
    return plan


def save_state(plan: Plan, *, complete: bool) -> None:
    """Write the state file atomically (a crash leaves the old one or the new one)."""
    if plan.state_file is None:
        return
    state = {
        "kind": _STATE_KIND,
        "version": _STATE_VERSION,
        "endpoint": plan.endpoint,
        "model": plan.model,
        "agent_id": plan.agent_id,
        "limits": asdict(plan.limits),
        "count": plan.count,
        "complete": complete,
        "chunks": [c.record() for c in plan.chunks],
    }
    tmp = plan.state_file.with_name(plan.state_file.name + ".tmp")
    tmp.write_text(json.dumps(state, indent=1), encoding="utf-8")
    os.replace(tmp, plan.state_file)


def _reconcile(plan: Plan) -> None:
    """Carry the ids of a resumed run over to the chunks just written, after checking that
    the requests are the same ones (same boundaries and digests)."""
    path = str(plan.state_file)
    for number, recorded in enumerate(plan.recorded):
        if number >= len(plan.chunks):
            raise BatchResumeError(
                f"the requests given again are fewer than the ones recorded in {path}",
                state_file=path,
            )
        chunk = plan.chunks[number]
        if (recorded.get("start"), recorded.get("count"), recorded.get("sha256")) != (
            chunk.start,
            chunk.count,
            chunk.digest,
        ):
            raise BatchResumeError(
                f"requests {chunk.start}..{chunk.start + chunk.count - 1} differ from the ones "
                f"recorded in {path} (chunk {number}): pass the same requests to resume",
                state_file=path,
            )
        chunk.file_id = recorded.get("file_id")
        chunk.job_id = recorded.get("job_id")


def spool(plan: Plan, requests: Iterable[Mapping[str, Any]]) -> Iterator[int]:
    """Validate every request and write the JSONL chunks; yields the count every
    ``_REPORT_EVERY`` requests (progress). Raises before anything is sent."""
    if isinstance(requests, Mapping | str | bytes):
        raise RequestValidationError("requests must be an iterable of request bodies")
    op = endpoint_operation(plan.endpoint)
    limits = plan.limits
    chunk: Chunk | None = None
    digest = hashlib.sha256()
    try:
        for index, request in enumerate(requests):
            body = _body(index, request, op, plan.model, plan.agent_id)
            try:
                text = json.dumps(
                    {"custom_id": str(index), "body": body},
                    default=_json_default,
                    ensure_ascii=False,
                    separators=(",", ":"),
                )
            except (TypeError, ValueError) as exc:
                raise RequestValidationError(
                    f"batch request {index} cannot be written as JSON: {exc}"
                ) from exc
            line = text.encode("utf-8") + b"\n"
            if len(line) > limits.max_file_bytes:
                raise RequestValidationError(
                    f"batch request {index} takes {len(line)} bytes, more than the "
                    f"{limits.max_file_bytes} bytes an input file may hold"
                )
            if (
                chunk is None
                or chunk.count >= limits.max_requests_per_job
                or chunk.size + len(line) > limits.max_file_bytes
            ):
                if chunk is not None:
                    _seal(chunk, digest)
                    digest = hashlib.sha256()
                handle: IO[bytes] = tempfile.TemporaryFile(buffering=_WRITE_BUFFER)  # noqa: SIM115
                chunk = Chunk(index, handle=handle)
                plan.chunks.append(chunk)
            assert chunk.handle is not None
            chunk.handle.write(line)
            digest.update(line)
            chunk.count += 1
            chunk.size += len(line)
            plan.count += 1
            if plan.count % _REPORT_EVERY == 0:
                yield plan.count
        if chunk is None:
            raise RequestValidationError("requests is empty: nothing to run")
        _seal(chunk, digest)
        if plan.recorded:
            _reconcile(plan)
    except BaseException:
        plan.close()
        raise


def _seal(chunk: Chunk, digest: Any) -> None:
    assert chunk.handle is not None
    chunk.handle.flush()
    chunk.handle.seek(0)
    chunk.digest = str(digest.hexdigest())


# --------------------------------------------------------------------------- progress


class _Tracker:
    """What the run has done so far, for :class:`BatchProgress` snapshots."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.uploaded = 0
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


def _emit(callback: RunProgressCallback | None, progress: BatchProgress) -> None:
    if callback is not None:
        callback(progress)


async def _emit_async(callback: RunProgressCallback | None, progress: BatchProgress) -> None:
    if callback is not None:
        outcome = callback(progress)
        if inspect.isawaitable(outcome):
            await outcome


# --------------------------------------------------------------------------- shared steps


def _upload_body(chunk: Chunk, number: int) -> dict[str, Any]:
    return {
        "file": {
            "file_name": f"batch-input-{number:04d}.jsonl",
            "content": chunk.handle,  # streamed from the temporary file by the HTTP client
            "content_type": "application/jsonl",
        },
        "purpose": "batch",
    }


def _submission_error(
    plan: Plan, chunk: Chunk, file_id: str, deleted: bool, exc: BaseException
) -> BatchSubmissionError:
    fate = (
        "it has been deleted again"
        if deleted
        else "it could not be deleted and still exists: delete it with "
        f"files.delete(file_id={file_id!r})"
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


def _created_note(plan: Plan) -> str:
    ids = ", ".join(c.job_id for c in plan.chunks if c.job_id)
    note = (
        f"batch job(s) {ids} were created and may still be running; cancel them with "
        "batch.jobs.cancel(job_id=...)"
    )
    if plan.state_file is not None:
        note += f", or resume with batch.resume({str(plan.state_file)!r})"
    return note


def _result_ids(job: models.BatchJob) -> list[str]:
    return [f for f in (job.output_file, job.error_file) if f]


def _index(
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


def _new_index(count: int) -> IO[bytes]:
    index: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - owned by BatchResults
    os.ftruncate(index.fileno(), count * _ENTRY.size)  # sparse: zeros mean "no result yet"
    return index


def _no_results(plan: Plan, jobs: list[models.BatchJob]) -> BatchJobError:
    parts = [
        f"{j.id} {j.status} ({'; '.join(e.message for e in j.errors) or 'no detail'})" for j in jobs
    ]
    inputs = ", ".join(c.file_id or "?" for c in plan.chunks)
    return BatchJobError(
        f"batch job(s) ended without any result file: {', '.join(parts)}; input file(s) {inputs}",
        job=jobs[0],
    )


def _results_note(jobs: list[models.BatchJob]) -> str:
    ids = ", ".join(f for j in jobs for f in _result_ids(j))
    return (
        f"the results of batch job(s) {', '.join(j.id for j in jobs)} are in file(s) {ids}: "
        "download them with files.download(file_id=...) rather than running the batch again"
    )


def _finish(
    plan: Plan, jobs: list[models.BatchJob], files: list[IO[bytes]], index: IO[bytes]
) -> BatchResults[Any]:
    return BatchResults(
        jobs,
        [(c.start, c.count) for c in plan.chunks],
        files,
        index,
        plan.count,
        plan.adapter,
        [c.file_id or "" for c in plan.chunks],
    )


def _deadline_check(
    plan: Plan,
    pending: dict[int, str],
    latest: dict[int, models.BatchJob],
    deadline: float | None,
    timeout: float | None,
    now: float,
) -> None:
    if deadline is not None and now >= deadline:
        first = min(pending)
        error = timed_out("batch job", pending[first], latest.get(first), timeout or 0.0)
        error.add_note(_created_note(plan))
        raise error


# --------------------------------------------------------------------------- sync


def _delete(client: BaseClient, file_id: str) -> bool:
    try:
        client.request(_DELETE, path={"file_id": file_id})
    except Exception:
        return False
    return True


def _download(client: BaseClient, file_id: str, spool: IO[bytes]) -> tuple[int, int]:
    """Append the file's content to ``spool`` as it arrives; its byte range there."""
    start = spool.seek(0, os.SEEK_END)
    with client.stream_bytes(_DOWNLOAD, path={"file_id": file_id}) as stream:
        for chunk in stream.iter_bytes():
            spool.write(chunk)
    spool.flush()
    return start, spool.tell()


def write(
    plan: Plan, requests: Iterable[Mapping[str, Any]], on_progress: RunProgressCallback | None
) -> None:
    tracker = _Tracker(plan)
    for _ in spool(plan, requests):
        _emit(on_progress, tracker.snapshot("writing", total_known=False))
    save_state(plan, complete=all(c.job_id for c in plan.chunks))


def execute(
    batch: Batch,
    plan: Plan,
    *,
    metadata: Mapping[str, str] | None,
    timeout_hours: int,
    poll_interval: float,
    timeout: float | None,
    progress: ProgressCallback | None,
    on_progress: RunProgressCallback | None,
    cleanup: bool,
) -> BatchResults[Any]:
    client: BaseClient = batch._client  # pyright: ignore[reportPrivateUsage]
    tracker = _Tracker(plan)
    try:
        for number, chunk in enumerate(plan.chunks):
            if chunk.file_id is None:
                _emit(on_progress, tracker.snapshot("uploading"))
                uploaded = client.request(_UPLOAD, body=_upload_body(chunk, number))
                chunk.file_id = str(uploaded["id"])
                save_state(plan, complete=False)
            chunk.close()
            if chunk.job_id is None:
                try:
                    job = batch.jobs.create(
                        endpoint=plan.endpoint,
                        input_files=[chunk.file_id],
                        model=UNSET if plan.model is None else plan.model,
                        agent_id=UNSET if plan.agent_id is None else plan.agent_id,
                        metadata=UNSET if metadata is None else metadata,
                        timeout_hours=timeout_hours,
                    )
                except Exception as exc:
                    file_id = chunk.file_id
                    deleted = _delete(client, file_id)
                    if deleted:
                        chunk.file_id = None
                        save_state(plan, complete=False)
                    raise _submission_error(plan, chunk, file_id, deleted, exc) from exc
                chunk.job_id = job.id
                save_state(plan, complete=number == len(plan.chunks) - 1)
                _emit(on_progress, tracker.snapshot("submitted"))
    finally:
        plan.close()
    save_state(plan, complete=True)
    try:
        jobs = _wait(batch, plan, tracker, poll_interval, timeout, progress, on_progress)
    except Exception as exc:
        if _created_note(plan) not in getattr(exc, "__notes__", ()):
            exc.add_note(_created_note(plan))
        raise
    return _collect(client, plan, jobs, tracker, on_progress, cleanup)


def _wait(
    batch: Batch,
    plan: Plan,
    tracker: _Tracker,
    poll_interval: float,
    timeout: float | None,
    progress: ProgressCallback | None,
    on_progress: RunProgressCallback | None,
) -> list[models.BatchJob]:
    pending = {n: c.job_id for n, c in enumerate(plan.chunks) if c.job_id is not None}
    final: dict[int, models.BatchJob] = {}
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        for number, job_id in list(pending.items()):
            job = batch.jobs.get(job_id=job_id)
            if progress is not None:
                progress(job)
            tracker.latest[number] = job
            if done(job, BATCH_TERMINAL_STATUSES):
                final[number] = job
                del pending[number]
                tracker.finished += 1
        _emit(on_progress, tracker.snapshot("running"))
        if not pending:
            return [final[n] for n in range(len(plan.chunks))]
        now = time.monotonic()
        _deadline_check(plan, pending, tracker.latest, deadline, timeout, now)
        time.sleep(poll_interval if deadline is None else min(poll_interval, deadline - now))


def _collect(
    client: BaseClient,
    plan: Plan,
    jobs: list[models.BatchJob],
    tracker: _Tracker,
    on_progress: RunProgressCallback | None,
    cleanup: bool,
) -> BatchResults[Any]:
    if not any(_result_ids(j) for j in jobs):
        raise _no_results(plan, jobs)
    index = _new_index(plan.count)
    # Every result file goes to one temporary file (one buffer, whatever the number of jobs).
    spool: IO[bytes] = tempfile.TemporaryFile(buffering=_WRITE_BUFFER)  # noqa: SIM115
    files = [spool]
    try:
        for job in jobs:
            for position, file_id in enumerate(_result_ids(job)):
                _emit(on_progress, tracker.snapshot("downloading"))
                start, end = _download(client, file_id, spool)
                _index(spool, start, end, index, plan.count, check=position > 0)
    except BaseException as exc:
        spool.close()
        index.close()
        exc.add_note(_results_note(jobs))
        raise
    if cleanup:
        for chunk in plan.chunks:
            if chunk.file_id:
                _delete(client, chunk.file_id)
        for job in jobs:
            for file_id in _result_ids(job):
                _delete(client, file_id)
    _emit(on_progress, tracker.snapshot("done"))
    return _finish(plan, jobs, files, index)


# --------------------------------------------------------------------------- async


async def _delete_async(client: BaseClient, file_id: str) -> bool:
    try:
        await client.request_async(_DELETE, path={"file_id": file_id})
    except Exception:
        return False
    return True


async def _download_async(client: BaseClient, file_id: str, spool: IO[bytes]) -> tuple[int, int]:
    """Async twin of :func:`_download`."""
    start = spool.seek(0, os.SEEK_END)
    async with await client.stream_bytes_async(_DOWNLOAD, path={"file_id": file_id}) as stream:
        async for chunk in stream.iter_bytes():
            spool.write(chunk)
    spool.flush()
    return start, spool.tell()


async def write_async(
    plan: Plan, requests: Iterable[Mapping[str, Any]], on_progress: RunProgressCallback | None
) -> None:
    tracker = _Tracker(plan)
    for _ in spool(plan, requests):
        await _emit_async(on_progress, tracker.snapshot("writing", total_known=False))
    save_state(plan, complete=all(c.job_id for c in plan.chunks))


async def execute_async(
    batch: Batch,
    plan: Plan,
    *,
    metadata: Mapping[str, str] | None,
    timeout_hours: int,
    poll_interval: float,
    timeout: float | None,
    progress: Callable[[models.BatchJob], Awaitable[None] | None] | None,
    on_progress: RunProgressCallback | None,
    cleanup: bool,
) -> BatchResults[Any]:
    client: BaseClient = batch._client  # pyright: ignore[reportPrivateUsage]
    tracker = _Tracker(plan)
    try:
        for number, chunk in enumerate(plan.chunks):
            if chunk.file_id is None:
                await _emit_async(on_progress, tracker.snapshot("uploading"))
                uploaded = await client.request_async(_UPLOAD, body=_upload_body(chunk, number))
                chunk.file_id = str(uploaded["id"])
                save_state(plan, complete=False)
            chunk.close()
            if chunk.job_id is None:
                try:
                    job = await batch.jobs.create_async(
                        endpoint=plan.endpoint,
                        input_files=[chunk.file_id],
                        model=UNSET if plan.model is None else plan.model,
                        agent_id=UNSET if plan.agent_id is None else plan.agent_id,
                        metadata=UNSET if metadata is None else metadata,
                        timeout_hours=timeout_hours,
                    )
                except Exception as exc:
                    file_id = chunk.file_id
                    deleted = await _delete_async(client, file_id)
                    if deleted:
                        chunk.file_id = None
                        save_state(plan, complete=False)
                    raise _submission_error(plan, chunk, file_id, deleted, exc) from exc
                chunk.job_id = job.id
                save_state(plan, complete=number == len(plan.chunks) - 1)
                await _emit_async(on_progress, tracker.snapshot("submitted"))
    finally:
        plan.close()
    save_state(plan, complete=True)
    try:
        jobs = await _wait_async(
            batch, plan, tracker, poll_interval, timeout, progress, on_progress
        )
    except Exception as exc:
        if _created_note(plan) not in getattr(exc, "__notes__", ()):
            exc.add_note(_created_note(plan))
        raise
    return await _collect_async(client, plan, jobs, tracker, on_progress, cleanup)


async def _wait_async(
    batch: Batch,
    plan: Plan,
    tracker: _Tracker,
    poll_interval: float,
    timeout: float | None,
    progress: Callable[[models.BatchJob], Awaitable[None] | None] | None,
    on_progress: RunProgressCallback | None,
) -> list[models.BatchJob]:
    pending = {n: c.job_id for n, c in enumerate(plan.chunks) if c.job_id is not None}
    final: dict[int, models.BatchJob] = {}
    loop = asyncio.get_running_loop()
    deadline = None if timeout is None else loop.time() + timeout
    while True:
        for number, job_id in list(pending.items()):
            job = await batch.jobs.get_async(job_id=job_id)
            if progress is not None:
                outcome = progress(job)
                if inspect.isawaitable(outcome):
                    await outcome
            tracker.latest[number] = job
            if done(job, BATCH_TERMINAL_STATUSES):
                final[number] = job
                del pending[number]
                tracker.finished += 1
        await _emit_async(on_progress, tracker.snapshot("running"))
        if not pending:
            return [final[n] for n in range(len(plan.chunks))]
        now = loop.time()
        _deadline_check(plan, pending, tracker.latest, deadline, timeout, now)
        await asyncio.sleep(
            poll_interval if deadline is None else min(poll_interval, deadline - now)
        )


async def _collect_async(
    client: BaseClient,
    plan: Plan,
    jobs: list[models.BatchJob],
    tracker: _Tracker,
    on_progress: RunProgressCallback | None,
    cleanup: bool,
) -> BatchResults[Any]:
    if not any(_result_ids(j) for j in jobs):
        raise _no_results(plan, jobs)
    index = _new_index(plan.count)
    # Every result file goes to one temporary file (one buffer, whatever the number of jobs).
    spool: IO[bytes] = tempfile.TemporaryFile(buffering=_WRITE_BUFFER)  # noqa: SIM115
    files = [spool]
    try:
        for job in jobs:
            for position, file_id in enumerate(_result_ids(job)):
                await _emit_async(on_progress, tracker.snapshot("downloading"))
                start, end = await _download_async(client, file_id, spool)
                _index(spool, start, end, index, plan.count, check=position > 0)
    except BaseException as exc:
        spool.close()
        index.close()
        exc.add_note(_results_note(jobs))
        raise
    if cleanup:
        for chunk in plan.chunks:
            if chunk.file_id:
                await _delete_async(client, chunk.file_id)
        for job in jobs:
            for file_id in _result_ids(job):
                await _delete_async(client, file_id)
    await _emit_async(on_progress, tracker.snapshot("done"))
    return _finish(plan, jobs, files, index)
