# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (ServiceAccount...)."""

from datetime import datetime

from mistralai.core.runtime import BaseModel

__all__ = [
    "ServiceAccount",
]


class ServiceAccount(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    customer_id: str
    organization_id: str
    workspace_id: str
    description: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
