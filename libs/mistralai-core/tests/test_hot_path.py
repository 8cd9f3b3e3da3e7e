"""Behaviour kept by the shortcuts of the per-call path (issue "runtime performance"): cookies
and TLS verification of the SDK's own clients, request-body dumps, open unions, stream decoding
and idle checks, the credential check. Behaviour only, no timing."""

from __future__ import annotations

import ssl
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
from _ops import COMPLETE, STREAM, ChunkEvent, Request, Response
from pydantic import Field, TypeAdapter

from mistralai.client import Mistral, errors
from mistralai.core import _http, _streaming, _tls
from mistralai.core._model import BaseModel, ConstFieldsModel, empty_as_absent
from mistralai.core._streaming import EventStream, decoder_for

ANSWER = {"id": "a", "choices": []}
BODY = {"model": "m", "messages": []}


def own_client_with(handler: Any) -> Mistral:
    """A client whose own (SDK-created) transports answer through ``handler``."""
    client = Mistral(api_key="sk-test", server_url="http://api.test", retry_config=None)
    sync = client._sync_client()  # pyright: ignore[reportPrivateUsage]
    sync._transport = httpx.MockTransport(handler)  # pyright: ignore[reportPrivateUsage]
    return client


def test_own_client_stores_and_sends_back_cookies() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("cookie"))
        headers = {"set-cookie": "session=abc; Path=/"} if len(seen) == 2 else {}
        return httpx.Response(200, json=ANSWER, headers=headers)

    with own_client_with(handler) as client:
        for _ in range(4):
            assert client.request(COMPLETE, body=BODY).id == "a"
        jar = client._sync_client().cookies  # pyright: ignore[reportPrivateUsage]
        assert dict(jar) == {"session": "abc"}
        assert isinstance(jar, _http._Cookies)  # pyright: ignore[reportPrivateUsage]
    assert seen == [None, None, "session=abc", "session=abc"]


def test_own_async_client_stores_cookies() -> None:
    import asyncio

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=ANSWER, headers={"Set-Cookie": "lb=1"})

    async def main() -> dict[str, str]:
        client = Mistral(api_key="sk-test", server_url="http://api.test", retry_config=None)
        own = client._async_client()  # pyright: ignore[reportPrivateUsage]
        own._transport = httpx.MockTransport(handler)  # pyright: ignore[reportPrivateUsage]
        assert (await client.request_async(COMPLETE, body=BODY)).id == "a"
        cookies = dict(own.cookies)
        await client.aclose()
        return cookies

    assert asyncio.run(main()) == {"lb": "1"}


class _Inner(BaseModel):
    __mistral_keep__: ClassVar[frozenset[str] | None] = frozenset()
    __mistral_drop_none__: ClassVar[frozenset[str]] = frozenset({"maxTokens"})
    max_tokens: int | None = Field(default=None, alias="maxTokens")
    note: str | None = None


class _Outer(ConstFieldsModel):
    __mistral_keep__: ClassVar[frozenset[str] | None] = frozenset({"kind"})
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"kind": "outer"}
    kind: str = "outer"
    inner: _Inner | None = None
    label: str | None = None


def test_request_dumps_drop_none_of_non_nullable_fields_and_keep_constants() -> None:
    value = _Outer(inner=_Inner(maxTokens=None, note=None), label=None)
    adapter = TypeAdapter(_Outer)
    dumped = adapter.dump_python(value, by_alias=True, exclude_unset=True)
    # set to None: dropped where the field cannot be null, kept where it can; the constant
    # is sent although it came from its default
    assert dumped == {"inner": {"note": None}, "label": None, "kind": "outer"}
    assert value.model_dump(exclude_unset=True) == {
        "inner": {"note": None},
        "label": None,
        "kind": "outer",
    }
    # a response-style dump (no exclude_unset) still applies the 2.x rules
    assert _Outer(inner=_Inner(note="n")).model_dump() == {"kind": "outer", "inner": {"note": "n"}}


