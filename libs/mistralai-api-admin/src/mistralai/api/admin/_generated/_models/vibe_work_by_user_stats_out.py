# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (VibeWorkByUserStat, VibeWorkByUserStatsOUT...)."""

from datetime import datetime

from mistralai.core.runtime import BaseModel

__all__ = [
    "VibeWorkByUserStat",
    "VibeWorkByUserStatsOUT",
]


class VibeWorkByUserStat(BaseModel):
    __mistral_keep__ = frozenset()
    messages_count: int
    files_count: int
    images_count: int
    spreadsheets_count: int
    unique_conversations_count: int
    user_id: str
    last_message_at: datetime
    unique_agents_count: int
    messages_to_agents_count: int


class VibeWorkByUserStatsOUT(BaseModel):
    __mistral_keep__ = frozenset()
    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    data: list[VibeWorkByUserStat]
