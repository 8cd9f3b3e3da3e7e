# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (ManagedIndexResponse...)."""

from datetime import datetime
from typing import Literal, TypeAlias

from pydantic import Field

from mistralai.api.context._generated._models.managed_index_config import ManagedIndexConfig
from mistralai.api.context._generated._models.managed_index_fields import ManagedIndexFields
from mistralai.core.runtime import BaseModel

__all__ = [
    "ManagedIndexResponse",
    "ManagedIndexResponseStatus",
]

ManagedIndexResponseStatus: TypeAlias = Literal["provisioning", "ready", "failed", "deleting"] | str


class ManagedIndexResponse(BaseModel):
    """Wire representation of a managed index (decoupled from the domain model)."""

    __mistral_keep__ = frozenset()
    id: str
    name: str
    creator_id: str
    status: ManagedIndexResponseStatus | str
    schema_: ManagedIndexFields = Field(validation_alias="schema", serialization_alias="schema")
    config: ManagedIndexConfig
    status_message: str | None = None
    created_at: datetime | None = None
    modified_at: datetime | None = None
