"""The state of one conversation run and its rules (what to send, what a response means).

:class:`Run` holds what a run has gathered (inputs, outputs, usage, the calls paused for
confirmation) and decides what each request carries; :mod:`mistralai.api.agents._run_flow`
walks through a run with it, and only the drivers do I/O (calling the local functions is
:meth:`Run.execute` / :meth:`Run.execute_async`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias, cast

import pydantic

from mistralai.api.agents.models import (
    Agent,
    CompletionArgs,
    CompletionArgsTypedDict,
    ConversationInputs,
    ConversationInputsTypedDict,
    ConversationRequestTool,
    ConversationRequestToolTypedDict,
    ConversationResponse,
    FunctionCallEntry,
    FunctionResultEntry,
    InputEntries,
    MessageInputEntry,
    ToolCallConfirmation,
)
from mistralai.api.agents.run.context import RunContext
from mistralai.api.agents.run.deferred import (
    is_deferred_response,
    is_server_deferred,
    plan_deferred_responses,
)
from mistralai.api.agents.run.errors import RunError, ToolExecutionError
from mistralai.api.agents.run.result import (
    InputEntry,
    RunResult,
    RunResultEvents,
)
from mistralai.api.agents.run.tools import RunMCPTool, check_sync_call, result_text
from mistralai.core.errors import RequestValidationError
from mistralai.core.runtime import UNSET, OptionalNullable, RetryConfig
from mistralai.extra.exceptions import (
    DeferralReason,
    DeferredToolCallEntry,
    DeferredToolCallResponse,
    DeferredToolCallsException,
)

__all__ = [
    "Run",
    "RunAnswers",
    "RunCompletionArgs",
    "RunInputs",
    "RunOptions",
    "RunStreamItem",
    "RunTools",
]

RunInputs: TypeAlias = ConversationInputs | ConversationInputsTypedDict
RunAnswers: TypeAlias = Sequence[DeferredToolCallResponse | Any]
"""Inputs that answer a paused run: ``confirm()`` / ``reject()`` answers, possibly mixed with
entries (the paused run's ``executed_results``...)."""
RunTools: TypeAlias = Sequence[ConversationRequestTool | ConversationRequestToolTypedDict]
RunCompletionArgs: TypeAlias = CompletionArgs | CompletionArgsTypedDict
RunStreamItem: TypeAlias = RunResultEvents | RunResult

_INPUTS_ADAPTER: pydantic.TypeAdapter[InputEntries] = pydantic.TypeAdapter(InputEntries)


def _input_entries(inputs: RunInputs) -> list[InputEntry]:
    if isinstance(inputs, str):
        return [MessageInputEntry(role="user", content=inputs)]
    try:
        return list(_INPUTS_ADAPTER.validate_python(inputs))
    except pydantic.ValidationError as exc:  # as the generated methods do: nothing is sent
        raise RequestValidationError.from_pydantic(
            exc, "invalid inputs for the conversation run", root="inputs"
        ) from exc


class RunOptions:
    """The per-call options forwarded to every request of a run."""

    __slots__ = ("http_headers", "retries", "server_url", "timeout_ms")

    def __init__(
        self,
        retries: OptionalNullable[RetryConfig],
        server_url: str | None,
        timeout_ms: int | None,
        http_headers: Mapping[str, str] | None,
    ) -> None:
        self.retries = retries
        self.server_url = server_url
        self.timeout_ms = timeout_ms
        self.http_headers = http_headers

    def kwargs(self) -> dict[str, Any]:
        return {
            "retries": self.retries,
            "server_url": self.server_url,
            "timeout_ms": self.timeout_ms,
            "http_headers": self.http_headers,
        }


def _drop_defaults(value: object) -> object:
    # Fields at their default (``"strict": false``...) are sent by some and omitted by
    # others: compare tool definitions without them, so an unchanged agent is not updated.
    if isinstance(value, dict):
        items = cast(dict[str, object], value).items()
        return {k: _drop_defaults(v) for k, v in items if k != "strict" or v is not False}
    if isinstance(value, list):
        return [_drop_defaults(v) for v in cast(list[object], value)]
    return value


def _comparable(tools: list[dict[str, Any]]) -> object:
    return _drop_defaults(tools)


class Run:
    """One run's state and its rules (the flow asks it what to send and what to do next)."""

    def __init__(
        self,
        ctx: RunContext,
        inputs: RunInputs | RunAnswers,
        instructions: OptionalNullable[str],
        tools: OptionalNullable[RunTools],
        completion_args: OptionalNullable[RunCompletionArgs],
        name: OptionalNullable[str],
        description: OptionalNullable[str],
        options: RunOptions,
    ) -> None:
        if ctx.conversation_id is None and ctx.model is None and ctx.agent_id is None:
            raise RunError("the RunContext needs a model, an agent_id or a conversation_id to run")
        self.ctx = ctx
        # Answers to a paused run are taken out of the inputs: they become calls to execute
        # (the flow executes them first), results, and ``tool_confirmations`` of the next append.
        answers: list[DeferredToolCallResponse] = []
        raw: object = inputs  # validated later: it may be anything the caller passed
        if isinstance(raw, list | tuple):
            items = cast(Sequence[object], raw)
            answers = [i for i in items if is_deferred_response(i)]
            if answers:
                if ctx.conversation_id is None:
                    raise RunError(
                        "answers to deferred tool calls continue a conversation: the "
                        "RunContext needs the paused run's conversation_id"
                    )
                inputs = cast(RunInputs, [i for i in items if not is_deferred_response(i)])
        self.plan = plan_deferred_responses(answers, ctx.tools)
        self.tool_confirmations: list[ToolCallConfirmation] | None = self.plan.confirmations or None
        self.pending: RunInputs | list[FunctionResultEntry] = cast(RunInputs, inputs)
        self.instructions = instructions
        self.tools = tools
        self.name = name
        self.description = description
        self.options = options
        self.completion_args = self._completion_args(completion_args)
        self.steps = 0
        self.result = RunResult(
            input_entries=_input_entries(cast(RunInputs, inputs)),
            conversation_id=ctx.conversation_id,
        )

    # -- resuming a paused run

    def resume_calls(self) -> list[FunctionCallEntry]:
        """The confirmed calls of a paused run, to execute before anything is sent."""
        return [i for i in self.plan.items if isinstance(i, FunctionCallEntry)]

    def resumed(self, executed: list[FunctionResultEntry]) -> None:
        """Add every answer's result (``executed``: those of :meth:`resume_calls`, in order)
        to the inputs."""
        done = iter(executed)
        results = [i if isinstance(i, FunctionResultEntry) else next(done) for i in self.plan.items]
        if not results:
            return
        given = self.pending if isinstance(self.pending, list) else []
        self.pending = cast(RunInputs, [*given, *results])
        self.result.input_entries.extend(results)

    def _completion_args(
        self, given: OptionalNullable[RunCompletionArgs]
    ) -> OptionalNullable[dict[str, Any]]:
        response_format = self.ctx._response_format_dict()  # pyright: ignore[reportPrivateUsage]
        if isinstance(given, CompletionArgs):
            args: dict[str, Any] = given.model_dump(exclude_unset=True, by_alias=True)
        elif isinstance(given, Mapping):
            args = dict(given)
        else:
            args = {}
        if response_format is not None and self.ctx.agent_id is None:
            args.setdefault("response_format", response_format)
        if args:
            return args
        return None if given is None else UNSET

    # -- requests

    @property
    def starting(self) -> bool:
        return self.ctx.conversation_id is None

    def next_step(self) -> None:
        if self.steps >= self.ctx.max_steps:
            raise RunError(
                f"the model was still calling functions after {self.steps} requests "
                f"(RunContext.max_steps={self.ctx.max_steps})"
            )
        self.steps += 1
        self.ctx.request_count += 1

    @property
    def prepares_agent(self) -> bool:
        """Whether an agent must be given the registered functions (or the output format)
        before the run starts."""
        ctx = self.ctx
        return (
            self.starting
            and ctx.agent_id is not None
            and bool(ctx.tools or ctx.output_format is not None)
        )

    def agent_update(self, agent: Agent) -> dict[str, Any] | None:
        """The ``beta.agents.update`` arguments that give the agent the registered functions
        (and the output format), or None when it already has them."""
        registered = self.ctx.get_tools()
        names = {tool.function.name for tool in registered}
        current = [tool.model_dump(mode="json", by_alias=True) for tool in agent.tools or []]
        kept = [
            tool
            for tool in current
            if not (
                tool.get("type") == "function" and tool.get("function", {}).get("name") in names
            )
        ]
        wanted = kept + [tool.model_dump(mode="json", by_alias=True) for tool in registered]
        update: dict[str, Any] = {}
        if _comparable(wanted) != _comparable(current):
            update["tools"] = wanted
        response_format = self.ctx._response_format_dict()  # pyright: ignore[reportPrivateUsage]
        if response_format is not None:
            args = (
                agent.completion_args.model_dump(mode="json", exclude_unset=True, by_alias=True)
                if agent.completion_args is not None
                else {}
            )
            if args.get("response_format") != response_format:
                update["completion_args"] = {**args, "response_format": response_format}
        return update or None

    def _wire_inputs(self) -> object:
        # 2.x sends a text input as one message.input entry (with its defaults: prefix false,
        # object "entry"), never the bare string
        pending = self.pending
        return _input_entries(pending) if isinstance(pending, str) else pending

    def start_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "inputs": self._wire_inputs(),
            "instructions": self.instructions,
            "completion_args": self.completion_args,
            "name": self.name,
            "description": self.description,
            **self.options.kwargs(),
        }
        given: list[ConversationRequestTool | ConversationRequestToolTypedDict] = (
            list(self.tools) if isinstance(self.tools, Sequence) else []
        )
        if self.ctx.agent_id is not None:
            kwargs["agent_id"] = self.ctx.agent_id
            kwargs["tools"] = given or self.tools
        else:
            kwargs["model"] = self.ctx.model
            everything: list[Any] = [*given, *self.ctx.get_tools()]
            # 2.x sends the run's tools even when there are none (``tools: []``)
            kwargs["tools"] = everything or (self.tools if self.tools is not UNSET else [])
        return kwargs

    def append_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "conversation_id": self.ctx.conversation_id,
            "inputs": self._wire_inputs(),
            **self.options.kwargs(),
        }
        if isinstance(self.completion_args, dict):
            kwargs["completion_args"] = self.completion_args
        if self.tool_confirmations is not None:
            kwargs["tool_confirmations"] = self.tool_confirmations
            self.tool_confirmations = None  # sent once, with the first append
        return kwargs

    # -- responses

    def absorb(self, response: ConversationResponse) -> list[FunctionCallEntry]:
        """Record a response; its function calls (none: the run is over)."""
        self.ctx.conversation_id = response.conversation_id
        self.result.conversation_id = response.conversation_id
        self.result.response = response
        self.result.output_entries.extend(response.outputs)
        usage = self.result.usage
        usage.prompt_tokens += response.usage.prompt_tokens
        usage.completion_tokens += response.usage.completion_tokens
        usage.total_tokens += response.usage.total_tokens
        calls = [e for e in response.outputs if isinstance(e, FunctionCallEntry)]
        for call in calls:
            if not is_server_deferred(call):  # the server runs those: they need no function
                self.ctx.get_tool(call.name)  # an unknown function stops the run, named
        return calls

    def deferred(self, calls: list[FunctionCallEntry]) -> list[FunctionCallEntry]:
        """The calls that wait for the caller (confirmation required here or on the server)."""
        return [c for c in calls if self.ctx.requires_confirmation(c.name) or is_server_deferred(c)]

    def record_results(self, results: list[FunctionResultEntry]) -> None:
        self.result.output_entries.extend(results)
        self.pending = results

    def pause(
        self, deferred: list[FunctionCallEntry], executed: list[FunctionResultEntry]
    ) -> DeferredToolCallsException:
        """The exception that pauses the run on ``deferred`` (``executed``: the results of the
        same response's other calls, recorded but not sent)."""
        self.result.output_entries.extend(executed)
        entries = [
            DeferredToolCallEntry(
                call,
                reason=DeferralReason.SERVER_SIDE_CONFIRMATION_REQUIRED
                if is_server_deferred(call)
                else DeferralReason.CONFIRMATION_REQUIRED,
            )
            for call in deferred
        ]
        return DeferredToolCallsException(
            self.ctx.conversation_id,
            entries,
            list(self.result.output_entries),
            executed_results=executed,
        )

    def finish(self) -> RunResult:
        output_format = self.ctx.output_format
        if output_format is not None and self.result.messages:
            try:
                self.result.output_model = output_format.model_validate_json(
                    self.result.output_as_text
                )
            except pydantic.ValidationError as exc:
                raise RunError(
                    f"the answer does not match the output format {output_format.__name__}: {exc}"
                ) from exc
        return self.result

    # -- functions

    def _result_entry(self, call: FunctionCallEntry, value: object) -> FunctionResultEntry:
        return FunctionResultEntry(tool_call_id=call.tool_call_id, result=result_text(value))

    def _error_entry(self, call: FunctionCallEntry, error: Exception) -> FunctionResultEntry:
        if not self.ctx.continue_on_fn_error:
            raise ToolExecutionError(call.name, call.tool_call_id, error) from error
        text = f"Error while executing {call.name}: {type(error).__name__}: {error}"
        return FunctionResultEntry(tool_call_id=call.tool_call_id, result=text)

    def execute(self, call: FunctionCallEntry) -> FunctionResultEntry:
        tool = self.ctx.get_tool(call.name)
        if isinstance(tool, RunMCPTool):
            # An MCP session lives in the event loop that opened it: reachable from sync code
            # only while that loop runs in another thread (RunError otherwise, naming the fix).
            try:
                value = tool.call(call.arguments)
            except RunError:
                raise
            except Exception as exc:
                return self._error_entry(call, exc)
            return self._result_entry(call, value)
        check_sync_call(tool)  # a misuse of the sync helpers stops the run; the function's
        try:  # own errors (whatever their type) go back to the model, as in execute_async
            value = tool.call(call.arguments)
        except Exception as exc:
            return self._error_entry(call, exc)
        return self._result_entry(call, value)

    async def execute_async(self, call: FunctionCallEntry) -> FunctionResultEntry:
        tool = self.ctx.get_tool(call.name)
        try:
            value = await tool.call_async(call.arguments)
        except Exception as exc:
            return self._error_entry(call, exc)
        return self._result_entry(call, value)
