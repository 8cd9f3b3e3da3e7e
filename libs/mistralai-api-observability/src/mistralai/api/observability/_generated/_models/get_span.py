# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (GetSpan...)."""

from datetime import datetime
from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "GetSpan",
    "GetSpanStatusCode",
]

GetSpanStatusCode: TypeAlias = Literal["Error", "Ok", "Unset"] | str


class GetSpan(BaseModel):
    __mistral_keep__ = frozenset()
    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    span_id: str
    parent_span_id: str
    trace_state: str
    start_time: datetime
    end_time: datetime
    duration_ns: int
    span_name: str
    span_kind: str
    service_name: str
    status_code: GetSpanStatusCode
    status_message: str
    error_type: str
    operation_name: str
    provider_name: str
    request_model: str
    response_model: str
    response_id: str
    output_type: str
    conversation_id: str
    data_source_id: str
    agent_id: str
    agent_name: str
    agent_version: str
    agent_description: str
    workflow_name: str
    prompt_name: str
    tool_name: str
    tool_type: str
    tool_call_id: str
    input_messages: str
    output_messages: str
    system_instructions: str
    tool_definitions: str
    tool_call_arguments: str
    tool_call_result: str
    request_choice_count: int
    request_max_tokens: int
    request_temperature: float | None
    request_top_p: float | None
    request_top_k: float | None
    request_presence_penalty: float | None
    request_frequency_penalty: float | None
    request_seed: int
    request_stop_sequences: list[str]
    request_encoding_formats: list[str]
    response_finish_reasons: list[str]
    usage_input_tokens: int
    usage_output_tokens: int
    usage_cache_read_input_tokens: int
    usage_cache_creation_input_tokens: int
    resource_attributes: dict[str, str]
    span_attributes: dict[str, str]
    scope_name: str
    scope_version: str
