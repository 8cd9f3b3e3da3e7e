"""The fake server's routes for fine-tuning jobs and batch jobs (installed by mistralai-testing's
fake server through this package's ``mistralai.testing.routes`` entry point; never imported by
the SDK itself).

Everything lives in ``server.state`` under ``server.lock``:

- ``state["fine_tuning_jobs"]`` / ``state["batch_jobs"]``: jobs that move one status per poll
  (``GET`` of the job). The statuses a job goes through are, in order of precedence: the
  ``x-fake-job-statuses: QUEUED,RUNNING,SUCCESS`` header of the create request,
  ``state["fine_tuning.statuses"]`` / ``state["batch.statuses"]`` (lists of strings), or the
  default ``QUEUED, RUNNING, SUCCESS``.
- The training, validation and batch input files are the fake server's stored files
  (:func:`mistralai.testing.file_store`, uploaded through the files routes); a batch job's output
  and error files are stored there too (:func:`mistralai.testing.put_file`).

A batch job runs its input lines in a background thread from the moment it enters ``RUNNING``
(or ``SUCCESS``), reading the input files from disk line by line and writing the answers to
disk: each line goes through the server's own route for its endpoint (chat and FIM answers echo
the last user message) and the answers form the output file (JSONL, one line per input line:
``{"id", "custom_id", "response": {"status_code", "body"}, "error"}``); lines that fail (an
unknown ``model``, a body the endpoint rejects, an endpoint the fake does not serve) also go to
an error file. ``completed_requests`` grows while it runs. A poll that would show ``SUCCESS``
before the output is complete waits for it a little (so small jobs keep their exact status
sequence) and otherwise still answers ``RUNNING``: a million-line job streams through in
bounded memory.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

from mistralai.testing import (
    MODELS,
    Blob,
    RequestContext,
    Response,
    StreamResponse,
    as_dict,
    as_list,
    dumps,
    error_response,
    file_store,
    json_response,
    next_timestamp,
    page_slice,
    put_file,
    validation_error,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["DEFAULT_JOB_STATUSES", "HEADER_JOB_STATUSES", "install"]

HEADER_JOB_STATUSES = "x-fake-job-statuses"
DEFAULT_JOB_STATUSES: tuple[str, ...] = ("QUEUED", "RUNNING", "SUCCESS")
_BATCH_TERMINAL = frozenset({"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"})
_FT_TERMINAL = frozenset({"SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED"})
_KNOWN_MODELS = frozenset(m["id"] for m in MODELS)


def _uuid() -> str:
    return str(uuid.uuid4())


def _not_found(what: str, ident: str) -> Response:
    return error_response(404, f"{what} not found: {ident}", type="not_found")


def _state(server: FakeMistralServer, key: str) -> dict[str, dict[str, Any]]:
    return cast(dict[str, dict[str, Any]], server.state.setdefault(key, {}))


# --------------------------------------------------------------------------- jobs


def _statuses(ctx: RequestContext, key: str) -> list[str] | Response:
    raw = ctx.headers.get(HEADER_JOB_STATUSES)
    if raw is not None:
        statuses = [s.strip() for s in raw.split(",") if s.strip()]
    else:
        with ctx.server.lock:
            configured = ctx.server.state.get(key)
        statuses = (
            [str(s) for s in cast(list[Any], configured)]
            if configured
            else list(DEFAULT_JOB_STATUSES)
        )
    if not statuses:
        return error_response(400, f"{HEADER_JOB_STATUSES} must list at least one status")
    return statuses


def _advance(job: dict[str, Any], terminal: frozenset[str]) -> str | None:
    """Move ``job`` one step along its statuses; the new status when it changed."""
    steps: list[str] = job["_steps"]
    pos: int = job["_pos"] + 1
    if job["status"] in terminal or pos >= len(steps):
        return None
    job["_pos"] = pos
    status = steps[pos]
    job["status"] = status
    return status


def _public_job(job: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in job.items() if not k.startswith("_")}


# -- fine-tuning


def _create_ft_job(ctx: RequestContext) -> Response:
    try:
        body = as_dict(ctx.json())
    except ValueError:
        body = None
    if body is None:
        return validation_error(
            {"type": "dict_type", "loc": ["body"], "msg": "Input should be an object"}
        )
    errors: list[dict[str, object]] = []
    if not isinstance(body.get("model"), str):
        errors.append({"type": "missing", "loc": ["body", "model"], "msg": "Field required"})
    if as_dict(body.get("hyperparameters")) is None:
        errors.append(
            {"type": "missing", "loc": ["body", "hyperparameters"], "msg": "Field required"}
        )
    if errors:
        return validation_error(*errors)
    training: list[str] = []
    for item in as_list(body.get("training_files")) or []:
        entry = as_dict(item)
        if entry is None or not isinstance(entry.get("file_id"), str):
            return validation_error(
                {
                    "type": "missing",
                    "loc": ["body", "training_files", "file_id"],
                    "msg": "Field required",
                }
            )
        training.append(entry["file_id"])
    validation = [str(v) for v in as_list(body.get("validation_files")) or []]
    with ctx.server.lock:
        files = file_store(ctx.server)
        missing = [f for f in training + validation if f not in files]
    if missing:
        return _not_found("File", missing[0])
    job_type = body.get("job_type") or "completion"
    hyper = dict(as_dict(body.get("hyperparameters")) or {})
    hyper.setdefault("learning_rate", 0.0001)
    if (ctx.query_params.get("dry_run") or ["false"])[-1].lower() == "true":
        return json_response(
            {
                "object": "job.metadata",
                "expected_duration_seconds": 60,
                "cost": 1.0,
                "cost_currency": "USD",
                "train_tokens_per_step": 1000,
                "train_tokens": 10000,
                "data_tokens": 1000,
                "estimated_start_time": None,
                "deprecated": True,
                "details": "dry run: no job was created",
                "epochs": hyper.get("epochs"),
                "training_steps": hyper.get("training_steps"),
            }
        )
    statuses = _statuses(ctx, "fine_tuning.statuses")
    if isinstance(statuses, Response):
        return statuses
    auto_start = body.get("auto_start")
    if auto_start is False:
        statuses = ["QUEUED", "VALIDATING", "VALIDATED"]
    now = next_timestamp()
    job: dict[str, Any] = {
        "id": _uuid(),
        "auto_start": auto_start is not False,
        "model": body["model"],
        "status": statuses[0],
        "created_at": now,
        "modified_at": now,
        "training_files": training,
        "validation_files": validation,
        "object": "job",
        "fine_tuned_model": None,
        "suffix": body.get("suffix"),
        "integrations": [],
        "trained_tokens": None,
        "metadata": None,
        "job_type": job_type,
        "hyperparameters": hyper,
        "_steps": statuses,
        "_pos": 0,
        "_events": [{"name": "status-updated", "data": {"status": statuses[0]}, "created_at": now}],
    }
    if job_type == "classifier":
        job["classifier_targets"] = [
            {"weight": 1.0, "loss_function": "single_class", **t}
            for t in map(as_dict, as_list(body.get("classifier_targets")) or [])
            if t is not None
        ]
    else:
        job["repositories"] = []
    with ctx.server.lock:
        _state(ctx.server, "fine_tuning_jobs")[job["id"]] = job
    return json_response(_public_job(job))


def _detailed(job: Mapping[str, Any]) -> dict[str, Any]:
    return {**_public_job(job), "events": list(job["_events"]), "checkpoints": []}


def _ft_step(job: dict[str, Any]) -> None:
    status = _advance(job, _FT_TERMINAL)
    if status is None:
        return
    now = next_timestamp()
    job["modified_at"] = now
    job["_events"].append({"name": "status-updated", "data": {"status": status}, "created_at": now})
    if status == "SUCCESS":
        suffix = job["suffix"] or "fake"
        job["fine_tuned_model"] = f"ft:{job['model']}:{suffix}:{job['id'][:8]}"
        job["trained_tokens"] = 10000


def _get_ft_job(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        job = _state(ctx.server, "fine_tuning_jobs").get(ctx.params["job_id"])
        if job is None:
            return _not_found("Job", ctx.params["job_id"])
        answer = _detailed(job)
        _ft_step(job)
    return json_response(answer)


def _list_ft_jobs(ctx: RequestContext) -> Response:
    q = ctx.query_params
    with ctx.server.lock:
        jobs = [_public_job(j) for j in _state(ctx.server, "fine_tuning_jobs").values()]
    if q.get("model"):
        jobs = [j for j in jobs if j["model"] == q["model"][-1]]
    if q.get("status"):
        jobs = [j for j in jobs if j["status"] in q["status"]]
    if q.get("suffix"):
        jobs = [j for j in jobs if j["suffix"] == q["suffix"][-1]]
    jobs.sort(key=lambda j: j["created_at"], reverse=True)
    page, _, _, err = page_slice(ctx, jobs)
    if err is not None:
        return err
    return json_response({"data": page, "object": "list", "total": len(jobs)})


def _cancel_ft_job(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        job = _state(ctx.server, "fine_tuning_jobs").get(ctx.params["job_id"])
        if job is None:
            return _not_found("Job", ctx.params["job_id"])
        if job["status"] not in _FT_TERMINAL:
            job["status"] = "CANCELLATION_REQUESTED"
            job["_steps"] = [*job["_steps"][: job["_pos"] + 1], "CANCELLED"]
        answer = _detailed(job)
    return json_response(answer)


def _start_ft_job(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        job = _state(ctx.server, "fine_tuning_jobs").get(ctx.params["job_id"])
        if job is None:
            return _not_found("Job", ctx.params["job_id"])
        if job["status"] != "VALIDATED":
            return error_response(409, f"job {job['id']} is {job['status']}, not VALIDATED")
        job["_steps"] = [*job["_steps"][: job["_pos"] + 1], "QUEUED", "RUNNING", "SUCCESS"]
        _ft_step(job)
        answer = _detailed(job)
    return json_response(answer)


# -- batch


_HOLD_S = 10.0
"""How long a poll that would show ``SUCCESS`` waits for the output to be complete."""
_PROGRESS_EVERY = 1000
"""Lines between two updates of ``completed_requests`` while a job runs."""


def _check_input(blob: Blob) -> tuple[int, Response | None]:
    """Count the input lines of a batch file (read from disk), or the 400 for a bad one."""
    count = 0
    for number, raw in enumerate(blob.iter_lines(), 1):
        if not raw.strip():
            continue
        try:
            line = as_dict(json.loads(raw))
        except ValueError:
            line = None
        if line is None or as_dict(line.get("body")) is None:
            return 0, error_response(
                400, f"invalid JSONL line {number}: expected an object with 'body'"
            )
        count += 1
    return count, None


def _create_batch_job(ctx: RequestContext) -> Response:
    try:
        body = as_dict(ctx.json())
    except ValueError:
        body = None
    if body is None or not isinstance(body.get("endpoint"), str):
        return validation_error(
            {"type": "missing", "loc": ["body", "endpoint"], "msg": "Field required", "input": body}
        )
    input_files = [str(f) for f in as_list(body.get("input_files")) or []]
    inline = [r for r in map(as_dict, as_list(body.get("requests")) or []) if r is not None]
    if not input_files and not inline:
        return error_response(400, "either input_files or requests must be given")
    with ctx.server.lock:
        files = file_store(ctx.server)
        missing = [f for f in input_files if f not in files]
        blobs = [cast(Blob, files[f]["blob"]) for f in input_files if f in files]
    if missing:
        return _not_found("File", missing[0])
    total = len(inline)
    for blob in blobs:
        count, problem = _check_input(blob)
        if problem is not None:
            return problem
        total += count
    statuses = _statuses(ctx, "batch.statuses")
    if isinstance(statuses, Response):
        return statuses
    job: dict[str, Any] = {
        "id": _uuid(),
        "object": "batch",
        "input_files": input_files,
        "metadata": body.get("metadata"),
        "endpoint": body["endpoint"],
        "model": body.get("model"),
        "agent_id": body.get("agent_id"),
        "output_file": None,
        "error_file": None,
        "errors": [],
        "outputs": None,
        "status": statuses[0],
        "created_at": next_timestamp(),
        "total_requests": total,
        "completed_requests": 0,
        "succeeded_requests": 0,
        "failed_requests": 0,
        "started_at": None,
        "completed_at": None,
        "_steps": statuses,
        "_pos": 0,
        "_inline": inline,
        "_inputs": blobs,  # the job keeps the input even if the file is deleted meanwhile
        "_worker": None,
        "_done": threading.Event(),
        "_stop": threading.Event(),
        "_auth": ctx.headers.get("authorization", ""),
    }
    with ctx.server.lock:
        _state(ctx.server, "batch_jobs")[job["id"]] = job
        _batch_entered(ctx.server, job)
    return json_response(_public_job(job))


def _route_for(server: FakeMistralServer, job: Mapping[str, Any]) -> Any:
    """The route serving the job's endpoint, resolved once per job (not once per line: the
    router tries every pattern), or None when ``server.handle`` must answer (404, 405, 401)."""
    sub = RequestContext(
        server, "POST", str(job["endpoint"]), "", {"authorization": str(job["_auth"])}, b""
    )
    route, match, _ = server.router.resolve("POST", sub.path)
    if route is None or (route.auth and not server._authorized(sub)):  # pyright: ignore[reportPrivateUsage]
        return None
    return route, match


def _answer(
    server: FakeMistralServer, job: Mapping[str, Any], body: dict[str, Any], route: Any
) -> Response | StreamResponse:
    sub = RequestContext(
        server,
        "POST",
        str(job["endpoint"]),
        "",
        {"authorization": str(job["_auth"]), "content-type": "application/json"},
        dumps(body),
    )
    if route is None:
        return server.handle(sub)
    sub.match = route[1]
    try:
        return route[0].handler(sub)
    except Exception as exc:  # as server.handle does
        server.errors.append(exc)
        return error_response(500, f"fake server handler error: {exc!r}", type="internal_error")


def _run_line(
    server: FakeMistralServer,
    job: Mapping[str, Any],
    index: int,
    line: Mapping[str, Any],
    route: Any = None,
) -> tuple[bytes, bool]:
    """The output line (JSONL, with its newline) for one input line, and whether it failed."""
    custom_id = line.get("custom_id")
    body = dict(as_dict(line.get("body")) or {})
    if job["model"] is not None:
        body.setdefault("model", job["model"])
    model = body.get("model")
    status: int
    answer: Any
    raw: bytes | None = None
    if isinstance(model, str) and model not in _KNOWN_MODELS and not model.startswith("ft:"):
        status = 400
        answer = {
            "object": "error",
            "message": f"Invalid model: {model}",
            "type": "invalid_model",
            "param": None,
            "code": "1500",
        }
    elif body.get("stream") is True:
        status, answer = 400, {"object": "error", "message": "stream is not supported in batch"}
    else:
        response = _answer(server, job, body, route)
        if isinstance(response, StreamResponse):
            status, answer = 500, {"object": "error", "message": "unexpected stream"}
        else:
            status = response.status
            if status < 400 and response.content_type.startswith("application/json"):
                raw = response.body  # already JSON: spliced in as is (no parse, no dump)
                answer = None
            else:
                try:
                    answer = json.loads(response.body) if response.body else None
                except ValueError:
                    answer = response.body.decode("utf-8", "replace")
    error: dict[str, Any] | None = None
    if status >= 400:
        answer_obj = as_dict(answer)
        message = answer_obj.get("message") if answer_obj is not None else None
        error = {"message": str(message or answer), "code": status}
    encoded = b"".join(
        (
            b'{"id":',
            dumps(f"batch-{job['id'][:8]}-{index}"),
            b',"custom_id":',
            dumps(custom_id),
            b',"response":{"status_code":',
            str(status).encode(),
            b',"body":',
            raw if raw is not None else dumps(answer),
            b'},"error":',
            dumps(error),
            b"}\n",
        )
    )
    return encoded, error is not None


def _input_lines(job: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    yield from cast(list[dict[str, Any]], job["_inline"])
    for blob in cast(list[Blob], job["_inputs"]):
        for raw in blob.iter_lines():
            if raw.strip():
                yield cast(dict[str, Any], json.loads(raw))


def _work(server: FakeMistralServer, job: dict[str, Any]) -> None:
    """Run every input line of ``job`` and write the output and error files, streaming: one
    line in memory at a time (the background thread of a batch job)."""
    output, errors = Blob(), Blob()
    done = failed = 0
    stop: threading.Event = job["_stop"]
    route = _route_for(server, job)
    try:
        for index, line in enumerate(_input_lines(job)):
            if stop.is_set():
                return
            encoded, line_failed = _run_line(server, job, index, line, route)
            output.write(encoded)
            done += 1
            if line_failed:
                errors.write(encoded)
                failed += 1
            if done % _PROGRESS_EVERY == 0:
                with server.lock:
                    job["completed_requests"] = done
                    job["failed_requests"] = failed
                    job["succeeded_requests"] = done - failed
        short = job["id"][:8]
        out = put_file(
            server,
            output,
            filename=f"batch-{short}-output.jsonl",
            purpose="batch",
            sample_type="batch_result",
            source="mistral",
        )
        err = None
        if failed:
            err = put_file(
                server,
                errors,
                filename=f"batch-{short}-error.jsonl",
                purpose="batch",
                sample_type="batch_error",
                source="mistral",
            )
        with server.lock:
            job["completed_requests"] = done
            job["failed_requests"] = failed
            job["succeeded_requests"] = done - failed
            job["_output"] = output
            if job["status"] == "SUCCESS":
                _publish(job, out["id"], None if err is None else err["id"], failed)
            else:  # not published yet: the poll that reaches SUCCESS does it
                job["_files"] = (out["id"], None if err is None else err["id"], failed)
    finally:
        job["_done"].set()


def _publish(job: dict[str, Any], output_id: str, error_id: str | None, failed: int) -> None:
    job["output_file"] = output_id
    job["error_file"] = error_id
    if failed:
        job["errors"] = [{"message": f"{failed} request(s) failed", "count": failed}]
    job["completed_at"] = next_timestamp()


def _start(server: FakeMistralServer, job: dict[str, Any]) -> None:
    if job["_worker"] is None:
        worker = threading.Thread(
            target=_work, args=(server, job), name=f"fake-batch-{job['id'][:8]}", daemon=True
        )
        job["_worker"] = worker
        worker.start()


def _batch_entered(server: FakeMistralServer, job: dict[str, Any]) -> None:
    """Side effects of the status ``job`` just entered (call with the lock held)."""
    status = job["status"]
    now = next_timestamp()
    if status == "RUNNING" and job["started_at"] is None:
        job["started_at"] = now
        _start(server, job)
    if status not in _BATCH_TERMINAL:
        return
    if status != "SUCCESS":
        job["_stop"].set()
        job["completed_at"] = now
        return
    if job["started_at"] is None:
        job["started_at"] = now
    _start(server, job)
    files = job.pop("_files", None)
    if files is not None:  # the worker finished before SUCCESS
        _publish(job, *files)


def _batch_view(ctx: RequestContext, job: Mapping[str, Any]) -> dict[str, Any]:
    answer = _public_job(job)
    inline = (ctx.query_params.get("inline") or ["false"])[-1].lower() == "true"
    output = job.get("_output")
    if inline and job["output_file"] is not None and isinstance(output, Blob):
        answer["outputs"] = [json.loads(raw) for raw in output.iter_lines() if raw.strip()]
    return answer


def _get_batch_job(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        job = _state(ctx.server, "batch_jobs").get(ctx.params["job_id"])
    if job is None:
        return _not_found("Batch job", ctx.params["job_id"])
    if job["status"] == "SUCCESS":
        job["_done"].wait(_HOLD_S)  # outside the lock: the worker takes it
    with ctx.server.lock:
        if job["status"] == "SUCCESS" and job["output_file"] is None:
            # The output is still being written: the job is not done yet for its owner.
            return json_response({**_public_job(job), "status": "RUNNING", "completed_at": None})
        answer = _batch_view(ctx, job)
        if _advance(job, _BATCH_TERMINAL) is not None:
            _batch_entered(ctx.server, job)
    return json_response(answer)


def _list_batch_jobs(ctx: RequestContext) -> Response:
    q = ctx.query_params
    with ctx.server.lock:
        jobs = [_public_job(j) for j in _state(ctx.server, "batch_jobs").values()]
    if q.get("model"):
        jobs = [j for j in jobs if j["model"] == q["model"][-1]]
    if q.get("status"):
        jobs = [j for j in jobs if j["status"] in q["status"]]
    order = (q.get("order_by") or ["-created"])[-1]
    jobs.sort(key=lambda j: j["created_at"], reverse=order.startswith("-"))
    page, _, _, err = page_slice(ctx, jobs)
    if err is not None:
        return err
    return json_response({"data": page, "object": "list", "total": len(jobs)})


def _cancel_batch_job(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        job = _state(ctx.server, "batch_jobs").get(ctx.params["job_id"])
        if job is None:
            return _not_found("Batch job", ctx.params["job_id"])
        if job["status"] not in _BATCH_TERMINAL:
            job["status"] = "CANCELLATION_REQUESTED"
            job["_steps"] = [*job["_steps"][: job["_pos"] + 1], "CANCELLED"]
            job["_stop"].set()
        answer = _public_job(job)
    return json_response(answer)


def _delete_batch_job(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        job = _state(ctx.server, "batch_jobs").pop(ctx.params["job_id"], None)
    if job is None:
        return _not_found("Batch job", ctx.params["job_id"])
    return json_response({"id": job["id"], "object": "batch", "deleted": True})


# --------------------------------------------------------------------------- install


def install(server: FakeMistralServer) -> None:
    """Add the fine-tuning and batch job routes to ``server``."""
    add = server.add_route
    ft = r"/v1/fine_tuning/jobs/(?P<job_id>[^/]+)"
    add("POST", r"/v1/fine_tuning/jobs", _create_ft_job)
    add("GET", r"/v1/fine_tuning/jobs", _list_ft_jobs)
    add("GET", ft, _get_ft_job)
    add("POST", ft + "/cancel", _cancel_ft_job)
    add("POST", ft + "/start", _start_ft_job)

    batch = r"/v1/batch/jobs/(?P<job_id>[^/]+)"
    add("POST", r"/v1/batch/jobs", _create_batch_job)
    add("GET", r"/v1/batch/jobs", _list_batch_jobs)
    add("GET", batch, _get_batch_job)
    add("DELETE", batch, _delete_batch_job)
    add("POST", batch + "/cancel", _cancel_batch_job)
