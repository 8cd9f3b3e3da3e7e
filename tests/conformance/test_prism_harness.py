"""The Prism harness itself, with raw httpx requests (independent of the SDK).

Proves that Prism routes the overlaid spec, accepts valid requests, and that
:func:`tools.prism.harness.violations` sees every kind of rejection.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator

import httpx
import pytest

from tools.prism.harness import (
    BEARER,
    HTTP_METHODS,
    PrismServer,
    mock_spec,
    prism_error,
    prism_version,
    violations,
    violations_from,
)

CHAT = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "hi"}]}
SSE = {"Accept": "text/event-stream"}
A_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


@pytest.fixture(scope="module")
def http(prism_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=prism_url, headers=BEARER, timeout=30) as client:
        yield client


def accepted(response: httpx.Response) -> None:
    found = violations(response)
    assert not found, f"Prism rejected the request ({response.status_code}): {found}"
    assert response.is_success, (response.status_code, prism_error(response), response.text[:500])


# -- server ---------------------------------------------------------------------------------


def test_pinned_version() -> None:
    assert prism_version() == "5.16.0"


def test_startup_time(prism: PrismServer, record_property: pytest.RecordProperty) -> None:
    assert prism.startup_seconds is not None
    record_property("prism_startup_seconds", round(prism.startup_seconds, 2))
    print(f"Prism startup with the full spec: {prism.startup_seconds:.2f}s")  # shown with -s
    assert prism.startup_seconds < 60


def test_stop_leaves_nothing_running(prism: PrismServer) -> None:
    assert prism.spec_path is not None
    server = PrismServer(prism.spec_path, log=prism.spec_path.with_name("prism-second.log"))
    with server:
        proc = server._proc
        assert proc is not None
        assert httpx.get(server.url + "/v1/models", headers=BEARER).status_code == 200
    assert proc.poll() is not None
    with pytest.raises(ProcessLookupError):
        os.killpg(proc.pid, 0)
    with pytest.raises(RuntimeError):
        _ = server.url


# -- accepted requests ----------------------------------------------------------------------


def test_valid_chat_completion_is_accepted(http: httpx.Client) -> None:
    r = http.post("/v1/chat/completions", json=CHAT)
    accepted(r)
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert isinstance(body["id"], str)
    assert isinstance(body["choices"], list) and body["choices"]
    assert "message" in body["choices"][0]
    assert {"prompt_tokens", "completion_tokens", "total_tokens"} <= set(body["usage"])


def test_streaming_chat_completion_is_accepted(http: httpx.Client) -> None:
    r = http.post("/v1/chat/completions", json={**CHAT, "stream": True}, headers=SSE)
    accepted(r)
    assert r.headers["content-type"].startswith("text/event-stream")
    assert r.text == "data: [DONE]\n\n"


def test_list_models(http: httpx.Client) -> None:
    r = http.get("/v1/models")
    accepted(r)
    assert isinstance(r.json()["data"], list)


def test_fragment_route_conversations(http: httpx.Client) -> None:
    """``/v1/conversations`` and ``/v1/conversations#stream`` share one route in Prism."""
    r = http.post("/v1/conversations", json={"inputs": "hi", "model": "m"})
    accepted(r)
    assert r.json()["object"] == "conversation.response"

    r = http.post(
        "/v1/conversations", json={"inputs": "hi", "model": "m", "stream": True}, headers=SSE
    )
    accepted(r)
    assert r.headers["content-type"].startswith("text/event-stream")
    assert not [line for line in r.text.splitlines() if line and not line.startswith(":")]


def test_fragment_route_with_path_parameter(http: httpx.Client) -> None:
    r = http.post("/v1/conversations/conv-1", json={"inputs": "more", "stream": True}, headers=SSE)
    accepted(r)


def test_unified_path_templates(http: httpx.Client) -> None:
    """``/v1/connectors/{connector_id_or_name}`` (GET) and ``{connector_id}`` (DELETE)."""
    accepted(http.get("/v1/connectors/my-connector"))
    accepted(http.delete(f"/v1/connectors/{A_UUID}"))
    # the DELETE keeps its own parameter schema (a UUID) under the shared name
    found = violations(http.delete("/v1/connectors/my-connector"))
    assert any("request.path.connector_id_or_name" in v and "uuid" in v for v in found), found


def test_mapped_stream_without_spec_event_stream(http: httpx.Client) -> None:
    """``agents.stream``: the mapping's ``stream_event`` is declared for Prism (else 406)."""
    body = {"agent_id": "ag-1", "messages": CHAT["messages"], "stream": True}
    r = http.post("/v1/agents/completions", json=body, headers=SSE)
    accepted(r)
    assert r.text == "data: [DONE]\n\n"


# -- rejected requests ----------------------------------------------------------------------


def test_missing_required_property(http: httpx.Client) -> None:
    r = http.post("/v1/chat/completions", json={"model": "m"})
    assert r.status_code == 422
    found = violations(r)
    assert any("request.body" in v and "'messages'" in v for v in found), found


