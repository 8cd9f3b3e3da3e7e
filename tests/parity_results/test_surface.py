"""The rest of the 2.x result-side surface: names, errors, client constants, debug logging,
lenient parsing, structured-output schema names, and partial installs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pydantic
import pytest

from mistralai.client import Mistral, errors, models
from mistralai.testing import FakeMistralServer, RequestContext, Response, json_response

SURFACE = Path(__file__).resolve().parents[2] / "spec" / "compat" / "official_surface.json"

# 2.x return types of methods this SDK does not have (their operations are not in the spec)
NOT_IN_SPEC = {
    "GetSearchIndexDetailResponseIndex",
    "GetSearchIndexSchemaDetailResponseSchemaModel",
    "GetSearchIndexSchemaSDFileResponseSDFile",
    "GetSearchIndexSummaryResponseIndex",
    "RequestUploadURLResponse",
    "VespaGetRetrievableResponseRetrievable",
}


def _official_return_names() -> set[str]:
    methods: list[dict[str, Any]] = json.loads(SURFACE.read_text())["methods"]
    found: set[str] = set()
    for method in methods:
        found.update(re.findall(r"models\.(\w+)", method.get("returns") or ""))
    return found


def test_every_official_result_name_imports() -> None:
    names = _official_return_names()
    assert len(names) > 100
    missing: list[str] = []
    for name in sorted(names - NOT_IN_SPEC):
        try:
            getattr(models, name)
        except (AttributeError, ImportError):
            missing.append(name)
    assert missing == []


def test_class_names_as_in_2x() -> None:
    assert models.GetSignedURLResponse.__name__ == "GetSignedURLResponse"
    assert models.GetSignedUrlResponse is models.GetSignedURLResponse  # the spec's name too
    assert models.AuthURLResponse.__name__ == "AuthURLResponse"
    assert models.ListFineTuningJobsResponse.__name__ == "ListFineTuningJobsResponse"
    assert models.JSONSchema.__name__ == "JSONSchema"
    body = models.StreamDeploymentLogsResponseBody  # SSE event bodies of workflows
    assert body.__name__ == "StreamDeploymentLogsResponseBody"
    assert models.StreamDeploymentLogsEvent is body


def test_signed_url_result_class(fake_server: FakeMistralServer) -> None:
    with Mistral(api_key="k", server_url=fake_server.url) as client:
        created = client.files.upload(file=b"abc", purpose="batch")
        signed = client.files.get_signed_url(file_id=created.id)
    assert type(signed) is models.GetSignedURLResponse
    assert signed.url


def test_parsed_classes_have_plain_names(fake_server: FakeMistralServer) -> None:
    class Answer(pydantic.BaseModel):
        text: str

    def reply(ctx: RequestContext) -> Response:
        return json_response(
            {
                "id": "c1",
                "object": "chat.completion",
                "model": "m",
                "created": 1,
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": '{"text": "hi"}'},
                    }
                ],
            }
        )

    fake_server.add_route("POST", "/v1/chat/completions", reply)
    with Mistral(api_key="k", server_url=fake_server.url) as client:
        res = client.chat.parse(Answer, model="m", messages=[{"role": "user", "content": "x"}])
    assert type(res).__name__ == "ParsedChatCompletionResponse"
    assert type(res.choices[0]).__name__ == "ParsedChatCompletionChoice"
    message = res.choices[0].message
    assert message is not None and type(message).__name__ == "ParsedAssistantMessage"
    assert message.parsed == Answer(text="hi")


def test_json_schema_accepts_2x_name() -> None:
    by_2x = models.JSONSchema(name="n", schema_definition={"type": "object"})
    by_wire = models.JSONSchema.model_validate({"name": "n", "schema": {"type": "object"}})
    assert by_2x == by_wire
    assert by_2x.schema_definition == {"type": "object"}
    assert by_2x.model_dump() == {"name": "n", "schema": {"type": "object"}}
    fmt = models.ResponseFormat(type="json_schema", json_schema=by_2x)
    assert fmt.model_dump()["json_schema"]["schema"] == {"type": "object"}


def test_empty_object_for_a_nullable_number_reads_as_absent(
    fake_server: FakeMistralServer,
) -> None:
    """The spec's own agents example sends ``usage.prompt_audio_seconds: {}`` (2.x accepts)."""

    def reply(ctx: RequestContext) -> Response:
        return json_response(
            {
                "id": "c1",
                "object": "chat.completion",
                "model": "m",
                "created": 1,
                "usage": {
                    "prompt_tokens": 1,
                    "completion_tokens": 1,
                    "total_tokens": 2,
                    "prompt_audio_seconds": {},
                },
                "choices": [],
            }
        )

    fake_server.add_route("POST", "/v1/agents/completions", reply)
    with Mistral(api_key="k", server_url=fake_server.url) as client:
        res = client.agents.complete(agent_id="a", messages=[{"role": "user", "content": "x"}])
    assert res.usage.prompt_audio_seconds is None
    assert "prompt_audio_seconds" not in res.usage.model_dump()
    with pytest.raises(pydantic.ValidationError):
        models.UsageInfo.model_validate({"prompt_audio_seconds": {"a": 1}})


