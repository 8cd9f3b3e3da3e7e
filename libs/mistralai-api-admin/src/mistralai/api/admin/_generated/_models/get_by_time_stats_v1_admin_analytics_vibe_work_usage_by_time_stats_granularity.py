# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularity",
]

GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularity: TypeAlias = (
    Literal["hour", "day", "week", "month"] | str
)
