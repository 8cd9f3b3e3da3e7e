"""Testing helpers for the Mistral AI SDK: a fake API server (real HTTP and SSE on 127.0.0.1)
with injectable faults, and pytest fixtures (``fake_server``, ``fake_server_url``).

The server knows no domain: its domain routes come from the packages that own the operations
(``mistralai.testing.routes`` entry points). The names below marked "for routes" are what such
route modules use (responses, request bodies and queries, paging, ids, the stored files), so that
they import nothing private from here.

Names are imported lazily so that importing ``mistralai.testing`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mistralai.testing._completions import (
        CREATED,
        HEADER_CHUNKS,
        HEADER_CONTENT,
        HEADER_DELAY_MS,
        MODELS,
        chat_completions,
        content_text,
        schema_instance,
        split_pieces,
    )
    from mistralai.testing._faults import Fault
    from mistralai.testing._file_store import (
        FILES_STATE,
        Blob,
        file_store,
        multipart_parts,
        next_timestamp,
        parse_multipart,
        public_file,
        put_file,
    )
    from mistralai.testing._helpers import (
        CUSTOMER_ID,
        ORGANIZATION_ID,
        USER_ID,
        WORKSPACE_ID,
        Record,
        json_body,
        missing,
        new_id,
        no_content,
        not_found,
        now_iso,
        page_number,
        page_slice,
        page_token,
        query_bool,
        query_count,
        query_int,
        query_str,
        require,
        store,
    )
    from mistralai.testing._records import RecordedRequest, RequestLog
    from mistralai.testing._route_loading import ROUTES_GROUP, RouteInstaller, RouteSource
    from mistralai.testing._routing import (
        Handler,
        RequestContext,
        Response,
        StreamResponse,
        as_dict,
        as_list,
        dumps,
        error_response,
        json_response,
        sse_event,
        validation_error,
    )
    from mistralai.testing.process import FakeServerProcess
    from mistralai.testing.realtime import FakeRealtimeServer
    from mistralai.testing.realtime_voice import FakeRealtimeSpeechServer, FakeVoiceAgentRoom
    from mistralai.testing.server import FakeMistralServer

__all__ = [
    # the servers and their records
    "Fault",
    "FakeRealtimeServer",
    "FakeRealtimeSpeechServer",
    "FakeVoiceAgentRoom",
    "FakeMistralServer",
    "FakeServerProcess",
    "RecordedRequest",
    "RequestLog",
    # for routes: loading them
    "ROUTES_GROUP",
    "RouteInstaller",
    "RouteSource",
    # for routes: handlers and responses
    "Handler",
    "RequestContext",
    "Response",
    "StreamResponse",
    "dumps",
    "error_response",
    "json_response",
    "sse_event",
    "validation_error",
    # for routes: request bodies, queries, paging, ids, stored objects
    "CUSTOMER_ID",
    "ORGANIZATION_ID",
    "USER_ID",
    "WORKSPACE_ID",
    "Record",
    "as_dict",
    "as_list",
    "json_body",
    "missing",
    "new_id",
    "no_content",
    "not_found",
    "now_iso",
    "page_number",
    "page_slice",
    "page_token",
    "query_bool",
    "query_count",
    "query_int",
    "query_str",
    "require",
    "store",
    # for routes: the built-in completions and models
    "CREATED",
    "HEADER_CHUNKS",
    "HEADER_CONTENT",
    "HEADER_DELAY_MS",
    "MODELS",
    "chat_completions",
    "content_text",
    "schema_instance",
    "split_pieces",
    # for routes: the stored files (shared by the files routes and the batch jobs)
    "FILES_STATE",
    "Blob",
    "file_store",
    "multipart_parts",
    "next_timestamp",
    "parse_multipart",
    "public_file",
    "put_file",
]

_EXPORTS: dict[str, tuple[str, ...]] = {
    "mistralai.testing.server": ("FakeMistralServer",),
    "mistralai.testing.process": ("FakeServerProcess",),
    "mistralai.testing.realtime": ("FakeRealtimeServer",),  # needs websockets (audio [realtime])
    "mistralai.testing.realtime_voice": ("FakeRealtimeSpeechServer", "FakeVoiceAgentRoom"),
    "mistralai.testing._faults": ("Fault",),
    "mistralai.testing._records": ("RecordedRequest", "RequestLog"),
    "mistralai.testing._route_loading": ("ROUTES_GROUP", "RouteInstaller", "RouteSource"),
    "mistralai.testing._routing": (
        "Handler",
        "RequestContext",
        "Response",
        "StreamResponse",
        "as_dict",
        "as_list",
        "dumps",
        "error_response",
        "json_response",
        "sse_event",
        "validation_error",
    ),
    "mistralai.testing._helpers": (
        "CUSTOMER_ID",
        "ORGANIZATION_ID",
        "USER_ID",
        "WORKSPACE_ID",
        "Record",
        "json_body",
        "missing",
        "new_id",
        "no_content",
        "not_found",
        "now_iso",
        "page_number",
        "page_slice",
        "page_token",
        "query_bool",
        "query_count",
        "query_int",
        "query_str",
        "require",
        "store",
    ),
    "mistralai.testing._completions": (
        "CREATED",
        "HEADER_CHUNKS",
        "HEADER_CONTENT",
        "HEADER_DELAY_MS",
        "MODELS",
        "chat_completions",
        "content_text",
        "schema_instance",
        "split_pieces",
    ),
    "mistralai.testing._file_store": (
        "FILES_STATE",
        "Blob",
        "file_store",
        "multipart_parts",
        "next_timestamp",
        "parse_multipart",
        "public_file",
        "put_file",
    ),
}
_LAZY: dict[str, str] = {name: module for module, names in _EXPORTS.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
