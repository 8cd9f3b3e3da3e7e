"""Workflows: execute one and wait for its result, then replay its logs.

``execute_workflow_and_wait`` starts the execution and polls it to its end (or, with
``use_api_sync=True``, lets the API wait); the log stream resumes by itself after a cut
connection (``Last-Event-ID``).
"""

from __future__ import annotations

from _support import api, is_fake


def main() -> int:
    with api() as client:
        result = client.workflows.execute_workflow_and_wait(
            "greet",
            input={"name": "Ada"},
            polling_interval=0.05 if is_fake() else 2,
            on_poll=lambda execution: print(f"  execution {execution.status}"),
        )
        print(f"workflow result: {result}")

        started = client.workflows.execute_workflow(
            workflow_identifier="greet", input={"name": "Bo"}
        )
        final = client.workflows.wait_for_workflow_completion(
            started.execution_id, polling_interval=0.05 if is_fake() else 2
        )
        print(f"execution {final.execution_id} {final.status}: {final.result}")
        with client.workflows.executions.stream_workflow_execution_logs(
            execution_id=final.execution_id
        ) as logs:
            for event in logs:
                print(f"  log {event.id}: {getattr(event.data, 'body', event.data)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
