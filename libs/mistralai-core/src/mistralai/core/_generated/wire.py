# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The models of mistralai-core that domain packages send, as pydantic-core schemas of their
wire form: definitions by name, which the packages' wire modules refer to (see
mistralai.core._wire; derived from the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import open_pick
from mistralai.core.runtime import wire as w

# fields shared by ModerationLLMV1CategoryThresholds and ModerationLLMV2CategoryThresholds
_SELFHARM_TO_PII_FIELDS: dict[str, Any] = {
    "selfharm": w.field(w.nullable(w.FLOAT), required=False),
    "health": w.field(w.nullable(w.FLOAT), required=False),
    "financial": w.field(w.nullable(w.FLOAT), required=False),
    "law": w.field(w.nullable(w.FLOAT), required=False),
    "pii": w.field(w.nullable(w.FLOAT), required=False),
}

# fields shared by ModerationLLMV1CategoryThresholds and ModerationLLMV2CategoryThresholds
_SEXUAL_TO_VIOLENCE_AND_THREATS_FIELDS: dict[str, Any] = {
    "sexual": w.field(w.nullable(w.FLOAT), required=False),
    "hate_and_discrimination": w.field(w.nullable(w.FLOAT), required=False),
    "violence_and_threats": w.field(w.nullable(w.FLOAT), required=False),
}

# fields shared by ToolMessage and UserMessage
_CONTENT_FIELD: dict[str, Any] = {
    "content": w.field(
        w.ref(
            "str | list[ImageURLChunk | DocumentURLChunk | TextChunk | ReferenceChunk | FileChunk | ThinkChunk | AudioChunk | UnknownVariant] | None"
        )
    )
}

