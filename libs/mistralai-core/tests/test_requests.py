"""Request building, response parsing, typed errors: hermetic, through MockTransport."""

from __future__ import annotations

import json

import httpx
import pytest
from _ops import COMPLETE, DELETE_THING, GET_THING, ImageChunk, Message, TextChunk, UnknownVariant

from mistralai.client import errors
from mistralai.core.runtime import UNSET

OK = {"id": "r1", "choices": [{"index": 0, "finish_reason": "stop"}]}


def test_body_sends_only_given_fields_and_const_fields(make_client) -> None:
    seen: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return httpx.Response(200, json=OK)

    client = make_client(handler)
    client.request(
        COMPLETE,
        body={
            "model": "m",
            "messages": [Message(content="hi"), {"content": [{"type": "text", "text": "yo"}]}],
            "temperature": UNSET,
            "stream": None,
        },
    )
    assert seen == [
        {
            "model": "m",
            "messages": [
                {"role": "user", "content": "hi"},
                {"role": "user", "content": [{"type": "text", "text": "yo"}]},
            ],
        }
    ]


def test_none_is_sent_as_null_where_nullable(make_client) -> None:
    seen: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return httpx.Response(200, json=OK)

    make_client(handler).request(COMPLETE, body={"model": "m", "messages": [], "temperature": None})
    assert seen[0]["temperature"] is None and "temperature" in seen[0]


def test_wrong_type_fails_before_sending(make_client) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json=OK)

    with pytest.raises(errors.RequestValidationError) as info:
        make_client(handler).request(COMPLETE, body={"model": 3, "messages": "nope"})
    assert calls == []
    assert "model" in str(info.value) and "messages" in str(info.value)
    assert isinstance(info.value, TypeError | ValueError)


def test_unknown_fields_enum_values_and_variants_are_kept(make_client) -> None:
    payload = {
        "id": "r1",
        "brand_new_field": {"x": 1},
        "choices": [
            {
                "index": 0,
                "finish_reason": "a_new_reason",
                "content": [
                    {"type": "text", "text": "a"},
                    {"type": "image_url", "image_url": "u"},
                    {"type": "hologram", "depth": 3},
                ],
            }
        ],
    }
    res = make_client(lambda r: httpx.Response(200, json=payload)).request(
        COMPLETE, body={"model": "m", "messages": []}
    )
    assert res.model_extra == {"brand_new_field": {"x": 1}}
    choice = res.choices[0]
    assert choice.finish_reason == "a_new_reason"
    text, image, unknown = choice.content
    assert isinstance(text, TextChunk) and text.text == "a"
    assert isinstance(image, ImageChunk)
    assert isinstance(unknown, UnknownVariant) and unknown.model_extra == {
        "type": "hologram",
        "depth": 3,
    }


def test_path_query_and_per_call_options(make_client) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=OK)

    client = make_client(handler)
    client.request(
        GET_THING,
        path={"thing_id": "a/b c"},
        query={"page": 2, "flag": True, "tags": ["x", None, "y"], "skip": None, "unset": UNSET},
        server_url="http://elsewhere.test/base/",
        http_headers={"x-extra": "1"},
        timeout_ms=1234,
    )
    request = seen[0]
    assert (
        str(request.url)
        == "http://elsewhere.test/base/v1/things/a%2Fb%20c?page=2&flag=true&tags=x&tags=y"
    )
    assert request.headers["x-extra"] == "1"
    assert request.headers["authorization"] == "Bearer sk-test"
    # The attempt's deadline caps each read at the time left (docs/reliability.md), so the
    # read timeout is timeout_ms less the microseconds spent before sending.
    read = request.extensions["timeout"]["read"]
    assert 1.234 - 0.05 < read <= 1.234


def test_empty_response(make_client) -> None:
    client = make_client(lambda r: httpx.Response(204))
    assert client.request(DELETE_THING, path={"thing_id": "x"}) is None


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (418, errors.APIStatusError),
    ],
)
def test_status_errors_are_typed_and_2x_compatible(make_client, status: int, cls: type) -> None:
    body = {"detail": [{"loc": ["body", "model"], "msg": "field required", "type": "missing"}]}
    client = make_client(
        lambda r: httpx.Response(status, json=body, headers={"x-request-id": "req-42"})
    )
    with pytest.raises(cls) as info:
        client.request(GET_THING, path={"thing_id": "x"})
    err = info.value
    assert isinstance(err, errors.SDKError) and isinstance(err, errors.MistralError)
    assert err.status_code == status
    assert err.request_id == "req-42"
    assert err.data == body
    assert "req-42" in str(err)
    if status == 422:
        assert isinstance(err, errors.HTTPValidationError)


def test_non_json_error_body_keeps_raw_text(make_client) -> None:
    client = make_client(lambda r: httpx.Response(502, text="<html>bad gateway</html>"))
    with pytest.raises(errors.InternalServerError) as info:
        client.request(GET_THING, path={"thing_id": "x"}, retries=None)
    assert info.value.body == "<html>bad gateway</html>"
    assert info.value.data is None
    assert "bad gateway" in str(info.value)


