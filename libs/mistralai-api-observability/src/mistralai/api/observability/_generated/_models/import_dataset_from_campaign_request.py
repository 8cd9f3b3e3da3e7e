# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ImportDatasetFromCampaignRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ImportDatasetFromCampaignRequest",
]


class ImportDatasetFromCampaignRequest(BaseModel):
    __mistral_keep__ = frozenset()
    campaign_id: str
