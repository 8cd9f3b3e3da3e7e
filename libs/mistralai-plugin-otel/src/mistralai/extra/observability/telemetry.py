"""2.x ``mistralai.extra.observability.telemetry``: opt-in configuration of telemetry."""

from __future__ import annotations

from typing import Any

from mistralai.telemetry import (
    MISTRAL_OTLP_TRACES_ENDPOINT_ENV,
    MISTRAL_SDK_TELEMETRY_ENV,
    MISTRAL_TELEMETRY_ENDPOINT,
    TelemetryConfigurationError,
    TelemetryMiddleware,
    _configure,
    configure_telemetry,
    get_telemetry_tracer,
)

__all__ = [
    "MISTRAL_OTLP_TRACES_ENDPOINT_ENV",
    "MISTRAL_SDK_TELEMETRY_ENV",
    "MISTRAL_TELEMETRY_ENDPOINT",
    "TelemetryConfigurationError",
    "configure_telemetry",
    "configure_telemetry_for_hook",
    "get_telemetry_tracer",
]


def configure_telemetry_for_hook(
    hook: TelemetryMiddleware,
    sdk_config: Any = None,
    telemetry: bool | str | None = None,
    finalizer_owner: Any | None = None,
    respect_global_provider: bool = False,
    replace_existing: bool = False,
) -> bool:
    """2.x internal, kept for callers of it: configure one client's tracing (here its
    :class:`~mistralai.telemetry.TelemetryMiddleware`) from ``telemetry`` (``True``/
    ``"dedicated"``, ``"global"``, ``False``/``"false"``) or, when ``None``, from
    ``MISTRAL_SDK_TELEMETRY``. ``sdk_config`` may be the client (its API key is used for the
    dedicated exporter). Returns whether tracing is on."""
    state = hook.state
    authorization: str | None = None
    source = getattr(sdk_config, "provider", None)
    if source is not None:
        try:
            authorization = dict(source.auth_headers()).get("authorization")
        except Exception:
            authorization = None
    if telemetry is None:
        if state.resolved and not replace_existing:
            return state.provider is not None or state.use_global
        state.resolved = False
        return _configure.configure_from_env(hook, authorization)
    mode = _configure.parse_setting(telemetry)
    if mode is None:
        _configure.disable(hook)
        return False
    if mode == _configure.GLOBAL:
        _configure.use_global(hook)
        return True
    if respect_global_provider and _configure.has_global_provider() and not replace_existing:
        state.resolved = True
        return False
    if state.owned is not None and not replace_existing:
        return True
    if not authorization:
        raise TelemetryConfigurationError(
            "Mistral telemetry requires an API key. Pass api_key=... to the client or set "
            "MISTRAL_API_KEY."
        )
    provider = _configure.dedicated_provider(authorization)
    _configure.attach_owned(hook, provider, finalizer_owner)
    return True
