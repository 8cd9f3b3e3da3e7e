"""Narrowing helpers for the open unions of the generated models.

A field typed ``A | B | UnknownVariant`` (a discriminated union the server may extend) or a
method answering one of several job types needs narrowing before its members' attributes
type-check. ``narrow(value, A)`` gives the value as ``A`` or raises a ``TypeError`` naming
what it is; ``is_unknown(value)`` tells a variant this SDK version does not know.
"""

from __future__ import annotations

from typing import Any, TypeGuard, TypeVar

from mistralai.core._model import UnknownVariant

T = TypeVar("T")

__all__ = ["is_unknown", "narrow"]


def narrow(value: object, kind: type[T] | tuple[type[T], ...]) -> T:
    """``value`` as ``kind`` (a member of the union it comes from); a ``TypeError`` otherwise,
    naming the type found (and the tag of an unknown variant)."""
    if isinstance(value, kind):
        return value
    names = kind.__name__ if isinstance(kind, type) else " | ".join(k.__name__ for k in kind)
    found = type(value).__name__
    if isinstance(value, UnknownVariant):
        extra: dict[str, Any] = value.model_extra or {}
        found += f" {dict(list(extra.items())[:3])!r}"
    raise TypeError(f"expected {names}, got {found}")


def is_unknown(value: object) -> TypeGuard[UnknownVariant]:
    """Whether ``value`` is a union member this SDK version does not know (its fields kept)."""
    return isinstance(value, UnknownVariant)
