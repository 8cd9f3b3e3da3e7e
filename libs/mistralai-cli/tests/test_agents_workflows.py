"""``mistral agents``, ``conversations`` and ``workflows`` against the fake server's stateful
agents and workflow executions."""

from __future__ import annotations

import json
from collections.abc import Callable

from typer.testing import Result

from mistralai.cli import ExitCode
from mistralai.core import Mistral
from mistralai.testing import FakeMistralServer

Run = Callable[..., Result]


def test_agents_list_and_conversations(run: Run, fake_server: FakeMistralServer) -> None:
    with Mistral(api_key="test-key", server_url=fake_server.url) as sdk:
        agent = sdk.beta.agents.create(model="mistral-small-latest", name="helper")
    listed = run("agents", "list", "--json")
    assert listed.exit_code == 0, listed.stderr
    assert [(a["id"], a["name"]) for a in json.loads(listed.stdout)] == [(agent.id, "helper")]
    assert agent.id in run("agents", "list").stdout

    started = run("conversations", "start", "--agent-id", agent.id, "hi agent")
    assert started.exit_code == 0, started.stderr
    assert started.stdout == "You said: hi agent\n"
    conversation_id = started.stderr.split("conversation ", 1)[1].split()[0]
    assert fake_server.requests.last.json()["agent_id"] == agent.id

    appended = run("conversations", "append", conversation_id, input="and again\n")
    assert appended.exit_code == 0, appended.stderr
    assert appended.stdout == "You said: and again\n"

    by_model = run("conversations", "start", "-m", "mistral-small-latest", "hi model", "--json")
    assert json.loads(by_model.stdout)["outputs"][0]["content"] == "You said: hi model"
    assert run("conversations", "start", "x").exit_code == ExitCode.USAGE  # no agent nor model


def test_workflows_execute_and_wait(run: Run, fake_server: FakeMistralServer) -> None:
    result = run(
        "workflows",
        "execute",
        "greet",
        "--input",
        '{"name": "Ada"}',
        "--wait",
        "--poll-interval",
        "0",
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {"greeting": "Hello, Ada!"}
    assert "COMPLETED" in result.stderr  # the status line
    assert fake_server.requests.filter(method="POST")[0].json()["input"] == {"name": "Ada"}


def test_workflows_failures_have_their_codes(run: Run) -> None:
    failed = run("workflows", "execute", "failing", "--wait", "--poll-interval", "0")
    assert failed.exit_code == ExitCode.FAILED
    assert "ended with status FAILED" in failed.stderr.splitlines()[-1]
    late = run(
        "workflows", "execute", "forever", "--wait", "--poll-interval", "0", "--timeout", "0"
    )
    assert late.exit_code == ExitCode.TIMEOUT
    assert run("workflows", "execute", "nope").exit_code == ExitCode.NOT_FOUND
    assert run("workflows", "execute", "echo", "--input", "[1]").exit_code == ExitCode.USAGE


def test_workflows_logs_follow_the_stream(run: Run, fake_server: FakeMistralServer) -> None:
    started = run("workflows", "execute", "echo")
    assert started.exit_code == 0, started.stderr
    execution_id = started.stdout.strip()
    # The stream breaks after 2 events: the command resumes from the last id and prints each
    # record once.
    fake_server.inject_stream_cut(after_chunks=2, path=r"/v1/workflows/executions/.*/logs/stream")
    logs = run("workflows", "logs", execution_id)
    assert logs.exit_code == 0, logs.stderr
    lines = logs.stdout.splitlines()
    assert [line.rsplit(" ", 1)[1] for line in lines] == ["1", "2", "3", "4", "5", "6"]
    assert lines[0].endswith(f"execution {execution_id} log line 1")
    records = [
        json.loads(x)
        for x in run(
            "workflows", "logs", execution_id, "--json", "--after-id", "4"
        ).stdout.splitlines()
    ]
    assert [r["id"] for r in records] == ["5", "6"]
    deployment = run("workflows", "logs", "--deployment", "default")
    assert deployment.exit_code == 0 and "deployment default log line 1" in deployment.stdout
