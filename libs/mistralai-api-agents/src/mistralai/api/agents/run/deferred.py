"""Deferred tool calls: the answers a caller passes back to resume a paused run.

A run pauses (raises :class:`~mistralai.extra.exceptions.DeferredToolCallsException`) on the
calls of functions registered with ``requires_confirmation`` and on the calls the server sent
with ``confirmation_status: "pending"``. The caller resumes it with
``run(ctx, [*exc.executed_results, call.confirm(), other.reject("no")])``; here those answers
become what the next request sends:

- client-side confirmation (``DeferralReason.CONFIRMATION_REQUIRED``): the call to execute
  locally (``override_args`` merged over the model's arguments), its result sent back;
- client-side rejection: a ``function.result`` with the rejection message;
- server-side confirmation / rejection (``SERVER_SIDE_CONFIRMATION_REQUIRED``): a
  ``ToolCallConfirmation`` ``allow`` / ``deny`` in the append's ``tool_confirmations``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeGuard, cast

from mistralai.api.agents.models import FunctionCallEntry, FunctionResultEntry, ToolCallConfirmation
from mistralai.api.agents.run.errors import RunError
from mistralai.extra.exceptions import (
    DeferralReason,
    DeferredToolCallConfirmation,
    DeferredToolCallRejection,
    DeferredToolCallResponse,
)

__all__ = ["DeferredPlan", "is_deferred_response", "is_server_deferred", "plan_deferred_responses"]


def is_deferred_response(obj: object) -> TypeGuard[DeferredToolCallResponse]:
    """Whether ``obj`` is a caller's answer to a deferred call."""
    return isinstance(obj, DeferredToolCallConfirmation | DeferredToolCallRejection)


def is_server_deferred(call: FunctionCallEntry) -> bool:
    """Whether the server holds ``call`` until the caller confirms it."""
    return call.confirmation_status == "pending"


@dataclass
class DeferredPlan:
    """What the answers turn into, in the answers' order: ``items`` holds the calls to
    execute locally and the ready results; ``confirmations`` go to ``tool_confirmations``."""

    items: list[FunctionCallEntry | FunctionResultEntry] = field(
        default_factory=list[FunctionCallEntry | FunctionResultEntry]
    )
    confirmations: list[ToolCallConfirmation] = field(default_factory=list[ToolCallConfirmation])


def _arguments(call: FunctionCallEntry) -> dict[str, Any]:
    raw = call.arguments
    data: object = json.loads(raw or "{}") if isinstance(raw, str) else raw
    if not isinstance(data, dict):
        raise RunError(f"the arguments of {call.name!r} are not a JSON object: {raw!r}")
    return cast(dict[str, Any], data)


def plan_deferred_responses(
    responses: Iterable[DeferredToolCallResponse], registered: Iterable[str]
) -> DeferredPlan:
    """Turn the caller's answers into calls to execute, results and server confirmations.

    A client-side confirmation of a tool that is not registered raises :class:`RunError`."""
    known = set(registered)
    plan = DeferredPlan()
    for answer in responses:
        server_side = answer.deferral_reason == DeferralReason.SERVER_SIDE_CONFIRMATION_REQUIRED
        if isinstance(answer, DeferredToolCallConfirmation):
            if server_side:
                plan.confirmations.append(
                    ToolCallConfirmation(tool_call_id=answer.tool_call_id, confirmation="allow")
                )
                continue
            if answer.tool_name not in known:
                raise RunError(f"Tool '{answer.tool_name}' is not registered in the RunContext")
            call = answer.function_call
            if answer.override_args is not None:
                merged = {**_arguments(call), **answer.override_args}
                call = FunctionCallEntry(
                    id=call.id,
                    tool_call_id=answer.tool_call_id,
                    name=answer.tool_name,
                    arguments=json.dumps(merged),
                )
            plan.items.append(call)
        elif server_side:
            plan.confirmations.append(
                ToolCallConfirmation(tool_call_id=answer.tool_call_id, confirmation="deny")
            )
        else:
            plan.items.append(
                FunctionResultEntry(tool_call_id=answer.tool_call_id, result=answer.message)
            )
    return plan
