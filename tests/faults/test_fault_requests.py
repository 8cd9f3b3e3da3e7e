"""Plain calls under faults: trickling bodies, cuts, resets, redirects, deep JSON, retry safety
and the retry budget (docs/reliability.md)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from _fault_support import MESSAGES, WATCHDOG_S, within, within_async

from mistralai.client import Mistral, errors
from mistralai.core.errors import MAX_ERROR_BODY
from mistralai.core.retries import BackoffStrategy, RetryConfig
from mistralai.testing import FakeMistralServer

MakeClient = Callable[..., Mistral]


def test_trickling_body_hits_the_attempt_deadline(
    server: FakeMistralServer, make_client: MakeClient
) -> None:
    server.inject_trickle(0.2)
    client = make_client(retry_config=None)

    def run() -> None:
        with pytest.raises(errors.APITimeoutError):
            client.chat.complete(model="m", messages=MESSAGES, timeout_ms=1000)

    within(WATCHDOG_S, run)


async def test_trickling_body_async(server: FakeMistralServer, make_client: MakeClient) -> None:
    server.inject_trickle(0.2)
    client = make_client(retry_config=None)

    async def run() -> None:
        with pytest.raises(errors.APITimeoutError):
            await client.chat.complete_async(model="m", messages=MESSAGES, timeout_ms=1000)

    await within_async(WATCHDOG_S, run())


def test_stall_after_headers(server: FakeMistralServer, make_client: MakeClient) -> None:
    server.inject_stall(30)
    client = make_client(retry_config=None)

    def run() -> None:
        with pytest.raises(errors.APITimeoutError):
            client.models.list(timeout_ms=500)

    within(WATCHDOG_S, run)


@pytest.mark.parametrize("reset", [False, True])
def test_json_cut_in_the_middle_is_retried_for_a_safe_operation(
    server: FakeMistralServer, make_client: MakeClient, reset: bool
) -> None:
    server.inject_cut_body(reset=reset)
    assert make_client().chat.complete(model="m", messages=MESSAGES).id
    assert len(server.requests) == 2


def test_json_cut_in_the_middle_of_an_unsafe_operation_is_not_retried(
    server: FakeMistralServer, make_client: MakeClient
) -> None:
    server.inject_cut_body(path="/v1/agents")
    with pytest.raises(errors.APIConnectionError) as info:
        make_client().beta.agents.create(model="m", name="n")
    assert info.value.may_have_been_processed
    assert "may have been processed" in str(info.value)
    assert len(server.requests) == 1


@pytest.mark.parametrize("reset", [False, True])
def test_connection_dropped_before_the_answer(
    server: FakeMistralServer, make_client: MakeClient, reset: bool
) -> None:
    server.inject_disconnect(reset=reset, path="/v1/agents")
    with pytest.raises(errors.APIConnectionError) as info:
        make_client().beta.agents.create(model="m", name="n")
    assert info.value.may_have_been_processed
    server.inject_disconnect(reset=reset, path="/v1/chat/completions")
    assert make_client().chat.complete(model="m", messages=MESSAGES).id  # safe: retried


@pytest.mark.parametrize("status", [500, 502, 504])
def test_unsafe_operation_not_retried_after_a_server_error(
    server: FakeMistralServer, make_client: MakeClient, status: int
) -> None:
    server.inject(status, path="/v1/agents")
    with pytest.raises(errors.APIStatusError) as info:
        make_client().beta.agents.create(model="m", name="n")
    assert info.value.status_code == status
    assert info.value.may_have_been_processed
    assert len(server.requests) == 1


@pytest.mark.parametrize("status", [429, 503])
def test_unsafe_operation_retried_when_not_processed(
    server: FakeMistralServer, make_client: MakeClient, status: int
) -> None:
    server.inject(status, {"Retry-After": "0"}, path="/v1/agents")
    assert make_client().beta.agents.create(model="m", name="n").id
    assert len(server.requests) == 2


def test_unsafe_operation_retried_on_request(
    server: FakeMistralServer, make_client: MakeClient
) -> None:
    server.inject(500, path="/v1/agents")
    retry = RetryConfig("backoff", BackoffStrategy(5, 20, 2, 5_000), True, 2, retry_unsafe=True)
    assert make_client(retry_config=retry).beta.agents.create(model="m", name="n").id


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirects_raise_naming_the_location(
    server: FakeMistralServer, make_client: MakeClient, status: int
) -> None:
    target = f"{server.url}/elsewhere"
    server.inject_redirect(target, status, times=2)
    with pytest.raises(errors.RedirectError) as info:
        make_client().models.list()
    assert target in str(info.value)
    user = httpx.Client(follow_redirects=True)  # a user's client that follows: not for us
    with pytest.raises(errors.RedirectError):
        make_client(client=user).models.list()
    user.close()


def test_deep_json_error_body(server: FakeMistralServer, make_client: MakeClient) -> None:
    server.inject_deep_json(100_000, 500)
    with pytest.raises(errors.InternalServerError) as info:
        make_client(retry_config=None).models.list()
    assert info.value.data is None
    assert info.value.body_size == 200_000
    assert len(info.value.body) <= MAX_ERROR_BODY


def test_deep_json_success_body(server: FakeMistralServer, make_client: MakeClient) -> None:
    server.inject_deep_json(100_000, 200)
    with pytest.raises(errors.ResponseValidationError):
        make_client(retry_config=None).models.list()


@pytest.mark.parametrize("value", ["0", "-1", "soon"])
def test_unusable_retry_after_uses_the_backoff(
    server: FakeMistralServer, make_client: MakeClient, value: str
) -> None:
    server.inject(429, {"Retry-After": value}, times=2)
    assert make_client().models.list() is not None
    assert len(server.requests) == 3


def test_retries_stay_within_max_elapsed_time(
    server: FakeMistralServer, make_client: MakeClient
) -> None:
    # the first attempt fails, every retry stalls: the retry's deadline is what is left of
    # max_elapsed_time (1 s), not timeout_ms (60 s)
    server.inject(503)
    server.inject_stall(30, times=None)
    retry = RetryConfig("backoff", BackoffStrategy(5, 20, 2, 1_000), True, max_retries=None)
    client = make_client(retry_config=retry, timeout_ms=60_000)

    def run() -> None:
        with pytest.raises(errors.APIConnectionError):
            client.models.list()

    within(WATCHDOG_S / 2, run)


def test_endless_503_stops_at_max_elapsed_time(
    server: FakeMistralServer, make_client: MakeClient
) -> None:
    server.inject(503, times=None)
    retry = RetryConfig("backoff", BackoffStrategy(10, 50, 2, 1_000), True, max_retries=None)
    client = make_client(retry_config=retry)

    def run() -> None:
        with pytest.raises(errors.InternalServerError):
            client.models.list()

    within(WATCHDOG_S / 2, run)


def test_upload_has_no_total_deadline_by_default(make_client: MakeClient) -> None:
    from mistralai.api.files._generated import resources

    upload = next(
        op
        for op in vars(resources).values()
        if getattr(op, "operation_id", None) == "files_api_routes_upload_file"
    )
    client = make_client(timeout_ms=1000)
    plan = client._plan(upload, {"body": {}}, "request")  # pyright: ignore[reportPrivateUsage]
    assert plan.total is None  # idle timeout per chunk only
    assert plan.effective == 1.0
    plan = client._plan(upload, {"body": {}, "timeout_ms": 5000}, "request")  # pyright: ignore[reportPrivateUsage]
    assert plan.total == 5.0
