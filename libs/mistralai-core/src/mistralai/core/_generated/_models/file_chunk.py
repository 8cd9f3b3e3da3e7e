# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (FileChunk...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "FileChunk",
]


class FileChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "file"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["file"] = "file"
    file_id: str