def test_wrong_type(http: httpx.Client) -> None:
    r = http.post("/v1/chat/completions", json={**CHAT, "temperature": "hot"})
    assert r.status_code == 422
    found = violations(r)
    assert any(v.startswith("request.body.temperature:") for v in found), found
    # the answer is the spec's own 422 (HTTPValidationError), only the header tells Prism's
    assert "detail" in r.json()


def test_violation_without_spec_validation_response(http: httpx.Client) -> None:
    """``prompts_list`` defines no 4xx answer: Prism's problem+json UNPROCESSABLE_ENTITY."""
    r = http.get("/v2/prompts", params={"pageSize": "many"})
    assert r.status_code == 422
    assert (prism_error(r) or "").startswith("UNPROCESSABLE_ENTITY")
    found = violations(r)
    assert any(v.lower().startswith("request.query.pagesize:") for v in found), (
        found
    )  # lowercased by Prism


def test_body_of_wrong_media_type(http: httpx.Client) -> None:
    r = http.post("/v1/chat/completions", content=b"hi", headers={"content-type": "text/plain"})
    assert r.status_code in (415, 422)
    assert violations(r)


def test_security_is_checked(prism_url: str) -> None:
    r = httpx.post(prism_url + "/v1/chat/completions", json=CHAT)
    assert r.status_code == 401
    assert any(v.startswith("UNAUTHORIZED") for v in violations(r))


def test_unknown_route_and_method(http: httpx.Client) -> None:
    assert any(v.startswith("NO_PATH_MATCHED_ERROR") for v in violations(http.get("/v1/nope")))
    assert any(v.startswith("NO_METHOD_MATCHED_ERROR") for v in violations(http.put("/v1/models")))


def test_streaming_request_still_validated(http: httpx.Client) -> None:
    r = http.post("/v1/conversations", json={"model": "m", "stream": "yes"}, headers=SSE)
    found = violations(r)
    assert any("request.body.stream" in v for v in found), found


# -- violations() on canned answers ---------------------------------------------------------


def _header(items: list[dict[str, object]]) -> str:
    return json.dumps(items)


def _item(location: list[str], severity: str = "Error", message: str = "bad") -> dict[str, object]:
    return {"location": location, "severity": severity, "code": "type", "message": message}


def test_response_only_violations_are_not_request_violations() -> None:
    headers = {"sl-violations": _header([_item(["response", "body", "id"])])}
    assert violations_from(200, headers, "{}") == []


def test_warnings_are_opt_in() -> None:
    headers = {"sl-violations": _header([_item(["request", "query", "x"], "Warning")])}
    assert violations_from(200, headers, "{}") == []
    assert violations_from(200, headers, "{}", warnings=True) == ["request.query.x: bad (type)"]


def test_truncated_header() -> None:
    items = [_item(["request", "body", f"f{i}"]) for i in range(3)]
    text = "Too many violations! " + _header(items)[:-40]
    found = violations_from(422, {"sl-violations": text}, "{}")
    assert found[0] == "request.body.f0: bad (type)"
    assert found[-1].startswith("... (Prism truncated")
    # a cut-off list of response violations on a success stays clean
    text = "Too many violations! " + _header([_item(["response", "body"])] * 3)[:-40]
    assert violations_from(200, {"sl-violations": text}, "{}") == []


def test_problem_json_unprocessable_entity() -> None:
    body = {
        "type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
        "title": "Invalid request",
        "status": 422,
        "detail": "...",
        "validation": [_item(["body", "n"], message="must be integer")],
    }
    headers = {"content-type": "application/problem+json"}
    assert violations_from(422, headers, json.dumps(body)) == [
        "request.body.n: must be integer (type)"
    ]


def test_prism_failures_are_not_request_violations() -> None:
    """``--errors`` response violations, SSE of an object: Prism's problem, not the request's."""
    headers = {"content-type": "application/problem+json"}
    for kind in ("VIOLATIONS", "NO_COMPLEX_OBJECT_TEXT"):
        body = json.dumps({"type": f"https://stoplight.io/prism/errors#{kind}", "status": 500})
        assert violations_from(500, headers, body) == []
        response = httpx.Response(500, headers=headers, content=body.encode())
        assert (prism_error(response) or "").startswith(kind)


def test_legitimate_error_body_is_not_a_violation() -> None:
    body = json.dumps({"detail": [{"loc": ["body"], "msg": "x", "type": "y"}]})
    assert violations_from(422, {"content-type": "application/json"}, body) == []


# -- the served spec ------------------------------------------------------------------------


def test_mock_spec_shape() -> None:
    spec = mock_spec()
    paths = spec["paths"]
    assert not [key for key in paths if "#" in key]
    shapes = [re.sub(r"\{[^}]+\}", "{}", key) for key in paths]
    assert len(shapes) == len(set(shapes)), "templated paths differing only in names"
    op = paths["/v1/conversations"]["post"]
    assert op["x-prism-merged"] == [
        "agents_api_v1_conversations_start",
        "agents_api_v1_conversations_start_stream",
    ]
    for item in paths.values():
        for method in HTTP_METHODS:
            for response in item.get(method, {}).get("responses", {}).values():
                sse = response.get("content", {}).get("text/event-stream")
                if sse is not None:
                    assert sse["schema"]["type"] == "string"
