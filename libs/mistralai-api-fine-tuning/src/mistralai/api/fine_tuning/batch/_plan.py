"""The plan of ``client.batch.run``: validate and write the JSONL input to local temporary
files (split into chunks at the service's limits), and the state file that records the
uploaded files and created jobs (so a crashed run can resume). Running the plan (upload,
create, wait, download, index) is :mod:`mistralai.api.fine_tuning.batch._run`.

Memory stays flat whatever the number of requests: the input is written line by line as the
iterable yields it, uploads stream from the temporary files, downloads stream to temporary
files, and the order is restored through a disk-backed index (8 bytes per request in a
temporary file, see :class:`~mistralai.api.fine_tuning.batch.BatchResults`).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any, cast

from pydantic import BaseModel, TypeAdapter, ValidationError

from mistralai.api.fine_tuning.batch import DEFAULT_LIMITS, BatchLimits
from mistralai.api.fine_tuning.errors import BatchResumeError
from mistralai.core.errors import RequestValidationError
from mistralai.core.plugins import Registry, default_registry
from mistralai.core.runtime import Operation

_PLACEHOLDER_MODEL = "batch-model"
_REPORT_EVERY = 10_000
"""Requests written between two ``writing`` progress reports."""
_STATE_KIND = "mistralai.batch.run"
_STATE_VERSION = 1
WRITE_BUFFER = 64 * 1024
"""Buffer of each temporary file: the input chunks are all open while writing, so this is
per chunk (the results share one file)."""


def endpoint_operation(endpoint: str, registry: Registry | None = None) -> Operation[Any] | None:
    """The installed (non-streaming, JSON-body) operation serving ``POST endpoint``, if any,
    from the domain packages' operation registries (``registry``: the client's; by default
    the process-wide one)."""
    from mistralai.core.runtime import StreamOperation

    for op in (registry or default_registry()).operations().values():
        if (
            not isinstance(op, StreamOperation)
            and op.method == "POST"
            and op.path == endpoint
            and op.body_kind == "json"
        ):
            return op
    return None


def _json_default(value: object) -> object:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


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
    codec = op.body_codec
    try:
        if codec is not None:  # as an online request of the operation sends it
            dumped: Any = codec.encode_python(values)
        else:
            validated = op.body_adapter.validate_python(values)
            dumped = op.body_adapter.dump_python(
                validated, mode="json", by_alias=True, exclude_unset=True
            )
    except ValidationError as exc:
        raise RequestValidationError.from_pydantic(
            exc, f"batch request {index} is not a valid {op.operation_id} body", index=index
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
                handle: IO[bytes] = tempfile.TemporaryFile(buffering=WRITE_BUFFER)  # noqa: SIM115
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
