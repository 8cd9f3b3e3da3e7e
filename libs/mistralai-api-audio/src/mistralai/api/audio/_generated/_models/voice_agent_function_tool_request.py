# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (FunctionRequest, VoiceAgentFunctionToolRequest...)."""

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from mistralai.api.audio._generated._models.static_tool_filler import StaticToolFiller
from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "FunctionRequest",
    "VoiceAgentFunctionToolRequest",
]


class FunctionRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    parameters: dict[str, Any]
    description: str | None = ""
    strict: bool | None = False


class VoiceAgentFunctionToolRequest(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    function: FunctionRequest
    type: Literal["function"] = "function"
    filler: StaticToolFiller | None = None
    timeout_ms: int | None = None
