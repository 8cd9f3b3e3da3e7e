"""mistralai.cli: the ``mistral`` command line.

Commands come from the ``mistralai.cli`` entry point group (a name -> ``"module:attr"``
returning a ``typer.Typer``). What a command module uses from here:

- :func:`client`: the :class:`~mistralai.core.Mistral` client of the invocation (global
  ``--server-url``, ``MISTRAL_API_KEY``), closed when the command ends;
- :class:`CliError` and :class:`ExitCode`: end a command with one line on stderr and a
  documented exit code (SDK exceptions are mapped automatically);
- :func:`print_json`, :func:`print_table`, :func:`progress`, :func:`read_input`,
  :func:`out_console`, :func:`err_console`: output conventions (results on stdout, progress and
  messages on stderr).
"""

from __future__ import annotations

from mistralai.cli._context import client, state
from mistralai.cli._errors import CliError, ExitCode, classify
from mistralai.cli._output import (
    ProgressReporter,
    err_console,
    jsonable,
    out_console,
    print_json,
    print_table,
    progress,
    read_input,
)
from mistralai.cli._plugins import ENTRY_POINT_GROUP

__version__ = "0.2.0"

__all__ = [
    "ENTRY_POINT_GROUP",
    "CliError",
    "ExitCode",
    "ProgressReporter",
    "__version__",
    "classify",
    "client",
    "err_console",
    "jsonable",
    "out_console",
    "print_json",
    "print_table",
    "progress",
    "read_input",
    "state",
]
