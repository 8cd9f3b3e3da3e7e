"""``mistral workflows list|execute|status|logs``.

Loaded only by the ``mistral`` command (entry point group ``mistralai.cli``): typer, rich and
mistralai.cli are imported here and nowhere else in this package. ``execute --wait`` shows
the library's ``on_poll`` callback as a status line; ``logs`` follows the resumable stream.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from mistralai.api.workflows.errors import WorkflowExecutionFailedError
from mistralai.cli import (
    CliError,
    ExitCode,
    client,
    err_console,
    jsonable,
    print_json,
    print_table,
    progress,
)
from mistralai.core.runtime import UNSET

__all__ = ["app"]

app = typer.Typer(help="Run workflows and follow their logs.", no_args_is_help=True)


def _parse_input(raw: str | None) -> Any:
    if raw is None:
        return UNSET
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CliError(f"--input is not JSON: {exc.msg}", ExitCode.USAGE) from None
    if not isinstance(value, dict):
        raise CliError("--input must be a JSON object", ExitCode.USAGE)
    return value  # pyright: ignore[reportUnknownVariableType]


@app.command("list")
def workflows_list(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List workflows."""
    items: list[Any] = list(client().workflows.get_workflows())
    if as_json:
        print_json(items)
        return
    rows: list[list[object]] = []
    for item in items:
        data: dict[str, Any] = jsonable(item)
        rows.append(
            [data.get("id"), data.get("name"), data.get("display_name"), data.get("description")]
        )
    print_table(["id", "name", "display name", "description"], rows)


@app.command("execute")
def execute(
    name: Annotated[str, typer.Argument(help="The workflow name or id.")],
    input_json: Annotated[
        str | None,
        typer.Option("--input", "-i", help='The input, a JSON object: \'{"name": "x"}\'.'),
    ] = None,
    wait: Annotated[bool, typer.Option("--wait", help="Wait for the result and print it.")] = False,
    deployment: Annotated[
        str | None, typer.Option("--deployment", help="The deployment to run on.")
    ] = None,
    poll_interval: Annotated[
        float, typer.Option("--poll-interval", min=0.0, help="Seconds between status checks.")
    ] = 5.0,
    timeout: Annotated[
        float | None,
        typer.Option("--timeout", min=0.0, help="Give up waiting after this many seconds."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the execution as JSON.")] = False,
) -> None:
    """Start workflow NAME. Prints the execution id, or with --wait its result (JSON); exit
    code 9 if the execution fails, 10 if --timeout passes first."""
    workflows = client().workflows
    started = workflows.execute_workflow(
        workflow_identifier=name,
        input=_parse_input(input_json),
        deployment_name=UNSET if deployment is None else deployment,
    )
    execution_id = started.execution_id
    if not wait:
        if as_json:
            print_json(started)
        else:
            sys.stdout.write(f"{execution_id}\n")
            err_console().print(
                f"workflow {name}: execution {execution_id} {getattr(started, 'status', '')}"
            )
        return
    with progress(f"workflow {name} {execution_id}", kind="status") as bar:

        def report(execution: Any) -> None:
            bar.update(status=f"workflow {name} {execution_id} {execution.status}")

        try:
            final = workflows.wait_for_workflow_completion(
                execution_id, polling_interval=poll_interval, timeout=timeout, on_poll=report
            )
        except WorkflowExecutionFailedError as exc:
            raise CliError(str(exc), ExitCode.FAILED) from exc
    print_json(final if as_json else final.result)


@app.command("status")
def status(execution_id: Annotated[str, typer.Argument(help="The execution id.")]) -> None:
    """Show an execution (JSON)."""
    print_json(client().workflows.executions.get_workflow_execution(execution_id=execution_id))


@app.command("logs")
def logs(
    execution_id: Annotated[str | None, typer.Argument(help="The execution id.")] = None,
    deployment: Annotated[
        str | None, typer.Option("--deployment", help="Follow a deployment's logs instead.")
    ] = None,
    after: Annotated[
        str | None, typer.Option("--after-id", help="Start after this log event id.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON record per line.")] = False,
) -> None:
    """Follow the logs of an execution (or of a deployment) as they arrive; the stream resumes
    by itself after a broken connection."""
    if (execution_id is None) == (deployment is None):
        raise CliError("give an execution id or --deployment NAME (one of them)", ExitCode.USAGE)
    workflows = client().workflows
    cursor = UNSET if after is None else after
    stream: Any
    if execution_id is not None:
        stream = workflows.executions.stream_workflow_execution_logs(
            execution_id=execution_id, last_event_id=cursor
        )
    else:
        stream = workflows.deployments.stream_deployment_logs(
            name=str(deployment), last_event_id=cursor
        )
    with stream:
        for event in stream:
            data = event.data
            if data is None:
                continue
            record: dict[str, Any] = jsonable(data)
            if event.event == "error":
                raise CliError(f"log stream error: {record}", ExitCode.SERVER)
            if as_json:
                line = json.dumps({"id": event.id, **record}, ensure_ascii=False)
            else:
                line = f"{record.get('timestamp', '')} {record.get('severity_text', '')} {record.get('body', '')}"
            sys.stdout.write(line + "\n")
            sys.stdout.flush()  # followed live, also through a pipe
