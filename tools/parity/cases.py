"""Request-parity cases: calls made with the same arguments through the official 2.5.1 SDK and
through ours, and how a captured request is normalized for comparison.

Only stdlib + httpx: this module is imported by ``record_official.py`` (run in a throwaway venv
holding the official ``mistralai==2.5.1``) and by ``tests/parity`` (run in the workspace).
"""

from __future__ import annotations

import email.parser
import email.policy
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx

SERVER = "http://127.0.0.1:9"
"""Never contacted: requests are captured by an ``httpx.MockTransport``."""

FT_MODEL = "ft:open-mistral-7b:587a6b29:20240514:7e773925"


def upload(name: str = "a.jsonl", content: bytes = b'{"x": 1}\n') -> dict[str, Any]:
    """A file argument in the ``File`` TypedDict form both SDKs accept."""
    return {"file_name": name, "content": content}


@dataclass(frozen=True)
class Case:
    id: str
    method: str  # dotted name on the client, e.g. ``beta.connectors.list``
    kwargs: Mapping[str, Any] = field(default_factory=lambda: {})
    is_async: bool = False


RUN_CTX = {"$run_ctx": {"model": "mistral-medium-latest"}}
"""Replaced by ``RunContext(model=...)`` of the SDK under test."""

_DEF = {"content": "Answer in {{lang}}."}  # a prompt definition
_SKILL_DEF = {"body": "Do the thing.", "description": "d"}

