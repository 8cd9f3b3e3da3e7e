# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (APIKeyExtendedOUT, APIKeysExtendedOUT...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Literal, TypeAlias

from mistralai.api.admin._generated._models.api_key_actions import APIKeyActions
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "APIKeyExtendedOUT",
    "APIKeyProduct",
    "APIKeysExtendedOUT",
]

APIKeyProduct: TypeAlias = Literal["API", "Mistral Code", "Vibe"] | str


class APIKeyExtendedOUT(BaseModel):
    __mistral_keep__ = frozenset()
    key_id: str
    """API key ID."""
    key: str | None
    """Plaintext API key value. Only returned at creation time."""
    name: str | None
    """Name of the API key."""
    hidden_key: str
    """Masked API key value for display."""
    created_at: datetime | None
    """Time when the API key was created."""
    expiration_date: str | None
    """Date when the API key expires."""
    actions: APIKeyActions
    """Per-action availability for this API key (e.g. whether it can be rotated or deleted)."""
    workspace_id: str | None
    """Workspace ID for the API key."""
    workspace_name: str | None
    """Name of the Workspace for the API key."""
    created_by: str | None
    """User or API key that created this API key."""
    product: APIKeyProduct | None
    """Product the API key belongs to."""
    last_used: str | None
    """Date when the API key was last used."""
    can_delete: bool | None
    """Whether you can delete this API key."""


class APIKeysExtendedOUT(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[APIKeyExtendedOUT]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[APIKeyExtendedOUT]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[APIKeyExtendedOUT]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    keys: list[APIKeyExtendedOUT]
    """API keys for the Organization."""
