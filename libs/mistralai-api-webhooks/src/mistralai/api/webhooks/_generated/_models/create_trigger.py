# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-webhooks distribution used by the same operations (CreateTrigger, CreateTriggerAction...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateTrigger",
    "CreateTriggerAction",
    "CreateTriggerActionType",
    "CreateTriggerHandler",
    "CreateTriggerOwnerType",
]

CreateTriggerHandler: TypeAlias = Literal["workflows", "agents", "spaces"] | str

CreateTriggerOwnerType: TypeAlias = Literal["workspace", "user"] | str

CreateTriggerActionType: TypeAlias = (
    Literal["start_workflow", "build_app", "deploy_app", "start_agent_session"] | str
)


class CreateTriggerAction(BaseModel):
    __mistral_keep__ = frozenset()
    primitive_id: str
    type: CreateTriggerActionType | str


class CreateTrigger(BaseModel):
    __mistral_keep__ = frozenset()
    event_source_id: str
    handler: CreateTriggerHandler | str
    action: CreateTriggerAction
    owner_type: CreateTriggerOwnerType | str
    title: str
    filters: str | None = None