def test_open_union_reads_dicts_mappings_and_objects() -> None:
    adapter = TypeAdapter(Response)
    answer = adapter.validate_json(
        b'{"id": "x", "choices": [{"index": 0, "finish_reason": "stop", "content": ['
        b'{"type": "text", "text": "t"}, {"type": "video", "url": "u"}]}]}'
    )
    content = answer.choices[0].content
    assert [type(c).__name__ for c in content] == ["TextChunk", "UnknownVariant"]

    class Frozen(Mapping[str, Any]):
        def __init__(self, data: dict[str, Any]) -> None:
            self.data = data

        def __getitem__(self, key: str) -> Any:
            return self.data[key]

        def __iter__(self) -> Iterator[str]:
            return iter(self.data)

        def __len__(self) -> int:
            return len(self.data)

    request = TypeAdapter(Request).validate_python(
        {"model": "m", "messages": [{"content": [Frozen({"type": "text", "text": "t"})]}]}
    )
    assert type(request.messages[0].content[0]).__name__ == "TextChunk"  # pyright: ignore[reportIndexIssue]


class _Usage(BaseModel):
    absent_if_empty = empty_as_absent("seconds")
    seconds: float | None = None
    tokens: int | None = None


def test_empty_objects_read_as_absent_only_in_marked_fields() -> None:
    usage = _Usage.model_validate({"seconds": {}, "tokens": 3})
    assert usage.seconds is None and usage.tokens == 3
    assert "seconds" not in usage.model_fields_set
    with pytest.raises(ValueError):
        _Usage.model_validate({"seconds": 1.5, "tokens": {}})


def events_of(chunks: list[bytes], idle: float | None = None) -> EventStream[ChunkEvent]:
    return EventStream(iter(chunks), decoder_for(STREAM), lambda: None, idle_timeout_s=idle)


def test_data_only_events_are_read_and_bad_ones_raise_the_sdk_error() -> None:
    good = b'data: {"id": "1"}\n\ndata: {"id": "2", "choices": []}\n\n'
    assert [e.data.id for e in events_of([good, b"data: [DONE]\n\n"])] == ["1", "2"]
    for bad in (b'data: {"id": 1\n\n', b'data: {"no_id": 1}\n\n', b"data: plain text\n\n"):
        with pytest.raises(errors.ResponseValidationError) as info:
            list(events_of([bad, b"data: [DONE]\n\n"]))
        assert info.value.status_code == 200
        assert bad[6:-2].decode() in (info.value.body or "")


def test_idle_time_does_not_count_the_callers_time(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [100.0]
    monkeypatch.setattr(_streaming.time, "monotonic", lambda: clock[0])
    two = b'data: {"id": "1"}\n\ndata: {"id": "2"}\n\n'
    chunks = [two, b": ping\n", b'data: {"id": "3"}\n\n', b"data: [DONE]\n\n"]
    seen: list[str] = []
    for event in events_of(chunks, idle=5.0):
        seen.append(event.data.id)
        clock[0] += 60  # the caller is slow with every event: not a stalled stream
    assert seen == ["1", "2", "3"]

    clock[0] = 100.0
    stalled = iter([two, b": ping\n"])

    def slow_chunks() -> Iterator[bytes]:
        yield next(stalled)
        clock[0] += 6  # no event for longer than the idle timeout
        yield next(stalled)

    stream = EventStream(slow_chunks(), decoder_for(STREAM), lambda: None, idle_timeout_s=5.0)
    with pytest.raises(errors.StreamTimeoutError):
        list(stream)


def test_invalid_json_answer_is_a_response_validation_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"id": ')

    with own_client_with(handler) as client, pytest.raises(errors.ResponseValidationError) as info:
        client.request(COMPLETE, body=BODY)
    assert info.value.body == '{"id": '


def tls_settings(context: ssl.SSLContext) -> dict[str, object]:
    return {
        "protocol": context.protocol,
        "options": context.options,
        "verify_mode": context.verify_mode,
        "verify_flags": context.verify_flags,
        "check_hostname": context.check_hostname,
        "minimum_version": context.minimum_version,
        "maximum_version": context.maximum_version,
        "keylog_filename": context.keylog_filename,
        "ca_certs": sorted(str(c) for c in context.get_ca_certs()),
    }


@pytest.mark.parametrize("own_bundle", [False, True])
def test_own_clients_verify_tls_as_httpx_does(
    own_bundle: bool, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import certifi

    if own_bundle:  # SSL_CERT_FILE names another bundle (here: certifi's first certificate)
        pem = Path(certifi.where()).read_text()
        end = "-----END CERTIFICATE-----"
        (tmp_path / "one.pem").write_text(pem[: pem.index(end) + len(end)] + "\n")
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "one.pem"))
    expected = tls_settings(httpx.create_ssl_context())
    assert len(expected["ca_certs"]) == 1 if own_bundle else len(expected["ca_certs"]) > 1  # type: ignore[arg-type]
    context = _tls._DeferredCAContext.create()  # pyright: ignore[reportPrivateUsage]
    assert context.get_ca_certs() == []  # nothing read before a TLS connection
    context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="api.mistral.ai")
    assert tls_settings(context) == expected


