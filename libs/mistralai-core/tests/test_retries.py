"""Retry policy: which failures are retried, how long we wait, and per-call overrides."""

from __future__ import annotations

import time

import httpx
import pytest
from _ops import GET_THING

from mistralai.client import errors
from mistralai.client.utils import BackoffStrategy, RetryConfig
from mistralai.core.retries import DEFAULT_RETRY, RetryState, retry_after_seconds

OK = {"id": "r1"}


def flaky(statuses: list[int], headers: dict[str, str] | None = None):
    calls: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(time.monotonic())
        if len(calls) <= len(statuses):
            return httpx.Response(statuses[len(calls) - 1], json={"message": "x"}, headers=headers)
        return httpx.Response(200, json=OK)

    return handler, calls


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried(make_client, status: int) -> None:
    handler, calls = flaky([status, status])
    assert make_client(handler).request(GET_THING, path={"thing_id": "x"}).id == "r1"
    assert len(calls) == 3


@pytest.mark.parametrize("status", [400, 401, 404, 422])
def test_client_errors_are_not_retried(make_client, status: int) -> None:
    handler, calls = flaky([status])
    with pytest.raises(errors.APIStatusError):
        make_client(handler).request(GET_THING, path={"thing_id": "x"})
    assert len(calls) == 1


def test_gives_up_after_max_retries_with_the_last_error(make_client) -> None:
    handler, calls = flaky([503, 503, 503, 503])
    with pytest.raises(errors.InternalServerError) as info:
        make_client(handler).request(GET_THING, path={"thing_id": "x"})
    assert info.value.status_code == 503
    assert len(calls) == 3  # first attempt + 2 retries


def test_retry_after_is_honoured(make_client) -> None:
    handler, calls = flaky([429], headers={"Retry-After": "0.2"})
    make_client(handler).request(GET_THING, path={"thing_id": "x"})
    assert calls[1] - calls[0] >= 0.19


def test_rate_limit_error_exposes_retry_after(make_client) -> None:
    handler, _ = flaky([429] * 5, headers={"Retry-After": "7"})
    with pytest.raises(errors.RateLimitError) as info:
        make_client(handler).request(GET_THING, path={"thing_id": "x"}, retries=None)
    assert info.value.retry_after == 7.0


def test_per_call_retries_override(make_client) -> None:
    handler, calls = flaky([500, 500, 500, 500, 500])
    more = RetryConfig("backoff", BackoffStrategy(1, 2, 1.1, 5_000), True, max_retries=5)
    assert make_client(handler).request(GET_THING, path={"thing_id": "x"}, retries=more).id
    assert len(calls) == 6
    handler, calls = flaky([500])
    with pytest.raises(errors.InternalServerError):
        make_client(handler).request(GET_THING, path={"thing_id": "x"}, retries=RetryConfig("none"))
    assert len(calls) == 1


def test_connection_errors_are_retried(make_client) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) < 3:
            raise httpx.ConnectError("down", request=request)
        return httpx.Response(200, json=OK)

    assert make_client(handler).request(GET_THING, path={"thing_id": "x"}).id == "r1"
    assert len(calls) == 3
    calls.clear()
    no_conn = RetryConfig("backoff", BackoffStrategy(1, 2, 1.1, 5_000), False, max_retries=3)
    with pytest.raises(errors.APIConnectionError):
        make_client(handler).request(GET_THING, path={"thing_id": "x"}, retries=no_conn)
    assert len(calls) == 1


async def test_async_retries(make_client) -> None:
    handler, calls = flaky([429, 502])
    res = await make_client(handler).request_async(GET_THING, path={"thing_id": "x"})
    assert res.id == "r1" and len(calls) == 3


def test_default_policy_is_two_retries_with_jittered_exponential_backoff() -> None:
    assert DEFAULT_RETRY.max_retries == 2
    state = RetryState(DEFAULT_RETRY)
    first, second = state.next_delay(None), state.next_delay(None)
    assert first is not None and 0.25 <= first <= 0.5
    assert second is not None and 0.5 <= second <= 1.0
    assert state.next_delay(None) is None


