"""A conformance suite every provider plugin should pass, against the fake server.

Subclass :class:`ProviderConformance` in a test module (the subclass's name must start with
``Test``) and implement :meth:`~ProviderConformance.make_client`,
:meth:`~ProviderConformance.expected_path` and :meth:`~ProviderConformance.secret`::

    from mistralai.client import Mistral
    from mistralai.testing.provider_conformance import ProviderConformance


    class TestAcmeConformance(ProviderConformance):
        provider_name = "acme"

        def make_client(self, server):
            return Mistral(provider="acme", api_key=self.secret(), server_url=server.url)

        def expected_path(self, op, stream):
            return "/openai/v1/chat/completions"

        def secret(self):
            return "acme-conformance-key"

        def expected_auth(self):
            return ("x-acme-key", self.secret())

The suite serves the provider's URLs from a :class:`~mistralai.testing.FakeMistralServer` with
the fake chat handler, answering 401 unless the request carries :meth:`expected_auth`, and
checks: chat complete and stream (sync and async; streams end on ``[DONE]``), the path, query
and auth header each request carries, that an operation the provider does not serve fails
before anything is sent (naming the provider and the operation), and that the secret never
appears in the SDK's logs (debug level) nor in error messages.

The tests are synchronous (async calls run under ``asyncio.run``), so the suite needs no pytest
plugin beyond ``mistralai-testing``'s own fixtures.
"""

from __future__ import annotations

import abc
import asyncio
import logging
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import pytest

from mistralai.testing._completions import chat_completions, fim_completions
from mistralai.testing._routing import Handler, RequestContext, Response, StreamResponse
from mistralai.testing._routing import json_response as _json_response
from mistralai.testing.server import FakeMistralServer

if TYPE_CHECKING:
    from mistralai.api.chat.models import UserMessageTypedDict
    from mistralai.core.mistral import Mistral

__all__ = ["ProviderConformance", "add_provider_route", "guarded"]

MESSAGES: list[UserMessageTypedDict] = [{"role": "user", "content": "hello there"}]
ANSWER = "You said: hello there"
STREAM_CHUNKS = 4

HANDLERS: Mapping[str, Handler] = {"chat": chat_completions, "fim": fim_completions}
"""The fake handlers a provider route can reuse, by domain."""


def guarded(handler: Handler, header: str, value: str) -> Handler:
    """``handler`` answering 401 unless the request has ``header: value`` (any provider's
    auth scheme, not only bearer tokens)."""
    name = header.lower()

    def check(ctx: RequestContext) -> Response | StreamResponse:
        if ctx.headers.get(name) != value:
            return _json_response({"message": "Unauthorized", "detail": f"bad {name}"}, 401)
        return handler(ctx)

    return check


def add_provider_route(
    server: FakeMistralServer,
    path: str,
    handler: Handler,
    *,
    auth: tuple[str, str] | None = None,
    method: str = "POST",
) -> None:
    """Serve the literal ``path`` with ``handler`` (a fake handler such as ``chat_completions``),
    checking the ``auth`` header (name, exact value) instead of the server's bearer check."""
    if auth is not None:
        handler = guarded(handler, *auth)
    server.add_route(method, re.escape(path), handler, auth=False)


