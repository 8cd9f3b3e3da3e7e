"""The documented overlay applied to the API spec before anything reads it.

The spec (``spec/mistral-openapi.yaml``, a copy of ``shared/spec``) is never edited by hand;
every fix lives here, one function per known defect (numbers as in the spec's README):

1. nested ``$defs`` (speech stream, transcription requests) are hoisted into
   ``components/schemas``; a nested schema that differs from a top-level one of the same name
   gets its owner's prefix (``UsageInfo`` of the speech stream becomes ``SpeechUsageInfo``).
2. ``#fragment`` path keys: kept here (operations stay distinct); :func:`wire_path` gives the
   path that is sent. :func:`for_mock_server` merges them for a mock server.
3. completion responses list ``data`` as required without defining it: dropped from
   ``required``.
4. ``Timestamp`` is a duration string despite ``format: date-time``: the format is removed.
5. ``SkillAssetContent`` admits no value (``oneOf`` under ``additionalProperties: false``): the
   ``oneOf`` branches' properties are merged into the object, each optional.
6. optional request bodies written ``anyOf: [{$ref: X}, {type: null}]`` (the workflow schedule
   ``pause``/``resume``/``trigger`` operations) become ``$ref: X``, still optional: a missing
   body and an empty object mean the same to the API, and the object's fields become method
   arguments (``pause_schedule(note=...)``), as in 2.x, which always sends the object.
7. endpoints the official 2.x SDK calls that the spec does not describe (the search-index API
   under ``/v1/rag/indexes`` and two library-document operations): added as facts, see
   :func:`add_official_only_operations`.
8. defaults of fields of nested request models that the official SDK does not apply (its
   models leave them unset, so it never sends them and the server applies its own): removed,
   see :data:`DEFAULTS_LEFT_TO_THE_SERVER`. The request encoder sends the other defaults of
   nested models (``prediction.content: ""``), as 2.x does.
9. connector activation (``POST /v1/connectors/{connector_id}/{consumer_scope}/activate``)
   describes no request body, but the API takes the tool execution options there: 2.x sends a
   ``ToolExecutionConfiguration`` object (``{}`` without options) with every activation. The
   operation gets that body, optional.
10. the spec is older than the API: the official ``mistralai`` 3.7.0 calls 78 endpoints it does
   not describe and sends parameters and body fields it lacks. ``spec/additions/*.json`` holds
   them as OpenAPI data (operations, parameters, body properties, schemas, each with
   ``x-provenance``), written by ``tools/codegen/extract_official3.py`` from the official
   package; :func:`apply_additions` merges them. An addition the spec has meanwhile gained
   stops the generator, so each one is reviewed when the spec is updated.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "mistral-openapi.yaml"
ADDITIONS_DIR = ROOT / "spec" / "additions"

Json = Any


def load_raw_spec(path: Path = SPEC_PATH) -> dict[str, Json]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as f:
        return yaml.load(f, Loader=loader)


def _walk(node: Json, fn: Any) -> None:
    if isinstance(node, dict):
        fn(node)
        for value in node.values():
            _walk(value, fn)
    elif isinstance(node, list):
        for value in node:
            _walk(value, fn)


def hoist_nested_defs(spec: dict[str, Json]) -> None:
    """Defect 1: move every nested ``$defs`` into ``components/schemas``."""
    schemas: dict[str, Json] = spec["components"]["schemas"]
    owners: list[tuple[str, dict[str, Json]]] = []
    for path, item in spec["paths"].items():
        for _method, op in item.items():
            if isinstance(op, dict):
                prefix = _owner_prefix(op.get("operationId", path))
                _collect_defs(op, prefix, owners)
    for name, schema in list(schemas.items()):
        _collect_defs(schema, name, owners)

    for prefix, holder in owners:
        defs: dict[str, Json] = holder.pop("$defs")
        renames: dict[str, str] = {}
        for def_name, def_schema in defs.items():
            existing = schemas.get(def_name)
            target = def_name
            if existing is not None and _canonical(existing) != _canonical(def_schema):
                target = prefix + def_name
            renames[def_name] = target
        for def_name, def_schema in defs.items():
            _rewrite_refs(def_schema, renames)
            schemas.setdefault(renames[def_name], def_schema)
        _rewrite_refs(holder, renames)


def _owner_prefix(operation_id: str) -> str:
    if operation_id.startswith("speech"):
        return "Speech"
    return "".join(part.capitalize() for part in operation_id.split("_")[:2])


def _collect_defs(node: Json, prefix: str, out: list[tuple[str, dict[str, Json]]]) -> None:
    def visit(obj: dict[str, Json]) -> None:
        if "$defs" in obj:
            out.append((prefix, obj))

    _walk(node, visit)


def _canonical(schema: Json) -> str:
    def strip(obj: Json) -> Json:
        if isinstance(obj, dict):
            return {
                k: strip(v)
                for k, v in obj.items()
                if k not in {"description", "title", "examples", "example"}
            }
        if isinstance(obj, list):
            return [strip(v) for v in obj]
        return obj

    return json.dumps(strip(schema), sort_keys=True)


def _rewrite_refs(node: Json, renames: dict[str, str]) -> None:
    def visit(obj: dict[str, Json]) -> None:
        ref = obj.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            name = ref.removeprefix("#/$defs/")
            obj["$ref"] = "#/components/schemas/" + renames.get(name, name)
        mapping = obj.get("mapping")
        if isinstance(mapping, dict):
            for tag, target in list(mapping.items()):  # pyright: ignore[reportUnknownVariableType]
                if isinstance(target, str) and target.startswith("#/$defs/"):
                    name = target.removeprefix("#/$defs/")
                    mapping[tag] = "#/components/schemas/" + renames.get(name, name)

    _walk(node, visit)


def drop_undefined_required(spec: dict[str, Json]) -> None:
    """Defect 3: a required name that no branch of the schema defines is not required."""
    schemas: dict[str, Json] = spec["components"]["schemas"]

    def defined(schema: Json, seen: frozenset[str] = frozenset()) -> set[str]:
        names: set[str] = set(schema.get("properties", {}))
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            target = ref.rsplit("/", 1)[1]
            if target not in seen:
                names |= defined(schemas[target], seen | {target})
        for part in schema.get("allOf", []):
            names |= defined(part, seen)
        return names

    for schema in schemas.values():
        parts = [schema, *schema.get("allOf", [])]
        known = defined(schema)
        for part in parts:
            required = part.get("required")
            if isinstance(required, list) and any(r not in known for r in required):
                part["required"] = [r for r in required if r in known]


def timestamp_is_a_string(spec: dict[str, Json]) -> None:
    """Defect 4: ``Timestamp`` examples are durations (``"1s"``): no ``date-time`` format."""
    spec["components"]["schemas"]["Timestamp"].pop("format", None)


def skill_asset_content_accepts_values(spec: dict[str, Json]) -> None:
    """Defect 5: merge the ``oneOf`` branches into optional properties of one object."""
    schema = spec["components"]["schemas"]["SkillAssetContent"]
    branches = schema.pop("oneOf", [])
    properties = schema.setdefault("properties", {})
    for branch in branches:
        properties.update(branch.get("properties", {}))


def optional_bodies_are_objects(spec: dict[str, Json]) -> None:
    """Defect 6: a nullable ``$ref`` request body is that object, optional."""
    for item in spec["paths"].values():
        for op in item.values():
            body = op.get("requestBody") if isinstance(op, dict) else None
            if not body:
                continue
            for media in body.get("content", {}).values():
                schema = media.get("schema", {})
                branches = schema.get("anyOf", [])
                refs = [b for b in branches if "$ref" in b]
                if len(refs) == 1 and len(branches) == 2 and {"type": "null"} in branches:
                    media["schema"] = refs[0]
                    body["required"] = False


# -- defect 7: operations of the official SDK the spec lacks ------------------------------------
#
# Provenance: read from the official ``mistralai==2.5.1`` package (PyPI), as facts about the
# API it calls: the paths, methods, operation ids, parameters and status codes in
# ``mistralai/client/search_indexes.py`` and ``mistralai/client/documents.py`` (methods
# ``get_index_summaries``, ``get_index_detail``, ``set_index_summary``,
# ``get_index_schema_detail``, ``set_schema_summary``, ``get_index_schema_file``,
# ``document_lookup``, ``documents_fetch``, ``register``, ``unregister``,
# ``update_index_metrics``, ``get_signed_upload_url``, ``ingest_from_blob_storage``), and the
# shapes of the request and response models they use (``mistralai/client/models/``: the
# schema names below are theirs). Written here as schemas, not copied code.

_STR: Json = {"type": "string"}
_INT: Json = {"type": "integer"}
_DATETIME: Json = {"type": "string", "format": "date-time"}
_STATUS: Json = {"type": "string", "enum": ["online", "offline"]}
_FIELD_TYPE: Json = {
    "type": "string",
    "enum": ["int", "bool", "string", "embedding", "long", "float"],
}
_STORAGE: Json = {"type": "string", "enum": ["in_memory", "on_disk"]}
_INDEX_TYPE: Json = {
    "anyOf": [{"type": "string", "enum": ["ann", "bm25", "attribute"]}, {"type": "null"}]
}


def _nullable(schema: Json) -> Json:
    return {"anyOf": [schema, {"type": "null"}]}


def _ref(name: str) -> Json:
    return {"$ref": f"#/components/schemas/{name}"}


def _obj(title: str, props: dict[str, Json], optional: tuple[str, ...] = (), doc: str = "") -> Json:
    schema: Json = {
        "type": "object",
        "title": title,
        "properties": props,
        "required": [k for k in props if k not in optional],
    }
    if doc:
        schema["description"] = doc
    return schema


def _vespa_type() -> Json:
    return {"type": "string", "const": "vespa", "default": "vespa"}


OFFICIAL_ONLY_SCHEMAS: dict[str, Json] = {
    "RequestUploadURLResponse": _obj("RequestUploadURLResponse", {"signed_url": _STR}),
    "IngestFromBlobStorageRequest": _obj(
        "IngestFromBlobStorageRequest",
        {"filename": _STR, "signed_url": _STR},
        doc="Request body for ingesting a document from blob storage.",
    ),
    "GetSearchIndexSummaryResponseVespaSchemaModel": _obj(
        "GetSearchIndexSummaryResponseVespaSchemaModel",
        {"id": _STR, "name": _STR, "document_count": _nullable(_INT)},
    ),
    "GetSearchIndexSummaryResponseVespaIndex": _obj(
        "GetSearchIndexSummaryResponseVespaIndex",
        {
            "k8s_cluster": _STR,
            "k8s_namespace": _STR,
            "vespa_instance_name": _STR,
            "schemas": {
                "type": "array",
                "items": _ref("GetSearchIndexSummaryResponseVespaSchemaModel"),
            },
            "type": _vespa_type(),
        },
        optional=("type",),
    ),
    "GetSearchIndexSummaryResponseIndex": _obj(
        "GetSearchIndexSummaryResponseIndex",
        {
            "id": _STR,
            "name": _STR,
            "creator_id": _STR,
            "document_count": _INT,
            "status": _STATUS,
            "created_at": _DATETIME,
            "modified_at": _DATETIME,
            "index": _ref("GetSearchIndexSummaryResponseVespaIndex"),
        },
    ),
    "GetSearchIndexDetailResponseSchemaModel": _obj(
        "GetSearchIndexDetailResponseSchemaModel",
        {
            "name": _STR,
            "id": _STR,
            "document_count": _nullable(_INT),
            "last_modified": _DATETIME,
            "latency_p95_s_threshold": _nullable({"type": "number"}),
        },
    ),
    "GetSearchIndexDetailResponseIndex": _obj(
        "GetSearchIndexDetailResponseIndex",
        {
            "name": _STR,
            "creator_id": _STR,
            "document_count": _INT,
            "status": _STATUS,
            "created_at": _DATETIME,
            "modified_at": _DATETIME,
            "vespa_version": _nullable(_STR),
            "summary": _nullable(_STR),
            "schemas": {"type": "array", "items": _ref("GetSearchIndexDetailResponseSchemaModel")},
        },
    ),
    "GetSearchIndexSchemaDetailResponseField": _obj(
        "GetSearchIndexSchemaDetailResponseField",
        {"name": _STR, "type": _FIELD_TYPE, "storage": _STORAGE, "index_type": _INDEX_TYPE},
    ),
    "GetSearchIndexSchemaDetailResponseSchemaModel": _obj(
        "GetSearchIndexSchemaDetailResponseSchemaModel",
        {
            "name": _STR,
            "summary": _nullable(_STR),
            "embedding_dimensions": _nullable(_INT),
            "fields": {"type": "array", "items": _ref("GetSearchIndexSchemaDetailResponseField")},
        },
    ),
    "GetSearchIndexSchemaSDFileResponseSDFile": _obj(
        "GetSearchIndexSchemaSDFileResponseSDFile", {"content": _nullable(_STR)}
    ),
    "VespaGetRetrievableResponseRetrievable": _obj(
        "VespaGetRetrievableResponseRetrievable",
        {"id": _STR, "fields": {"type": "object", "additionalProperties": True}},
    ),
    "UpdateIndexSummaryRequestSummary": _obj("UpdateIndexSummaryRequestSummary", {"summary": _STR}),
    "UpdateSchemaSummaryRequestSummary": _obj(
        "UpdateSchemaSummaryRequestSummary", {"summary": _STR}
    ),
    "RegisterSearchIndexRequestVespaSchemaField": _obj(
        "RegisterSearchIndexRequestVespaSchemaField",
        {
            "name": _STR,
            "type": _FIELD_TYPE,
            "storage": _STORAGE,
            "ranking": {
                "type": "string",
                "enum": [
                    "count",
                    "embedding",
                    "timestamp",
                    "text",
                    "string",
                    "bool",
                    "int",
                    "language",
                ],
            },
            "index_type": _INDEX_TYPE,
            "multidimensional": {"type": "boolean"},
        },
    ),
    "RegisterSearchIndexRequestVespaSchemaModel": _obj(
        "RegisterSearchIndexRequestVespaSchemaModel",
        {
            "name": _STR,
            "fields": {
                "type": "array",
                "items": _ref("RegisterSearchIndexRequestVespaSchemaField"),
            },
            "sd": _STR,
        },
    ),
    "RegisterSearchIndexRequestVespaIndex": _obj(
        "RegisterSearchIndexRequestVespaIndex",
        {
            "k8s_cluster": _STR,
            "k8s_namespace": _STR,
            "vespa_instance_name": _STR,
            "vespa_version": _STR,
            "schemas": {
                "type": "array",
                "items": _ref("RegisterSearchIndexRequestVespaSchemaModel"),
            },
            "query_url": _STR,
            "type": _vespa_type(),
        },
        optional=("type",),
    ),
    "RegisterSearchIndexRequestIndex": _obj(
        "RegisterSearchIndexRequestIndex",
        {
            "name": _STR,
            "index": _ref("RegisterSearchIndexRequestVespaIndex"),
            "status": {**_STATUS, "default": "offline"},
        },
        optional=("status",),
    ),
    "UpdateIndexMetricsRequestSchemaMetrics": _obj(
        "UpdateIndexMetricsRequestSchemaMetrics", {"name": _STR, "document_count": _INT}
    ),
    "UpdateIndexMetricsRequestIndexMetricsOnline": _obj(
        "UpdateIndexMetricsRequestIndexMetricsOnline",
        {
            "document_count": _INT,
            "schema_metrics": {
                "type": "array",
                "items": _ref("UpdateIndexMetricsRequestSchemaMetrics"),
            },
            "status": {"type": "string", "const": "online", "default": "online"},
        },
        optional=("status",),
    ),
    "UpdateIndexMetricsRequestIndexMetricsOffline": _obj(
        "UpdateIndexMetricsRequestIndexMetricsOffline",
        {
            "status": {"type": "string", "const": "offline", "default": "offline"},
            "clear_metrics": {"type": "boolean", "default": False},
        },
        optional=("status", "clear_metrics"),
    ),
    "MetricsData": {
        "title": "MetricsData",
        "oneOf": [
            _ref("UpdateIndexMetricsRequestIndexMetricsOnline"),
            _ref("UpdateIndexMetricsRequestIndexMetricsOffline"),
        ],
        "discriminator": {
            "propertyName": "status",
            "mapping": {
                "online": "#/components/schemas/UpdateIndexMetricsRequestIndexMetricsOnline",
                "offline": "#/components/schemas/UpdateIndexMetricsRequestIndexMetricsOffline",
            },
        },
    },
}


def _path_param(name: str) -> Json:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "schema": {"type": "string", "title": name},
    }


def _operation(
    op_id: str,
    summary: str,
    tag: str,
    path_params: tuple[str, ...],
    response: Json,
    *,
    query: tuple[Json, ...] = (),
    body: str | None = None,
) -> Json:
    op: Json = {
        "operationId": op_id,
        "summary": summary,
        "tags": [tag],
        "parameters": [_path_param(p) for p in path_params] + list(query),
        "responses": {
            "200": {
                "description": "Successful Response",
                "content": {"application/json": {"schema": response}},
            },
            "422": {
                "description": "Validation Error",
                "content": {"application/json": {"schema": _ref("HTTPValidationError")}},
            },
        },
    }
    if body is not None:
        op["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": _ref(body)}},
        }
    return op


_RAG = "beta.rag.search_indexes"
_DOCS = "beta.libraries.documents"
_INDEX = "/v1/rag/indexes/index/{index_id}"
_SCHEMA = _INDEX + "/schemas/schema/{schema_id}"
_IDS = ("index_id", "schema_id")

OFFICIAL_ONLY_OPERATIONS: dict[tuple[str, str], Json] = {
    ("/v1/libraries/{library_id}/documents/signed-upload-url", "get"): _operation(
        "libraries_documents_get_signed_upload_url_v1",
        "Get a signed URL for direct upload to blob storage.",
        _DOCS,
        ("library_id",),
        _ref("RequestUploadURLResponse"),
        query=({"name": "extension", "in": "query", "required": True, "schema": _STR},),
    ),
    ("/v1/libraries/{library_id}/documents/ingest-from-blob-storage", "post"): _operation(
        "libraries_documents_ingest_from_blob_storage_v1",
        "Ingest a document from blob storage of the document library.",
        _DOCS,
        ("library_id",),
        _ref("Document"),
        body="IngestFromBlobStorageRequest",
    ),
    ("/v1/rag/indexes", "put"): _operation(
        "register_search_index_v1_rag_indexes_put",
        "Register (or re-register) a search index",
        _RAG,
        (),
        _ref("RegisterSearchIndexResponseIndex"),
        body="RegisterSearchIndexRequestIndex",
    ),
    ("/v1/rag/indexes/summary", "get"): _operation(
        "get_index_summaries_v1_rag_indexes_summary_get",
        "Get Index Summaries",
        _RAG,
        (),
        {"type": "array", "items": _ref("GetSearchIndexSummaryResponseIndex")},
    ),
    (_INDEX, "delete"): _operation(
        "unregister_search_index_v1_rag_indexes_index__index_id__delete",
        "Unregister Search Index",
        _RAG,
        ("index_id",),
        {},
    ),
    (_INDEX + "/detail", "get"): _operation(
        "get_index_details_v1_rag_indexes_index__index_id__detail_get",
        "Get Index Details",
        _RAG,
        ("index_id",),
        _ref("GetSearchIndexDetailResponseIndex"),
    ),
    (_INDEX + "/summary_field", "put"): _operation(
        "set_index_summary_v1_rag_indexes_index__index_id__summary_field_put",
        "Set Index Summary",
        _RAG,
        ("index_id",),
        {},
        body="UpdateIndexSummaryRequestSummary",
    ),
    (_INDEX + "/metrics", "put"): _operation(
        "update_index_metrics_v1_rag_indexes_index__index_id__metrics_put",
        "Update Index Metrics",
        _RAG,
        ("index_id",),
        {},
        body="MetricsData",
    ),
    (_SCHEMA + "/detail", "get"): _operation(
        "get_index_schema_detail_v1_rag_indexes_index__index_id__schemas_schema__schema_id__detail_get",
        "Get Index Schema Detail",
        _RAG,
        _IDS,
        _ref("GetSearchIndexSchemaDetailResponseSchemaModel"),
    ),
    (_SCHEMA + "/summary_field", "put"): _operation(
        "set_schema_summary_v1_rag_indexes_index__index_id__schemas_schema__schema_id__summary_field_put",
        "Set Schema Summary",
        _RAG,
        _IDS,
        {},
        body="UpdateSchemaSummaryRequestSummary",
    ),
    (_SCHEMA + "/file", "get"): _operation(
        "get_index_schema_file_v1_rag_indexes_index__index_id__schemas_schema__schema_id__file_get",
        "Get Index Schema File",
        _RAG,
        _IDS,
        _ref("GetSearchIndexSchemaSDFileResponseSDFile"),
    ),
    (_SCHEMA + "/retrievables", "get"): _operation(
        "document_fetch_v1_rag_indexes_index__index_id__schemas_schema__schema_id__retrievables_get",
        "Document Fetch",
        _RAG,
        _IDS,
        {"type": "array", "items": _ref("VespaGetRetrievableResponseRetrievable")},
        query=({"name": "group_id", "in": "query", "required": False, "schema": _nullable(_STR)},),
    ),
    (_SCHEMA + "/retrievables/retrievable/{document_id}", "get"): _operation(
        "document_lookup_v1_rag_indexes_index__index_id__schemas_schema__schema_id__retrievables_retrievable__document_id__get",
        "Document Lookup",
        _RAG,
        (*_IDS, "document_id"),
        _ref("VespaGetRetrievableResponseRetrievable"),
    ),
}


def add_official_only_operations(spec: dict[str, Json]) -> None:
    """Defect 7: the operations (and their schemas) above, where the spec has none."""
    schemas: dict[str, Json] = spec["components"]["schemas"]
    for name, schema in OFFICIAL_ONLY_SCHEMAS.items():
        if name in schemas:
            raise SystemExit(f"overlay: the spec now defines {name}: review defect 7")
        schemas[name] = copy.deepcopy(schema)
    for (path, method), op in OFFICIAL_ONLY_OPERATIONS.items():
        item = spec["paths"].setdefault(path, {})
        if method in item:
            raise SystemExit(
                f"overlay: the spec now describes {method.upper()} {path}: review defect 7"
            )
        item[method] = copy.deepcopy(op)


# Defect 8. Provenance: the field defaults of the official ``mistralai==2.5.1`` models
# (``mistralai/client/models/``): these fields are ``Optional[...] = None`` there although the
# spec gives them a default; only fields of models nested in request bodies are listed (the
# top-level fields are method arguments, whose defaults follow the 2.x signatures).
DEFAULTS_LEFT_TO_THE_SERVER: dict[str, tuple[str, ...]] = {
    "CompletionArgs": ("tool_choice",),
    "Function": ("description", "strict"),
    "ResponseFormat": ("type",),
    "ThinkChunk": ("closed",),
    "ExtendedOAuthServerMetadata": ("response_types_supported",),
    "NetworkEncodedInput": ("encoding_options",),
    "ScheduleCalendar": (
        "second",
        "minute",
        "hour",
        "day_of_month",
        "month",
        "year",
        "day_of_week",
    ),
    "SchedulePolicy": ("overlap",),
}


def defaults_left_to_the_server(spec: dict[str, Json]) -> None:
    """Defect 8: drop the defaults listed above."""
    schemas: dict[str, Json] = spec["components"]["schemas"]
    for name, fields in DEFAULTS_LEFT_TO_THE_SERVER.items():
        properties = schemas[name]["properties"]
        for field in fields:
            if "default" not in properties[field]:
                raise SystemExit(
                    f"overlay: {name}.{field} has no default any more: review defect 8"
                )
            del properties[field]["default"]


def connector_activation_takes_options(spec: dict[str, Json]) -> None:
    """Defect 9. Provenance: ``mistralai==2.5.1``, ``mistralai/client/connectors.py``
    (``activate_for_organization`` / ``_workspace`` / ``_user`` serialize their
    ``ToolExecutionConfiguration`` argument as the JSON body)."""
    op = spec["paths"]["/v1/connectors/{connector_id}/{consumer_scope}/activate"]["post"]
    if "requestBody" in op:
        raise SystemExit("overlay: connector activation now has a body: review defect 9")
    op["requestBody"] = {
        "required": False,
        "content": {"application/json": {"schema": _ref("ToolExecutionConfiguration")}},
    }


def apply_additions(spec: dict[str, Json]) -> None:
    """Defect 10: merge ``spec/additions/*.json`` (operations, parameters and body properties
    of operations the spec has, and schemas), refusing anything the spec already defines."""
    schemas: dict[str, Json] = spec["components"]["schemas"]
    by_id = {
        op["operationId"]: op
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    added: set[tuple[int, str]] = set()
    for path in sorted(ADDITIONS_DIR.glob("*.json")):
        data = json.loads(path.read_text())
        for name, schema in data.get("schemas", {}).items():
            if name in schemas:
                raise SystemExit(f"overlay: the spec now defines {name}: review {path.name}")
            schemas[name] = schema
        for key, item in data.get("paths", {}).items():
            target = spec["paths"].setdefault(key, {})
            for method, op in item.items():
                if method in target:
                    raise SystemExit(
                        f"overlay: the spec now describes {method.upper()} {key}: review {path.name}"
                    )
                target[method] = op
        by_id.update(
            (op["operationId"], op)
            for item in data.get("paths", {}).values()
            for op in item.values()
        )
        for op_id, security in data.get("security", {}).items():
            by_id[op_id]["x-call-security"] = security
        for op_id, change in data.get("changes", {}).items():
            op = by_id[op_id]
            for param in change.get("parameters", []):
                op.setdefault("parameters", []).append(
                    {**param, "x-provenance": change["x-provenance"]}
                )
            if "body_properties" in change:
                content = next(iter(op["requestBody"]["content"].values()))
                body = content["schema"]
                if "$ref" in body:
                    body = schemas[body["$ref"].rsplit("/", 1)[1]]
                for name, prop in change["body_properties"].items():
                    if (id(body), name) in added:
                        continue  # a body schema shared by two operations
                    added.add((id(body), name))
                    if name in body.get("properties", {}):
                        raise SystemExit(f"overlay: {op_id} now sends {name}: review {path.name}")
                    body.setdefault("properties", {})[name] = {
                        **prop,
                        "x-provenance": change["x-provenance"],
                    }


@cache
def _overlaid(additions: bool = True) -> str:
    spec = load_raw_spec()
    hoist_nested_defs(spec)
    drop_undefined_required(spec)
    timestamp_is_a_string(spec)
    skill_asset_content_accepts_values(spec)
    optional_bodies_are_objects(spec)
    add_official_only_operations(spec)
    defaults_left_to_the_server(spec)
    connector_activation_takes_options(spec)
    if additions:
        apply_additions(spec)
    return json.dumps(spec)


def overlaid_spec(additions: bool = True) -> dict[str, Json]:
    """The spec with every fix above applied (a fresh copy each call); ``additions=False``
    leaves out defect 10 (what ``extract_official3.py`` compares against)."""
    return json.loads(_overlaid(additions))


def wire_path(path_key: str) -> str:
    """Defect 2: the path sent on the wire (a ``#fragment`` only tells operations apart)."""
    return path_key.split("#", 1)[0]


def for_mock_server(spec: dict[str, Json]) -> dict[str, Json]:
    """Defect 2 for a mock server: one path item per wire path.

    Operations on the same wire path and method (``/v1/conversations`` and
    ``/v1/conversations#stream``) cannot both be routed; the streaming twin is dropped since a
    mock server cannot serve real SSE anyway (defect 7). Path parameters of merged items are
    renamed to the first item's names.
    """
    spec = copy.deepcopy(spec)
    merged: dict[str, dict[str, Json]] = {}
    for key, item in spec["paths"].items():
        wire = wire_path(key)
        target = merged.setdefault(wire, {})
        for method, op in item.items():
            if method in target:
                continue
            target[method] = op
    spec["paths"] = merged
    return spec


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument(
        "--mock", action="store_true", help="merge fragment paths for a mock server"
    )
    args = parser.parse_args()
    spec = overlaid_spec()
    if args.mock:
        spec = for_mock_server(spec)
    args.output.write_text(json.dumps(spec, indent=1))


if __name__ == "__main__":
    main()
