"""The request rules of 2.x parity, one by one, with explicit expectations (they do not need
the recorded data), and a replay of the recorded cases over real HTTP on 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from cases import CASES, normalize  # pyright: ignore[reportMissingImports,reportUnknownVariableType]

from mistralai.core import Mistral, RetryConfig
from mistralai.core.retries import BackoffStrategy

DATA = json.loads((Path(__file__).parent / "data" / "official_2_5_1.json").read_text())["cases"]


def capture(**client_options: Any) -> tuple[Mistral, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    answers: list[int] = client_options.pop("answers", [])

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        status = answers.pop(0) if answers else 200
        return httpx.Response(status, json={})

    transport = httpx.MockTransport(handler)
    client = Mistral(
        api_key="sk-client",
        server_url="http://127.0.0.1:9",
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
        **client_options,
    )
    return client, seen


def body(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


def call(fn: Any, **kwargs: Any) -> None:
    # the mock's {} may not parse as the response model: not the point here
    with contextlib.suppress(Exception):
        fn(**kwargs)


# -- unset vs None -----------------------------------------------------------------------------


def test_nullable_body_field_is_absent_when_not_given_and_null_when_none() -> None:
    client, seen = capture()
    call(client.beta.prompts.update_metadata, prompt_id="p1")
    call(client.beta.prompts.update_metadata, prompt_id="p1", title=None)
    call(client.beta.prompts.update_metadata, prompt_id="p1", title="t")
    assert [body(r) for r in seen] == [{}, {"title": None}, {"title": "t"}]


def test_a_2x_none_default_means_not_given() -> None:
    # 2.x declares ``sharing_scope: ... = None``: not passing it and passing None both send
    # nothing (a value is sent as given)
    client, seen = capture()
    call(client.beta.skills.update_metadata, skill_id="s1")
    call(client.beta.skills.update_metadata, skill_id="s1", sharing_scope=None)
    call(client.beta.skills.update_metadata, skill_id="s1", sharing_scope="private")
    assert [body(r) for r in seen] == [{}, {}, {"sharingScope": "private"}]


def test_json_query_parameter_none_is_null_and_unset_is_absent() -> None:
    client, seen = capture()
    call(client.beta.conversations.list)
    call(client.beta.conversations.list, metadata=None)
    call(client.beta.conversations.list, metadata={"team": "a"})
    assert [r.url.params.get_list("metadata") for r in seen] == [[], ["null"], ['{"team":"a"}']]


def test_plain_query_parameter_none_is_absent() -> None:
    client, seen = capture()
    call(client.batch.jobs.list, model=None, metadata=None)
    assert "model" not in seen[0].url.params and "metadata" not in seen[0].url.params


# -- query objects -----------------------------------------------------------------------------


def test_object_query_parameters_are_exploded() -> None:
    from mistralai.api.connectors.models import ConnectorsQueryFilters

    client, seen = capture()
    call(client.beta.connectors.list, query_filters={"active": True, "name": None})
    call(client.beta.connectors.list, query_filters=ConnectorsQueryFilters(active=False))
    call(client.batch.jobs.list, metadata={"team": "a", "n": 2, "deep": {"x": [1]}})
    assert seen[0].url.params.multi_items() == [("active", "true"), ("page_size", "100")]
    # a model: only the fields that were set (its defaults are the server's)
    assert seen[1].url.params.multi_items() == [("active", "false"), ("page_size", "100")]
    params = dict(seen[2].url.params.multi_items())
    assert (params["team"], params["n"], params["deep"]) == ("a", "2", '{"x":[1]}')
    assert "metadata" not in params


# -- path parameters ---------------------------------------------------------------------------


def test_path_keeps_segment_characters_raw_and_encodes_the_rest() -> None:
    client, seen = capture()
    call(client.models.retrieve, model_id="ft:open-mistral-7b:a@b")
    call(client.files.retrieve, file_id="x/y?z#w%v é")
    assert [r.url.raw_path.decode() for r in seen] == [
        "/v1/models/ft:open-mistral-7b:a@b",
        "/v1/files/x%2Fy%3Fz%23w%25v%20%C3%A9",
    ]


# -- defaults ----------------------------------------------------------------------------------


def test_nested_defaults_are_sent_without_changing_the_callers_model() -> None:
    from mistralai.api.chat.models import Prediction

    prediction = Prediction()
    client, seen = capture()
    call(
        client.chat.complete,
        model="m",
        messages=[{"role": "user", "content": "x"}],
        prediction=prediction,
    )
    assert body(seen[0])["prediction"] == {"type": "content", "content": ""}
    assert prediction.model_fields_set == set()  # copied before marking, never changed


def test_nullable_nested_defaults_are_left_to_the_server() -> None:
    client, seen = capture()
    call(
        client.fine_tuning.jobs.create,
        model="open-mistral-7b",
        hyperparameters={"learning_rate": 0.0001},
    )
    assert body(seen[0])["hyperparameters"] == {"learning_rate": 0.0001}


def test_parameters_2x_lacks_are_not_sent_unless_given() -> None:
    client, seen = capture()
    call(client.workflows.deployments.list_deployments)
    call(client.workflows.deployments.list_deployments, order="asc")
    assert "order" not in seen[0].url.params
    assert seen[1].url.params["order"] == "asc"


# -- flattened bodies --------------------------------------------------------------------------


def test_schedule_bodies_are_flattened_and_always_sent() -> None:
    client, seen = capture()
    call(client.workflows.schedules.pause_schedule, schedule_id="s")
    call(client.workflows.schedules.pause_schedule, schedule_id="s", note=None)
    call(client.workflows.schedules.resume_schedule, schedule_id="s", note="back")
    assert [body(r) for r in seen] == [{}, {"note": None}, {"note": "back"}]
    assert all(r.headers["content-type"] == "application/json" for r in seen)


# -- multipart ---------------------------------------------------------------------------------


def test_multipart_sends_fields_in_model_order_then_files(tmp_path: Path) -> None:
    audio = tmp_path / "a.mp3"
    audio.write_bytes(b"ID3")
    client, seen = capture()
    call(client.audio.transcriptions.complete, file=audio, model="voxtral", language="en")
    parts = normalize(seen[0])["body"]
    assert [p[0] for p in parts] == ["model", "language", "stream", "diarize", "file"]
    assert parts[-1][1:] == ["a.mp3", "ID3"]


# -- per-call headers --------------------------------------------------------------------------


def test_per_call_authorization_wins_on_every_attempt() -> None:
    retry = RetryConfig("backoff", BackoffStrategy(1, 1, 1.0, 1000), True)
    client, seen = capture(answers=[503, 200])
    call(
        client.chat.complete,
        model="m",
        messages=[{"role": "user", "content": "x"}],
        retries=retry,
        http_headers={"authorization": "Bearer per-call"},
    )
    assert [r.headers["authorization"] for r in seen] == ["Bearer per-call"] * 2
    call(client.chat.complete, model="m", messages=[{"role": "user", "content": "x"}])
    assert seen[-1].headers["authorization"] == "Bearer sk-client"


@pytest.mark.asyncio
async def test_per_call_authorization_wins_async() -> None:
    client, seen = capture()
    with contextlib.suppress(Exception):
        await client.chat.complete_async(
            model="m",
            messages=[{"role": "user", "content": "x"}],
            http_headers={"Authorization": "Bearer per-call"},
        )
    assert seen[0].headers["authorization"] == "Bearer per-call"


# -- over real HTTP ----------------------------------------------------------------------------

_OVER_HTTP = (
    "models_retrieve_ft",
    "connectors_list_filters",
    "conversations_list_none",
    "schedule_pause_note",
    "files_upload",
    "transcribe_file",
    "chat_auth_override",
    "activate_org_list",
)


@pytest.mark.parametrize("case_id", _OVER_HTTP)
def test_recorded_cases_over_http(case_id: str, fake_server: Any) -> None:
    """The same requests reach a real HTTP server on 127.0.0.1 (the fake Mistral server) as
    they left the client: what the server records equals what 2.5.1 sent."""
    from cases import call as run_case  # pyright: ignore[reportMissingImports,reportUnknownVariableType]

    case = next(c for c in CASES if c.id == case_id)
    client = Mistral(api_key="sk-test", server_url=fake_server.url, retry_config=None)
    # the fake server may not know the route: the request is recorded all the same
    with contextlib.suppress(Exception):
        run_case(client, case)
    recorded = fake_server.requests.last
    url = f"http://127.0.0.1{recorded.path}" + (f"?{recorded.query}" if recorded.query else "")
    request = httpx.Request(
        recorded.method, url, headers=dict(recorded.headers), content=recorded.body
    )
    got = json.loads(json.dumps(normalize(request)))
    assert got == DATA[case_id]["requests"][0]
