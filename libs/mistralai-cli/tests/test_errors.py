"""One line on stderr and a distinct exit code per kind of failure; --debug adds the traceback."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from typer.testing import Result

from mistralai.cli import CliError, ExitCode, classify
from mistralai.core.errors import (
    APIConnectionError,
    ConfigurationError,
    MissingDomainError,
    RequestValidationError,
    ResponseValidationError,
)
from mistralai.testing import FakeMistralServer

Run = Callable[..., Result]


def _one_error_line(result: Result) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    return lines[0]


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (400, ExitCode.BAD_REQUEST),
        (401, ExitCode.AUTH),
        (403, ExitCode.AUTH),
        (404, ExitCode.NOT_FOUND),
        (409, ExitCode.BAD_REQUEST),
        (422, ExitCode.BAD_REQUEST),
    ],
)
def test_status_errors(
    run: Run, fake_server: FakeMistralServer, status: int, code: ExitCode
) -> None:
    fake_server.inject(status=status, body={"message": f"nope {status}"}, times=None)
    result = run("models", "list")
    assert result.exit_code == code
    assert _one_error_line(result).startswith(f"Error: HTTP {status}: nope {status} (request id ")


def test_rate_limit_and_server_errors(run: Run, fake_server: FakeMistralServer) -> None:
    # Retry-After: 0.01: the retries are almost immediate, then the error is reported.
    fake_server.inject(status=429, headers={"Retry-After": "0.01"}, times=None)
    assert run("models", "list").exit_code == ExitCode.RATE_LIMITED
    fake_server.clear_faults()
    fake_server.inject(status=503, headers={"Retry-After": "0.01"}, times=None)
    result = run("models", "list")
    assert result.exit_code == ExitCode.SERVER
    assert "HTTP 503" in _one_error_line(result)


def test_missing_api_key(run: Run) -> None:
    result = run("chat", "hi", env={"MISTRAL_API_KEY": None})
    assert result.exit_code == ExitCode.AUTH
    assert _one_error_line(result) == "Error: no API key: set MISTRAL_API_KEY"


def test_server_url_option_wins_and_bad_url(run: Run, fake_server: FakeMistralServer) -> None:
    result = run(
        "--server-url",
        fake_server.url,
        "chat",
        "x",
        env={"MISTRAL_SERVER_URL": "http://127.0.0.1:1"},
    )
    assert result.exit_code == 0, result.stderr
    bad = run("--server-url", "ftp://nowhere", "chat", "x")
    assert bad.exit_code == ExitCode.CONFIG
    _one_error_line(bad)


def test_stream_cut_is_a_connection_error(run: Run, fake_server: FakeMistralServer) -> None:
    fake_server.inject_stream_cut(after_chunks=1)
    result = run("chat", "one two three four")
    assert result.exit_code == ExitCode.CONNECTION
    _one_error_line(result)


def test_debug_adds_the_traceback(run: Run, fake_server: FakeMistralServer) -> None:
    fake_server.inject(status=404, times=None)
    result = run("--debug", "models", "list")
    assert result.exit_code == ExitCode.NOT_FOUND
    assert "Traceback (most recent call last)" in result.stderr
    assert "NotFoundError" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("Error: HTTP 404")


def test_usage_errors_keep_code_2(run: Run) -> None:
    assert run("models", "list", "--bogus").exit_code == ExitCode.USAGE
    assert run("no-such-command").exit_code == ExitCode.USAGE


def test_classify_table() -> None:
    class Timeout(TimeoutError):
        pass

    cases: list[tuple[BaseException, ExitCode]] = [
        (CliError("x", ExitCode.FAILED), ExitCode.FAILED),
        (APIConnectionError("down"), ExitCode.CONNECTION),
        (Timeout("still running"), ExitCode.TIMEOUT),
        (MissingDomainError("fine_tuning", "mistralai-api-fine-tuning"), ExitCode.MISSING),
        (ConfigurationError("bad"), ExitCode.CONFIG),
        (RequestValidationError("bad arg"), ExitCode.BAD_REQUEST),
        (ResponseValidationError("bad answer", body="", status_code=200), ExitCode.SERVER),
        (FileNotFoundError(2, "No such file or directory", "/x"), ExitCode.LOCAL),
        (ImportError("pip install 'mistralai[agents]'"), ExitCode.MISSING),
        (RuntimeError("bug"), ExitCode.ERROR),
        (KeyboardInterrupt(), ExitCode.INTERRUPTED),
    ]
    for exc, code in cases:
        got, message = classify(exc)
        assert got == code, exc
        assert "\n" not in message and message
    assert classify(CliError("a\nb"))[1] == "a; b"


def test_version(run: Run) -> None:
    from mistralai.cli import __version__

    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"mistral {__version__}\n")
