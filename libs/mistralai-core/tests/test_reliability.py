"""Reliability guarantees that need no server: secrets, options, SSE edge cases, redirects,
deep JSON, capped error bodies and retry safety (docs/reliability.md)."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import subprocess
import sys
import threading
import time

import httpx
import pytest
from _ops import COMPLETE, CREATE_THING, DELETE_THING, GET_THING, STREAM

from mistralai.client import Mistral, errors
from mistralai.core._streaming import SSEParser
from mistralai.core.errors import MAX_ERROR_BODY
from mistralai.core.retries import BackoffStrategy, RetryConfig

SENTINEL_KEY = "sk-SENTINEL-4f1d9c"
FAST = RetryConfig("backoff", BackoffStrategy(1, 2, 1.5, 5_000), True, max_retries=2)
BODY = {"model": "m", "messages": []}


def mock(handler, **kwargs: object) -> Mistral:
    kwargs.setdefault("api_key", "sk-test")
    kwargs.setdefault("retry_config", FAST)
    return Mistral(
        client=httpx.Client(transport=httpx.MockTransport(handler)),
        async_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        **kwargs,  # type: ignore[arg-type]
    )


def counting(response: httpx.Response | Exception):
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if isinstance(response, Exception):
            raise response
        return response

    return handler, calls


# -- 3. secrets ------------------------------------------------------------------------------


@pytest.fixture
def all_debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in ("", "mistralai", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


@pytest.mark.parametrize(
    "bad", [f" {SENTINEL_KEY}", f"{SENTINEL_KEY}\n", f"{SENTINEL_KEY}\x00", f"{SENTINEL_KEY}é"]
)
def test_bad_api_key_fails_at_construction_without_the_key(bad: str, all_debug_logs) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        Mistral(api_key=bad)
    assert SENTINEL_KEY not in str(info.value) and SENTINEL_KEY not in repr(info.value)
    assert isinstance(info.value, errors.MistralError)
    assert SENTINEL_KEY not in all_debug_logs.text


@pytest.mark.parametrize("source", ["callable", "env"])
def test_bad_api_key_from_a_callable_or_env_fails_before_sending(
    source: str, all_debug_logs, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler, calls = counting(httpx.Response(200, json={"id": "x"}))
    bad = f"{SENTINEL_KEY}\r\nX-Injected: 1"
    if source == "env":
        monkeypatch.setenv("MISTRAL_API_KEY", bad)
        client = mock(handler, api_key=None)
    else:
        client = mock(handler, api_key=lambda: bad)
    with pytest.raises(errors.ConfigurationError) as info:
        client.request(GET_THING, path={"thing_id": "a"})
    assert calls == []  # nothing sent, nothing retried
    for text in (str(info.value), repr(info.value), all_debug_logs.text):
        assert SENTINEL_KEY not in text


def test_transport_errors_never_carry_header_values(all_debug_logs) -> None:
    # h11 puts the offending header value in its message: it must not reach our error.
    leak = httpx.LocalProtocolError(f"Illegal header value b'Bearer {SENTINEL_KEY}'")
    handler, _ = counting(leak)
    client = mock(handler, api_key=SENTINEL_KEY)
    with pytest.raises(errors.APIConnectionError) as info:
        client.request(GET_THING, path={"thing_id": "a"}, http_headers={"x-api-key": SENTINEL_KEY})
    err = info.value
    chain: list[BaseException] = []
    cur: BaseException | None = err
    while cur is not None:
        chain.append(cur)
        cur = cur.__cause__
    assert "request GET" in all_debug_logs.text  # debug logging did happen
    for text in [all_debug_logs.text, *(str(e) for e in chain), *(repr(e) for e in chain)]:
        assert SENTINEL_KEY not in text


def test_sentinel_key_absent_with_debug_logging_on_a_real_socket(all_debug_logs) -> None:
    from mistralai.testing import FakeMistralServer

    with FakeMistralServer(api_key=SENTINEL_KEY) as srv:
        client = Mistral(api_key=SENTINEL_KEY, server_url=srv.url, retry_config=None)
        srv.inject(status=500, body={"message": "boom"})
        with pytest.raises(errors.APIStatusError) as info:
            client.models.list()
        client.close()
    assert "httpcore" in all_debug_logs.text or "httpx" in all_debug_logs.text
    for text in (all_debug_logs.text, str(info.value), repr(info.value), info.value.body):
        assert SENTINEL_KEY not in text


# -- 9. options --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"timeout_ms": -1},
        {"timeout_ms": 0},
        {"timeout_ms": "5"},
        {"timeout_ms": True},
        {"timeout_ms": float("nan")},
        {"api_key": 123},
        {"client": "x"},
        {"async_client": httpx.Client()},
        {"server_url": "api.mistral.ai"},
        {"server_url": "ftp://api.mistral.ai"},
        {"server_url": "https://api.mistral.ai/v1"},
        {"server_url": "https://api.mistral.ai/v1/"},
        {"server_url": "https://api.mistral.ai?x=1"},
        {"server_url": 5},
        {"retry_config": "yes"},
        {"retry_config": RetryConfig("backoff", BackoffStrategy(-1, 2, 2, 10))},
        {"retry_config": RetryConfig("backoff", max_retries=-1)},
        {"debug_logger": "log"},
        {"url_params": {"a": 1}},
        {"max_event_bytes": 0},
    ],
)
def test_constructor_options_are_checked(kwargs: dict[str, object]) -> None:
    kwargs.setdefault("api_key", "k")
    with pytest.raises(errors.ConfigurationError) as info:
        Mistral(**kwargs)  # type: ignore[arg-type]
    assert isinstance(info.value, errors.MistralError)


def test_server_url_errors_say_what_to_pass() -> None:
    with pytest.raises(errors.ConfigurationError, match=r"pass 'https://api\.mistral\.ai'"):
        Mistral(api_key="k", server_url="https://api.mistral.ai/v1")
    with pytest.raises(errors.ConfigurationError, match=r"pass 'https://h\.example'"):
        Mistral(api_key="k", server_url="https://h.example?a=b")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"timeout_ms": -1},
        {"timeout_ms": "5"},
        {"http_headers": {"X": 5}},
        {"http_headers": {"X": "a\r\nb"}},
        {"http_headers": {"bad name": "a"}},
        {"http_headers": "x"},
        {"server_url": "localhost:8080"},
        {"server_url": "https://h.example/v1"},
        {"retries": "no"},
    ],
)
def test_per_call_options_are_checked_before_sending(kwargs: dict[str, object]) -> None:
    handler, calls = counting(httpx.Response(200, json={"id": "x"}))
    with pytest.raises(errors.RequestValidationError):
        mock(handler).request(GET_THING, path={"thing_id": "a"}, **kwargs)  # type: ignore[arg-type]
    assert calls == []


# -- 4. SSE ------------------------------------------------------------------------------------


def test_event_without_data_is_ignored() -> None:
    parser = SSEParser()
    assert parser.feed(b"event: ping\n\n: comment\n\nevent: x\ndata: 1\n\n") == [
        (b"x", b"1", None, None)
    ]
    assert parser.feed(b"event: ping\nid: 9\n\ndata: 2\n\n") == [(None, b"2", b"9", None)]


def test_bom_split_across_chunks_is_stripped() -> None:
    parser = SSEParser()
    assert parser.feed(b"\xef") == []
    assert parser.feed(b"\xbb") == []
    assert parser.feed(b"\xbfdata: a\n\n") == [(None, b"a", None, None)]
    other = SSEParser()
    assert other.feed(b"\xef\xbb") == []
    assert other.feed(b"\xbfdata: b\n\n") == [(None, b"b", None, None)]


def test_max_event_bytes_raises_a_typed_error() -> None:
    parser = SSEParser(max_event_bytes=1000)
    assert parser.feed(b"data: " + b"x" * 900 + b"\n\n")  # under the limit
    with pytest.raises(errors.EventTooLargeError):
        parser.feed(b"data: " + b"x" * 600 + b"\ndata: " + b"y" * 600 + b"\n\n")
    parser = SSEParser(max_event_bytes=1000)
    with pytest.raises(errors.EventTooLargeError):  # one long line, no newline yet
        for _ in range(100):
            parser.feed(b"x" * 100)


def test_long_lines_are_parsed_in_linear_time() -> None:
    # 48 MB in 8 KiB chunks (a typical socket read): re-joining the pending line on every chunk
    # (quadratic) copies ~140 GB and takes minutes; linear parsing takes well under a second.
    # The watchdog is generous: it only turns a regression into a failure, it times nothing.
    done = threading.Event()
    result: list[int] = []
    size = 48 * 1024 * 1024

    def run() -> None:
        parser = SSEParser()
        piece = b"a" * 8192
        parser.feed(b"data: ")
        for _ in range(size // 8192):
            parser.feed(piece)
        result.extend(len(e[1]) for e in parser.feed(b"\n\n"))
        done.set()

    threading.Thread(target=run, daemon=True).start()
    assert done.wait(60), "SSE parsing of a long line did not finish: quadratic?"
    assert result == [size]


def test_stream_max_event_bytes_on_the_client() -> None:
    body = b"data: " + b"x" * 5000 + b"\n\ndata: [DONE]\n\n"
    client = mock(
        lambda r: httpx.Response(200, content=body, headers={"content-type": "text/event-stream"}),
        max_event_bytes=1024,
    )
    with pytest.raises(errors.EventTooLargeError), client.stream(STREAM, body=BODY) as events:
        list(events)


# -- 1. streams have no reference cycle ---------------------------------------------------------


class Tracked(httpx.SyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    def __iter__(self):
        for i in range(100):
            yield b'data: {"id":"c%d","choices":[]}\n\n' % i
        yield b"data: [DONE]\n\n"

    def close(self) -> None:
        self.closed = True


@pytest.mark.parametrize("started", [True, False])
def test_dropped_stream_closes_without_the_cyclic_gc(started: bool) -> None:
    body = Tracked()
    client = mock(
        lambda r: httpx.Response(200, stream=body, headers={"content-type": "text/event-stream"})
    )
    gc.disable()
    try:
        if started:
            for _event in client.stream(STREAM, body=BODY):
                break
        else:
            client.stream(STREAM, body=BODY)
        assert body.closed
    finally:
        gc.enable()


def test_a_stream_freed_by_the_collector_is_closed_at_the_next_call() -> None:
    """Inside the collector the close is deferred (it could deadlock on the pool's lock), then
    done when the client is next used: the collector's phases are followed from the first
    stream on."""
    body = Tracked()
    client = mock(
        lambda r: httpx.Response(200, stream=body, headers={"content-type": "text/event-stream"})
    )
    gc.collect()
    gc.disable()
    try:
        cycle: list[object] = [client.stream(STREAM, body=BODY)]
        cycle.append(cycle)
        del cycle
        gc.collect()
        assert not body.closed  # deferred: freed inside the collector
        client.close()  # drains the deferred closes
        assert body.closed
    finally:
        gc.enable()


def test_importing_and_calling_installs_no_collector_callback() -> None:
    """Processes that never open a stream pay nothing at each collection or at exit."""
    code = (
        "import gc, httpx\n"
        "n = len(gc.callbacks)\n"
        "from mistralai.client import Mistral\n"
        "from mistralai.core.runtime import Operation\n"
        "client = Mistral(api_key='k', client=httpx.Client(transport=httpx.MockTransport(\n"
        "    lambda r: httpx.Response(200, json={'id': 'a'}))))\n"
        "op = Operation(operation_id='x', method='GET', path='/x', response=dict)\n"
        "assert client.request(op) == {'id': 'a'}\n"
        "assert len(gc.callbacks) == n, gc.callbacks\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- 5. redirects and Retry-After ---------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirects_are_never_followed_even_by_a_users_client(status: int) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.host == "evil.example":
            return httpx.Response(200, json={"id": "stolen"})
        return httpx.Response(status, headers={"location": "https://evil.example/v1/things/a"})

    client = Mistral(
        api_key="k",
        client=httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True),
    )
    with pytest.raises(errors.RedirectError) as info:
        client.request(GET_THING, path={"thing_id": "a"})
    assert "https://evil.example/v1/things/a" in str(info.value)
    assert info.value.location == "https://evil.example/v1/things/a"
    assert isinstance(info.value, errors.APIStatusError)
    assert len(seen) == 1


def test_own_transport_does_not_follow_redirects() -> None:
    from mistralai.core import _http

    assert _http.new_client(None).follow_redirects is False
    assert _http.new_async_client(None).follow_redirects is False


@pytest.mark.parametrize("value", ["0", "-5", "garbage", "Wed, 21 Oct 2015 07:28:00 GMT"])
def test_unusable_retry_after_falls_back_to_backoff(value: str) -> None:
    handler, calls = counting(httpx.Response(429, headers={"retry-after": value}))
    with pytest.raises(errors.RateLimitError):
        mock(handler).request(GET_THING, path={"thing_id": "a"})
    assert len(calls) == 3


# -- 6. bodies ----------------------------------------------------------------------------------

DEEP = b"[" * 100_000 + b"]" * 100_000


def test_deep_json_error_body_gives_the_status_error() -> None:
    client = mock(lambda r: httpx.Response(500, content=DEEP), retry_config=None)
    with pytest.raises(errors.InternalServerError) as info:
        client.request(GET_THING, path={"thing_id": "a"})
    assert info.value.data is None


def test_deep_json_success_body_gives_response_validation_error() -> None:
    client = mock(lambda r: httpx.Response(200, content=DEEP))
    with pytest.raises(errors.ResponseValidationError):
        client.request(GET_THING, path={"thing_id": "a"})


def test_deep_json_stream_event_gives_response_validation_error() -> None:
    body = b"data: " + DEEP + b"\n\ndata: [DONE]\n\n"
    client = mock(
        lambda r: httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})
    )
    with pytest.raises(errors.ResponseValidationError), client.stream(STREAM, body=BODY) as s:
        list(s)


def test_error_bodies_are_capped_with_the_size_recorded() -> None:
    big = json.dumps({"message": "x" * (MAX_ERROR_BODY * 4)}).encode()
    client = mock(lambda r: httpx.Response(400, content=big))
    with pytest.raises(errors.BadRequestError) as info:
        client.request(GET_THING, path={"thing_id": "a"})
    err = info.value
    assert len(err.body) <= MAX_ERROR_BODY
    assert err.body_size == len(big)
    assert err.body_truncated
    small = mock(lambda r: httpx.Response(400, json={"message": "m"}))
    with pytest.raises(errors.BadRequestError) as info:
        small.request(GET_THING, path={"thing_id": "a"})
    assert not info.value.body_truncated and info.value.data == {"message": "m"}


# -- 8. retry safety ----------------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 504])
def test_unsafe_operation_is_not_retried_when_it_may_have_been_processed(status: int) -> None:
    handler, calls = counting(httpx.Response(status, json={"message": "x"}))
    with pytest.raises(errors.APIStatusError) as info:
        mock(handler).request(CREATE_THING)
    assert len(calls) == 1
    assert info.value.may_have_been_processed
    assert "may have been processed" in str(info.value)


@pytest.mark.parametrize("status", [429, 503])
def test_unsafe_operation_is_retried_when_not_processed(status: int) -> None:
    handler, calls = counting(httpx.Response(status, json={"message": "x"}))
    with pytest.raises(errors.APIStatusError) as info:
        mock(handler).request(CREATE_THING)
    assert len(calls) == 3
    assert not info.value.may_have_been_processed


@pytest.mark.parametrize("op", [COMPLETE, GET_THING, DELETE_THING])
def test_safe_operations_are_retried_on_500(op) -> None:
    handler, calls = counting(httpx.Response(500, json={"message": "x"}))
    kwargs = {"body": BODY} if op is COMPLETE else {"path": {"thing_id": "a"}}
    with pytest.raises(errors.InternalServerError):
        mock(handler).request(op, **kwargs)
    assert len(calls) == 3


def test_unsafe_operation_connection_lost_after_sending_is_not_retried() -> None:
    handler, calls = counting(httpx.RemoteProtocolError("Server disconnected"))
    with pytest.raises(errors.APIConnectionError) as info:
        mock(handler).request(CREATE_THING)
    assert len(calls) == 1
    assert info.value.may_have_been_processed
    assert "may have been processed" in str(info.value)


def test_unsafe_operation_connect_failure_is_retried() -> None:
    handler, calls = counting(httpx.ConnectError("refused"))
    with pytest.raises(errors.APIConnectionError) as info:
        mock(handler).request(CREATE_THING)
    assert len(calls) == 3
    assert not info.value.may_have_been_processed


def test_retry_unsafe_opt_in() -> None:
    handler, calls = counting(httpx.Response(500, json={"message": "x"}))
    config = RetryConfig("backoff", BackoffStrategy(1, 2, 1.5, 5_000), True, 2, retry_unsafe=True)
    with pytest.raises(errors.InternalServerError):
        mock(handler).request(CREATE_THING, retries=config)
    assert len(calls) == 3


def test_operations_default_retry_safety_from_the_method() -> None:
    assert GET_THING.retry_safe and DELETE_THING.retry_safe
    assert not CREATE_THING.retry_safe
    assert COMPLETE.retry_safe  # declared: a pure computation


async def test_unsafe_operation_async() -> None:
    handler, calls = counting(httpx.Response(502, json={"message": "x"}))
    with pytest.raises(errors.APIStatusError) as info:
        await mock(handler).request_async(CREATE_THING)
    assert len(calls) == 1 and info.value.may_have_been_processed


# -- the last answer when the retry budget runs out ---------------------------------------------


class SlowErrorBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An error body that takes longer to arrive than what is left of the retry budget."""

    def __iter__(self):
        time.sleep(0.06)
        yield b'{"detail": "busy"}'

    async def __aiter__(self):
        await asyncio.sleep(0.06)
        yield b'{"detail": "busy"}'


BUDGET = RetryConfig("backoff", BackoffStrategy(10, 10, 1.0, 100), True, max_retries=None)


def busy(request: httpx.Request) -> httpx.Response:
    return httpx.Response(503, stream=SlowErrorBody(), headers={"content-type": "application/json"})


def test_the_last_error_answer_is_given_when_the_budget_ends_during_its_body() -> None:
    """The final answer's status is known when its headers arrive: the budget running out
    while its body is read gives that status error (with its body), not a timeout."""
    client = mock(busy, retry_config=BUDGET)
    with pytest.raises(errors.APIStatusError) as info:
        client.request(GET_THING, path={"thing_id": "a"})
    assert info.value.status_code == 503
    assert "busy" in str(info.value.body)


async def test_the_last_error_answer_is_given_when_the_budget_ends_during_its_body_async() -> None:
    client = mock(busy, retry_config=BUDGET)
    with pytest.raises(errors.APIStatusError) as info:
        await client.request_async(GET_THING, path={"thing_id": "a"})
    assert info.value.status_code == 503
    assert "busy" in str(info.value.body)
