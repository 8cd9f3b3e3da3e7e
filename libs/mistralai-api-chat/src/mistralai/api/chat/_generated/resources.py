# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Resources (API methods) of the mistralai-api-chat distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from mistralai.api.chat._generated import models
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
    "Chat",
    "ChatWithRawResponse",
    "Classifiers",
    "ClassifiersWithRawResponse",
    "Embeddings",
    "EmbeddingsWithRawResponse",
    "Fim",
    "FimWithRawResponse",
    "Models",
    "ModelsWithRawResponse",
    "Ocr",
    "OcrWithRawResponse",
]

_CHAT_COMPLETE: Operation[models.ChatCompletionResponse] = Operation(
    operation_id="chat_completion_v1_chat_completions_post",
    method="POST",
    path="/v1/chat/completions",
    namespace="chat",
    retry_safe=True,
    response=lambda: models.ChatCompletionResponse,
    body=lambda: models.ChatCompletionRequest,
    body_kind="json",
    wire="mistralai.api.chat._generated.wire",
    omit_none=frozenset(
        {
            "stream",
            "response_format",
            "tool_choice",
            "prediction",
            "parallel_tool_calls",
            "safe_prompt",
        }
    ),
)
_CHAT_STREAM: StreamOperation[models.CompletionEvent] = StreamOperation(
    event=lambda: models.CompletionEvent,
    event_fields=frozenset({"data"}),
    sentinel="[DONE]",
    operation_id="chat_completion_v1_chat_completions_post",
    method="POST",
    path="/v1/chat/completions",
    namespace="chat",
    retry_safe=True,
    body=lambda: models.ChatCompletionRequest,
    body_kind="json",
    wire="mistralai.api.chat._generated.wire",
    omit_none=frozenset(
        {
            "stream",
            "response_format",
            "tool_choice",
            "prediction",
            "parallel_tool_calls",
            "safe_prompt",
        }
    ),
)
_CLASSIFIERS_MODERATE: Operation[models.ModerationResponse] = Operation(
    operation_id="moderations_v1_moderations_post",
    method="POST",
    path="/v1/moderations",
    namespace="classifiers",
    retry_safe=True,
    response=lambda: models.ModerationResponse,
    body=lambda: models.ClassificationRequest,
    body_kind="json",
    wire="mistralai.api.chat._generated.wire",
)
_CLASSIFIERS_MODERATE_CHAT: Operation[models.ModerationResponse] = Operation(
    operation_id="chat_moderations_v1_chat_moderations_post",
    method="POST",
    path="/v1/chat/moderations",
    namespace="classifiers",
    retry_safe=True,
    response=lambda: models.ModerationResponse,
    body=lambda: models.ChatModerationRequest,
    body_kind="json",
    wire="mistralai.api.chat._generated.wire",
)
_CLASSIFIERS_CLASSIFY: Operation[models.ClassificationResponse] = Operation(
    operation_id="classifications_v1_classifications_post",
    method="POST",
    path="/v1/classifications",
    namespace="classifiers",
    retry_safe=True,
    response=lambda: models.ClassificationResponse,
    body=lambda: models.ClassificationRequest,
    body_kind="json",
    wire="mistralai.api.chat._generated.wire",
)
_CLASSIFIERS_CLASSIFY_CHAT: Operation[models.ClassificationResponse] = Operation(
    operation_id="chat_classifications_v1_chat_classifications_post",
    method="POST",
    path="/v1/chat/classifications",
    namespace="classifiers",
    retry_safe=True,
    response=lambda: models.ClassificationResponse,
    body=lambda: models.ChatClassificationRequest,
    body_kind="json",
    wire="mistralai.api.chat._generated.wire",
)
_EMBEDDINGS_CREATE: Operation[models.EmbeddingResponse] = Operation(
    operation_id="embeddings_v1_embeddings_post",
    method="POST",
    path="/v1/embeddings",
    namespace="embeddings",
    retry_safe=True,
    response=lambda: models.EmbeddingResponse,
    body=lambda: models.EmbeddingRequest,
    body_kind="json",
    wire="mistralai.api.chat._generated.wire",
    omit_none=frozenset({"output_dtype", "encoding_format"}),
)
_FIM_COMPLETE: Operation[models.FIMCompletionResponse] = Operation(
    operation_id="fim_completion_v1_fim_completions_post",
    method="POST",
    path="/v1/fim/completions",
    namespace="fim",
    retry_safe=True,
    response=lambda: models.FIMCompletionResponse,
    body=lambda: models.FIMCompletionRequest,
    body_kind="json",
    wire="mistralai.api.chat._generated.wire",
    omit_none=frozenset({"stream"}),
)
_FIM_STREAM: StreamOperation[models.CompletionEvent] = StreamOperation(
    event=lambda: models.CompletionEvent,
    event_fields=frozenset({"data"}),
    sentinel="[DONE]",
    operation_id="fim_completion_v1_fim_completions_post",
    method="POST",
    path="/v1/fim/completions",
    namespace="fim",
    retry_safe=True,
    body=lambda: models.FIMCompletionRequest,
    body_kind="json",
    wire="mistralai.api.chat._generated.wire",
    omit_none=frozenset({"stream"}),
)
_MODELS_LIST: Operation[models.ModelList] = Operation(
    operation_id="list_models_v1_models_get",
    method="GET",
    path="/v1/models",
    namespace="models",
    retry_safe=True,
    response=lambda: models.ModelList,
)
_MODELS_RETRIEVE: Operation[models.RetrieveModelV1ModelsModelIdGetResponse] = Operation(
    operation_id="retrieve_model_v1_models__model_id__get",
    method="GET",
    path="/v1/models/{model_id}",
    namespace="models",
    retry_safe=True,
    response=lambda: models.RetrieveModelV1ModelsModelIdGetResponse,
)
_MODELS_DELETE: Operation[models.DeleteModelResponse] = Operation(
    operation_id="delete_model_v1_models__model_id__delete",
    method="DELETE",
    path="/v1/models/{model_id}",
    namespace="models",
    retry_safe=True,
    response=lambda: models.DeleteModelResponse,
)
_MODELS_UPDATE: Operation[models.JobsAPIRoutesFineTuningUpdateFineTunedModelResponse] = Operation(
    operation_id="jobs_api_routes_fine_tuning_update_fine_tuned_model",
    method="PATCH",
    path="/v1/fine_tuning/models/{model_id}",
    namespace="models",
    retry_safe=False,
    response=lambda: models.JobsAPIRoutesFineTuningUpdateFineTunedModelResponse,
    body=lambda: models.UpdateModelRequest,
    body_kind="json",
    wire="mistralai.api.chat._generated.wire",
)
_MODELS_ARCHIVE: Operation[models.ArchiveModelResponse] = Operation(
    operation_id="jobs_api_routes_fine_tuning_archive_fine_tuned_model",
    method="POST",
    path="/v1/fine_tuning/models/{model_id}/archive",
    namespace="models",
    retry_safe=False,
    response=lambda: models.ArchiveModelResponse,
)
_MODELS_UNARCHIVE: Operation[models.UnarchiveModelResponse] = Operation(
    operation_id="jobs_api_routes_fine_tuning_unarchive_fine_tuned_model",
    method="DELETE",
    path="/v1/fine_tuning/models/{model_id}/archive",
    namespace="models",
    retry_safe=True,
    response=lambda: models.UnarchiveModelResponse,
)
_OCR_PROCESS: Operation[models.OCRResponse] = Operation(
    operation_id="ocr_v1_ocr_post",
    method="POST",
    path="/v1/ocr",
    namespace="ocr",
    retry_safe=True,
    response=lambda: models.OCRResponse,
    body=lambda: models.OCRRequest,
    body_kind="json",
    wire="mistralai.api.chat._generated.wire",
    omit_none=frozenset({"extract_header", "extract_footer", "include_blocks"}),
)


