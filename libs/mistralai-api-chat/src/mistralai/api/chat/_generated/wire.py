# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-chat as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import open_pick
from mistralai.core.runtime import wire as w

# fields shared by ChatCompletionRequest and FIMCompletionRequest
_TEMPERATURE_TO_METADATA_FIELDS: dict[str, Any] = {
    "temperature": w.field(w.nullable(w.FLOAT), required=False),
    "top_p": w.field(w.nullable(w.FLOAT), required=False),
    "max_tokens": w.field(w.nullable(w.INT), required=False),
    "stream": w.field(w.BOOL, required=False),
    "stop": w.field(w.ref("str | list[str] | None"), required=False),
    "random_seed": w.field(w.nullable(w.INT), required=False),
    "metadata": w.field(w.ref("dict[str, Any] | None"), required=False),
}

DEFS: dict[str, Any] = w.definitions(
    {
        "ChatCompletionRequest:top": w.typed_dict(
            "ChatCompletionRequest",
            {
                "model": w.field(w.STR),
                **_TEMPERATURE_TO_METADATA_FIELDS,
                "messages": w.field(
                    w.ref(
                        "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]"
                    )
                ),
                "response_format": w.field(
                    w.ref("ResponseFormat | None"), required=False, drop_none=True
                ),
                "tools": w.field(
                    w.nullable(
                        w.list_of(
                            w.tagged_union(
                                {
                                    "function": w.ref("Tool"),
                                    "web_search": w.ref("WebSearchTool"),
                                    "web_search_premium": w.ref("WebSearchPremiumTool"),
                                    "code_interpreter": w.ref("CodeInterpreterTool"),
                                    "image_generation": w.ref("ImageGenerationTool"),
                                    "document_library": w.ref("DocumentLibraryTool"),
                                    "connector": w.ref("CustomConnector"),
                                    "__unknown__": w.ref("UnknownVariant"),
                                },
                                open_pick(
                                    "type",
                                    (
                                        "code_interpreter",
                                        "connector",
                                        "document_library",
                                        "function",
                                        "image_generation",
                                        "web_search",
                                        "web_search_premium",
                                    ),
                                ),
                            )
                        )
                    ),
                    required=False,
                ),
                "tool_choice": w.field(
                    w.union(
                        w.ref("ToolChoice"), w.literal("auto", "none", "any", "required"), w.STR
                    ),
                    required=False,
                ),
                "presence_penalty": w.field(w.nullable(w.FLOAT), required=False),
                "frequency_penalty": w.field(w.nullable(w.FLOAT), required=False),
                "n": w.field(w.nullable(w.INT), required=False),
                "prediction": w.field(
                    w.nullable(w.ref("Prediction")), required=False, drop_none=True
                ),
                "parallel_tool_calls": w.field(w.BOOL, required=False),
                "reasoning_effort": w.field(
                    w.nullable(
                        w.union(
                            w.literal("none", "minimal", "low", "medium", "high", "xhigh"), w.STR
                        )
                    ),
                    required=False,
                ),
                "prompt_mode": w.field(w.nullable(w.literal("reasoning")), required=False),
                "guardrails": w.field(
                    w.nullable(w.list_of(w.ref("GuardrailConfig"))), required=False
                ),
                "prompt_cache_key": w.field(w.nullable(w.STR), required=False),
                "service_tier": w.field(
                    w.nullable(w.union(w.literal("auto", "standard_only"), w.STR)), required=False
                ),
                "safe_prompt": w.field(w.BOOL, required=False),
                "min_tokens": w.field(w.nullable(w.INT), required=False),
                "repetition_penalty": w.field(w.nullable(w.FLOAT), required=False),
                "top_k": w.field(w.nullable(w.INT), required=False),
                "logprobs": w.field(w.nullable(w.BOOL), required=False),
                "top_logprobs": w.field(w.nullable(w.INT), required=False),
                "prompt_logprobs": w.field(w.nullable(w.BOOL), required=False),
                "top_prompt_logprobs": w.field(w.nullable(w.INT), required=False),
            },
        ),
        "ClassificationRequest:top": w.typed_dict(
            "ClassificationRequest",
            {
                "model": w.field(w.STR),
                "metadata": w.field(w.ref("dict[str, Any] | None"), required=False),
                "input": w.field(w.ref("str | list[str]")),
            },
        ),
        "ChatModerationRequest:top": w.typed_dict(
            "ChatModerationRequest",
            {
                "input": w.field(
                    w.union(
                        w.ref(
                            "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]"
                        ),
                        w.list_of(
                            w.ref(
                                "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]"
                            )
                        ),
                    )
                ),
                "model": w.field(w.STR),
            },
        ),
        "ChatClassificationRequest:top": w.typed_dict(
            "ChatClassificationRequest",
            {
                "model": w.field(w.STR),
                "input": w.field(
                    w.union(w.ref("InstructRequest"), w.list_of(w.ref("InstructRequest")))
                ),
            },
        ),
        "InstructRequest": w.typed_dict(
            "InstructRequest",
            {
                "messages": w.field(
                    w.ref(
                        "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]"
                    )
                )
            },
        ),
        "EmbeddingRequest:top": w.typed_dict(
            "EmbeddingRequest",
            {
                "model": w.field(w.STR),
                "metadata": w.field(w.ref("dict[str, Any] | None"), required=False),
                "input": w.field(w.ref("str | list[str]")),
                "output_dimension": w.field(w.nullable(w.INT), required=False),
                "output_dtype": w.field(
                    w.union(w.literal("float", "int8", "uint8", "binary", "ubinary"), w.STR),
                    required=False,
                ),
                "encoding_format": w.field(
                    w.union(w.literal("float", "base64"), w.STR), required=False
                ),
            },
        ),
        "FIMCompletionRequest:top": w.typed_dict(
            "FIMCompletionRequest",
            {
                "model": w.field(w.STR, required=False),
                **_TEMPERATURE_TO_METADATA_FIELDS,
                "prompt": w.field(w.STR),
                "suffix": w.field(w.nullable(w.STR), required=False),
                "min_tokens": w.field(w.nullable(w.INT), required=False),
                "prompt_cache_key": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "UpdateModelRequest:top": w.typed_dict(
            "UpdateModelRequest",
            {
                "name": w.field(w.nullable(w.STR), required=False),
                "description": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "OCRRequest:top": w.typed_dict(
            "OCRRequest",
            {
                "model": w.field(w.nullable(w.STR)),
                "document": w.field(
                    w.union(w.ref("FileChunk"), w.ref("DocumentURLChunk"), w.ref("ImageURLChunk"))
                ),
                "pages": w.field(w.nullable(w.union(w.STR, w.list_of(w.INT))), required=False),
                "include_image_base64": w.field(w.nullable(w.BOOL), required=False),
                "image_limit": w.field(w.nullable(w.INT), required=False),
                "image_min_size": w.field(w.nullable(w.INT), required=False),
                "bbox_annotation_format": w.field(w.ref("ResponseFormat | None"), required=False),
                "document_annotation_format": w.field(
                    w.ref("ResponseFormat | None"), required=False
                ),
                "document_annotation_prompt": w.field(w.nullable(w.STR), required=False),
                "table_format": w.field(
                    w.nullable(w.union(w.literal("markdown", "html"), w.STR)), required=False
                ),
                "extract_header": w.field(w.BOOL, required=False),
                "extract_footer": w.field(w.BOOL, required=False),
                "include_blocks": w.field(w.BOOL, required=False),
                "confidence_scores_granularity": w.field(
                    w.nullable(w.union(w.literal("word", "page", "block"), w.STR)), required=False
                ),
            },
        ),
        "str | list[str] | None": w.nullable(w.ref("str | list[str]")),
        "str | list[str]": w.union(w.STR, w.list_of(w.STR)),
        "dict[str, Any] | None": w.nullable(w.dict_of(w.STR, w.ANY)),
        "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]": w.list_of(
            w.tagged_union(
                {
                    "assistant": w.ref("AssistantMessage"),
                    "system": w.ref("SystemMessage"),
                    "tool": w.ref("ToolMessage"),
                    "user": w.ref("UserMessage"),
                    "__unknown__": w.ref("UnknownVariant"),
                },
                open_pick("role", ("assistant", "system", "tool", "user")),
            )
        ),
        "ResponseFormat | None": w.nullable(w.ref("ResponseFormat")),
    }
)

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "chat_completion_v1_chat_completions_post": (
        w.ref("ChatCompletionRequest:top"),
        (
            "APIKeyAuth",
            "AssistantMessage",
            "AudioChunk",
            "ChatCompletionRequest:top",
            "CodeInterpreterTool",
            "CustomConnector",
            "DocumentLibraryTool",
            "DocumentURLChunk",
            "FileChunk",
            "Function",
            "FunctionCall",
            "FunctionName",
            "GuardrailConfig",
            "ImageGenerationTool",
            "ImageURL",
            "ImageURLChunk",
            "JSONSchema",
            "Literal['function'] = 'function'",
            "Literal['none', 'block'] | str = 'none'",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "OAuth2TokenAuth",
            "Prediction",
            "ReferenceChunk",
            "ResponseFormat",
            "ResponseFormat | None",
            "SystemMessage",
            "TextChunk",
            "ThinkChunk",
            "Tool",
            "ToolCall",
            "ToolChoice",
            "ToolConfiguration",
            "ToolConfiguration | None",
            "ToolMessage",
            "ToolReferenceChunk",
            "UnknownVariant",
            "UserMessage",
            "WebSearchPremiumTool",
            "WebSearchTool",
            "dict[str, Any]",
            "dict[str, Any] | None",
            "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]",
            "list[str] | None",
            "str | list[ImageURLChunk | DocumentURLChunk | TextChunk | ReferenceChunk | FileChunk | ThinkChunk | AudioChunk | UnknownVariant] | None",
            "str | list[str]",
            "str | list[str] | None",
        ),
    ),
    "moderations_v1_moderations_post": (
        w.ref("ClassificationRequest:top"),
        ("ClassificationRequest:top", "dict[str, Any] | None", "str | list[str]"),
    ),
    "chat_moderations_v1_chat_moderations_post": (
        w.ref("ChatModerationRequest:top"),
        (
            "AssistantMessage",
            "AudioChunk",
            "ChatModerationRequest:top",
            "DocumentURLChunk",
            "FileChunk",
            "FunctionCall",
            "ImageURL",
            "ImageURLChunk",
            "Literal['function'] = 'function'",
            "ReferenceChunk",
            "SystemMessage",
            "TextChunk",
            "ThinkChunk",
            "ToolCall",
            "ToolMessage",
            "ToolReferenceChunk",
            "UnknownVariant",
            "UserMessage",
            "dict[str, Any]",
            "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]",
            "str | list[ImageURLChunk | DocumentURLChunk | TextChunk | ReferenceChunk | FileChunk | ThinkChunk | AudioChunk | UnknownVariant] | None",
        ),
    ),
    "classifications_v1_classifications_post": (
        w.ref("ClassificationRequest:top"),
        ("ClassificationRequest:top", "dict[str, Any] | None", "str | list[str]"),
    ),
    "chat_classifications_v1_chat_classifications_post": (
        w.ref("ChatClassificationRequest:top"),
        (
            "AssistantMessage",
            "AudioChunk",
            "ChatClassificationRequest:top",
            "DocumentURLChunk",
            "FileChunk",
            "FunctionCall",
            "ImageURL",
            "ImageURLChunk",
            "InstructRequest",
            "Literal['function'] = 'function'",
            "ReferenceChunk",
            "SystemMessage",
            "TextChunk",
            "ThinkChunk",
            "ToolCall",
            "ToolMessage",
            "ToolReferenceChunk",
            "UnknownVariant",
            "UserMessage",
            "dict[str, Any]",
            "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]",
            "str | list[ImageURLChunk | DocumentURLChunk | TextChunk | ReferenceChunk | FileChunk | ThinkChunk | AudioChunk | UnknownVariant] | None",
        ),
    ),
    "embeddings_v1_embeddings_post": (
        w.ref("EmbeddingRequest:top"),
        ("EmbeddingRequest:top", "dict[str, Any] | None", "str | list[str]"),
    ),
    "fim_completion_v1_fim_completions_post": (
        w.ref("FIMCompletionRequest:top"),
        (
            "FIMCompletionRequest:top",
            "dict[str, Any] | None",
            "str | list[str]",
            "str | list[str] | None",
        ),
    ),
    "jobs_api_routes_fine_tuning_update_fine_tuned_model": (
        w.ref("UpdateModelRequest:top"),
        ("UpdateModelRequest:top",),
    ),
    "ocr_v1_ocr_post": (
        w.ref("OCRRequest:top"),
        (
            "DocumentURLChunk",
            "FileChunk",
            "ImageURL",
            "ImageURLChunk",
            "JSONSchema",
            "OCRRequest:top",
            "ResponseFormat",
            "ResponseFormat | None",
            "dict[str, Any]",
        ),
    ),
}
