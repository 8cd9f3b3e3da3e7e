"""The steps of ``client.batch.run``: validate and write the JSONL, upload, create, wait,
download and index the results.

The file operations are declared here (not imported from ``mistralai-api-files``) so that
``mistralai-api-fine-tuning`` works installed alone with core.
"""

from __future__ import annotations

import functools
import json
import sys
import tempfile
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, cast

from pydantic import BaseModel, TypeAdapter, ValidationError

from mistralai.api.fine_tuning._generated import models
from mistralai.api.fine_tuning.batch import BatchResults
from mistralai.api.fine_tuning.errors import BatchJobError, BatchSubmissionError
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


@dataclass(slots=True)
class Plan:
    """A validated batch, written to a local JSONL file, not sent yet."""

    endpoint: str
    model: str | None
    count: int
    jsonl: IO[bytes]
    adapter: TypeAdapter[Any] | None


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


def prepare(
    requests: Iterable[Mapping[str, Any]],
    *,
    endpoint: str,
    model: str | None,
    response_model: type[Any] | None,
    agent_id: str | None = None,
) -> Plan:
    """Validate every request and write the batch input; raises before anything is sent."""
    if isinstance(requests, Mapping | str | bytes):
        raise RequestValidationError("requests must be a list of request bodies")
    op = endpoint_operation(endpoint)
    jsonl: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - returned open
    count = 0
    try:
        for index, request in enumerate(requests):
            body = _body(index, request, op, model, agent_id)
            try:
                line = json.dumps(
                    {"custom_id": str(index), "body": body},
                    default=_json_default,
                    ensure_ascii=False,
                    separators=(",", ":"),
                )
            except (TypeError, ValueError) as exc:
                raise RequestValidationError(
                    f"batch request {index} cannot be written as JSON: {exc}"
                ) from exc
            jsonl.write(line.encode("utf-8") + b"\n")
            count += 1
        if count == 0:
            raise RequestValidationError("requests is empty: nothing to run")
        jsonl.seek(0)
    except BaseException:
        jsonl.close()
        raise
    if response_model is not None:
        adapter: TypeAdapter[Any] | None = TypeAdapter(response_model)
    else:
        adapter = op.response_adapter if op is not None else None
    return Plan(endpoint, model, count, jsonl, adapter)


def _upload_body(plan: Plan) -> dict[str, Any]:
    return {
        "file": {
            "file_name": "batch-input.jsonl",
            "content": plan.jsonl,
            "content_type": "application/jsonl",
        },
        "purpose": "batch",
    }


def _submission_error(file_id: str, deleted: bool, exc: BaseException) -> BatchSubmissionError:
    fate = (
        "it has been deleted again"
        if deleted
        else "it could not be deleted and still exists: delete it with "
        f"files.delete(file_id={file_id!r})"
    )
    return BatchSubmissionError(
        f"creating the batch job failed ({type(exc).__name__}: {exc}) after the input was "
        f"uploaded as file {file_id}; {fate}",
        input_file_id=file_id,
        input_file_deleted=deleted,
        cause=exc,
    )


def _created_note(job_id: str, file_id: str) -> str:
    return (
        f"batch job {job_id} (input file {file_id}) was created and may still be running; "
        f"cancel it with batch.jobs.cancel(job_id={job_id!r})"
    )


def _index(handle: IO[bytes], file_index: int, positions: list[tuple[int, int] | None]) -> None:
    handle.seek(0)
    offset = 0
    for raw in iter(handle.readline, b""):
        start, offset = offset, offset + len(raw)
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except ValueError:
            continue
        obj = cast(dict[str, Any], line) if isinstance(line, dict) else {}
        custom_id = obj.get("custom_id")
        try:
            index = int(str(custom_id))
        except ValueError:
            continue
        if 0 <= index < len(positions) and positions[index] is None:
            positions[index] = (file_index, start)


def _results_note(job: models.BatchJob, ids: list[str], file_id: str) -> str:
    return (
        f"batch job {job.id} (input file {file_id}) ended with status {job.status}; its "
        f"results are in file(s) {', '.join(ids)}: download them with "
        "files.download(file_id=...) rather than running the batch again"
    )


def _result_ids(job: models.BatchJob) -> list[str]:
    return [f for f in (job.output_file, job.error_file) if f]


def _finish(
    job: models.BatchJob, plan: Plan, file_id: str, files: list[IO[bytes]]
) -> BatchResults[Any]:
    positions: list[tuple[int, int] | None] = [None] * plan.count
    for number, handle in enumerate(files):
        _index(handle, number, positions)
    return BatchResults(job, files, positions, plan.adapter, file_id)


