# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-audio as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import open_pick

DEFS: dict[str, Any] = {
    "AudioAgentCreateRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "configuration": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "AudioAgentConfigurationRequest",
                },
                "required": True,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "AudioAgentCreateRequest",
        "extra_behavior": "allow",
        "ref": "AudioAgentCreateRequest:top",
    },
    "AudioAgentConfigurationRequest": {
        "type": "typed-dict",
        "fields": {
            "llm": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "AudioLLMConfig | None"},
                "required": False,
            },
            "tts": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "AudioTTSConfig | None"},
                "required": False,
            },
            "stt": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "AudioSTTConfig | None"},
                "required": False,
            },
            "turn": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "AudioTurnConfig | None"},
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
                    "type": "definition-ref",
                    "schema_ref": "list[VoiceAgentCustomConnector | VoiceAgentDocumentLibraryTool | VoiceAgentFunctionToolRequest | HangUpTool | TransferCallTool | VoiceAgentWebSearchTool | UnknownVariant] | None",
                },
                "required": False,
            },
            "welcome_message": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "AudioAgentConfigurationRequest",
        "extra_behavior": "allow",
        "ref": "AudioAgentConfigurationRequest",
    },
    "AudioLLMConfig": {
        "type": "typed-dict",
        "fields": {
            "model": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            }
        },
        "cls_name": "AudioLLMConfig",
        "extra_behavior": "allow",
        "ref": "AudioLLMConfig",
    },
    "AudioTTSConfig": {
        "type": "typed-dict",
        "fields": {
            "model": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "voice_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "expressiveness": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
        },
        "cls_name": "AudioTTSConfig",
        "extra_behavior": "allow",
        "ref": "AudioTTSConfig",
    },
    "AudioSTTConfig": {
        "type": "typed-dict",
        "fields": {
            "model": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "language": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "context_bias": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "target_streaming_delay_ms": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "turn_detection": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "AudioTurnDetectionConfig"},
                },
                "required": False,
            },
        },
        "cls_name": "AudioSTTConfig",
        "extra_behavior": "allow",
        "ref": "AudioSTTConfig",
    },
    "AudioTurnDetectionConfig": {
        "type": "typed-dict",
        "fields": {
            "start_threshold": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "eager_end_threshold": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "end_threshold": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "min_silence_ms": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "end_timeout_ms": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
        },
        "cls_name": "AudioTurnDetectionConfig",
        "extra_behavior": "allow",
        "ref": "AudioTurnDetectionConfig",
    },
    "AudioTurnConfig": {
        "type": "typed-dict",
        "fields": {
            "allow_interruptions": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "inactivity": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "AudioInactivityConfig"},
                },
                "required": False,
            },
        },
        "cls_name": "AudioTurnConfig",
        "extra_behavior": "allow",
        "ref": "AudioTurnConfig",
    },
    "AudioInactivityConfig": {
        "type": "typed-dict",
        "fields": {
            "timeout_ms": {"type": "typed-dict-field", "schema": {"type": "int"}, "required": True},
            "max_reminders": {
                "type": "typed-dict-field",
                "schema": {"type": "int"},
                "required": True,
            },
            "messages": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
        },
        "cls_name": "AudioInactivityConfig",
        "extra_behavior": "allow",
        "ref": "AudioInactivityConfig",
    },
    "VoiceAgentCustomConnector": {
        "type": "typed-dict",
        "fields": {
            "connector_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["connector"]},
                    "default": "connector",
                },
                "required": False,
            },
            "authorization": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "definition-ref", "schema_ref": "APIKeyAuth"},
                            {"type": "definition-ref", "schema_ref": "OAuth2TokenAuth"},
                        ],
                    },
                },
                "required": False,
            },
            "tool_configuration": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration | None"},
                "required": False,
            },
            "filler": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "StaticToolFiller | None"},
                "required": False,
            },
        },
        "cls_name": "VoiceAgentCustomConnector",
        "extra_behavior": "allow",
        "ref": "VoiceAgentCustomConnector",
    },
    "StaticToolFiller": {
        "type": "typed-dict",
        "fields": {
            "text": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "literal", "expected": ["static"]},
                },
                "required": False,
            },
        },
        "cls_name": "StaticToolFiller",
        "extra_behavior": "allow",
        "ref": "StaticToolFiller",
    },
    "VoiceAgentDocumentLibraryTool": {
        "type": "typed-dict",
        "fields": {
            "library_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            },
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
            "filler": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "StaticToolFiller | None"},
                "required": False,
            },
        },
        "cls_name": "VoiceAgentDocumentLibraryTool",
        "extra_behavior": "allow",
        "ref": "VoiceAgentDocumentLibraryTool",
    },
    "VoiceAgentFunctionToolRequest": {
        "type": "typed-dict",
        "fields": {
            "function": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "FunctionRequest"},
                "required": True,
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
            "filler": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "StaticToolFiller | None"},
                "required": False,
            },
            "timeout_ms": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
        },
        "cls_name": "VoiceAgentFunctionToolRequest",
        "extra_behavior": "allow",
        "ref": "VoiceAgentFunctionToolRequest",
    },
    "FunctionRequest": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "parameters": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
                "required": True,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "strict": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
        },
        "cls_name": "FunctionRequest",
        "extra_behavior": "allow",
        "ref": "FunctionRequest",
    },
    "HangUpTool": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["hang_up"]},
                    "default": "hang_up",
                },
                "required": False,
            },
            "filler": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "StaticToolFiller | None"},
                "required": False,
            },
        },
        "cls_name": "HangUpTool",
        "extra_behavior": "allow",
        "ref": "HangUpTool",
    },
    "TransferCallTool": {
        "type": "typed-dict",
        "fields": {
            "destinations": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {"type": "definition-ref", "schema_ref": "TransferTarget"},
                },
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["transfer_call"]},
                    "default": "transfer_call",
                },
                "required": False,
            },
            "filler": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "StaticToolFiller | None"},
                "required": False,
            },
        },
        "cls_name": "TransferCallTool",
        "extra_behavior": "allow",
        "ref": "TransferCallTool",
    },
    "TransferTarget": {
        "type": "typed-dict",
        "fields": {
            "id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "condition": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "destination": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "definition-ref", "schema_ref": "PhoneDestination"},
                        {"type": "definition-ref", "schema_ref": "SipDestination"},
                    ],
                },
                "required": True,
            },
        },
        "cls_name": "TransferTarget",
        "extra_behavior": "allow",
        "ref": "TransferTarget",
    },
    "PhoneDestination": {
        "type": "typed-dict",
        "fields": {
            "number": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["phone"]},
                    "default": "phone",
                },
                "required": False,
            },
        },
        "cls_name": "PhoneDestination",
        "extra_behavior": "allow",
        "ref": "PhoneDestination",
    },
    "SipDestination": {
        "type": "typed-dict",
        "fields": {
            "uri": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["sip"]},
                    "default": "sip",
                },
                "required": False,
            },
        },
        "cls_name": "SipDestination",
        "extra_behavior": "allow",
        "ref": "SipDestination",
    },
    "VoiceAgentWebSearchTool": {
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
            "filler": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "StaticToolFiller | None"},
                "required": False,
            },
        },
        "cls_name": "VoiceAgentWebSearchTool",
        "extra_behavior": "allow",
        "ref": "VoiceAgentWebSearchTool",
    },
    "AudioAgentUpdateRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "configuration": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "AudioAgentConfigurationRequest",
                },
                "required": True,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "AudioAgentUpdateRequest",
        "extra_behavior": "allow",
        "ref": "AudioAgentUpdateRequest:top",
    },
    "AudioSessionCreateRequest:top": {
        "type": "typed-dict",
        "fields": {
            "llm": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "AudioLLMConfig | None"},
                "required": False,
            },
            "tts": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "AudioTTSConfig | None"},
                "required": False,
            },
            "stt": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "AudioSTTConfig | None"},
                "required": False,
            },
            "turn": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "AudioTurnConfig | None"},
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
                    "type": "definition-ref",
                    "schema_ref": "list[VoiceAgentCustomConnector | VoiceAgentDocumentLibraryTool | VoiceAgentFunctionToolRequest | HangUpTool | TransferCallTool | VoiceAgentWebSearchTool | UnknownVariant] | None",
                },
                "required": False,
            },
            "welcome_message": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "agent_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "agent_version": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
        },
        "cls_name": "AudioSessionCreateRequest",
        "extra_behavior": "allow",
        "ref": "AudioSessionCreateRequest:top",
    },
    "SpeechRequest:top": {
        "type": "typed-dict",
        "fields": {
            "model": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "metadata": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
                },
                "required": False,
            },
            "stream": {"type": "typed-dict-field", "schema": {"type": "bool"}, "required": False},
            "prompt_cache_key": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "voice_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "ref_audio": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "input": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "response_format": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["pcm", "wav", "mp3", "flac", "opus"]},
                        {"type": "str"},
                    ],
                },
                "required": False,
            },
            "expressiveness": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "phoneme_hints": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {
                            "type": "list",
                            "items_schema": {
                                "type": "union",
                                "choices": [
                                    {
                                        "type": "literal",
                                        "expected": [
                                            "a",
                                            "a\u026a",
                                            "a\u028a",
                                            "b",
                                            "d",
                                            "d\u0292",
                                            "e",
                                            "e\u026a",
                                            "f",
                                            "g",
                                            "h",
                                            "i",
                                            "j",
                                            "k",
                                            "l",
                                            "m",
                                            "n",
                                            "o",
                                            "o\u028a",
                                            "p",
                                            "s",
                                            "t",
                                            "t\u0283",
                                            "u",
                                            "v",
                                            "w",
                                            "z",
                                            "\u00e6",
                                            "\u00f0",
                                            "\u014b",
                                            "\u0251",
                                            "\u0254",
                                            "\u0254\u026a",
                                            "\u0256",
                                            "\u0259",
                                            "\u025a",
                                            "\u025b",
                                            "\u025c",
                                            "\u026a",
                                            "\u0271",
                                            "\u0279",
                                            "\u027e",
                                            "\u0283",
                                            "\u0288",
                                            "\u028a",
                                            "\u028b",
                                            "\u028c",
                                            "\u0292",
                                            "\u0294",
                                            "\u03b8",
                                            "\u0281",
                                            "r",
                                            "\u0251\u0303",
                                            "\u0280",
                                            "x",
                                            "y",
                                            "\u0254\u0303",
                                            "\u0250",
                                            "\u0153",
                                            "\u025b\u0303",
                                            "\u029d",
                                            "\u0272",
                                            "ts",
                                            "\u0265",
                                            "\u028f",
                                            "\u00f8",
                                            "\u03b2",
                                            "\u0266",
                                            "pf",
                                            "\u028e",
                                            "\u0263",
                                            "\u0273",
                                            "\u0254\u028f",
                                            "\u0153\u0303",
                                            "\u025f\u029d",
                                            "\u026c",
                                            "q",
                                        ],
                                    },
                                    {"type": "str"},
                                ],
                            },
                        },
                    },
                },
                "required": False,
            },
            "conversation_history": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "tagged-union",
                            "choices": {
                                "assistant": {
                                    "type": "definition-ref",
                                    "schema_ref": "SpeechAssistantTurn",
                                },
                                "user": {"type": "definition-ref", "schema_ref": "SpeechUserTurn"},
                                "__unknown__": {
                                    "type": "definition-ref",
                                    "schema_ref": "UnknownVariant",
                                },
                            },
                            "discriminator": open_pick("role", ("assistant", "user")),
                        },
                    },
                },
                "required": False,
            },
        },
        "cls_name": "SpeechRequest",
        "extra_behavior": "allow",
        "ref": "SpeechRequest:top",
    },
    "SpeechAssistantTurn": {
        "type": "typed-dict",
        "fields": {
            "text": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "audio": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "RawAudio"},
                "required": True,
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
        },
        "cls_name": "SpeechAssistantTurn",
        "extra_behavior": "allow",
        "ref": "SpeechAssistantTurn",
    },
    "RawAudio": {
        "type": "typed-dict",
        "fields": {
            "data": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True}
        },
        "cls_name": "RawAudio",
        "extra_behavior": "allow",
        "ref": "RawAudio",
    },
    "SpeechUserTurn": {
        "type": "typed-dict",
        "fields": {
            "audio": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "RawAudio"},
                "required": True,
            },
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["user"]},
                    "default": "user",
                },
                "required": False,
            },
        },
        "cls_name": "SpeechUserTurn",
        "extra_behavior": "allow",
        "ref": "SpeechUserTurn",
    },
    "VoiceCreateRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "slug": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "languages": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": False,
            },
            "gender": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "age": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "tags": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "color": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "retention_notice": {
                "type": "typed-dict-field",
                "schema": {"type": "int"},
                "required": False,
            },
            "sample_audio": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "sample_filename": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "VoiceCreateRequest",
        "extra_behavior": "allow",
        "ref": "VoiceCreateRequest:top",
    },
    "VoiceUpdateRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "languages": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "gender": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "age": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "tags": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "retention_notice": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
        },
        "cls_name": "VoiceUpdateRequest",
        "extra_behavior": "allow",
        "ref": "VoiceUpdateRequest:top",
    },
    "CreateRealtimeSessionRequest:top": {
        "type": "typed-dict",
        "fields": {
            "model": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "purpose": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["realtime"]},
                    "default": "realtime",
                },
                "required": False,
            },
            "ttl_seconds": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
        },
        "cls_name": "CreateRealtimeSessionRequest",
        "extra_behavior": "allow",
        "ref": "CreateRealtimeSessionRequest:top",
    },
    "AudioLLMConfig | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "AudioLLMConfig"},
        "ref": "AudioLLMConfig | None",
    },
    "AudioTTSConfig | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "AudioTTSConfig"},
        "ref": "AudioTTSConfig | None",
    },
    "AudioSTTConfig | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "AudioSTTConfig"},
        "ref": "AudioSTTConfig | None",
    },
    "AudioTurnConfig | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "AudioTurnConfig"},
        "ref": "AudioTurnConfig | None",
    },
    "list[VoiceAgentCustomConnector | VoiceAgentDocumentLibraryTool | VoiceAgentFunctionToolRequest | HangUpTool | TransferCallTool | VoiceAgentWebSearchTool | UnknownVariant] | None": {
        "type": "nullable",
        "schema": {
            "type": "list",
            "items_schema": {
                "type": "tagged-union",
                "choices": {
                    "connector": {
                        "type": "definition-ref",
                        "schema_ref": "VoiceAgentCustomConnector",
                    },
                    "document_library": {
                        "type": "definition-ref",
                        "schema_ref": "VoiceAgentDocumentLibraryTool",
                    },
                    "function": {
                        "type": "definition-ref",
                        "schema_ref": "VoiceAgentFunctionToolRequest",
                    },
                    "hang_up": {"type": "definition-ref", "schema_ref": "HangUpTool"},
                    "transfer_call": {"type": "definition-ref", "schema_ref": "TransferCallTool"},
                    "web_search": {
                        "type": "definition-ref",
                        "schema_ref": "VoiceAgentWebSearchTool",
                    },
                    "__unknown__": {"type": "definition-ref", "schema_ref": "UnknownVariant"},
                },
                "discriminator": open_pick(
                    "type",
                    (
                        "connector",
                        "document_library",
                        "function",
                        "hang_up",
                        "transfer_call",
                        "web_search",
                    ),
                ),
            },
        },
        "ref": "list[VoiceAgentCustomConnector | VoiceAgentDocumentLibraryTool | VoiceAgentFunctionToolRequest | HangUpTool | TransferCallTool | VoiceAgentWebSearchTool | UnknownVariant] | None",
    },
    "list[str] | None": {
        "type": "nullable",
        "schema": {"type": "list", "items_schema": {"type": "str"}},
        "ref": "list[str] | None",
    },
    "ToolConfiguration | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "ToolConfiguration"},
        "ref": "ToolConfiguration | None",
    },
    "StaticToolFiller | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "StaticToolFiller"},
        "ref": "StaticToolFiller | None",
    },
    "dict[str, Any]": {
        "type": "dict",
        "keys_schema": {"type": "str"},
        "values_schema": {"type": "any"},
        "ref": "dict[str, Any]",
    },
}

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "create_agent_v1_audio_agents_post": (
        {"type": "definition-ref", "schema_ref": "AudioAgentCreateRequest:top"},
        (
            "APIKeyAuth",
            "AudioAgentConfigurationRequest",
            "AudioAgentCreateRequest:top",
            "AudioInactivityConfig",
            "AudioLLMConfig",
            "AudioLLMConfig | None",
            "AudioSTTConfig",
            "AudioSTTConfig | None",
            "AudioTTSConfig",
            "AudioTTSConfig | None",
            "AudioTurnConfig",
            "AudioTurnConfig | None",
            "AudioTurnDetectionConfig",
            "FunctionRequest",
            "HangUpTool",
            "OAuth2TokenAuth",
            "PhoneDestination",
            "SipDestination",
            "StaticToolFiller",
            "StaticToolFiller | None",
            "ToolConfiguration",
            "ToolConfiguration | None",
            "TransferCallTool",
            "TransferTarget",
            "UnknownVariant",
            "VoiceAgentCustomConnector",
            "VoiceAgentDocumentLibraryTool",
            "VoiceAgentFunctionToolRequest",
            "VoiceAgentWebSearchTool",
            "dict[str, Any]",
            "list[VoiceAgentCustomConnector | VoiceAgentDocumentLibraryTool | VoiceAgentFunctionToolRequest | HangUpTool | TransferCallTool | VoiceAgentWebSearchTool | UnknownVariant] | None",
            "list[str] | None",
        ),
    ),
    "update_agent_v1_audio_agents__agent_id__put": (
        {"type": "definition-ref", "schema_ref": "AudioAgentUpdateRequest:top"},
        (
            "APIKeyAuth",
            "AudioAgentConfigurationRequest",
            "AudioAgentUpdateRequest:top",
            "AudioInactivityConfig",
            "AudioLLMConfig",
            "AudioLLMConfig | None",
            "AudioSTTConfig",
            "AudioSTTConfig | None",
            "AudioTTSConfig",
            "AudioTTSConfig | None",
            "AudioTurnConfig",
            "AudioTurnConfig | None",
            "AudioTurnDetectionConfig",
            "FunctionRequest",
            "HangUpTool",
            "OAuth2TokenAuth",
            "PhoneDestination",
            "SipDestination",
            "StaticToolFiller",
            "StaticToolFiller | None",
            "ToolConfiguration",
            "ToolConfiguration | None",
            "TransferCallTool",
            "TransferTarget",
            "UnknownVariant",
            "VoiceAgentCustomConnector",
            "VoiceAgentDocumentLibraryTool",
            "VoiceAgentFunctionToolRequest",
            "VoiceAgentWebSearchTool",
            "dict[str, Any]",
            "list[VoiceAgentCustomConnector | VoiceAgentDocumentLibraryTool | VoiceAgentFunctionToolRequest | HangUpTool | TransferCallTool | VoiceAgentWebSearchTool | UnknownVariant] | None",
            "list[str] | None",
        ),
    ),
    "create_session_v1_audio_sessions_post": (
        {"type": "definition-ref", "schema_ref": "AudioSessionCreateRequest:top"},
        (
            "APIKeyAuth",
            "AudioInactivityConfig",
            "AudioLLMConfig",
            "AudioLLMConfig | None",
            "AudioSTTConfig",
            "AudioSTTConfig | None",
            "AudioSessionCreateRequest:top",
            "AudioTTSConfig",
            "AudioTTSConfig | None",
            "AudioTurnConfig",
            "AudioTurnConfig | None",
            "AudioTurnDetectionConfig",
            "FunctionRequest",
            "HangUpTool",
            "OAuth2TokenAuth",
            "PhoneDestination",
            "SipDestination",
            "StaticToolFiller",
            "StaticToolFiller | None",
            "ToolConfiguration",
            "ToolConfiguration | None",
            "TransferCallTool",
            "TransferTarget",
            "UnknownVariant",
            "VoiceAgentCustomConnector",
            "VoiceAgentDocumentLibraryTool",
            "VoiceAgentFunctionToolRequest",
            "VoiceAgentWebSearchTool",
            "dict[str, Any]",
            "list[VoiceAgentCustomConnector | VoiceAgentDocumentLibraryTool | VoiceAgentFunctionToolRequest | HangUpTool | TransferCallTool | VoiceAgentWebSearchTool | UnknownVariant] | None",
            "list[str] | None",
        ),
    ),
    "speech_v1_audio_speech_post": (
        {"type": "definition-ref", "schema_ref": "SpeechRequest:top"},
        (
            "RawAudio",
            "SpeechAssistantTurn",
            "SpeechRequest:top",
            "SpeechUserTurn",
            "UnknownVariant",
            "dict[str, Any]",
        ),
    ),
    "create_voice_v1_audio_voices_post": (
        {"type": "definition-ref", "schema_ref": "VoiceCreateRequest:top"},
        ("VoiceCreateRequest:top", "list[str] | None"),
    ),
    "update_voice_v1_audio_voices__voice_id__patch": (
        {"type": "definition-ref", "schema_ref": "VoiceUpdateRequest:top"},
        ("VoiceUpdateRequest:top", "list[str] | None"),
    ),
    "create_client_session_v1_client_sessions_post": (
        {"type": "definition-ref", "schema_ref": "CreateRealtimeSessionRequest:top"},
        ("CreateRealtimeSessionRequest:top",),
    ),
}
