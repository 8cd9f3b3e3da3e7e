"""Exit codes and the one-line error messages of the ``mistral`` command.

Every failure ends with one line on stderr and an exit code that says what kind of failure it
was, so that scripts can branch on it without parsing text (the table is in docs/cli.md).
"""

from __future__ import annotations

from enum import IntEnum

from mistralai.core.errors import (
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    MissingDomainError,
    MistralError,
    NoCredentialsError,
    PluginError,
    RequestValidationError,
    ResponseValidationError,
    StreamError,
)

__all__ = ["CliError", "ExitCode", "classify"]


class ExitCode(IntEnum):
    """What the exit status of ``mistral`` means (documented in docs/cli.md)."""

    OK = 0
    ERROR = 1
    """An unexpected error (a bug, or an SDK error of no other kind)."""
    USAGE = 2
    """The command line is wrong (unknown option, missing argument...): click's own code."""
    AUTH = 3
    """No API key, or the API refused it (401, 403)."""
    NOT_FOUND = 4
    """The API answered 404 (unknown model, file, job, workflow...)."""
    BAD_REQUEST = 5
    """The request was rejected as invalid (400, 409, 422, or checked before sending)."""
    RATE_LIMITED = 6
    """The API answered 429 after the retries."""
    SERVER = 7
    """The API failed (5xx) or answered something unreadable."""
    CONNECTION = 8
    """The API could not be reached, timed out, or a stream broke."""
    FAILED = 9
    """A job or workflow execution ended without success (failed, cancelled...)."""
    TIMEOUT = 10
    """A wait (``--wait``, ``--timeout``) gave up while the job was still running."""
    MISSING = 11
    """The command needs a package (or an extra) that is not installed."""
    CONFIG = 12
    """The client configuration is unusable (for example a malformed ``--server-url``)."""
    LOCAL = 13
    """A local file could not be read or written."""
    INTERRUPTED = 130
    """Interrupted (Ctrl-C), as shells report SIGINT."""
    BROKEN_PIPE = 141
    """stdout was closed by its reader (``| head``), as shells report SIGPIPE; no message."""


class CliError(Exception):
    """Raise from a command to end it with ``message`` on stderr and ``exit_code``.

    Commands raise this for outcomes that are not exceptions of the SDK (a job that ended
    ``FAILED`` is a valid answer for the SDK but a failure for a script).
    """

    def __init__(self, message: str, exit_code: ExitCode | int = ExitCode.ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = int(exit_code)


def _one_line(text: str) -> str:
    # One line on stderr: multi-line messages (validation details, notes) are joined.
    return "; ".join(part.strip() for part in text.splitlines() if part.strip())


def _status_code(status: int) -> ExitCode:
    if status in (401, 403):
        return ExitCode.AUTH
    if status == 404:
        return ExitCode.NOT_FOUND
    if status == 429:
        return ExitCode.RATE_LIMITED
    if status >= 500:
        return ExitCode.SERVER
    return ExitCode.BAD_REQUEST


def _status_message(exc: APIStatusError) -> str:
    detail = exc.message
    data = exc.data
    # The API's own explanation is more useful than the generic "API error occurred".
    if isinstance(data, dict):
        body: dict[str, object] = data  # pyright: ignore[reportUnknownVariableType]
        for key in ("message", "detail"):
            value = body.get(key)
            if isinstance(value, str) and value:
                detail = value
                break
            if isinstance(value, list) and value:
                detail = str(value)  # pyright: ignore[reportUnknownArgumentType]
                break
    rid = f" (request id {exc.request_id})" if exc.request_id else ""
    return f"HTTP {exc.status_code}: {detail}{rid}"


def classify(exc: BaseException) -> tuple[int, str]:
    """The exit code and the one-line message for an exception that ended a command."""
    code: int
    if isinstance(exc, CliError):
        code, message = exc.exit_code, exc.message
    elif isinstance(exc, NoCredentialsError):
        code, message = ExitCode.AUTH, "no API key: set MISTRAL_API_KEY"
    elif isinstance(exc, APIStatusError):
        code, message = _status_code(exc.status_code), _status_message(exc)
    elif isinstance(exc, APIConnectionError | StreamError):
        code, message = ExitCode.CONNECTION, str(exc)
    elif isinstance(exc, TimeoutError):
        # The wait helpers' errors (WaitTimeoutError, WorkflowWaitTimeoutError) are
        # TimeoutErrors; the domain packages need not be imported to recognise them.
        code, message = ExitCode.TIMEOUT, str(exc)
    elif isinstance(exc, MissingDomainError | PluginError):
        code, message = ExitCode.MISSING, str(exc)
    elif isinstance(exc, ConfigurationError):
        code, message = ExitCode.CONFIG, str(exc)
    elif isinstance(exc, OSError) and not isinstance(exc, MistralError):
        name = f": {exc.filename}" if exc.filename else ""
        code, message = ExitCode.LOCAL, f"{exc.strerror or exc}{name}"
    elif isinstance(exc, RequestValidationError):
        code = ExitCode.LOCAL if isinstance(exc, OSError) else ExitCode.BAD_REQUEST
        message = str(exc)
    elif isinstance(exc, ResponseValidationError):
        code, message = ExitCode.SERVER, str(exc)
    elif isinstance(exc, ImportError):
        code, message = ExitCode.MISSING, str(exc)
    elif isinstance(exc, KeyboardInterrupt):
        code, message = ExitCode.INTERRUPTED, "interrupted"
    else:
        code, message = (
            ExitCode.ERROR,
            f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__,
        )
    return int(code), _one_line(message) or type(exc).__name__
