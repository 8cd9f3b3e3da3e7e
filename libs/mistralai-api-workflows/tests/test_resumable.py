"""The resumable stream overrides: generated signature kept, reconnection arguments (no I/O)."""

from __future__ import annotations

import inspect

import pytest

from mistralai.api.workflows._generated.resources import Deployments as GeneratedDeployments
from mistralai.api.workflows._generated.resources import Executions as GeneratedExecutions
from mistralai.api.workflows._resumable import (
    _Resumption,  # pyright: ignore[reportPrivateUsage]
)
from mistralai.api.workflows._workflows import Deployments, Executions
from mistralai.core.runtime import UNSET

LOGS = inspect.signature(GeneratedDeployments.stream_deployment_logs)


@pytest.mark.parametrize(
    ("ours", "generated"),
    [
        (Executions.stream, GeneratedExecutions.stream),
        (Executions.stream_async, GeneratedExecutions.stream_async),
        (
            Executions.stream_workflow_execution_logs,
            GeneratedExecutions.stream_workflow_execution_logs,
        ),
        (
            Deployments.stream_deployment_logs_async,
            GeneratedDeployments.stream_deployment_logs_async,
        ),
    ],
)
def test_the_override_has_the_generated_parameters_and_max_reconnects(
    ours: object, generated: object
) -> None:
    mine = inspect.signature(ours)  # pyright: ignore[reportArgumentType]
    theirs = inspect.signature(generated)  # pyright: ignore[reportArgumentType]
    assert list(mine.parameters) == [*theirs.parameters, "max_reconnects"]
    assert mine.parameters["max_reconnects"].kind is inspect.Parameter.KEYWORD_ONLY
    assert inspect.iscoroutinefunction(ours) == inspect.iscoroutinefunction(generated)
    assert "max_reconnects" in (getattr(ours, "__doc__", "") or "")


def test_a_reconnection_replaces_the_query_cursor() -> None:
    plan = _Resumption(LOGS, ("self",), {"name": "d", "last_event_id": "2"}, 3)
    assert plan.cursor == "2"
    assert plan.call(None) == (("self",), {"name": "d", "last_event_id": "2"})
    assert plan.call("7") == (("self",), {"name": "d", "last_event_id": "7"})


def test_a_reconnection_replaces_a_header_the_caller_sent_and_the_header_wins() -> None:
    given = {"name": "d", "last_event_id": "1", "last_event_id_header": "4"}
    plan = _Resumption(LOGS, ("self",), given, 3)
    assert plan.cursor == "4"
    _, kwargs = plan.call("9")
    assert kwargs["last_event_id"] == "9"
    assert kwargs["last_event_id_header"] == "9"


def test_a_header_the_caller_did_not_send_stays_unsent() -> None:
    plan = _Resumption(LOGS, ("self",), {"name": "d", "last_event_id_header": UNSET}, 3)
    assert plan.cursor is None
    _, kwargs = plan.call("5")
    assert kwargs == {"name": "d", "last_event_id_header": UNSET, "last_event_id": "5"}


def test_bad_arguments_fail_before_any_connection() -> None:
    with pytest.raises(ValueError, match="max_reconnects"):
        _Resumption(LOGS, ("self",), {"name": "d"}, -1)
    with pytest.raises(TypeError):
        _Resumption(LOGS, ("self",), {"nme": "d"}, 3)
