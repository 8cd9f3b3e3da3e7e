# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-webhooks distribution used by the same operations (TriggerEvent, TriggerEventList...)."""

from datetime import datetime
from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "TriggerEvent",
    "TriggerEventList",
    "TriggerEventStatus",
]

TriggerEventStatus: TypeAlias = (
    Literal["SUBMITTED", "SUBMISSION_FAILED", "TRIGGERED", "TRIGGER_FAILED"] | str
)


class TriggerEvent(BaseModel):
    __mistral_keep__ = frozenset()
    event_id: str
    trigger_id: str
    source_id: str
    status: TriggerEventStatus | str
    received_at: datetime
    submitted_at: datetime | None
    triggered_at: datetime | None
    detail: str | None
    url: str | None


class TriggerEventList(BaseModel):
    __mistral_keep__ = frozenset()
    data: list[TriggerEvent]
