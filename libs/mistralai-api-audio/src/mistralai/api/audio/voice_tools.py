"""Function tools of voice agent sessions: a Python function the agent calls over the session
(:func:`function_tool`), and how tool declarations are sent.

A :class:`FunctionHandler` carries both the declaration (name, description, JSON schema of the
parameters derived from the signature) and the function, so the name the model calls and the
code that runs cannot drift apart.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, cast, overload

import pydantic

from mistralai.api.audio._generated.models import StaticToolFiller, VoiceAgentFunctionTool
from mistralai.api.audio.voice_agents import (
    VoiceAgentConfigurationError,
    VoiceAgentErrorEvent,
)

__all__ = [
    "DEFAULT_TOOL_TIMEOUT_MS",
    "FunctionHandler",
    "check_function_handlers",
    "function_tool",
    "tool_declaration",
]

DEFAULT_TOOL_TIMEOUT_MS = 15_000
_MAX_TIMEOUT_MS = 2**32 - 1


class FunctionHandler:
    """A local function the voice agent can call; build it with :func:`function_tool`.
    Calling the handler calls the function."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        filler: StaticToolFiller | Mapping[str, Any] | None = None,
        timeout_ms: int = DEFAULT_TOOL_TIMEOUT_MS,
    ) -> None:
        if not 1 <= timeout_ms <= _MAX_TIMEOUT_MS:
            raise VoiceAgentConfigurationError(f"timeout_ms must be in 1..{_MAX_TIMEOUT_MS}")
        self.fn = fn
        self.name: str = name or getattr(fn, "__name__", "function")
        self.description = description if description is not None else inspect.getdoc(fn)
        self.filler = StaticToolFiller.model_validate(filler) if filler is not None else None
        self.timeout_ms = timeout_ms
        self._arguments = _arguments_model(fn, self.name)
        self.parameters: dict[str, Any] = self._arguments.model_json_schema()
        functools.update_wrapper(self, fn)

    def to_wire(self) -> dict[str, Any]:
        """The declaration sent in ``tools``: a ``function`` tool with its filler and timeout."""
        function: dict[str, Any] = {"name": self.name, "parameters": self.parameters}
        if self.description:
            function["description"] = self.description
        wire: dict[str, Any] = {"type": "function", "function": function}
        if self.filler is not None:
            # `type` is a default, which the model's dump leaves out: the service wants it.
            filler = self.filler.model_dump(mode="json", exclude_none=True)
            wire["filler"] = {**filler, "type": self.filler.type or "static"}
        wire["timeout_ms"] = self.timeout_ms
        return wire

    async def invoke(self, raw_arguments: str | None) -> str:
        """Validate the JSON arguments, run the function (a sync one in a thread, so that a
        blocking handler cannot stall the loop that carries the audio) and return its result
        as text (``""`` for ``None``, JSON for anything but a string)."""
        decoded: object = json.loads(raw_arguments) if raw_arguments else {}
        validated = self._arguments.model_validate(decoded)
        kwargs: dict[str, Any] = {name: getattr(validated, name) for name in self._fields()}
        kwargs.update(validated.model_extra or {})  # what a **kwargs handler accepts
        if inspect.iscoroutinefunction(self.fn):
            result = await self.fn(**kwargs)
        else:
            result = await asyncio.to_thread(self.fn, **kwargs)
            if inspect.isawaitable(result):
                result = await result
        if result is None:
            return ""
        return result if isinstance(result, str) else json.dumps(result)

    def signature_mismatch(self, parameters: Mapping[str, Any]) -> str | None:
        """Why this function cannot serve a declaration with these ``parameters`` (argument
        names only, not a JSON Schema validation), or ``None``."""
        properties: object = parameters.get("properties")
        if properties is not None and not isinstance(properties, dict):
            return None  # not an object schema: no names to compare
        declared: set[str] = {str(key) for key in cast(dict[object, object], properties or {})}
        fields = self._arguments.model_fields
        accepts_more = self._arguments.model_config.get("extra") == "allow"
        dropped = [] if accepts_more else sorted(declared - fields.keys())
        missing = sorted(n for n, f in fields.items() if f.is_required() and n not in declared)
        problems: list[str] = []
        if dropped:
            problems.append(f"does not accept {', '.join(dropped)}")
        if missing:
            problems.append(f"requires {', '.join(missing)}, which the model never sends")
        return "; ".join(problems) or None

    def _fields(self) -> Iterable[str]:
        return self._arguments.model_fields.keys()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.fn(*args, **kwargs)

    def __repr__(self) -> str:
        return f"FunctionHandler({self.name!r})"


