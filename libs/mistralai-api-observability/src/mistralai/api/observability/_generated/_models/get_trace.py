# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (GetTrace...)."""

from datetime import datetime
from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "GetTrace",
    "GetTraceStatusCode",
]

GetTraceStatusCode: TypeAlias = Literal["Error", "Unset"] | str


class GetTrace(BaseModel):
    __mistral_keep__ = frozenset()
    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    root_span_id: str
    root_span_name: str
    start_time: datetime
    end_time: datetime
    duration_ns: int
    service_name: str
    environment: str
    conversation_id: str
    workflow_name: str
    agent_id: str
    agent_name: str
    status_code: GetTraceStatusCode
    error_count: int
    span_count: int
    gen_ai_span_count: int
    llm_call_count: int
    tool_call_count: int
    retrieval_count: int
    evaluation_count: int
    input_tokens: int
    output_tokens: int
    cache_read_input_tokens: int
    cache_creation_input_tokens: int
    models_used: list[str]
    tools_used: list[str]
    first_turn_last_input_message: str
    first_turn_last_output_message: str
    last_turn_last_input_message: str
    last_turn_last_output_message: str
