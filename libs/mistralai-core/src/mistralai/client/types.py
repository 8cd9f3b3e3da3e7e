"""2.x ``mistralai.client.types``: the base model and the "not given" sentinel."""

from mistralai.core._model import BaseModel
from mistralai.core._types import UNSET, OptionalNullable, Unset

UNSET_SENTINEL = UNSET
Nullable = OptionalNullable

__all__ = ["UNSET", "UNSET_SENTINEL", "BaseModel", "Nullable", "OptionalNullable", "Unset"]
