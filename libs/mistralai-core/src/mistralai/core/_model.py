"""The pydantic base model every generated model derives from, and open-union support.

Forward compatibility rules: fields the server adds are kept (``extra="allow"``), enum values
the spec does not list are accepted as plain strings (generated as ``Literal[...] | str``), and
a discriminated union accepts a variant it does not know as :class:`UnknownVariant`.
Validators are built on first use (``defer_build``) so importing ~800 models stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import pydantic
from pydantic import ConfigDict, Discriminator

UNKNOWN_TAG = "__unknown__"


class BaseModel(pydantic.BaseModel):
    """Base of all API models: unknown fields kept, populated by field name or wire alias."""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        defer_build=True,
        protected_namespaces=(),
        use_enum_values=True,
        arbitrary_types_allowed=True,
    )


class UnknownVariant(BaseModel):
    """A union member this SDK version does not know; every field the server sent is kept."""


def open_discriminator(prop: str, known: frozenset[str]) -> Discriminator:
    """A discriminator that sends values outside ``known`` to :class:`UnknownVariant`.

    Used by generated unions as ``Annotated[A | B | UnknownVariant, open_discriminator(...)]``
    with each member tagged by ``Tag(value)`` and the unknown member by ``Tag(UNKNOWN_TAG)``.
    """

    def pick(value: Any) -> str:
        if isinstance(value, Mapping):
            tag: object = value.get(prop)  # pyright: ignore[reportUnknownMemberType,reportUnknownVariableType]
        else:
            tag = getattr(value, prop, None)
        return tag if isinstance(tag, str) and tag in known else UNKNOWN_TAG

    fn: Callable[[Any], str] = pick
    return Discriminator(fn)


class ConstFieldsModel(BaseModel):
    """Base for models with constant fields (``role``, ``type``) that must always be sent.

    Request bodies are dumped with ``exclude_unset`` so that omitted arguments stay omitted; a
    constant field filled from its default would then be dropped, so it is added back here.
    Only dumping pays for this: validation (the response path) is untouched.
    """

    __mistral_consts__: ClassVar[Mapping[str, object]] = {}

    @pydantic.model_serializer(mode="wrap")
    def _keep_consts(
        self, handler: pydantic.SerializerFunctionWrapHandler, info: pydantic.SerializationInfo
    ) -> Any:
        data = handler(self)
        if info.exclude_unset and isinstance(data, dict):
            for key, value in type(self).__mistral_consts__.items():
                data.setdefault(key, value)  # pyright: ignore[reportUnknownMemberType]
        return data  # pyright: ignore[reportUnknownVariableType]
