# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (VoiceAgentFunctionTool...)."""

from typing import Literal

from mistralai.api.audio._generated._models.static_tool_filler import StaticToolFiller
from mistralai.core.models import Function
from mistralai.core.runtime import BaseModel

__all__ = [
    "VoiceAgentFunctionTool",
]


class VoiceAgentFunctionTool(BaseModel):
    __mistral_keep__ = frozenset()
    function: Function
    type: Literal["function"] | None = "function"
    filler: StaticToolFiller | None = None
    timeout_ms: int | None = None
