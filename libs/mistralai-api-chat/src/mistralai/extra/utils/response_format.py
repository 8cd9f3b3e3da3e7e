"""2.x ``mistralai.extra.utils.response_format``: a pydantic class as a strict JSON-schema
``response_format``.

Unlike ``mistralai.api.chat.structured.response_format_from_pydantic_model`` (which returns a
``ResponseFormat`` model, what ``chat.parse`` sends), this returns a plain ``dict``, as 2.x does,
so that code passing it on (or mutating it, or comparing it with a dict) keeps working.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

import pydantic

from mistralai.core.models import ResponseFormatTypedDict

__all__ = ["CustomPydanticModel", "pydantic_model_from_json", "response_format_from_pydantic_model"]

CustomPydanticModel = TypeVar("CustomPydanticModel", bound=pydantic.BaseModel)


def _strict(node: Any) -> Any:  # JSON in, the same JSON out
    # 2.x closes every node whose "type" is "object" (with or without "properties"), in place.
    if isinstance(node, dict):
        mapping = cast(dict[str, Any], node)
        if mapping.get("type") == "object":
            mapping["additionalProperties"] = False
        for key, value in mapping.items():
            mapping[key] = _strict(value)
    elif isinstance(node, list):
        items = cast(list[Any], node)
        for index, value in enumerate(items):
            items[index] = _strict(value)
    elif not (isinstance(node, str | bool | int | float) or node is None):
        raise ValueError(f"Unexpected type: {node}")
    return cast(Any, node)


def response_format_from_pydantic_model(
    model: type[CustomPydanticModel],
) -> ResponseFormatTypedDict:
    """``{"type": "json_schema", "json_schema": {"name", "schema", "strict": True}}`` for
    ``model``, every object of the schema closed (``additionalProperties: false``)."""
    schema: dict[str, Any] = _strict(model.model_json_schema())
    return cast(
        ResponseFormatTypedDict,
        {
            "type": "json_schema",
            "json_schema": {"name": model.__name__, "schema": schema, "strict": True},
        },
    )


def pydantic_model_from_json(
    json_data: dict[str, Any], pydantic_model: type[CustomPydanticModel]
) -> CustomPydanticModel:
    """``json_data`` (already decoded) validated as ``pydantic_model``."""
    return pydantic_model.model_validate(json_data)
