"""Local Python functions as conversation tools: JSON schema from the signature and docstring.

The parameters' JSON schema comes from the type hints (through a pydantic model built with
``create_model``, so anything pydantic understands works: ``int``, ``list[str]``,
``Literal[...]``, enums, pydantic models, ``Annotated[..., Field(...)]``...). The tool's
description is the docstring's text before its parameter section; each parameter's
description comes from the docstring's parameters. Docstrings are parsed by **griffe** (as 2.x
does), with its ``auto`` style detection: Google (``Args:``), Sphinx/reST (``:param x:``) and
numpy styles. griffe comes with the ``mcp`` extra (``pip install "mistralai[agents]"``);
without it, a small built-in parser reads the Google and reST forms.

Also the 2.x names of ``mistralai.extra.run.tools``: ``RunFunction``, ``RunCoroutine`` and
``RunMCPTool`` (a registered tool as 2.x describes it), ``create_tool_call``,
``create_function_result`` and ``get_function_calls``.
"""

from __future__ import annotations

import asyncio
import importlib.util
import inspect
import json
import re
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

import pydantic
import pydantic_core

from mistralai.api.agents.models import (
    AgentHandoffEntry,
    Function,
    FunctionCallEntry,
    FunctionResultEntry,
    FunctionTool,
    MessageOutputEntry,
    ToolExecutionEntry,
)
from mistralai.api.agents.run.errors import RunError
from mistralai.extra.exceptions import RunException

if TYPE_CHECKING:
    from mistralai.api.agents.run.protocols import MCPClientProtocol

__all__ = [
    "RunCoroutine",
    "RunFunction",
    "RunMCPTool",
    "RunTool",
    "create_function_result",
    "create_tool_call",
    "function_tool",
    "get_function_calls",
    "parse_docstring",
    "result_text",
]

_NAME_RE = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
_PARAM_RE = re.compile(r"^:param\s+(?:[^:]*\s)?(?P<name>\*{0,2}\w+)\s*:\s*(?P<text>.*)$")
_FIELD_RE = re.compile(r"^:(?:returns?|rtype|raises?|type|yields?|ytype)\b")
_SECTION_RE = re.compile(
    r"^(?P<title>Args|Arguments|Parameters|Params|Keyword Args|Keyword Arguments|Returns|"
    r"Return|Raises|Yields|Examples?|Notes?|Attributes|See Also|Warnings?)\s*:\s*$"
)
_GOOGLE_ARG_RE = re.compile(r"^(?P<name>\*{0,2}\w+)\s*(?:\([^)]*\))?\s*:\s*(?P<text>.*)$")
_ARG_SECTIONS = {"Args", "Arguments", "Parameters", "Params", "Keyword Args", "Keyword Arguments"}


def _unwrap(text: str) -> str:
    """Join wrapped lines (single newlines) and keep paragraph breaks."""
    lines = [line.strip() for line in text.strip().splitlines()]
    return re.sub(r"(?<!\n)\n(?!\n)", " ", "\n".join(lines))


def _has_griffe() -> bool:
    return importlib.util.find_spec("griffe") is not None


def parse_docstring(doc: str | None) -> tuple[str, dict[str, str]]:
    """``(description, {parameter: description})`` from a docstring (Google, reST or numpy
    style): with griffe when it is installed, otherwise with the built-in parser."""
    if not doc or not doc.strip():
        return "", {}
    if _has_griffe():
        return _parse_with_griffe(doc)
    return _parse_builtin(doc)


def _parse_with_griffe(doc: str) -> tuple[str, dict[str, str]]:
    import logging

    from griffe import Docstring, DocstringSectionKind

    # griffe logs a warning for every oddity it meets (a parameter without a type...): a
    # user's docstring style is not the SDK's business, so keep them quiet.
    griffe_logger = logging.getLogger("griffe")
    level = griffe_logger.level
    griffe_logger.setLevel(logging.ERROR)
    try:
        sections = Docstring(inspect.cleandoc(doc), parser="auto").parse()
    finally:
        griffe_logger.setLevel(level)
    texts: list[str] = []
    params: dict[str, str] = {}
    for section in sections:
        if section.kind is DocstringSectionKind.text:
            texts.append(str(section.value))
        elif section.kind in (
            DocstringSectionKind.parameters,
            DocstringSectionKind.other_parameters,
        ):
            for param in cast(list[Any], section.value):
                params[str(param.name).lstrip("*")] = _unwrap(str(param.description or ""))
    return _unwrap("\n\n".join(texts)), params