def test_invalid_success_body_is_a_response_validation_error(make_client) -> None:
    client = make_client(lambda r: httpx.Response(200, text="not json"))
    with pytest.raises(errors.ResponseValidationError) as info:
        client.request(GET_THING, path={"thing_id": "x"})
    assert info.value.body == "not json"


def test_connection_and_timeout_errors_are_sdk_errors(make_client) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(errors.APIConnectionError) as info:
        make_client(refuse).request(GET_THING, path={"thing_id": "x"})
    assert not isinstance(info.value, errors.APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    with pytest.raises(errors.APITimeoutError):
        make_client(slow).request(GET_THING, path={"thing_id": "x"})


async def test_async_twin(make_client) -> None:
    client = make_client(lambda r: httpx.Response(200, json=OK))
    res = await client.request_async(COMPLETE, body={"model": "m", "messages": []})
    assert res.id == "r1"
    with pytest.raises(errors.NotFoundError):
        await make_client(lambda r: httpx.Response(404, json={})).request_async(
            GET_THING, path={"thing_id": "x"}
        )


def test_file_accepts_bytes_and_binary_file_objects_only() -> None:
    import io

    from mistralai.core.runtime import File

    buffer = io.BytesIO(b"data")
    assert File(file_name="a.txt", content=buffer).content is buffer
    assert File(file_name="a.txt", content=bytearray(b"x")).content == b"x"
    with pytest.raises(ValueError, match="binary file object"):
        File(file_name="a.txt", content=3)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_path_values_that_would_name_another_resource_are_refused(make_client, value) -> None:
    # "/v1/things/.." is "/v1" once the dot segment is resolved (httpx resolves it): a delete
    # would hit the parent resource. Nothing may be sent.
    sent: list[httpx.Request] = []
    client = make_client(lambda r: sent.append(r) or httpx.Response(204))
    with pytest.raises(errors.RequestValidationError, match="thing_id"):
        client.request(DELETE_THING, path={"thing_id": value})
    assert sent == []


def test_path_values_with_dots_and_reserved_characters_stay_in_their_segment(make_client) -> None:
    sent: list[httpx.Request] = []
    client = make_client(lambda r: sent.append(r) or httpx.Response(204))
    for value in ("...", "a..b", "../x", "ft:model:a@b", "%2E%2E", "é?#"):
        client.request(DELETE_THING, path={"thing_id": value})
    assert [r.url.raw_path.decode() for r in sent] == [
        "/v1/things/...",
        "/v1/things/a..b",
        "/v1/things/..%2Fx",
        "/v1/things/ft:model:a@b",  # RFC 3986 allows ":" and "@" in a segment, 2.x sends them
        "/v1/things/%252E%252E",
        "/v1/things/%C3%A9%3F%23",
    ]


def test_text_mode_file_fails_before_sending_with_an_sdk_error(make_client) -> None:
    import io

    from mistralai.core.runtime import Operation

    upload = Operation[None](
        operation_id="upload",
        method="POST",
        path="/v1/files",
        namespace="files",
        response=None,
        body_kind="multipart",
    )
    sent: list[httpx.Request] = []
    client = make_client(lambda r: sent.append(r) or httpx.Response(204))
    with pytest.raises(errors.RequestValidationError, match="binary mode"):
        client.request(upload, body={"file": io.StringIO("text")})
    assert sent == []
    client.request(upload, body={"file": io.BytesIO(b"bytes")})
    assert b"bytes" in sent[0].read()


def test_errors_survive_pickle_and_copy(make_client) -> None:
    import copy
    import pickle

    client = make_client(
        lambda r: httpx.Response(429, json={"message": "slow"}, headers={"retry-after": "7"})
    )
    with pytest.raises(errors.RateLimitError) as info:
        client.request(GET_THING, path={"thing_id": "x"}, retries=None)
    others = [
        errors.MissingDomainError("fine_tuning", "mistralai-api-fine-tuning"),
        errors.UnsupportedOperationError("azure", "list_models"),
        errors.ResponseValidationError("bad", body="{}", status_code=200),
        errors.RequestValidationError("bad", errors=[{"loc": ("x",)}]),
    ]
    for err in [info.value, *others]:
        for clone in (pickle.loads(pickle.dumps(err)), copy.copy(err)):
            assert type(clone) is type(err)
            assert vars(clone) == vars(err) and str(clone) == str(err)
    clone = pickle.loads(pickle.dumps(info.value))
    assert clone.retry_after == 7.0 and clone.data == {"message": "slow"}


def test_json_error_body_after_whitespace_is_parsed(make_client) -> None:
    client = make_client(lambda r: httpx.Response(400, text='\n  {"detail": "no"}'))
    with pytest.raises(errors.BadRequestError) as info:
        client.request(GET_THING, path={"thing_id": "x"})
    assert info.value.data == {"detail": "no"}