DEFS: dict[str, Any] = w.definitions(
    {
        "AssistantMessage": w.typed_dict(
            "AssistantMessage",
            {
                "role": w.field(w.default(w.literal("assistant"), "assistant"), required=False),
                "content": w.field(
                    w.ref(
                        "str | list[ImageURLChunk | DocumentURLChunk | TextChunk | ReferenceChunk | FileChunk | ThinkChunk | AudioChunk | UnknownVariant] | None"
                    ),
                    required=False,
                ),
                "tool_calls": w.field(w.nullable(w.list_of(w.ref("ToolCall"))), required=False),
                "prefix": w.field(w.default(w.BOOL, False), required=False),
            },
        ),
        "ImageURLChunk": w.typed_dict(
            "ImageURLChunk",
            {
                "type": w.field(w.default(w.literal("image_url"), "image_url"), required=False),
                "image_url": w.field(w.union(w.ref("ImageURL"), w.STR)),
            },
        ),
        "ImageURL": w.typed_dict(
            "ImageURL",
            {
                "url": w.field(w.STR),
                "detail": w.field(
                    w.nullable(w.union(w.literal("low", "auto", "high"), w.STR)), required=False
                ),
            },
        ),
        "DocumentURLChunk": w.typed_dict(
            "DocumentURLChunk",
            {
                "type": w.field(
                    w.default(w.literal("document_url"), "document_url"), required=False
                ),
                "document_url": w.field(w.STR),
                "document_name": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "TextChunk": w.typed_dict(
            "TextChunk",
            {
                "type": w.field(w.default(w.literal("text"), "text"), required=False),
                "text": w.field(w.STR),
            },
        ),
        "ReferenceChunk": w.typed_dict(
            "ReferenceChunk",
            {
                "type": w.field(w.default(w.literal("reference"), "reference"), required=False),
                "reference_ids": w.field(w.list_of(w.union(w.INT, w.STR))),
            },
        ),
        "FileChunk": w.typed_dict(
            "FileChunk",
            {
                "type": w.field(w.default(w.literal("file"), "file"), required=False),
                "file_id": w.field(w.STR),
            },
        ),
        "ThinkChunk": w.typed_dict(
            "ThinkChunk",
            {
                "type": w.field(w.default(w.literal("thinking"), "thinking"), required=False),
                "thinking": w.field(
                    w.list_of(
                        w.union(
                            w.ref("TextChunk"), w.ref("ToolReferenceChunk"), w.ref("ReferenceChunk")
                        )
                    )
                ),
                "signature": w.field(w.nullable(w.STR), required=False),
                "closed": w.field(w.nullable(w.BOOL), required=False, drop_none=True),
            },
        ),
        "ToolReferenceChunk": w.typed_dict(
            "ToolReferenceChunk",
            {
                "type": w.field(
                    w.default(w.literal("tool_reference"), "tool_reference"), required=False
                ),
                "tool": w.field(
                    w.union(
                        w.literal(
                            "web_search",
                            "web_search_premium",
                            "code_interpreter",
                            "image_generation",
                            "document_library",
                        ),
                        w.STR,
                    )
                ),
                "title": w.field(w.STR),
                "url": w.field(w.nullable(w.STR), required=False),
                "favicon": w.field(w.nullable(w.STR), required=False),
                "description": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "AudioChunk": w.typed_dict(
            "AudioChunk",
            {
                "type": w.field(w.default(w.literal("input_audio"), "input_audio"), required=False),
                "input_audio": w.field(w.union(w.STR, w.BYTES)),
            },
        ),
        "UnknownVariant": w.typed_dict("UnknownVariant", {}),
        "ToolCall": w.typed_dict(
            "ToolCall",
            {
                "id": w.field(w.default(w.STR, "null"), required=False),
                "type": w.field(w.ref("Literal['function'] = 'function'"), required=False),
                "function": w.field(w.ref("FunctionCall")),
                "index": w.field(w.default(w.INT, 0), required=False),
            },
        ),
        "FunctionCall": w.typed_dict(
            "FunctionCall",
            {"name": w.field(w.STR), "arguments": w.field(w.union(w.ref("dict[str, Any]"), w.STR))},
        ),
        "SystemMessage": w.typed_dict(
            "SystemMessage",
            {
                "role": w.field(w.default(w.literal("system"), "system"), required=False),
                "content": w.field(
                    w.union(
                        w.STR,
                        w.list_of(
                            w.tagged_union(
                                {
                                    "text": w.ref("TextChunk"),
                                    "thinking": w.ref("ThinkChunk"),
                                    "__unknown__": w.ref("UnknownVariant"),
                                },
                                open_pick("type", ("text", "thinking")),
                            )
                        ),
                    )
                ),
            },
        ),
        "ToolMessage": w.typed_dict(
            "ToolMessage",
            {
                "role": w.field(w.default(w.literal("tool"), "tool"), required=False),
                **_CONTENT_FIELD,
                "tool_call_id": w.field(w.nullable(w.STR), required=False),
                "name": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "UserMessage": w.typed_dict(
            "UserMessage",
            {
                "role": w.field(w.default(w.literal("user"), "user"), required=False),
                **_CONTENT_FIELD,
            },
        ),
        "ResponseFormat": w.typed_dict(
            "ResponseFormat",
            {
                "type": w.field(
                    w.nullable(w.union(w.literal("text", "json_object", "json_schema"), w.STR)),
                    required=False,
                    drop_none=True,
                ),
                "json_schema": w.field(w.nullable(w.ref("JSONSchema")), required=False),
            },
        ),
        "JSONSchema": w.typed_dict(
            "JSONSchema",
            {
                "name": w.field(w.STR),
                "description": w.field(w.nullable(w.STR), required=False),
                "schema": w.field(
                    w.ref("dict[str, Any]"), validation_alias=[["schema"], ["schema_definition"]]
                ),
                "strict": w.field(w.default(w.BOOL, False), required=False),
            },
        ),
        "Tool": w.typed_dict(
            "Tool",
            {
                "type": w.field(w.ref("Literal['function'] = 'function'"), required=False),
                "function": w.field(w.ref("Function")),
            },
        ),
        "Function": w.typed_dict(
            "Function",
            {
                "name": w.field(w.STR),
                "description": w.field(w.nullable(w.STR), required=False, drop_none=True),
                "strict": w.field(w.nullable(w.BOOL), required=False, drop_none=True),
                "parameters": w.field(w.ref("dict[str, Any]")),
            },
        ),
        "WebSearchTool": w.typed_dict(
            "WebSearchTool",
            {
                "tool_configuration": w.field(w.ref("ToolConfiguration | None"), required=False),
                "type": w.field(w.default(w.literal("web_search"), "web_search"), required=False),
            },
        ),
        "ToolConfiguration": w.typed_dict(
            "ToolConfiguration",
            {
                "exclude": w.field(w.ref("list[str] | None"), required=False),
                "include": w.field(w.ref("list[str] | None"), required=False),
                "requires_confirmation": w.field(w.ref("list[str] | None"), required=False),
            },
        ),
        "WebSearchPremiumTool": w.typed_dict(
            "WebSearchPremiumTool",
            {
                "tool_configuration": w.field(w.ref("ToolConfiguration | None"), required=False),
                "type": w.field(
                    w.default(w.literal("web_search_premium"), "web_search_premium"), required=False
                ),
            },
        ),
        "CodeInterpreterTool": w.typed_dict(
            "CodeInterpreterTool",
            {
                "tool_configuration": w.field(w.ref("ToolConfiguration | None"), required=False),
                "type": w.field(
                    w.default(w.literal("code_interpreter"), "code_interpreter"), required=False
                ),
            },
        ),
        "ImageGenerationTool": w.typed_dict(
            "ImageGenerationTool",
            {
                "tool_configuration": w.field(w.ref("ToolConfiguration | None"), required=False),
                "type": w.field(
                    w.default(w.literal("image_generation"), "image_generation"), required=False
                ),
            },
        ),
        "DocumentLibraryTool": w.typed_dict(
            "DocumentLibraryTool",
            {
                "tool_configuration": w.field(w.ref("ToolConfiguration | None"), required=False),
                "type": w.field(
                    w.default(w.literal("document_library"), "document_library"), required=False
                ),
                "library_ids": w.field(w.list_of(w.STR)),
            },
        ),
        "CustomConnector": w.typed_dict(
            "CustomConnector",
            {
                "type": w.field(w.default(w.literal("connector"), "connector"), required=False),
                "connector_id": w.field(w.STR),
                "authorization": w.field(
                    w.nullable(
                        w.tagged_union(
                            {
                                "api-key": w.ref("APIKeyAuth"),
                                "oauth2-token": w.ref("OAuth2TokenAuth"),
                                "__unknown__": w.ref("UnknownVariant"),
                            },
                            open_pick("type", ("api-key", "oauth2-token")),
                        )
                    ),
                    required=False,
                ),
                "tool_configuration": w.field(w.ref("ToolConfiguration | None"), required=False),
            },
        ),
        "APIKeyAuth": w.typed_dict(
            "APIKeyAuth",
            {
                "type": w.field(w.default(w.literal("api-key"), "api-key"), required=False),
                "value": w.field(w.STR),
            },
        ),
        "OAuth2TokenAuth": w.typed_dict(
            "OAuth2TokenAuth",
            {
                "type": w.field(
                    w.default(w.literal("oauth2-token"), "oauth2-token"), required=False
                ),
                "value": w.field(w.STR),
            },
        ),
        "ToolChoice": w.typed_dict(
            "ToolChoice",
            {
                "type": w.field(w.ref("Literal['function'] = 'function'"), required=False),
                "function": w.field(w.ref("FunctionName")),
            },
        ),
        "FunctionName": w.typed_dict("FunctionName", {"name": w.field(w.STR)}),
        "Prediction": w.typed_dict(
            "Prediction",
            {
                "type": w.field(w.default(w.literal("content"), "content"), required=False),
                "content": w.field(w.default(w.STR, ""), required=False),
            },
        ),
        "GuardrailConfig": w.typed_dict(
            "GuardrailConfig",
            {
                "block_on_error": w.field(w.default(w.BOOL, False), required=False),
                "moderation_llm_v1": w.field(
                    w.nullable(w.ref("ModerationLLMV1Config")), required=False
                ),
                "moderation_llm_v2": w.field(
                    w.nullable(w.ref("ModerationLLMV2Config")), required=False
                ),
            },
        ),
        "ModerationLLMV1Config": w.typed_dict(
            "ModerationLLMV1Config",
            {
                "model_name": w.field(w.default(w.STR, "mistral-moderation-2411"), required=False),
                "custom_category_thresholds": w.field(
                    w.nullable(w.ref("ModerationLLMV1CategoryThresholds")), required=False
                ),
                "ignore_other_categories": w.field(w.default(w.BOOL, False), required=False),
                "action": w.field(w.ref("Literal['none', 'block'] | str = 'none'"), required=False),
            },
        ),
        "ModerationLLMV1CategoryThresholds": w.typed_dict(
            "ModerationLLMV1CategoryThresholds",
            {
                **_SEXUAL_TO_VIOLENCE_AND_THREATS_FIELDS,
                "dangerous_and_criminal_content": w.field(w.nullable(w.FLOAT), required=False),
                **_SELFHARM_TO_PII_FIELDS,
            },
        ),
        "ModerationLLMV2Config": w.typed_dict(
            "ModerationLLMV2Config",
            {
                "model_name": w.field(w.default(w.STR, "mistral-moderation-2603"), required=False),
                "custom_category_thresholds": w.field(
                    w.nullable(w.ref("ModerationLLMV2CategoryThresholds")), required=False
                ),
                "ignore_other_categories": w.field(w.default(w.BOOL, False), required=False),
                "action": w.field(w.ref("Literal['none', 'block'] | str = 'none'"), required=False),
            },
        ),
        "ModerationLLMV2CategoryThresholds": w.typed_dict(
            "ModerationLLMV2CategoryThresholds",
            {
                **_SEXUAL_TO_VIOLENCE_AND_THREATS_FIELDS,
                "dangerous": w.field(w.nullable(w.FLOAT), required=False),
                "criminal": w.field(w.nullable(w.FLOAT), required=False),
                **_SELFHARM_TO_PII_FIELDS,
                "jailbreaking": w.field(w.nullable(w.FLOAT), required=False),
            },
        ),
        "str | list[ImageURLChunk | DocumentURLChunk | TextChunk | ReferenceChunk | FileChunk | ThinkChunk | AudioChunk | UnknownVariant] | None": w.nullable(
            w.union(
                w.STR,
                w.list_of(
                    w.tagged_union(
                        {
                            "image_url": w.ref("ImageURLChunk"),
                            "document_url": w.ref("DocumentURLChunk"),
                            "text": w.ref("TextChunk"),
                            "reference": w.ref("ReferenceChunk"),
                            "file": w.ref("FileChunk"),
                            "thinking": w.ref("ThinkChunk"),
                            "input_audio": w.ref("AudioChunk"),
                            "__unknown__": w.ref("UnknownVariant"),
                        },
                        open_pick(
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
                    )
                ),
            )
        ),
        "Literal['function'] = 'function'": w.default(w.literal("function"), "function"),
        "dict[str, Any]": w.dict_of(w.STR, w.ANY),
        "ToolConfiguration | None": w.nullable(w.ref("ToolConfiguration")),
        "list[str] | None": w.nullable(w.list_of(w.STR)),
        "Literal['none', 'block'] | str = 'none'": w.default(
            w.union(w.literal("none", "block"), w.STR), "none"
        ),
    }
)
