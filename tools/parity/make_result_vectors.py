"""Expected ``model_dump()`` of results, produced by the official 2.x SDK for recorded bodies.

Each case is a response body the API sends for one method: the spec's own examples (every
2xx JSON example of ``spec/mistral-openapi.yaml``) plus hand-written bodies shaped like real
answers (fields left out, nulls, defaults, nested unions). The official package reads each
body as that method's 2.x return type; its ``model_dump()`` and ``model_dump_json()`` are
stored in ``tests/parity_results/data/result_vectors.json``, which
``tests/parity_results/test_dumps.py`` replays through the fake server: our method must
return a result whose dumps are equal (same data; key order is not compared).

Facts only (dumps of the official package's models), no code of it. Regenerate with::

    python3 -m venv /tmp/off && /tmp/off/bin/pip install mistralai==2.5.1 pyyaml
    /tmp/off/bin/python tools/parity/make_result_vectors.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter

import mistralai
import mistralai.client.models as m

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "parity_results" / "data" / "result_vectors.json"

# spec operation id -> (our dotted method, its keyword arguments, 2.x return type name)
SPEC_EXAMPLES: dict[str, tuple[str, dict[str, Any], str]] = {
    "list_models_v1_models_get": ("models.list", {}, "ModelList"),
    "retrieve_model_v1_models__model_id__get": (
        "models.retrieve",
        {"model_id": "m1"},
        "ResponseRetrieveModelV1ModelsModelIDGet",
    ),
    "delete_model_v1_models__model_id__delete": (
        "models.delete",
        {"model_id": "m1"},
        "DeleteModelResponse",
    ),
    "files_api_routes_list_files": ("files.list", {}, "ListFilesResponse"),
    "files_api_routes_retrieve_file": ("files.retrieve", {"file_id": "f1"}, "GetFileResponse"),
    "files_api_routes_delete_file": ("files.delete", {"file_id": "f1"}, "DeleteFileResponse"),
    "files_api_routes_get_signed_url": (
        "files.get_signed_url",
        {"file_id": "f1"},
        "GetSignedURLResponse",
    ),
    "fim_completion_v1_fim_completions_post": (
        "fim.complete",
        {"model": "codestral-latest", "prompt": "def"},
        "FIMCompletionResponse",
    ),
    "agents_completion_v1_agents_completions_post": (
        "agents.complete",
        {"agent_id": "ag1", "messages": [{"role": "user", "content": "hi"}]},
        "ChatCompletionResponse",
    ),
    "embeddings_v1_embeddings_post": (
        "embeddings.create",
        {"model": "mistral-embed", "inputs": ["a", "b"]},
        "EmbeddingResponse",
    ),
    "moderations_v1_moderations_post": (
        "classifiers.moderate",
        {"model": "mistral-moderation-latest", "inputs": ["a"]},
        "ModerationResponse",
    ),
    "chat_moderations_v1_chat_moderations_post": (
        "classifiers.moderate_chat",
        {"model": "mistral-moderation-latest", "inputs": [{"role": "user", "content": "a"}]},
        "ModerationResponse",
    ),
    "ocr_v1_ocr_post": (
        "ocr.process",
        {"model": "mistral-ocr-latest", "document": {"document_url": "https://x.test/a.pdf"}},
        "OCRResponse",
    ),
}

# hand-written bodies: (name, our dotted method, kwargs, 2.x return type, body)
CHAT = {
    "id": "c1",
    "object": "chat.completion",
    "model": "mistral-small-latest",
    "created": 1759500000,
    "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
    "choices": [
        {
            "index": 0,
            "finish_reason": "tool_calls",
            "message": {
                "role": "assistant",
                "content": "",
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
                    }
                ],
            },
        }
    ],
}
HANDWRITTEN: list[tuple[str, str, dict[str, Any], str, Any]] = [
    (
        "chat_tool_calls",
        "chat.complete",
        {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "hi"}]},
        "ChatCompletionResponse",
        CHAT,
    ),
    (
        "chat_nulls",
        "chat.complete",
        {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "hi"}]},
        "ChatCompletionResponse",
        {
            **CHAT,
            "usage": {
                "prompt_tokens": 5,
                "completion_tokens": 7,
                "total_tokens": 12,
                "prompt_audio_seconds": None,
            },
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": "Bonjour", "tool_calls": None},
                }
            ],
        },
    ),
    (
        "models_partial_capabilities",
        "models.list",
        {},
        "ModelList",
        {
            "object": "list",
            "data": [
                {
                    "id": "mistral-small-latest",
                    "object": "model",
                    "created": 1759500000,
                    "owned_by": "mistralai",
                    "capabilities": {"completion_chat": True, "function_calling": True},
                    "max_context_length": 32768,
                    "aliases": ["mistral-small-2506"],
                    "type": "base",
                }
            ],
        },
    ),
    (
        "fine_tuning_jobs_empty",
        "fine_tuning.jobs.list",
        {},
        "ListFineTuningJobsResponse",
        {"object": "list", "total": 0, "data": []},
    ),
    (
        "batch_jobs",
        "batch.jobs.list",
        {},
        "ListBatchJobsResponse",
        {
            "object": "list",
            "total": 1,
            "data": [
                {
                    "id": "b1",
                    "object": "batch",
                    "input_files": ["f1"],
                    "endpoint": "/v1/chat/completions",
                    "errors": [],
                    "status": "QUEUED",
                    "created_at": 1759500000,
                    "total_requests": 2,
                    "completed_requests": 0,
                    "succeeded_requests": 0,
                    "failed_requests": 0,
                }
            ],
        },
    ),
    (
        "agent_created",
        "beta.agents.create",
        {"model": "mistral-medium-latest", "name": "pirate"},
        "Agent",
        {
            "id": "ag1",
            "object": "agent",
            "name": "pirate",
            "model": "mistral-medium-latest",
            "instructions": None,
            "tools": [],
            "created_at": "2025-10-01T10:00:00Z",
            "updated_at": "2025-10-01T10:00:00Z",
            "version": 0,
            "versions": [0],
            "deployment_chat": False,
            "source": "api",
        },
    ),
    (
        "conversation_started",
        "beta.conversations.start",
        {"inputs": "hi", "model": "mistral-medium-latest"},
        "ConversationResponse",
        {
            "object": "conversation.response",
            "conversation_id": "conv1",
            "outputs": [
                {
                    "object": "entry",
                    "type": "message.output",
                    "id": "e1",
                    "created_at": "2025-10-01T10:00:00Z",
                    "role": "assistant",
                    "content": "Ahoy",
                    "model": "mistral-medium-latest",
                }
            ],
            "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
        },
    ),
    (
        "libraries",
        "beta.libraries.list",
        {},
        "ListLibrariesResponse",
        {
            "data": [
                {
                    "id": "11111111-1111-1111-1111-111111111111",
                    "name": "docs",
                    "created_at": "2025-10-01T10:00:00Z",
                    "updated_at": "2025-10-01T10:00:00Z",
                    "owner_id": None,
                    "owner_type": "Workspace",
                    "total_size": 0,
                    "nb_documents": 0,
                    "chunk_size": None,
                }
            ]
        },
    ),
]


HANDWRITTEN += [
    (
        "files_list",
        "files.list",
        {},
        "ListFilesResponse",
        {
            "object": "list",
            "total": 1,
            "data": [
                {
                    "id": "f1",
                    "object": "file",
                    "bytes": 120,
                    "created_at": 1759491994,
                    "filename": "train.jsonl",
                    "purpose": "fine-tune",
                    "sample_type": "instruct",
                    "source": "upload",
                    "num_lines": 2,
                    "mimetype": "application/jsonl",
                    "signature": None,
                }
            ],
        },
    ),
    (
        "model_retrieve_base",
        "models.retrieve",
        {"model_id": "mistral-small-latest"},
        "ResponseRetrieveModelV1ModelsModelIDGet",
        {
            "id": "mistral-small-latest",
            "object": "model",
            "created": 1759500000,
            "owned_by": "mistralai",
            "capabilities": {"completion_chat": True, "vision": True},
            "max_context_length": 131072,
            "aliases": [],
            "deprecation": None,
            "type": "base",
        },
    ),
    (
        "deployments",
        "workflows.deployments.list_deployments",
        {},
        "DeploymentListResponse",
        {
            "deployments": [
                {
                    "id": "d1",
                    "name": "prod",
                    "is_active": True,
                    "created_at": "2025-10-01T10:00:00Z",
                    "updated_at": "2025-10-01T10:00:00Z",
                }
            ],
            "next_cursor": None,
            "workspace_id": "w1",
        },
    ),
]


def spec_examples() -> dict[str, Any]:
    spec = yaml.safe_load((ROOT / "spec" / "mistral-openapi.yaml").read_text())
    found: dict[str, Any] = {}
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or op.get("operationId") not in SPEC_EXAMPLES:
                continue
            content = (op["responses"].get("200") or {}).get("content", {})
            media = content.get("application/json") or {}
            if "example" in media:
                found[op["operationId"]] = media["example"]
            elif media.get("examples"):
                found[op["operationId"]] = next(iter(media["examples"].values()))["value"]
    return found


def dumps(type_name: str, body: Any) -> tuple[Any, Any, str]:
    target = getattr(m, type_name)
    adapter: TypeAdapter[Any] = TypeAdapter(target)
    value = adapter.validate_python(body)
    dump_json = json.loads(adapter.dump_json(value))
    return adapter.dump_python(value, mode="python"), dump_json, type(value).__name__


def main() -> None:
    cases: list[dict[str, Any]] = []
    examples = spec_examples()
    for op_id, (method, kwargs, type_name) in SPEC_EXAMPLES.items():
        cases.append(
            {
                "name": "spec:" + op_id,
                "method": method,
                "kwargs": kwargs,
                "type": type_name,
                "body": examples[op_id],
            }
        )
    for name, method, kwargs, type_name, body in HANDWRITTEN:
        cases.append(
            {"name": name, "method": method, "kwargs": kwargs, "type": type_name, "body": body}
        )
    kept: list[dict[str, Any]] = []
    for case in cases:
        try:
            dump, dump_json, class_name = dumps(case["type"], case["body"])
        except ValueError as exc:  # a spec example 2.x cannot read either: nothing to compare
            print(f"skipped {case['name']}: 2.x rejects it ({str(exc).splitlines()[0]})")
            continue
        case["dump"] = json.loads(json.dumps(dump, default=str))
        case["dump_json"] = dump_json
        case["class_name"] = class_name  # the class of 2.x's result
        kept.append(case)
    cases = kept
    data = {
        "source": f"mistralai=={mistralai.__dict__.get('__version__', '2.5.1')}",
        "cases": cases,
    }
    OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"wrote {len(cases)} cases to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