def _no_results(job: models.BatchJob, file_id: str) -> BatchJobError:
    detail = "; ".join(e.message for e in job.errors) or "no detail"
    return BatchJobError(
        f"batch job {job.id} ended with status {job.status} and no result file ({detail}); "
        f"its input is file {file_id}",
        job=job,
    )


# --------------------------------------------------------------------------- sync


def _delete(client: BaseClient, file_id: str) -> bool:
    try:
        client.request(_DELETE, path={"file_id": file_id})
    except Exception:
        return False
    return True


def _download(client: BaseClient, file_id: str) -> IO[bytes]:
    handle: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - returned open
    try:
        with client.stream_bytes(_DOWNLOAD, path={"file_id": file_id}) as stream:
            for chunk in stream.iter_bytes():
                handle.write(chunk)
    except BaseException:
        handle.close()
        raise
    return handle


def execute(
    batch: Batch,
    plan: Plan,
    *,
    agent_id: str | None,
    metadata: Mapping[str, str] | None,
    timeout_hours: int,
    poll_interval: float,
    timeout: float | None,
    progress: Callable[[models.BatchJob], None] | None,
    cleanup: bool,
) -> BatchResults[Any]:
    client: BaseClient = batch._client  # pyright: ignore[reportPrivateUsage]
    with plan.jsonl:
        uploaded = client.request(_UPLOAD, body=_upload_body(plan))
    file_id = str(uploaded["id"])
    try:
        job = batch.jobs.create(
            endpoint=plan.endpoint,
            input_files=[file_id],
            model=UNSET if plan.model is None else plan.model,
            agent_id=UNSET if agent_id is None else agent_id,
            metadata=UNSET if metadata is None else metadata,
            timeout_hours=timeout_hours,
        )
    except Exception as exc:
        raise _submission_error(file_id, _delete(client, file_id), exc) from exc
    try:
        job = batch.jobs.wait(
            job.id, poll_interval=poll_interval, timeout=timeout, progress=progress
        )
    except Exception as exc:  # WaitTimeoutError included: the job keeps running
        exc.add_note(_created_note(job.id, file_id))
        raise
    ids = _result_ids(job)
    if not ids:
        raise _no_results(job, file_id)
    files: list[IO[bytes]] = []
    try:
        for result_id in ids:
            files.append(_download(client, result_id))
    except BaseException as exc:
        for handle in files:
            handle.close()
        exc.add_note(_results_note(job, ids, file_id))
        raise
    if cleanup:
        for fid in (file_id, *ids):
            _delete(client, fid)
    return _finish(job, plan, file_id, files)


# --------------------------------------------------------------------------- async


async def _delete_async(client: BaseClient, file_id: str) -> bool:
    try:
        await client.request_async(_DELETE, path={"file_id": file_id})
    except Exception:
        return False
    return True


async def _download_async(client: BaseClient, file_id: str) -> IO[bytes]:
    handle: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - returned open
    try:
        async with await client.stream_bytes_async(_DOWNLOAD, path={"file_id": file_id}) as stream:
            async for chunk in stream.iter_bytes():
                handle.write(chunk)
    except BaseException:
        handle.close()
        raise
    return handle


async def execute_async(
    batch: Batch,
    plan: Plan,
    *,
    agent_id: str | None,
    metadata: Mapping[str, str] | None,
    timeout_hours: int,
    poll_interval: float,
    timeout: float | None,
    progress: Callable[[models.BatchJob], Awaitable[None] | None] | None,
    cleanup: bool,
) -> BatchResults[Any]:
    client: BaseClient = batch._client  # pyright: ignore[reportPrivateUsage]
    with plan.jsonl:
        uploaded = await client.request_async(_UPLOAD, body=_upload_body(plan))
    file_id = str(uploaded["id"])
    try:
        job = await batch.jobs.create_async(
            endpoint=plan.endpoint,
            input_files=[file_id],
            model=UNSET if plan.model is None else plan.model,
            agent_id=UNSET if agent_id is None else agent_id,
            metadata=UNSET if metadata is None else metadata,
            timeout_hours=timeout_hours,
        )
    except Exception as exc:
        raise _submission_error(file_id, await _delete_async(client, file_id), exc) from exc
    try:
        job = await batch.jobs.wait_async(
            job.id, poll_interval=poll_interval, timeout=timeout, progress=progress
        )
    except Exception as exc:
        exc.add_note(_created_note(job.id, file_id))
        raise
    ids = _result_ids(job)
    if not ids:
        raise _no_results(job, file_id)
    files: list[IO[bytes]] = []
    try:
        for result_id in ids:
            files.append(await _download_async(client, result_id))
    except BaseException as exc:
        for handle in files:
            handle.close()
        exc.add_note(_results_note(job, ids, file_id))
        raise
    if cleanup:
        for fid in (file_id, *ids):
            await _delete_async(client, fid)
    return _finish(job, plan, file_id, files)
