# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution used by the same operations (DeleteBatchJobResponse...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "DeleteBatchJobResponse",
]


class DeleteBatchJobResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "batch"}
    __mistral_keep__ = frozenset({"object", "deleted"})
    id: str
    object: Literal["batch"] = "batch"
    deleted: bool = True