def test_retry_after_formats() -> None:
    assert retry_after_seconds({"retry-after": "3"}) == 3.0
    assert retry_after_seconds({"retry-after-ms": "1500"}) == 1.5
    assert retry_after_seconds({}) is None
    http_date = retry_after_seconds({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert http_date is None  # in the past: the normal backoff applies


def test_unusable_retry_after_values_are_ignored() -> None:
    for junk in ("soon", "nan", "inf", "-inf", "1e999"):
        assert retry_after_seconds({"retry-after": junk}) is None, junk
    assert retry_after_seconds({"retry-after-ms": "nan", "retry-after": "2"}) == 2.0
    assert retry_after_seconds({"retry-after": "-3"}) is None  # <= 0: normal backoff
    assert retry_after_seconds({"retry-after": "0"}) is None
    assert retry_after_seconds({"retry-after-ms": "0"}) is None


def test_retry_after_dates_without_a_zone_are_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    import calendar
    import os

    now = calendar.timegm((2030, 1, 1, 0, 0, 0))
    monkeypatch.setattr(time, "time", lambda: float(now))
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"  # a zoneless date read as local time would be 9 h off
    time.tzset()
    try:
        # asctime form (no zone, as HTTP allows) and "-0000": both 10 s from now, as with GMT
        assert retry_after_seconds({"retry-after": "Tue Jan  1 00:00:10 2030"}) == 10.0
        assert retry_after_seconds({"retry-after": "Tue, 01 Jan 2030 00:00:10 -0000"}) == 10.0
        assert retry_after_seconds({"retry-after": "Tue, 01 Jan 2030 00:00:10 GMT"}) == 10.0
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


@pytest.mark.parametrize("junk", ["soon", "nan"])
def test_unusable_retry_after_falls_back_to_backoff(make_client, junk: str) -> None:
    handler, calls = flaky([429, 503], headers={"Retry-After": junk})
    assert make_client(handler).request(GET_THING, path={"thing_id": "x"}).id == "r1"
    assert len(calls) == 3
    handler, _ = flaky([429], headers={"Retry-After": junk})
    with pytest.raises(errors.RateLimitError) as info:
        make_client(handler).request(GET_THING, path={"thing_id": "x"}, retries=None)
    assert info.value.retry_after is None


async def test_unusable_retry_after_falls_back_to_backoff_async(make_client) -> None:
    handler, calls = flaky([429], headers={"Retry-After": "nan"})
    assert (await make_client(handler).request_async(GET_THING, path={"thing_id": "x"})).id
    assert len(calls) == 2


def test_retry_after_beyond_the_time_budget_fails_at_once(make_client) -> None:
    # FAST_RETRY may wait 5 s in all: waiting that long for a server that asks for an hour
    # would only end in the same error.
    handler, calls = flaky([429], headers={"Retry-After": "3600"})
    started = time.monotonic()
    with pytest.raises(errors.RateLimitError) as info:
        make_client(handler).request(GET_THING, path={"thing_id": "x"})
    assert time.monotonic() - started < 1
    assert len(calls) == 1 and info.value.retry_after == 3600.0
    state = RetryState(RetryConfig("backoff", BackoffStrategy(1, 2, 2, 10_000)))
    assert state.next_delay(3600) is None
    assert state.next_delay(0.5) == 0.5


@pytest.mark.parametrize("strategy", ["backof", "Backoff", "exponential", ""])
def test_a_misspelt_strategy_is_a_typed_error_not_retries_off(strategy: str) -> None:
    with pytest.raises(errors.ConfigurationError, match=repr(strategy)) as info:
        RetryConfig(strategy)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)  # ConfigurationError is also a ValueError


def test_both_strategies_are_accepted() -> None:
    assert RetryConfig("backoff").enabled is True
    assert RetryConfig("none").enabled is False
