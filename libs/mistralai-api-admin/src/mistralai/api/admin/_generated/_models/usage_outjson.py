# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (BasicModelUsageDataJSON, FineTuningDataJSON, LibrariesAPIUsageDataJSON...)."""

from datetime import datetime
from typing import Any, Literal, TypeAlias

from mistralai.api.admin._generated._models.api_zone import ApiZone
from mistralai.core.runtime import BaseModel

__all__ = [
    "BasicModelUsageDataJSON",
    "FineTuningDataJSON",
    "LagoEventType",
    "LibrariesAPIUsageDataJSON",
    "PriceData",
    "ServiceTier",
    "UsageOUTJSON",
    "VibeCodeUsageDataJSON",
]


class BasicModelUsageDataJSON(BaseModel):
    __mistral_keep__ = frozenset()
    models: dict[str, dict[str, list[dict[str, Any]]]]
    """Usage data grouped by model."""


class FineTuningDataJSON(BaseModel):
    __mistral_keep__ = frozenset()
    training: dict[str, dict[str, list[dict[str, Any]]]]
    """Fine-tuning training usage."""
    storage: dict[str, int]
    """Fine-tuning storage usage."""


LagoEventType: TypeAlias = (
    Literal[
        "api_tokens",
        "api_pages",
        "api_audio_seconds",
        "api_audio_characters",
        "api_connectors",
        "api_libraries_tokens",
        "api_libraries_pages",
        "api_libraries_audio",
        "deployment_tokens",
        "gpu_hour",
        "reserved_instance",
        "vibe_tokens",
        "vibe_connectors",
        "vibe_pages",
        "vibe_audio_seconds",
        "vibe_audio_characters",
    ]
    | str
)


class LibrariesAPIUsageDataJSON(BaseModel):
    __mistral_keep__ = frozenset()
    pages: BasicModelUsageDataJSON
    """Page usage for Libraries API."""
    tokens: BasicModelUsageDataJSON
    """Token usage for Libraries API."""
    audio_seconds: BasicModelUsageDataJSON
    """Audio usage for Libraries API."""


ServiceTier: TypeAlias = Literal["standard", "priority"] | str
"""The service tier a request is resolved to and routed on."""


class PriceData(BaseModel):
    __mistral_keep__ = frozenset()
    event_type: LagoEventType | None
    """Billing event type for the price."""
    billing_metric: str
    """Billing metric this price applies to."""
    billing_group: str
    """Billing metric group this price applies to."""
    api_zone: ApiZone
    """API zone this price applies to."""
    service_tier: ServiceTier
    """Service tier this price applies to."""
    price: float | str
    """Unit price for the billing metric."""


class VibeCodeUsageDataJSON(BaseModel):
    __mistral_keep__ = frozenset()
    completion: BasicModelUsageDataJSON
    """Vibe Code completion (token) usage data."""
    ocr: BasicModelUsageDataJSON
    """Vibe Code OCR usage data."""
    connectors: BasicModelUsageDataJSON
    """Vibe Code connectors usage data."""
    audio: BasicModelUsageDataJSON
    """Vibe Code audio transcription usage data."""
    audio_characters: BasicModelUsageDataJSON
    """Vibe Code text-to-speech usage data."""


class UsageOUTJSON(BaseModel):
    __mistral_keep__ = frozenset()
    completion: BasicModelUsageDataJSON
    """Completion usage data."""
    ocr: BasicModelUsageDataJSON
    """OCR usage data."""
    connectors: BasicModelUsageDataJSON
    """Connector usage data."""
    libraries_api: LibrariesAPIUsageDataJSON
    """Libraries API usage data."""
    fine_tuning: FineTuningDataJSON
    """Fine-tuning usage data."""
    audio: BasicModelUsageDataJSON
    """Audio usage data."""
    audio_characters: BasicModelUsageDataJSON
    """Text-to-speech (audio characters) usage data."""
    vibe_usage: float
    """Legacy Vibe usage field. Always 0; use the Vibe usage API instead."""
    vibe_code: VibeCodeUsageDataJSON
    """Vibe Code usage data, broken down by sub-usage type."""
    chat: BasicModelUsageDataJSON
    """Chat usage data."""
    date: datetime
    """Reference date for the usage period."""
    previous_month: str | None
    """Previous month in the usage report."""
    next_month: str | None
    """Next month in the usage report."""
    start_date: datetime
    """Start of the usage period."""
    end_date: datetime
    """End of the usage period."""
    currency: str | None
    """Currency used for usage prices."""
    currency_symbol: str | None
    """Currency symbol used for usage prices."""
    prices: list[PriceData] | None
    """Prices used to calculate usage amounts."""
