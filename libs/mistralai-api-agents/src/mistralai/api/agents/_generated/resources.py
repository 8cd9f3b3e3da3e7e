# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Resources (API methods) of the mistralai-api-agents distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from mistralai.api.agents._generated import models
from mistralai.core.runtime import (
    UNSET,
    AsyncListPage,
    CursorPaging,
    EventStream,
    EventStreamAsync,
    Operation,
    OptionalNullable,
    PagePaging,
    RawResource,
    Resource,
    RetryConfig,
    StreamOperation,
    SyncListPage,
    paginate,
    paginate_async,
    raw_method,
)

__all__ = [
    "Agents",
    "AgentsWithRawResponse",
    "BetaAgents",
    "BetaAgentsWithRawResponse",
    "BetaPrompts",
    "BetaPromptsWithRawResponse",
    "Conversations",
    "ConversationsWithRawResponse",
    "Skills",
    "SkillsWithRawResponse",
]

_AGENTS_COMPLETE: Operation[models.ChatCompletionResponse] = Operation(
    operation_id="agents_completion_v1_agents_completions_post",
    method="POST",
    path="/v1/agents/completions",
    namespace="agents",
    retry_safe=True,
    response=lambda: models.ChatCompletionResponse,
    body=lambda: models.AgentsCompletionRequest,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset(
        {"stream", "response_format", "tool_choice", "prediction", "parallel_tool_calls"}
    ),
)
_AGENTS_STREAM: StreamOperation[models.CompletionEvent] = StreamOperation(
    event=lambda: models.CompletionEvent,
    event_fields=frozenset({"data"}),
    sentinel="[DONE]",
    operation_id="agents_completion_v1_agents_completions_post",
    method="POST",
    path="/v1/agents/completions",
    namespace="agents",
    retry_safe=True,
    body=lambda: models.AgentsCompletionRequest,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset(
        {"stream", "response_format", "tool_choice", "prediction", "parallel_tool_calls"}
    ),
)
_BETA_AGENTS_CREATE: Operation[models.Agent] = Operation(
    operation_id="agents_api_v1_agents_create",
    method="POST",
    path="/v1/agents",
    namespace="beta.agents",
    retry_safe=False,
    response=lambda: models.Agent,
    body=lambda: models.CreateAgentRequest,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"tools", "completion_args"}),
)
_BETA_AGENTS_LIST: Operation[list[models.Agent]] = Operation(
    operation_id="agents_api_v1_agents_list",
    method="GET",
    path="/v1/agents",
    namespace="beta.agents",
    retry_safe=True,
    response=lambda: list[models.Agent],
    query_json=frozenset({"metadata"}),
    omit_none=frozenset({"page", "page_size", "metadata"}),
)
_BETA_AGENTS_LIST_PAGING = PagePaging(items="", param="page", start=0)
_BETA_AGENTS_LIST_PAGES: Operation[models.AgentListPage] = Operation(
    operation_id="agents_api_v1_agents_list_pages",
    method="GET",
    path="/v1/agents/pages",
    namespace="beta.agents",
    retry_safe=True,
    response=lambda: models.AgentListPage,
    query_json=frozenset({"metadata"}),
    omit_none=frozenset({"page_size", "metadata"}),
)
_BETA_AGENTS_LIST_PAGES_PAGING = CursorPaging(
    items="data", cursor="next_page_token", param="page_token"
)
_BETA_AGENTS_GET: Operation[models.Agent] = Operation(
    operation_id="agents_api_v1_agents_get",
    method="GET",
    path="/v1/agents/{agent_id}",
    namespace="beta.agents",
    retry_safe=True,
    response=lambda: models.Agent,
)
_BETA_AGENTS_UPDATE: Operation[models.Agent] = Operation(
    operation_id="agents_api_v1_agents_update",
    method="PATCH",
    path="/v1/agents/{agent_id}",
    namespace="beta.agents",
    retry_safe=False,
    response=lambda: models.Agent,
    body=lambda: models.UpdateAgentRequest,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"tools", "completion_args"}),
)
_BETA_AGENTS_DELETE: Operation[None] = Operation(
    operation_id="agents_api_v1_agents_delete",
    method="DELETE",
    path="/v1/agents/{agent_id}",
    namespace="beta.agents",
    retry_safe=True,
    response=None,
)
_BETA_AGENTS_UPDATE_VERSION: Operation[models.Agent] = Operation(
    operation_id="agents_api_v1_agents_update_version",
    method="PATCH",
    path="/v1/agents/{agent_id}/version",
    namespace="beta.agents",
    retry_safe=False,
    response=lambda: models.Agent,
)
_BETA_AGENTS_LIST_VERSIONS: Operation[list[models.Agent]] = Operation(
    operation_id="agents_api_v1_agents_list_versions",
    method="GET",
    path="/v1/agents/{agent_id}/versions",
    namespace="beta.agents",
    retry_safe=True,
    response=lambda: list[models.Agent],
    omit_none=frozenset({"page", "page_size"}),
)
_BETA_AGENTS_LIST_VERSIONS_PAGING = PagePaging(items="", param="page", start=0)
_BETA_AGENTS_GET_VERSION: Operation[models.Agent] = Operation(
    operation_id="agents_api_v1_agents_get_version",
    method="GET",
    path="/v1/agents/{agent_id}/versions/{version}",
    namespace="beta.agents",
    retry_safe=True,
    response=lambda: models.Agent,
)
_BETA_AGENTS_CREATE_VERSION_ALIAS: Operation[models.AgentAliasResponse] = Operation(
    operation_id="agents_api_v1_agents_create_or_update_alias",
    method="PUT",
    path="/v1/agents/{agent_id}/aliases",
    namespace="beta.agents",
    retry_safe=True,
    response=lambda: models.AgentAliasResponse,
)
_BETA_AGENTS_LIST_VERSION_ALIASES: Operation[list[models.AgentAliasResponse]] = Operation(
    operation_id="agents_api_v1_agents_list_version_aliases",
    method="GET",
    path="/v1/agents/{agent_id}/aliases",
    namespace="beta.agents",
    retry_safe=True,
    response=lambda: list[models.AgentAliasResponse],
)
_BETA_AGENTS_DELETE_VERSION_ALIAS: Operation[None] = Operation(
    operation_id="agents_api_v1_agents_delete_alias",
    method="DELETE",
    path="/v1/agents/{agent_id}/aliases",
    namespace="beta.agents",
    retry_safe=True,
    response=None,
)
_CONVERSATIONS_START: Operation[models.ConversationResponse] = Operation(
    operation_id="agents_api_v1_conversations_start",
    method="POST",
    path="/v1/conversations",
    namespace="beta.conversations",
    retry_safe=False,
    response=lambda: models.ConversationResponse,
    body=lambda: models.ConversationRequest,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"stream"}),
)
_CONVERSATIONS_LIST: Operation[list[models.ModelConversation | models.AgentConversation]] = (
    Operation(
        operation_id="agents_api_v1_conversations_list",
        method="GET",
        path="/v1/conversations",
        namespace="beta.conversations",
        retry_safe=True,
        response=lambda: list[models.ModelConversation | models.AgentConversation],
        query_json=frozenset({"metadata"}),
        omit_none=frozenset({"page", "page_size", "metadata"}),
    )
)
_CONVERSATIONS_LIST_PAGING = PagePaging(items="", param="page", start=0)
_CONVERSATIONS_GET: Operation[models.ModelConversation | models.AgentConversation] = Operation(
    operation_id="agents_api_v1_conversations_get",
    method="GET",
    path="/v1/conversations/{conversation_id}",
    namespace="beta.conversations",
    retry_safe=True,
    response=lambda: models.ModelConversation | models.AgentConversation,
)
_CONVERSATIONS_DELETE: Operation[None] = Operation(
    operation_id="agents_api_v1_conversations_delete",
    method="DELETE",
    path="/v1/conversations/{conversation_id}",
    namespace="beta.conversations",
    retry_safe=True,
    response=None,
)
_CONVERSATIONS_APPEND: Operation[models.ConversationResponse] = Operation(
    operation_id="agents_api_v1_conversations_append",
    method="POST",
    path="/v1/conversations/{conversation_id}",
    namespace="beta.conversations",
    retry_safe=False,
    response=lambda: models.ConversationResponse,
    body=lambda: models.ConversationAppendRequest,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"inputs", "store", "handoff_execution", "completion_args", "stream"}),
)
_CONVERSATIONS_GET_HISTORY: Operation[models.ConversationHistory] = Operation(
    operation_id="agents_api_v1_conversations_history",
    method="GET",
    path="/v1/conversations/{conversation_id}/history",
    namespace="beta.conversations",
    retry_safe=True,
    response=lambda: models.ConversationHistory,
)
_CONVERSATIONS_GET_MESSAGES: Operation[models.ConversationMessages] = Operation(
    operation_id="agents_api_v1_conversations_messages",
    method="GET",
    path="/v1/conversations/{conversation_id}/messages",
    namespace="beta.conversations",
    retry_safe=True,
    response=lambda: models.ConversationMessages,
)
_CONVERSATIONS_RESTART: Operation[models.ConversationResponse] = Operation(
    operation_id="agents_api_v1_conversations_restart",
    method="POST",
    path="/v1/conversations/{conversation_id}/restart",
    namespace="beta.conversations",
    retry_safe=False,
    response=lambda: models.ConversationResponse,
    body=lambda: models.ConversationRestartRequest,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"inputs", "store", "handoff_execution", "completion_args", "stream"}),
)
_CONVERSATIONS_START_STREAM: StreamOperation[models.ConversationEvents] = StreamOperation(
    event=lambda: models.ConversationEvents,
    event_fields=frozenset({"event", "data"}),
    operation_id="agents_api_v1_conversations_start_stream",
    method="POST",
    path="/v1/conversations",
    namespace="beta.conversations",
    retry_safe=False,
    body=lambda: models.ConversationStreamRequest,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"stream"}),
)
_CONVERSATIONS_APPEND_STREAM: StreamOperation[models.ConversationEvents] = StreamOperation(
    event=lambda: models.ConversationEvents,
    event_fields=frozenset({"event", "data"}),
    operation_id="agents_api_v1_conversations_append_stream",
    method="POST",
    path="/v1/conversations/{conversation_id}",
    namespace="beta.conversations",
    retry_safe=False,
    body=lambda: models.ConversationAppendStreamRequest,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"inputs", "store", "handoff_execution", "completion_args", "stream"}),
)
_CONVERSATIONS_RESTART_STREAM: StreamOperation[models.ConversationEvents] = StreamOperation(
    event=lambda: models.ConversationEvents,
    event_fields=frozenset({"event", "data"}),
    operation_id="agents_api_v1_conversations_restart_stream",
    method="POST",
    path="/v1/conversations/{conversation_id}/restart",
    namespace="beta.conversations",
    retry_safe=False,
    body=lambda: models.ConversationRestartStreamRequest,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"inputs", "store", "handoff_execution", "completion_args", "stream"}),
)
_BETA_PROMPTS_LIST: Operation[models.ListPromptsResponse] = Operation(
    operation_id="prompts_list",
    method="GET",
    path="/v2/prompts",
    namespace="beta.prompts",
    retry_safe=True,
    response=lambda: models.ListPromptsResponse,
    omit_none=frozenset(
        {
            "pageSize",
            "pageToken",
            "alias",
            "fields",
            "sort.field",
            "sort.direction",
            "sort_by",
            "sort_direction",
        }
    ),
)
_BETA_PROMPTS_LIST_PAGING = CursorPaging(items="data", cursor="next_page_token", param="pageToken")
_BETA_PROMPTS_CREATE: Operation[models.Prompt] = Operation(
    operation_id="prompts_create",
    method="POST",
    path="/v2/prompts",
    namespace="beta.prompts",
    retry_safe=False,
    response=lambda: models.Prompt,
    body=lambda: models.CreatePromptRequest,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"sharingScope", "aliases"}),
)
_BETA_PROMPTS_GET: Operation[models.Prompt] = Operation(
    operation_id="prompts_get",
    method="GET",
    path="/v2/prompts/{prompt_id}",
    namespace="beta.prompts",
    retry_safe=True,
    response=lambda: models.Prompt,
    omit_none=frozenset({"version", "alias", "fields"}),
)
_BETA_PROMPTS_DELETE: Operation[models.DeletePromptResponse] = Operation(
    operation_id="prompts_delete",
    method="DELETE",
    path="/v2/prompts/{prompt_id}",
    namespace="beta.prompts",
    retry_safe=True,
    response=lambda: models.DeletePromptResponse,
)
_BETA_PROMPTS_UPDATE_METADATA: Operation[models.Prompt] = Operation(
    operation_id="prompts_update",
    method="PATCH",
    path="/v2/prompts/{prompt_id}",
    namespace="beta.prompts",
    retry_safe=False,
    response=lambda: models.Prompt,
    body=lambda: models.UpdatePromptRequest2,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"sharingScope"}),
)
_BETA_PROMPTS_LIST_VERSIONS: Operation[models.ListPromptVersionsResponse] = Operation(
    operation_id="prompts_list_versions",
    method="GET",
    path="/v2/prompts/{prompt_id}/versions",
    namespace="beta.prompts",
    retry_safe=True,
    response=lambda: models.ListPromptVersionsResponse,
)
_BETA_PROMPTS_CREATE_VERSION: Operation[models.CreatePromptVersionResponse] = Operation(
    operation_id="prompts_create_version",
    method="POST",
    path="/v2/prompts/{prompt_id}/versions",
    namespace="beta.prompts",
    retry_safe=False,
    response=lambda: models.CreatePromptVersionResponse,
    body=lambda: models.CreatePromptVersionRequest2,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"aliases"}),
)
_BETA_PROMPTS_GET_VERSION: Operation[models.Prompt] = Operation(
    operation_id="prompts_get_version",
    method="GET",
    path="/v2/prompts/{prompt_id}/versions/{version}",
    namespace="beta.prompts",
    retry_safe=True,
    response=lambda: models.Prompt,
    omit_none=frozenset({"fields"}),
)
_BETA_PROMPTS_UPDATE_VERSION_METADATA: Operation[models.Prompt] = Operation(
    operation_id="prompts_update_version_metadata",
    method="PATCH",
    path="/v2/prompts/{prompt_id}/versions/{version}",
    namespace="beta.prompts",
    retry_safe=False,
    response=lambda: models.Prompt,
    body=lambda: models.UpdatePromptVersionRequest2,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"aliases"}),
)
_SKILLS_LIST: Operation[models.ListSkillsResponse] = Operation(
    operation_id="skills_list",
    method="GET",
    path="/v2/skills",
    namespace="beta.skills",
    retry_safe=True,
    response=lambda: models.ListSkillsResponse,
    omit_none=frozenset(
        {
            "pageSize",
            "pageToken",
            "alias",
            "fields",
            "sort.field",
            "sort.direction",
            "sort_by",
            "sort_direction",
        }
    ),
)
_SKILLS_LIST_PAGING = CursorPaging(items="data", cursor="next_page_token", param="pageToken")
_SKILLS_CREATE: Operation[models.Skill] = Operation(
    operation_id="skills_create",
    method="POST",
    path="/v2/skills",
    namespace="beta.skills",
    retry_safe=False,
    response=lambda: models.Skill,
    body=lambda: models.CreateSkillRequest,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"sharingScope", "aliases"}),
)
_SKILLS_GET: Operation[models.Skill] = Operation(
    operation_id="skills_get",
    method="GET",
    path="/v2/skills/{skill_id}",
    namespace="beta.skills",
    retry_safe=True,
    response=lambda: models.Skill,
    omit_none=frozenset({"version", "alias", "fields"}),
)
_SKILLS_DELETE: Operation[models.DeleteSkillResponse] = Operation(
    operation_id="skills_delete",
    method="DELETE",
    path="/v2/skills/{skill_id}",
    namespace="beta.skills",
    retry_safe=True,
    response=lambda: models.DeleteSkillResponse,
)
_SKILLS_UPDATE_METADATA: Operation[models.Skill] = Operation(
    operation_id="skills_update",
    method="PATCH",
    path="/v2/skills/{skill_id}",
    namespace="beta.skills",
    retry_safe=False,
    response=lambda: models.Skill,
    body=lambda: models.UpdateSkillRequest2,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"sharingScope"}),
)
_SKILLS_LIST_VERSIONS: Operation[models.ListSkillVersionsResponse] = Operation(
    operation_id="skills_list_versions",
    method="GET",
    path="/v2/skills/{skill_id}/versions",
    namespace="beta.skills",
    retry_safe=True,
    response=lambda: models.ListSkillVersionsResponse,
)
_SKILLS_CREATE_VERSION: Operation[models.CreateSkillVersionResponse] = Operation(
    operation_id="skills_create_version",
    method="POST",
    path="/v2/skills/{skill_id}/versions",
    namespace="beta.skills",
    retry_safe=False,
    response=lambda: models.CreateSkillVersionResponse,
    body=lambda: models.CreateSkillVersionRequest2,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"aliases"}),
)
_SKILLS_GET_VERSION: Operation[models.Skill] = Operation(
    operation_id="skills_get_version",
    method="GET",
    path="/v2/skills/{skill_id}/versions/{version}",
    namespace="beta.skills",
    retry_safe=True,
    response=lambda: models.Skill,
    omit_none=frozenset({"fields"}),
)
_SKILLS_UPDATE_VERSION_METADATA: Operation[models.Skill] = Operation(
    operation_id="skills_update_version_metadata",
    method="PATCH",
    path="/v2/skills/{skill_id}/versions/{version}",
    namespace="beta.skills",
    retry_safe=False,
    response=lambda: models.Skill,
    body=lambda: models.UpdateSkillVersionRequest2,
    body_kind="json",
    wire="mistralai.api.agents._generated.wire",
    omit_none=frozenset({"aliases"}),
)


