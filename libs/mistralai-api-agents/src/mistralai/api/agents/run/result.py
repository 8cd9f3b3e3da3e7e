"""``RunResult`` (what a run returns) and the events a streamed run yields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, TypeAlias, cast

import pydantic

from mistralai.api.agents.models import (
    AgentHandoffDoneEvent,
    AgentHandoffEntry,
    AgentHandoffStartedEvent,
    ConversationEventsData,
    ConversationResponse,
    ConversationUsageInfo,
    FunctionCallEntry,
    FunctionCallEvent,
    FunctionResultEntry,
    MessageInputEntry,
    MessageOutputContentChunks,
    MessageOutputEntry,
    MessageOutputEvent,
    OutputContentChunks,
    SSETypes,
    TextChunk,
    ToolExecutionDeltaEvent,
    ToolExecutionDoneEvent,
    ToolExecutionEntry,
    ToolExecutionStartedEvent,
    ToolFileChunk,
    ToolReferenceChunk,
)

__all__ = [
    "FunctionResultEvent",
    "InputEntry",
    "RunFiles",
    "RunOutputEntries",
    "RunOutputEntry",
    "RunResult",
    "RunResultEvents",
    "as_text",
    "reconstitue_entries",
    "reconstitute_function_call_args",
    "reconstitute_message_content",
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

RunOutputEntries: TypeAlias = RunOutputEntry
"""2.x name of :data:`RunOutputEntry`."""


def as_text(entry: RunOutputEntry) -> str:
    """The text of a ``message.output`` entry (``""`` for other entries): text chunks as they
    are, files as ``<File id=... name=...>``, references as ``<Reference title=...>``."""
    if not isinstance(entry, MessageOutputEntry):
        return ""
    if isinstance(entry.content, str):
        return entry.content
    text = ""
    for chunk in entry.content:
        if isinstance(chunk, TextChunk):
            text += chunk.text
        elif isinstance(chunk, ToolFileChunk):
            text += f"<File id={chunk.file_id} name={chunk.file_name}>"
        elif isinstance(chunk, ToolReferenceChunk):
            text += f"<Reference title={chunk.title}>"
    return text


def reconstitute_message_content(
    chunks: Sequence[str | OutputContentChunks],
) -> str | MessageOutputContentChunks:
    """A message's content from its streamed pieces: one string when they are all text,
    otherwise chunks, adjacent text merged."""
    if all(isinstance(chunk, str) for chunk in chunks):
        return "".join(cast(Sequence[str], chunks))
    content: MessageOutputContentChunks = []
    for piece in chunks:
        chunk = TextChunk(text=piece) if isinstance(piece, str) else piece
        if isinstance(chunk, TextChunk) and content and isinstance(content[-1], TextChunk):
            content[-1] = TextChunk(text=content[-1].text + chunk.text)
        else:
            content.append(chunk)
    return content


def reconstitute_function_call_args(chunks: Sequence[str]) -> str:
    """A function call's arguments (JSON text) from their streamed pieces."""
    return "".join(chunks)


