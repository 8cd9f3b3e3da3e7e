# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (APIKeyActions, ActionAvailable, ActionUnavailable_DeleteUnavailableReason_...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "APIKeyActions",
    "APIKeyActionsDelete",
    "APIKeyActionsRotate",
    "ActionAvailable",
    "ActionUnavailable_DeleteUnavailableReason_",
    "ActionUnavailable_RotateUnavailableReason_",
    "DeleteUnavailableReason",
    "RotateUnavailableReason",
]


class ActionAvailable(ConstFieldsModel):
    """The viewer may perform the action on the resource."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "available"}
    __mistral_keep__ = frozenset({"status"})
    status: Literal["available"] = "available"


RotateUnavailableReason: TypeAlias = (
    Literal["unsupported_scope", "key_expired", "not_allowed"] | str
)
"""Machine-readable reason why an API key cannot be rotated. This is the single field shared across services to describe rotation eligibility. An absent reason (None) means the key can be rotated; any value means it cannot, and identifies why so consumers (e.g. the dashboard rotate button) can show an ..."""


class ActionUnavailable_RotateUnavailableReason_(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "unavailable"}
    __mistral_keep__ = frozenset({"status"})
    status: Literal["unavailable"] = "unavailable"
    reason: RotateUnavailableReason | None = None


APIKeyActionsRotate: TypeAlias = Annotated[
    Annotated[ActionAvailable, Tag("available")]
    | Annotated[ActionUnavailable_RotateUnavailableReason_, Tag("unavailable")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("status", frozenset({"available", "unavailable"})),
]

DeleteUnavailableReason: TypeAlias = Literal["not_allowed"]
"""Machine-readable reason why an API key cannot be deleted. Deletion eligibility currently turns on a single request-scoped permission: whether the acting user may delete (archive) the key. The reason is therefore determined where the acting user is known (e.g. the dashboard), not from the key's ..."""


class ActionUnavailable_DeleteUnavailableReason_(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "unavailable"}
    __mistral_keep__ = frozenset({"status"})
    status: Literal["unavailable"] = "unavailable"
    reason: DeleteUnavailableReason | None = None


APIKeyActionsDelete: TypeAlias = Annotated[
    Annotated[ActionAvailable, Tag("available")]
    | Annotated[ActionUnavailable_DeleteUnavailableReason_, Tag("unavailable")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("status", frozenset({"available", "unavailable"})),
]


class APIKeyActions(BaseModel):
    """Per-action availability for an API key, keyed by action name. This is the generic, reusable shape for surfacing what a viewer may do with a resource on get/list endpoints: each action maps to a value that is either available or unavailable with an optional reason code. Add fields here as more actions are exposed. Every action is opt-in: fields default to ``None`` (the action is absent), and an absent action means "unavailable, with no specified reason". An action is only available when a producer explicitly sets it to ``ActionAvailable``. This keeps permissions opt-in rather than opt-out, so forgetting to populate an action can never accidentally expose it."""

    __mistral_keep__ = frozenset()
    rotate: APIKeyActionsRotate | None = None
    delete: APIKeyActionsDelete | None = None
