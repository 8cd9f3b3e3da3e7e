"""The ``mistral`` console script: global options, plugin commands, error handling."""

from __future__ import annotations

import os
import sys
import traceback
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from mistralai.cli._context import CliState, activate, state
from mistralai.cli._errors import ExitCode, classify
from mistralai.cli._plugins import CommandSource, discover, load

__all__ = ["app", "main"]


class MistralGroup(TyperGroup):
    """The root group: its subcommands are the installed ``mistralai.cli`` entry points, and
    every failure of a command ends as one line on stderr with its exit code."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._loaded: dict[str, Any] = {}
        self._sources: dict[str, CommandSource] | None = None

    def _installed(self) -> dict[str, CommandSource]:
        # Read once per run: the installed distributions do not change while it runs.
        if self._sources is None:
            self._sources = discover()
        return self._sources

    # ctx and commands are typer's own copy of click's types (private to typer): Any here.
    def list_commands(self, ctx: Any) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self._installed()))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        own = super().get_command(ctx, cmd_name)
        if own is not None:
            return own
        if cmd_name not in self._loaded:
            source = self._installed().get(cmd_name)
            if source is None:
                return None
            self._loaded[cmd_name] = load(source)
        return self._loaded[cmd_name]

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise  # usage errors and explicit exits keep click's handling (exit code 2...)
        except (KeyboardInterrupt, Exception) as exc:
            _report(exc)


def _report(exc: BaseException) -> None:
    if isinstance(exc, BrokenPipeError):
        # The reader of stdout went away (`mistral ... | head`): nothing to say, and any later
        # flush of stdout would fail again.
        if _has_fileno(sys.stdout):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(ExitCode.BROKEN_PIPE)
    code, message = classify(exc)
    if state().debug:
        traceback.print_exception(exc, file=sys.stderr)
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def _has_fileno(stream: Any) -> bool:
    try:
        stream.fileno()
    except (AttributeError, OSError, ValueError):  # a test runner's in-memory stream
        return False
    return True


app = typer.Typer(
    name="mistral",
    cls=MistralGroup,
    help="Mistral AI from the command line. Commands come from the installed packages.",
    no_args_is_help=True,
    # Our own one-line errors (and --debug for the traceback) instead of typer's rich traceback.
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from mistralai.cli import __version__

        typer.echo(f"mistral {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    server_url: Annotated[
        str | None,
        typer.Option(
            "--server-url",
            envvar="MISTRAL_SERVER_URL",
            help="API base URL (default: https://api.mistral.ai).",
            show_envvar=True,
        ),
    ] = None,
    timeout_ms: Annotated[
        int | None,
        typer.Option("--timeout-ms", min=1, help="Timeout of each request, in milliseconds."),
    ] = None,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug",
            envvar="MISTRAL_DEBUG",
            help="Print the traceback of an error.",
            show_envvar=True,
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Mistral AI from the command line. The API key is read from MISTRAL_API_KEY."""
    # An empty MISTRAL_SERVER_URL means "not set", as for MISTRAL_API_KEY.
    current = CliState(server_url=server_url or None, debug=debug, timeout_ms=timeout_ms)
    activate(current)
    ctx.call_on_close(current.close)  # the client's connections end with the command


def main() -> None:
    """Entry point of the ``mistral`` script."""
    app(prog_name="mistral")


if __name__ == "__main__":  # pragma: no cover
    main()
