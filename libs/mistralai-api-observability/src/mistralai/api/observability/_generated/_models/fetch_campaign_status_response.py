# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (FetchCampaignStatusResponse...)."""

from mistralai.api.observability._generated._models.base_task_status import BaseTaskStatus
from mistralai.core.runtime import BaseModel

__all__ = [
    "FetchCampaignStatusResponse",
]


class FetchCampaignStatusResponse(BaseModel):
    __mistral_keep__ = frozenset()
    status: BaseTaskStatus
