# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-agents as pydantic-core schemas of their wire form: model
definitions by name, and per operation its root schema and the definitions it needs
(see mistralai.core._wire; derived from the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import is_none, open_pick

DEFS: dict[str, Any] = {
    "AgentsCompletionRequest:top": {
        "type": "typed-dict",
        "fields": {
            "max_tokens": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "stream": {"type": "typed-dict-field", "schema": {"type": "bool"}, "required": False},
            "stop": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "str"},
                            {"type": "list", "items_schema": {"type": "str"}},
                        ],
                    },
                },
                "required": False,
            },
            "random_seed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "metadata": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {"type": "any"},
                    },
                },
                "required": False,
            },
            "messages": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "tagged-union",
                        "choices": {
                            "assistant": {
                                "type": "definition-ref",
                                "schema_ref": "AssistantMessage",
                            },
                            "system": {"type": "definition-ref", "schema_ref": "SystemMessage"},
                            "tool": {"type": "definition-ref", "schema_ref": "ToolMessage"},
                            "user": {"type": "definition-ref", "schema_ref": "UserMessage"},
                            "__unknown__": {
                                "type": "definition-ref",
                                "schema_ref": "UnknownVariant",
                            },
                        },
                        "discriminator": open_pick("role", ("assistant", "system", "tool", "user")),
                    },
                },
                "required": True,
            },
            "response_format": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "ResponseFormat"},
                },
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
            "agent_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
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
        "cls_name": "AgentsCompletionRequest",
        "extra_behavior": "allow",
        "ref": "AgentsCompletionRequest:top",
    },
    "AssistantMessage": {
        "type": "typed-dict",
        "fields": {
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["assistant"]},
                    "default": "assistant",
                },
                "required": False,
            },
            "content": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "str"},
                            {
                                "type": "list",
                                "items_schema": {
                                    "type": "tagged-union",
                                    "choices": {
                                        "image_url": {
                                            "type": "definition-ref",
                                            "schema_ref": "ImageURLChunk",
                                        },
                                        "document_url": {
                                            "type": "definition-ref",
                                            "schema_ref": "DocumentURLChunk",
                                        },
                                        "text": {
                                            "type": "definition-ref",
                                            "schema_ref": "TextChunk",
                                        },
                                        "reference": {
                                            "type": "definition-ref",
                                            "schema_ref": "ReferenceChunk",
                                        },
                                        "file": {
                                            "type": "definition-ref",
                                            "schema_ref": "FileChunk",
                                        },
                                        "thinking": {
                                            "type": "definition-ref",
                                            "schema_ref": "ThinkChunk",
                                        },
                                        "input_audio": {
                                            "type": "definition-ref",
                                            "schema_ref": "AudioChunk",
                                        },
                                        "__unknown__": {
                                            "type": "definition-ref",
                                            "schema_ref": "UnknownVariant",
                                        },
                                    },
                                    "discriminator": open_pick(
                                        "type",
                                        (
                                            "document_url",
                                            "file",
                                            "image_url",
                                            "input_audio",
                                            "reference",
                                            "text",
                                            "thinking",
                                        ),
                                    ),
                                },
                            },
                        ],
                    },
                },
                "required": False,
            },
            "tool_calls": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {"type": "definition-ref", "schema_ref": "ToolCall"},
                    },
                },
                "required": False,
            },
            "prefix": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": False},
                "required": False,
            },
        },
        "cls_name": "AssistantMessage",
        "extra_behavior": "allow",
        "ref": "AssistantMessage",
    },
    "ImageURLChunk": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["image_url"]},
                    "default": "image_url",
                },
                "required": False,
            },
            "image_url": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "definition-ref", "schema_ref": "ImageURL"},
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
        },
        "cls_name": "ImageURLChunk",
        "extra_behavior": "allow",
        "ref": "ImageURLChunk",
    },
    "ImageURL": {
        "type": "typed-dict",
        "fields": {
            "url": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "detail": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["low", "auto", "high"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ImageURL",
        "extra_behavior": "allow",
        "ref": "ImageURL",
    },
    "DocumentURLChunk": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["document_url"]},
                    "default": "document_url",
                },
                "required": False,
            },
            "document_url": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "document_name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "DocumentURLChunk",
        "extra_behavior": "allow",
        "ref": "DocumentURLChunk",
    },
    "TextChunk": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["text"]},
                    "default": "text",
                },
                "required": False,
            },
            "text": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "TextChunk",
        "extra_behavior": "allow",
        "ref": "TextChunk",
    },
    "ReferenceChunk": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["reference"]},
                    "default": "reference",
                },
                "required": False,
            },
            "reference_ids": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "union",
                        "choices": [{"type": "int"}, {"type": "str"}],
                    },
                },
                "required": True,
            },
        },
        "cls_name": "ReferenceChunk",
        "extra_behavior": "allow",
        "ref": "ReferenceChunk",
    },
    "FileChunk": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["file"]},
                    "default": "file",
                },
                "required": False,
            },
            "file_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "FileChunk",
        "extra_behavior": "allow",
        "ref": "FileChunk",
    },
    "ThinkChunk": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["thinking"]},
                    "default": "thinking",
                },
                "required": False,
            },
            "thinking": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "union",
                        "choices": [
                            {"type": "definition-ref", "schema_ref": "TextChunk"},
                            {"type": "definition-ref", "schema_ref": "ToolReferenceChunk"},
                            {"type": "definition-ref", "schema_ref": "ReferenceChunk"},
                        ],
                    },
                },
                "required": True,
            },
            "signature": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "closed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
        },
        "cls_name": "ThinkChunk",
        "extra_behavior": "allow",
        "ref": "ThinkChunk",
    },
    "ToolReferenceChunk": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["tool_reference"]},
                    "default": "tool_reference",
                },
                "required": False,
            },
            "tool": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "literal",
                            "expected": [
                                "web_search",
                                "web_search_premium",
                                "code_interpreter",
                                "image_generation",
                                "document_library",
                            ],
                        },
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "title": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "url": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "favicon": {
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
        "cls_name": "ToolReferenceChunk",
        "extra_behavior": "allow",
        "ref": "ToolReferenceChunk",
    },
    "AudioChunk": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["input_audio"]},
                    "default": "input_audio",
                },
                "required": False,
            },
            "input_audio": {
                "type": "typed-dict-field",
                "schema": {"type": "union", "choices": [{"type": "str"}, {"type": "bytes"}]},
                "required": True,
            },
        },
        "cls_name": "AudioChunk",
        "extra_behavior": "allow",
        "ref": "AudioChunk",
    },
    "UnknownVariant": {
        "type": "typed-dict",
        "fields": {},
        "cls_name": "UnknownVariant",
        "extra_behavior": "allow",
        "ref": "UnknownVariant",
    },
    "ToolCall": {
        "type": "typed-dict",
        "fields": {
            "id": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "str"}, "default": "null"},
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["function"]},
                    "default": "function",
                },
                "required": False,
            },
            "function": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "FunctionCall"},
                "required": True,
            },
            "index": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "int"}, "default": 0},
                "required": False,
            },
        },
        "cls_name": "ToolCall",
        "extra_behavior": "allow",
        "ref": "ToolCall",
    },
    "FunctionCall": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "arguments": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "dict",
                            "keys_schema": {"type": "str"},
                            "values_schema": {"type": "any"},
                        },
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
        },
        "cls_name": "FunctionCall",
        "extra_behavior": "allow",
        "ref": "FunctionCall",
    },
    "SystemMessage": {
        "type": "typed-dict",
        "fields": {
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["system"]},
                    "default": "system",
                },
                "required": False,
            },
            "content": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "str"},
                        {
                            "type": "list",
                            "items_schema": {
                                "type": "tagged-union",
                                "choices": {
                                    "text": {"type": "definition-ref", "schema_ref": "TextChunk"},
                                    "thinking": {
                                        "type": "definition-ref",
                                        "schema_ref": "ThinkChunk",
                                    },
                                    "__unknown__": {
                                        "type": "definition-ref",
                                        "schema_ref": "UnknownVariant",
                                    },
                                },
                                "discriminator": open_pick("type", ("text", "thinking")),
                            },
                        },
                    ],
                },
                "required": True,
            },
        },
        "cls_name": "SystemMessage",
        "extra_behavior": "allow",
        "ref": "SystemMessage",
    },
    "ToolMessage": {
        "type": "typed-dict",
        "fields": {
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["tool"]},
                    "default": "tool",
                },
                "required": False,
            },
            "content": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "str"},
                            {
                                "type": "list",
                                "items_schema": {
                                    "type": "tagged-union",
                                    "choices": {
                                        "image_url": {
                                            "type": "definition-ref",
                                            "schema_ref": "ImageURLChunk",
                                        },
                                        "document_url": {
                                            "type": "definition-ref",
                                            "schema_ref": "DocumentURLChunk",
                                        },
                                        "text": {
                                            "type": "definition-ref",
                                            "schema_ref": "TextChunk",
                                        },
                                        "reference": {
                                            "type": "definition-ref",
                                            "schema_ref": "ReferenceChunk",
                                        },
                                        "file": {
                                            "type": "definition-ref",
                                            "schema_ref": "FileChunk",
                                        },
                                        "thinking": {
                                            "type": "definition-ref",
                                            "schema_ref": "ThinkChunk",
                                        },
                                        "input_audio": {
                                            "type": "definition-ref",
                                            "schema_ref": "AudioChunk",
                                        },
                                        "__unknown__": {
                                            "type": "definition-ref",
                                            "schema_ref": "UnknownVariant",
                                        },
                                    },
                                    "discriminator": open_pick(
                                        "type",
                                        (
                                            "document_url",
                                            "file",
                                            "image_url",
                                            "input_audio",
                                            "reference",
                                            "text",
                                            "thinking",
                                        ),
                                    ),
                                },
                            },
                        ],
                    },
                },
                "required": True,
            },
            "tool_call_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "ToolMessage",
        "extra_behavior": "allow",
        "ref": "ToolMessage",
    },
    "UserMessage": {
        "type": "typed-dict",
        "fields": {
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["user"]},
                    "default": "user",
                },
                "required": False,
            },
            "content": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "str"},
                            {
                                "type": "list",
                                "items_schema": {
                                    "type": "tagged-union",
                                    "choices": {
                                        "image_url": {
                                            "type": "definition-ref",
                                            "schema_ref": "ImageURLChunk",
                                        },
                                        "document_url": {
                                            "type": "definition-ref",
                                            "schema_ref": "DocumentURLChunk",
                                        },
                                        "text": {
                                            "type": "definition-ref",
                                            "schema_ref": "TextChunk",
                                        },
                                        "reference": {
                                            "type": "definition-ref",
                                            "schema_ref": "ReferenceChunk",
                                        },
                                        "file": {
                                            "type": "definition-ref",
                                            "schema_ref": "FileChunk",
                                        },
                                        "thinking": {
                                            "type": "definition-ref",
                                            "schema_ref": "ThinkChunk",
                                        },
                                        "input_audio": {
                                            "type": "definition-ref",
                                            "schema_ref": "AudioChunk",
                                        },
                                        "__unknown__": {
                                            "type": "definition-ref",
                                            "schema_ref": "UnknownVariant",
                                        },
                                    },
                                    "discriminator": open_pick(
                                        "type",
                                        (
                                            "document_url",
                                            "file",
                                            "image_url",
                                            "input_audio",
                                            "reference",
                                            "text",
                                            "thinking",
                                        ),
                                    ),
                                },
                            },
                        ],
                    },
                },
                "required": True,
            },
        },
        "cls_name": "UserMessage",
        "extra_behavior": "allow",
        "ref": "UserMessage",
    },
    "ResponseFormat": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["text", "json_object", "json_schema"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "json_schema": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "JSONSchema"},
                },
                "required": False,
            },
        },
        "cls_name": "ResponseFormat",
        "extra_behavior": "allow",
        "ref": "ResponseFormat",
    },
    "JSONSchema": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "schema": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "dict",
                    "keys_schema": {"type": "str"},
                    "values_schema": {"type": "any"},
                },
                "required": True,
                "validation_alias": [["schema"], ["schema_definition"]],
            },
            "strict": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": False},
                "required": False,
            },
        },
        "cls_name": "JSONSchema",
        "extra_behavior": "allow",
        "ref": "JSONSchema",
    },
    "Tool": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["function"]},
                    "default": "function",
                },
                "required": False,
            },
            "function": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Function"},
                "required": True,
            },
        },
        "cls_name": "Tool",
        "extra_behavior": "allow",
        "ref": "Tool",
    },
    "Function": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "strict": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "parameters": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "dict",
                    "keys_schema": {"type": "str"},
                    "values_schema": {"type": "any"},
                },
                "required": True,
            },
        },
        "cls_name": "Function",
        "extra_behavior": "allow",
        "ref": "Function",
    },
    "WebSearchTool": {
        "type": "typed-dict",
        "fields": {
            "tool_configuration": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration"},
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["web_search"]},
                    "default": "web_search",
                },
                "required": False,
            },
        },
        "cls_name": "WebSearchTool",
        "extra_behavior": "allow",
        "ref": "WebSearchTool",
    },
    "ToolConfiguration": {
        "type": "typed-dict",
        "fields": {
            "exclude": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "list", "items_schema": {"type": "str"}},
                },
                "required": False,
            },
            "include": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "list", "items_schema": {"type": "str"}},
                },
                "required": False,
            },
            "requires_confirmation": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "list", "items_schema": {"type": "str"}},
                },
                "required": False,
            },
        },
        "cls_name": "ToolConfiguration",
        "extra_behavior": "allow",
        "ref": "ToolConfiguration",
    },
    "WebSearchPremiumTool": {
        "type": "typed-dict",
        "fields": {
            "tool_configuration": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration"},
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["web_search_premium"]},
                    "default": "web_search_premium",
                },
                "required": False,
            },
        },
        "cls_name": "WebSearchPremiumTool",
        "extra_behavior": "allow",
        "ref": "WebSearchPremiumTool",
    },
    "CodeInterpreterTool": {
        "type": "typed-dict",
        "fields": {
            "tool_configuration": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration"},
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["code_interpreter"]},
                    "default": "code_interpreter",
                },
                "required": False,
            },
        },
        "cls_name": "CodeInterpreterTool",
        "extra_behavior": "allow",
        "ref": "CodeInterpreterTool",
    },
    "ImageGenerationTool": {
        "type": "typed-dict",
        "fields": {
            "tool_configuration": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration"},
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["image_generation"]},
                    "default": "image_generation",
                },
                "required": False,
            },
        },
        "cls_name": "ImageGenerationTool",
        "extra_behavior": "allow",
        "ref": "ImageGenerationTool",
    },
    "DocumentLibraryTool": {
        "type": "typed-dict",
        "fields": {
            "tool_configuration": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration"},
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["document_library"]},
                    "default": "document_library",
                },
                "required": False,
            },
            "library_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            },
        },
        "cls_name": "DocumentLibraryTool",
        "extra_behavior": "allow",
        "ref": "DocumentLibraryTool",
    },
    "CustomConnector": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["connector"]},
                    "default": "connector",
                },
                "required": False,
            },
            "connector_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "authorization": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "tagged-union",
                        "choices": {
                            "api-key": {"type": "definition-ref", "schema_ref": "APIKeyAuth"},
                            "oauth2-token": {
                                "type": "definition-ref",
                                "schema_ref": "OAuth2TokenAuth",
                            },
                            "__unknown__": {
                                "type": "definition-ref",
                                "schema_ref": "UnknownVariant",
                            },
                        },
                        "discriminator": open_pick("type", ("api-key", "oauth2-token")),
                    },
                },
                "required": False,
            },
            "tool_configuration": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration"},
                },
                "required": False,
            },
        },
        "cls_name": "CustomConnector",
        "extra_behavior": "allow",
        "ref": "CustomConnector",
    },
    "APIKeyAuth": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["api-key"]},
                    "default": "api-key",
                },
                "required": False,
            },
            "value": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "APIKeyAuth",
        "extra_behavior": "allow",
        "ref": "APIKeyAuth",
    },
    "OAuth2TokenAuth": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["oauth2-token"]},
                    "default": "oauth2-token",
                },
                "required": False,
            },
            "value": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "OAuth2TokenAuth",
        "extra_behavior": "allow",
        "ref": "OAuth2TokenAuth",
    },
    "ToolChoice": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["function"]},
                    "default": "function",
                },
                "required": False,
            },
            "function": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "FunctionName"},
                "required": True,
            },
        },
        "cls_name": "ToolChoice",
        "extra_behavior": "allow",
        "ref": "ToolChoice",
    },
    "FunctionName": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True}
        },
        "cls_name": "FunctionName",
        "extra_behavior": "allow",
        "ref": "FunctionName",
    },
    "Prediction": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["content"]},
                    "default": "content",
                },
                "required": False,
            },
            "content": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "str"}, "default": ""},
                "required": False,
            },
        },
        "cls_name": "Prediction",
        "extra_behavior": "allow",
        "ref": "Prediction",
    },
    "GuardrailConfig": {
        "type": "typed-dict",
        "fields": {
            "block_on_error": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": False},
                "required": False,
            },
            "moderation_llm_v1": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "ModerationLLMV1Config"},
                },
                "required": False,
            },
            "moderation_llm_v2": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "ModerationLLMV2Config"},
                },
                "required": False,
            },
        },
        "cls_name": "GuardrailConfig",
        "extra_behavior": "allow",
        "ref": "GuardrailConfig",
    },
    "ModerationLLMV1Config": {
        "type": "typed-dict",
        "fields": {
            "model_name": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "str"},
                    "default": "mistral-moderation-2411",
                },
                "required": False,
            },
            "custom_category_thresholds": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "ModerationLLMV1CategoryThresholds",
                    },
                },
                "required": False,
            },
            "ignore_other_categories": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": False},
                "required": False,
            },
            "action": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["none", "block"]},
                            {"type": "str"},
                        ],
                    },
                    "default": "none",
                },
                "required": False,
            },
        },
        "cls_name": "ModerationLLMV1Config",
        "extra_behavior": "allow",
        "ref": "ModerationLLMV1Config",
    },
    "ModerationLLMV1CategoryThresholds": {
        "type": "typed-dict",
        "fields": {
            "sexual": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "hate_and_discrimination": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "violence_and_threats": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "dangerous_and_criminal_content": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "selfharm": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "health": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "financial": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "law": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "pii": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
        },
        "cls_name": "ModerationLLMV1CategoryThresholds",
        "extra_behavior": "allow",
        "ref": "ModerationLLMV1CategoryThresholds",
    },
    "ModerationLLMV2Config": {
        "type": "typed-dict",
        "fields": {
            "model_name": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "str"},
                    "default": "mistral-moderation-2603",
                },
                "required": False,
            },
            "custom_category_thresholds": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "ModerationLLMV2CategoryThresholds",
                    },
                },
                "required": False,
            },
            "ignore_other_categories": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": False},
                "required": False,
            },
            "action": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["none", "block"]},
                            {"type": "str"},
                        ],
                    },
                    "default": "none",
                },
                "required": False,
            },
        },
        "cls_name": "ModerationLLMV2Config",
        "extra_behavior": "allow",
        "ref": "ModerationLLMV2Config",
    },
    "ModerationLLMV2CategoryThresholds": {
        "type": "typed-dict",
        "fields": {
            "sexual": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "hate_and_discrimination": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "violence_and_threats": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "dangerous": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "criminal": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "selfharm": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "health": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "financial": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "law": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "pii": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "jailbreaking": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
        },
        "cls_name": "ModerationLLMV2CategoryThresholds",
        "extra_behavior": "allow",
        "ref": "ModerationLLMV2CategoryThresholds",
    },
    "CreateAgentRequest:top": {
        "type": "typed-dict",
        "fields": {
            "instructions": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
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
                                "code_interpreter": {
                                    "type": "definition-ref",
                                    "schema_ref": "CodeInterpreterTool",
                                },
                                "connector": {
                                    "type": "definition-ref",
                                    "schema_ref": "CustomConnector",
                                },
                                "document_library": {
                                    "type": "definition-ref",
                                    "schema_ref": "DocumentLibraryTool",
                                },
                                "function": {
                                    "type": "definition-ref",
                                    "schema_ref": "FunctionTool",
                                },
                                "image_generation": {
                                    "type": "definition-ref",
                                    "schema_ref": "ImageGenerationTool",
                                },
                                "web_search": {
                                    "type": "definition-ref",
                                    "schema_ref": "WebSearchTool",
                                },
                                "web_search_premium": {
                                    "type": "definition-ref",
                                    "schema_ref": "WebSearchPremiumTool",
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
                "serialization_exclude_if": is_none,
            },
            "completion_args": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "CompletionArgs"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
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
            "model": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "handoffs": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "list", "items_schema": {"type": "str"}},
                },
                "required": False,
            },
            "metadata": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {"type": "any"},
                    },
                },
                "required": False,
            },
            "version_message": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "CreateAgentRequest",
        "extra_behavior": "allow",
        "ref": "CreateAgentRequest:top",
    },
    "FunctionTool": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["function"]},
                    "default": "function",
                },
                "required": False,
            },
            "function": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Function"},
                "required": True,
            },
        },
        "cls_name": "FunctionTool",
        "extra_behavior": "allow",
        "ref": "FunctionTool",
    },
    "CompletionArgs": {
        "type": "typed-dict",
        "fields": {
            "stop": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "str"},
                            {"type": "list", "items_schema": {"type": "str"}},
                        ],
                    },
                },
                "required": False,
                "serialization_exclude_if": is_none,
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
            "random_seed": {
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
            },
            "response_format": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "ResponseFormat"},
                },
                "required": False,
            },
            "tool_choice": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["auto", "none", "any", "required"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
                "serialization_exclude_if": is_none,
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
        },
        "cls_name": "CompletionArgs",
        "extra_behavior": "allow",
        "ref": "CompletionArgs",
    },
    "UpdateAgentRequest:top": {
        "type": "typed-dict",
        "fields": {
            "instructions": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
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
                                "code_interpreter": {
                                    "type": "definition-ref",
                                    "schema_ref": "CodeInterpreterTool",
                                },
                                "connector": {
                                    "type": "definition-ref",
                                    "schema_ref": "CustomConnector",
                                },
                                "document_library": {
                                    "type": "definition-ref",
                                    "schema_ref": "DocumentLibraryTool",
                                },
                                "function": {
                                    "type": "definition-ref",
                                    "schema_ref": "FunctionTool",
                                },
                                "image_generation": {
                                    "type": "definition-ref",
                                    "schema_ref": "ImageGenerationTool",
                                },
                                "web_search": {
                                    "type": "definition-ref",
                                    "schema_ref": "WebSearchTool",
                                },
                                "web_search_premium": {
                                    "type": "definition-ref",
                                    "schema_ref": "WebSearchPremiumTool",
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
                "serialization_exclude_if": is_none,
            },
            "completion_args": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "CompletionArgs"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
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
            "model": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
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
            "handoffs": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "list", "items_schema": {"type": "str"}},
                },
                "required": False,
            },
            "deployment_chat": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "metadata": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {"type": "any"},
                    },
                },
                "required": False,
            },
            "version_message": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "UpdateAgentRequest",
        "extra_behavior": "allow",
        "ref": "UpdateAgentRequest:top",
    },
    "ConversationRequest:top": {
        "type": "typed-dict",
        "fields": {
            "inputs": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "str"},
                        {
                            "type": "list",
                            "items_schema": {
                                "type": "union",
                                "choices": [
                                    {"type": "definition-ref", "schema_ref": "MessageInputEntry"},
                                    {"type": "definition-ref", "schema_ref": "MessageOutputEntry"},
                                    {"type": "definition-ref", "schema_ref": "FunctionResultEntry"},
                                    {"type": "definition-ref", "schema_ref": "FunctionCallEntry"},
                                    {"type": "definition-ref", "schema_ref": "ToolExecutionEntry"},
                                    {"type": "definition-ref", "schema_ref": "AgentHandoffEntry"},
                                ],
                            },
                        },
                    ],
                },
                "required": True,
            },
            "stream": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": [False]},
                    "default": False,
                },
                "required": False,
            },
            "store": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "handoff_execution": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["client", "server"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "instructions": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
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
                                "code_interpreter": {
                                    "type": "definition-ref",
                                    "schema_ref": "CodeInterpreterTool",
                                },
                                "connector": {
                                    "type": "definition-ref",
                                    "schema_ref": "CustomConnector",
                                },
                                "document_library": {
                                    "type": "definition-ref",
                                    "schema_ref": "DocumentLibraryTool",
                                },
                                "function": {
                                    "type": "definition-ref",
                                    "schema_ref": "FunctionTool",
                                },
                                "image_generation": {
                                    "type": "definition-ref",
                                    "schema_ref": "ImageGenerationTool",
                                },
                                "web_search": {
                                    "type": "definition-ref",
                                    "schema_ref": "WebSearchTool",
                                },
                                "web_search_premium": {
                                    "type": "definition-ref",
                                    "schema_ref": "WebSearchPremiumTool",
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
            "completion_args": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "CompletionArgs"},
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
            "metadata": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {"type": "any"},
                    },
                },
                "required": False,
            },
            "agent_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "agent_version": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "union", "choices": [{"type": "str"}, {"type": "int"}]},
                },
                "required": False,
            },
            "model": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "ConversationRequest",
        "extra_behavior": "allow",
        "ref": "ConversationRequest:top",
    },
    "MessageInputEntry": {
        "type": "typed-dict",
        "fields": {
            "object": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["entry"]},
                    "default": "entry",
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["message.input"]},
                    "default": "message.input",
                },
                "required": False,
            },
            "created_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "completed_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
            },
            "id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["assistant", "user"]},
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "content": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "str"},
                        {
                            "type": "list",
                            "items_schema": {
                                "type": "union",
                                "choices": [
                                    {"type": "definition-ref", "schema_ref": "TextChunk"},
                                    {"type": "definition-ref", "schema_ref": "ImageURLChunk"},
                                    {"type": "definition-ref", "schema_ref": "ToolFileChunk"},
                                    {"type": "definition-ref", "schema_ref": "DocumentURLChunk"},
                                    {"type": "definition-ref", "schema_ref": "ThinkChunk"},
                                ],
                            },
                        },
                    ],
                },
                "required": True,
            },
            "prefix": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": False},
                "required": False,
            },
        },
        "cls_name": "MessageInputEntry",
        "extra_behavior": "allow",
        "ref": "MessageInputEntry",
    },
    "ToolFileChunk": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["tool_file"]},
                    "default": "tool_file",
                },
                "required": False,
            },
            "tool": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "literal",
                            "expected": [
                                "web_search",
                                "web_search_premium",
                                "code_interpreter",
                                "image_generation",
                                "document_library",
                            ],
                        },
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "file_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "file_name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "file_type": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "ToolFileChunk",
        "extra_behavior": "allow",
        "ref": "ToolFileChunk",
    },
    "MessageOutputEntry": {
        "type": "typed-dict",
        "fields": {
            "object": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["entry"]},
                    "default": "entry",
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["message.output"]},
                    "default": "message.output",
                },
                "required": False,
            },
            "created_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "completed_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
            },
            "agent_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "model": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["assistant"]},
                    "default": "assistant",
                },
                "required": False,
            },
            "content": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "str"},
                        {
                            "type": "list",
                            "items_schema": {
                                "type": "union",
                                "choices": [
                                    {"type": "definition-ref", "schema_ref": "TextChunk"},
                                    {"type": "definition-ref", "schema_ref": "ImageURLChunk"},
                                    {"type": "definition-ref", "schema_ref": "ToolFileChunk"},
                                    {"type": "definition-ref", "schema_ref": "DocumentURLChunk"},
                                    {"type": "definition-ref", "schema_ref": "ThinkChunk"},
                                    {"type": "definition-ref", "schema_ref": "ToolReferenceChunk"},
                                ],
                            },
                        },
                    ],
                },
                "required": True,
            },
        },
        "cls_name": "MessageOutputEntry",
        "extra_behavior": "allow",
        "ref": "MessageOutputEntry",
    },
    "FunctionResultEntry": {
        "type": "typed-dict",
        "fields": {
            "object": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["entry"]},
                    "default": "entry",
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["function.result"]},
                    "default": "function.result",
                },
                "required": False,
            },
            "created_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "completed_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
            },
            "id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "tool_call_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "result": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "FunctionResultEntry",
        "extra_behavior": "allow",
        "ref": "FunctionResultEntry",
    },
    "FunctionCallEntry": {
        "type": "typed-dict",
        "fields": {
            "object": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["entry"]},
                    "default": "entry",
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["function.call"]},
                    "default": "function.call",
                },
                "required": False,
            },
            "created_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "completed_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
            },
            "agent_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "model": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "tool_call_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "arguments": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "dict",
                            "keys_schema": {"type": "str"},
                            "values_schema": {"type": "any"},
                        },
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "confirmation_status": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["pending", "allowed", "denied"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
        },
        "cls_name": "FunctionCallEntry",
        "extra_behavior": "allow",
        "ref": "FunctionCallEntry",
    },
    "ToolExecutionEntry": {
        "type": "typed-dict",
        "fields": {
            "object": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["entry"]},
                    "default": "entry",
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["tool.execution"]},
                    "default": "tool.execution",
                },
                "required": False,
            },
            "created_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "completed_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
            },
            "agent_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "model": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "name": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "literal",
                            "expected": [
                                "web_search",
                                "web_search_premium",
                                "code_interpreter",
                                "image_generation",
                                "document_library",
                            ],
                        },
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "arguments": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "info": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {"type": "any"},
                    },
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
        },
        "cls_name": "ToolExecutionEntry",
        "extra_behavior": "allow",
        "ref": "ToolExecutionEntry",
    },
    "AgentHandoffEntry": {
        "type": "typed-dict",
        "fields": {
            "object": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["entry"]},
                    "default": "entry",
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["agent.handoff"]},
                    "default": "agent.handoff",
                },
                "required": False,
            },
            "created_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "completed_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
            },
            "id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "previous_agent_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "previous_agent_name": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "next_agent_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "next_agent_name": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
        },
        "cls_name": "AgentHandoffEntry",
        "extra_behavior": "allow",
        "ref": "AgentHandoffEntry",
    },
    "ConversationAppendRequest:top": {
        "type": "typed-dict",
        "fields": {
            "inputs": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "str"},
                            {
                                "type": "list",
                                "items_schema": {
                                    "type": "union",
                                    "choices": [
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "MessageInputEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "MessageOutputEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "FunctionResultEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "FunctionCallEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "ToolExecutionEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "AgentHandoffEntry",
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "stream": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": [False]},
                    "default": False,
                },
                "required": False,
            },
            "store": {"type": "typed-dict-field", "schema": {"type": "bool"}, "required": False},
            "handoff_execution": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["client", "server"]},
                        {"type": "str"},
                    ],
                },
                "required": False,
            },
            "completion_args": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "CompletionArgs"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "tool_confirmations": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "ToolCallConfirmation",
                        },
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ConversationAppendRequest",
        "extra_behavior": "allow",
        "ref": "ConversationAppendRequest:top",
    },
    "ToolCallConfirmation": {
        "type": "typed-dict",
        "fields": {
            "tool_call_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "confirmation": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["allow", "deny"]},
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
        },
        "cls_name": "ToolCallConfirmation",
        "extra_behavior": "allow",
        "ref": "ToolCallConfirmation",
    },
    "ConversationRestartRequest:top": {
        "type": "typed-dict",
        "fields": {
            "inputs": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "str"},
                            {
                                "type": "list",
                                "items_schema": {
                                    "type": "union",
                                    "choices": [
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "MessageInputEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "MessageOutputEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "FunctionResultEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "FunctionCallEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "ToolExecutionEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "AgentHandoffEntry",
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "stream": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": [False]},
                    "default": False,
                },
                "required": False,
            },
            "store": {"type": "typed-dict-field", "schema": {"type": "bool"}, "required": False},
            "handoff_execution": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["client", "server"]},
                        {"type": "str"},
                    ],
                },
                "required": False,
            },
            "completion_args": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "CompletionArgs"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
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
            "metadata": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {"type": "any"},
                    },
                },
                "required": False,
            },
            "from_entry_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "agent_version": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "union", "choices": [{"type": "str"}, {"type": "int"}]},
                },
                "required": False,
            },
        },
        "cls_name": "ConversationRestartRequest",
        "extra_behavior": "allow",
        "ref": "ConversationRestartRequest:top",
    },
    "ConversationStreamRequest:top": {
        "type": "typed-dict",
        "fields": {
            "inputs": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "str"},
                        {
                            "type": "list",
                            "items_schema": {
                                "type": "union",
                                "choices": [
                                    {"type": "definition-ref", "schema_ref": "MessageInputEntry"},
                                    {"type": "definition-ref", "schema_ref": "MessageOutputEntry"},
                                    {"type": "definition-ref", "schema_ref": "FunctionResultEntry"},
                                    {"type": "definition-ref", "schema_ref": "FunctionCallEntry"},
                                    {"type": "definition-ref", "schema_ref": "ToolExecutionEntry"},
                                    {"type": "definition-ref", "schema_ref": "AgentHandoffEntry"},
                                ],
                            },
                        },
                    ],
                },
                "required": True,
            },
            "stream": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": [True]},
                    "default": True,
                },
                "required": False,
            },
            "store": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "handoff_execution": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["client", "server"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "instructions": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
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
                                "code_interpreter": {
                                    "type": "definition-ref",
                                    "schema_ref": "CodeInterpreterTool",
                                },
                                "connector": {
                                    "type": "definition-ref",
                                    "schema_ref": "CustomConnector",
                                },
                                "document_library": {
                                    "type": "definition-ref",
                                    "schema_ref": "DocumentLibraryTool",
                                },
                                "function": {
                                    "type": "definition-ref",
                                    "schema_ref": "FunctionTool",
                                },
                                "image_generation": {
                                    "type": "definition-ref",
                                    "schema_ref": "ImageGenerationTool",
                                },
                                "web_search": {
                                    "type": "definition-ref",
                                    "schema_ref": "WebSearchTool",
                                },
                                "web_search_premium": {
                                    "type": "definition-ref",
                                    "schema_ref": "WebSearchPremiumTool",
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
            "completion_args": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "CompletionArgs"},
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
            "metadata": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {"type": "any"},
                    },
                },
                "required": False,
            },
            "agent_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "agent_version": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "union", "choices": [{"type": "str"}, {"type": "int"}]},
                },
                "required": False,
            },
            "model": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "ConversationStreamRequest",
        "extra_behavior": "allow",
        "ref": "ConversationStreamRequest:top",
    },
    "ConversationAppendStreamRequest:top": {
        "type": "typed-dict",
        "fields": {
            "inputs": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "str"},
                            {
                                "type": "list",
                                "items_schema": {
                                    "type": "union",
                                    "choices": [
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "MessageInputEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "MessageOutputEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "FunctionResultEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "FunctionCallEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "ToolExecutionEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "AgentHandoffEntry",
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "stream": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": [True]},
                    "default": True,
                },
                "required": False,
            },
            "store": {"type": "typed-dict-field", "schema": {"type": "bool"}, "required": False},
            "handoff_execution": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["client", "server"]},
                        {"type": "str"},
                    ],
                },
                "required": False,
            },
            "completion_args": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "CompletionArgs"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "tool_confirmations": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "ToolCallConfirmation",
                        },
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ConversationAppendStreamRequest",
        "extra_behavior": "allow",
        "ref": "ConversationAppendStreamRequest:top",
    },
    "ConversationRestartStreamRequest:top": {
        "type": "typed-dict",
        "fields": {
            "inputs": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "str"},
                            {
                                "type": "list",
                                "items_schema": {
                                    "type": "union",
                                    "choices": [
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "MessageInputEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "MessageOutputEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "FunctionResultEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "FunctionCallEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "ToolExecutionEntry",
                                        },
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "AgentHandoffEntry",
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "stream": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": [True]},
                    "default": True,
                },
                "required": False,
            },
            "store": {"type": "typed-dict-field", "schema": {"type": "bool"}, "required": False},
            "handoff_execution": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["client", "server"]},
                        {"type": "str"},
                    ],
                },
                "required": False,
            },
            "completion_args": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "CompletionArgs"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
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
            "metadata": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {"type": "any"},
                    },
                },
                "required": False,
            },
            "from_entry_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "agent_version": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "union", "choices": [{"type": "str"}, {"type": "int"}]},
                },
                "required": False,
            },
        },
        "cls_name": "ConversationRestartStreamRequest",
        "extra_behavior": "allow",
        "ref": "ConversationRestartStreamRequest:top",
    },
    "CreatePromptRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "definition": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "PromptDefinition"},
                "required": True,
            },
            "title": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "notes": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "sharingScope": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {
                                "type": "literal",
                                "expected": ["sharing_scope_unspecified", "private", "workspace"],
                            },
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
                "validation_alias": [["sharingScope"], ["sharing_scope"]],
            },
            "aliases": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "list", "items_schema": {"type": "str"}},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "workspaceRelation": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {
                                "type": "literal",
                                "expected": ["share_relation_unspecified", "reader", "writer"],
                            },
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
                "validation_alias": [["workspaceRelation"], ["workspace_relation"]],
            },
        },
        "cls_name": "CreatePromptRequest",
        "extra_behavior": "allow",
        "ref": "CreatePromptRequest:top",
    },
    "PromptDefinition": {
        "type": "typed-dict",
        "fields": {
            "content": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "variables": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {"type": "definition-ref", "schema_ref": "PromptVariable"},
                    },
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
        },
        "cls_name": "PromptDefinition",
        "extra_behavior": "allow",
        "ref": "PromptDefinition",
    },
    "PromptVariable": {
        "type": "typed-dict",
        "fields": {
            "name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "serialization_exclude_if": is_none,
            }
        },
        "cls_name": "PromptVariable",
        "extra_behavior": "allow",
        "ref": "PromptVariable",
    },
    "UpdatePromptRequest2:top": {
        "type": "typed-dict",
        "fields": {
            "title": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "sharingScope": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {
                                "type": "literal",
                                "expected": ["sharing_scope_unspecified", "private", "workspace"],
                            },
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
                "validation_alias": [["sharingScope"], ["sharing_scope"]],
            },
            "workspaceRelation": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {
                                "type": "literal",
                                "expected": ["share_relation_unspecified", "reader", "writer"],
                            },
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
                "validation_alias": [["workspaceRelation"], ["workspace_relation"]],
            },
        },
        "cls_name": "UpdatePromptRequest2",
        "extra_behavior": "allow",
        "ref": "UpdatePromptRequest2:top",
    },
    "CreatePromptVersionRequest2:top": {
        "type": "typed-dict",
        "fields": {
            "definition": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "PromptDefinition"},
                "required": True,
            },
            "notes": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "aliases": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "list", "items_schema": {"type": "str"}},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
        },
        "cls_name": "CreatePromptVersionRequest2",
        "extra_behavior": "allow",
        "ref": "CreatePromptVersionRequest2:top",
    },
    "UpdatePromptVersionRequest2:top": {
        "type": "typed-dict",
        "fields": {
            "notes": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "aliases": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "AliasList"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
        },
        "cls_name": "UpdatePromptVersionRequest2",
        "extra_behavior": "allow",
        "ref": "UpdatePromptVersionRequest2:top",
    },
    "AliasList": {
        "type": "typed-dict",
        "fields": {
            "values": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "list", "items_schema": {"type": "str"}},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            }
        },
        "cls_name": "AliasList",
        "extra_behavior": "allow",
        "ref": "AliasList",
    },
    "CreateSkillRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "definition": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "SkillDefinition"},
                "required": True,
            },
            "notes": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "sharingScope": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {
                                "type": "literal",
                                "expected": ["sharing_scope_unspecified", "private", "workspace"],
                            },
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
                "validation_alias": [["sharingScope"], ["sharing_scope"]],
            },
            "aliases": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "list", "items_schema": {"type": "str"}},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "workspaceRelation": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {
                                "type": "literal",
                                "expected": ["share_relation_unspecified", "reader", "writer"],
                            },
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
                "validation_alias": [["workspaceRelation"], ["workspace_relation"]],
            },
        },
        "cls_name": "CreateSkillRequest",
        "extra_behavior": "allow",
        "ref": "CreateSkillRequest:top",
    },
    "SkillDefinition": {
        "type": "typed-dict",
        "fields": {
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "body": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "assets": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {
                            "type": "definition-ref",
                            "schema_ref": "SkillAssetContent",
                        },
                    },
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
        },
        "cls_name": "SkillDefinition",
        "extra_behavior": "allow",
        "ref": "SkillDefinition",
    },
    "SkillAssetContent": {
        "type": "typed-dict",
        "fields": {
            "isExecutable": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
                "validation_alias": [["isExecutable"], ["is_executable"]],
                "serialization_exclude_if": is_none,
            },
            "rawContent": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "validation_alias": [["rawContent"], ["raw_content"]],
                "serialization_exclude_if": is_none,
            },
            "textContent": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "validation_alias": [["textContent"], ["text_content"]],
                "serialization_exclude_if": is_none,
            },
        },
        "cls_name": "SkillAssetContent",
        "extra_behavior": "allow",
        "ref": "SkillAssetContent",
    },
    "UpdateSkillRequest2:top": {
        "type": "typed-dict",
        "fields": {
            "sharingScope": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {
                                "type": "literal",
                                "expected": ["sharing_scope_unspecified", "private", "workspace"],
                            },
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
                "validation_alias": [["sharingScope"], ["sharing_scope"]],
            },
            "workspaceRelation": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {
                                "type": "literal",
                                "expected": ["share_relation_unspecified", "reader", "writer"],
                            },
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
                "validation_alias": [["workspaceRelation"], ["workspace_relation"]],
            },
        },
        "cls_name": "UpdateSkillRequest2",
        "extra_behavior": "allow",
        "ref": "UpdateSkillRequest2:top",
    },
    "CreateSkillVersionRequest2:top": {
        "type": "typed-dict",
        "fields": {
            "definition": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "SkillDefinition"},
                "required": True,
            },
            "notes": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "aliases": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "list", "items_schema": {"type": "str"}},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
        },
        "cls_name": "CreateSkillVersionRequest2",
        "extra_behavior": "allow",
        "ref": "CreateSkillVersionRequest2:top",
    },
    "UpdateSkillVersionRequest2:top": {
        "type": "typed-dict",
        "fields": {
            "notes": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "aliases": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "AliasList"},
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
        },
        "cls_name": "UpdateSkillVersionRequest2",
        "extra_behavior": "allow",
        "ref": "UpdateSkillVersionRequest2:top",
    },
}

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "agents_completion_v1_agents_completions_post": (
        {"type": "definition-ref", "schema_ref": "AgentsCompletionRequest:top"},
        (
            "APIKeyAuth",
            "AgentsCompletionRequest:top",
            "AssistantMessage",
            "AudioChunk",
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
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "OAuth2TokenAuth",
            "Prediction",
            "ReferenceChunk",
            "ResponseFormat",
            "SystemMessage",
            "TextChunk",
            "ThinkChunk",
            "Tool",
            "ToolCall",
            "ToolChoice",
            "ToolConfiguration",
            "ToolMessage",
            "ToolReferenceChunk",
            "UnknownVariant",
            "UserMessage",
            "WebSearchPremiumTool",
            "WebSearchTool",
        ),
    ),
    "agents_api_v1_agents_create": (
        {"type": "definition-ref", "schema_ref": "CreateAgentRequest:top"},
        (
            "APIKeyAuth",
            "CodeInterpreterTool",
            "CompletionArgs",
            "CreateAgentRequest:top",
            "CustomConnector",
            "DocumentLibraryTool",
            "Function",
            "FunctionTool",
            "GuardrailConfig",
            "ImageGenerationTool",
            "JSONSchema",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "OAuth2TokenAuth",
            "Prediction",
            "ResponseFormat",
            "ToolConfiguration",
            "UnknownVariant",
            "WebSearchPremiumTool",
            "WebSearchTool",
        ),
    ),
    "agents_api_v1_agents_update": (
        {"type": "definition-ref", "schema_ref": "UpdateAgentRequest:top"},
        (
            "APIKeyAuth",
            "CodeInterpreterTool",
            "CompletionArgs",
            "CustomConnector",
            "DocumentLibraryTool",
            "Function",
            "FunctionTool",
            "GuardrailConfig",
            "ImageGenerationTool",
            "JSONSchema",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "OAuth2TokenAuth",
            "Prediction",
            "ResponseFormat",
            "ToolConfiguration",
            "UnknownVariant",
            "UpdateAgentRequest:top",
            "WebSearchPremiumTool",
            "WebSearchTool",
        ),
    ),
    "agents_api_v1_conversations_start": (
        {"type": "definition-ref", "schema_ref": "ConversationRequest:top"},
        (
            "APIKeyAuth",
            "AgentHandoffEntry",
            "CodeInterpreterTool",
            "CompletionArgs",
            "ConversationRequest:top",
            "CustomConnector",
            "DocumentLibraryTool",
            "DocumentURLChunk",
            "Function",
            "FunctionCallEntry",
            "FunctionResultEntry",
            "FunctionTool",
            "GuardrailConfig",
            "ImageGenerationTool",
            "ImageURL",
            "ImageURLChunk",
            "JSONSchema",
            "MessageInputEntry",
            "MessageOutputEntry",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "OAuth2TokenAuth",
            "Prediction",
            "ReferenceChunk",
            "ResponseFormat",
            "TextChunk",
            "ThinkChunk",
            "ToolConfiguration",
            "ToolExecutionEntry",
            "ToolFileChunk",
            "ToolReferenceChunk",
            "UnknownVariant",
            "WebSearchPremiumTool",
            "WebSearchTool",
        ),
    ),
    "agents_api_v1_conversations_append": (
        {"type": "definition-ref", "schema_ref": "ConversationAppendRequest:top"},
        (
            "AgentHandoffEntry",
            "CompletionArgs",
            "ConversationAppendRequest:top",
            "DocumentURLChunk",
            "FunctionCallEntry",
            "FunctionResultEntry",
            "ImageURL",
            "ImageURLChunk",
            "JSONSchema",
            "MessageInputEntry",
            "MessageOutputEntry",
            "Prediction",
            "ReferenceChunk",
            "ResponseFormat",
            "TextChunk",
            "ThinkChunk",
            "ToolCallConfirmation",
            "ToolExecutionEntry",
            "ToolFileChunk",
            "ToolReferenceChunk",
        ),
    ),
    "agents_api_v1_conversations_restart": (
        {"type": "definition-ref", "schema_ref": "ConversationRestartRequest:top"},
        (
            "AgentHandoffEntry",
            "CompletionArgs",
            "ConversationRestartRequest:top",
            "DocumentURLChunk",
            "FunctionCallEntry",
            "FunctionResultEntry",
            "GuardrailConfig",
            "ImageURL",
            "ImageURLChunk",
            "JSONSchema",
            "MessageInputEntry",
            "MessageOutputEntry",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "Prediction",
            "ReferenceChunk",
            "ResponseFormat",
            "TextChunk",
            "ThinkChunk",
            "ToolExecutionEntry",
            "ToolFileChunk",
            "ToolReferenceChunk",
        ),
    ),
    "agents_api_v1_conversations_start_stream": (
        {"type": "definition-ref", "schema_ref": "ConversationStreamRequest:top"},
        (
            "APIKeyAuth",
            "AgentHandoffEntry",
            "CodeInterpreterTool",
            "CompletionArgs",
            "ConversationStreamRequest:top",
            "CustomConnector",
            "DocumentLibraryTool",
            "DocumentURLChunk",
            "Function",
            "FunctionCallEntry",
            "FunctionResultEntry",
            "FunctionTool",
            "GuardrailConfig",
            "ImageGenerationTool",
            "ImageURL",
            "ImageURLChunk",
            "JSONSchema",
            "MessageInputEntry",
            "MessageOutputEntry",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "OAuth2TokenAuth",
            "Prediction",
            "ReferenceChunk",
            "ResponseFormat",
            "TextChunk",
            "ThinkChunk",
            "ToolConfiguration",
            "ToolExecutionEntry",
            "ToolFileChunk",
            "ToolReferenceChunk",
            "UnknownVariant",
            "WebSearchPremiumTool",
            "WebSearchTool",
        ),
    ),
    "agents_api_v1_conversations_append_stream": (
        {"type": "definition-ref", "schema_ref": "ConversationAppendStreamRequest:top"},
        (
            "AgentHandoffEntry",
            "CompletionArgs",
            "ConversationAppendStreamRequest:top",
            "DocumentURLChunk",
            "FunctionCallEntry",
            "FunctionResultEntry",
            "ImageURL",
            "ImageURLChunk",
            "JSONSchema",
            "MessageInputEntry",
            "MessageOutputEntry",
            "Prediction",
            "ReferenceChunk",
            "ResponseFormat",
            "TextChunk",
            "ThinkChunk",
            "ToolCallConfirmation",
            "ToolExecutionEntry",
            "ToolFileChunk",
            "ToolReferenceChunk",
        ),
    ),
    "agents_api_v1_conversations_restart_stream": (
        {"type": "definition-ref", "schema_ref": "ConversationRestartStreamRequest:top"},
        (
            "AgentHandoffEntry",
            "CompletionArgs",
            "ConversationRestartStreamRequest:top",
            "DocumentURLChunk",
            "FunctionCallEntry",
            "FunctionResultEntry",
            "GuardrailConfig",
            "ImageURL",
            "ImageURLChunk",
            "JSONSchema",
            "MessageInputEntry",
            "MessageOutputEntry",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "Prediction",
            "ReferenceChunk",
            "ResponseFormat",
            "TextChunk",
            "ThinkChunk",
            "ToolExecutionEntry",
            "ToolFileChunk",
            "ToolReferenceChunk",
        ),
    ),
    "prompts_create": (
        {"type": "definition-ref", "schema_ref": "CreatePromptRequest:top"},
        ("CreatePromptRequest:top", "PromptDefinition", "PromptVariable"),
    ),
    "prompts_update": (
        {"type": "definition-ref", "schema_ref": "UpdatePromptRequest2:top"},
        ("UpdatePromptRequest2:top",),
    ),
    "prompts_create_version": (
        {"type": "definition-ref", "schema_ref": "CreatePromptVersionRequest2:top"},
        ("CreatePromptVersionRequest2:top", "PromptDefinition", "PromptVariable"),
    ),
    "prompts_update_version_metadata": (
        {"type": "definition-ref", "schema_ref": "UpdatePromptVersionRequest2:top"},
        ("AliasList", "UpdatePromptVersionRequest2:top"),
    ),
    "skills_create": (
        {"type": "definition-ref", "schema_ref": "CreateSkillRequest:top"},
        ("CreateSkillRequest:top", "SkillAssetContent", "SkillDefinition"),
    ),
    "skills_update": (
        {"type": "definition-ref", "schema_ref": "UpdateSkillRequest2:top"},
        ("UpdateSkillRequest2:top",),
    ),
    "skills_create_version": (
        {"type": "definition-ref", "schema_ref": "CreateSkillVersionRequest2:top"},
        ("CreateSkillVersionRequest2:top", "SkillAssetContent", "SkillDefinition"),
    ),
    "skills_update_version_metadata": (
        {"type": "definition-ref", "schema_ref": "UpdateSkillVersionRequest2:top"},
        ("AliasList", "UpdateSkillVersionRequest2:top"),
    ),
}
