# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (FunctionName, ToolChoice...)."""

from typing import Literal, TypeAlias

from mistralai.core._generated._models.tool_types import ToolTypes
from mistralai.core.runtime import BaseModel

__all__ = [
    "FunctionName",
    "MistralPromptMode",
    "RequestedServiceTier",
    "ToolChoice",
]


class FunctionName(BaseModel):
    """this restriction of `Function` is used to select a specific function to call"""

    __mistral_keep__ = frozenset()
    name: str


MistralPromptMode: TypeAlias = Literal["reasoning"]
"""Available options to the prompt_mode argument on the chat completion endpoint. Values represent high-level intent. Assignment to actual SPs is handled internally. System prompt may include knowledge cutoff date, model capabilities, tone to use, safety guidelines, etc."""


class ToolChoice(BaseModel):
    """ToolChoice is either a ToolChoiceEnum or a ToolChoice"""

    __mistral_keep__ = frozenset({"type"})
    type: ToolTypes = "function"
    function: FunctionName


RequestedServiceTier: TypeAlias = Literal["auto", "standard_only"] | str