class Agents(Resource):
    """Operations of ``agents``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AgentsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return AgentsWithRawResponse(self)

    def complete(
        self,
        *,
        messages: Sequence[
            models.AgentsCompletionRequestMessage | models.AgentsCompletionRequestMessageTypedDict
        ],
        agent_id: str,
        max_tokens: OptionalNullable[int] = UNSET,
        stream: Literal[False] = False,
        stop: OptionalNullable[str | Sequence[str]] = UNSET,
        random_seed: OptionalNullable[int] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        response_format: models.ResponseFormat | models.ResponseFormatTypedDict | None = None,
        tools: OptionalNullable[
            Sequence[
                models.AgentsCompletionRequestTool | models.AgentsCompletionRequestToolTypedDict
            ]
        ] = UNSET,
        tool_choice: models.ToolChoice
        | models.ToolChoiceTypedDict
        | models.ToolChoiceEnum
        | None = None,
        presence_penalty: OptionalNullable[float] = UNSET,
        frequency_penalty: OptionalNullable[float] = UNSET,
        n: OptionalNullable[int] = UNSET,
        prediction: models.Prediction | models.PredictionTypedDict | None = None,
        parallel_tool_calls: bool | None = None,
        reasoning_effort: OptionalNullable[models.ReasoningEffort] = UNSET,
        prompt_mode: OptionalNullable[models.MistralPromptMode] = UNSET,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        min_tokens: OptionalNullable[int] = UNSET,
        repetition_penalty: OptionalNullable[float] = UNSET,
        top_k: OptionalNullable[int] = UNSET,
        logprobs: OptionalNullable[bool] = UNSET,
        top_logprobs: OptionalNullable[int] = UNSET,
        prompt_logprobs: OptionalNullable[bool] = UNSET,
        top_prompt_logprobs: OptionalNullable[int] = UNSET,
        service_tier: OptionalNullable[models.RequestedServiceTier] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ChatCompletionResponse:
        """Agents Completion.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param messages: The prompt(s) to generate completions for, encoded as a list of dict with role and content.
        :param agent_id: The ID of the agent to use for this completion.
        :param max_tokens: The maximum number of tokens to generate in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length.
        :param stream: Whether to stream back partial progress. If set, tokens will be sent as data-only server-side events as they become available, with the stream terminated by a data: [DONE] message. Otherwise, the server will hold the request open until the timeout or until completion, with the response containing the full result as JSON.
        :param stop: Stop generation if this token is detected. Or if one of these tokens is detected when providing an array
        :param random_seed: The seed to use for random sampling. If set, different calls will generate deterministic results.
        :param metadata:
        :param response_format:
        :param tools:
        :param tool_choice:
        :param presence_penalty: The `presence_penalty` determines how much the model penalizes the repetition of words or phrases. A higher presence penalty encourages the model to use a wider variety of words and phrases, making the output more diverse and creative.
        :param frequency_penalty: The `frequency_penalty` penalizes the repetition of words based on their frequency in the generated text. A higher frequency penalty discourages the model from repeating words that have already appeared frequently in the output, promoting diversity and reducing repetition.
        :param n: Number of completions to return for each request, input tokens are only billed once.
        :param prediction: Enable users to specify expected results, optimizing response times by leveraging known or predictable content. This approach is especially effective for updating text documents or code files with minimal changes, reducing latency while maintaining high-quality results.
        :param parallel_tool_calls:
        :param reasoning_effort:
        :param prompt_mode: Allows toggling between the reasoning mode and no system prompt. When set to `reasoning` the system prompt for reasoning models will be used.
        :param guardrails:
        :param prompt_cache_key:
        :param min_tokens:
        :param repetition_penalty:
        :param top_k:
        :param logprobs:
        :param top_logprobs:
        :param prompt_logprobs:
        :param top_prompt_logprobs:
        :param service_tier: Determines whether to serve the request using priority or standard capacity.
        """
        if stream:
            raise TypeError("complete() does not stream: call stream() for a stream")
        return self._client.request(
            _AGENTS_COMPLETE,
            body={
                "messages": messages,
                "agent_id": agent_id,
                "max_tokens": max_tokens,
                "stream": stream,
                "stop": stop,
                "random_seed": random_seed,
                "metadata": metadata,
                "response_format": response_format,
                "tools": tools,
                "tool_choice": tool_choice,
                "presence_penalty": presence_penalty,
                "frequency_penalty": frequency_penalty,
                "n": n,
                "prediction": prediction,
                "parallel_tool_calls": parallel_tool_calls,
                "reasoning_effort": reasoning_effort,
                "prompt_mode": prompt_mode,
                "guardrails": guardrails,
                "prompt_cache_key": prompt_cache_key,
                "min_tokens": min_tokens,
                "repetition_penalty": repetition_penalty,
                "top_k": top_k,
                "logprobs": logprobs,
                "top_logprobs": top_logprobs,
                "prompt_logprobs": prompt_logprobs,
                "top_prompt_logprobs": top_prompt_logprobs,
                "service_tier": service_tier,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def complete_async(
        self,
        *,
        messages: Sequence[
            models.AgentsCompletionRequestMessage | models.AgentsCompletionRequestMessageTypedDict
        ],
        agent_id: str,
        max_tokens: OptionalNullable[int] = UNSET,
        stream: Literal[False] = False,
        stop: OptionalNullable[str | Sequence[str]] = UNSET,
        random_seed: OptionalNullable[int] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        response_format: models.ResponseFormat | models.ResponseFormatTypedDict | None = None,
        tools: OptionalNullable[
            Sequence[
                models.AgentsCompletionRequestTool | models.AgentsCompletionRequestToolTypedDict
            ]
        ] = UNSET,
        tool_choice: models.ToolChoice
        | models.ToolChoiceTypedDict
        | models.ToolChoiceEnum
        | None = None,
        presence_penalty: OptionalNullable[float] = UNSET,
        frequency_penalty: OptionalNullable[float] = UNSET,
        n: OptionalNullable[int] = UNSET,
        prediction: models.Prediction | models.PredictionTypedDict | None = None,
        parallel_tool_calls: bool | None = None,
        reasoning_effort: OptionalNullable[models.ReasoningEffort] = UNSET,
        prompt_mode: OptionalNullable[models.MistralPromptMode] = UNSET,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        min_tokens: OptionalNullable[int] = UNSET,
        repetition_penalty: OptionalNullable[float] = UNSET,
        top_k: OptionalNullable[int] = UNSET,
        logprobs: OptionalNullable[bool] = UNSET,
        top_logprobs: OptionalNullable[int] = UNSET,
        prompt_logprobs: OptionalNullable[bool] = UNSET,
        top_prompt_logprobs: OptionalNullable[int] = UNSET,
        service_tier: OptionalNullable[models.RequestedServiceTier] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ChatCompletionResponse:
        """Async twin of :meth:`complete`."""
        if stream:
            raise TypeError("complete_async() does not stream: call stream_async() for a stream")
        return await self._client.request_async(
            _AGENTS_COMPLETE,
            body={
                "messages": messages,
                "agent_id": agent_id,
                "max_tokens": max_tokens,
                "stream": stream,
                "stop": stop,
                "random_seed": random_seed,
                "metadata": metadata,
                "response_format": response_format,
                "tools": tools,
                "tool_choice": tool_choice,
                "presence_penalty": presence_penalty,
                "frequency_penalty": frequency_penalty,
                "n": n,
                "prediction": prediction,
                "parallel_tool_calls": parallel_tool_calls,
                "reasoning_effort": reasoning_effort,
                "prompt_mode": prompt_mode,
                "guardrails": guardrails,
                "prompt_cache_key": prompt_cache_key,
                "min_tokens": min_tokens,
                "repetition_penalty": repetition_penalty,
                "top_k": top_k,
                "logprobs": logprobs,
                "top_logprobs": top_logprobs,
                "prompt_logprobs": prompt_logprobs,
                "top_prompt_logprobs": top_prompt_logprobs,
                "service_tier": service_tier,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def stream(
        self,
        *,
        messages: Sequence[
            models.AgentsCompletionRequestMessage | models.AgentsCompletionRequestMessageTypedDict
        ],
        agent_id: str,
        max_tokens: OptionalNullable[int] = UNSET,
        stream: bool | None = True,
        stop: OptionalNullable[str | Sequence[str]] = UNSET,
        random_seed: OptionalNullable[int] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        response_format: models.ResponseFormat | models.ResponseFormatTypedDict | None = None,
        tools: OptionalNullable[
            Sequence[
                models.AgentsCompletionRequestTool | models.AgentsCompletionRequestToolTypedDict
            ]
        ] = UNSET,
        tool_choice: models.ToolChoice
        | models.ToolChoiceTypedDict
        | models.ToolChoiceEnum
        | None = None,
        presence_penalty: OptionalNullable[float] = UNSET,
        frequency_penalty: OptionalNullable[float] = UNSET,
        n: OptionalNullable[int] = UNSET,
        prediction: models.Prediction | models.PredictionTypedDict | None = None,
        parallel_tool_calls: bool | None = None,
        reasoning_effort: OptionalNullable[models.ReasoningEffort] = UNSET,
        prompt_mode: OptionalNullable[models.MistralPromptMode] = UNSET,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        min_tokens: OptionalNullable[int] = UNSET,
        repetition_penalty: OptionalNullable[float] = UNSET,
        top_k: OptionalNullable[int] = UNSET,
        logprobs: OptionalNullable[bool] = UNSET,
        top_logprobs: OptionalNullable[int] = UNSET,
        prompt_logprobs: OptionalNullable[bool] = UNSET,
        top_prompt_logprobs: OptionalNullable[int] = UNSET,
        service_tier: OptionalNullable[models.RequestedServiceTier] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStream[models.CompletionEvent]:
        """Agents Completion.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param messages: The prompt(s) to generate completions for, encoded as a list of dict with role and content.
        :param agent_id: The ID of the agent to use for this completion.
        :param max_tokens: The maximum number of tokens to generate in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length.
        :param stream: Whether to stream back partial progress. If set, tokens will be sent as data-only server-side events as they become available, with the stream terminated by a data: [DONE] message. Otherwise, the server will hold the request open until the timeout or until completion, with the response containing the full result as JSON.
        :param stop: Stop generation if this token is detected. Or if one of these tokens is detected when providing an array
        :param random_seed: The seed to use for random sampling. If set, different calls will generate deterministic results.
        :param metadata:
        :param response_format:
        :param tools:
        :param tool_choice:
        :param presence_penalty: The `presence_penalty` determines how much the model penalizes the repetition of words or phrases. A higher presence penalty encourages the model to use a wider variety of words and phrases, making the output more diverse and creative.
        :param frequency_penalty: The `frequency_penalty` penalizes the repetition of words based on their frequency in the generated text. A higher frequency penalty discourages the model from repeating words that have already appeared frequently in the output, promoting diversity and reducing repetition.
        :param n: Number of completions to return for each request, input tokens are only billed once.
        :param prediction: Enable users to specify expected results, optimizing response times by leveraging known or predictable content. This approach is especially effective for updating text documents or code files with minimal changes, reducing latency while maintaining high-quality results.
        :param parallel_tool_calls:
        :param reasoning_effort:
        :param prompt_mode: Allows toggling between the reasoning mode and no system prompt. When set to `reasoning` the system prompt for reasoning models will be used.
        :param guardrails:
        :param prompt_cache_key:
        :param min_tokens:
        :param repetition_penalty:
        :param top_k:
        :param logprobs:
        :param top_logprobs:
        :param prompt_logprobs:
        :param top_prompt_logprobs:
        :param service_tier: Determines whether to serve the request using priority or standard capacity.
        """
        return self._client.stream(
            _AGENTS_STREAM,
            body={
                "messages": messages,
                "agent_id": agent_id,
                "max_tokens": max_tokens,
                "stream": stream,
                "stop": stop,
                "random_seed": random_seed,
                "metadata": metadata,
                "response_format": response_format,
                "tools": tools,
                "tool_choice": tool_choice,
                "presence_penalty": presence_penalty,
                "frequency_penalty": frequency_penalty,
                "n": n,
                "prediction": prediction,
                "parallel_tool_calls": parallel_tool_calls,
                "reasoning_effort": reasoning_effort,
                "prompt_mode": prompt_mode,
                "guardrails": guardrails,
                "prompt_cache_key": prompt_cache_key,
                "min_tokens": min_tokens,
                "repetition_penalty": repetition_penalty,
                "top_k": top_k,
                "logprobs": logprobs,
                "top_logprobs": top_logprobs,
                "prompt_logprobs": prompt_logprobs,
                "top_prompt_logprobs": top_prompt_logprobs,
                "service_tier": service_tier,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def stream_async(
        self,
        *,
        messages: Sequence[
            models.AgentsCompletionRequestMessage | models.AgentsCompletionRequestMessageTypedDict
        ],
        agent_id: str,
        max_tokens: OptionalNullable[int] = UNSET,
        stream: bool | None = True,
        stop: OptionalNullable[str | Sequence[str]] = UNSET,
        random_seed: OptionalNullable[int] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        response_format: models.ResponseFormat | models.ResponseFormatTypedDict | None = None,
        tools: OptionalNullable[
            Sequence[
                models.AgentsCompletionRequestTool | models.AgentsCompletionRequestToolTypedDict
            ]
        ] = UNSET,
        tool_choice: models.ToolChoice
        | models.ToolChoiceTypedDict
        | models.ToolChoiceEnum
        | None = None,
        presence_penalty: OptionalNullable[float] = UNSET,
        frequency_penalty: OptionalNullable[float] = UNSET,
        n: OptionalNullable[int] = UNSET,
        prediction: models.Prediction | models.PredictionTypedDict | None = None,
        parallel_tool_calls: bool | None = None,
        reasoning_effort: OptionalNullable[models.ReasoningEffort] = UNSET,
        prompt_mode: OptionalNullable[models.MistralPromptMode] = UNSET,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        min_tokens: OptionalNullable[int] = UNSET,
        repetition_penalty: OptionalNullable[float] = UNSET,
        top_k: OptionalNullable[int] = UNSET,
        logprobs: OptionalNullable[bool] = UNSET,
        top_logprobs: OptionalNullable[int] = UNSET,
        prompt_logprobs: OptionalNullable[bool] = UNSET,
        top_prompt_logprobs: OptionalNullable[int] = UNSET,
        service_tier: OptionalNullable[models.RequestedServiceTier] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStreamAsync[models.CompletionEvent]:
        """Async twin of :meth:`stream`."""
        return await self._client.stream_async(
            _AGENTS_STREAM,
            body={
                "messages": messages,
                "agent_id": agent_id,
                "max_tokens": max_tokens,
                "stream": stream,
                "stop": stop,
                "random_seed": random_seed,
                "metadata": metadata,
                "response_format": response_format,
                "tools": tools,
                "tool_choice": tool_choice,
                "presence_penalty": presence_penalty,
                "frequency_penalty": frequency_penalty,
                "n": n,
                "prediction": prediction,
                "parallel_tool_calls": parallel_tool_calls,
                "reasoning_effort": reasoning_effort,
                "prompt_mode": prompt_mode,
                "guardrails": guardrails,
                "prompt_cache_key": prompt_cache_key,
                "min_tokens": min_tokens,
                "repetition_penalty": repetition_penalty,
                "top_k": top_k,
                "logprobs": logprobs,
                "top_logprobs": top_logprobs,
                "prompt_logprobs": prompt_logprobs,
                "top_prompt_logprobs": top_prompt_logprobs,
                "service_tier": service_tier,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class BetaAgents(Resource):
    """Operations of ``beta.agents``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> BetaAgentsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return BetaAgentsWithRawResponse(self)

    def create(
        self,
        *,
        model: str,
        name: str,
        instructions: OptionalNullable[str] = UNSET,
        tools: Sequence[models.CreateAgentRequestTool | models.CreateAgentRequestToolTypedDict]
        | None = None,
        completion_args: models.CompletionArgs | models.CompletionArgsTypedDict | None = None,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        description: OptionalNullable[str] = UNSET,
        handoffs: OptionalNullable[Sequence[str]] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        version_message: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Agent:
        """Create a agent that can be used within a conversation.

        Create a new agent giving it instructions, tools, description. The agent is then available to be used as a regular assistant in a conversation or as part of an agent pool from which it can be used.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model:
        :param name:
        :param instructions: Instruction prompt the model will follow during the conversation.
        :param tools: List of tools which are available to the model during the conversation.
        :param completion_args: Completion arguments that will be used to generate assistant responses. Can be overridden at each message request.
        :param guardrails:
        :param description:
        :param handoffs:
        :param metadata:
        :param version_message:
        """
        return self._client.request(
            _BETA_AGENTS_CREATE,
            body={
                "model": model,
                "name": name,
                "instructions": instructions,
                "tools": tools,
                "completion_args": completion_args,
                "guardrails": guardrails,
                "description": description,
                "handoffs": handoffs,
                "metadata": metadata,
                "version_message": version_message,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        model: str,
        name: str,
        instructions: OptionalNullable[str] = UNSET,
        tools: Sequence[models.CreateAgentRequestTool | models.CreateAgentRequestToolTypedDict]
        | None = None,
        completion_args: models.CompletionArgs | models.CompletionArgsTypedDict | None = None,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        description: OptionalNullable[str] = UNSET,
        handoffs: OptionalNullable[Sequence[str]] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        version_message: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Agent:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _BETA_AGENTS_CREATE,
            body={
                "model": model,
                "name": name,
                "instructions": instructions,
                "tools": tools,
                "completion_args": completion_args,
                "guardrails": guardrails,
                "description": description,
                "handoffs": handoffs,
                "metadata": metadata,
                "version_message": version_message,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list(
        self,
        *,
        page: int | None = 0,
        page_size: int | None = 20,
        deployment_chat: OptionalNullable[bool] = UNSET,
        sources: OptionalNullable[Sequence[models.RequestSource]] = UNSET,
        name: OptionalNullable[str] = UNSET,
        search: OptionalNullable[str] = UNSET,
        id: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[Any] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> SyncListPage[list[models.Agent], models.Agent]:
        """List agent entities.

        Retrieve a list of agent entities sorted by creation time. Deprecated: some features such as agent sharing are not supported by this endpoint. Use the cursor-paginated `GET /v1/agents/pages` instead.

        Returns the first page (``.page``; ``len()`` and ``[i]`` read it); iterating over the result yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        .. deprecated:: the API marks this operation as deprecated.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page: Page number (0-indexed)
        :param page_size: Number of agents per page
        :param deployment_chat:
        :param sources:
        :param name: Filter by agent name
        :param search: Search agents by name or ID
        :param id:
        :param metadata:
        """

        def _fetch(_q: Mapping[str, Any]) -> list[models.Agent]:
            return self._client.request(
                _BETA_AGENTS_LIST,
                query=_q,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        _query: dict[str, Any] = {
            "page": page,
            "page_size": page_size,
            "deployment_chat": deployment_chat,
            "sources": sources,
            "name": name,
            "search": search,
            "id": id,
            "metadata": metadata,
        }
        return SyncListPage[list[models.Agent], models.Agent].first(
            _fetch(_query), _fetch, _query, _BETA_AGENTS_LIST_PAGING
        )

    async def list_async(
        self,
        *,
        page: int | None = 0,
        page_size: int | None = 20,
        deployment_chat: OptionalNullable[bool] = UNSET,
        sources: OptionalNullable[Sequence[models.RequestSource]] = UNSET,
        name: OptionalNullable[str] = UNSET,
        search: OptionalNullable[str] = UNSET,
        id: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[Any] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> AsyncListPage[list[models.Agent], models.Agent]:
        """Async twin of :meth:`list`."""

        async def _fetch(_q: Mapping[str, Any]) -> list[models.Agent]:
            return await self._client.request_async(
                _BETA_AGENTS_LIST,
                query=_q,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        _query: dict[str, Any] = {
            "page": page,
            "page_size": page_size,
            "deployment_chat": deployment_chat,
            "sources": sources,
            "name": name,
            "search": search,
            "id": id,
            "metadata": metadata,
        }
        return AsyncListPage[list[models.Agent], models.Agent].first(
            await _fetch(_query), _fetch, _query, _BETA_AGENTS_LIST_PAGING
        )

    def list_pages(
        self,
        *,
        page_size: int | None = 20,
        deployment_chat: OptionalNullable[bool] = UNSET,
        sources: OptionalNullable[Sequence[models.RequestSource]] = UNSET,
        name: OptionalNullable[str] = UNSET,
        search: OptionalNullable[str] = UNSET,
        id: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[Any] = UNSET,
        page_token: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AgentListPage:
        """List agent entities, cursor-paginated.

        Retrieve a page of agent entities. Unlike the deprecated `GET /v1/agents`, this endpoint paginates by opaque cursor and honors per-agent sharing, returning only agents the caller is authorized to see.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page_size: Number of agents per page
        :param deployment_chat:
        :param sources:
        :param name: Filter by agent name
        :param search: Search agents by name or ID
        :param id:
        :param metadata:
        :param page_token: Opaque cursor from a previous response's next_page_token. When set, results page forward from the cursor.
        """
        return paginate(
            self._client,
            _BETA_AGENTS_LIST_PAGES,
            _BETA_AGENTS_LIST_PAGES_PAGING,
            {
                "page_size": page_size,
                "deployment_chat": deployment_chat,
                "sources": sources,
                "name": name,
                "search": search,
                "id": id,
                "metadata": metadata,
                "page_token": page_token,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_pages_async(
        self,
        *,
        page_size: int | None = 20,
        deployment_chat: OptionalNullable[bool] = UNSET,
        sources: OptionalNullable[Sequence[models.RequestSource]] = UNSET,
        name: OptionalNullable[str] = UNSET,
        search: OptionalNullable[str] = UNSET,
        id: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[Any] = UNSET,
        page_token: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AgentListPage:
        """Async twin of :meth:`list_pages`."""
        return await paginate_async(
            self._client,
            _BETA_AGENTS_LIST_PAGES,
            _BETA_AGENTS_LIST_PAGES_PAGING,
            {
                "page_size": page_size,
                "deployment_chat": deployment_chat,
                "sources": sources,
                "name": name,
                "search": search,
                "id": id,
                "metadata": metadata,
                "page_token": page_token,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        agent_id: str,
        agent_version: OptionalNullable[int | str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Agent:
        """Retrieve an agent entity.

        Given an agent, retrieve an agent entity with its attributes. The agent_version parameter can be an integer version number or a string alias.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        :param agent_version:
        """
        return self._client.request(
            _BETA_AGENTS_GET,
            path={"agent_id": agent_id},
            query={"agent_version": agent_version},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        agent_id: str,
        agent_version: OptionalNullable[int | str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Agent:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _BETA_AGENTS_GET,
            path={"agent_id": agent_id},
            query={"agent_version": agent_version},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        agent_id: str,
        instructions: OptionalNullable[str] = UNSET,
        tools: Sequence[models.UpdateAgentRequestTool | models.UpdateAgentRequestToolTypedDict]
        | None = None,
        completion_args: models.CompletionArgs | models.CompletionArgsTypedDict | None = None,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        model: OptionalNullable[str] = UNSET,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        handoffs: OptionalNullable[Sequence[str]] = UNSET,
        deployment_chat: OptionalNullable[bool] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        version_message: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Agent:
        """Update an agent entity.

        Update an agent attributes and create a new version.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        :param instructions: Instruction prompt the model will follow during the conversation.
        :param tools: List of tools which are available to the model during the conversation.
        :param completion_args: Completion arguments that will be used to generate assistant responses. Can be overridden at each message request.
        :param guardrails:
        :param model:
        :param name:
        :param description:
        :param handoffs:
        :param deployment_chat:
        :param metadata:
        :param version_message:
        """
        return self._client.request(
            _BETA_AGENTS_UPDATE,
            path={"agent_id": agent_id},
            body={
                "instructions": instructions,
                "tools": tools,
                "completion_args": completion_args,
                "guardrails": guardrails,
                "model": model,
                "name": name,
                "description": description,
                "handoffs": handoffs,
                "deployment_chat": deployment_chat,
                "metadata": metadata,
                "version_message": version_message,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        agent_id: str,
        instructions: OptionalNullable[str] = UNSET,
        tools: Sequence[models.UpdateAgentRequestTool | models.UpdateAgentRequestToolTypedDict]
        | None = None,
        completion_args: models.CompletionArgs | models.CompletionArgsTypedDict | None = None,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        model: OptionalNullable[str] = UNSET,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        handoffs: OptionalNullable[Sequence[str]] = UNSET,
        deployment_chat: OptionalNullable[bool] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        version_message: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Agent:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _BETA_AGENTS_UPDATE,
            path={"agent_id": agent_id},
            body={
                "instructions": instructions,
                "tools": tools,
                "completion_args": completion_args,
                "guardrails": guardrails,
                "model": model,
                "name": name,
                "description": description,
                "handoffs": handoffs,
                "deployment_chat": deployment_chat,
                "metadata": metadata,
                "version_message": version_message,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        agent_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete an agent entity.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        """
        return self._client.request(
            _BETA_AGENTS_DELETE,
            path={"agent_id": agent_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        agent_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _BETA_AGENTS_DELETE,
            path={"agent_id": agent_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_version(
        self,
        *,
        agent_id: str,
        version: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Agent:
        """Update an agent version.

        Switch the version of an agent.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        :param version:
        """
        return self._client.request(
            _BETA_AGENTS_UPDATE_VERSION,
            path={"agent_id": agent_id},
            query={"version": version},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_version_async(
        self,
        *,
        agent_id: str,
        version: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Agent:
        """Async twin of :meth:`update_version`."""
        return await self._client.request_async(
            _BETA_AGENTS_UPDATE_VERSION,
            path={"agent_id": agent_id},
            query={"version": version},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_versions(
        self,
        *,
        agent_id: str,
        page: int | None = 0,
        page_size: int | None = 20,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> SyncListPage[list[models.Agent], models.Agent]:
        """List all versions of an agent.

        Retrieve all versions for a specific agent with full agent context. Supports pagination.

        Returns the first page (``.page``; ``len()`` and ``[i]`` read it); iterating over the result yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        :param page: Page number (0-indexed)
        :param page_size: Number of versions per page
        """

        def _fetch(_q: Mapping[str, Any]) -> list[models.Agent]:
            return self._client.request(
                _BETA_AGENTS_LIST_VERSIONS,
                path={"agent_id": agent_id},
                query=_q,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        _query: dict[str, Any] = {"page": page, "page_size": page_size}
        return SyncListPage[list[models.Agent], models.Agent].first(
            _fetch(_query), _fetch, _query, _BETA_AGENTS_LIST_VERSIONS_PAGING
        )

    async def list_versions_async(
        self,
        *,
        agent_id: str,
        page: int | None = 0,
        page_size: int | None = 20,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> AsyncListPage[list[models.Agent], models.Agent]:
        """Async twin of :meth:`list_versions`."""

        async def _fetch(_q: Mapping[str, Any]) -> list[models.Agent]:
            return await self._client.request_async(
                _BETA_AGENTS_LIST_VERSIONS,
                path={"agent_id": agent_id},
                query=_q,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        _query: dict[str, Any] = {"page": page, "page_size": page_size}
        return AsyncListPage[list[models.Agent], models.Agent].first(
            await _fetch(_query), _fetch, _query, _BETA_AGENTS_LIST_VERSIONS_PAGING
        )

    def get_version(
        self,
        *,
        agent_id: str,
        version: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Agent:
        """Retrieve a specific version of an agent.

        Get a specific agent version by version number.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        :param version:
        """
        return self._client.request(
            _BETA_AGENTS_GET_VERSION,
            path={"agent_id": agent_id, "version": version},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_version_async(
        self,
        *,
        agent_id: str,
        version: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Agent:
        """Async twin of :meth:`get_version`."""
        return await self._client.request_async(
            _BETA_AGENTS_GET_VERSION,
            path={"agent_id": agent_id, "version": version},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create_version_alias(
        self,
        *,
        agent_id: str,
        alias: str,
        version: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AgentAliasResponse:
        """Create or update an agent version alias.

        Create a new alias or update an existing alias to point to a specific version. Aliases are unique per agent and can be reassigned to different versions.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        :param alias:
        :param version:
        """
        return self._client.request(
            _BETA_AGENTS_CREATE_VERSION_ALIAS,
            path={"agent_id": agent_id},
            query={"alias": alias, "version": version},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_version_alias_async(
        self,
        *,
        agent_id: str,
        alias: str,
        version: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AgentAliasResponse:
        """Async twin of :meth:`create_version_alias`."""
        return await self._client.request_async(
            _BETA_AGENTS_CREATE_VERSION_ALIAS,
            path={"agent_id": agent_id},
            query={"alias": alias, "version": version},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_version_aliases(
        self,
        *,
        agent_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.AgentAliasResponse]:
        """List all aliases for an agent.

        Retrieve all version aliases for a specific agent.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        """
        return self._client.request(
            _BETA_AGENTS_LIST_VERSION_ALIASES,
            path={"agent_id": agent_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_version_aliases_async(
        self,
        *,
        agent_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.AgentAliasResponse]:
        """Async twin of :meth:`list_version_aliases`."""
        return await self._client.request_async(
            _BETA_AGENTS_LIST_VERSION_ALIASES,
            path={"agent_id": agent_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete_version_alias(
        self,
        *,
        agent_id: str,
        alias: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete an agent version alias.

        Delete an existing alias for an agent.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param agent_id:
        :param alias:
        """
        return self._client.request(
            _BETA_AGENTS_DELETE_VERSION_ALIAS,
            path={"agent_id": agent_id},
            query={"alias": alias},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_version_alias_async(
        self,
        *,
        agent_id: str,
        alias: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete_version_alias`."""
        return await self._client.request_async(
            _BETA_AGENTS_DELETE_VERSION_ALIAS,
            path={"agent_id": agent_id},
            query={"alias": alias},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Conversations(Resource):
    """Operations of ``beta.conversations``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> ConversationsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return ConversationsWithRawResponse(self)

    def start(
        self,
        *,
        inputs: models.ConversationInputs | models.ConversationInputsTypedDict,
        store: OptionalNullable[bool] = UNSET,
        handoff_execution: OptionalNullable[models.ConversationRequestHandoffExecution] = UNSET,
        instructions: OptionalNullable[str] = UNSET,
        tools: OptionalNullable[
            Sequence[models.ConversationRequestTool | models.ConversationRequestToolTypedDict]
        ] = UNSET,
        completion_args: OptionalNullable[
            models.CompletionArgs | models.CompletionArgsTypedDict
        ] = UNSET,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        agent_id: OptionalNullable[str] = UNSET,
        agent_version: OptionalNullable[str | int] = UNSET,
        model: OptionalNullable[str] = UNSET,
        stream: Literal[False] | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ConversationResponse:
        """Create a conversation and append entries to it.

        Create a new conversation, using a base model or an agent and append entries. Completion and tool executions are run and the response is appended to the conversation.Use the returned conversation_id to continue the conversation.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param inputs:
        :param store:
        :param handoff_execution:
        :param instructions:
        :param tools:
        :param completion_args:
        :param guardrails:
        :param name:
        :param description:
        :param metadata:
        :param agent_id:
        :param agent_version:
        :param model:
        :param stream:
        """
        return self._client.request(
            _CONVERSATIONS_START,
            body={
                "inputs": inputs,
                "store": store,
                "handoff_execution": handoff_execution,
                "instructions": instructions,
                "tools": tools,
                "completion_args": completion_args,
                "guardrails": guardrails,
                "name": name,
                "description": description,
                "metadata": metadata,
                "agent_id": agent_id,
                "agent_version": agent_version,
                "model": model,
                "stream": stream,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def start_async(
        self,
        *,
        inputs: models.ConversationInputs | models.ConversationInputsTypedDict,
        store: OptionalNullable[bool] = UNSET,
        handoff_execution: OptionalNullable[models.ConversationRequestHandoffExecution] = UNSET,
        instructions: OptionalNullable[str] = UNSET,
        tools: OptionalNullable[
            Sequence[models.ConversationRequestTool | models.ConversationRequestToolTypedDict]
        ] = UNSET,
        completion_args: OptionalNullable[
            models.CompletionArgs | models.CompletionArgsTypedDict
        ] = UNSET,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        agent_id: OptionalNullable[str] = UNSET,
        agent_version: OptionalNullable[str | int] = UNSET,
        model: OptionalNullable[str] = UNSET,
        stream: Literal[False] | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ConversationResponse:
        """Async twin of :meth:`start`."""
        return await self._client.request_async(
            _CONVERSATIONS_START,
            body={
                "inputs": inputs,
                "store": store,
                "handoff_execution": handoff_execution,
                "instructions": instructions,
                "tools": tools,
                "completion_args": completion_args,
                "guardrails": guardrails,
                "name": name,
                "description": description,
                "metadata": metadata,
                "agent_id": agent_id,
                "agent_version": agent_version,
                "model": model,
                "stream": stream,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list(
        self,
        *,
        page: int | None = 0,
        page_size: int | None = 100,
        metadata: OptionalNullable[Any] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> SyncListPage[
        list[models.ModelConversation | models.AgentConversation],
        models.ModelConversation | models.AgentConversation,
    ]:
        """List all created conversations.

        Retrieve a list of conversation entities sorted by creation time.

        Returns the first page (``.page``; ``len()`` and ``[i]`` read it); iterating over the result yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page:
        :param page_size:
        :param metadata:
        """

        def _fetch(
            _q: Mapping[str, Any],
        ) -> list[models.ModelConversation | models.AgentConversation]:
            return self._client.request(
                _CONVERSATIONS_LIST,
                query=_q,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        _query: dict[str, Any] = {"page": page, "page_size": page_size, "metadata": metadata}
        return SyncListPage[
            list[models.ModelConversation | models.AgentConversation],
            models.ModelConversation | models.AgentConversation,
        ].first(_fetch(_query), _fetch, _query, _CONVERSATIONS_LIST_PAGING)

    async def list_async(
        self,
        *,
        page: int | None = 0,
        page_size: int | None = 100,
        metadata: OptionalNullable[Any] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> AsyncListPage[
        list[models.ModelConversation | models.AgentConversation],
        models.ModelConversation | models.AgentConversation,
    ]:
        """Async twin of :meth:`list`."""

        async def _fetch(
            _q: Mapping[str, Any],
        ) -> list[models.ModelConversation | models.AgentConversation]:
            return await self._client.request_async(
                _CONVERSATIONS_LIST,
                query=_q,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        _query: dict[str, Any] = {"page": page, "page_size": page_size, "metadata": metadata}
        return AsyncListPage[
            list[models.ModelConversation | models.AgentConversation],
            models.ModelConversation | models.AgentConversation,
        ].first(await _fetch(_query), _fetch, _query, _CONVERSATIONS_LIST_PAGING)

    def get(
        self,
        *,
        conversation_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ModelConversation | models.AgentConversation:
        """Retrieve a conversation information.

        Given a conversation_id retrieve a conversation entity with its attributes.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param conversation_id: ID of the conversation from which we are fetching metadata.
        """
        return self._client.request(
            _CONVERSATIONS_GET,
            path={"conversation_id": conversation_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        conversation_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ModelConversation | models.AgentConversation:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _CONVERSATIONS_GET,
            path={"conversation_id": conversation_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        conversation_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a conversation.

        Delete a conversation given a conversation_id.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param conversation_id: ID of the conversation from which we are fetching metadata.
        """
        return self._client.request(
            _CONVERSATIONS_DELETE,
            path={"conversation_id": conversation_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        conversation_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _CONVERSATIONS_DELETE,
            path={"conversation_id": conversation_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def append(
        self,
        *,
        conversation_id: str,
        inputs: models.ConversationInputs | models.ConversationInputsTypedDict | None = None,
        store: bool | None = True,
        handoff_execution: models.ConversationAppendRequestHandoffExecution | None = "server",
        completion_args: models.CompletionArgs | models.CompletionArgsTypedDict | None = None,
        tool_confirmations: OptionalNullable[
            Sequence[models.ToolCallConfirmation | models.ToolCallConfirmationTypedDict]
        ] = UNSET,
        stream: Literal[False] | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ConversationResponse:
        """Append new entries to an existing conversation.

        Run completion on the history of the conversation and the user entries. Return the new created entries.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param conversation_id: ID of the conversation to which we append entries.
        :param inputs:
        :param store: Whether to store the results into our servers or not.
        :param handoff_execution:
        :param completion_args: Completion arguments that will be used to generate assistant responses. Can be overridden at each message request.
        :param tool_confirmations:
        :param stream:
        """
        return self._client.request(
            _CONVERSATIONS_APPEND,
            path={"conversation_id": conversation_id},
            body={
                "inputs": inputs,
                "store": store,
                "handoff_execution": handoff_execution,
                "completion_args": completion_args,
                "tool_confirmations": tool_confirmations,
                "stream": stream,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def append_async(
        self,
        *,
        conversation_id: str,
        inputs: models.ConversationInputs | models.ConversationInputsTypedDict | None = None,
        store: bool | None = True,
        handoff_execution: models.ConversationAppendRequestHandoffExecution | None = "server",
        completion_args: models.CompletionArgs | models.CompletionArgsTypedDict | None = None,
        tool_confirmations: OptionalNullable[
            Sequence[models.ToolCallConfirmation | models.ToolCallConfirmationTypedDict]
        ] = UNSET,
        stream: Literal[False] | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ConversationResponse:
        """Async twin of :meth:`append`."""
        return await self._client.request_async(
            _CONVERSATIONS_APPEND,
            path={"conversation_id": conversation_id},
            body={
                "inputs": inputs,
                "store": store,
                "handoff_execution": handoff_execution,
                "completion_args": completion_args,
                "tool_confirmations": tool_confirmations,
                "stream": stream,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_history(
        self,
        *,
        conversation_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ConversationHistory:
        """Retrieve all entries in a conversation.

        Given a conversation_id retrieve all the entries belonging to that conversation. The entries are sorted in the order they were appended, those can be messages, connectors or function_call.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param conversation_id: ID of the conversation from which we are fetching entries.
        """
        return self._client.request(
            _CONVERSATIONS_GET_HISTORY,
            path={"conversation_id": conversation_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_history_async(
        self,
        *,
        conversation_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ConversationHistory:
        """Async twin of :meth:`get_history`."""
        return await self._client.request_async(
            _CONVERSATIONS_GET_HISTORY,
            path={"conversation_id": conversation_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_messages(
        self,
        *,
        conversation_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ConversationMessages:
        """Retrieve all messages in a conversation.

        Given a conversation_id retrieve all the messages belonging to that conversation. This is similar to retrieving all entries except we filter the messages only.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param conversation_id: ID of the conversation from which we are fetching messages.
        """
        return self._client.request(
            _CONVERSATIONS_GET_MESSAGES,
            path={"conversation_id": conversation_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_messages_async(
        self,
        *,
        conversation_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ConversationMessages:
        """Async twin of :meth:`get_messages`."""
        return await self._client.request_async(
            _CONVERSATIONS_GET_MESSAGES,
            path={"conversation_id": conversation_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def restart(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: models.ConversationInputs | models.ConversationInputsTypedDict | None = None,
        store: bool | None = True,
        handoff_execution: models.ConversationRestartRequestHandoffExecution | None = "server",
        completion_args: models.CompletionArgs | models.CompletionArgsTypedDict | None = None,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        agent_version: OptionalNullable[str | int] = UNSET,
        stream: Literal[False] | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ConversationResponse:
        """Restart a conversation starting from a given entry.

        Given a conversation_id and an id, recreate a conversation from this point and run completion. A new conversation is returned with the new entries returned.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param conversation_id: ID of the original conversation which is being restarted.
        :param from_entry_id:
        :param inputs:
        :param store: Whether to store the results into our servers or not.
        :param handoff_execution:
        :param completion_args: Completion arguments that will be used to generate assistant responses. Can be overridden at each message request.
        :param guardrails:
        :param metadata: Custom metadata for the conversation.
        :param agent_version: Specific version of the agent to use when restarting. If not provided, uses the current version.
        :param stream:
        """
        return self._client.request(
            _CONVERSATIONS_RESTART,
            path={"conversation_id": conversation_id},
            body={
                "from_entry_id": from_entry_id,
                "inputs": inputs,
                "store": store,
                "handoff_execution": handoff_execution,
                "completion_args": completion_args,
                "guardrails": guardrails,
                "metadata": metadata,
                "agent_version": agent_version,
                "stream": stream,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def restart_async(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: models.ConversationInputs | models.ConversationInputsTypedDict | None = None,
        store: bool | None = True,
        handoff_execution: models.ConversationRestartRequestHandoffExecution | None = "server",
        completion_args: models.CompletionArgs | models.CompletionArgsTypedDict | None = None,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        agent_version: OptionalNullable[str | int] = UNSET,
        stream: Literal[False] | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ConversationResponse:
        """Async twin of :meth:`restart`."""
        return await self._client.request_async(
            _CONVERSATIONS_RESTART,
            path={"conversation_id": conversation_id},
            body={
                "from_entry_id": from_entry_id,
                "inputs": inputs,
                "store": store,
                "handoff_execution": handoff_execution,
                "completion_args": completion_args,
                "guardrails": guardrails,
                "metadata": metadata,
                "agent_version": agent_version,
                "stream": stream,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def start_stream(
        self,
        *,
        inputs: models.ConversationInputs | models.ConversationInputsTypedDict,
        store: OptionalNullable[bool] = UNSET,
        handoff_execution: OptionalNullable[
            models.ConversationStreamRequestHandoffExecution
        ] = UNSET,
        instructions: OptionalNullable[str] = UNSET,
        tools: OptionalNullable[
            Sequence[
                models.ConversationStreamRequestTool | models.ConversationStreamRequestToolTypedDict
            ]
        ] = UNSET,
        completion_args: OptionalNullable[
            models.CompletionArgs | models.CompletionArgsTypedDict
        ] = UNSET,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        agent_id: OptionalNullable[str] = UNSET,
        agent_version: OptionalNullable[str | int] = UNSET,
        model: OptionalNullable[str] = UNSET,
        stream: Literal[True] | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStream[models.ConversationEvents]:
        """Create a conversation and append entries to it.

        Create a new conversation, using a base model or an agent and append entries. Completion and tool executions are run and the response is appended to the conversation.Use the returned conversation_id to continue the conversation.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param inputs:
        :param store:
        :param handoff_execution:
        :param instructions:
        :param tools:
        :param completion_args:
        :param guardrails:
        :param name:
        :param description:
        :param metadata:
        :param agent_id:
        :param agent_version:
        :param model:
        :param stream:
        """
        return self._client.stream(
            _CONVERSATIONS_START_STREAM,
            body={
                "inputs": inputs,
                "store": store,
                "handoff_execution": handoff_execution,
                "instructions": instructions,
                "tools": tools,
                "completion_args": completion_args,
                "guardrails": guardrails,
                "name": name,
                "description": description,
                "metadata": metadata,
                "agent_id": agent_id,
                "agent_version": agent_version,
                "model": model,
                "stream": stream,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def start_stream_async(
        self,
        *,
        inputs: models.ConversationInputs | models.ConversationInputsTypedDict,
        store: OptionalNullable[bool] = UNSET,
        handoff_execution: OptionalNullable[
            models.ConversationStreamRequestHandoffExecution
        ] = UNSET,
        instructions: OptionalNullable[str] = UNSET,
        tools: OptionalNullable[
            Sequence[
                models.ConversationStreamRequestTool | models.ConversationStreamRequestToolTypedDict
            ]
        ] = UNSET,
        completion_args: OptionalNullable[
            models.CompletionArgs | models.CompletionArgsTypedDict
        ] = UNSET,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        agent_id: OptionalNullable[str] = UNSET,
        agent_version: OptionalNullable[str | int] = UNSET,
        model: OptionalNullable[str] = UNSET,
        stream: Literal[True] | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStreamAsync[models.ConversationEvents]:
        """Async twin of :meth:`start_stream`."""
        return await self._client.stream_async(
            _CONVERSATIONS_START_STREAM,
            body={
                "inputs": inputs,
                "store": store,
                "handoff_execution": handoff_execution,
                "instructions": instructions,
                "tools": tools,
                "completion_args": completion_args,
                "guardrails": guardrails,
                "name": name,
                "description": description,
                "metadata": metadata,
                "agent_id": agent_id,
                "agent_version": agent_version,
                "model": model,
                "stream": stream,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def append_stream(
        self,
        *,
        conversation_id: str,
        inputs: models.ConversationInputs | models.ConversationInputsTypedDict | None = None,
        store: bool | None = True,
        handoff_execution: models.ConversationAppendStreamRequestHandoffExecution | None = "server",
        completion_args: models.CompletionArgs | models.CompletionArgsTypedDict | None = None,
        tool_confirmations: OptionalNullable[
            Sequence[models.ToolCallConfirmation | models.ToolCallConfirmationTypedDict]
        ] = UNSET,
        stream: Literal[True] | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStream[models.ConversationEvents]:
        """Append new entries to an existing conversation.

        Run completion on the history of the conversation and the user entries. Return the new created entries.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param conversation_id: ID of the conversation to which we append entries.
        :param inputs:
        :param store: Whether to store the results into our servers or not.
        :param handoff_execution:
        :param completion_args: Completion arguments that will be used to generate assistant responses. Can be overridden at each message request.
        :param tool_confirmations:
        :param stream:
        """
        return self._client.stream(
            _CONVERSATIONS_APPEND_STREAM,
            path={"conversation_id": conversation_id},
            body={
                "inputs": inputs,
                "store": store,
                "handoff_execution": handoff_execution,
                "completion_args": completion_args,
                "tool_confirmations": tool_confirmations,
                "stream": stream,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def append_stream_async(
        self,
        *,
        conversation_id: str,
        inputs: models.ConversationInputs | models.ConversationInputsTypedDict | None = None,
        store: bool | None = True,
        handoff_execution: models.ConversationAppendStreamRequestHandoffExecution | None = "server",
        completion_args: models.CompletionArgs | models.CompletionArgsTypedDict | None = None,
        tool_confirmations: OptionalNullable[
            Sequence[models.ToolCallConfirmation | models.ToolCallConfirmationTypedDict]
        ] = UNSET,
        stream: Literal[True] | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStreamAsync[models.ConversationEvents]:
        """Async twin of :meth:`append_stream`."""
        return await self._client.stream_async(
            _CONVERSATIONS_APPEND_STREAM,
            path={"conversation_id": conversation_id},
            body={
                "inputs": inputs,
                "store": store,
                "handoff_execution": handoff_execution,
                "completion_args": completion_args,
                "tool_confirmations": tool_confirmations,
                "stream": stream,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def restart_stream(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: models.ConversationInputs | models.ConversationInputsTypedDict | None = None,
        store: bool | None = True,
        handoff_execution: models.ConversationRestartStreamRequestHandoffExecution
        | None = "server",
        completion_args: models.CompletionArgs | models.CompletionArgsTypedDict | None = None,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        agent_version: OptionalNullable[str | int] = UNSET,
        stream: Literal[True] | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStream[models.ConversationEvents]:
        """Restart a conversation starting from a given entry.

        Given a conversation_id and an id, recreate a conversation from this point and run completion. A new conversation is returned with the new entries returned.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param conversation_id: ID of the original conversation which is being restarted.
        :param from_entry_id:
        :param inputs:
        :param store: Whether to store the results into our servers or not.
        :param handoff_execution:
        :param completion_args: Completion arguments that will be used to generate assistant responses. Can be overridden at each message request.
        :param guardrails:
        :param metadata: Custom metadata for the conversation.
        :param agent_version: Specific version of the agent to use when restarting. If not provided, uses the current version.
        :param stream:
        """
        return self._client.stream(
            _CONVERSATIONS_RESTART_STREAM,
            path={"conversation_id": conversation_id},
            body={
                "from_entry_id": from_entry_id,
                "inputs": inputs,
                "store": store,
                "handoff_execution": handoff_execution,
                "completion_args": completion_args,
                "guardrails": guardrails,
                "metadata": metadata,
                "agent_version": agent_version,
                "stream": stream,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def restart_stream_async(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: models.ConversationInputs | models.ConversationInputsTypedDict | None = None,
        store: bool | None = True,
        handoff_execution: models.ConversationRestartStreamRequestHandoffExecution
        | None = "server",
        completion_args: models.CompletionArgs | models.CompletionArgsTypedDict | None = None,
        guardrails: OptionalNullable[
            Sequence[models.GuardrailConfig | models.GuardrailConfigTypedDict]
        ] = UNSET,
        metadata: OptionalNullable[models.MetadataDict] = UNSET,
        agent_version: OptionalNullable[str | int] = UNSET,
        stream: Literal[True] | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStreamAsync[models.ConversationEvents]:
        """Async twin of :meth:`restart_stream`."""
        return await self._client.stream_async(
            _CONVERSATIONS_RESTART_STREAM,
            path={"conversation_id": conversation_id},
            body={
                "from_entry_id": from_entry_id,
                "inputs": inputs,
                "store": store,
                "handoff_execution": handoff_execution,
                "completion_args": completion_args,
                "guardrails": guardrails,
                "metadata": metadata,
                "agent_version": agent_version,
                "stream": stream,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class BetaPrompts(Resource):
    """Operations of ``beta.prompts``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> BetaPromptsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return BetaPromptsWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        alias: str | None = None,
        fields: Sequence[str] | None = None,
        sort_field: models.ListSortField | None = None,
        sort_direction_query_parameter: models.ListSortDirection | None = None,
        sort_by: str | None = None,
        sort_direction_query_parameter1: str | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListPromptsResponse:
        """ListPrompts.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page_size:
        :param page_token:
        :param alias:
        :param fields:
        :param sort_field: Defaults to created_at when omitted.
        :param sort_direction_query_parameter: Defaults to descending for timestamp fields and ascending for text fields.
        :param sort_by: REST-friendly alias for sort.field. Supported values: created_at, last_modified_at, name, title.
        :param sort_direction_query_parameter1: REST-friendly alias for sort.direction. Supported values: asc, desc.
        """
        return paginate(
            self._client,
            _BETA_PROMPTS_LIST,
            _BETA_PROMPTS_LIST_PAGING,
            {
                "pageSize": page_size,
                "pageToken": page_token,
                "alias": alias,
                "fields": fields,
                "sort.field": sort_field,
                "sort.direction": sort_direction_query_parameter,
                "sort_by": sort_by,
                "sort_direction": sort_direction_query_parameter1,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        alias: str | None = None,
        fields: Sequence[str] | None = None,
        sort_field: models.ListSortField | None = None,
        sort_direction_query_parameter: models.ListSortDirection | None = None,
        sort_by: str | None = None,
        sort_direction_query_parameter1: str | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListPromptsResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _BETA_PROMPTS_LIST,
            _BETA_PROMPTS_LIST_PAGING,
            {
                "pageSize": page_size,
                "pageToken": page_token,
                "alias": alias,
                "fields": fields,
                "sort.field": sort_field,
                "sort.direction": sort_direction_query_parameter,
                "sort_by": sort_by,
                "sort_direction": sort_direction_query_parameter1,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create(
        self,
        *,
        name: str,
        definition: models.PromptDefinition | models.PromptDefinitionTypedDict,
        title: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        notes: OptionalNullable[str] = UNSET,
        sharing_scope: models.RegistrySharingScope | None = None,
        aliases: Sequence[str] | None = None,
        workspace_relation: OptionalNullable[models.CreatePromptRequestWorkspaceRelation] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Prompt:
        """CreatePrompt.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name: Stable object name.
        :param definition:
        :param title: Display title.
        :param description: Display description.
        :param notes: Notes for this version.
        :param sharing_scope: Registry sharing scope.
        :param aliases: Aliases pointing to this version.
        :param workspace_relation:
        """
        return self._client.request(
            _BETA_PROMPTS_CREATE,
            body={
                "name": name,
                "definition": definition,
                "title": title,
                "description": description,
                "notes": notes,
                "sharingScope": sharing_scope,
                "aliases": aliases,
                "workspaceRelation": workspace_relation,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        name: str,
        definition: models.PromptDefinition | models.PromptDefinitionTypedDict,
        title: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        notes: OptionalNullable[str] = UNSET,
        sharing_scope: models.RegistrySharingScope | None = None,
        aliases: Sequence[str] | None = None,
        workspace_relation: OptionalNullable[models.CreatePromptRequestWorkspaceRelation] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Prompt:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _BETA_PROMPTS_CREATE,
            body={
                "name": name,
                "definition": definition,
                "title": title,
                "description": description,
                "notes": notes,
                "sharingScope": sharing_scope,
                "aliases": aliases,
                "workspaceRelation": workspace_relation,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        prompt_id: str,
        version: int | None = None,
        alias: str | None = None,
        fields: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Prompt:
        """GetPrompt.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param prompt_id:
        :param version:
        :param alias:
        :param fields:
        """
        return self._client.request(
            _BETA_PROMPTS_GET,
            path={"prompt_id": prompt_id},
            query={"version": version, "alias": alias, "fields": fields},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        prompt_id: str,
        version: int | None = None,
        alias: str | None = None,
        fields: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Prompt:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _BETA_PROMPTS_GET,
            path={"prompt_id": prompt_id},
            query={"version": version, "alias": alias, "fields": fields},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        prompt_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeletePromptResponse:
        """DeletePrompt.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param prompt_id:
        """
        return self._client.request(
            _BETA_PROMPTS_DELETE,
            path={"prompt_id": prompt_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        prompt_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeletePromptResponse:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _BETA_PROMPTS_DELETE,
            path={"prompt_id": prompt_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_metadata(
        self,
        *,
        prompt_id: str,
        title: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        sharing_scope: models.RegistrySharingScope | None = None,
        workspace_relation: OptionalNullable[models.PromptsUpdateWorkspaceRelation] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Prompt:
        """UpdatePrompt.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param prompt_id:
        :param title: Display title.
        :param description: Display description.
        :param sharing_scope: Registry sharing scope.
        :param workspace_relation:
        """
        return self._client.request(
            _BETA_PROMPTS_UPDATE_METADATA,
            path={"prompt_id": prompt_id},
            body={
                "title": title,
                "description": description,
                "sharingScope": sharing_scope,
                "workspaceRelation": workspace_relation,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_metadata_async(
        self,
        *,
        prompt_id: str,
        title: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        sharing_scope: models.RegistrySharingScope | None = None,
        workspace_relation: OptionalNullable[models.PromptsUpdateWorkspaceRelation] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Prompt:
        """Async twin of :meth:`update_metadata`."""
        return await self._client.request_async(
            _BETA_PROMPTS_UPDATE_METADATA,
            path={"prompt_id": prompt_id},
            body={
                "title": title,
                "description": description,
                "sharingScope": sharing_scope,
                "workspaceRelation": workspace_relation,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_versions(
        self,
        *,
        prompt_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListPromptVersionsResponse:
        """ListPromptVersions.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param prompt_id:
        """
        return self._client.request(
            _BETA_PROMPTS_LIST_VERSIONS,
            path={"prompt_id": prompt_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_versions_async(
        self,
        *,
        prompt_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListPromptVersionsResponse:
        """Async twin of :meth:`list_versions`."""
        return await self._client.request_async(
            _BETA_PROMPTS_LIST_VERSIONS,
            path={"prompt_id": prompt_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create_version(
        self,
        *,
        prompt_id: str,
        definition: models.PromptDefinition | models.PromptDefinitionTypedDict,
        notes: OptionalNullable[str] = UNSET,
        aliases: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreatePromptVersionResponse:
        """CreatePromptVersion.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param prompt_id:
        :param definition:
        :param notes: Notes for this version.
        :param aliases: Aliases pointing to this version.
        """
        return self._client.request(
            _BETA_PROMPTS_CREATE_VERSION,
            path={"prompt_id": prompt_id},
            body={"definition": definition, "notes": notes, "aliases": aliases},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_version_async(
        self,
        *,
        prompt_id: str,
        definition: models.PromptDefinition | models.PromptDefinitionTypedDict,
        notes: OptionalNullable[str] = UNSET,
        aliases: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreatePromptVersionResponse:
        """Async twin of :meth:`create_version`."""
        return await self._client.request_async(
            _BETA_PROMPTS_CREATE_VERSION,
            path={"prompt_id": prompt_id},
            body={"definition": definition, "notes": notes, "aliases": aliases},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_version(
        self,
        *,
        prompt_id: str,
        version: int,
        fields: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Prompt:
        """GetPromptVersion.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param prompt_id:
        :param version:
        :param fields:
        """
        return self._client.request(
            _BETA_PROMPTS_GET_VERSION,
            path={"prompt_id": prompt_id, "version": version},
            query={"fields": fields},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_version_async(
        self,
        *,
        prompt_id: str,
        version: int,
        fields: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Prompt:
        """Async twin of :meth:`get_version`."""
        return await self._client.request_async(
            _BETA_PROMPTS_GET_VERSION,
            path={"prompt_id": prompt_id, "version": version},
            query={"fields": fields},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_version_metadata(
        self,
        *,
        prompt_id: str,
        version: int,
        notes: OptionalNullable[str] = UNSET,
        aliases: models.AliasList | models.AliasListTypedDict | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Prompt:
        """UpdatePromptVersionMetadata.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param prompt_id:
        :param version:
        :param notes: Notes for this version.
        :param aliases: Aliases pointing to this version.
        """
        return self._client.request(
            _BETA_PROMPTS_UPDATE_VERSION_METADATA,
            path={"prompt_id": prompt_id, "version": version},
            body={"notes": notes, "aliases": aliases},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_version_metadata_async(
        self,
        *,
        prompt_id: str,
        version: int,
        notes: OptionalNullable[str] = UNSET,
        aliases: models.AliasList | models.AliasListTypedDict | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Prompt:
        """Async twin of :meth:`update_version_metadata`."""
        return await self._client.request_async(
            _BETA_PROMPTS_UPDATE_VERSION_METADATA,
            path={"prompt_id": prompt_id, "version": version},
            body={"notes": notes, "aliases": aliases},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Skills(Resource):
    """Operations of ``beta.skills``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> SkillsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return SkillsWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        alias: str | None = None,
        fields: Sequence[str] | None = None,
        sort_field: models.ListSortField | None = None,
        sort_direction_query_parameter: models.ListSortDirection | None = None,
        sort_by: str | None = None,
        sort_direction_query_parameter1: str | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListSkillsResponse:
        """ListSkills.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page_size:
        :param page_token:
        :param alias:
        :param fields:
        :param sort_field: Defaults to created_at when omitted.
        :param sort_direction_query_parameter: Defaults to descending for timestamp fields and ascending for text fields.
        :param sort_by: REST-friendly alias for sort.field. Supported values: created_at, last_modified_at, name, title.
        :param sort_direction_query_parameter1: REST-friendly alias for sort.direction. Supported values: asc, desc.
        """
        return paginate(
            self._client,
            _SKILLS_LIST,
            _SKILLS_LIST_PAGING,
            {
                "pageSize": page_size,
                "pageToken": page_token,
                "alias": alias,
                "fields": fields,
                "sort.field": sort_field,
                "sort.direction": sort_direction_query_parameter,
                "sort_by": sort_by,
                "sort_direction": sort_direction_query_parameter1,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        alias: str | None = None,
        fields: Sequence[str] | None = None,
        sort_field: models.ListSortField | None = None,
        sort_direction_query_parameter: models.ListSortDirection | None = None,
        sort_by: str | None = None,
        sort_direction_query_parameter1: str | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListSkillsResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _SKILLS_LIST,
            _SKILLS_LIST_PAGING,
            {
                "pageSize": page_size,
                "pageToken": page_token,
                "alias": alias,
                "fields": fields,
                "sort.field": sort_field,
                "sort.direction": sort_direction_query_parameter,
                "sort_by": sort_by,
                "sort_direction": sort_direction_query_parameter1,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create(
        self,
        *,
        name: str,
        definition: models.SkillDefinition | models.SkillDefinitionTypedDict,
        notes: OptionalNullable[str] = UNSET,
        sharing_scope: models.RegistrySharingScope | None = None,
        aliases: Sequence[str] | None = None,
        workspace_relation: OptionalNullable[models.CreateSkillRequestWorkspaceRelation] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Skill:
        """CreateSkill.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name: Stable object name.
        :param definition:
        :param notes: Notes for this version.
        :param sharing_scope: Registry sharing scope.
        :param aliases: Aliases pointing to this version.
        :param workspace_relation:
        """
        return self._client.request(
            _SKILLS_CREATE,
            body={
                "name": name,
                "definition": definition,
                "notes": notes,
                "sharingScope": sharing_scope,
                "aliases": aliases,
                "workspaceRelation": workspace_relation,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        name: str,
        definition: models.SkillDefinition | models.SkillDefinitionTypedDict,
        notes: OptionalNullable[str] = UNSET,
        sharing_scope: models.RegistrySharingScope | None = None,
        aliases: Sequence[str] | None = None,
        workspace_relation: OptionalNullable[models.CreateSkillRequestWorkspaceRelation] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Skill:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _SKILLS_CREATE,
            body={
                "name": name,
                "definition": definition,
                "notes": notes,
                "sharingScope": sharing_scope,
                "aliases": aliases,
                "workspaceRelation": workspace_relation,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        skill_id: str,
        version: int | None = None,
        alias: str | None = None,
        fields: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Skill:
        """GetSkill.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param skill_id:
        :param version:
        :param alias:
        :param fields:
        """
        return self._client.request(
            _SKILLS_GET,
            path={"skill_id": skill_id},
            query={"version": version, "alias": alias, "fields": fields},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        skill_id: str,
        version: int | None = None,
        alias: str | None = None,
        fields: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Skill:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _SKILLS_GET,
            path={"skill_id": skill_id},
            query={"version": version, "alias": alias, "fields": fields},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        skill_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteSkillResponse:
        """DeleteSkill.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param skill_id:
        """
        return self._client.request(
            _SKILLS_DELETE,
            path={"skill_id": skill_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        skill_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteSkillResponse:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _SKILLS_DELETE,
            path={"skill_id": skill_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_metadata(
        self,
        *,
        skill_id: str,
        sharing_scope: models.RegistrySharingScope | None = None,
        workspace_relation: OptionalNullable[models.SkillsUpdateWorkspaceRelation] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Skill:
        """UpdateSkill.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param skill_id:
        :param sharing_scope: Registry sharing scope.
        :param workspace_relation:
        """
        return self._client.request(
            _SKILLS_UPDATE_METADATA,
            path={"skill_id": skill_id},
            body={"sharingScope": sharing_scope, "workspaceRelation": workspace_relation},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_metadata_async(
        self,
        *,
        skill_id: str,
        sharing_scope: models.RegistrySharingScope | None = None,
        workspace_relation: OptionalNullable[models.SkillsUpdateWorkspaceRelation] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Skill:
        """Async twin of :meth:`update_metadata`."""
        return await self._client.request_async(
            _SKILLS_UPDATE_METADATA,
            path={"skill_id": skill_id},
            body={"sharingScope": sharing_scope, "workspaceRelation": workspace_relation},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_versions(
        self,
        *,
        skill_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListSkillVersionsResponse:
        """ListSkillVersions.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param skill_id:
        """
        return self._client.request(
            _SKILLS_LIST_VERSIONS,
            path={"skill_id": skill_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_versions_async(
        self,
        *,
        skill_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListSkillVersionsResponse:
        """Async twin of :meth:`list_versions`."""
        return await self._client.request_async(
            _SKILLS_LIST_VERSIONS,
            path={"skill_id": skill_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create_version(
        self,
        *,
        skill_id: str,
        definition: models.SkillDefinition | models.SkillDefinitionTypedDict,
        notes: OptionalNullable[str] = UNSET,
        aliases: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreateSkillVersionResponse:
        """CreateSkillVersion.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param skill_id:
        :param definition:
        :param notes: Notes for this version.
        :param aliases: Aliases pointing to this version.
        """
        return self._client.request(
            _SKILLS_CREATE_VERSION,
            path={"skill_id": skill_id},
            body={"definition": definition, "notes": notes, "aliases": aliases},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_version_async(
        self,
        *,
        skill_id: str,
        definition: models.SkillDefinition | models.SkillDefinitionTypedDict,
        notes: OptionalNullable[str] = UNSET,
        aliases: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreateSkillVersionResponse:
        """Async twin of :meth:`create_version`."""
        return await self._client.request_async(
            _SKILLS_CREATE_VERSION,
            path={"skill_id": skill_id},
            body={"definition": definition, "notes": notes, "aliases": aliases},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_version(
        self,
        *,
        skill_id: str,
        version: int,
        fields: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Skill:
        """GetSkillVersion.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param skill_id:
        :param version:
        :param fields:
        """
        return self._client.request(
            _SKILLS_GET_VERSION,
            path={"skill_id": skill_id, "version": version},
            query={"fields": fields},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_version_async(
        self,
        *,
        skill_id: str,
        version: int,
        fields: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Skill:
        """Async twin of :meth:`get_version`."""
        return await self._client.request_async(
            _SKILLS_GET_VERSION,
            path={"skill_id": skill_id, "version": version},
            query={"fields": fields},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_version_metadata(
        self,
        *,
        skill_id: str,
        version: int,
        notes: OptionalNullable[str] = UNSET,
        aliases: models.AliasList | models.AliasListTypedDict | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Skill:
        """UpdateSkillVersionMetadata.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param skill_id:
        :param version:
        :param notes: Notes for this version.
        :param aliases: Aliases pointing to this version.
        """
        return self._client.request(
            _SKILLS_UPDATE_VERSION_METADATA,
            path={"skill_id": skill_id, "version": version},
            body={"notes": notes, "aliases": aliases},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_version_metadata_async(
        self,
        *,
        skill_id: str,
        version: int,
        notes: OptionalNullable[str] = UNSET,
        aliases: models.AliasList | models.AliasListTypedDict | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Skill:
        """Async twin of :meth:`update_version_metadata`."""
        return await self._client.request_async(
            _SKILLS_UPDATE_VERSION_METADATA,
            path={"skill_id": skill_id, "version": version},
            body={"notes": notes, "aliases": aliases},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AgentsWithRawResponse(RawResource):
    """``agents.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    complete = raw_method(Agents.complete)
    complete_async = raw_method(Agents.complete_async)
    stream = raw_method(Agents.stream)
    stream_async = raw_method(Agents.stream_async)


class BetaAgentsWithRawResponse(RawResource):
    """``beta.agents.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    create = raw_method(BetaAgents.create)
    create_async = raw_method(BetaAgents.create_async)
    list = raw_method(BetaAgents.list)
    list_async = raw_method(BetaAgents.list_async)
    list_pages = raw_method(BetaAgents.list_pages)
    list_pages_async = raw_method(BetaAgents.list_pages_async)
    get = raw_method(BetaAgents.get)
    get_async = raw_method(BetaAgents.get_async)
    update = raw_method(BetaAgents.update)
    update_async = raw_method(BetaAgents.update_async)
    delete = raw_method(BetaAgents.delete)
    delete_async = raw_method(BetaAgents.delete_async)
    update_version = raw_method(BetaAgents.update_version)
    update_version_async = raw_method(BetaAgents.update_version_async)
    list_versions = raw_method(BetaAgents.list_versions)
    list_versions_async = raw_method(BetaAgents.list_versions_async)
    get_version = raw_method(BetaAgents.get_version)
    get_version_async = raw_method(BetaAgents.get_version_async)
    create_version_alias = raw_method(BetaAgents.create_version_alias)
    create_version_alias_async = raw_method(BetaAgents.create_version_alias_async)
    list_version_aliases = raw_method(BetaAgents.list_version_aliases)
    list_version_aliases_async = raw_method(BetaAgents.list_version_aliases_async)
    delete_version_alias = raw_method(BetaAgents.delete_version_alias)
    delete_version_alias_async = raw_method(BetaAgents.delete_version_alias_async)


class ConversationsWithRawResponse(RawResource):
    """``beta.conversations.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    start = raw_method(Conversations.start)
    start_async = raw_method(Conversations.start_async)
    list = raw_method(Conversations.list)
    list_async = raw_method(Conversations.list_async)
    get = raw_method(Conversations.get)
    get_async = raw_method(Conversations.get_async)
    delete = raw_method(Conversations.delete)
    delete_async = raw_method(Conversations.delete_async)
    append = raw_method(Conversations.append)
    append_async = raw_method(Conversations.append_async)
    get_history = raw_method(Conversations.get_history)
    get_history_async = raw_method(Conversations.get_history_async)
    get_messages = raw_method(Conversations.get_messages)
    get_messages_async = raw_method(Conversations.get_messages_async)
    restart = raw_method(Conversations.restart)
    restart_async = raw_method(Conversations.restart_async)
    start_stream = raw_method(Conversations.start_stream)
    start_stream_async = raw_method(Conversations.start_stream_async)
    append_stream = raw_method(Conversations.append_stream)
    append_stream_async = raw_method(Conversations.append_stream_async)
    restart_stream = raw_method(Conversations.restart_stream)
    restart_stream_async = raw_method(Conversations.restart_stream_async)


class BetaPromptsWithRawResponse(RawResource):
    """``beta.prompts.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(BetaPrompts.list)
    list_async = raw_method(BetaPrompts.list_async)
    create = raw_method(BetaPrompts.create)
    create_async = raw_method(BetaPrompts.create_async)
    get = raw_method(BetaPrompts.get)
    get_async = raw_method(BetaPrompts.get_async)
    delete = raw_method(BetaPrompts.delete)
    delete_async = raw_method(BetaPrompts.delete_async)
    update_metadata = raw_method(BetaPrompts.update_metadata)
    update_metadata_async = raw_method(BetaPrompts.update_metadata_async)
    list_versions = raw_method(BetaPrompts.list_versions)
    list_versions_async = raw_method(BetaPrompts.list_versions_async)
    create_version = raw_method(BetaPrompts.create_version)
    create_version_async = raw_method(BetaPrompts.create_version_async)
    get_version = raw_method(BetaPrompts.get_version)
    get_version_async = raw_method(BetaPrompts.get_version_async)
    update_version_metadata = raw_method(BetaPrompts.update_version_metadata)
    update_version_metadata_async = raw_method(BetaPrompts.update_version_metadata_async)


class SkillsWithRawResponse(RawResource):
    """``beta.skills.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(Skills.list)
    list_async = raw_method(Skills.list_async)
    create = raw_method(Skills.create)
    create_async = raw_method(Skills.create_async)
    get = raw_method(Skills.get)
    get_async = raw_method(Skills.get_async)
    delete = raw_method(Skills.delete)
    delete_async = raw_method(Skills.delete_async)
    update_metadata = raw_method(Skills.update_metadata)
    update_metadata_async = raw_method(Skills.update_metadata_async)
    list_versions = raw_method(Skills.list_versions)
    list_versions_async = raw_method(Skills.list_versions_async)
    create_version = raw_method(Skills.create_version)
    create_version_async = raw_method(Skills.create_version_async)
    get_version = raw_method(Skills.get_version)
    get_version_async = raw_method(Skills.get_version_async)
    update_version_metadata = raw_method(Skills.update_version_metadata)
    update_version_metadata_async = raw_method(Skills.update_version_metadata_async)


OPERATIONS: dict[str, Operation[Any]] = {
    "agents_completion_v1_agents_completions_post": _AGENTS_COMPLETE,
    "agents_completion_v1_agents_completions_post:stream": _AGENTS_STREAM,
    "agents_api_v1_agents_create": _BETA_AGENTS_CREATE,
    "agents_api_v1_agents_list": _BETA_AGENTS_LIST,
    "agents_api_v1_agents_list_pages": _BETA_AGENTS_LIST_PAGES,
    "agents_api_v1_agents_get": _BETA_AGENTS_GET,
    "agents_api_v1_agents_update": _BETA_AGENTS_UPDATE,
    "agents_api_v1_agents_delete": _BETA_AGENTS_DELETE,
    "agents_api_v1_agents_update_version": _BETA_AGENTS_UPDATE_VERSION,
    "agents_api_v1_agents_list_versions": _BETA_AGENTS_LIST_VERSIONS,
    "agents_api_v1_agents_get_version": _BETA_AGENTS_GET_VERSION,
    "agents_api_v1_agents_create_or_update_alias": _BETA_AGENTS_CREATE_VERSION_ALIAS,
    "agents_api_v1_agents_list_version_aliases": _BETA_AGENTS_LIST_VERSION_ALIASES,
    "agents_api_v1_agents_delete_alias": _BETA_AGENTS_DELETE_VERSION_ALIAS,
    "agents_api_v1_conversations_start": _CONVERSATIONS_START,
    "agents_api_v1_conversations_list": _CONVERSATIONS_LIST,
    "agents_api_v1_conversations_get": _CONVERSATIONS_GET,
    "agents_api_v1_conversations_delete": _CONVERSATIONS_DELETE,
    "agents_api_v1_conversations_append": _CONVERSATIONS_APPEND,
    "agents_api_v1_conversations_history": _CONVERSATIONS_GET_HISTORY,
    "agents_api_v1_conversations_messages": _CONVERSATIONS_GET_MESSAGES,
    "agents_api_v1_conversations_restart": _CONVERSATIONS_RESTART,
    "agents_api_v1_conversations_start_stream": _CONVERSATIONS_START_STREAM,
    "agents_api_v1_conversations_append_stream": _CONVERSATIONS_APPEND_STREAM,
    "agents_api_v1_conversations_restart_stream": _CONVERSATIONS_RESTART_STREAM,
    "prompts_list": _BETA_PROMPTS_LIST,
    "prompts_create": _BETA_PROMPTS_CREATE,
    "prompts_get": _BETA_PROMPTS_GET,
    "prompts_delete": _BETA_PROMPTS_DELETE,
    "prompts_update": _BETA_PROMPTS_UPDATE_METADATA,
    "prompts_list_versions": _BETA_PROMPTS_LIST_VERSIONS,
    "prompts_create_version": _BETA_PROMPTS_CREATE_VERSION,
    "prompts_get_version": _BETA_PROMPTS_GET_VERSION,
    "prompts_update_version_metadata": _BETA_PROMPTS_UPDATE_VERSION_METADATA,
    "skills_list": _SKILLS_LIST,
    "skills_create": _SKILLS_CREATE,
    "skills_get": _SKILLS_GET,
    "skills_delete": _SKILLS_DELETE,
    "skills_update": _SKILLS_UPDATE_METADATA,
    "skills_list_versions": _SKILLS_LIST_VERSIONS,
    "skills_create_version": _SKILLS_CREATE_VERSION,
    "skills_get_version": _SKILLS_GET_VERSION,
    "skills_update_version_metadata": _SKILLS_UPDATE_VERSION_METADATA,
}
"""Every operation of this module by id (the streaming twin of an operation answering JSON and SSE as ``<id>:stream``)."""
