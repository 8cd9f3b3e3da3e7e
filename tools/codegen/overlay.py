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


@cache
def _overlaid() -> str:
    spec = load_raw_spec()
    hoist_nested_defs(spec)
    drop_undefined_required(spec)
    timestamp_is_a_string(spec)
    skill_asset_content_accepts_values(spec)
    return json.dumps(spec)


def overlaid_spec() -> dict[str, Json]:
    """The spec with every fix above applied (a fresh copy each call)."""
    return json.loads(_overlaid())


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