class ProviderConformance(abc.ABC):
    """The shared provider tests; see the module docstring."""

    provider_name: ClassVar[str]
    """The provider's name, as errors must name it."""
    model: ClassVar[str] = "mistral-small-latest"

    # -- what a provider's test module implements --------------------------------------------
    @abc.abstractmethod
    def make_client(self, server: FakeMistralServer) -> Mistral:
        """A client of this provider whose requests go to ``server``."""

    @abc.abstractmethod
    def expected_path(self, op: str, stream: bool) -> str:
        """The URL path a call of domain ``op`` (``"chat"``...) is sent to."""

    @abc.abstractmethod
    def secret(self) -> str:
        """The credential the client sends (API key or token): must never be logged."""

    def expected_auth(self) -> tuple[str, str]:
        """The header (name, exact value) that must authenticate each request."""
        return ("authorization", "Bearer " + self.secret())

    def expected_query(self, op: str) -> Mapping[str, str]:
        """Query parameters each request of domain ``op`` must carry."""
        return {}

    def call_unsupported(self, client: Mistral) -> Any:
        """Make a call this provider does not serve (``embeddings.create`` by default)."""
        return client.embeddings.create(model=self.model, inputs=["hello"])

    async def call_unsupported_async(self, client: Mistral) -> Any:
        return await client.embeddings.create_async(model=self.model, inputs=["hello"])

    def install_routes(self, server: FakeMistralServer) -> None:
        """Serve this provider's chat URLs (override to add more)."""
        for stream in (False, True):
            add_provider_route(
                server,
                self.expected_path("chat", stream),
                chat_completions,
                auth=self.expected_auth(),
            )

    # -- fixtures ----------------------------------------------------------------------------
    @pytest.fixture
    def conformance_server(self) -> Iterator[FakeMistralServer]:
        server = FakeMistralServer()
        self.install_routes(server)
        server.start()
        try:
            yield server
        finally:
            server.stop()

    @pytest.fixture
    def conformance_client(self, conformance_server: FakeMistralServer) -> Iterator[Mistral]:
        client = self.make_client(conformance_server)
        try:
            yield client
        finally:
            client.close()  # async tests close the async transport in their own event loop

    # -- checks ------------------------------------------------------------------------------
    def check_sent(self, server: FakeMistralServer, op: str, stream: bool) -> None:
        """The last request went to the expected path, query and auth, with the body asked."""
        sent = server.requests.last
        assert sent.method == "POST"
        assert sent.path == self.expected_path(op, stream), sent.path
        params = sent.query_params
        for key, value in self.expected_query(op).items():
            assert params.get(key) == [value], f"query {key!r}: {params.get(key)} != {value!r}"
        name, value = self.expected_auth()
        assert sent.header(name) == value, f"header {name!r} missing or wrong"
        body = sent.json()
        assert body["model"] == self.model
        assert body["stream"] is stream

    @staticmethod
    def _answer(response: Any) -> str:
        content = response.choices[0].message.content
        assert isinstance(content, str), content
        return content

    @staticmethod
    def _joined(chunks: list[Any]) -> str:
        assert chunks, "the stream yielded no event"
        last = chunks[-1].data.choices[0]
        assert last.finish_reason == "stop", last
        parts = [c.data.choices[0].delta.content for c in chunks]
        return "".join(p for p in parts if isinstance(p, str))

    # -- tests -------------------------------------------------------------------------------
    def test_complete(
        self, conformance_client: Mistral, conformance_server: FakeMistralServer
    ) -> None:
        res = conformance_client.chat.complete(model=self.model, messages=MESSAGES)
        assert self._answer(res) == ANSWER
        assert len(conformance_server.requests) == 1
        self.check_sent(conformance_server, "chat", False)

    def test_complete_async(
        self, conformance_client: Mistral, conformance_server: FakeMistralServer
    ) -> None:
        async def run() -> Any:
            try:
                return await conformance_client.chat.complete_async(
                    model=self.model, messages=MESSAGES
                )
            finally:
                await conformance_client.aclose()

        assert self._answer(asyncio.run(run())) == ANSWER
        self.check_sent(conformance_server, "chat", False)

    def test_stream(
        self, conformance_client: Mistral, conformance_server: FakeMistralServer
    ) -> None:
        headers = {"x-fake-chunks": str(STREAM_CHUNKS)}
        with conformance_client.chat.stream(
            model=self.model, messages=MESSAGES, http_headers=headers
        ) as stream:
            chunks = list(stream)
        # Exactly the content events: the closing ``data: [DONE]`` ends the stream, unseen.
        assert len(chunks) == STREAM_CHUNKS
        assert self._joined(chunks)
        self.check_sent(conformance_server, "chat", True)

    def test_stream_async(
        self, conformance_client: Mistral, conformance_server: FakeMistralServer
    ) -> None:
        async def run() -> list[Any]:
            try:
                stream = await conformance_client.chat.stream_async(
                    model=self.model, messages=MESSAGES
                )
                async with stream:
                    return [chunk async for chunk in stream]
            finally:
                await conformance_client.aclose()

        chunks = asyncio.run(run())
        assert self._joined(chunks) == ANSWER
        self.check_sent(conformance_server, "chat", True)

    def test_auth_header_present_on_every_request(
        self, conformance_client: Mistral, conformance_server: FakeMistralServer
    ) -> None:
        for _ in range(3):
            conformance_client.chat.complete(model=self.model, messages=MESSAGES)
        name, value = self.expected_auth()
        assert [r.header(name) for r in conformance_server.requests] == [value] * 3

    def test_per_call_server_url_keeps_the_provider_path(
        self, conformance_client: Mistral, conformance_server: FakeMistralServer
    ) -> None:
        # The provider shapes the path and keeps the base URL apart: a call's server_url=
        # replaces the base only. The client's provider is public (read-only).
        assert conformance_client.provider.name == self.provider_name
        conformance_client.chat.complete(
            model=self.model, messages=MESSAGES, server_url=conformance_server.url
        )
        self.check_sent(conformance_server, "chat", False)

    def test_unsupported_operation_fails_before_sending(
        self, conformance_client: Mistral, conformance_server: FakeMistralServer
    ) -> None:
        from mistralai.core.errors import UnsupportedOperationError

        with pytest.raises(UnsupportedOperationError) as info:
            self.call_unsupported(conformance_client)
        assert f"'{self.provider_name}'" in str(info.value)
        assert info.value.provider == self.provider_name
        assert info.value.operation in str(info.value)

        async def run() -> None:
            try:
                await self.call_unsupported_async(conformance_client)
            finally:
                await conformance_client.aclose()

        with pytest.raises(UnsupportedOperationError) as info_async:
            asyncio.run(run())
        assert info_async.value.provider == self.provider_name
        assert len(conformance_server.requests) == 0

    def test_secret_not_in_logs(
        self,
        conformance_client: Mistral,
        conformance_server: FakeMistralServer,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        from mistralai.core.errors import MistralError

        secret = self.secret()
        caplog.set_level(logging.DEBUG)
        conformance_client.chat.complete(model=self.model, messages=MESSAGES)
        with conformance_client.chat.stream(model=self.model, messages=MESSAGES) as stream:
            for _ in stream:
                pass
        conformance_server.inject(status=400, times=1)
        with pytest.raises(MistralError) as info:
            conformance_client.chat.complete(model=self.model, messages=MESSAGES, retries=None)
        assert secret not in str(info.value)
        assert secret not in repr(info.value.__dict__)
        assert "request POST" in caplog.text, "debug logging did not record the requests"
        for record in caplog.records:
            assert secret not in record.getMessage(), f"secret logged by {record.name}"
            assert secret not in repr(record.__dict__), f"secret in a log record of {record.name}"
