"""Telling the Connectors Gateway's own errors from the upstream's: the ``Proxy-Status``
parser and the error it builds, without a server."""

from __future__ import annotations

import httpx
import pytest

from mistralai.api.connectors._gateway import gateway_error, unwrap_gateway_error
from mistralai.api.connectors._proxy_status import parse_proxy_status
from mistralai.extra.connectors_gateway import ConnectorsGatewayError
from mistralai.extra.connectors_gateway_errors import (
    raise_connectors_gateway_error,
    single_connectors_gateway_error,
)


def response(status: int, *proxy_status: str) -> httpx.Response:
    return httpx.Response(
        status,
        headers=[("proxy-status", value) for value in proxy_status],
        request=httpx.Request("GET", "https://api.example.test/v1/connectors-gateway/c/http/x"),
    )


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        pytest.param(
            'connectors-gateway; error=http_request_error; status-code=400; details="nope"',
            ("http_request_error", 400, "nope"),
            id="all-parameters",
        ),
        pytest.param(
            'connectors-gateway;details="rate_limit_reached";error=http_request_denied',
            ("http_request_denied", None, "rate_limit_reached"),
            id="reordered-no-spaces",
        ),
        pytest.param(
            "connectors-gateway; error=proxy_internal_error",
            ("proxy_internal_error", None, None),
            id="error-only",
        ),
        pytest.param(
            'cdn; error=dns_timeout, "edge", connectors-gateway; error=connection_timeout;'
            ' next-hop="api.test"; received-status=503; details="upstream_timeout"',
            ("connection_timeout", None, "upstream_timeout"),
            id="after-other-members-with-extra-parameters",
        ),
        pytest.param(
            r'connectors-gateway; error=http_request_error; details="say \"hi\" \\ bye"',
            ("http_request_error", None, 'say "hi" \\ bye'),
            id="escapes",
        ),
        pytest.param(
            'connectors-gateway; error=http_request_error; status-code="400"',
            ("http_request_error", None, None),
            id="status-code-not-an-integer",
        ),
    ],
)
def test_gateway_members_make_an_error(
    header: str, expected: tuple[str, int | None, str | None]
) -> None:
    error = gateway_error(response(502, header))
    assert error is not None
    assert (error.proxy_error, error.proxy_status_code, error.details) == expected
    assert error.proxy_status.startswith("connectors-gateway;")
    assert error.response.status_code == 502


@pytest.mark.parametrize(
    "header",
    [
        pytest.param('upstream-proxy; error=connection_refused; details="x"', id="other-proxy"),
        pytest.param(
            'upstream; details="y, connectors-gateway; error=http_request_denied"',
            id="lookalike-inside-a-string",
        ),
        pytest.param("connectors-gateway; received-status=503", id="no-error-parameter"),
        pytest.param("connectors-gateway; error", id="error-without-value"),
        pytest.param(
            'upstream; details="unterminated, connectors-gateway; error=x', id="malformed"
        ),
    ],
)
def test_other_members_make_no_error(header: str) -> None:
    assert gateway_error(response(502, header)) is None


def test_a_successful_response_is_never_an_error() -> None:
    assert gateway_error(response(200, "connectors-gateway; error=http_request_error")) is None


def test_each_header_line_is_read() -> None:
    error = gateway_error(
        response(404, 'broken; details="unterminated', "connectors-gateway; error=not_found")
    )
    assert error is not None and error.proxy_error == "not_found"


def test_parse_keeps_members_before_a_malformed_one() -> None:
    members = parse_proxy_status("a; n=1; f=2.5; b=?0; t; raw=:aGk=:, b; x=@, c")
    assert [m.name for m in members] == ["a"]
    assert members[0].parameters == {"n": 1, "f": 2.5, "b": False, "t": True, "raw": "aGk="}
    assert members[0].text == "a; n=1; f=2.5; b=?0; t; raw=:aGk=:"


async def test_the_response_hook_raises_with_the_body_read() -> None:
    streamed = httpx.Response(
        400,
        headers={"proxy-status": "connectors-gateway; error=http_request_error"},
        stream=httpx.ByteStream(b'{"detail": "no"}'),
        request=httpx.Request("POST", "https://api.example.test/"),
    )
    with pytest.raises(ConnectorsGatewayError) as caught:
        await raise_connectors_gateway_error(streamed)
    assert caught.value.response.json() == {"detail": "no"}
    await raise_connectors_gateway_error(response(500))  # no member: nothing raised


def test_gateway_errors_are_found_inside_exception_groups() -> None:
    error = gateway_error(response(502, "connectors-gateway; error=destination_unavailable"))
    assert error is not None
    nested = BaseExceptionGroup("outer", [ExceptionGroup("inner", [RuntimeError(), error])])
    assert unwrap_gateway_error(nested) is error
    assert single_connectors_gateway_error(error) is error
    assert unwrap_gateway_error(ExceptionGroup("other", [RuntimeError()])) is None
