# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Resources (API methods) of the mistralai-api-responses distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, overload

from mistralai.api.responses._generated import models
from mistralai.core.runtime import (
    UNSET,
    EventStream,
    EventStreamAsync,
    Operation,
    OptionalNullable,
    RawResource,
    Resource,
    RetryConfig,
    StreamOperation,
    raw_method,
)

__all__ = [
    "Responses",
    "ResponsesWithRawResponse",
]

_RESPONSES_CREATE: Operation[models.CreateResponseResponse] = Operation(
    operation_id="create_response_v1_responses_post",
    method="POST",
    path="/v1/responses",
    namespace="responses",
    retry_safe=False,
    response=lambda: models.CreateResponseResponse,
    body=lambda: models.CreateResponseRequest,
    body_kind="json",
    wire="mistralai.api.responses._generated.wire",
    omit_none=frozenset({"tools", "tool_choice"}),
)
_RESPONSES_STREAM: StreamOperation[models.ResponsesStreamFrame] = StreamOperation(
    event=lambda: models.ResponsesStreamFrame,
    event_fields=frozenset({"event", "data"}),
    operation_id="create_response_v1_responses_post",
    method="POST",
    path="/v1/responses",
    namespace="responses",
    retry_safe=False,
    body=lambda: models.CreateResponseRequest,
    body_kind="json",
    wire="mistralai.api.responses._generated.wire",
    omit_none=frozenset({"tools", "tool_choice"}),
)
_RESPONSES_COUNT_INPUT_TOKENS: Operation[models.CountResponseInputTokensResponse] = Operation(
    operation_id="count_input_tokens_v1_responses_input_tokens_post",
    method="POST",
    path="/v1/responses/input_tokens",
    namespace="responses",
    retry_safe=True,
    response=lambda: models.CountResponseInputTokensResponse,
    body=lambda: models.CountResponseInputTokensRequest,
    body_kind="json",
    wire="mistralai.api.responses._generated.wire",
    omit_none=frozenset({"tools", "tool_choice"}),
)