# ----------------------------------------------------------------------------------- errors


def test_readme_error_example(fake_server: FakeMistralServer) -> None:
    """The official README's error handling, verbatim in spirit."""
    detail = [{"loc": ["body", "model"], "msg": "field required", "type": "missing"}]

    def reject(ctx: RequestContext) -> Response:
        return json_response({"detail": detail}, status=422)

    fake_server.add_route("POST", "/v1/chat/completions", reject)
    with (
        Mistral(api_key="k", server_url=fake_server.url) as client,
        pytest.raises(errors.MistralError) as info,
    ):
        client.chat.complete(model="m", messages=[{"role": "user", "content": "x"}])
    e: Any = info.value
    assert e.status_code == 422
    assert json.loads(e.body) == {"detail": detail}
    assert e.headers["content-type"].startswith("application/json")
    assert e.raw_response.status_code == 422
    assert e.raw_response.json() == {"detail": detail}
    assert isinstance(e, errors.HTTPValidationError)
    assert e.data.detail[0].msg == "field required"  # attribute access, as 2.x's model
    assert e.data["detail"][0]["loc"] == ["body", "model"]  # and still a dict
    # `except models.HTTPValidationError` catches (it is the exception class, not the model)
    assert models.HTTPValidationError is errors.HTTPValidationError
    try:
        raise e
    except models.HTTPValidationError as caught:
        assert caught is e


def test_2x_error_names() -> None:
    for name in (
        "HTTPValidationError",
        "HTTPValidationErrorData",
        "MistralError",
        "NoResponseError",
        "ObservabilityError",
        "ObservabilityErrorData",
        "ResponseValidationError",
        "SDKError",
    ):
        assert getattr(errors, name) is not None, name
    data = errors.HTTPValidationErrorData.model_validate(
        {"detail": [{"loc": ["x"], "msg": "m", "type": "t"}]}
    )
    assert data.detail is not None and data.detail[0].msg == "m"
    assert errors.ObservabilityErrorData.__name__ == "ObservabilityError"


def test_observability_error(fake_server: FakeMistralServer) -> None:
    def missing(ctx: RequestContext) -> Response:
        body = {"detail": {"message": "dataset not found", "error_code": "NOT_FOUND"}}
        return json_response(body, status=404)

    fake_server.add_route("GET", r"/v1/observability/datasets/[^/]+", missing)
    with (
        Mistral(api_key="k", server_url=fake_server.url) as client,
        pytest.raises(errors.ObservabilityError) as info,
    ):
        client.beta.observability.datasets.fetch(dataset_id="00000000-0000-4000-8000-999999999999")
    e: Any = info.value
    assert isinstance(e, errors.NotFoundError)  # the status class still catches it
    assert e.data.detail.message == "dataset not found"
    assert e.status_code == 404


