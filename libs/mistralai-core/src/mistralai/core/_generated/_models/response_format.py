# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (JsonSchema, ResponseFormat...)."""

from typing import Any, Literal, TypeAlias

from pydantic import Field

from mistralai.core.runtime import BaseModel

__all__ = [
    "JSONSchema",
    "JsonSchema",
    "ResponseFormat",
    "ResponseFormats",
]


class JSONSchema(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    description: str | None = None
    schema_definition: dict[str, Any] = Field(
        validation_alias="schema", serialization_alias="schema"
    )
    strict: bool = False


ResponseFormats: TypeAlias = Literal["text", "json_object", "json_schema"] | str


class ResponseFormat(BaseModel):
    """Specify the format that the model must output. By default it will use `{ "type": "text" }`. Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is in JSON. When using JSON mode you MUST also instruct the model to produce JSON yourself with a system or a user message. Setting to `{ "type": "json_schema" }` enables JSON schema mode, which guarantees the message the model generates is in JSON and follows the schema you provide."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"type"})
    type: ResponseFormats | None = None
    json_schema: JSONSchema | None = None


# names of the official 2.x SDK for the same schemas
JsonSchema = JSONSchema