class Responses(Resource):
    """Operations of ``responses``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return ResponsesWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        model: str,
        input: models.CreateResponseRequestInput2 | models.CreateResponseRequestInput2TypedDict,
        instructions: OptionalNullable[str] = UNSET,
        parallel_tool_calls: bool | None = True,
        previous_response_id: OptionalNullable[Any] = UNSET,
        tools: Sequence[
            models.CreateResponseRequestTool | models.CreateResponseRequestToolTypedDict
        ]
        | None = None,
        tool_choice: models.CreateResponseRequestToolChoiceUnion
        | models.CreateResponseRequestToolChoiceUnionTypedDict
        | None = None,
        reasoning: OptionalNullable[
            models.CreateResponseRequestResponsesSupportedReasoning
            | models.CreateResponseRequestResponsesSupportedReasoningTypedDict
        ] = UNSET,
        conversation: OptionalNullable[Any] = UNSET,
        prompt: OptionalNullable[Any] = UNSET,
        text: OptionalNullable[
            models.CreateResponseRequestResponsesTextConfig
            | models.CreateResponseRequestResponsesTextConfigTypedDict
        ] = UNSET,
        stream: Literal[False] = False,
        max_output_tokens: OptionalNullable[int] = UNSET,
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        metadata: OptionalNullable[Mapping[str, str]] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        max_tool_calls: OptionalNullable[int] = UNSET,
        moderation: OptionalNullable[Any] = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
        truncation: Literal["disabled"] | None = "disabled",
        background: Literal[False] | None = False,
        store: Literal[False] | None = False,
        top_logprobs: Literal[0] | None = 0,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreateResponseResponse: ...
    @overload
    def create(
        self,
        *,
        model: str,
        input: models.CreateResponseRequestInput2 | models.CreateResponseRequestInput2TypedDict,
        instructions: OptionalNullable[str] = UNSET,
        parallel_tool_calls: bool | None = True,
        previous_response_id: OptionalNullable[Any] = UNSET,
        tools: Sequence[
            models.CreateResponseRequestTool | models.CreateResponseRequestToolTypedDict
        ]
        | None = None,
        tool_choice: models.CreateResponseRequestToolChoiceUnion
        | models.CreateResponseRequestToolChoiceUnionTypedDict
        | None = None,
        reasoning: OptionalNullable[
            models.CreateResponseRequestResponsesSupportedReasoning
            | models.CreateResponseRequestResponsesSupportedReasoningTypedDict
        ] = UNSET,
        conversation: OptionalNullable[Any] = UNSET,
        prompt: OptionalNullable[Any] = UNSET,
        text: OptionalNullable[
            models.CreateResponseRequestResponsesTextConfig
            | models.CreateResponseRequestResponsesTextConfigTypedDict
        ] = UNSET,
        stream: Literal[True],
        max_output_tokens: OptionalNullable[int] = UNSET,
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        metadata: OptionalNullable[Mapping[str, str]] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        max_tool_calls: OptionalNullable[int] = UNSET,
        moderation: OptionalNullable[Any] = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
        truncation: Literal["disabled"] | None = "disabled",
        background: Literal[False] | None = False,
        store: Literal[False] | None = False,
        top_logprobs: Literal[0] | None = 0,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStream[models.ResponsesStreamFrame]: ...
    def create(
        self,
        *,
        model: str,
        input: models.CreateResponseRequestInput2 | models.CreateResponseRequestInput2TypedDict,
        instructions: OptionalNullable[str] = UNSET,
        parallel_tool_calls: bool | None = True,
        previous_response_id: OptionalNullable[Any] = UNSET,
        tools: Sequence[
            models.CreateResponseRequestTool | models.CreateResponseRequestToolTypedDict
        ]
        | None = None,
        tool_choice: models.CreateResponseRequestToolChoiceUnion
        | models.CreateResponseRequestToolChoiceUnionTypedDict
        | None = None,
        reasoning: OptionalNullable[
            models.CreateResponseRequestResponsesSupportedReasoning
            | models.CreateResponseRequestResponsesSupportedReasoningTypedDict
        ] = UNSET,
        conversation: OptionalNullable[Any] = UNSET,
        prompt: OptionalNullable[Any] = UNSET,
        text: OptionalNullable[
            models.CreateResponseRequestResponsesTextConfig
            | models.CreateResponseRequestResponsesTextConfigTypedDict
        ] = UNSET,
        stream: bool = False,
        max_output_tokens: OptionalNullable[int] = UNSET,
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        metadata: OptionalNullable[Mapping[str, str]] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        max_tool_calls: OptionalNullable[int] = UNSET,
        moderation: OptionalNullable[Any] = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
        truncation: Literal["disabled"] | None = "disabled",
        background: Literal[False] | None = False,
        store: Literal[False] | None = False,
        top_logprobs: Literal[0] | None = 0,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreateResponseResponse | EventStream[models.ResponsesStreamFrame]:
        """Create Response.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model:
        :param input:
        :param instructions:
        :param parallel_tool_calls:
        :param previous_response_id:
        :param tools:
        :param tool_choice:
        :param reasoning:
        :param conversation:
        :param prompt:
        :param text:
        :param stream:
        :param max_output_tokens:
        :param temperature:
        :param top_p:
        :param metadata:
        :param prompt_cache_key:
        :param max_tool_calls:
        :param moderation:
        :param additional_properties: Extra body fields, sent as given.
        :param truncation:
        :param background:
        :param store:
        :param top_logprobs:
        """
        if stream:
            return self.stream(
                model=model,
                input=input,
                instructions=instructions,
                parallel_tool_calls=parallel_tool_calls,
                previous_response_id=previous_response_id,
                tools=tools,
                tool_choice=tool_choice,
                reasoning=reasoning,
                conversation=conversation,
                prompt=prompt,
                text=text,
                max_output_tokens=max_output_tokens,
                temperature=temperature,
                top_p=top_p,
                metadata=metadata,
                prompt_cache_key=prompt_cache_key,
                max_tool_calls=max_tool_calls,
                moderation=moderation,
                additional_properties=additional_properties,
                truncation=truncation,
                background=background,
                store=store,
                top_logprobs=top_logprobs,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )
        return self._client.request(
            _RESPONSES_CREATE,
            body={
                **(additional_properties or {}),
                "model": model,
                "input": input,
                "instructions": instructions,
                "parallel_tool_calls": parallel_tool_calls,
                "previous_response_id": previous_response_id,
                "tools": tools,
                "tool_choice": tool_choice,
                "reasoning": reasoning,
                "conversation": conversation,
                "prompt": prompt,
                "text": text,
                "stream": stream,
                "max_output_tokens": max_output_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "metadata": metadata,
                "prompt_cache_key": prompt_cache_key,
                "max_tool_calls": max_tool_calls,
                "moderation": moderation,
                "truncation": truncation,
                "background": background,
                "store": store,
                "top_logprobs": top_logprobs,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    @overload
    async def create_async(
        self,
        *,
        model: str,
        input: models.CreateResponseRequestInput2 | models.CreateResponseRequestInput2TypedDict,
        instructions: OptionalNullable[str] = UNSET,
        parallel_tool_calls: bool | None = True,
        previous_response_id: OptionalNullable[Any] = UNSET,
        tools: Sequence[
            models.CreateResponseRequestTool | models.CreateResponseRequestToolTypedDict
        ]
        | None = None,
        tool_choice: models.CreateResponseRequestToolChoiceUnion
        | models.CreateResponseRequestToolChoiceUnionTypedDict
        | None = None,
        reasoning: OptionalNullable[
            models.CreateResponseRequestResponsesSupportedReasoning
            | models.CreateResponseRequestResponsesSupportedReasoningTypedDict
        ] = UNSET,
        conversation: OptionalNullable[Any] = UNSET,
        prompt: OptionalNullable[Any] = UNSET,
        text: OptionalNullable[
            models.CreateResponseRequestResponsesTextConfig
            | models.CreateResponseRequestResponsesTextConfigTypedDict
        ] = UNSET,
        stream: Literal[False] = False,
        max_output_tokens: OptionalNullable[int] = UNSET,
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        metadata: OptionalNullable[Mapping[str, str]] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        max_tool_calls: OptionalNullable[int] = UNSET,
        moderation: OptionalNullable[Any] = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
        truncation: Literal["disabled"] | None = "disabled",
        background: Literal[False] | None = False,
        store: Literal[False] | None = False,
        top_logprobs: Literal[0] | None = 0,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreateResponseResponse: ...
    @overload
    async def create_async(
        self,
        *,
        model: str,
        input: models.CreateResponseRequestInput2 | models.CreateResponseRequestInput2TypedDict,
        instructions: OptionalNullable[str] = UNSET,
        parallel_tool_calls: bool | None = True,
        previous_response_id: OptionalNullable[Any] = UNSET,
        tools: Sequence[
            models.CreateResponseRequestTool | models.CreateResponseRequestToolTypedDict
        ]
        | None = None,
        tool_choice: models.CreateResponseRequestToolChoiceUnion
        | models.CreateResponseRequestToolChoiceUnionTypedDict
        | None = None,
        reasoning: OptionalNullable[
            models.CreateResponseRequestResponsesSupportedReasoning
            | models.CreateResponseRequestResponsesSupportedReasoningTypedDict
        ] = UNSET,
        conversation: OptionalNullable[Any] = UNSET,
        prompt: OptionalNullable[Any] = UNSET,
        text: OptionalNullable[
            models.CreateResponseRequestResponsesTextConfig
            | models.CreateResponseRequestResponsesTextConfigTypedDict
        ] = UNSET,
        stream: Literal[True],
        max_output_tokens: OptionalNullable[int] = UNSET,
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        metadata: OptionalNullable[Mapping[str, str]] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        max_tool_calls: OptionalNullable[int] = UNSET,
        moderation: OptionalNullable[Any] = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
        truncation: Literal["disabled"] | None = "disabled",
        background: Literal[False] | None = False,
        store: Literal[False] | None = False,
        top_logprobs: Literal[0] | None = 0,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStreamAsync[models.ResponsesStreamFrame]: ...
    async def create_async(
        self,
        *,
        model: str,
        input: models.CreateResponseRequestInput2 | models.CreateResponseRequestInput2TypedDict,
        instructions: OptionalNullable[str] = UNSET,
        parallel_tool_calls: bool | None = True,
        previous_response_id: OptionalNullable[Any] = UNSET,
        tools: Sequence[
            models.CreateResponseRequestTool | models.CreateResponseRequestToolTypedDict
        ]
        | None = None,
        tool_choice: models.CreateResponseRequestToolChoiceUnion
        | models.CreateResponseRequestToolChoiceUnionTypedDict
        | None = None,
        reasoning: OptionalNullable[
            models.CreateResponseRequestResponsesSupportedReasoning
            | models.CreateResponseRequestResponsesSupportedReasoningTypedDict
        ] = UNSET,
        conversation: OptionalNullable[Any] = UNSET,
        prompt: OptionalNullable[Any] = UNSET,
        text: OptionalNullable[
            models.CreateResponseRequestResponsesTextConfig
            | models.CreateResponseRequestResponsesTextConfigTypedDict
        ] = UNSET,
        stream: bool = False,
        max_output_tokens: OptionalNullable[int] = UNSET,
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        metadata: OptionalNullable[Mapping[str, str]] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        max_tool_calls: OptionalNullable[int] = UNSET,
        moderation: OptionalNullable[Any] = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
        truncation: Literal["disabled"] | None = "disabled",
        background: Literal[False] | None = False,
        store: Literal[False] | None = False,
        top_logprobs: Literal[0] | None = 0,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreateResponseResponse | EventStreamAsync[models.ResponsesStreamFrame]:
        """Async twin of :meth:`create`."""
        if stream:
            return await self.stream_async(
                model=model,
                input=input,
                instructions=instructions,
                parallel_tool_calls=parallel_tool_calls,
                previous_response_id=previous_response_id,
                tools=tools,
                tool_choice=tool_choice,
                reasoning=reasoning,
                conversation=conversation,
                prompt=prompt,
                text=text,
                max_output_tokens=max_output_tokens,
                temperature=temperature,
                top_p=top_p,
                metadata=metadata,
                prompt_cache_key=prompt_cache_key,
                max_tool_calls=max_tool_calls,
                moderation=moderation,
                additional_properties=additional_properties,
                truncation=truncation,
                background=background,
                store=store,
                top_logprobs=top_logprobs,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )
        return await self._client.request_async(
            _RESPONSES_CREATE,
            body={
                **(additional_properties or {}),
                "model": model,
                "input": input,
                "instructions": instructions,
                "parallel_tool_calls": parallel_tool_calls,
                "previous_response_id": previous_response_id,
                "tools": tools,
                "tool_choice": tool_choice,
                "reasoning": reasoning,
                "conversation": conversation,
                "prompt": prompt,
                "text": text,
                "stream": stream,
                "max_output_tokens": max_output_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "metadata": metadata,
                "prompt_cache_key": prompt_cache_key,
                "max_tool_calls": max_tool_calls,
                "moderation": moderation,
                "truncation": truncation,
                "background": background,
                "store": store,
                "top_logprobs": top_logprobs,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def stream(
        self,
        *,
        model: str,
        input: models.CreateResponseRequestInput2 | models.CreateResponseRequestInput2TypedDict,
        instructions: OptionalNullable[str] = UNSET,
        parallel_tool_calls: bool | None = True,
        previous_response_id: OptionalNullable[Any] = UNSET,
        tools: Sequence[
            models.CreateResponseRequestTool | models.CreateResponseRequestToolTypedDict
        ]
        | None = None,
        tool_choice: models.CreateResponseRequestToolChoiceUnion
        | models.CreateResponseRequestToolChoiceUnionTypedDict
        | None = None,
        reasoning: OptionalNullable[
            models.CreateResponseRequestResponsesSupportedReasoning
            | models.CreateResponseRequestResponsesSupportedReasoningTypedDict
        ] = UNSET,
        conversation: OptionalNullable[Any] = UNSET,
        prompt: OptionalNullable[Any] = UNSET,
        text: OptionalNullable[
            models.CreateResponseRequestResponsesTextConfig
            | models.CreateResponseRequestResponsesTextConfigTypedDict
        ] = UNSET,
        stream: bool | None = True,
        max_output_tokens: OptionalNullable[int] = UNSET,
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        metadata: OptionalNullable[Mapping[str, str]] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        max_tool_calls: OptionalNullable[int] = UNSET,
        moderation: OptionalNullable[Any] = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
        truncation: Literal["disabled"] | None = "disabled",
        background: Literal[False] | None = False,
        store: Literal[False] | None = False,
        top_logprobs: Literal[0] | None = 0,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStream[models.ResponsesStreamFrame]:
        """Create Response.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model:
        :param input:
        :param instructions:
        :param parallel_tool_calls:
        :param previous_response_id:
        :param tools:
        :param tool_choice:
        :param reasoning:
        :param conversation:
        :param prompt:
        :param text:
        :param stream:
        :param max_output_tokens:
        :param temperature:
        :param top_p:
        :param metadata:
        :param prompt_cache_key:
        :param max_tool_calls:
        :param moderation:
        :param additional_properties: Extra body fields, sent as given.
        :param truncation:
        :param background:
        :param store:
        :param top_logprobs:
        """
        return self._client.stream(
            _RESPONSES_STREAM,
            body={
                **(additional_properties or {}),
                "model": model,
                "input": input,
                "instructions": instructions,
                "parallel_tool_calls": parallel_tool_calls,
                "previous_response_id": previous_response_id,
                "tools": tools,
                "tool_choice": tool_choice,
                "reasoning": reasoning,
                "conversation": conversation,
                "prompt": prompt,
                "text": text,
                "stream": stream,
                "max_output_tokens": max_output_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "metadata": metadata,
                "prompt_cache_key": prompt_cache_key,
                "max_tool_calls": max_tool_calls,
                "moderation": moderation,
                "truncation": truncation,
                "background": background,
                "store": store,
                "top_logprobs": top_logprobs,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def stream_async(
        self,
        *,
        model: str,
        input: models.CreateResponseRequestInput2 | models.CreateResponseRequestInput2TypedDict,
        instructions: OptionalNullable[str] = UNSET,
        parallel_tool_calls: bool | None = True,
        previous_response_id: OptionalNullable[Any] = UNSET,
        tools: Sequence[
            models.CreateResponseRequestTool | models.CreateResponseRequestToolTypedDict
        ]
        | None = None,
        tool_choice: models.CreateResponseRequestToolChoiceUnion
        | models.CreateResponseRequestToolChoiceUnionTypedDict
        | None = None,
        reasoning: OptionalNullable[
            models.CreateResponseRequestResponsesSupportedReasoning
            | models.CreateResponseRequestResponsesSupportedReasoningTypedDict
        ] = UNSET,
        conversation: OptionalNullable[Any] = UNSET,
        prompt: OptionalNullable[Any] = UNSET,
        text: OptionalNullable[
            models.CreateResponseRequestResponsesTextConfig
            | models.CreateResponseRequestResponsesTextConfigTypedDict
        ] = UNSET,
        stream: bool | None = True,
        max_output_tokens: OptionalNullable[int] = UNSET,
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        metadata: OptionalNullable[Mapping[str, str]] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        max_tool_calls: OptionalNullable[int] = UNSET,
        moderation: OptionalNullable[Any] = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
        truncation: Literal["disabled"] | None = "disabled",
        background: Literal[False] | None = False,
        store: Literal[False] | None = False,
        top_logprobs: Literal[0] | None = 0,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStreamAsync[models.ResponsesStreamFrame]:
        """Async twin of :meth:`stream`."""
        return await self._client.stream_async(
            _RESPONSES_STREAM,
            body={
                **(additional_properties or {}),
                "model": model,
                "input": input,
                "instructions": instructions,
                "parallel_tool_calls": parallel_tool_calls,
                "previous_response_id": previous_response_id,
                "tools": tools,
                "tool_choice": tool_choice,
                "reasoning": reasoning,
                "conversation": conversation,
                "prompt": prompt,
                "text": text,
                "stream": stream,
                "max_output_tokens": max_output_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "metadata": metadata,
                "prompt_cache_key": prompt_cache_key,
                "max_tool_calls": max_tool_calls,
                "moderation": moderation,
                "truncation": truncation,
                "background": background,
                "store": store,
                "top_logprobs": top_logprobs,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def count_input_tokens(
        self,
        *,
        model: str,
        input: models.CountResponseInputTokensRequestInput2
        | models.CountResponseInputTokensRequestInput2TypedDict,
        instructions: OptionalNullable[str] = UNSET,
        parallel_tool_calls: bool | None = True,
        previous_response_id: OptionalNullable[Any] = UNSET,
        tools: Sequence[
            models.CountResponseInputTokensRequestTool
            | models.CountResponseInputTokensRequestToolTypedDict
        ]
        | None = None,
        tool_choice: models.CountResponseInputTokensRequestToolChoiceUnion
        | models.CountResponseInputTokensRequestToolChoiceUnionTypedDict
        | None = None,
        reasoning: OptionalNullable[
            models.CountResponseInputTokensRequestResponsesSupportedReasoning
            | models.CountResponseInputTokensRequestResponsesSupportedReasoningTypedDict
        ] = UNSET,
        conversation: OptionalNullable[Any] = UNSET,
        prompt: OptionalNullable[Any] = UNSET,
        text: OptionalNullable[
            models.CountResponseInputTokensRequestResponsesTextConfig
            | models.CountResponseInputTokensRequestResponsesTextConfigTypedDict
        ] = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
        truncation: Literal["disabled"] | None = "disabled",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CountResponseInputTokensResponse:
        """Count Input Tokens.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model:
        :param input:
        :param instructions:
        :param parallel_tool_calls:
        :param previous_response_id:
        :param tools:
        :param tool_choice:
        :param reasoning:
        :param conversation:
        :param prompt:
        :param text:
        :param additional_properties: Extra body fields, sent as given.
        :param truncation:
        """
        return self._client.request(
            _RESPONSES_COUNT_INPUT_TOKENS,
            body={
                **(additional_properties or {}),
                "model": model,
                "input": input,
                "instructions": instructions,
                "parallel_tool_calls": parallel_tool_calls,
                "previous_response_id": previous_response_id,
                "tools": tools,
                "tool_choice": tool_choice,
                "reasoning": reasoning,
                "conversation": conversation,
                "prompt": prompt,
                "text": text,
                "truncation": truncation,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def count_input_tokens_async(
        self,
        *,
        model: str,
        input: models.CountResponseInputTokensRequestInput2
        | models.CountResponseInputTokensRequestInput2TypedDict,
        instructions: OptionalNullable[str] = UNSET,
        parallel_tool_calls: bool | None = True,
        previous_response_id: OptionalNullable[Any] = UNSET,
        tools: Sequence[
            models.CountResponseInputTokensRequestTool
            | models.CountResponseInputTokensRequestToolTypedDict
        ]
        | None = None,
        tool_choice: models.CountResponseInputTokensRequestToolChoiceUnion
        | models.CountResponseInputTokensRequestToolChoiceUnionTypedDict
        | None = None,
        reasoning: OptionalNullable[
            models.CountResponseInputTokensRequestResponsesSupportedReasoning
            | models.CountResponseInputTokensRequestResponsesSupportedReasoningTypedDict
        ] = UNSET,
        conversation: OptionalNullable[Any] = UNSET,
        prompt: OptionalNullable[Any] = UNSET,
        text: OptionalNullable[
            models.CountResponseInputTokensRequestResponsesTextConfig
            | models.CountResponseInputTokensRequestResponsesTextConfigTypedDict
        ] = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
        truncation: Literal["disabled"] | None = "disabled",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CountResponseInputTokensResponse:
        """Async twin of :meth:`count_input_tokens`."""
        return await self._client.request_async(
            _RESPONSES_COUNT_INPUT_TOKENS,
            body={
                **(additional_properties or {}),
                "model": model,
                "input": input,
                "instructions": instructions,
                "parallel_tool_calls": parallel_tool_calls,
                "previous_response_id": previous_response_id,
                "tools": tools,
                "tool_choice": tool_choice,
                "reasoning": reasoning,
                "conversation": conversation,
                "prompt": prompt,
                "text": text,
                "truncation": truncation,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class ResponsesWithRawResponse(RawResource):
    """``responses.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    create = raw_method(Responses.create)
    create_async = raw_method(Responses.create_async)
    stream = raw_method(Responses.stream)
    stream_async = raw_method(Responses.stream_async)
    count_input_tokens = raw_method(Responses.count_input_tokens)
    count_input_tokens_async = raw_method(Responses.count_input_tokens_async)


OPERATIONS: dict[str, Operation[Any]] = {
    "create_response_v1_responses_post": _RESPONSES_CREATE,
    "create_response_v1_responses_post:stream": _RESPONSES_STREAM,
    "count_input_tokens_v1_responses_input_tokens_post": _RESPONSES_COUNT_INPUT_TOKENS,
}
"""Every operation of this module by id (the streaming twin of an operation answering JSON and SSE as ``<id>:stream``)."""
