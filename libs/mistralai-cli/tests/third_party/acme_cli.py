"""A third-party package adding ``mistral acme``: the whole contract is an entry point in the
group ``mistralai.cli`` naming a ``typer.Typer`` (here ``acme = "acme_cli:app"``)."""

from __future__ import annotations

import sys

import typer

from mistralai.cli import CliError, ExitCode, client

app = typer.Typer(help="ACME tools (a third-party plugin).", no_args_is_help=True)


@app.command("hello")
def hello(name: str = "world") -> None:
    """Say hello through the API (a chat completion)."""
    answer = client().chat.complete(
        model="mistral-small-latest", messages=[{"role": "user", "content": f"hello {name}"}]
    )
    sys.stdout.write(f"acme: {answer.choices[0].message.content}\n")


@app.command("fail")
def fail() -> None:
    """End with a CliError."""
    raise CliError("acme gave up", ExitCode.FAILED)
