# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (VibeActiveUsersStat, VibeConsumedTokensStat, VibeSessionDurationStat...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "VibeActiveUsersStat",
    "VibeConsumedTokensStat",
    "VibeSessionDurationStat",
    "VibeSessionStat",
    "VibeToolCallsByNameStat",
    "VibeToolCallsStat",
    "VibeUserPromptsStat",
    "VibeWorkspaceStatsOUT",
]


class VibeActiveUsersStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    nb_active_users_total: int
    nb_active_users_cli: int
    nb_active_users_acp: int
    nb_active_users_programmatic: int


class VibeConsumedTokensStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    model: str
    cached_tokens: int
    input_tokens: int
    output_tokens: int


class VibeSessionDurationStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    total_duration_hours: float


class VibeSessionStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    nb_sessions: int
    nb_sessions_cli: int
    nb_sessions_acp: int
    nb_sessions_programmatic: int


class VibeToolCallsByNameStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    tool_name: str
    count: int


class VibeToolCallsStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    total: int
    status_success: int
    status_failure: int
    status_skipped: int
    approval_ask: int
    approval_always: int
    approval_never: int


class VibeUserPromptsStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    nb_prompts_total: int
    nb_prompts_cli: int
    nb_prompts_acp: int
    nb_prompts_programmatic: int


class VibeWorkspaceStatsOUT(BaseModel):
    __mistral_keep__ = frozenset()
    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    sessions: list[VibeSessionStat]
    user_prompts: list[VibeUserPromptsStat]
    active_users: list[VibeActiveUsersStat]
    consumed_tokens: list[VibeConsumedTokensStat]
    tool_calls: list[VibeToolCallsStat]
    tool_calls_by_name: list[VibeToolCallsByNameStat]
    session_durations: list[VibeSessionDurationStat]