def _parse_builtin(doc: str) -> tuple[str, dict[str, str]]:
    """The fallback parser (no griffe): ``:param x:`` lines and ``Args:`` sections."""
    lines = inspect.cleandoc(doc or "").splitlines()
    description: list[str] = []
    params: dict[str, str] = {}
    current: str | None = None  # the parameter whose text continues on the next lines
    section: str | None = None
    section_indent = 0
    in_fields = False
    for raw in lines:
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        match = _PARAM_RE.match(stripped)
        if match:
            in_fields, section = True, None
            key = str(match["name"]).lstrip("*")
            params[key] = str(match["text"]).strip()
            current = key
            continue
        if _FIELD_RE.match(stripped):
            in_fields, section, current = True, None, None
            continue
        header = _SECTION_RE.match(stripped)
        if header and indent == 0:
            in_fields, current = True, None
            section = header["title"]
            section_indent = -1
            continue
        if section in _ARG_SECTIONS and stripped:
            arg = _GOOGLE_ARG_RE.match(stripped)
            if section_indent < 0:
                section_indent = indent
            if arg and indent <= section_indent:
                key = str(arg["name"]).lstrip("*")
                params[key] = str(arg["text"]).strip()
                current = key
            elif current is not None:
                params[current] = f"{params[current]} {stripped}".strip()
            continue
        if in_fields:
            if stripped and current is not None and indent > 0 and section is None:
                params[current] = f"{params[current]} {stripped}".strip()
            elif not stripped:
                current = current if section is not None else None
            continue
        description.append(stripped)
    text = "\n".join(description).strip()
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", text)  # unwrap lines, keep paragraph breaks
    return text, params


_VALUE_KEYS = frozenset({"default", "const", "enum", "examples"})


def _tidy(schema: object) -> object:
    """Drop pydantic's generated ``title`` keys (not properties that are named ``title``)."""
    if isinstance(schema, list):
        return [_tidy(item) for item in cast(list[object], schema)]
    if not isinstance(schema, dict):
        return schema
    node = cast(dict[str, object], schema)
    out: dict[str, object] = {}
    for key, value in node.items():
        if key == "title" and isinstance(value, str):
            continue
        if key in ("properties", "$defs", "definitions") and isinstance(value, dict):
            named = cast(dict[str, object], value)
            out[key] = {name: _tidy(sub) for name, sub in named.items()}
        elif key in _VALUE_KEYS:  # JSON values, not schemas: kept as they are
            out[key] = value
        else:
            out[key] = _tidy(value)
    return out


def result_text(value: object) -> str:
    """A function's return value as the text sent back to the model: strings as they are,
    anything else as JSON (pydantic models, dataclasses, dicts...; ``str()`` as a fallback)."""
    if isinstance(value, str):
        return value
    try:
        return pydantic_core.to_json(value, fallback=str).decode()
    except pydantic_core.PydanticSerializationError:
        return str(value)


