# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (AgentHandoffEntry, FunctionCallEntry, ToolExecutionEntry...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar, Literal, TypeAlias

from mistralai.api.agents._generated._models.tool_execution_info import ToolExecutionInfo
from mistralai.core.models import BuiltInConnectors
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "AgentHandoffEntry",
    "FunctionCallEntry",
    "FunctionCallEntryArguments",
    "FunctionCallEntryConfirmationStatus",
    "ToolExecutionEntry",
]


class AgentHandoffEntry(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "entry",
        "type": "agent.handoff",
    }
    __mistral_keep__ = frozenset({"object", "type"})
    __mistral_drop_none__ = frozenset({"created_at", "id"})
    object: Literal["entry"] = "entry"
    type: Literal["agent.handoff"] = "agent.handoff"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    id: str | None = None
    previous_agent_id: str
    previous_agent_name: str
    next_agent_id: str
    next_agent_name: str


FunctionCallEntryConfirmationStatus: TypeAlias = Literal["pending", "allowed", "denied"] | str

FunctionCallEntryArguments: TypeAlias = dict[str, Any] | str


class FunctionCallEntry(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "entry",
        "type": "function.call",
    }
    __mistral_keep__ = frozenset({"object", "type"})
    __mistral_drop_none__ = frozenset({"created_at", "id"})
    object: Literal["entry"] = "entry"
    type: Literal["function.call"] = "function.call"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    agent_id: str | None = None
    model: str | None = None
    id: str | None = None
    tool_call_id: str
    name: str
    arguments: FunctionCallEntryArguments
    confirmation_status: FunctionCallEntryConfirmationStatus | None = None


class ToolExecutionEntry(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "entry",
        "type": "tool.execution",
    }
    __mistral_keep__ = frozenset({"object", "type"})
    __mistral_drop_none__ = frozenset({"created_at", "id", "info"})
    object: Literal["entry"] = "entry"
    type: Literal["tool.execution"] = "tool.execution"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    agent_id: str | None = None
    model: str | None = None
    id: str | None = None
    name: BuiltInConnectors | str
    arguments: str
    info: ToolExecutionInfo | None = None
