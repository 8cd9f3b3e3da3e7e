# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (Campaign...)."""

from datetime import datetime

from mistralai.api.observability._generated._models.filter_payload import FilterPayload
from mistralai.api.observability._generated._models.judge import Judge
from mistralai.core.runtime import BaseModel

__all__ = [
    "Campaign",
]


class Campaign(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    name: str
    owner_id: str
    workspace_id: str
    description: str
    max_nb_events: int
    search_params: FilterPayload
    judge: Judge
