"""Google credentials of the ``gcp`` provider, with google-auth's real service-account
credentials against a local token endpoint (``conftest.TokenServer``): no call in the
constructor, one token fetch for many concurrent requests (threads and asyncio tasks, the event
loop never blocked), refresh before expiry, one refresh and retry on a 401, typed errors, and
no token in the logs."""

from __future__ import annotations

import asyncio
import datetime
import logging
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from mistralai.client import Mistral
from mistralai.core.errors import (
    AuthenticationError,
    ConfigurationError,
    MistralError,
    NoCredentialsError,
)
from mistralai.gcp.errors import GoogleCredentialsError, MissingProjectIdError, TokenRefreshError
from mistralai.testing import FakeMistralServer
from mistralai.testing.provider_conformance import HANDLERS, add_provider_route

from .conftest import PROJECT, TOKEN_PREFIX, TokenServer, write_service_account

MODEL = "mistral-small-2503"
MESSAGES = [{"role": "user", "content": "hello there"}]
PATH = f"/v1/projects/{PROJECT}/locations/europe-west4/publishers/mistralai/models/{MODEL}"
CONCURRENCY = 50


@pytest.fixture
def vertex() -> Any:
    """Vertex's URLs (complete and stream) for ``PROJECT``; any bearer token is accepted."""
    server = FakeMistralServer()
    for verb in ("rawPredict", "streamRawPredict"):
        add_provider_route(server, f"{PATH}:{verb}", HANDLERS["chat"])
    with server:
        yield server


@pytest.fixture
def client(service_account: Path, vertex: FakeMistralServer) -> Mistral:
    return Mistral(provider="gcp", server_url=vertex.url)


def bearer(server: FakeMistralServer) -> list[str | None]:
    return [r.header("authorization") for r in server.requests]