def test_other_error_bodies_are_not_observability_errors(fake_server: FakeMistralServer) -> None:
    with (
        Mistral(api_key="k", server_url=fake_server.url) as client,
        pytest.raises(errors.NotFoundError) as info,
    ):
        client.files.retrieve(file_id="nope")
    assert not isinstance(info.value, errors.ObservabilityError)


# --------------------------------------------------------------------------- client surface


def test_client_constants(fake_server: FakeMistralServer) -> None:
    import mistralai.client as c
    from mistralai.core import __version__

    assert c.VERSION == c.__version__ == __version__
    assert c.SERVER_EU == "eu"
    assert c.SERVERS[c.SERVER_EU] == "https://api.mistral.ai"
    assert c.USER_AGENT.endswith(__version__)
    Mistral(api_key="k", server=c.SERVER_EU).close()  # server selected by name
    with Mistral(api_key="k", server_url=fake_server.url) as client:
        client.models.list()
    assert fake_server.requests.snapshot()[-1].header("user-agent") == c.USER_AGENT


def test_mistral_debug_logs_requests_without_the_key(fake_server: FakeMistralServer) -> None:
    sentinel = "sk-SENTINEL-0123456789"
    code = (
        "from mistralai.client import Mistral\n"
        f"with Mistral(api_key={sentinel!r}, server_url={fake_server.url!r}) as c:\n"
        "    c.models.list()\n"
    )
    env = {**os.environ, "MISTRAL_DEBUG": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "GET" in done.stderr and "/v1/models" in done.stderr
    assert "-> 200" in done.stderr  # the response too
    assert sentinel not in done.stderr + done.stdout
    quiet = subprocess.run(
        [sys.executable, "-c", code],
        env={k: v for k, v in os.environ.items() if k != "MISTRAL_DEBUG"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert quiet.returncode == 0 and "/v1/models" not in quiet.stderr


# --------------------------------------------------------------------------- partial installs


def test_model_of_a_missing_domain_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """``from mistralai.client.models import X`` where X's domain is not installed."""
    from mistralai.client.models import _lookup

    modules = [m for m in _lookup._modules() if "fine_tuning" not in m]  # pyright: ignore[reportPrivateUsage]
    monkeypatch.setattr(_lookup, "_modules", lambda: modules)
    monkeypatch.delitem(vars(models), "CompletionTrainingParametersIn", raising=False)
    with pytest.raises(ImportError, match="pip install mistralai-api-fine-tuning") as info:
        from mistralai.client.models import (  # noqa: F401
            CompletionTrainingParametersIn,  # pyright: ignore[reportUnusedImport]
        )
    assert isinstance(info.value, errors.MissingModelError)
    assert info.value.distribution == "mistralai-api-fine-tuning"
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018  (a name no domain defines stays an AttributeError)


# ------------------------------------------------------------------------------ dump rules


FILE = {
    "id": "f1",
    "object": "file",
    "bytes": 1,
    "created_at": 1,
    "filename": "a.jsonl",
    "purpose": "batch",
    "sample_type": "batch_request",
    "source": "upload",
    "deleted": False,
}


def test_absent_fields_read_as_none_and_are_not_dumped() -> None:
    got = models.GetFileResponse.model_validate(FILE)
    assert got.num_lines is None and got.mimetype is None  # attribute access unchanged
    assert got.model_dump() == FILE  # what the answer left out is not dumped
    assert json.loads(got.model_dump_json()) == FILE
    explicit = models.GetFileResponse.model_validate({**FILE, "num_lines": None})
    assert explicit.model_dump()["num_lines"] is None  # a null the API sent is kept (nullable)


def test_request_models_still_dump_for_the_wire() -> None:
    message = models.UserMessage(content="hi")
    assert message.model_dump() == {"role": "user", "content": "hi"}  # constants kept
    assert message.model_dump(exclude_unset=True) == {"role": "user", "content": "hi"}
