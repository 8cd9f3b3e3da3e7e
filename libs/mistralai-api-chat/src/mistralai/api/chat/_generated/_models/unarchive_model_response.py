# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (UnarchiveModelResponse...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "UnarchiveModelResponse",
]


class UnarchiveModelResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "model"}
    __mistral_keep__ = frozenset({"object", "archived"})
    id: str
    object: Literal["model"] = "model"
    archived: bool = False