class Chat(Resource):
    """Operations of ``chat``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return ChatWithRawResponse(self)

    def complete(
        self,
        *,
        model: str,
        messages: Sequence[
            models.ChatCompletionRequestMessage | models.ChatCompletionRequestMessageTypedDict
        ],
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        max_tokens: OptionalNullable[int] = UNSET,
        stream: Literal[False] = False,
        stop: OptionalNullable[str | Sequence[str]] = UNSET,
        random_seed: OptionalNullable[int] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        response_format: models.ResponseFormat | models.ResponseFormatTypedDict | None = None,
        tools: OptionalNullable[
            Sequence[models.ChatCompletionRequestTool | models.ChatCompletionRequestToolTypedDict]
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
        safe_prompt: bool | None = None,
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
        """Chat Completion.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model: ID of the model to use. You can use the [List Available Models](/api/#tag/models/operation/list_models_v1_models_get) API to see all of your available models, or see our [Model overview](/models) for model descriptions.
        :param messages: The prompt(s) to generate completions for, encoded as a list of dict with role and content.
        :param temperature: What sampling temperature to use, we recommend between 0.0 and 0.7. Higher values like 0.7 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both. The default value varies depending on the model you are targeting. Call the `/models` endpoint to retrieve the appropriate value.
        :param top_p: Nucleus sampling, where the model considers the results of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
        :param max_tokens: The maximum number of tokens to generate in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length.
        :param stream: Whether to stream back partial progress. If set, tokens will be sent as data-only server-side events as they become available, with the stream terminated by a data: [DONE] message. Otherwise, the server will hold the request open until the timeout or until completion, with the response containing the full result as JSON.
        :param stop: Stop generation if this token is detected. Or if one of these tokens is detected when providing an array
        :param random_seed: The seed to use for random sampling. If set, different calls will generate deterministic results.
        :param metadata:
        :param response_format:
        :param tools: A list of tools the model may call. Use this to provide a list of functions the model may generate JSON inputs for.
        :param tool_choice: Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead generates a message. `auto` means the model can pick between generating a message or calling one or more tools. `any` or `required` means the model must call one or more tools. Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
        :param presence_penalty: The `presence_penalty` determines how much the model penalizes the repetition of words or phrases. A higher presence penalty encourages the model to use a wider variety of words and phrases, making the output more diverse and creative.
        :param frequency_penalty: The `frequency_penalty` penalizes the repetition of words based on their frequency in the generated text. A higher frequency penalty discourages the model from repeating words that have already appeared frequently in the output, promoting diversity and reducing repetition.
        :param n: Number of completions to return for each request, input tokens are only billed once.
        :param prediction: Enable users to specify expected results, optimizing response times by leveraging known or predictable content. This approach is especially effective for updating text documents or code files with minimal changes, reducing latency while maintaining high-quality results.
        :param parallel_tool_calls: Whether to enable parallel function calling during tool use, when enabled the model can call multiple tools in parallel.
        :param reasoning_effort:
        :param prompt_mode: Allows toggling between the reasoning mode and no system prompt. When set to `reasoning` the system prompt for reasoning models will be used.
        :param guardrails:
        :param prompt_cache_key:
        :param safe_prompt: Whether to inject a safety prompt before all conversations.
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
            _CHAT_COMPLETE,
            body={
                "model": model,
                "messages": messages,
                "temperature": temperature,
                "top_p": top_p,
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
                "safe_prompt": safe_prompt,
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
        model: str,
        messages: Sequence[
            models.ChatCompletionRequestMessage | models.ChatCompletionRequestMessageTypedDict
        ],
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        max_tokens: OptionalNullable[int] = UNSET,
        stream: Literal[False] = False,
        stop: OptionalNullable[str | Sequence[str]] = UNSET,
        random_seed: OptionalNullable[int] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        response_format: models.ResponseFormat | models.ResponseFormatTypedDict | None = None,
        tools: OptionalNullable[
            Sequence[models.ChatCompletionRequestTool | models.ChatCompletionRequestToolTypedDict]
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
        safe_prompt: bool | None = None,
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
            _CHAT_COMPLETE,
            body={
                "model": model,
                "messages": messages,
                "temperature": temperature,
                "top_p": top_p,
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
                "safe_prompt": safe_prompt,
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
        model: str,
        messages: Sequence[
            models.ChatCompletionRequestMessage | models.ChatCompletionRequestMessageTypedDict
        ],
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        max_tokens: OptionalNullable[int] = UNSET,
        stream: bool | None = True,
        stop: OptionalNullable[str | Sequence[str]] = UNSET,
        random_seed: OptionalNullable[int] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        response_format: models.ResponseFormat | models.ResponseFormatTypedDict | None = None,
        tools: OptionalNullable[
            Sequence[models.ChatCompletionRequestTool | models.ChatCompletionRequestToolTypedDict]
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
        safe_prompt: bool | None = None,
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
        """Chat Completion.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model: ID of the model to use. You can use the [List Available Models](/api/#tag/models/operation/list_models_v1_models_get) API to see all of your available models, or see our [Model overview](/models) for model descriptions.
        :param messages: The prompt(s) to generate completions for, encoded as a list of dict with role and content.
        :param temperature: What sampling temperature to use, we recommend between 0.0 and 0.7. Higher values like 0.7 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both. The default value varies depending on the model you are targeting. Call the `/models` endpoint to retrieve the appropriate value.
        :param top_p: Nucleus sampling, where the model considers the results of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
        :param max_tokens: The maximum number of tokens to generate in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length.
        :param stream: Whether to stream back partial progress. If set, tokens will be sent as data-only server-side events as they become available, with the stream terminated by a data: [DONE] message. Otherwise, the server will hold the request open until the timeout or until completion, with the response containing the full result as JSON.
        :param stop: Stop generation if this token is detected. Or if one of these tokens is detected when providing an array
        :param random_seed: The seed to use for random sampling. If set, different calls will generate deterministic results.
        :param metadata:
        :param response_format:
        :param tools: A list of tools the model may call. Use this to provide a list of functions the model may generate JSON inputs for.
        :param tool_choice: Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead generates a message. `auto` means the model can pick between generating a message or calling one or more tools. `any` or `required` means the model must call one or more tools. Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
        :param presence_penalty: The `presence_penalty` determines how much the model penalizes the repetition of words or phrases. A higher presence penalty encourages the model to use a wider variety of words and phrases, making the output more diverse and creative.
        :param frequency_penalty: The `frequency_penalty` penalizes the repetition of words based on their frequency in the generated text. A higher frequency penalty discourages the model from repeating words that have already appeared frequently in the output, promoting diversity and reducing repetition.
        :param n: Number of completions to return for each request, input tokens are only billed once.
        :param prediction: Enable users to specify expected results, optimizing response times by leveraging known or predictable content. This approach is especially effective for updating text documents or code files with minimal changes, reducing latency while maintaining high-quality results.
        :param parallel_tool_calls: Whether to enable parallel function calling during tool use, when enabled the model can call multiple tools in parallel.
        :param reasoning_effort:
        :param prompt_mode: Allows toggling between the reasoning mode and no system prompt. When set to `reasoning` the system prompt for reasoning models will be used.
        :param guardrails:
        :param prompt_cache_key:
        :param safe_prompt: Whether to inject a safety prompt before all conversations.
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
            _CHAT_STREAM,
            body={
                "model": model,
                "messages": messages,
                "temperature": temperature,
                "top_p": top_p,
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
                "safe_prompt": safe_prompt,
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
        model: str,
        messages: Sequence[
            models.ChatCompletionRequestMessage | models.ChatCompletionRequestMessageTypedDict
        ],
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        max_tokens: OptionalNullable[int] = UNSET,
        stream: bool | None = True,
        stop: OptionalNullable[str | Sequence[str]] = UNSET,
        random_seed: OptionalNullable[int] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        response_format: models.ResponseFormat | models.ResponseFormatTypedDict | None = None,
        tools: OptionalNullable[
            Sequence[models.ChatCompletionRequestTool | models.ChatCompletionRequestToolTypedDict]
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
        safe_prompt: bool | None = None,
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
            _CHAT_STREAM,
            body={
                "model": model,
                "messages": messages,
                "temperature": temperature,
                "top_p": top_p,
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
                "safe_prompt": safe_prompt,
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


class Classifiers(Resource):
    """Operations of ``classifiers``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> ClassifiersWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return ClassifiersWithRawResponse(self)

    def moderate(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ModerationResponse:
        """Moderations.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model: ID of the model to use.
        :param inputs: Text to classify.
        :param metadata:
        """
        return self._client.request(
            _CLASSIFIERS_MODERATE,
            body={"model": model, "input": inputs, "metadata": metadata},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def moderate_async(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ModerationResponse:
        """Async twin of :meth:`moderate`."""
        return await self._client.request_async(
            _CLASSIFIERS_MODERATE,
            body={"model": model, "input": inputs, "metadata": metadata},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def moderate_chat(
        self,
        *,
        inputs: Sequence[
            models.ChatModerationRequestInput | models.ChatModerationRequestInputTypedDict
        ]
        | Sequence[
            Sequence[models.ChatModerationRequestInput | models.ChatModerationRequestInputTypedDict]
        ],
        model: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ModerationResponse:
        """Chat Moderations.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param inputs: Chat to classify
        :param model:
        """
        return self._client.request(
            _CLASSIFIERS_MODERATE_CHAT,
            body={"input": inputs, "model": model},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def moderate_chat_async(
        self,
        *,
        inputs: Sequence[
            models.ChatModerationRequestInput | models.ChatModerationRequestInputTypedDict
        ]
        | Sequence[
            Sequence[models.ChatModerationRequestInput | models.ChatModerationRequestInputTypedDict]
        ],
        model: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ModerationResponse:
        """Async twin of :meth:`moderate_chat`."""
        return await self._client.request_async(
            _CLASSIFIERS_MODERATE_CHAT,
            body={"input": inputs, "model": model},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def classify(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ClassificationResponse:
        """Classifications.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model: ID of the model to use.
        :param inputs: Text to classify.
        :param metadata:
        """
        return self._client.request(
            _CLASSIFIERS_CLASSIFY,
            body={"model": model, "input": inputs, "metadata": metadata},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def classify_async(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ClassificationResponse:
        """Async twin of :meth:`classify`."""
        return await self._client.request_async(
            _CLASSIFIERS_CLASSIFY,
            body={"model": model, "input": inputs, "metadata": metadata},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def classify_chat(
        self,
        *,
        model: str,
        input: models.ChatClassificationRequestInputs
        | models.ChatClassificationRequestInputsTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ClassificationResponse:
        """Chat Classifications.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model:
        :param input:
        """
        return self._client.request(
            _CLASSIFIERS_CLASSIFY_CHAT,
            body={"model": model, "input": input},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def classify_chat_async(
        self,
        *,
        model: str,
        input: models.ChatClassificationRequestInputs
        | models.ChatClassificationRequestInputsTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ClassificationResponse:
        """Async twin of :meth:`classify_chat`."""
        return await self._client.request_async(
            _CLASSIFIERS_CLASSIFY_CHAT,
            body={"model": model, "input": input},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Embeddings(Resource):
    """Operations of ``embeddings``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> EmbeddingsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return EmbeddingsWithRawResponse(self)

    def create(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        output_dimension: OptionalNullable[int] = UNSET,
        output_dtype: models.EmbeddingDtype | None = None,
        encoding_format: models.EncodingFormat | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.EmbeddingResponse:
        """Embeddings.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model: ID of the model to use.
        :param inputs: Text to embed.
        :param metadata:
        :param output_dimension: The dimension of the output embeddings when feature available. If not provided, a default output dimension will be used.
        :param output_dtype: The data type of the output embeddings when feature available. If not provided, a default output data type will be used.
        :param encoding_format: The format of embeddings in the response.
        """
        return self._client.request(
            _EMBEDDINGS_CREATE,
            body={
                "model": model,
                "input": inputs,
                "metadata": metadata,
                "output_dimension": output_dimension,
                "output_dtype": output_dtype,
                "encoding_format": encoding_format,
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
        inputs: str | Sequence[str],
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        output_dimension: OptionalNullable[int] = UNSET,
        output_dtype: models.EmbeddingDtype | None = None,
        encoding_format: models.EncodingFormat | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.EmbeddingResponse:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _EMBEDDINGS_CREATE,
            body={
                "model": model,
                "input": inputs,
                "metadata": metadata,
                "output_dimension": output_dimension,
                "output_dtype": output_dtype,
                "encoding_format": encoding_format,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Fim(Resource):
    """Operations of ``fim``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> FimWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return FimWithRawResponse(self)

    def complete(
        self,
        *,
        model: str,
        prompt: str,
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        max_tokens: OptionalNullable[int] = UNSET,
        stream: Literal[False] = False,
        stop: OptionalNullable[str | Sequence[str]] = UNSET,
        random_seed: OptionalNullable[int] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        suffix: OptionalNullable[str] = UNSET,
        min_tokens: OptionalNullable[int] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.FIMCompletionResponse:
        """Fim Completion.

        FIM completion.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model: ID of the model with FIM to use.
        :param prompt: The text/code to complete.
        :param temperature: What sampling temperature to use, we recommend between 0.0 and 0.7. Higher values like 0.7 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both. The default value varies depending on the model you are targeting. Call the `/models` endpoint to retrieve the appropriate value.
        :param top_p: Nucleus sampling, where the model considers the results of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
        :param max_tokens: The maximum number of tokens to generate in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length.
        :param stream: Whether to stream back partial progress. If set, tokens will be sent as data-only server-side events as they become available, with the stream terminated by a data: [DONE] message. Otherwise, the server will hold the request open until the timeout or until completion, with the response containing the full result as JSON.
        :param stop: Stop generation if this token is detected. Or if one of these tokens is detected when providing an array
        :param random_seed: The seed to use for random sampling. If set, different calls will generate deterministic results.
        :param metadata:
        :param suffix: Optional text/code that adds more context for the model. When given a `prompt` and a `suffix` the model will fill what is between them. When `suffix` is not provided, the model will simply execute completion starting with `prompt`.
        :param min_tokens: The minimum number of tokens to generate in the completion.
        :param prompt_cache_key:
        """
        if stream:
            raise TypeError("complete() does not stream: call stream() for a stream")
        return self._client.request(
            _FIM_COMPLETE,
            body={
                "model": model,
                "prompt": prompt,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "stream": stream,
                "stop": stop,
                "random_seed": random_seed,
                "metadata": metadata,
                "suffix": suffix,
                "min_tokens": min_tokens,
                "prompt_cache_key": prompt_cache_key,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def complete_async(
        self,
        *,
        model: str,
        prompt: str,
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        max_tokens: OptionalNullable[int] = UNSET,
        stream: Literal[False] = False,
        stop: OptionalNullable[str | Sequence[str]] = UNSET,
        random_seed: OptionalNullable[int] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        suffix: OptionalNullable[str] = UNSET,
        min_tokens: OptionalNullable[int] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.FIMCompletionResponse:
        """Async twin of :meth:`complete`."""
        if stream:
            raise TypeError("complete_async() does not stream: call stream_async() for a stream")
        return await self._client.request_async(
            _FIM_COMPLETE,
            body={
                "model": model,
                "prompt": prompt,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "stream": stream,
                "stop": stop,
                "random_seed": random_seed,
                "metadata": metadata,
                "suffix": suffix,
                "min_tokens": min_tokens,
                "prompt_cache_key": prompt_cache_key,
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
        prompt: str,
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        max_tokens: OptionalNullable[int] = UNSET,
        stream: bool | None = True,
        stop: OptionalNullable[str | Sequence[str]] = UNSET,
        random_seed: OptionalNullable[int] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        suffix: OptionalNullable[str] = UNSET,
        min_tokens: OptionalNullable[int] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStream[models.CompletionEvent]:
        """Fim Completion.

        FIM completion.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model: ID of the model with FIM to use.
        :param prompt: The text/code to complete.
        :param temperature: What sampling temperature to use, we recommend between 0.0 and 0.7. Higher values like 0.7 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both. The default value varies depending on the model you are targeting. Call the `/models` endpoint to retrieve the appropriate value.
        :param top_p: Nucleus sampling, where the model considers the results of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
        :param max_tokens: The maximum number of tokens to generate in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length.
        :param stream: Whether to stream back partial progress. If set, tokens will be sent as data-only server-side events as they become available, with the stream terminated by a data: [DONE] message. Otherwise, the server will hold the request open until the timeout or until completion, with the response containing the full result as JSON.
        :param stop: Stop generation if this token is detected. Or if one of these tokens is detected when providing an array
        :param random_seed: The seed to use for random sampling. If set, different calls will generate deterministic results.
        :param metadata:
        :param suffix: Optional text/code that adds more context for the model. When given a `prompt` and a `suffix` the model will fill what is between them. When `suffix` is not provided, the model will simply execute completion starting with `prompt`.
        :param min_tokens: The minimum number of tokens to generate in the completion.
        :param prompt_cache_key:
        """
        return self._client.stream(
            _FIM_STREAM,
            body={
                "model": model,
                "prompt": prompt,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "stream": stream,
                "stop": stop,
                "random_seed": random_seed,
                "metadata": metadata,
                "suffix": suffix,
                "min_tokens": min_tokens,
                "prompt_cache_key": prompt_cache_key,
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
        prompt: str,
        temperature: OptionalNullable[float] = UNSET,
        top_p: OptionalNullable[float] = UNSET,
        max_tokens: OptionalNullable[int] = UNSET,
        stream: bool | None = True,
        stop: OptionalNullable[str | Sequence[str]] = UNSET,
        random_seed: OptionalNullable[int] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        suffix: OptionalNullable[str] = UNSET,
        min_tokens: OptionalNullable[int] = UNSET,
        prompt_cache_key: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStreamAsync[models.CompletionEvent]:
        """Async twin of :meth:`stream`."""
        return await self._client.stream_async(
            _FIM_STREAM,
            body={
                "model": model,
                "prompt": prompt,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "stream": stream,
                "stop": stop,
                "random_seed": random_seed,
                "metadata": metadata,
                "suffix": suffix,
                "min_tokens": min_tokens,
                "prompt_cache_key": prompt_cache_key,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Models(Resource):
    """Operations of ``models``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return ModelsWithRawResponse(self)

    def list(
        self,
        *,
        provider: OptionalNullable[str] = UNSET,
        model: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ModelList:
        """List Models.

        List all models available to the user.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param provider:
        :param model:
        """
        return self._client.request(
            _MODELS_LIST,
            query={"provider": provider, "model": model},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        provider: OptionalNullable[str] = UNSET,
        model: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ModelList:
        """Async twin of :meth:`list`."""
        return await self._client.request_async(
            _MODELS_LIST,
            query={"provider": provider, "model": model},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def retrieve(
        self,
        *,
        model_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RetrieveModelV1ModelsModelIdGetResponse:
        """Retrieve Model.

        Retrieve information about a model.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model_id: The ID of the model to retrieve.
        """
        return self._client.request(
            _MODELS_RETRIEVE,
            path={"model_id": model_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def retrieve_async(
        self,
        *,
        model_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RetrieveModelV1ModelsModelIdGetResponse:
        """Async twin of :meth:`retrieve`."""
        return await self._client.request_async(
            _MODELS_RETRIEVE,
            path={"model_id": model_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        model_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteModelResponse:
        """Delete Model.

        Delete a fine-tuned model.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model_id: The ID of the model to delete.
        """
        return self._client.request(
            _MODELS_DELETE,
            path={"model_id": model_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        model_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteModelResponse:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _MODELS_DELETE,
            path={"model_id": model_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        model_id: str,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JobsAPIRoutesFineTuningUpdateFineTunedModelResponse:
        """Update Fine Tuned Model.

        Update a model name or description.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model_id: The ID of the model to update.
        :param name:
        :param description:
        """
        return self._client.request(
            _MODELS_UPDATE,
            path={"model_id": model_id},
            body={"name": name, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        model_id: str,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JobsAPIRoutesFineTuningUpdateFineTunedModelResponse:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _MODELS_UPDATE,
            path={"model_id": model_id},
            body={"name": name, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def archive(
        self,
        *,
        model_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ArchiveModelResponse:
        """Archive Fine Tuned Model.

        Archive a fine-tuned model.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model_id: The ID of the model to archive.
        """
        return self._client.request(
            _MODELS_ARCHIVE,
            path={"model_id": model_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def archive_async(
        self,
        *,
        model_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ArchiveModelResponse:
        """Async twin of :meth:`archive`."""
        return await self._client.request_async(
            _MODELS_ARCHIVE,
            path={"model_id": model_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def unarchive(
        self,
        *,
        model_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.UnarchiveModelResponse:
        """Unarchive Fine Tuned Model.

        Un-archive a fine-tuned model.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model_id: The ID of the model to unarchive.
        """
        return self._client.request(
            _MODELS_UNARCHIVE,
            path={"model_id": model_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def unarchive_async(
        self,
        *,
        model_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.UnarchiveModelResponse:
        """Async twin of :meth:`unarchive`."""
        return await self._client.request_async(
            _MODELS_UNARCHIVE,
            path={"model_id": model_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Ocr(Resource):
    """Operations of ``ocr``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> OcrWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return OcrWithRawResponse(self)

    def process(
        self,
        *,
        model: str | None,
        document: models.FileChunk
        | models.FileChunkTypedDict
        | models.DocumentURLChunk
        | models.DocumentURLChunkTypedDict
        | models.ImageURLChunk
        | models.ImageURLChunkTypedDict,
        pages: OptionalNullable[str | Sequence[int]] = UNSET,
        include_image_base64: OptionalNullable[bool] = UNSET,
        image_limit: OptionalNullable[int] = UNSET,
        image_min_size: OptionalNullable[int] = UNSET,
        bbox_annotation_format: OptionalNullable[
            models.ResponseFormat | models.ResponseFormatTypedDict
        ] = UNSET,
        document_annotation_format: OptionalNullable[
            models.ResponseFormat | models.ResponseFormatTypedDict
        ] = UNSET,
        document_annotation_prompt: OptionalNullable[str] = UNSET,
        table_format: OptionalNullable[models.TableFormat] = UNSET,
        extract_header: bool | None = None,
        extract_footer: bool | None = None,
        include_blocks: bool | None = False,
        confidence_scores_granularity: OptionalNullable[models.ConfidenceScoresGranularity] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.OCRResponse:
        """OCR.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model:
        :param document: Document to run OCR on
        :param pages: Specific pages to process. Accepts a list of integers or a string of comma-separated numbers and ranges (e.g. '0,1,2' or '0-5' or '0,2-4'). Page numbers start from 0.
        :param include_image_base64: Include image URLs in response
        :param image_limit: Max images to extract
        :param image_min_size: Minimum height and width of image to extract
        :param bbox_annotation_format: Structured output class for extracting useful information from each extracted bounding box / image from document. Only json_schema is valid for this field
        :param document_annotation_format: Structured output class for extracting useful information from the entire document. Only json_schema is valid for this field
        :param document_annotation_prompt: Optional prompt to guide the model in extracting structured output from the entire document. A document_annotation_format must be provided.
        :param table_format:
        :param extract_header: Extract the page header into the response's `header` field and remove it from the markdown content
        :param extract_footer: Extract the page footer into the response's `footer` field and remove it from the markdown content
        :param include_blocks: Return paragraph-level bounding boxes for all content blocks in the response
        :param confidence_scores_granularity: Granularity for confidence scores: 'page' (aggregate only), 'word' (per-word scores), or 'block' (per-block scores). Defaults to None (no confidence scores) to keep response payload small.
        """
        return self._client.request(
            _OCR_PROCESS,
            body={
                "model": model,
                "document": document,
                "pages": pages,
                "include_image_base64": include_image_base64,
                "image_limit": image_limit,
                "image_min_size": image_min_size,
                "bbox_annotation_format": bbox_annotation_format,
                "document_annotation_format": document_annotation_format,
                "document_annotation_prompt": document_annotation_prompt,
                "table_format": table_format,
                "extract_header": extract_header,
                "extract_footer": extract_footer,
                "include_blocks": include_blocks,
                "confidence_scores_granularity": confidence_scores_granularity,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def process_async(
        self,
        *,
        model: str | None,
        document: models.FileChunk
        | models.FileChunkTypedDict
        | models.DocumentURLChunk
        | models.DocumentURLChunkTypedDict
        | models.ImageURLChunk
        | models.ImageURLChunkTypedDict,
        pages: OptionalNullable[str | Sequence[int]] = UNSET,
        include_image_base64: OptionalNullable[bool] = UNSET,
        image_limit: OptionalNullable[int] = UNSET,
        image_min_size: OptionalNullable[int] = UNSET,
        bbox_annotation_format: OptionalNullable[
            models.ResponseFormat | models.ResponseFormatTypedDict
        ] = UNSET,
        document_annotation_format: OptionalNullable[
            models.ResponseFormat | models.ResponseFormatTypedDict
        ] = UNSET,
        document_annotation_prompt: OptionalNullable[str] = UNSET,
        table_format: OptionalNullable[models.TableFormat] = UNSET,
        extract_header: bool | None = None,
        extract_footer: bool | None = None,
        include_blocks: bool | None = False,
        confidence_scores_granularity: OptionalNullable[models.ConfidenceScoresGranularity] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.OCRResponse:
        """Async twin of :meth:`process`."""
        return await self._client.request_async(
            _OCR_PROCESS,
            body={
                "model": model,
                "document": document,
                "pages": pages,
                "include_image_base64": include_image_base64,
                "image_limit": image_limit,
                "image_min_size": image_min_size,
                "bbox_annotation_format": bbox_annotation_format,
                "document_annotation_format": document_annotation_format,
                "document_annotation_prompt": document_annotation_prompt,
                "table_format": table_format,
                "extract_header": extract_header,
                "extract_footer": extract_footer,
                "include_blocks": include_blocks,
                "confidence_scores_granularity": confidence_scores_granularity,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class ChatWithRawResponse(RawResource):
    """``chat.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    complete = raw_method(Chat.complete)
    complete_async = raw_method(Chat.complete_async)
    stream = raw_method(Chat.stream)
    stream_async = raw_method(Chat.stream_async)


class ClassifiersWithRawResponse(RawResource):
    """``classifiers.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    moderate = raw_method(Classifiers.moderate)
    moderate_async = raw_method(Classifiers.moderate_async)
    moderate_chat = raw_method(Classifiers.moderate_chat)
    moderate_chat_async = raw_method(Classifiers.moderate_chat_async)
    classify = raw_method(Classifiers.classify)
    classify_async = raw_method(Classifiers.classify_async)
    classify_chat = raw_method(Classifiers.classify_chat)
    classify_chat_async = raw_method(Classifiers.classify_chat_async)


class EmbeddingsWithRawResponse(RawResource):
    """``embeddings.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    create = raw_method(Embeddings.create)
    create_async = raw_method(Embeddings.create_async)


class FimWithRawResponse(RawResource):
    """``fim.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    complete = raw_method(Fim.complete)
    complete_async = raw_method(Fim.complete_async)
    stream = raw_method(Fim.stream)
    stream_async = raw_method(Fim.stream_async)


class ModelsWithRawResponse(RawResource):
    """``models.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(Models.list)
    list_async = raw_method(Models.list_async)
    retrieve = raw_method(Models.retrieve)
    retrieve_async = raw_method(Models.retrieve_async)
    delete = raw_method(Models.delete)
    delete_async = raw_method(Models.delete_async)
    update = raw_method(Models.update)
    update_async = raw_method(Models.update_async)
    archive = raw_method(Models.archive)
    archive_async = raw_method(Models.archive_async)
    unarchive = raw_method(Models.unarchive)
    unarchive_async = raw_method(Models.unarchive_async)


class OcrWithRawResponse(RawResource):
    """``ocr.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    process = raw_method(Ocr.process)
    process_async = raw_method(Ocr.process_async)


OPERATIONS: dict[str, Operation[Any]] = {
    "chat_completion_v1_chat_completions_post": _CHAT_COMPLETE,
    "chat_completion_v1_chat_completions_post:stream": _CHAT_STREAM,
    "moderations_v1_moderations_post": _CLASSIFIERS_MODERATE,
    "chat_moderations_v1_chat_moderations_post": _CLASSIFIERS_MODERATE_CHAT,
    "classifications_v1_classifications_post": _CLASSIFIERS_CLASSIFY,
    "chat_classifications_v1_chat_classifications_post": _CLASSIFIERS_CLASSIFY_CHAT,
    "embeddings_v1_embeddings_post": _EMBEDDINGS_CREATE,
    "fim_completion_v1_fim_completions_post": _FIM_COMPLETE,
    "fim_completion_v1_fim_completions_post:stream": _FIM_STREAM,
    "list_models_v1_models_get": _MODELS_LIST,
    "retrieve_model_v1_models__model_id__get": _MODELS_RETRIEVE,
    "delete_model_v1_models__model_id__delete": _MODELS_DELETE,
    "jobs_api_routes_fine_tuning_update_fine_tuned_model": _MODELS_UPDATE,
    "jobs_api_routes_fine_tuning_archive_fine_tuned_model": _MODELS_ARCHIVE,
    "jobs_api_routes_fine_tuning_unarchive_fine_tuned_model": _MODELS_UNARCHIVE,
    "ocr_v1_ocr_post": _OCR_PROCESS,
}
"""Every operation of this module by id (the streaming twin of an operation answering JSON and SSE as ``<id>:stream``)."""
