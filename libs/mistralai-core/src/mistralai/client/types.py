"""2.x ``mistralai.client.types``: the base model and the "not given" sentinel."""

from typing import TypeAlias, TypeVar

from mistralai.core._model import BaseModel
from mistralai.core._types import UNSET, OptionalNullable, Unset

T = TypeVar("T")

UNSET_SENTINEL = UNSET
Nullable: TypeAlias = T | None
"""2.x ``Nullable[T]``: the value or ``None`` (unlike ``OptionalNullable``, never ``UNSET``)."""

__all__ = ["UNSET", "UNSET_SENTINEL", "BaseModel", "Nullable", "OptionalNullable", "Unset"]