@overload
def function_tool(fn: Callable[..., Any], /) -> FunctionHandler: ...
@overload
def function_tool(
    *,
    name: str | None = None,
    description: str | None = None,
    filler: StaticToolFiller | Mapping[str, Any] | None = None,
    timeout_ms: int = DEFAULT_TOOL_TIMEOUT_MS,
) -> Callable[[Callable[..., Any]], FunctionHandler]: ...
def function_tool(
    fn: Callable[..., Any] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    filler: StaticToolFiller | Mapping[str, Any] | None = None,
    timeout_ms: int = DEFAULT_TOOL_TIMEOUT_MS,
) -> FunctionHandler | Callable[[Callable[..., Any]], FunctionHandler]:
    """Make a function a locally run tool: ``@function_tool`` or
    ``@function_tool(name=..., filler={"text": "One moment"})``. The parameters' schema comes
    from the type hints, the description from the docstring."""

    def wrap(f: Callable[..., Any]) -> FunctionHandler:
        return FunctionHandler(
            f, name=name, description=description, filler=filler, timeout_ms=timeout_ms
        )

    return wrap(fn) if fn is not None else wrap


def tool_declaration(tool: object) -> dict[str, Any]:
    """One entry of ``tools`` as sent: a handler's declaration, a tool model, or a dict (sent
    as given, so that a tool type newer than this SDK still passes)."""
    if isinstance(tool, FunctionHandler):
        return tool.to_wire()
    if isinstance(tool, pydantic.BaseModel):
        return tool.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(tool, Mapping):
        return dict(tool)  # pyright: ignore[reportUnknownArgumentType]
    raise VoiceAgentConfigurationError(f"Unsupported voice tool declaration: {tool!r}")


def check_function_handlers(
    declared: Iterable[VoiceAgentFunctionTool], handlers: Iterable[FunctionHandler]
) -> VoiceAgentErrorEvent | None:
    """Raise :class:`VoiceAgentConfigurationError` for a handler that cannot serve its
    declaration; return a non-fatal error event for unpaired handlers or declarations (the
    session works, but a call to an unhandled function fails)."""
    by_name = {tool.function.name: tool.function for tool in declared}
    handlers = list(handlers)
    mismatches: list[str] = []
    problems: list[str] = []
    for handler in handlers:
        function = by_name.get(handler.name)
        if function is None:
            problems.append(f"Handler `{handler.name}` has no function declaration")
            continue
        mismatch = handler.signature_mismatch(function.parameters)
        if mismatch is not None:
            mismatches.append(f"Handler `{handler.name}` {mismatch}")
    if mismatches:
        raise VoiceAgentConfigurationError("Invalid function handlers: " + "; ".join(mismatches))
    problems += [
        f"Function `{name}` has no local handler"
        for name in sorted(by_name.keys() - {handler.name for handler in handlers})
    ]
    if not problems:
        return None
    return VoiceAgentErrorEvent(
        source="transport",
        code="function_handler_configuration_error",
        message="Invalid function handlers: " + "; ".join(problems),
        fatal=False,
    )


def _arguments_model(fn: Callable[..., Any], name: str) -> type[pydantic.BaseModel]:
    """A pydantic model of ``fn``'s keyword-callable parameters (its JSON schema is what the
    declaration sends); extra arguments are kept only if ``fn`` takes ``**kwargs``."""
    fields: dict[str, Any] = {}
    signature = inspect.signature(fn, eval_str=True)  # hints of `from __future__` modules
    takes_kwargs = False
    for pname, param in signature.parameters.items():
        if param.kind is param.VAR_KEYWORD:
            takes_kwargs = True
            continue
        if param.kind is param.VAR_POSITIONAL:
            continue
        annotation = Any if param.annotation is param.empty else param.annotation
        default = ... if param.default is param.empty else param.default
        fields[pname] = (annotation, default)
    config = pydantic.ConfigDict(extra="allow" if takes_kwargs else "ignore")
    return pydantic.create_model(f"{name}_Args", __config__=config, **fields)
