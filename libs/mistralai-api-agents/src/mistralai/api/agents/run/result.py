"""``RunResult`` (what a run returns) and the events a streamed run yields."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal, TypeAlias

import pydantic

from mistralai.api.agents.models import (
    AgentHandoffEntry,
    ConversationEventsData,
    ConversationResponse,
    ConversationUsageInfo,
    FunctionCallEntry,
    FunctionResultEntry,
    MessageInputEntry,
    MessageOutputEntry,
    SSETypes,
    TextChunk,
    ToolExecutionEntry,
)

__all__ = [
    "FunctionResultEvent",
    "InputEntry",
    "RunOutputEntry",
    "RunResult",
    "RunResultEvents",
]

InputEntry: TypeAlias = (
    MessageInputEntry
    | MessageOutputEntry
    | FunctionResultEntry
    | FunctionCallEntry
    | ToolExecutionEntry
    | AgentHandoffEntry
)
"""One entry of a conversation's inputs."""

RunOutputEntry: TypeAlias = (
    MessageOutputEntry
    | FunctionCallEntry
    | FunctionResultEntry
    | ToolExecutionEntry
    | AgentHandoffEntry
)
"""One entry produced during a run: the model's outputs and the local function results."""


def _now() -> datetime:
    return datetime.now(UTC)


class FunctionResultEvent(pydantic.BaseModel):
    """Streamed runs: a registered function was executed locally; ``result`` goes back to the
    model."""

    type: Literal["function.result"] = "function.result"
    id: str | None = None
    tool_call_id: str
    name: str
    result: str
    created_at: datetime = pydantic.Field(default_factory=_now)
    output_index: int = 0


class RunResultEvents(pydantic.BaseModel):
    """One event of a streamed run: a conversation event as the API sent it, or a
    ``function.result`` event for a function executed locally."""

    model_config = pydantic.ConfigDict(arbitrary_types_allowed=True)

    event: SSETypes | Literal["function.result"]
    data: ConversationEventsData | FunctionResultEvent


class RunResult(pydantic.BaseModel):
    """The outcome of ``beta.conversations.run`` / ``run_async`` (and the last item of the
    streamed twins).

    ``output_entries`` holds, in order, every entry of the run: the model's function calls,
    the local results sent back, and its messages. ``response`` is the last response of the
    API (in streamed runs, one rebuilt from the events), ``usage`` the total over the run's
    requests.
    """

    model_config = pydantic.ConfigDict(arbitrary_types_allowed=True)

    input_entries: list[InputEntry]
    conversation_id: str | None = None
    output_entries: list[RunOutputEntry] = pydantic.Field(default_factory=list[RunOutputEntry])
    response: ConversationResponse | None = None
    usage: ConversationUsageInfo = pydantic.Field(default_factory=ConversationUsageInfo)
    output_model: pydantic.BaseModel | None = None

    @property
    def messages(self) -> list[MessageOutputEntry]:
        """The model's messages among the outputs."""
        return [e for e in self.output_entries if isinstance(e, MessageOutputEntry)]

    @property
    def output_as_text(self) -> str:
        """The text of the model's final message (its text chunks joined); ``""`` when the
        run produced no message."""
        messages = self.messages
        if not messages:
            return ""
        content = messages[-1].content
        if isinstance(content, str):
            return content
        return "".join(chunk.text for chunk in content if isinstance(chunk, TextChunk))

    @property
    def output_as_model(self) -> pydantic.BaseModel:
        """The answer parsed into the context's ``output_format`` (``RunError`` without it)."""
        if self.output_model is None:
            from mistralai.api.agents.run.errors import RunError

            raise RunError("no output model: set output_format on the RunContext")
        return self.output_model