CASES: tuple[Case, ...] = (
    # query objects: form style, explode (one parameter per key)
    Case("connectors_list_filters", "beta.connectors.list", {"query_filters": {"active": True}}),
    Case("batch_list_metadata", "batch.jobs.list", {"metadata": {"team": "a", "n": 1}}),
    Case(
        "events_stream_metadata",
        "workflows.events.get_stream_events",
        {"metadata_filters": {"tenant": "t1"}},
    ),
    Case(
        "events_stream_metadata_root", "events.get_stream_events", {"metadata_filters": {"k": "v"}}
    ),
    # unset vs None
    Case("prompts_create", "beta.prompts.create", {"name": "p", "definition": _DEF}),
    Case(
        "prompts_create_scope",
        "beta.prompts.create",
        {"name": "p", "definition": _DEF, "sharing_scope": "private"},
    ),
    Case(
        "prompts_update_metadata", "beta.prompts.update_metadata", {"prompt_id": "p1", "title": "t"}
    ),
    Case("skills_create", "beta.skills.create", {"name": "s", "definition": _SKILL_DEF}),
    Case("skills_update_metadata", "beta.skills.update_metadata", {"skill_id": "s1"}),
    Case(
        "skills_update_metadata_scope",
        "beta.skills.update_metadata",
        {"skill_id": "s1", "sharing_scope": "workspace"},
    ),
    Case("conversations_list_none", "beta.conversations.list", {"metadata": None}),
    Case("conversations_list", "beta.conversations.list", {}),
    Case("agents_list_none", "beta.agents.list", {"metadata": None}),
    Case("agents_list_metadata", "beta.agents.list", {"metadata": {"team": "a"}}),
    Case("agents_list", "beta.agents.list", {}),
    Case(
        "events_stream_nested",
        "workflows.events.get_stream_events",
        {"metadata_filters": {"a": {"b": 1}, "skip": None, "on": True}},
    ),
    Case(
        "fine_tuning_create_repositories",
        "fine_tuning.jobs.create",
        {
            "model": "open-mistral-7b",
            "hyperparameters": {"learning_rate": 0.0001},
            "repositories": [{"type": "github", "name": "r", "owner": "o", "token": "t"}],
        },
    ),
    Case(
        "fine_tuning_create",
        "fine_tuning.jobs.create",
        {"model": "open-mistral-7b", "hyperparameters": {"learning_rate": 0.0001}},
    ),
    # path parameters: ':' stays raw
    Case("models_retrieve_ft", "models.retrieve", {"model_id": FT_MODEL}),
    Case("models_delete_ft", "models.delete", {"model_id": FT_MODEL}),
    Case("models_update_ft", "models.update", {"model_id": FT_MODEL, "name": "n"}),
    Case("models_archive_ft", "models.archive", {"model_id": FT_MODEL}),
    Case("models_unarchive_ft", "models.unarchive", {"model_id": FT_MODEL}),
    Case("files_retrieve_odd", "files.retrieve", {"file_id": "a b/c?d#e%f"}),
    # flattened bodies
    Case(
        "schedule_pause_note",
        "workflows.schedules.pause_schedule",
        {"schedule_id": "s", "note": "x"},
    ),
    Case(
        "schedule_pause_none",
        "workflows.schedules.pause_schedule",
        {"schedule_id": "s", "note": None},
    ),
    Case("schedule_pause", "workflows.schedules.pause_schedule", {"schedule_id": "s"}),
    Case(
        "schedule_resume_note",
        "workflows.schedules.resume_schedule",
        {"schedule_id": "s", "note": "y"},
    ),
    Case(
        "schedule_trigger",
        "workflows.schedules.trigger_schedule",
        {"schedule_id": "s", "overlap": 1},
    ),
    Case("schedule_trigger_none", "workflows.schedules.trigger_schedule", {"schedule_id": "s"}),
    # connectors activation
    Case("activate_user", "beta.connectors.activate_for_user", {"connector_id": "c"}),
    Case(
        "activate_org_list",
        "beta.connectors.activate_for_organization",
        {"connector_id": "c", "requires_confirmation": ["delete_file"]},
    ),
    Case(
        "activate_workspace_opts",
        "beta.connectors.activate_for_workspace",
        {
            "connector_id": "c",
            "skip_confirmation": ["read_file"],
            "include": ["a"],
            "exclude": None,
        },
    ),
    Case("deactivate_user", "beta.connectors.deactivate_for_user", {"connector_id": "c"}),
    # defaults 2.x sends
    Case(
        "chat_prediction",
        "chat.complete",
        {
            "model": "m",
            "messages": [{"role": "user", "content": "hi"}],
            "prediction": {"type": "content"},
        },
    ),
    Case(
        "chat_stream_prediction",
        "chat.stream",
        {"model": "m", "messages": [{"role": "user", "content": "hi"}], "prediction": {}},
    ),
    Case(
        "agents_prediction",
        "agents.complete",
        {"agent_id": "a", "messages": [{"role": "user", "content": "hi"}], "prediction": {}},
    ),
    Case(
        "conversations_start_entries",
        "beta.conversations.start",
        {"inputs": [{"role": "user", "content": "hi"}], "model": "m"},
    ),
    Case(
        "conversations_append_entries",
        "beta.conversations.append",
        {"conversation_id": "c1", "inputs": [{"role": "user", "content": "again"}]},
    ),
    Case("workflows_get", "workflows.get_workflows", {}),
    Case("deployments_list", "workflows.deployments.list_deployments", {}),
    Case(
        "execute_workflow",
        "workflows.execute_workflow",
        {"workflow_identifier": "w", "input": {"a": 1}},
    ),
    # methods the sweep cannot build arguments for
    Case(
        "ocr_process",
        "ocr.process",
        {
            "model": "mistral-ocr-latest",
            "document": {"type": "document_url", "document_url": "https://x/a.pdf"},
        },
    ),
    Case(
        "moderate_chat",
        "classifiers.moderate_chat",
        {"model": "m", "inputs": [{"role": "user", "content": "hi"}]},
    ),
    Case(
        "classify_chat",
        "classifiers.classify_chat",
        {"model": "m", "input": {"messages": [{"role": "user", "content": "hi"}]}},
    ),
    Case(
        "events_search",
        "beta.observability.chat_completion_events.search",
        {"search_params": {"filters": None}},
    ),
    Case(
        "judges_create",
        "beta.observability.judges.create",
        {
            "name": "j",
            "description": "d",
            "model_name": "m",
            "output": {"type": "CLASSIFICATION", "options": [{"value": "a", "description": "A"}]},
            "instructions": "i",
            "tools": [],
        },
    ),
    Case(
        "update_run_info",
        "beta.rag.ingestion_pipeline_configurations.update_run_info",
        {"id": "c1", "execution_time": "2026-01-01T00:00:00Z", "chunks_count": 3},
    ),
    # multipart
    Case("files_upload", "files.upload", {"file": upload(), "purpose": "fine-tune"}),
    Case(
        "transcribe_file",
        "audio.transcriptions.complete",
        {"model": "voxtral-mini-latest", "file": upload("a.mp3", b"ID3"), "language": "en"},
    ),
    Case(
        "transcribe_url",
        "audio.transcriptions.complete",
        {"model": "voxtral-mini-latest", "file_url": "https://example.com/a.mp3"},
    ),
    Case(
        "transcribe_stream_file",
        "audio.transcriptions.stream",
        {"model": "voxtral-mini-latest", "file": upload("a.mp3", b"ID3")},
    ),
    # per-call headers
    Case(
        "chat_auth_override",
        "chat.complete",
        {
            "model": "m",
            "messages": [{"role": "user", "content": "hi"}],
            "http_headers": {"Authorization": "Bearer per-call", "X-Extra": "1"},
        },
    ),
    # conversation run helpers (async)
    Case(
        "run_async_text",
        "beta.conversations.run_async",
        {"run_ctx": RUN_CTX, "inputs": "hello"},
        True,
    ),
    Case(
        "run_async_messages",
        "beta.conversations.run_async",
        {"run_ctx": RUN_CTX, "inputs": [{"role": "user", "content": "hello"}]},
        True,
    ),
    Case(
        "run_stream_async_text",
        "beta.conversations.run_stream_async",
        {"run_ctx": RUN_CTX, "inputs": "hello"},
        True,
    ),
    # endpoints the spec lacks (added by the overlay)
    Case(
        "docs_signed_upload_url",
        "beta.libraries.documents.get_signed_upload_url",
        {"library_id": "l1", "extension": "pdf"},
    ),
    Case(
        "docs_ingest_blob",
        "beta.libraries.documents.ingest_from_blob_storage",
        {"library_id": "l1", "filename": "a.pdf", "signed_url": "https://blob/a"},
    ),
    Case("rag_summaries", "beta.rag.search_indexes.get_index_summaries", {}),
    Case("rag_index_detail", "beta.rag.search_indexes.get_index_detail", {"index_id": "i1"}),
    Case(
        "rag_set_index_summary",
        "beta.rag.search_indexes.set_index_summary",
        {"index_id": "i1", "summary": "title"},
    ),
    Case(
        "rag_schema_detail",
        "beta.rag.search_indexes.get_index_schema_detail",
        {"index_id": "i1", "schema_id": "s1"},
    ),
    Case(
        "rag_set_schema_summary",
        "beta.rag.search_indexes.set_schema_summary",
        {"index_id": "i1", "schema_id": "s1", "summary": "title"},
    ),
    Case(
        "rag_schema_file",
        "beta.rag.search_indexes.get_index_schema_file",
        {"index_id": "i1", "schema_id": "s1"},
    ),
    Case(
        "rag_document_lookup",
        "beta.rag.search_indexes.document_lookup",
        {"index_id": "i1", "schema_id": "s1", "document_id": "d1"},
    ),
    Case(
        "rag_documents_fetch",
        "beta.rag.search_indexes.documents_fetch",
        {"index_id": "i1", "schema_id": "s1"},
    ),
    Case(
        "rag_register",
        "beta.rag.search_indexes.register",
        {
            "name": "n",
            "index": {
                "k8s_cluster": "c",
                "k8s_namespace": "ns",
                "vespa_instance_name": "v",
                "vespa_version": "8",
                "schemas": [
                    {
                        "name": "doc",
                        "sd": "schema doc {}",
                        "fields": [
                            {
                                "name": "title",
                                "type": "string",
                                "storage": "on_disk",
                                "ranking": "text",
                                "index_type": "bm25",
                                "multidimensional": False,
                            }
                        ],
                    }
                ],
                "query_url": "https://vespa",
            },
        },
    ),
    Case("rag_unregister", "beta.rag.search_indexes.unregister", {"index_id": "i1"}),
    Case(
        "rag_update_metrics",
        "beta.rag.search_indexes.update_index_metrics",
        {"index_id": "i1", "request_body": {"status": "offline"}},
    ),
)


