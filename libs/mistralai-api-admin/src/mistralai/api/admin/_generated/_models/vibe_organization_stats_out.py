# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (VibeNextEditActiveUsersStat, VibeNextEditModifiedLOCStat, VibeNextEditSuggestionStat...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "VibeNextEditActiveUsersStat",
    "VibeNextEditModifiedLOCStat",
    "VibeNextEditSuggestionStat",
    "VibeOrganizationStatsOUT",
]


class VibeNextEditActiveUsersStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    nb_active_users: int


class VibeNextEditModifiedLOCStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    lines_inserted: int
    lines_deleted: int
    lines_unchanged: int
    lines_total: int


class VibeNextEditSuggestionStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    total_suggestions: int
    outcome_accepted: int
    outcome_rejected: int
    outcome_timeout: int
    outcome_aborted: int
    outcome_dismissed: int
    force_generated_true: int
    force_generated_false: int
    surface_widget: int
    surface_ghost_text: int


class VibeOrganizationStatsOUT(BaseModel):
    __mistral_keep__ = frozenset()
    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    next_edit_suggestions: list[VibeNextEditSuggestionStat]
    next_edit_active_users: list[VibeNextEditActiveUsersStat]
    next_edit_modified_loc: list[VibeNextEditModifiedLOCStat]
