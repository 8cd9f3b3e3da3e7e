# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (VibeWorkByTimeStat, VibeWorkByTimeStatsOUT...)."""

from datetime import datetime

from mistralai.core.runtime import BaseModel

__all__ = [
    "VibeWorkByTimeStat",
    "VibeWorkByTimeStatsOUT",
]


class VibeWorkByTimeStat(BaseModel):
    __mistral_keep__ = frozenset()
    messages_count: int
    files_count: int
    images_count: int
    spreadsheets_count: int
    unique_conversations_count: int
    time_bucket: datetime | None
    unique_users_count: int
    messages_to_agents_count: int
    unique_agents_count: int


class VibeWorkByTimeStatsOUT(BaseModel):
    __mistral_keep__ = frozenset()
    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    data: list[VibeWorkByTimeStat]
