# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (CreateManagedIndexRequest...)."""

from pydantic import Field

from mistralai.api.context._generated._models.managed_index_config import ManagedIndexConfig
from mistralai.api.context._generated._models.managed_index_fields import ManagedIndexFields
from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateManagedIndexRequest",
]


class CreateManagedIndexRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    config: ManagedIndexConfig
    schema_: ManagedIndexFields | None = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )
