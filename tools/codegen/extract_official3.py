"""Write ``spec/additions/mistralai-3.7.0.json``: what the official ``mistralai`` 3.7.0 calls
that ``spec/mistral-openapi.yaml`` lacks, as OpenAPI data for the overlay (defect 10).

Facts only, read from the installed official package: each method's HTTP method, path and
operation id (``spec/compat/official_surface_3.7.0.json``), where each parameter goes and its
wire name (the Speakeasy request model's field metadata), and the JSON schema of every model it
sends or receives (pydantic's ``json_schema``, by alias, cleaned of the SDK's own machinery:
``Unset`` sentinels, ``Nullable`` aliases, placeholder ``Unknown*`` variants). No code is
copied: the generator reads the data and writes ours. Every added operation, parameter, body
property and schema carries ``x-provenance``.

Run it in an environment that has the official package (it never runs in CI; its output is
committed and checked by the tests that read it)::

    uv run --isolated --no-project --python 3.12 --with mistralai==3.7.0 --with pyyaml \\
        python tools/codegen/extract_official3.py
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import sys
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import overlay  # noqa: E402

SURFACE = ROOT / "spec" / "compat" / "official_surface_3.7.0.json"
OUT = overlay.ADDITIONS_DIR / "mistralai-3.7.0.json"
REF = "#/components/schemas/{model}"
SENTINEL = "~?~unset~?~sentinel~?~"
LOCATIONS = ("path", "query", "header")
Json = Any


def main() -> None:
    from mistralai.client import models

    version = importlib.metadata.version("mistralai")
    if version != "3.7.0":
        raise SystemExit(f"needs mistralai 3.7.0 installed, found {version}")
    surface = json.loads(SURFACE.read_text())
    base = overlay.overlaid_spec(additions=False)
    extractor = Extractor(models, base)
    for method in surface["methods"]:
        if method.get("kind") == "generated" and method.get("http_method"):
            extractor.method(method)
    out = {
        "x-provenance": {
            "source": "the official mistralai 3.7.0 wheel (PyPI), mistralai.client",
            "surface": "spec/compat/official_surface_3.7.0.json",
            "extracted_with": "tools/codegen/extract_official3.py",
        },
        "paths": extractor.paths,
        "changes": extractor.changes,
        "security": extractor.security,
        "schemas": dict(sorted(extractor.schemas.items())),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, indent=1, sort_keys=False) + "\n")
    print(
        f"{OUT.relative_to(ROOT)}: {sum(len(v) for v in extractor.paths.values())} operations, "
        f"{len(extractor.changes)} changed operations, {len(extractor.schemas)} schemas"
    )


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


class Extractor:
    def __init__(self, models: Any, base: dict[str, Json]) -> None:
        self.models = models
        self.base = base
        self.base_schemas: dict[str, Json] = base["components"]["schemas"]
        # (verb, path shape, streaming twin) -> the spec's operation; a ``#stream`` path key
        # is the streaming twin of the plain one (overlay defect 2)
        self.existing: dict[tuple[str, str, bool], tuple[str, Json]] = {}
        for key, item in base["paths"].items():
            for verb, op in item.items():
                if isinstance(op, dict) and "operationId" in op:
                    shape = (verb, _shape(overlay.wire_path(key)))
                    self.existing.setdefault((*shape, key.endswith("#stream")), (key, op))
        self.paths: dict[str, dict[str, Json]] = {}
        self.changes: dict[str, Json] = {}
        self.security: dict[str, Json] = {}
        self.schemas: dict[str, Json] = {}

    # -- operations ----------------------------------------------------------------------

    def method(self, m: dict[str, Json]) -> None:
        verb = m["http_method"].lower()
        where = f"{m['file']} {m['class']}.{m['dotted'].rsplit('.', 1)[1]}"
        request = getattr(self.models, m["request_model"] or "", None)
        params, body = self._request_parts(request, m)
        security = self._security(m)
        shape = (verb, _shape(m["path"]))
        found = self.existing.get((*shape, bool(m.get("stream")))) or self.existing.get(
            (*shape, False)
        )
        if found is None:
            self._add_operation(m, verb, where, params, body)
        else:
            self._add_missing(m, found, where, params, body)
        if security is not None:
            op_id = m["operation_id"] if found is None else found[1]["operationId"]
            self.security[op_id] = {**security, "x-provenance": f"mistralai 3.7.0 {where}"}

    def _security(self, m: dict[str, Json]) -> Json | None:
        """The per-call credentials argument (``security=``) of an operation with its own
        security schemes: its schema, and where each field goes on the wire."""
        param = next((p for p in m["params"] if p["in"] == "security"), None)
        if param is None:
            return None
        found = re.search(r"models\.(\w+Security)\b", param["annotation"])
        assert found, param
        model = self._model(f"models.{found.group(1)}")
        fields: Json = {}
        for name, field in model.model_fields.items():
            meta = next(x for x in field.metadata if type(x).__name__ == "FieldMetadata")
            sec = meta.security
            if sec.scheme_type == "http" and sec.sub_type == "bearer":
                fields[name] = {"header": sec.field_name.lower(), "prefix": "Bearer "}
            elif sec.scheme_type == "apiKey" and sec.sub_type == "header":
                fields[name] = {"header": sec.field_name.lower(), "prefix": ""}
            else:
                raise SystemExit(f"{m['dotted']}: unknown security scheme {sec}")
        return {"param": param["name"], "schema": self.schema_of(model), "fields": fields}

    def _request_parts(
        self, request: Any, m: dict[str, Json]
    ) -> tuple[list[Json], tuple[str, Json, Any] | None]:
        """Parameters (path, query, header) and the body (media type, schema)."""
        params: list[Json] = []
        body: tuple[str, Json, Any] | None = None
        is_model = isinstance(request, type) and issubclass(request, BaseModel)
        described = is_model and any(
            type(x).__name__ == "FieldMetadata"
            and any(getattr(x, k) is not None for k in (*LOCATIONS, "request"))
            for f in request.model_fields.values()
            for x in f.metadata
        )
        if not described:
            # no path, query or header parameter: the request model is the body itself
            source = m.get("body_model") or (m["request_model"] and f"models.{m['request_model']}")
            if m.get("body") and source:
                media = "multipart/form-data" if m["body"] == "multipart" else "application/json"
                annotation = self._annotation(source)
                body = (media, self.schema_of(annotation), annotation)
            return params, body
        for name, field in request.model_fields.items():
            meta = next((x for x in field.metadata if type(x).__name__ == "FieldMetadata"), None)
            if meta is None:
                continue
            if meta.request is not None:
                media = meta.request.media_type
                schema = self.schema_of(field.annotation)
                # an optional body is a missing body, not a null one (as overlay defect 6)
                variants = schema.get("anyOf", [])
                if len(variants) == 2 and {"type": "null"} in variants:
                    schema = next(v for v in variants if v != {"type": "null"})
                body = (media, schema, field.annotation)
                continue
            for location in LOCATIONS:
                if getattr(meta, location) is not None:
                    schema = self.schema_of(field.annotation)
                    default = field.default
                    if isinstance(default, (str, int, float, bool)) and default != SENTINEL:
                        schema = {**schema, "default": default}
                    # required as the official method has it (its request model may
                    # require a field its method defaults, such as a page offset)
                    official = next((q for q in m["params"] if q["name"] == name), None)
                    required = field.is_required() and (official is None or official["required"])
                    param: Json = {
                        "name": field.alias or name,
                        "in": location,
                        "required": required,
                        "schema": schema,
                    }
                    if field.description:
                        param["description"] = field.description
                    params.append(param)
        return params, body

    def _add_operation(
        self,
        m: dict[str, Json],
        verb: str,
        where: str,
        params: list[Json],
        body: tuple[str, Json, Any] | None,
    ) -> None:
        op: Json = {
            "operationId": m["operation_id"],
            "summary": m.get("summary") or m["operation_id"],
            "tags": [m["dotted"].rsplit(".", 1)[0]],
            "x-provenance": f"mistralai 3.7.0 {where}",
        }
        if params:
            op["parameters"] = params
        if body is not None:
            op["requestBody"] = {
                "required": bool(m.get("body_required")),
                "content": {body[0]: {"schema": body[1]}},
            }
        op["responses"] = self._responses(m)
        if m.get("deprecated"):
            op["deprecated"] = True
        self.paths.setdefault(m["path"], {})[verb] = op

    def _responses(self, m: dict[str, Json]) -> Json:
        responses: Json = {}
        ok = next(
            (code for code, _ in m["responses"] if code.startswith("2") and code.isdigit()),
            "200",
        )
        returns = m.get("returns")
        if returns and returns.startswith("Optional["):
            # the SDK's paged methods answer None past the last page; the API answers the model
            returns = returns.removeprefix("Optional[")[:-1]
        accept = m.get("accept") or "application/json"
        if returns in (None, "None"):
            responses[ok] = {"description": "Successful Response"}
        elif m.get("stream") or "Stream[" in returns:
            event = re.search(r"Stream\[models\.(\w+)\]", returns)
            assert event, returns
            content: Json = {}
            # ``Union[Model, EventStream[Event]]``: one operation answering JSON or SSE
            if "JSON" in returns or ("json" in accept.split(";")[0] and "Union" in returns):
                json_type = re.search(r"models\.(\w+)", returns.split("Stream[")[0])
                if json_type:
                    content["application/json"] = {
                        "schema": self.schema_of(self._model(f"models.{json_type.group(1)}"))
                    }
            media = "application/jsonl" if "jsonl" in returns.lower() else "text/event-stream"
            content[media] = {"schema": self.schema_of(self._model(f"models.{event.group(1)}"))}
            responses[ok] = {"description": "Successful Response", "content": content}
        else:
            annotation = self._annotation(returns)
            fields = getattr(annotation, "model_fields", {})
            if set(fields) in ({"next", "result"}, {"headers", "result"}):
                # the SDK's wrappers (a ``next()`` page callable, or the response headers,
                # beside the answer): the wire carries ``result``
                annotation = fields["result"].annotation
            schema = self.schema_of(annotation)
            responses[ok] = {
                "description": "Successful Response",
                "content": {accept.split(",")[0].strip(): {"schema": schema}},
            }
        if any(code == "422" for code, _ in m["responses"]):
            responses["422"] = {
                "description": "Validation Error",
                "content": {
                    "application/json": {
                        "schema": {"$ref": REF.format(model="HTTPValidationError")}
                    }
                },
            }
        return responses

    def _add_missing(
        self,
        m: dict[str, Json],
        found: tuple[str, Json],
        where: str,
        params: list[Json],
        body: tuple[str, Json, Any] | None,
    ) -> None:
        """An operation the spec has: the parameters and body fields 3.7.0 sends that it lacks."""
        _key, op = found
        have = {(p.get("in"), p.get("name")) for p in op.get("parameters", [])}
        change: Json = {}
        new_params = [p for p in params if (p["in"], p["name"]) not in have]
        if new_params:
            change["parameters"] = new_params
        if body is not None:
            ours = (op.get("requestBody") or {}).get("content", {})
            schema = next(iter(ours.values()), {}).get("schema", {})
            theirs = self.own_schema(body[2])
            if theirs is not None:
                known = self._properties(schema)
                props = {
                    k: v for k, v in (theirs.get("properties") or {}).items() if k not in known
                }
                if props:
                    change["body_properties"] = props
        if change:
            change["x-provenance"] = f"mistralai 3.7.0 {where}"
            self.changes[op["operationId"]] = change

    def _properties(self, schema: Json) -> set[str]:
        """Every property name of the spec's body schema (through ``$ref``, ``allOf`` and
        union branches)."""
        if not isinstance(schema, dict):
            return set()
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[1]
            return self._properties(self.base_schemas.get(name) or self.schemas.get(name))
        names = set(schema.get("properties") or {})
        for key in ("allOf", "anyOf", "oneOf"):
            for part in schema.get(key) or []:
                names |= self._properties(part)
        return names

    # -- schemas -------------------------------------------------------------------------

    def _model(self, dotted: str) -> Any:
        return getattr(self.models, dotted.removeprefix("models."))

    def _annotation(self, text: str) -> Any:
        namespace = {"models": self.models, **vars(typing)}
        return eval(text, namespace)

    def own_schema(self, annotation: Any) -> Json | None:
        """The official model's own schema (not the spec's model of the same name)."""
        raw = TypeAdapter(annotation).json_schema(by_alias=True, ref_template=REF)
        cleaner = Cleaner(raw.pop("$defs", {}))
        return self._resolve_in(cleaner.clean(raw), cleaner)

    def _resolve_in(self, schema: Json, cleaner: Cleaner) -> Json | None:
        if "properties" in schema:
            return schema
        ref = schema.get("$ref")
        if ref is not None:
            return cleaner.clean(cleaner.defs[ref.rsplit("/", 1)[1]])
        return None

    def schema_of(self, annotation: Any) -> Json:
        """The cleaned JSON schema of ``annotation``; named models go to ``schemas``."""
        raw = TypeAdapter(annotation).json_schema(by_alias=True, ref_template=REF)
        defs: dict[str, Json] = raw.pop("$defs", {})
        cleaner = Cleaner(defs)
        for name, schema in defs.items():
            if cleaner.is_machinery(name) or name in self.base_schemas or name in self.schemas:
                continue
            cleaned = cleaner.clean(schema)
            cleaned["x-provenance"] = f"mistralai 3.7.0 mistralai.client.models.{name}"
            self.schemas[name] = cleaned
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            name = raw.get("title", annotation.__name__)
            if name not in self.base_schemas and name not in self.schemas:
                cleaned = cleaner.clean(raw)
                cleaned["x-provenance"] = f"mistralai 3.7.0 mistralai.client.models.{name}"
                self.schemas[name] = cleaned
            return {"$ref": REF.format(model=name)}
        return cleaner.clean(raw)


class Cleaner:
    """Pydantic's schema of a Speakeasy model, minus the SDK's machinery."""

    def __init__(self, defs: dict[str, Json]) -> None:
        self.defs = defs

    @staticmethod
    def is_machinery(name: str) -> bool:
        return (
            name == "Unset"
            or name.startswith(("Nullable_", "OptionalNullable_"))
            or (name.startswith("Unknown") and name != "Unknown")
        )

    def _inline(self, ref: str) -> Json | None:
        name = ref.rsplit("/", 1)[1]
        if name == "Unset" or (name.startswith("Unknown") and self._is_placeholder(name)):
            return None
        if name.startswith(("Nullable_", "OptionalNullable_")):
            return self.clean(self.defs[name])
        return {"$ref": ref}

    def _is_placeholder(self, name: str) -> bool:
        props = (self.defs.get(name) or {}).get("properties", {})
        return "raw" in props and "is_unknown" in props

    def clean(self, node: Json) -> Json:
        if isinstance(node, list):
            return [self.clean(x) for x in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node and len(node) <= 3:
            inlined = self._inline(node["$ref"])
            if inlined is None:
                return {"not": {}}
            rest = {k: self.clean(v) for k, v in node.items() if k != "$ref"}
            if rest.get("default") == SENTINEL:
                rest.pop("default")
            # a ``$ref`` with siblings (a default, a description) keeps them beside the target
            return {**inlined, **rest} if rest else inlined
        out: Json = {}
        for key, value in node.items():
            if key == "default" and value == SENTINEL:
                continue
            if key in ("anyOf", "oneOf"):
                variants: list[Json] = []
                for variant in value:
                    cleaned = self.clean(variant)
                    if cleaned == {"not": {}}:
                        continue
                    # flatten nested unions (OptionalNullable inlines to anyOf[T, null])
                    inner = cleaned.get("anyOf") if set(cleaned) == {"anyOf"} else None
                    for v in inner or [cleaned]:
                        if v not in variants:
                            variants.append(v)
                if len(variants) == 1:
                    out.update(variants[0])
                else:
                    out[key] = variants
                continue
            if key == "discriminator" and isinstance(value, dict):
                mapping = {
                    tag: ref
                    for tag, ref in (value.get("mapping") or {}).items()
                    if self._inline(ref) is not None
                }
                out[key] = {**value, "mapping": mapping} if "mapping" in value else value
                continue
            out[key] = self.clean(value)
        return out


if __name__ == "__main__":
    main()
