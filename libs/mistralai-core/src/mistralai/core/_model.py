"""The pydantic base model every generated model derives from, and open-union support.

Forward compatibility rules: fields the server adds are kept (``extra="allow"``), enum values
the spec does not list are accepted as plain strings (generated as ``Literal[...] | str``), and
a discriminated union accepts a variant it does not know as :class:`UnknownVariant`.
Validators are built on first use (``defer_build``) so importing ~800 models stays cheap.
"""

# No ``from __future__ import annotations``: pydantic evaluates the annotations of every base
# class again for each model built, and ~1,000 models derive from these.

import inspect
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import Any, ClassVar, cast

import pydantic
from pydantic import ConfigDict, Discriminator

UNKNOWN_TAG = "__unknown__"

_FIELD_KEYS: dict[type, tuple[tuple[str, str], ...]] = {}


def _field_keys(cls: type[pydantic.BaseModel]) -> tuple[tuple[str, str], ...]:
    """``(python name, wire name)`` of each field, computed once per class."""
    keys = _FIELD_KEYS.get(cls)
    if keys is None:
        keys = tuple(
            (name, info.serialization_alias or info.alias or name)
            for name, info in cls.model_fields.items()
        )
        _FIELD_KEYS[cls] = keys
    return keys


_DROP_NONE_KEYS: dict[type, tuple[tuple[str, str], ...]] = {}


def _drop_none_keys(cls: "type[BaseModel]") -> tuple[tuple[str, str], ...]:
    """``(python name, wire name)`` of the fields in ``__mistral_drop_none__`` (with a keep
    set: generated models), computed once per class."""
    keys = _DROP_NONE_KEYS.get(cls)
    if keys is None:
        drop: frozenset[str] = frozenset()
        if cls.__mistral_keep__ is not None:
            drop = cls.__mistral_drop_none__
        keys = tuple((name, wire) for name, wire in _field_keys(cls) if wire in drop)
        _DROP_NONE_KEYS[cls] = keys
    return keys


def _dump_like_2x(
    self: "BaseModel",
    handler: pydantic.SerializerFunctionWrapHandler,
    info: pydantic.SerializationInfo,
) -> Any:
    """The model serializer of :class:`BaseModel`: pydantic's dump, then the 2.x rules."""
    data = handler(self)
    cls = type(self)
    if not isinstance(data, dict):
        return data  # pyright: ignore[reportUnknownVariableType]
    out = cast("dict[str, Any]", data)
    if info.exclude_unset:
        # Request bodies: every field out here was set, so of the 2.x rules only "no None
        # for a non-nullable field" can apply; visit those fields alone (per request, not
        # per field of every model in it).
        for name, wire in _drop_none_keys(cls):
            key = wire if wire in out else name if name in out else None
            if key is not None and out[key] is None:
                del out[key]
        # A constant filled from its default would be dropped with the unset fields: add
        # it back.
        for key, value in cls.__mistral_consts__.items():
            out.setdefault(key, value)
        return out
    keep = cls.__mistral_keep__
    if keep is not None:
        fields_set = self.__pydantic_fields_set__
        for name, wire in _field_keys(cls):
            key = wire if wire in out else name if name in out else None
            if key is None:
                continue
            if (name not in fields_set and wire not in keep) or (
                out[key] is None and wire in cls.__mistral_drop_none__
            ):
                del out[key]
    return out


# pydantic inspects a model serializer's signature for every model whose schema it builds
# (``inspect.signature``: about 25 µs, twice per model); stated once here, it is read as is.
_dump_like_2x.__dict__["__signature__"] = inspect.signature(_dump_like_2x)


