"""Retry policy: the 2.x ``RetryConfig``/``BackoffStrategy`` shapes, with a default policy.

By default a call is retried twice on 408, 429, 500, 502, 503, 504 and connection errors, with
exponential backoff (each wait drawn between half and all of the interval), honouring the
server's ``Retry-After`` (a value <= 0 or unusable falls back to the backoff).
``retries=RetryConfig("none", ...)`` or ``retry_config=None`` turns retries off.

Operations that are not retry-safe (they create or start something; the generator marks them
from ``tools/codegen/mapping.yaml``) are retried only when the request cannot have been
processed: connect failures, 408, 429 and 503. A 500/502/504 or a connection lost after the
request was sent raises at once, saying the request may have been processed, unless
``RetryConfig(retry_unsafe=True)``. See docs/reliability.md.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, get_args

from mistralai.core.errors import ConfigurationError

RetryStrategy = Literal["backoff", "none"]
"""``RetryConfig.strategy``: ``"backoff"`` retries, ``"none"`` does not."""

_STRATEGIES: frozenset[str] = frozenset(get_args(RetryStrategy))

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
NOT_PROCESSED_STATUS = frozenset({408, 429, 503})
"""Statuses that say the request was not processed: retried for every operation."""


@dataclass(frozen=True, slots=True)
class BackoffStrategy:
    """Exponential backoff, times in milliseconds (2.x field names and order)."""

    initial_interval: int = 500
    max_interval: int = 8_000
    exponent: float = 2.0
    max_elapsed_time: int = 60_000


@dataclass(frozen=True, slots=True)
class RetryConfig:
    """2.x ``RetryConfig(strategy, backoff, retry_connection_errors)``.

    ``strategy`` is ``"backoff"`` or ``"none"``; anything else raises
    :class:`~mistralai.core.errors.ConfigurationError` here (a typo must not silently turn
    retries off, which is what any other value would mean). ``max_retries`` caps the number
    of retries (2.x retried until ``max_elapsed_time``; ``None`` keeps that behaviour). The
    whole call, attempts and waits, stays within ``backoff.max_elapsed_time`` once a retry is
    needed.
    ``retry_unsafe=True`` also retries operations that are not retry-safe after failures
    where the request may have been processed (500, 502, 504, a connection lost mid-answer).
    """

    strategy: RetryStrategy = "backoff"
    backoff: BackoffStrategy | None = None
    retry_connection_errors: bool = True
    max_retries: int | None = None
    retry_unsafe: bool = False

    def __post_init__(self) -> None:
        if self.strategy not in _STRATEGIES:
            raise ConfigurationError(
                f"RetryConfig strategy must be 'backoff' or 'none', not {self.strategy!r}"
            )

    @property
    def enabled(self) -> bool:
        return self.strategy == "backoff"


DEFAULT_RETRY = RetryConfig("backoff", BackoffStrategy(), True, max_retries=2)
NO_RETRY = RetryConfig("none")


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The server's ``Retry-After`` (or ``retry-after-ms``) wait, in seconds, for the retry loop.

    ``None`` when there is no usable hint: the header is missing, not a number nor an HTTP
    date, not finite (``nan``, ``inf``), zero or negative, or a date not in the future: the
    caller then falls back to its normal backoff (an immediate retry storm helps nobody).
    """
    hint = retry_after_hint(headers)
    return hint if hint is not None and hint > 0 else None


def retry_after_hint(headers: Mapping[str, str]) -> float | None:
    """The server's hint as given, in seconds (``0.0`` for zero, negative or past values);
    ``None`` when missing or unreadable. Shown as ``RateLimitError.retry_after``."""
    ms = _finite(headers.get("retry-after-ms"))
    if ms is not None:
        return max(ms / 1000, 0.0)
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _finite(value)
    if seconds is not None:
        return max(seconds, 0.0)
    import email.utils  # rare path: an HTTP date instead of seconds

    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):  # not a date either: ignore the hint
        return None
    if parsed.tzinfo is None:  # HTTP dates are in UTC (RFC 9110), even in the obsolete forms
        parsed = parsed.replace(tzinfo=dt.UTC)
    return max(parsed.timestamp() - time.time(), 0.0)


def _finite(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


class RetryState:
    """Tracks one call's attempts against its policy; ``next_delay`` says whether to go on."""

    __slots__ = ("_backoff", "_config", "_start", "attempt")

    def __init__(self, config: RetryConfig) -> None:
        self._config = config
        self._backoff = config.backoff or BackoffStrategy()
        self._start = time.monotonic()
        self.attempt = 0

    @property
    def retries_connections(self) -> bool:
        return self._config.retry_connection_errors

    @property
    def retries_unsafe(self) -> bool:
        return self._config.retry_unsafe

    def remaining_s(self) -> float | None:
        """Seconds left of ``max_elapsed_time`` (``None`` when retries are off)."""
        if not self._config.enabled:
            return None
        elapsed_ms = (time.monotonic() - self._start) * 1000
        return max(self._backoff.max_elapsed_time - elapsed_ms, 0.0) / 1000

    def next_delay(self, retry_after: float | None) -> float | None:
        """Seconds to wait before the next attempt, or ``None`` to give up: retries exhausted,
        or the server's ``retry_after`` is beyond the time left (waiting would be wasted)."""
        config = self._config
        if not config.enabled:
            return None
        if config.max_retries is not None and self.attempt >= config.max_retries:
            return None
        backoff = self._backoff
        elapsed_ms = (time.monotonic() - self._start) * 1000
        if elapsed_ms >= backoff.max_elapsed_time:
            return None
        remaining = (backoff.max_elapsed_time - elapsed_ms) / 1000
        if retry_after is not None:
            if retry_after > remaining:
                return None  # the server asks for longer than we may wait: fail now
            delay = retry_after
        else:
            ceiling = min(
                backoff.initial_interval * backoff.exponent**self.attempt, backoff.max_interval
            )
            delay = random.uniform(ceiling / 2, ceiling) / 1000  # jitter, never zero
        if delay >= remaining:
            return None  # the wait would use up the budget: no time would be left to try
        self.attempt += 1
        return delay