def test_own_clients_share_one_tls_context() -> None:
    one = Mistral(api_key="sk-test")
    two = Mistral(api_key="sk-test")
    transports = [
        c._sync_client()._transport  # pyright: ignore[reportPrivateUsage]
        for c in (one, two)
    ]
    contexts = {id(t._pool._ssl_context) for t in transports}  # pyright: ignore[reportAttributeAccessIssue]
    assert contexts == {id(_tls.tls_context())}
    one.close()
    two.close()


def self_signed(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 (and its key), signed by itself."""
    x509 = pytest.importorskip("cryptography.x509")
    import datetime as dt
    import ipaddress

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An HTTPS server on 127.0.0.1 answering every POST with a chat answer; yields its URL
    and the certificate to trust."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    cert, key = self_signed(tmp_path)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length", "0")))
            body = json.dumps(ANSWER).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", cert
    finally:
        server.shutdown()
        server.server_close()


def test_own_clients_connect_over_tls_and_verify_the_server(
    tls_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    url, cert = tls_server
    # a fresh shared context, reading the bundle from the environment (httpx's rules)
    monkeypatch.setattr(_tls, "_tls", [])
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    with Mistral(api_key="sk-test", server_url=url, retry_config=None) as client:
        assert client.request(COMPLETE, body=BODY).id == "a"

        async def call() -> str:
            return (await client.request_async(COMPLETE, body=BODY)).id

        assert asyncio.run(call()) == "a"

    # the same server is refused when its certificate is not trusted (certifi's bundle)
    monkeypatch.setattr(_tls, "_tls", [])
    monkeypatch.delenv("SSL_CERT_FILE")
    with (
        Mistral(api_key="sk-test", server_url=url, retry_config=None) as client,
        pytest.raises(errors.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        client.request(COMPLETE, body=BODY)


@pytest.mark.parametrize(
    "value",
    [
        "Bearer sk-abc",
        "Basic YWJj==",
        "sk-no-scheme",
        "",
        "Bearer ",
        "Bearer a b",
        "Bearer  a",
        "Bearer a\tb",
        "Bearer a\n",
        "Bearer é",
        "Bearer a\x7f",
        "a1 b",
        " lead",
        *(f"Bearer x{chr(c)}" for c in (0, 31, 32, 33, 126, 127, 128, 255)),
    ],
)
def test_the_credential_shortcut_agrees_with_the_check(value: str) -> None:
    from mistralai.core import _options
    from mistralai.core._client import _plain_credential  # pyright: ignore[reportPrivateUsage]

    try:
        _options.check_auth_value("authorization", value)
        accepted = True
    except errors.ConfigurationError:
        accepted = False
    assert _plain_credential(value) == accepted


def test_a_bad_credential_is_still_refused_before_sending() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=ANSWER)

    with own_client_with(handler) as client:
        client._provider.options.api_key = "sk bad"  # pyright: ignore[reportPrivateUsage]
        with pytest.raises(errors.ConfigurationError, match="whitespace"):
            client.request(COMPLETE, body=BODY)
    assert sent == []
