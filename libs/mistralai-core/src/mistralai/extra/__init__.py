"""2.x ``mistralai.extra``: helpers, most of them owned by other packages.

Subpackages live in the distribution that owns the feature (``mistralai.extra.run`` and
``.mcp`` in mistralai-api-agents, ``.realtime`` in mistralai-api-audio, ``.workflows`` in
mistralai-api-workflows, ``.struct_chat`` and ``.utils`` in mistralai-api-chat,
``.observability`` in mistralai-plugin-otel); ``exceptions`` is core's. The package path is
extended so portions are found wherever they are installed, and the 2.x top-level names are
loaded on first access from the module that defines them.

A portion that is not installed would otherwise fail with a bare ``No module named ...``: a
finder placed last on ``sys.meta_path`` (so it only sees what every other finder missed) turns
that into an ``ImportError`` naming what to install.
"""

from __future__ import annotations

import sys
from importlib import import_module
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from pkgutil import extend_path
from types import ModuleType
from typing import Any

__path__ = extend_path(__path__, __name__)

_CHAT = "mistralai.extra.struct_chat"
_REALTIME = "mistralai.extra.realtime"
_RESPONSE_FORMAT = "mistralai.extra.utils.response_format"

# 2.x's top-level names -> the module that defines them.
_EXPORTS = {
    "AudioEncoding": _REALTIME,
    "AudioFormat": _REALTIME,
    "CustomPydanticModel": _RESPONSE_FORMAT,
    "ParsedChatCompletionResponse": _CHAT,
    "RealtimeConnection": _REALTIME,
    "RealtimeTranscription": _REALTIME,
    "RealtimeTranscriptionError": _REALTIME,
    "RealtimeTranscriptionErrorDetail": _REALTIME,
    "RealtimeTranscriptionSession": _REALTIME,
    "RealtimeTranscriptionSessionCreated": _REALTIME,
    "RealtimeTranscriptionSessionUpdated": _REALTIME,
    "UnknownRealtimeEvent": _REALTIME,
    "convert_to_parsed_chat_completion_response": _CHAT,
    "response_format_from_pydantic_model": _RESPONSE_FORMAT,
}

# Portion -> what to install when it is missing (the umbrella's 2.x extra, and the package).
_PORTIONS = {
    "mistralai.extra.mcp": '"mistralai[agents]" (or "mistralai-api-agents[mcp]")',
    "mistralai.extra.run": "mistralai-api-agents",
    "mistralai.extra.realtime": '"mistralai[realtime]" (or "mistralai-api-audio[realtime]")',
    "mistralai.extra.workflows": "mistralai-api-workflows",
    "mistralai.extra.struct_chat": "mistralai-api-chat",
    "mistralai.extra.utils": "mistralai-api-chat",
    "mistralai.extra.observability": '"mistralai[telemetry]" (or "mistralai-plugin-otel")',
    "mistralai.extra.connectors_gateway": "mistralai-api-connectors",
    "mistralai.extra.connectors_gateway_errors": "mistralai-api-connectors",
    "mistralai.extra.voice_agents": "mistralai-api-audio",
}


class _MissingPortionFinder(MetaPathFinder):
    """Reached only for modules no other finder found: names the package to install."""

    def find_spec(
        self,
        fullname: str,
        path: Any = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        for portion, install in _PORTIONS.items():
            if fullname == portion or fullname.startswith(portion + "."):
                raise ModuleNotFoundError(
                    f"{fullname} is not installed: pip install {install}", name=fullname
                )
        return None


if not any(isinstance(f, _MissingPortionFinder) for f in sys.meta_path):
    sys.meta_path.append(_MissingPortionFinder())


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mistralai.extra' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
