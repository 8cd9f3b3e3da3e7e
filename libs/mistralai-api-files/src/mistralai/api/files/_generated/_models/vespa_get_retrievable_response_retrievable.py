# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (VespaGetRetrievableResponseRetrievable...)."""

from typing import Any

from pydantic import Field

from mistralai.core.runtime import BaseModel

__all__ = [
    "VespaGetRetrievableResponseRetrievable",
]


class VespaGetRetrievableResponseRetrievable(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    fields_: dict[str, Any] = Field(validation_alias="fields", serialization_alias="fields")
