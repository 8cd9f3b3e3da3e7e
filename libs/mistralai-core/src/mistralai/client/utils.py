"""2.x ``mistralai.client.utils``: retry configuration and small helpers."""

from __future__ import annotations

import datetime as dt

from mistralai.core.retries import BackoffStrategy, RetryConfig


def parse_datetime(value: str) -> dt.datetime:
    """Parse an RFC 3339 timestamp as the API sends it (``Z`` suffix accepted)."""
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


__all__ = ["BackoffStrategy", "RetryConfig", "parse_datetime"]
