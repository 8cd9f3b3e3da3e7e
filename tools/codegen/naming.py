"""Name conventions of the generator: class names, field names, method names."""

from __future__ import annotations

import keyword
import re

# Attributes of pydantic.BaseModel (and our base) that a field must not shadow.
_BASEMODEL_ATTRS = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "from_orm",
        "fields",
        "model_config",
        "model_fields",
        "model_computed_fields",
        "model_extra",
        "model_fields_set",
        "register",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
    }
)
_BUILTIN_SHADOW = frozenset(
    {
        "self",
        "cls",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "list",
        "dict",
        "datetime",
        "Any",
        "Literal",
        "Field",
        "Tag",
        "File",
        "Annotated",
        "Sequence",
        "Mapping",
    }
)
_ACRONYMS = {"api": "API"}


def words(text: str) -> list[str]:
    """Split a wire name, title or operation id into lowercase-insensitive words."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", text)
    return [w for w in re.split(r"[^A-Za-z0-9]+", text) if w]


def pascal(text: str) -> str:
    """``finish_reason`` -> ``FinishReason``; keeps existing inner capitals (``ImageURL``)."""
    out: list[str] = []
    for part in re.split(r"[^A-Za-z0-9]+", text):
        if not part:
            continue
        low = part.lower()
        if low in _ACRONYMS:
            out.append(_ACRONYMS[low])
        else:
            out.append(part[0].upper() + part[1:])
    name = "".join(out)
    if name and name[0].isdigit():
        name = "N" + name
    return name


def snake(text: str) -> str:
    """``pageSize`` -> ``page_size``; ``sort.direction`` -> ``sort_direction``."""
    parts = words(text)
    name = "_".join(p.lower() for p in parts)
    if not name:
        name = "value"
    if name[0].isdigit():
        name = "n_" + name
    return name


def field_name(wire: str) -> str:
    """A safe Python attribute name for a wire property name."""
    if wire.isidentifier() and wire == wire.lower() and not wire.startswith("_"):
        name = wire
    elif re.fullmatch(r"[a-z][a-z0-9_]*", wire.lstrip("_")):
        name = wire.lstrip("_")
    else:
        name = snake(wire)
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _BASEMODEL_ATTRS:
        name += "_"
    if name in _BUILTIN_SHADOW:
        name += "_"
    return name


def param_name(wire: str) -> str:
    name = field_name(wire)
    if name in {"retries", "server_url", "timeout_ms", "http_headers"}:
        name += "_"
    return name


def singular(word: str) -> str:
    """Rough singular of a field name, used to name an array's item type."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def const_name(text: str) -> str:
    return "_" + "_".join(w.upper() for w in words(text))
