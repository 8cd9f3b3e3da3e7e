"""Sentinels and small type aliases shared by the client and generated code."""

from __future__ import annotations

from typing import Final, TypeAlias, TypeVar, final

T = TypeVar("T")


@final
class Unset:
    """Marks an argument the caller did not give: it is left out of the request.

    ``None`` means JSON ``null`` for fields the API declares nullable; ``UNSET`` means
    "do not send this field at all".
    """

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()

# Compatible with the 2.x names: ``OptionalNullable[int]`` is int, None or UNSET.
OptionalNullable: TypeAlias = T | Unset | None
