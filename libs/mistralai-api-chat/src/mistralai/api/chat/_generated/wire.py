# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-chat as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import is_none, open_pick

DEFS: dict[str, Any] = {
    "ChatCompletionRequest:top": {
        "type": "typed-dict",
        "fields": {
            "model": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "temperature": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "top_p": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "max_tokens": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "stream": {"type": "typed-dict-field", "schema": {"type": "bool"}, "required": False},
            "stop": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "str | list[str] | None"},
                "required": False,
            },
            "random_seed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "metadata": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any] | None"},
                "required": False,
            },
            "messages": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]",
                },
                "required": True,
            },
            "response_format": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "ResponseFormat | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "tools": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "tagged-union",
                            "choices": {
                                "function": {"type": "definition-ref", "schema_ref": "Tool"},
                                "web_search": {
                                    "type": "definition-ref",
                                    "schema_ref": "WebSearchTool",
                                },
                                "web_search_premium": {
                                    "type": "definition-ref",
                                    "schema_ref": "WebSearchPremiumTool",
                                },
                                "code_interpreter": {
                                    "type": "definition-ref",
                                    "schema_ref": "CodeInterpreterTool",
                                },
                                "image_generation": {
                                    "type": "definition-ref",
                                    "schema_ref": "ImageGenerationTool",
                                },
                                "document_library": {
                                    "type": "definition-ref",
                                    "schema_ref": "DocumentLibraryTool",
                                },
                                "connector": {
                                    "type": "definition-ref",
                                    "schema_ref": "CustomConnector",
                                },
                                "__unknown__": {
                                    "type": "definition-ref",
                                    "schema_ref": "UnknownVariant",
                                },
                            },
                            "discriminator": open_pick(
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
                        },
                    },
                },
                "required": False,
            },
            "tool_choice": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "definition-ref", "schema_ref": "ToolChoice"},
                        {"type": "literal", "expected": ["auto", "none", "any", "required"]},
                        {"type": "str"},
                    ],
                },
                "required": False,
            },
            "presence_penalty": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "frequency_penalty": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "n": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "prediction": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "Prediction"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "parallel_tool_calls": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": False,
            },
            "reasoning_effort": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {
                                "type": "literal",
                                "expected": ["none", "minimal", "low", "medium", "high", "xhigh"],
                            },
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "prompt_mode": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "literal", "expected": ["reasoning"]},
                },
                "required": False,
            },
            "guardrails": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {"type": "definition-ref", "schema_ref": "GuardrailConfig"},
                    },
                },
                "required": False,
            },
            "prompt_cache_key": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "service_tier": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["auto", "standard_only"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "safe_prompt": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": False,
            },
            "min_tokens": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "repetition_penalty": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "top_k": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "logprobs": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "top_logprobs": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "prompt_logprobs": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "top_prompt_logprobs": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
        },
        "cls_name": "ChatCompletionRequest",
        "extra_behavior": "allow",
        "ref": "ChatCompletionRequest:top",
    },
    "ClassificationRequest:top": {
        "type": "typed-dict",
        "fields": {
            "model": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "metadata": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any] | None"},
                "required": False,
            },
            "input": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "str | list[str]"},
                "required": True,
            },
        },
        "cls_name": "ClassificationRequest",
        "extra_behavior": "allow",
        "ref": "ClassificationRequest:top",
    },
    "ChatModerationRequest:top": {
        "type": "typed-dict",
        "fields": {
            "input": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "definition-ref",
                            "schema_ref": "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]",
                        },
                        {
                            "type": "list",
                            "items_schema": {
                                "type": "definition-ref",
                                "schema_ref": "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]",
                            },
                        },
                    ],
                },
                "required": True,
            },
            "model": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "ChatModerationRequest",
        "extra_behavior": "allow",
        "ref": "ChatModerationRequest:top",
    },
    "ChatClassificationRequest:top": {
        "type": "typed-dict",
        "fields": {
            "model": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "input": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "definition-ref", "schema_ref": "InstructRequest"},
                        {
                            "type": "list",
                            "items_schema": {
                                "type": "definition-ref",
                                "schema_ref": "InstructRequest",
                            },
                        },
                    ],
                },
                "required": True,
            },
        },
        "cls_name": "ChatClassificationRequest",
        "extra_behavior": "allow",
        "ref": "ChatClassificationRequest:top",
    },
    "InstructRequest": {
        "type": "typed-dict",
        "fields": {
            "messages": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]",
                },
                "required": True,
            }
        },
        "cls_name": "InstructRequest",
        "extra_behavior": "allow",
        "ref": "InstructRequest",
    },
    "EmbeddingRequest:top": {
        "type": "typed-dict",
        "fields": {
            "model": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "metadata": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any] | None"},
                "required": False,
            },
            "input": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "str | list[str]"},
                "required": True,
            },
            "output_dimension": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "output_dtype": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "literal",
                            "expected": ["float", "int8", "uint8", "binary", "ubinary"],
                        },
                        {"type": "str"},
                    ],
                },
                "required": False,
            },
            "encoding_format": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["float", "base64"]},
                        {"type": "str"},
                    ],
                },
                "required": False,
            },
        },
        "cls_name": "EmbeddingRequest",
        "extra_behavior": "allow",
        "ref": "EmbeddingRequest:top",
    },
    "FIMCompletionRequest:top": {
        "type": "typed-dict",
        "fields": {
            "model": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": False},
            "temperature": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "top_p": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "max_tokens": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "stream": {"type": "typed-dict-field", "schema": {"type": "bool"}, "required": False},
            "stop": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "str | list[str] | None"},
                "required": False,
            },
            "random_seed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "metadata": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any] | None"},
                "required": False,
            },
            "prompt": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "suffix": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "min_tokens": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "prompt_cache_key": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "FIMCompletionRequest",
        "extra_behavior": "allow",
        "ref": "FIMCompletionRequest:top",
    },
    "UpdateModelRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "UpdateModelRequest",
        "extra_behavior": "allow",
        "ref": "UpdateModelRequest:top",
    },
    "OCRRequest:top": {
        "type": "typed-dict",
        "fields": {
            "model": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": True,
            },
            "document": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "definition-ref", "schema_ref": "FileChunk"},
                        {"type": "definition-ref", "schema_ref": "DocumentURLChunk"},
                        {"type": "definition-ref", "schema_ref": "ImageURLChunk"},
                    ],
                },
                "required": True,
            },
            "pages": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "str"},
                            {"type": "list", "items_schema": {"type": "int"}},
                        ],
                    },
                },
                "required": False,
            },
            "include_image_base64": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "image_limit": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "image_min_size": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "bbox_annotation_format": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "ResponseFormat | None"},
                "required": False,
            },
            "document_annotation_format": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "ResponseFormat | None"},
                "required": False,
            },
            "document_annotation_prompt": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "table_format": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["markdown", "html"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "extract_header": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": False,
            },
            "extract_footer": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": False,
            },
            "include_blocks": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": False,
            },
            "confidence_scores_granularity": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["word", "page", "block"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
        },
        "cls_name": "OCRRequest",
        "extra_behavior": "allow",
        "ref": "OCRRequest:top",
    },
    "str | list[str] | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "str | list[str]"},
        "ref": "str | list[str] | None",
    },
    "str | list[str]": {
        "type": "union",
        "choices": [{"type": "str"}, {"type": "list", "items_schema": {"type": "str"}}],
        "ref": "str | list[str]",
    },
    "dict[str, Any] | None": {
        "type": "nullable",
        "schema": {
            "type": "dict",
            "keys_schema": {"type": "str"},
            "values_schema": {"type": "any"},
        },
        "ref": "dict[str, Any] | None",
    },
    "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]": {
        "type": "list",
        "items_schema": {
            "type": "tagged-union",
            "choices": {
                "assistant": {"type": "definition-ref", "schema_ref": "AssistantMessage"},
                "system": {"type": "definition-ref", "schema_ref": "SystemMessage"},
                "tool": {"type": "definition-ref", "schema_ref": "ToolMessage"},
                "user": {"type": "definition-ref", "schema_ref": "UserMessage"},
                "__unknown__": {"type": "definition-ref", "schema_ref": "UnknownVariant"},
            },
            "discriminator": open_pick("role", ("assistant", "system", "tool", "user")),
        },
        "ref": "list[AssistantMessage | SystemMessage | ToolMessage | UserMessage | UnknownVariant]",
    },
    "ResponseFormat | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "ResponseFormat"},
        "ref": "ResponseFormat | None",
    },
}

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "chat_completion_v1_chat_completions_post": (
        {"type": "definition-ref", "schema_ref": "ChatCompletionRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "ClassificationRequest:top"},
        ("ClassificationRequest:top", "dict[str, Any] | None", "str | list[str]"),
    ),
    "chat_moderations_v1_chat_moderations_post": (
        {"type": "definition-ref", "schema_ref": "ChatModerationRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "ClassificationRequest:top"},
        ("ClassificationRequest:top", "dict[str, Any] | None", "str | list[str]"),
    ),
    "chat_classifications_v1_chat_classifications_post": (
        {"type": "definition-ref", "schema_ref": "ChatClassificationRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "EmbeddingRequest:top"},
        ("EmbeddingRequest:top", "dict[str, Any] | None", "str | list[str]"),
    ),
    "fim_completion_v1_fim_completions_post": (
        {"type": "definition-ref", "schema_ref": "FIMCompletionRequest:top"},
        (
            "FIMCompletionRequest:top",
            "dict[str, Any] | None",
            "str | list[str]",
            "str | list[str] | None",
        ),
    ),
    "jobs_api_routes_fine_tuning_update_fine_tuned_model": (
        {"type": "definition-ref", "schema_ref": "UpdateModelRequest:top"},
        ("UpdateModelRequest:top",),
    ),
    "ocr_v1_ocr_post": (
        {"type": "definition-ref", "schema_ref": "OCRRequest:top"},
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
