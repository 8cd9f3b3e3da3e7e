# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (ToolCallConfirmation...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "Confirmation",
    "ToolCallConfirmation",
]

Confirmation: TypeAlias = Literal["allow", "deny"] | str


class ToolCallConfirmation(BaseModel):
    __mistral_keep__ = frozenset()
    tool_call_id: str
    confirmation: Confirmation
