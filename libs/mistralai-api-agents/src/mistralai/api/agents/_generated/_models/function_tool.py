# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (FunctionTool...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.core.models import Function
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "FunctionTool",
]


class FunctionTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["function"] = "function"
    function: Function
