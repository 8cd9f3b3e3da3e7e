# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (CompletionArgs...)."""

from typing import TypeAlias

from mistralai.core.models import Prediction, ReasoningEffort, ResponseFormat, ToolChoiceEnum
from mistralai.core.runtime import BaseModel

__all__ = [
    "CompletionArgs",
    "CompletionArgsStop",
]

CompletionArgsStop: TypeAlias = str | list[str] | None


class CompletionArgs(BaseModel):
    """White-listed arguments from the completion API"""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"stop", "tool_choice"})
    stop: CompletionArgsStop | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    random_seed: int | None = None
    prediction: Prediction | None = None
    response_format: ResponseFormat | None = None
    tool_choice: ToolChoiceEnum | None = None
    reasoning_effort: ReasoningEffort | None = None
