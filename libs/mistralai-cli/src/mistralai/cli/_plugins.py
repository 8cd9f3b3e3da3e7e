"""Command groups from the ``mistralai.cli`` entry point group.

Each entry point maps a command name to ``"module:attr"``; ``attr`` is a ``typer.Typer`` (or
a callable with no arguments returning one). Only installed distributions have entry points,
so ``mistral --help`` lists only the installed domains. A command is imported only when it is
run or when ``--help`` lists it: ``mistral chat`` never imports the workflows package.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any

import typer

from mistralai.cli._errors import CliError, ExitCode

__all__ = ["ENTRY_POINT_GROUP", "CommandSource", "command_of", "discover", "load"]

ENTRY_POINT_GROUP = "mistralai.cli"


@dataclass(frozen=True)
class CommandSource:
    """Where a top-level command comes from."""

    name: str
    value: str
    """The entry point's ``"module:attr"``."""
    distribution: str | None


def discover() -> dict[str, CommandSource]:
    """Installed commands by name. When two distributions declare the same name, the first in
    distribution-name order wins, so the choice does not depend on sys.path order."""
    found: dict[str, CommandSource] = {}
    points = sorted(
        entry_points(group=ENTRY_POINT_GROUP),
        key=lambda ep: (ep.dist.name if ep.dist is not None else "", ep.name),
    )
    for ep in points:
        if ep.name not in found:
            dist = ep.dist.name if ep.dist is not None else None
            found[ep.name] = CommandSource(ep.name, ep.value, dist)
    return found


def command_of(obj: object, name: str) -> Any:
    """The (typer) click command of a typer app or of a factory returning one, named ``name``.

    A typer app with a single command and no callback becomes that command (``mistral chat
    PROMPT``); otherwise a group (``mistral files upload``).
    """
    if isinstance(obj, typer.Typer):
        command = typer.main.get_command(obj)
    elif callable(obj):
        return command_of(obj(), name)
    else:
        raise TypeError(f"expected a typer.Typer, got {type(obj).__name__}")
    command.name = name  # the entry point names the command, not the function
    return command


def _import(value: str) -> object:
    module_name, _, attr = value.partition(":")
    target: object = importlib.import_module(module_name)
    for part in attr.split(".") if attr else ():
        target = getattr(target, part)
    return target


def load(source: CommandSource) -> Any:
    """Import a command; a broken plugin becomes a command that reports why it failed instead
    of breaking every other command."""
    try:
        return command_of(_import(source.value), source.name)
    except Exception as exc:
        return _broken(source, exc)


def _broken(source: CommandSource, exc: Exception) -> Any:
    origin = source.distribution or source.value
    reason = f"{type(exc).__name__}: {exc}"
    placeholder = typer.Typer()

    @placeholder.command(
        source.name,
        help=f"[unavailable: {reason}]",
        short_help="[unavailable: failed to load]",
        context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    )
    def fail() -> None:  # pyright: ignore[reportUnusedFunction]
        # Usually a missing dependency of the plugin: reinstalling it is the fix.
        raise CliError(
            f"the '{source.name}' command of {origin} failed to load ({reason})", ExitCode.MISSING
        )

    return command_of(placeholder, source.name)
