# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (UpdateManagedIndexRequest...)."""

from pydantic import Field

from mistralai.api.context._generated._models.managed_index_fields import ManagedIndexFields
from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateManagedIndexRequest",
]


class UpdateManagedIndexRequest(BaseModel):
    """The schema an index should have. Sent whole, not as a patch. No ``config``: the embedding configuration is fixed at creation, so there is nothing for a caller to send back."""

    __mistral_keep__ = frozenset()
    schema_: ManagedIndexFields = Field(validation_alias="schema", serialization_alias="schema")
