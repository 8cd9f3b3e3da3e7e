"""A request body given whole or as separate fields (the two official signatures of one method).

2.x passes a body's fields as separate arguments (``connectors.create(name=..., server=...)``);
3.x passes the body as one argument (``connectors.create(request={...})``). A generated method
that accepts both calls :func:`whole_or_fields`: the whole body if given, else the fields; never
a silent mix of the two.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

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


def security_headers(
    security: Any,
    schemes: Mapping[str, tuple[str, str]],
    http_headers: Mapping[str, str] | None,
) -> Mapping[str, str] | None:
    """The call's headers with the per-call credentials of ``security=`` (a model or a mapping
    of scheme field -> secret; ``schemes`` gives each field's header and prefix). They replace
    the client's credentials for this call only; headers the caller gave explicitly win."""
    if security is None:
        return http_headers
    values: Mapping[str, Any] = (
        cast("Mapping[str, Any]", security)
        if isinstance(security, Mapping)
        else security.model_dump(exclude_none=True)
    )
    unknown = sorted(set(values) - set(schemes))
    if unknown:
        raise TypeError(
            f"security: unknown field(s) {', '.join(unknown)}; known: {sorted(schemes)}"
        )
    headers = {
        schemes[name][0]: schemes[name][1] + str(value)
        for name, value in values.items()
        if value is not None
    }
    if not headers:
        raise TypeError(f"security: give one of {sorted(schemes)}")
    return {**headers, **(http_headers or {})}
