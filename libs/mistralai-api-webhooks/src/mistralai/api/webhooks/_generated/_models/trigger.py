# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-webhooks distribution used by the same operations (Trigger, TriggerAction...)."""

from typing import Literal, TypeAlias

from mistralai.api.webhooks._generated._models.webhook import Webhook
from mistralai.core.runtime import BaseModel

__all__ = [
    "Trigger",
    "TriggerAction",
    "TriggerActionType",
    "TriggerHandler",
    "TriggerOwnerType",
]

TriggerOwnerType: TypeAlias = Literal["workspace", "user"] | str

TriggerHandler: TypeAlias = Literal["workflows", "agents", "spaces"] | str

TriggerActionType: TypeAlias = (
    Literal["start_workflow", "build_app", "deploy_app", "start_agent_session"] | str
)


class TriggerAction(BaseModel):
    __mistral_keep__ = frozenset()
    primitive_id: str
    type: TriggerActionType | str


class Trigger(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    creator_id: str
    workspace_id: str
    organization_id: str
    customer_id: str
    owner_type: TriggerOwnerType | str
    event_source: Webhook
    handler: TriggerHandler | str
    action: TriggerAction
    filters: str | None
    title: str
