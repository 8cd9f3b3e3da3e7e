# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (Tool...)."""

from collections.abc import Mapping
from typing import ClassVar

from mistralai.core._generated._models.function import Function
from mistralai.core._generated._models.tool_types import ToolTypes
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "Tool",
]


class Tool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    type: ToolTypes = "function"
    function: Function