def normalize(request: httpx.Request) -> dict[str, Any]:
    """What must be equal between both SDKs: method, raw path, query pairs (decoded, in
    order per name), media type, auth/extra headers and the parsed body."""
    raw = request.url.raw_path.decode("ascii")
    path, _, query = raw.partition("?")
    content = request.read()
    media = (request.headers.get("content-type") or "").split(";")[0].strip() or None
    out: dict[str, Any] = {
        "method": request.method,
        "path": path,
        "query": sorted(parse_qsl(query, keep_blank_values=True)),
        "content_type": media,
        "authorization": request.headers.get("authorization"),
        "x_extra": request.headers.get("x-extra"),
        "last_event_id": request.headers.get("last-event-id"),
    }
    if not content:
        out["body"] = None
    elif media == "application/json":
        out["body"] = json.loads(content)
    elif media == "multipart/form-data":
        out["body"] = _multipart(request.headers["content-type"], content)
    elif media == "application/x-www-form-urlencoded":
        out["body"] = sorted(parse_qsl(content.decode(), keep_blank_values=True))
    else:
        out["body"] = content.decode("utf-8", "replace")
    return out


def _multipart(content_type: str, content: bytes) -> list[list[Any]]:
    """The parts in order: ``[name, filename, text]``."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + content)
    parts: list[list[Any]] = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload)
        parts.append(
            [part.get_param("name", header="content-disposition"), part.get_filename(), text]
        )
    return parts


def call(client: Any, case: Case) -> None:
    """Call the case's method on ``client``; errors after the request was captured are
    expected (the mock answers ``{}``)."""
    target: Any = client
    *ns, name = case.method.split(".")
    for part in ns:
        target = getattr(target, part)
    kwargs = dict(case.kwargs)
    if isinstance(kwargs.get("run_ctx"), dict):
        from mistralai.extra.run.context import RunContext  # both SDKs ship it here

        kwargs["run_ctx"] = RunContext(**kwargs["run_ctx"]["$run_ctx"])
    if case.is_async:
        import asyncio

        async def run() -> None:
            result = await getattr(target, name)(**kwargs)
            if hasattr(result, "__aiter__"):
                async for _ in result:
                    break

        asyncio.run(run())
    else:
        result = getattr(target, name)(**kwargs)
        if hasattr(result, "__iter__") and hasattr(result, "__next__"):
            for _ in result:
                break


def answer(request: httpx.Request) -> httpx.Response:
    """The mock's answer: an empty object (enough for the request to have been sent)."""
    return httpx.Response(200, json={})


def encode(value: Any, decode: bool = False) -> Any:
    """``{"$bytes": text}`` markers <-> bytes: ``decode=True`` turns markers into bytes."""
    if isinstance(value, dict):
        if decode and set(value) == {"$bytes"}:  # pyright: ignore[reportUnknownArgumentType]
            return str(value["$bytes"]).encode()  # pyright: ignore[reportUnknownArgumentType]
        return {k: encode(v, decode) for k, v in value.items()}  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, list):
        return [encode(v, decode) for v in value]  # pyright: ignore[reportUnknownVariableType]
    return value
