# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (CreateCampaignRequest...)."""

from mistralai.api.observability._generated._models.filter_payload import FilterPayload
from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateCampaignRequest",
]


class CreateCampaignRequest(BaseModel):
    __mistral_keep__ = frozenset()
    search_params: FilterPayload
    judge_id: str
    name: str
    description: str
    max_nb_events: int
