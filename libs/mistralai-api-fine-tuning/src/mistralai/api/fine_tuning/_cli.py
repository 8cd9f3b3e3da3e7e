"""``mistral batch run`` and ``mistral fine-tuning jobs list|create|get|cancel|wait``.

Loaded only by the ``mistral`` command (entry point group ``mistralai.cli``): typer, rich and
mistralai.cli are imported here and nowhere else in this package. Progress comes from the
library's own ``progress`` callbacks of ``batch.run`` and ``jobs.wait``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from mistralai.api.fine_tuning._wait import DEFAULT_POLL_INTERVAL
from mistralai.api.fine_tuning.batch import BatchResults
from mistralai.api.fine_tuning.errors import BatchJobError
from mistralai.cli import (
    CliError,
    ExitCode,
    ProgressReporter,
    client,
    err_console,
    jsonable,
    print_json,
    print_table,
    progress,
)
from mistralai.core.runtime import UNSET

__all__ = ["batch_app", "fine_tuning_app"]

batch_app = typer.Typer(help="Run requests on the batch service.", no_args_is_help=True)
fine_tuning_app = typer.Typer(help="Fine-tuning jobs.", no_args_is_help=True)
batch_jobs_app = typer.Typer(help="List, show and cancel batch jobs.", no_args_is_help=True)
batch_app.add_typer(batch_jobs_app, name="jobs")
jobs_app = typer.Typer(help="Create, follow and cancel fine-tuning jobs.", no_args_is_help=True)
fine_tuning_app.add_typer(jobs_app, name="jobs")


@batch_app.callback()
def batch_group() -> None:
    """Run requests on the batch service."""
    # A callback keeps `batch` a group (`mistral batch run`): typer turns an app with a single
    # command and no callback into that command.


_POLL = typer.Option("--poll-interval", min=0.0, help="Seconds between status checks.")
_TIMEOUT = typer.Option("--timeout", min=0.0, help="Give up waiting after this many seconds.")


# --------------------------------------------------------------------------------- batch


def _read_requests(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Request bodies and their ids from a JSONL file: each line is a request body, or the
    batch file format ``{"custom_id": ..., "body": {...}}``."""
    bodies: list[dict[str, Any]] = []
    ids: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                value = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise CliError(
                    f"{path}:{number}: not JSON ({exc.msg})", ExitCode.BAD_REQUEST
                ) from None
            if not isinstance(value, dict):
                raise CliError(f"{path}:{number}: expected a JSON object", ExitCode.BAD_REQUEST)
            line: dict[str, Any] = value  # pyright: ignore[reportUnknownVariableType]
            body = line.get("body")
            if isinstance(body, dict):
                bodies.append(body)  # pyright: ignore[reportUnknownArgumentType]
                ids.append(str(line.get("custom_id", len(ids))))
            else:
                bodies.append(line)
                ids.append(str(len(ids)))
    if not bodies:
        raise CliError(f"{path}: no requests", ExitCode.BAD_REQUEST)
    return bodies, ids


def _batch_progress(bar: ProgressReporter) -> Any:
    def report(job: Any) -> None:
        bar.update(
            job.completed_requests,
            job.total_requests or None,
            status=f"batch {job.id} {job.status}",
        )

    return report


