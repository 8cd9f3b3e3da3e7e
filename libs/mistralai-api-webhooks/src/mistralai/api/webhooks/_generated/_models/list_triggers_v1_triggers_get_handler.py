# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-webhooks distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "ListTriggersV1TriggersGetHandler",
]

ListTriggersV1TriggersGetHandler: TypeAlias = Literal["workflows", "agents", "spaces"] | str
