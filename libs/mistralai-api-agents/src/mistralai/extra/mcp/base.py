"""2.x ``mistralai.extra.mcp.base``: MCP sessions turned into Mistral tools and prompts."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import AsyncExitStack
from types import TracebackType
from typing import Any, Self, TypeAlias, cast

from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from mcp import ClientSession
from mcp.shared.message import SessionMessage
from mcp.types import ContentBlock, ListPromptsResult
from mistralai.api.agents.models import Function, FunctionTool
from mistralai.api.agents.run.protocols import MCPClientProtocol, MCPSystemPrompt
from mistralai.core.models import (
    AssistantMessageTypedDict,
    SystemMessageTypedDict,
    TextChunkTypedDict,
)
from mistralai.extra.exceptions import MCPException

__all__ = ["MCPClientBase", "MCPClientProtocol", "MCPSystemPrompt", "MCPTransport"]

logger = logging.getLogger(__name__)

MCPTransport: TypeAlias = tuple[
    MemoryObjectReceiveStream[SessionMessage | Exception],
    MemoryObjectSendStream[SessionMessage],
]
"""The two streams of an MCP transport: what ``mcp.ClientSession`` reads and writes."""


def _field(obj: object, *names: str) -> Any:
    """The first of ``names`` that ``obj`` has: mcp 1.x spells fields in camelCase
    (``inputSchema``, ``isError``), mcp 2.x in snake_case (``input_schema``, ``is_error``)."""
    for name in names:
        if hasattr(obj, name):
            return getattr(obj, name)
    raise AttributeError(f"{type(obj).__name__} has none of {names}")


class MCPClientBase(MCPClientProtocol):
    """An MCP client over an initialized ``mcp.ClientSession``; subclasses give the transport
    (``_get_transport``).

    ``initialize(exit_stack)`` opens the transport and the session inside ``exit_stack`` (the
    ``RunContext``'s when registered, so they close with it), or inside the client's own stack
    (closed by :meth:`aclose`). It can also be used as ``async with client: ...``.
    """

    _session: ClientSession

    def __init__(self, name: str | None = None) -> None:
        self._name = name or self.__class__.__name__
        self._exit_stack: AsyncExitStack | None = None
        self._is_initialized = False

    # -- conversions

    def _convert_content(self, mcp_content: ContentBlock) -> TextChunkTypedDict:
        if mcp_content.type != "text":
            # Conversation function results are text: an image or a resource has no faithful
            # text form, so say so instead of sending something the model cannot use.
            raise MCPException(
                f"only text MCP content can be sent to the model, got {mcp_content.type!r}"
            )
        return {"type": "text", "text": mcp_content.text}

    def _convert_content_list(
        self, mcp_contents: Sequence[ContentBlock]
    ) -> list[TextChunkTypedDict]:
        return [self._convert_content(content) for content in mcp_contents]

    # -- tools and prompts

    def _require_session(self) -> ClientSession:
        if not self._is_initialized:
            raise MCPException(
                f"{self} is not initialized: call `await client.initialize()` or register it "
                "with `await run_ctx.register_mcp_client(client)` first"
            )
        return self._session

    async def get_tools(self) -> list[FunctionTool]:
        """The server's tools as function tools (their input schema as parameters)."""
        result = await self._require_session().list_tools()
        return [
            FunctionTool(
                function=Function(
                    name=tool.name,
                    description=tool.description or "",
                    parameters=_field(tool, "inputSchema", "input_schema"),
                    strict=True,
                )
            )
            for tool in result.tools
        ]

    async def execute_tool(self, name: str, arguments: dict[str, Any]) -> list[TextChunkTypedDict]:
        """Call the server's tool ``name``; its text content as text chunks.

        A result flagged ``isError`` raises :class:`MCPException` with the server's text (the
        run then sends the error text to the model, or stops, per ``continue_on_fn_error``)."""
        result = await self._require_session().call_tool(name=name, arguments=arguments)
        if _field(result, "isError", "is_error"):
            text = " ".join(c.text for c in result.content if c.type == "text")
            raise MCPException(f"the MCP tool {name!r} failed: {text or 'no details'}")
        return self._convert_content_list(result.content)

    async def get_system_prompt(self, name: str, arguments: dict[str, Any]) -> MCPSystemPrompt:
        """The server's prompt ``name`` rendered with ``arguments``, as Mistral messages."""
        prompt = await self._require_session().get_prompt(name=name, arguments=arguments)
        messages: list[SystemMessageTypedDict | AssistantMessageTypedDict] = []
        for message in prompt.messages:
            content = self._convert_content(message.content)
            # MCP prompt roles are "user" and "assistant"; 2.x passes them through as is.
            messages.append(
                cast(
                    SystemMessageTypedDict | AssistantMessageTypedDict,
                    {"role": message.role, "content": [content]},
                )
            )
        return {"description": prompt.description, "messages": messages}

    async def list_system_prompts(self) -> ListPromptsResult:
        """The server's prompts (``mcp.types.ListPromptsResult``)."""
        return await self._require_session().list_prompts()

    # -- lifecycle

    async def initialize(self, exit_stack: AsyncExitStack | None = None) -> None:
        """Open the transport and the MCP session (once; later calls do nothing).

        They are opened in a stack of their own, handed to ``exit_stack`` (or kept by the
        client) only once the session is initialized: a failed connection leaves nothing
        half-open behind (an anyio task group left open would cancel its task later)."""
        if self._is_initialized:
            return
        stack = AsyncExitStack()
        try:
            read, write = await self._get_transport(exit_stack=stack)
            session = await stack.enter_async_context(
                ClientSession(read_stream=read, write_stream=write)
            )
            await session.initialize()
        except BaseException as exc:
            error: BaseException = exc
            try:
                # Closing the transport's task group turns its internal cancellation into
                # the error that caused it (an HTTP 401...), which is the one to report.
                await stack.aclose()
            except BaseException as closing:
                error = closing
            raise self._translate_error(error) from (None if error is exc else exc)
        if exit_stack is None:
            self._exit_stack = stack
        else:
            exit_stack.push_async_callback(stack.aclose)
        self._session = session
        self._is_initialized = True
        logger.debug("MCP session of %s initialized", self)

    def _translate_error(self, error: BaseException) -> BaseException:
        """The error to raise for a failed connection (subclasses map transport errors)."""
        return error

    async def aclose(self) -> None:
        """Close the session and transport the client opened in its own stack."""
        if self._exit_stack is not None:
            stack, self._exit_stack = self._exit_stack, None
            self._is_initialized = False
            await stack.aclose()

    async def __aenter__(self) -> Self:
        await self.initialize()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<{self.__class__.__name__} name={self._name!r} id=0x{id(self):x}>"

    def __str__(self) -> str:
        return f"{self.__class__.__name__}(name={self._name})"

    async def _get_transport(self, exit_stack: AsyncExitStack) -> MCPTransport:
        raise NotImplementedError