@batch_app.command("run")
def batch_run(
    input_file: Annotated[
        Path,
        typer.Argument(
            help="JSONL: one request body per line (or {custom_id, body}).",
            exists=True,
            dir_okay=False,
        ),
    ],
    model: Annotated[
        str | None, typer.Option("--model", "-m", help="The model for every request.")
    ] = None,
    endpoint: Annotated[
        str, typer.Option("--endpoint", "-e", help="/v1/chat/completions, /v1/embeddings...")
    ] = "/v1/chat/completions",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Results file (JSONL; default: INPUT.results.jsonl)."),
    ] = None,
    poll_interval: Annotated[float, _POLL] = DEFAULT_POLL_INTERVAL,
    timeout: Annotated[float | None, _TIMEOUT] = None,
    cleanup: Annotated[
        bool, typer.Option("--cleanup/--keep-files", help="Delete the uploaded and result files.")
    ] = False,
) -> None:
    """Run the requests of INPUT (JSONL) on the batch service and write the answers.

    The results file holds one JSON line per request, in input order:
    {"custom_id", "status_code", "response", "error"}. Exit code 9 if the job did not succeed.
    """
    bodies, ids = _read_requests(input_file)
    target = output or input_file.with_name(f"{input_file.stem}.results.jsonl")
    with progress(f"batch ({len(bodies)} requests)", kind="count", total=len(bodies)) as bar:
        try:
            results: BatchResults[Any] = client().batch.run(
                bodies,
                model=model,
                endpoint=endpoint,
                response_model=dict,
                polling_interval=poll_interval,
                timeout=timeout,
                on_poll=_batch_progress(bar),
                cleanup=cleanup,
            )
        except BatchJobError as exc:
            raise CliError(str(exc), ExitCode.FAILED) from exc
    failed = 0
    with results, target.open("w", encoding="utf-8") as out:
        for result in results:
            failed += 0 if result.ok else 1
            record = {
                "custom_id": ids[result.index],
                "status_code": result.status_code,
                "response": jsonable(result.response),
                "error": None if result.error is None else str(result.error),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        job = results.job
    err_console().print(
        f"batch {job.id} {job.status}: {len(ids) - failed} succeeded, {failed} failed; wrote {target}"
    )
    sys.stdout.write(f"{target}\n")
    if job.status != "SUCCESS":
        raise CliError(
            f"batch job {job.id} ended {job.status} (partial results in {target})", ExitCode.FAILED
        )


_BATCH_COLUMNS = ["id", "status", "endpoint", "model", "completed_requests", "total_requests"]


@batch_jobs_app.command("list")
def batch_jobs_list(
    status: Annotated[
        list[str] | None, typer.Option("--status", help="Only jobs in this status (repeatable).")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many jobs.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List batch jobs, newest first."""
    pages = client().batch.jobs.list(status=status or UNSET, page_size=min(limit, 100))
    items: list[Any] = []
    for item in pages:
        items.append(item)
        if len(items) >= limit:
            break
    if as_json:
        print_json(items)
        return
    rows: list[list[object]] = []
    for item in items:
        data: dict[str, Any] = jsonable(item)
        rows.append([data.get(column) for column in _BATCH_COLUMNS])
    print_table(_BATCH_COLUMNS, rows)


@batch_jobs_app.command("get")
def batch_jobs_get(job_id: Annotated[str, typer.Argument(help="The batch job id.")]) -> None:
    """Show one batch job (JSON)."""
    print_json(client().batch.jobs.get(job_id=job_id))


@batch_jobs_app.command("cancel")
def batch_jobs_cancel(job_id: Annotated[str, typer.Argument(help="The batch job id.")]) -> None:
    """Ask for a batch job to be cancelled; prints its status."""
    job = client().batch.jobs.cancel(job_id=job_id)
    sys.stdout.write(f"{job_id} {job.status}\n")


# --------------------------------------------------------------------------- fine-tuning

_JOB_COLUMNS = ["id", "status", "model", "job_type", "fine_tuned_model", "created_at"]


def _job_row(job: object) -> list[object]:
    data: dict[str, Any] = jsonable(job)
    return [data.get(column) for column in _JOB_COLUMNS]


def _follow(job_id: str, poll_interval: float, timeout: float | None) -> Any:
    """Wait for a job with a status display; exit code 9 unless it succeeded."""
    jobs = client().fine_tuning.jobs
    with progress(f"fine-tuning job {job_id}", kind="status") as bar:

        def report(job: Any) -> None:
            bar.update(status=f"fine-tuning job {job_id} {getattr(job, 'status', '?')}")

        final = jobs.wait(job_id, polling_interval=poll_interval, timeout=timeout, on_poll=report)
    status = str(getattr(final, "status", ""))
    if status in ("SUCCESS", "VALIDATED"):
        # VALIDATED: created with --no-auto-start; it waits for `start` and is not a failure.
        return final
    print_json(final)
    raise CliError(f"fine-tuning job {job_id} ended {status}", ExitCode.FAILED)


@jobs_app.command("list")
def jobs_list(
    model: Annotated[
        str | None, typer.Option("--model", "-m", help="Only jobs of this model.")
    ] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="Only jobs in this status.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many jobs.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List fine-tuning jobs."""
    pages = client().fine_tuning.jobs.list(
        model=UNSET if model is None else model,
        status=UNSET if status is None else status,
        page_size=min(limit, 100),
    )
    items: list[Any] = []
    for item in pages:
        items.append(item)
        if len(items) >= limit:
            break
    if as_json:
        print_json(items)
    else:
        print_table(_JOB_COLUMNS, [_job_row(i) for i in items])


@jobs_app.command("create")
def jobs_create(
    model: Annotated[str, typer.Option("--model", "-m", help="The base model.")],
    training_files: Annotated[
        list[str], typer.Option("--training-file", "-f", help="A training file id (repeatable).")
    ],
    validation_files: Annotated[
        list[str] | None,
        typer.Option("--validation-file", help="A validation file id (repeatable)."),
    ] = None,
    suffix: Annotated[
        str | None, typer.Option("--suffix", help="Added to the new model's name.")
    ] = None,
    training_steps: Annotated[int | None, typer.Option("--training-steps", min=1)] = None,
    learning_rate: Annotated[float | None, typer.Option("--learning-rate", min=0.0)] = None,
    epochs: Annotated[float | None, typer.Option("--epochs", min=0.0)] = None,
    auto_start: Annotated[
        bool | None, typer.Option("--auto-start/--no-auto-start", help="Start once validated.")
    ] = None,
    wait: Annotated[bool, typer.Option("--wait", help="Follow the job until it ends.")] = False,
    poll_interval: Annotated[float, _POLL] = DEFAULT_POLL_INTERVAL,
    timeout: Annotated[float | None, _TIMEOUT] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the job as JSON.")] = False,
) -> None:
    """Create a fine-tuning job and print its id (with --wait: follow it to the end)."""
    hyper: dict[str, Any] = {}
    if training_steps is not None:
        hyper["training_steps"] = training_steps
    if learning_rate is not None:
        hyper["learning_rate"] = learning_rate
    if epochs is not None:
        hyper["epochs"] = epochs
    job = client().fine_tuning.jobs.create(
        model=model,
        hyperparameters=hyper,  # pyright: ignore[reportArgumentType]
        training_files=[{"file_id": f} for f in training_files],
        validation_files=validation_files or UNSET,
        suffix=UNSET if suffix is None else suffix,
        auto_start=auto_start,
    )
    job_id = str(getattr(job, "id", ""))
    if wait and job_id:
        job = _follow(job_id, poll_interval, timeout)
    if as_json:
        print_json(job)
    else:
        sys.stdout.write(f"{job_id}\n")
        err_console().print(f"fine-tuning job {job_id} {getattr(job, 'status', '')}")


@jobs_app.command("get")
def jobs_get(job_id: Annotated[str, typer.Argument(help="The job id.")]) -> None:
    """Show one job (JSON)."""
    print_json(client().fine_tuning.jobs.get(job_id=job_id))


@jobs_app.command("cancel")
def jobs_cancel(job_id: Annotated[str, typer.Argument(help="The job id.")]) -> None:
    """Ask for a job to be cancelled; prints its status."""
    job = client().fine_tuning.jobs.cancel(job_id=job_id)
    sys.stdout.write(f"{job_id} {getattr(job, 'status', '')}\n")


@jobs_app.command("wait")
def jobs_wait(
    job_id: Annotated[str, typer.Argument(help="The job id.")],
    poll_interval: Annotated[float, _POLL] = DEFAULT_POLL_INTERVAL,
    timeout: Annotated[float | None, _TIMEOUT] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the final job as JSON.")] = False,
) -> None:
    """Follow a job until it ends; exit code 9 if it did not succeed, 10 on --timeout."""
    final = _follow(job_id, poll_interval, timeout)
    if as_json:
        print_json(final)
    else:
        model = getattr(final, "fine_tuned_model", None)
        sys.stdout.write(f"{job_id} {getattr(final, 'status', '')}{f' {model}' if model else ''}\n")