@dataclass(frozen=True, slots=True)
class RunTool:
    """A registered local function: its name, description, parameters schema, and how to call
    it with the arguments the model sends (validated by the parameters' pydantic model)."""

    name: str
    description: str
    parameters: dict[str, Any]
    func: Callable[..., Any]
    is_async: bool
    arguments_model: type[pydantic.BaseModel]
    positional: tuple[str, ...]
    keyword: tuple[str, ...]

    def to_function_tool(self) -> FunctionTool:
        """The ``{"type": "function", "function": {...}}`` tool sent to the API."""
        return FunctionTool(
            function=Function(
                name=self.name, description=self.description, parameters=self.parameters
            )
        )

    def bind(self, arguments: str | Mapping[str, Any]) -> tuple[list[Any], dict[str, Any]]:
        """Validate the model's ``arguments`` (a JSON object, as text or parsed) into call
        arguments; raises ``ValueError`` (a pydantic ``ValidationError`` included)."""
        data: object = json.loads(arguments or "{}") if isinstance(arguments, str) else arguments
        if not isinstance(data, Mapping):
            raise ValueError(f"the arguments of {self.name!r} are not a JSON object: {arguments!r}")
        validated = self.arguments_model.model_validate(data)
        args = [getattr(validated, name) for name in self.positional]
        kwargs = {name: getattr(validated, name) for name in self.keyword}
        return args, kwargs

    def call(self, arguments: str | Mapping[str, Any]) -> Any:
        """Run the function in this thread (a coroutine function runs in a new event loop)."""
        check_sync_call(self)
        args, kwargs = self.bind(arguments)
        if self.is_async:
            return asyncio.run(self.func(*args, **kwargs))
        return self.func(*args, **kwargs)

    async def call_async(self, arguments: str | Mapping[str, Any]) -> Any:
        """Await a coroutine function; run a plain function in a worker thread."""
        args, kwargs = self.bind(arguments)
        if self.is_async:
            return await self.func(*args, **kwargs)
        return await asyncio.to_thread(self.func, *args, **kwargs)


def check_sync_call(tool: RunTool) -> None:
    """Raise :class:`RunError` when ``tool`` cannot be called from this thread's sync code: it
    is async and an event loop is already running here."""
    if not tool.is_async:
        return
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise RunError(
        f"the function {tool.name!r} is async and an event loop is running in this "
        "thread: use the async run helpers (run_async / run_stream_async)"
    )


def _is_async(func: Callable[..., Any]) -> bool:
    if inspect.iscoroutinefunction(func):
        return True
    call = getattr(func, "__call__", None)  # noqa: B004 - callable objects
    return call is not None and inspect.iscoroutinefunction(call)


def function_tool(
    func: Callable[..., Any], *, name: str | None = None, description: str | None = None
) -> RunTool:
    """Describe ``func`` as a tool: schema from its signature and docstring.

    ``*args``/``**kwargs`` are not part of the schema. A parameter without a type hint
    accepts any JSON value. Raises :class:`RunError` when the name is not a valid tool name
    (letters, digits, ``_`` and ``-``, at most 64) or a type hint has no JSON schema.
    """
    tool_name = name or getattr(func, "__name__", None) or type(func).__name__
    if not _NAME_RE.match(tool_name):
        raise RunError(
            f"{tool_name!r} is not a valid tool name (letters, digits, '_' and '-', at most 64)"
        )
    signature = inspect.signature(func)
    try:
        hints = typing.get_type_hints(func, include_extras=True)
    except Exception:
        try:
            hints = typing.get_type_hints(
                func.__call__,
                include_extras=True,
            )
        except Exception:
            hints = {}
    summary, param_docs = parse_docstring(inspect.getdoc(func))
    fields: dict[str, Any] = {}
    positional: list[str] = []
    keyword: list[str] = []
    for param in signature.parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        annotation: Any = hints.get(param.name, param.annotation)
        if annotation is inspect.Parameter.empty:
            annotation = Any
        default: Any = ... if param.default is inspect.Parameter.empty else param.default
        doc = param_docs.get(param.name)
        info = pydantic.Field(default) if doc is None else pydantic.Field(default, description=doc)
        fields[param.name] = (annotation, info)
        (positional if param.kind == param.POSITIONAL_ONLY else keyword).append(param.name)
    try:
        model = pydantic.create_model(f"{tool_name}_arguments", **fields)
        schema = cast(dict[str, Any], _tidy(model.model_json_schema()))
    except (pydantic.PydanticUserError, pydantic_core.SchemaError, TypeError) as exc:
        raise RunError(
            f"cannot derive a JSON schema for the parameters of {tool_name!r}: {exc}"
        ) from exc
    schema.setdefault("properties", {})
    return RunTool(
        name=tool_name,
        description=summary if description is None else description,
        parameters=schema,
        func=func,
        is_async=_is_async(func),
        arguments_model=model,
        positional=tuple(positional),
        keyword=tuple(keyword),
    )