def _entry_of(events: list[Any]) -> RunOutputEntry | None:
    """One entry from the events of one output item (all with the same id)."""
    first = events[0]
    if isinstance(first, MessageOutputEvent):
        messages = cast(list[MessageOutputEvent], events)
        return MessageOutputEntry(
            content=reconstitute_message_content([e.content for e in messages]),
            created_at=first.created_at,
            id=first.id,
            agent_id=first.agent_id,
            model=first.model,
            role=first.role,
        )
    if isinstance(first, FunctionCallEvent):
        calls = cast(list[FunctionCallEvent], events)
        status = next((e.confirmation_status for e in calls if e.confirmation_status), None)
        return FunctionCallEntry(
            name=first.name,
            arguments=reconstitute_function_call_args([e.arguments for e in calls]),
            created_at=first.created_at,
            id=first.id,
            agent_id=first.agent_id,
            model=first.model,
            tool_call_id=first.tool_call_id,
            confirmation_status=status,
        )
    if isinstance(
        first, ToolExecutionStartedEvent | ToolExecutionDeltaEvent | ToolExecutionDoneEvent
    ):
        # Built-in tools (web search, code interpreter...) run on the server: started (with
        # the arguments), deltas (more arguments), done (with the outcome in ``info``).
        started = next((e for e in events if isinstance(e, ToolExecutionStartedEvent)), None)
        done = next((e for e in events if isinstance(e, ToolExecutionDoneEvent)), None)
        arguments = "".join(
            e.arguments
            for e in events
            if isinstance(e, ToolExecutionStartedEvent | ToolExecutionDeltaEvent)
        )
        return ToolExecutionEntry(
            id=first.id,
            name=first.name,
            arguments=arguments,
            info=done.info if done is not None else None,
            created_at=first.created_at,
            completed_at=done.created_at if done is not None else None,
            model=started.model if started is not None else None,
            agent_id=started.agent_id if started is not None else None,
        )
    if isinstance(first, AgentHandoffStartedEvent | AgentHandoffDoneEvent):
        started_h = next((e for e in events if isinstance(e, AgentHandoffStartedEvent)), None)
        done_h = next((e for e in events if isinstance(e, AgentHandoffDoneEvent)), None)
        if started_h is None or done_h is None:
            return None  # a handoff cut in the middle says nothing usable
        return AgentHandoffEntry(
            id=first.id,
            previous_agent_id=started_h.previous_agent_id,
            previous_agent_name=started_h.previous_agent_name,
            next_agent_id=done_h.next_agent_id,
            next_agent_name=done_h.next_agent_name,
            created_at=started_h.created_at,
            completed_at=done_h.created_at,
        )
    return None


def reconstitue_entries(
    received_event_tracker: Mapping[int, Sequence[ConversationEventsData]],
) -> list[RunOutputEntry]:
    """The entries a stream produced, from its events grouped by ``output_index`` (2.x
    spelling). Messages, function calls, built-in tool executions and agent handoffs are
    rebuilt; events of several items sharing an index are told apart by their id."""
    entries: list[RunOutputEntry] = []
    for _, events in sorted(received_event_tracker.items(), key=lambda item: item[0]):
        by_item: dict[tuple[str, str], list[Any]] = {}
        for event in events:
            ident = getattr(event, "id", None)
            kind = (
                type(event)
                .__name__.removesuffix("StartedEvent")
                .removesuffix("DeltaEvent")
                .removesuffix("DoneEvent")
                .removesuffix("Event")
            )
            by_item.setdefault((kind, str(ident)), []).append(event)
        for item_events in by_item.values():
            entry = _entry_of(item_events)
            if entry is not None:
                entries.append(entry)
    return entries


@dataclass
class RunFiles:
    """A file produced during a run (2.x)."""

    id: str
    name: str
    content: bytes


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
    files: dict[str, RunFiles] = pydantic.Field(default_factory=dict[str, RunFiles])

    def get_file(self, file_id: str) -> RunFiles | None:
        """A file produced during the run, by id."""
        return self.files.get(file_id)

    @property
    def entries(self) -> list[InputEntry | RunOutputEntry]:
        """The run's inputs then its outputs."""
        return [*self.input_entries, *self.output_entries]

    @property
    def messages(self) -> list[MessageOutputEntry]:
        """The model's messages among the outputs."""
        return [e for e in self.output_entries if isinstance(e, MessageOutputEntry)]

    @property
    def output_as_text(self) -> str:
        """The text of the model's messages (:func:`as_text`), one line per message as 2.x;
        ``""`` when the run produced no message."""
        return "\n".join(as_text(message) for message in self.messages)

    @property
    def output_as_model(self) -> pydantic.BaseModel:
        """The answer parsed into the context's ``output_format`` (``RunError`` without it)."""
        if self.output_model is None:
            from mistralai.api.agents.run.errors import RunError

            raise RunError("no output model: set output_format on the RunContext")
        return self.output_model
