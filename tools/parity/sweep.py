"""A sweep over every generated method of the official 2.x SDK: minimal arguments (each
required parameter, built from the official annotation) chosen by this script, the request
2.5.1 sends for them, recorded as test data (``tests/parity/data/sweep_2_5_1.json``); and a
second pass with every optional parameter passed as ``None`` (``"none"``: what an explicit
``None`` sends).

Run with the official SDK (see ``record_official.py``)::

    /tmp/off/bin/python tools/parity/sweep.py

Arguments are JSON; bytes are written ``{"$bytes": "<text>"}`` (``cases.decode``).
"""

from __future__ import annotations

import inspect
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cases import SERVER, answer, encode, normalize  # noqa: E402

SURFACE = HERE.parents[1] / "spec" / "compat" / "official_surface.json"
OUT = HERE.parents[1] / "tests" / "parity" / "data" / "sweep_2_5_1.json"


def _value(annotation: Any, name: str, depth: int = 0) -> Any:
    """A small valid value of ``annotation`` (``...`` when none can be made)."""
    import pydantic

    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _value(args[0], name, depth)
    if getattr(annotation, "__value__", None) is not None:  # a TypeAliasType
        return _value(annotation.__value__, name, depth)
    if origin in (typing.Union, types.UnionType):
        for arg in args:
            if arg is type(None) or getattr(arg, "__name__", "") == "UnrecognizedStr":
                continue
            value = _value(arg, name, depth)
            if value is not ...:
                return value
        return ...
    if origin is typing.Literal:
        return args[0]
    if origin in (list, typing.List, typing.Sequence):  # noqa: UP006
        item = _value(args[0], name, depth) if args else "x"
        return ... if item is ... else [item]
    if origin in (dict, typing.Dict, typing.Mapping):  # noqa: UP006
        return {"k": "v"}
    if annotation is str:
        return "ft:open-mistral-7b:a:b" if name == "model_id" else f"{name}-1"
    if annotation is bool:
        return True
    if annotation is int:
        return 1
    if annotation is float:
        return 0.5
    if annotation is typing.Any:
        return {"k": "v"}
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        if annotation.__name__ == "File":
            return {"file_name": "a.txt", "content": {"$bytes": "hello"}}
        if depth > 6:
            return ...
        out: dict[str, Any] = {}
        for field_name, field in annotation.model_fields.items():
            if field.is_required():
                value = _value(field.annotation, field_name, depth + 1)
                if value is ...:
                    return ...
                out[field.alias or field_name] = value
        return out
    if typing.is_typeddict(annotation):
        return ...
    return ...


def sweep() -> dict[str, Any]:
    from mistralai.client import Mistral

    surface = json.loads(SURFACE.read_text())
    results: dict[str, Any] = {}
    for method in surface["methods"]:
        if method["kind"] != "generated":
            continue
        dotted = method["dotted"]
        captured: list[dict[str, Any]] = []

        def handler(
            request: httpx.Request, captured: list[dict[str, Any]] = captured
        ) -> httpx.Response:
            captured.append(normalize(request))
            return answer(request)

        client = Mistral(
            api_key="sk-test",
            server_url=SERVER,
            client=httpx.Client(transport=httpx.MockTransport(handler)),
        )
        target: Any = client
        for part in dotted.split("."):
            target = getattr(target, part)
        hints = typing.get_type_hints(target, include_extras=True)
        kwargs: dict[str, Any] = {}
        for name, param in inspect.signature(target).parameters.items():
            if param.default is inspect.Parameter.empty:
                kwargs[name] = _value(hints.get(name, str), name)
        if any(v is ... for v in kwargs.values()):
            results[dotted] = {"skipped": "no value for a required parameter"}
            continue
        _call(target, kwargs)
        if not captured:
            results[dotted] = {"skipped": "2.5.1 sent nothing"}
            continue
        results[dotted] = {"kwargs": kwargs, "requests": list(captured)}
        optional = [
            p["name"]
            for p in method["params"]
            if p["in"] not in ("option", "path") and p["default"] is not None
        ]
        if optional:
            with_none = {**kwargs, **dict.fromkeys(optional)}
            captured.clear()
            _call(target, with_none)
            if captured:
                results[dotted]["none"] = {"kwargs": with_none, "requests": list(captured)}
    return results


def _call(target: Any, kwargs: dict[str, Any]) -> None:
    try:
        result = target(**encode(kwargs, decode=True))
        if hasattr(result, "__next__"):
            next(result, None)
    except Exception:
        pass  # the mock's {} does not parse (or 2.5.1 refused None): nothing captured then


def main() -> None:
    from importlib.metadata import version

    data = {"sdk": f"mistralai=={version('mistralai')}", "methods": sweep()}
    OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    done = sum(1 for v in data["methods"].values() if "requests" in v)
    print(f"wrote {OUT}: {done} of {len(data['methods'])} methods recorded")


if __name__ == "__main__":
    main()
