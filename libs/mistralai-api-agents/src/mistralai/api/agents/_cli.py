"""``mistral agents list`` and ``mistral conversations start|append``.

Loaded only by the ``mistral`` command (entry point group ``mistralai.cli``): typer, rich and
mistralai.cli are imported here and nowhere else in this package.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any, cast

import typer

from mistralai.cli import (
    CliError,
    ExitCode,
    client,
    err_console,
    jsonable,
    print_json,
    print_table,
    read_input,
)
from mistralai.core.runtime import UNSET

__all__ = ["agents_app", "conversations_app"]

agents_app = typer.Typer(help="Agents.", no_args_is_help=True)
conversations_app = typer.Typer(
    help="Conversations with an agent or a model.", no_args_is_help=True
)


@agents_app.command("list")
def agents_list(
    name: Annotated[str | None, typer.Option("--name", help="Only agents with this name.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many agents.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List agents."""
    pages = client().beta.agents.list(
        page_size=min(limit, 100), name=UNSET if name is None else name
    )
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
        rows.append([data.get(k) for k in ("id", "name", "model", "version", "created_at")])
    print_table(["id", "name", "model", "version", "created_at"], rows)


@agents_app.command("get")
def agents_get(agent_id: Annotated[str, typer.Argument(help="The agent id.")]) -> None:
    """Show one agent (JSON)."""
    print_json(client().beta.agents.get(agent_id=agent_id))


def _print_outputs(response: Any) -> None:
    for entry in response.outputs:
        content = getattr(entry, "content", None)
        if isinstance(content, str):
            text = content
        elif isinstance(content, list):
            parts = cast(list[object], content)
            text = "".join(str(getattr(part, "text", "") or "") for part in parts)
        else:  # a tool execution, a function call, a handoff: shown by type
            text = f"[{getattr(entry, 'type', type(entry).__name__)}]"
        sys.stdout.write(text.rstrip("\n") + "\n")
    err_console().print(f"conversation {response.conversation_id}")


@conversations_app.command("start")
def conversations_start(
    prompt: Annotated[
        str | None, typer.Argument(help="The first message; read from stdin when omitted.")
    ] = None,
    agent_id: Annotated[
        str | None, typer.Option("--agent-id", "-a", help="Talk to this agent.")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", "-m", help="Or to this model.")] = None,
    instructions: Annotated[
        str | None, typer.Option("--instructions", help="Instructions (with --model).")
    ] = None,
    store: Annotated[
        bool, typer.Option("--store/--no-store", help="Keep the conversation to append to it.")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the response as JSON.")] = False,
) -> None:
    """Start a conversation and print the answer (the conversation id goes to stderr)."""
    if (agent_id is None) == (model is None):
        raise CliError("give exactly one of --agent-id and --model", ExitCode.USAGE)
    text = read_input(prompt, "message")
    response = client().beta.conversations.start(
        inputs=text,
        agent_id=UNSET if agent_id is None else agent_id,
        model=UNSET if model is None else model,
        instructions=UNSET if instructions is None else instructions,
        store=store,
    )
    if as_json:
        print_json(response)
    else:
        _print_outputs(response)


@conversations_app.command("append")
def conversations_append(
    conversation_id: Annotated[str, typer.Argument(help="The conversation id.")],
    prompt: Annotated[str | None, typer.Argument(help="The message; stdin when omitted.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the response as JSON.")] = False,
) -> None:
    """Add a message to a stored conversation and print the answer."""
    text = read_input(prompt, "message")
    response = client().beta.conversations.append(conversation_id=conversation_id, inputs=text)
    if as_json:
        print_json(response)
    else:
        _print_outputs(response)
