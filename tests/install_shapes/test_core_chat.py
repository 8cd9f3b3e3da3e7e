"""Shape b: mistralai-core + mistralai-api-chat (+ mistralai-testing for its fake server).

Chat's resources attach through the ``mistralai.domains`` entry point and load on first use;
domains that are still missing keep naming their package; one real chat completion (and
one stream) goes over HTTP to the fake Mistral server.
"""

from __future__ import annotations

from typing import Any

import pytest

CHAT_ATTACH_POINTS = ["chat", "fim", "embeddings", "classifiers", "ocr", "models"]

SCRIPT = """
import importlib.metadata as md

import mistralai.core

out["after_import_core"] = [
    m for m in loaded("mistralai") if m not in ("mistralai", "mistralai.core")
]
out["domains_group"] = sorted(
    [ep.name, ep.value, ep.dist.name if ep.dist else None]
    for ep in md.entry_points(group="mistralai.domains")
)

from mistralai.client import Mistral
from mistralai.core.plugins import default_registry
from mistralai.core.runtime import Resource

client = Mistral(api_key="k")
registry = default_registry()
out["broken"] = {name: f"{type(exc).__name__}: {exc}" for name, exc in registry.broken.items()}
out["after_client"] = loaded("mistralai.api.chat")

resources = {}
for name in ATTACH_POINTS:
    res = outcome(lambda: getattr(client, name))
    if res["ok"]:
        res["is_resource"] = isinstance(getattr(client, name), Resource)
    resources[name] = res
out["resources"] = resources
out["fine_tuning"] = outcome(lambda: client.fine_tuning)
out["dir"] = [name for name in ATTACH_POINTS if name in dir(client)]

from mistralai.testing import FakeMistralServer

messages = [{"role": "user", "content": "hi"}]
with FakeMistralServer() as srv, Mistral(api_key="k", server_url=srv.url) as live:
    def complete():
        res = live.chat.complete(model="m", messages=messages)
        content = res.choices[0].message.content
        out["complete_content"] = content if isinstance(content, str) else repr(content)
        out["complete_type"] = type(res).__name__
        return res

    out["complete"] = outcome(complete)

    def stream():
        parts = []
        with live.chat.stream(model="m", messages=messages) as events:
            for event in events:
                delta = event.data.choices[0].delta.content
                if isinstance(delta, str):
                    parts.append(delta)
        out["stream_content"] = "".join(parts)
        return parts

    out["stream"] = outcome(stream)
    out["requests"] = [
        [r.method, r.path, r.headers.get("authorization")] for r in srv.requests
    ]
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def result(venv_factory, prelude: str) -> dict[str, Any]:
    venv = venv_factory(["mistralai-core", "mistralai-api-chat", "mistralai-testing"])
    script = prelude + f"ATTACH_POINTS = {CHAT_ATTACH_POINTS!r}\n" + SCRIPT
    return venv.run(script)


def test_chat_registers_through_entry_points(result: dict[str, Any]) -> None:
    dists = {dist for _, _, dist in result["domains_group"]}
    assert dists == {"mistralai-api-chat"}
    assert result["broken"] == {}


def test_importing_core_loads_no_domain(result: dict[str, Any]) -> None:
    assert result["after_import_core"] == []


def test_resources_load_on_first_use(result: dict[str, Any]) -> None:
    # Constructing the client reads the entry points (the tiny _plugin modules) only:
    # generated models and resources are imported when a resource is first used.
    heavy = [m for m in result["after_client"] if m.startswith("mistralai.api.chat._generated.")]
    assert heavy in ([], ["mistralai.api.chat._generated.attach"]), result["after_client"]


@pytest.mark.parametrize("attach", CHAT_ATTACH_POINTS)
def test_chat_resources_attach(result: dict[str, Any], attach: str) -> None:
    res = result["resources"][attach]
    assert res["ok"], res["error"]
    assert res["is_resource"], res
    assert res["module"].startswith("mistralai.api.chat."), res
    assert attach in result["dir"]


def test_missing_domain_still_names_its_package(result: dict[str, Any]) -> None:
    fine_tuning = result["fine_tuning"]
    assert fine_tuning["type"] == "MissingDomainError", fine_tuning
    assert "AttributeError" in fine_tuning["mro"]
    assert "pip install mistralai-api-fine-tuning" in fine_tuning["message"]


def test_chat_complete_against_fake_server(result: dict[str, Any]) -> None:
    assert result["complete"]["ok"], result["complete"]["error"]
    content = result["complete_content"]
    assert isinstance(content, str)
    assert content
    assert ["POST", "/v1/chat/completions", "Bearer k"] in result["requests"]


def test_chat_stream_against_fake_server(result: dict[str, Any]) -> None:
    assert result["stream"]["ok"], result["stream"]["error"]
    assert result["stream_content"]
