"""Validation of the client's options and of the per-call options, before anything is sent.

Every check raises :class:`~mistralai.core.errors.ConfigurationError` (constructor options) or
:class:`~mistralai.core.errors.RequestValidationError` (per-call options), never a bare
``TypeError``/``ValueError`` from deep inside httpx, and never with the API key in the message.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from mistralai.core._types import UNSET
from mistralai.core.errors import ConfigurationError, MistralError, RequestValidationError
from mistralai.core.retries import BackoffStrategy, RetryConfig

MAX_TIMEOUT_MS = 7 * 24 * 3600 * 1000
"""A week: longer timeouts are taken for a unit mistake (seconds given as milliseconds...)."""

ErrorType = type[MistralError]

_TOKEN_CHARS = frozenset(
    "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)


def _fail(error: ErrorType, message: str) -> MistralError:
    if error is RequestValidationError:
        return RequestValidationError(message)
    return error(message)


def key_problem(key: str) -> str | None:
    """What is wrong with an API key (never the key itself), or ``None``."""
    if not key:
        return "it is empty"
    for ch in key:
        code = ord(ch)
        if code > 126:
            return "it contains a non-ASCII character"
        if code < 32 or code == 127:
            return "it contains a control character (a newline?)"
        if ch == " ":
            return "it contains whitespace (a space at either end, or inside)"
    return None


def check_api_key(api_key: object) -> None:
    if api_key is None or callable(api_key):
        return
    if not isinstance(api_key, str):
        raise ConfigurationError(
            f"api_key must be a string or a callable returning one, not {type(api_key).__name__}"
        )
    problem = key_problem(api_key)
    if problem is not None:
        raise ConfigurationError(f"the API key is not valid: {problem} (nothing was sent)")


def check_auth_value(name: str, value: str) -> None:
    """The credential in an auth header (``Bearer <key>``), checked before each attempt: a key
    from a callable or from the environment is only known then."""
    scheme, sep, rest = value.partition(" ")
    token = rest if sep and scheme.isalpha() else value  # "Bearer <key>", "Basic <creds>"
    problem = key_problem(token)
    if problem is not None:
        raise ConfigurationError(
            f"the API key (header {name!r}) is not valid: {problem} (nothing was sent)"
        )


def check_timeout_ms(value: object, where: str, error: ErrorType) -> float | None:
    """``timeout_ms`` as seconds (``None`` when not given)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(
            error, f"{where}timeout_ms must be a number of milliseconds, not {type(value).__name__}"
        )
    if not math.isfinite(value) or value <= 0 or value > MAX_TIMEOUT_MS:
        raise _fail(
            error,
            f"{where}timeout_ms must be > 0 and at most {MAX_TIMEOUT_MS} (a week), got {value!r}",
        )
    return value / 1000


def check_server_url(url: object, where: str, error: ErrorType, *, v1_paths: bool) -> str:
    """An absolute http(s) base URL without query, fragment nor a ``/v1`` the paths repeat."""
    if not isinstance(url, str):
        raise _fail(error, f"{where}server_url must be a string, not {type(url).__name__}")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as exc:
        raise _fail(error, f"{where}server_url {url!r} is not a valid URL: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise _fail(
            error,
            f"{where}server_url must be an absolute http(s) URL such as "
            f"'https://api.mistral.ai', got {url!r}",
        )
    if any(ord(ch) <= 32 or ord(ch) == 127 for ch in url):
        raise _fail(error, f"{where}server_url must not contain whitespace or control characters")
    base = f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        raise _fail(
            error,
            f"{where}server_url must be a base URL without query string or fragment: "
            f"pass {base!r} (query parameters go in the call's arguments)",
        )
    if v1_paths and base.endswith("/v1"):
        raise _fail(
            error,
            f"{where}server_url must not end with '/v1' (the operations' paths start with it): "
            f"pass {base[:-3]!r}",
        )
    return base


def check_http_headers(headers: object, error: ErrorType) -> Mapping[str, str] | None:
    if headers is None:
        return None
    if not isinstance(headers, Mapping):
        raise _fail(
            error, f"http_headers must be a mapping of str to str, not {type(headers).__name__}"
        )
    items: Mapping[Any, Any] = headers  # pyright: ignore[reportUnknownVariableType]
    for name, value in items.items():
        if not isinstance(name, str) or not name or not set(name) <= _TOKEN_CHARS:
            raise _fail(error, f"http_headers: {name!r} is not a valid header name")
        if not isinstance(value, str):
            raise _fail(
                error,
                f"http_headers: the value of {name!r} must be a str, not {type(value).__name__}",
            )
        if any((ord(ch) < 32 and ch != "\t") or ord(ch) == 127 or ord(ch) > 255 for ch in value):
            raise _fail(
                error,
                f"http_headers: the value of {name!r} contains a control or non-Latin-1 character",
            )
    return items


def check_retry_config(config: object, where: str, error: ErrorType) -> None:
    if config is UNSET or config is None:
        return
    if not isinstance(config, RetryConfig):
        raise _fail(error, f"{where}must be a RetryConfig or None, not {type(config).__name__}")
    if config.strategy not in ("backoff", "none"):
        raise _fail(error, f"{where}strategy must be 'backoff' or 'none', not {config.strategy!r}")
    if config.max_retries is not None and (
        isinstance(config.max_retries, bool)
        or not isinstance(config.max_retries, int)  # pyright: ignore[reportUnnecessaryIsInstance]
        or config.max_retries < 0
    ):
        raise _fail(error, f"{where}max_retries must be an int >= 0 or None")
    backoff = config.backoff
    if backoff is None:
        return
    if not isinstance(backoff, BackoffStrategy):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise _fail(error, f"{where}backoff must be a BackoffStrategy")
    for name in ("initial_interval", "max_interval", "exponent", "max_elapsed_time"):
        value: object = getattr(backoff, name)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value < 0
        ):
            raise _fail(error, f"{where}backoff.{name} must be a finite number >= 0, not {value!r}")


def check_instance(value: object, name: str, test: Callable[[object], bool], kind: str) -> None:
    if value is not None and not test(value):
        raise ConfigurationError(f"{name} must be an {kind} or None, not {type(value).__name__}")


def check_logger(value: object) -> None:
    if value is not None and not isinstance(value, logging.Logger):
        raise ConfigurationError(
            f"debug_logger must be a logging.Logger or None, not {type(value).__name__}"
        )


def check_max_event_bytes(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigurationError(f"max_event_bytes must be an int > 0 or None, not {value!r}")
    return value