class BaseModel(pydantic.BaseModel):
    """Base of all API models: unknown fields kept, populated by field name or wire alias.

    Dumps follow the official 2.x SDK, so code that compares or stores ``model_dump()``
    output keeps working: a field the response left out is not dumped (reading it still gives
    its default, usually ``None``), except the fields listed in ``__mistral_keep__`` (values
    2.x fills in from a default, such as constants); an optional field that cannot be null
    is not dumped when it is ``None``. Generated models declare both sets; a model that
    declares none (``__mistral_keep__ is None``, hand-written ones) dumps every field.
    Request bodies are unaffected: they are dumped with ``exclude_unset`` anyway.
    """

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

    __mistral_keep__: ClassVar[frozenset[str] | None] = None
    """Wire names dumped even when unset (``None``: dump every field, pydantic's default)."""
    __mistral_drop_none__: ClassVar[frozenset[str]] = frozenset()
    """Wire names of optional, non-nullable fields: not dumped when ``None``."""
    __mistral_consts__: ClassVar[Mapping[str, object]] = {}
    """Constant fields (wire name: value), sent even when filled from their default."""

    _dump_like_2x = pydantic.model_serializer(mode="wrap")(_dump_like_2x)


class UnknownVariant(BaseModel):
    """A union member this SDK version does not know; every field the server sent is kept."""


def open_tag(prop: str, known: frozenset[str], value: Any) -> str:
    """The tag of an open union's ``value``: its ``prop`` if known, else :data:`UNKNOWN_TAG`.

    Called for every union value read: a plain dict (JSON input) is tested first, the
    ``Mapping`` ABC check costs several times the lookup."""
    tag: object
    if type(value) is dict or isinstance(value, Mapping):
        tag = value.get(prop)  # pyright: ignore[reportUnknownMemberType,reportUnknownVariableType]
    else:
        tag = getattr(value, prop, None)
    return tag if isinstance(tag, str) and tag in known else UNKNOWN_TAG


def open_discriminator(prop: str, known: frozenset[str]) -> Discriminator:
    """A discriminator that sends values outside ``known`` to :class:`UnknownVariant`.

    Used by generated unions as ``Annotated[A | B | UnknownVariant, open_discriminator(...)]``
    with each member tagged by ``Tag(value)`` and the unknown member by ``Tag(UNKNOWN_TAG)``.
    A ``partial`` of :func:`open_tag`: the code generator reads ``prop`` and ``known`` back
    from it (``tools/codegen/emit_wire.py``).
    """
    return Discriminator(open_pick(prop, known))


def is_none(value: object) -> bool:
    """Whether a value is ``None`` (the ``serialization_exclude_if`` of the optional fields
    that cannot be null, in the request schemas of :mod:`mistralai.core._wire`)."""
    return value is None


def open_pick(prop: str, known: Iterable[str]) -> Callable[[Any], str]:
    """The function :func:`open_discriminator` gives pydantic (``open_tag`` with its
    arguments; pydantic-core names a discriminator function in its errors)."""
    pick = partial(open_tag, prop, frozenset(known))
    pick.__name__ = "open_tag"  # pyright: ignore[reportAttributeAccessIssue]
    return pick


class ConstFieldsModel(BaseModel):
    """Base for models with constant fields (``role``, ``type``) that must always be sent.

    Request bodies are dumped with ``exclude_unset`` so that omitted arguments stay omitted; a
    constant field filled from its default would then be dropped, so :class:`BaseModel`'s
    serializer adds the ``__mistral_consts__`` back. Only dumping pays for this: validation
    (the response path) is untouched.
    """


def empty_as_absent(*wire_names: str) -> Any:
    """A model validator (class body: ``absent_if_empty = empty_as_absent("field")``) reading
    an empty object ``{}`` in the given fields as "not sent".

    The API is known to send ``{}`` for some nullable numbers (``usage.prompt_audio_seconds``
    in the spec's own example); 2.x accepted it as unset (its "not given" type is an object
    with no fields) and left it out of dumps, and so do we: reading the field gives ``None``.
    """
    keys = frozenset(wire_names)

    def drop_empty(cls: type[pydantic.BaseModel], data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        fields = cast("dict[str, Any]", data)
        # the few marked names are looked up, not every field of every instance validated
        if any(fields.get(k, None) == {} for k in keys):
            return {k: v for k, v in fields.items() if not (k in keys and v == {})}
        return fields

    return pydantic.model_validator(mode="before")(classmethod(drop_empty))  # pyright: ignore[reportArgumentType,reportUnknownVariableType]