def shift_clock(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Make google-auth see a later time (its expiry checks use ``_helpers.utcnow``)."""
    from google.auth import _helpers

    real = _helpers.utcnow
    monkeypatch.setattr(_helpers, "utcnow", lambda: real() + datetime.timedelta(seconds=seconds))


def test_constructor_makes_no_call(
    service_account: Path, vertex: FakeMistralServer, token_server: TokenServer
) -> None:
    client = Mistral(provider="gcp", server_url=vertex.url)
    assert client.provider.name == "gcp"
    assert token_server.calls == 0
    assert len(vertex.requests) == 0


def test_google_auth_is_imported_lazily(clean_google_env: None) -> None:
    import subprocess

    code = (
        "import sys\n"
        "from mistralai.client import Mistral\n"
        "Mistral(provider='gcp', project_id='p')\n"
        "print(sorted(m for m in sys.modules if m.startswith('google.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == "[]", out.stdout


def test_first_request_fetches_one_token(
    client: Mistral, vertex: FakeMistralServer, token_server: TokenServer
) -> None:
    client.chat.complete(model=MODEL, messages=MESSAGES)
    assert token_server.calls == 1
    assert vertex.requests.last.path == f"{PATH}:rawPredict"
    client.chat.complete(model=MODEL, messages=MESSAGES)
    with client.chat.stream(model=MODEL, messages=MESSAGES) as stream:
        list(stream)
    assert token_server.calls == 1
    assert bearer(vertex) == [f"Bearer {TOKEN_PREFIX}1"] * 3
    assert client.provider.project_id == PROJECT  # type: ignore[attr-defined]
    assert (
        b"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"
        in (token_server.bodies[0])
    )


def test_concurrent_threads_fetch_one_token(
    client: Mistral, vertex: FakeMistralServer, token_server: TokenServer
) -> None:
    token_server.delay_s = 0.3  # every request arrives while the one fetch is in flight

    def call(i: int) -> str:
        if i % 2:
            res = client.chat.complete(model=MODEL, messages=MESSAGES)
            return res.choices[0].message.content
        with client.chat.stream(model=MODEL, messages=MESSAGES) as stream:
            return "".join(c.data.choices[0].delta.content or "" for c in stream)

    with ThreadPoolExecutor(CONCURRENCY) as pool:
        answers = list(pool.map(call, range(CONCURRENCY)))
    assert answers == ["You said: hello there"] * CONCURRENCY
    assert token_server.calls == 1
    assert bearer(vertex) == [f"Bearer {TOKEN_PREFIX}1"] * CONCURRENCY


def test_concurrent_tasks_fetch_one_token_without_blocking_the_loop(
    client: Mistral, vertex: FakeMistralServer, token_server: TokenServer
) -> None:
    token_server.delay_s = 0.5
    # One-time work (resource import, request/response model builds) is not what is measured.
    warm = Mistral(provider="gcp", project_id=PROJECT, access_token="warm", server_url=vertex.url)
    warm.chat.complete(model=MODEL, messages=MESSAGES)
    vertex.reset()

    async def run() -> tuple[list[Any], list[float]]:
        ticks: list[float] = []
        done = asyncio.Event()

        async def ticker() -> None:
            while not done.is_set():
                ticks.append(time.perf_counter())
                await asyncio.sleep(0.01)

        tick = asyncio.create_task(ticker())
        try:
            results = await asyncio.gather(
                *(
                    client.chat.complete_async(model=MODEL, messages=MESSAGES)
                    for _ in range(CONCURRENCY)
                )
            )
        finally:
            done.set()
            await tick
            await client.aclose()
        return results, ticks

    results, ticks = asyncio.run(run())
    assert len(results) == CONCURRENCY
    assert token_server.calls == 1
    assert bearer(vertex) == [f"Bearer {TOKEN_PREFIX}1"] * CONCURRENCY
    # While the (0.5 s) token fetch was in flight, the event loop kept ticking: the fetch ran
    # in a worker thread and the 49 waiting tasks waited without blocking the loop.
    ((start, end),) = token_server.windows
    during = [t for t in ticks if start <= t <= end]
    gaps = [b - a for a, b in zip([start, *during], [*during, end], strict=True)]
    assert len(during) >= 10, f"only {len(during)} ticks during the token fetch"
    assert max(gaps) < 0.2, f"the event loop was blocked for {max(gaps):.3f}s"


def test_token_about_to_expire_is_refreshed_before_use(
    client: Mistral,
    vertex: FakeMistralServer,
    token_server: TokenServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client.chat.complete(model=MODEL, messages=MESSAGES)
    shift_clock(monkeypatch, 3600 - 60)  # one minute left: inside google-auth's margin
    client.chat.complete(model=MODEL, messages=MESSAGES)
    client.chat.complete(model=MODEL, messages=MESSAGES)
    assert token_server.calls == 2
    assert bearer(vertex) == [f"Bearer {TOKEN_PREFIX}{n}" for n in (1, 2, 2)]


def test_expired_token_is_refreshed_once_under_concurrency(
    client: Mistral,
    vertex: FakeMistralServer,
    token_server: TokenServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client.chat.complete(model=MODEL, messages=MESSAGES)
    shift_clock(monkeypatch, 2 * 3600)  # long expired
    token_server.delay_s = 0.2

    async def burst() -> None:
        try:
            await asyncio.gather(
                *(client.chat.complete_async(model=MODEL, messages=MESSAGES) for _ in range(20))
            )
        finally:
            await client.aclose()

    with ThreadPoolExecutor(20) as pool:
        futures = [
            pool.submit(client.chat.complete, model=MODEL, messages=MESSAGES) for _ in range(20)
        ]
        asyncio.run(burst())
        for future in futures:
            future.result()
    assert token_server.calls == 2
    assert bearer(vertex)[1:] == [f"Bearer {TOKEN_PREFIX}2"] * 40


def test_401_triggers_one_refresh_and_retry(
    client: Mistral, vertex: FakeMistralServer, token_server: TokenServer
) -> None:
    client.chat.complete(model=MODEL, messages=MESSAGES)
    vertex.inject(status=401, times=1)
    res = client.chat.complete(model=MODEL, messages=MESSAGES)
    assert res.choices[0].message.content == "You said: hello there"
    assert token_server.calls == 2
    assert bearer(vertex) == [f"Bearer {TOKEN_PREFIX}{n}" for n in (1, 1, 2)]

    vertex.inject(status=401, times=1)

    async def run() -> Any:
        try:
            stream = await client.chat.stream_async(model=MODEL, messages=MESSAGES)
            async with stream:
                return [c async for c in stream]
        finally:
            await client.aclose()

    assert asyncio.run(run())
    assert token_server.calls == 3
    assert bearer(vertex)[3:] == [f"Bearer {TOKEN_PREFIX}{n}" for n in (2, 3)]


def test_401_twice_is_an_authentication_error_after_one_retry(
    client: Mistral, vertex: FakeMistralServer, token_server: TokenServer
) -> None:
    vertex.inject(status=401, times=2)
    with pytest.raises(AuthenticationError) as info:
        client.chat.complete(model=MODEL, messages=MESSAGES)
    assert info.value.status_code == 401
    assert token_server.calls == 2
    assert len(vertex.requests) == 2


def test_fixed_token_401_is_not_retried(vertex: FakeMistralServer, clean_google_env: None) -> None:
    client = Mistral(
        provider="gcp", project_id=PROJECT, access_token="ya29.fixed", server_url=vertex.url
    )
    vertex.inject(status=401, times=1)
    with pytest.raises(AuthenticationError):
        client.chat.complete(model=MODEL, messages=MESSAGES)
    assert len(vertex.requests) == 1


def test_refused_token_is_a_typed_error_and_nothing_is_sent(
    client: Mistral, vertex: FakeMistralServer, token_server: TokenServer
) -> None:
    token_server.status = 400
    with pytest.raises(TokenRefreshError) as info:
        client.chat.complete(model=MODEL, messages=MESSAGES)
    assert isinstance(info.value, NoCredentialsError)
    assert "invalid_grant" in str(info.value)
    assert not type(info.value).__module__.startswith("google")

    async def run() -> None:
        try:
            await client.chat.complete_async(model=MODEL, messages=MESSAGES)
        finally:
            await client.aclose()

    with pytest.raises(TokenRefreshError):
        asyncio.run(run())
    assert len(vertex.requests) == 0


def test_expired_token_that_cannot_be_refreshed(
    client: Mistral,
    vertex: FakeMistralServer,
    token_server: TokenServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client.chat.complete(model=MODEL, messages=MESSAGES)
    token_server.status = 400
    shift_clock(monkeypatch, 2 * 3600)
    with pytest.raises(TokenRefreshError):
        client.chat.complete(model=MODEL, messages=MESSAGES)
    assert len(vertex.requests) == 1  # the expired token was never sent
    token_server.status = 200  # the endpoint recovers: the next call works
    client.chat.complete(model=MODEL, messages=MESSAGES)
    assert vertex.requests.last.header("authorization") == f"Bearer {TOKEN_PREFIX}3"


def test_missing_project_id(
    clean_google_env: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    rsa_private_key_pem: str,
    token_server: TokenServer,
    vertex: FakeMistralServer,
) -> None:
    path = write_service_account(tmp_path / "sa.json", rsa_private_key_pem, token_server.url, None)
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(path))
    client = Mistral(provider="gcp", server_url=vertex.url)
    with pytest.raises(MissingProjectIdError, match="project_id=") as info:
        client.chat.complete(model=MODEL, messages=MESSAGES)
    assert isinstance(info.value, ConfigurationError)
    assert token_server.calls == 0
    assert len(vertex.requests) == 0
    # Given explicitly, the same credentials work.
    client = Mistral(provider="gcp", project_id=PROJECT, server_url=vertex.url)
    client.chat.complete(model=MODEL, messages=MESSAGES)
    assert token_server.calls == 1


def test_no_credentials_found(
    clean_google_env: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    vertex: FakeMistralServer,
) -> None:
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(tmp_path / "missing.json"))
    client = Mistral(provider="gcp", project_id=PROJECT, server_url=vertex.url)
    with pytest.raises(GoogleCredentialsError, match="GOOGLE_APPLICATION_CREDENTIALS") as info:
        client.chat.complete(model=MODEL, messages=MESSAGES)
    assert isinstance(info.value, MistralError)
    assert len(vertex.requests) == 0


def test_tokens_never_logged(
    client: Mistral,
    vertex: FakeMistralServer,
    token_server: TokenServer,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    rsa_private_key_pem: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("google").setLevel(logging.DEBUG)
    client.chat.complete(model=MODEL, messages=MESSAGES)
    vertex.inject(status=401, times=1)
    client.chat.complete(model=MODEL, messages=MESSAGES)
    shift_clock(monkeypatch, 2 * 3600)
    with client.chat.stream(model=MODEL, messages=MESSAGES) as stream:
        list(stream)
    token_server.status = 400
    shift_clock(monkeypatch, 4 * 3600)
    with pytest.raises(TokenRefreshError) as info:
        client.chat.complete(model=MODEL, messages=MESSAGES)
    assert token_server.calls == 4
    assert "request POST" in caplog.text
    secrets = [token_server.token(n) for n in (1, 2, 3)] + [TOKEN_PREFIX, "BEGIN PRIVATE KEY"]
    for record in caplog.records:
        text = record.getMessage() + repr(record.__dict__)
        assert not any(s in text for s in secrets), f"secret logged by {record.name}: {text}"
    assert not any(s in str(info.value) for s in secrets)


def test_explicit_credentials_object(
    clean_google_env: None,
    tmp_path: Path,
    rsa_private_key_pem: str,
    token_server: TokenServer,
    vertex: FakeMistralServer,
) -> None:
    from google.oauth2 import service_account

    path = write_service_account(tmp_path / "sa.json", rsa_private_key_pem, token_server.url)
    credentials = service_account.Credentials.from_service_account_file(
        str(path), scopes=["https://www.googleapis.com/auth/cloud-platform"]
    )
    client = Mistral(provider="gcp", credentials=credentials, server_url=vertex.url)
    assert token_server.calls == 0
    client.chat.complete(model=MODEL, messages=MESSAGES)
    assert token_server.calls == 1
    assert vertex.requests.last.path == f"{PATH}:rawPredict"  # project read from the credentials
    assert vertex.requests.last.header("authorization") == f"Bearer {TOKEN_PREFIX}1"
