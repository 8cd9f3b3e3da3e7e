# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The models of mistralai-core that domain packages send, as pydantic-core schemas of their
wire form: definitions by name, which the packages' wire modules refer to (see
mistralai.core._wire; derived from the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import is_none, open_pick

DEFS: dict[str, Any] = {
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
                    "type": "definition-ref",
                    "schema_ref": "str | list[ImageURLChunk | DocumentURLChunk | TextChunk | ReferenceChunk | FileChunk | ThinkChunk | AudioChunk | UnknownVariant] | None",
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
                    "type": "definition-ref",
                    "schema_ref": "Literal['function'] = 'function'",
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
                        {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
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
                    "type": "definition-ref",
                    "schema_ref": "str | list[ImageURLChunk | DocumentURLChunk | TextChunk | ReferenceChunk | FileChunk | ThinkChunk | AudioChunk | UnknownVariant] | None",
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
                    "type": "definition-ref",
                    "schema_ref": "str | list[ImageURLChunk | DocumentURLChunk | TextChunk | ReferenceChunk | FileChunk | ThinkChunk | AudioChunk | UnknownVariant] | None",
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
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
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
                    "type": "definition-ref",
                    "schema_ref": "Literal['function'] = 'function'",
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
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
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
                "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration | None"},
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
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "include": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "requires_confirmation": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
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
                "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration | None"},
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
                "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration | None"},
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
                "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration | None"},
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
                "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration | None"},
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
                "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration | None"},
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
                    "type": "definition-ref",
                    "schema_ref": "Literal['function'] = 'function'",
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
                    "type": "definition-ref",
                    "schema_ref": "Literal['none', 'block'] | str = 'none'",
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
                    "type": "definition-ref",
                    "schema_ref": "Literal['none', 'block'] | str = 'none'",
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
    "str | list[ImageURLChunk | DocumentURLChunk | TextChunk | ReferenceChunk | FileChunk | ThinkChunk | AudioChunk | UnknownVariant] | None": {
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
                            "image_url": {"type": "definition-ref", "schema_ref": "ImageURLChunk"},
                            "document_url": {
                                "type": "definition-ref",
                                "schema_ref": "DocumentURLChunk",
                            },
                            "text": {"type": "definition-ref", "schema_ref": "TextChunk"},
                            "reference": {"type": "definition-ref", "schema_ref": "ReferenceChunk"},
                            "file": {"type": "definition-ref", "schema_ref": "FileChunk"},
                            "thinking": {"type": "definition-ref", "schema_ref": "ThinkChunk"},
                            "input_audio": {"type": "definition-ref", "schema_ref": "AudioChunk"},
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
        "ref": "str | list[ImageURLChunk | DocumentURLChunk | TextChunk | ReferenceChunk | FileChunk | ThinkChunk | AudioChunk | UnknownVariant] | None",
    },
    "Literal['function'] = 'function'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["function"]},
        "default": "function",
        "ref": "Literal['function'] = 'function'",
    },
    "dict[str, Any]": {
        "type": "dict",
        "keys_schema": {"type": "str"},
        "values_schema": {"type": "any"},
        "ref": "dict[str, Any]",
    },
    "ToolConfiguration | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration"},
        "ref": "ToolConfiguration | None",
    },
    "list[str] | None": {
        "type": "nullable",
        "schema": {"type": "list", "items_schema": {"type": "str"}},
        "ref": "list[str] | None",
    },
    "Literal['none', 'block'] | str = 'none'": {
        "type": "default",
        "schema": {
            "type": "union",
            "choices": [{"type": "literal", "expected": ["none", "block"]}, {"type": "str"}],
        },
        "default": "none",
        "ref": "Literal['none', 'block'] | str = 'none'",
    },
}
