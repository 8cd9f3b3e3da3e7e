# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (ToolFileChunk...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.core.models import BuiltInConnectors
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "ToolFileChunk",
]


class ToolFileChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "tool_file"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["tool_file"] = "tool_file"
    tool: BuiltInConnectors | str
    file_id: str
    file_name: str | None = None
    file_type: str | None = None
