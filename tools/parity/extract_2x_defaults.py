"""Record which fields the official 2.x SDK dumps even when a response leaves them out.

2.x models drop absent optional fields from ``model_dump()`` except those whose default is a
value (``False``, ``"text"``, ``[]``...): those are dumped with the default. The generator
(tools/codegen/emit_models.py) keeps the same fields when they are unset, so dumps agree.

Run with the official package installed in a throwaway venv (facts only, no code copied)::

    python3 -m venv /tmp/off && /tmp/off/bin/pip install mistralai==2.5.1
    /tmp/off/bin/python tools/parity/extract_2x_defaults.py > tools/codegen/official_dump_defaults.json
"""

from __future__ import annotations

import json
import sys

import pydantic
from pydantic_core import PydanticUndefined

import mistralai.client.models as m
from mistralai.client.types.basemodel import Unset


def main() -> None:
    out: dict[str, list[str]] = {}
    for name in sorted(m.__all__):
        cls = getattr(m, name, None)
        if not (isinstance(cls, type) and issubclass(cls, pydantic.BaseModel)):
            continue
        keep = []
        for field_name, info in cls.model_fields.items():
            default = info.default
            if info.default_factory is not None:
                default = info.default_factory()  # type: ignore[call-arg]
            if default is None or default is PydanticUndefined or isinstance(default, Unset):
                continue
            keep.append(info.alias or field_name)
        if keep:
            out[name] = sorted(keep)
    json.dump(
        {"source": "mistralai==2.5.1", "keep_when_absent": out},
        sys.stdout,
        indent=1,
        sort_keys=True,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