# -- the 2.x names (``mistralai.extra.run.tools``)


@dataclass
class RunFunction:
    """2.x: a registered plain function and its tool definition."""

    name: str
    callable: Callable[..., Any]
    tool: FunctionTool


@dataclass
class RunCoroutine:
    """2.x: a registered coroutine function and its tool definition."""

    name: str
    awaitable: Callable[..., Any]
    tool: FunctionTool


@dataclass
class RunMCPTool:
    """A tool of an MCP server registered with ``RunContext.register_mcp_client``: calls go
    to ``mcp_client.execute_tool``."""

    name: str
    tool: FunctionTool
    mcp_client: MCPClientProtocol
    loop: asyncio.AbstractEventLoop | None = field(default=None, repr=False, compare=False)
    """The event loop the client's session runs in (set by ``register_mcp_client``)."""

    def call(self, arguments: str | Mapping[str, Any]) -> Any:
        """Call the tool from sync code: possible only while the session's event loop runs in
        another thread (the session's streams belong to that loop)."""
        loop = self.loop
        try:
            current = asyncio.get_running_loop()
        except RuntimeError:
            current = None
        if loop is None or not loop.is_running() or loop is current:
            raise RunError(
                f"the tool {self.name!r} comes from an MCP server whose session is not reachable "
                "from sync code: use the async run helpers (run_async / run_stream_async), or "
                "register the MCP client on an event loop that keeps running in another thread"
            )
        return asyncio.run_coroutine_threadsafe(self.call_async(arguments), loop).result()

    async def call_async(self, arguments: str | Mapping[str, Any]) -> Any:
        data: object = json.loads(arguments or "{}") if isinstance(arguments, str) else arguments
        if not isinstance(data, Mapping):
            raise ValueError(f"the arguments of {self.name!r} are not a JSON object: {arguments!r}")
        return await self.mcp_client.execute_tool(self.name, dict(cast(Mapping[str, Any], data)))


def create_tool_call(func: Callable[..., Any]) -> FunctionTool:
    """The tool definition of ``func`` (schema from its signature and docstring)."""
    return function_tool(func).to_function_tool()


def _as_run_tool(tool: RunTool | RunFunction | RunCoroutine) -> RunTool:
    if isinstance(tool, RunTool):
        return tool
    func = tool.callable if isinstance(tool, RunFunction) else tool.awaitable
    built = function_tool(func, name=tool.name)
    return built


async def create_function_result(
    function_call: FunctionCallEntry,
    run_tool: RunTool | RunFunction | RunCoroutine | RunMCPTool,
    continue_on_fn_error: bool = False,
) -> FunctionResultEntry:
    """Run ``run_tool`` with the arguments of ``function_call``; its ``function.result`` entry.

    When the tool raises: with ``continue_on_fn_error``, the error text becomes the result
    (the model sees it); otherwise :class:`~mistralai.extra.exceptions.RunException`, the
    tool's error as its cause."""
    try:
        if isinstance(run_tool, RunMCPTool):
            value = await run_tool.call_async(function_call.arguments)
        else:
            value = await _as_run_tool(run_tool).call_async(function_call.arguments)
    except Exception as exc:
        if continue_on_fn_error:
            return FunctionResultEntry(
                tool_call_id=function_call.tool_call_id,
                result=f"Error while executing {function_call.name}: {type(exc).__name__}: {exc}",
            )
        raise RunException(
            f"Failed to execute tool {function_call.name} with arguments "
            f"'{function_call.arguments}'"
        ) from exc
    return FunctionResultEntry(tool_call_id=function_call.tool_call_id, result=result_text(value))


def get_function_calls(
    output_entries: Sequence[
        MessageOutputEntry
        | FunctionCallEntry
        | FunctionResultEntry
        | AgentHandoffEntry
        | ToolExecutionEntry
    ],
) -> list[FunctionCallEntry]:
    """The ``function.call`` entries among ``output_entries``."""
    return [entry for entry in output_entries if isinstance(entry, FunctionCallEntry)]
