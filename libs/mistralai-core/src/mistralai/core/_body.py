"""A request body given whole or as separate fields (the two official signatures of one method).

2.x passes a body's fields as separate arguments (``connectors.create(name=..., server=...)``);
3.x passes the body as one argument (``connectors.create(request={...})``). A generated method
that accepts both calls :func:`whole_or_fields`: the whole body if given, else the fields; never
a silent mix of the two.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mistralai.core._types import Unset


def whole_or_fields(
    whole: Any,
    name: str,
    fields: Mapping[str, Any],
    required: tuple[str, ...] = (),
    defaults: Mapping[str, Any] | None = None,
) -> Any:
    """``whole`` if given (then no field may be), else ``fields`` with every ``required`` wire
    name given. A field equal to its default (``defaults``) counts as not given. Raises
    ``TypeError`` before anything is sent."""
    defaults = defaults or {}
    given = [
        k
        for k, v in fields.items()
        if v is not None and not isinstance(v, Unset) and not (k in defaults and v == defaults[k])
    ]
    if whole is not None:
        if given:
            raise TypeError(
                f"pass the body either as {name}= or as separate arguments, not both "
                f"(also given: {', '.join(given)})"
            )
        return whole
    missing = [k for k in required if k not in given]
    if missing:
        raise TypeError(f"missing required argument(s) {', '.join(missing)} (or pass {name}=)")
    return fields
