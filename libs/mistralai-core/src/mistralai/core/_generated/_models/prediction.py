# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (Prediction...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "Prediction",
    "ReasoningEffort",
    "ToolChoiceEnum",
]


class Prediction(ConstFieldsModel):
    """Enable users to specify an expected completion, optimizing response times by leveraging known or predictable content."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "content"}
    __mistral_keep__ = frozenset({"type", "content"})
    type: Literal["content"] = "content"
    content: str = ""


ReasoningEffort: TypeAlias = Literal["none", "minimal", "low", "medium", "high", "xhigh"] | str

ToolChoiceEnum: TypeAlias = Literal["auto", "none", "any", "required"] | str
