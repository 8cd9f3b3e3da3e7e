# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-audio as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import open_pick
from mistralai.core.runtime import wire as w

# fields shared by AudioAgentConfigurationRequest and AudioSessionCreateRequest
_LLM_TO_WELCOME_MESSAGE_FIELDS: dict[str, Any] = {
    "llm": w.field(w.ref("AudioLLMConfig | None"), required=False),
    "tts": w.field(w.ref("AudioTTSConfig | None"), required=False),
    "stt": w.field(w.ref("AudioSTTConfig | None"), required=False),
    "turn": w.field(w.ref("AudioTurnConfig | None"), required=False),
    "instructions": w.field(w.nullable(w.STR), required=False),
    "tools": w.field(
        w.ref(
            "list[VoiceAgentCustomConnector | VoiceAgentDocumentLibraryTool | VoiceAgentFunctionToolRequest | HangUpTool | TransferCallTool | VoiceAgentWebSearchTool | UnknownVariant] | None"
        ),
        required=False,
    ),
    "welcome_message": w.field(w.nullable(w.STR), required=False),
}

DEFS: dict[str, Any] = w.definitions(
    {
        "AudioAgentCreateRequest:top": w.typed_dict(
            "AudioAgentCreateRequest",
            {
                "name": w.field(w.STR),
                "configuration": w.field(w.ref("AudioAgentConfigurationRequest")),
                "description": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "AudioAgentConfigurationRequest": w.typed_dict(
            "AudioAgentConfigurationRequest", {**_LLM_TO_WELCOME_MESSAGE_FIELDS}
        ),
        "AudioLLMConfig": w.typed_dict(
            "AudioLLMConfig", {"model": w.field(w.nullable(w.STR), required=False)}
        ),
        "AudioTTSConfig": w.typed_dict(
            "AudioTTSConfig",
            {
                "model": w.field(w.nullable(w.STR), required=False),
                "voice_id": w.field(w.nullable(w.STR), required=False),
                "expressiveness": w.field(w.nullable(w.FLOAT), required=False),
            },
        ),
        "AudioSTTConfig": w.typed_dict(
            "AudioSTTConfig",
            {
                "model": w.field(w.nullable(w.STR), required=False),
                "language": w.field(w.nullable(w.STR), required=False),
                "context_bias": w.field(w.ref("list[str] | None"), required=False),
                "target_streaming_delay_ms": w.field(w.nullable(w.INT), required=False),
                "turn_detection": w.field(
                    w.nullable(w.ref("AudioTurnDetectionConfig")), required=False
                ),
            },
        ),
        "AudioTurnDetectionConfig": w.typed_dict(
            "AudioTurnDetectionConfig",
            {
                "start_threshold": w.field(w.nullable(w.FLOAT), required=False),
                "eager_end_threshold": w.field(w.nullable(w.FLOAT), required=False),
                "end_threshold": w.field(w.nullable(w.FLOAT), required=False),
                "min_silence_ms": w.field(w.nullable(w.INT), required=False),
                "end_timeout_ms": w.field(w.nullable(w.INT), required=False),
            },
        ),
        "AudioTurnConfig": w.typed_dict(
            "AudioTurnConfig",
            {
                "allow_interruptions": w.field(w.nullable(w.BOOL), required=False),
                "inactivity": w.field(w.nullable(w.ref("AudioInactivityConfig")), required=False),
            },
        ),
        "AudioInactivityConfig": w.typed_dict(
            "AudioInactivityConfig",
            {
                "timeout_ms": w.field(w.INT),
                "max_reminders": w.field(w.INT),
                "messages": w.field(w.ref("list[str] | None"), required=False),
            },
        ),
        "VoiceAgentCustomConnector": w.typed_dict(
            "VoiceAgentCustomConnector",
            {
                "connector_id": w.field(w.STR),
                "type": w.field(w.default(w.literal("connector"), "connector"), required=False),
                "authorization": w.field(
                    w.nullable(w.union(w.ref("APIKeyAuth"), w.ref("OAuth2TokenAuth"))),
                    required=False,
                ),
                "tool_configuration": w.field(w.ref("ToolConfiguration | None"), required=False),
                "filler": w.field(w.ref("StaticToolFiller | None"), required=False),
            },
        ),
        "StaticToolFiller": w.typed_dict(
            "StaticToolFiller",
            {
                "text": w.field(w.STR),
                "type": w.field(w.nullable(w.literal("static")), required=False),
            },
        ),
        "VoiceAgentDocumentLibraryTool": w.typed_dict(
            "VoiceAgentDocumentLibraryTool",
            {
                "library_ids": w.field(w.list_of(w.STR)),
                "tool_configuration": w.field(w.ref("ToolConfiguration | None"), required=False),
                "type": w.field(
                    w.default(w.literal("document_library"), "document_library"), required=False
                ),
                "filler": w.field(w.ref("StaticToolFiller | None"), required=False),
            },
        ),
        "VoiceAgentFunctionToolRequest": w.typed_dict(
            "VoiceAgentFunctionToolRequest",
            {
                "function": w.field(w.ref("FunctionRequest")),
                "type": w.field(w.default(w.literal("function"), "function"), required=False),
                "filler": w.field(w.ref("StaticToolFiller | None"), required=False),
                "timeout_ms": w.field(w.nullable(w.INT), required=False),
            },
        ),
        "FunctionRequest": w.typed_dict(
            "FunctionRequest",
            {
                "name": w.field(w.STR),
                "parameters": w.field(w.ref("dict[str, Any]")),
                "description": w.field(w.nullable(w.STR), required=False),
                "strict": w.field(w.nullable(w.BOOL), required=False),
            },
        ),
        "HangUpTool": w.typed_dict(
            "HangUpTool",
            {
                "type": w.field(w.default(w.literal("hang_up"), "hang_up"), required=False),
                "filler": w.field(w.ref("StaticToolFiller | None"), required=False),
            },
        ),
        "TransferCallTool": w.typed_dict(
            "TransferCallTool",
            {
                "destinations": w.field(w.list_of(w.ref("TransferTarget"))),
                "type": w.field(
                    w.default(w.literal("transfer_call"), "transfer_call"), required=False
                ),
                "filler": w.field(w.ref("StaticToolFiller | None"), required=False),
            },
        ),
        "TransferTarget": w.typed_dict(
            "TransferTarget",
            {
                "id": w.field(w.STR),
                "condition": w.field(w.STR),
                "destination": w.field(w.union(w.ref("PhoneDestination"), w.ref("SipDestination"))),
            },
        ),
        "PhoneDestination": w.typed_dict(
            "PhoneDestination",
            {
                "number": w.field(w.STR),
                "type": w.field(w.default(w.literal("phone"), "phone"), required=False),
            },
        ),
        "SipDestination": w.typed_dict(
            "SipDestination",
            {
                "uri": w.field(w.STR),
                "type": w.field(w.default(w.literal("sip"), "sip"), required=False),
            },
        ),
        "VoiceAgentWebSearchTool": w.typed_dict(
            "VoiceAgentWebSearchTool",
            {
                "tool_configuration": w.field(w.ref("ToolConfiguration | None"), required=False),
                "type": w.field(w.default(w.literal("web_search"), "web_search"), required=False),
                "filler": w.field(w.ref("StaticToolFiller | None"), required=False),
            },
        ),
        "AudioAgentUpdateRequest:top": w.typed_dict(
            "AudioAgentUpdateRequest",
            {
                "name": w.field(w.STR),
                "configuration": w.field(w.ref("AudioAgentConfigurationRequest")),
                "description": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "AudioSessionCreateRequest:top": w.typed_dict(
            "AudioSessionCreateRequest",
            {
                **_LLM_TO_WELCOME_MESSAGE_FIELDS,
                "agent_id": w.field(w.nullable(w.STR), required=False),
                "agent_version": w.field(w.nullable(w.INT), required=False),
            },
        ),
        "SpeechRequest:top": w.typed_dict(
            "SpeechRequest",
            {
                "model": w.field(w.nullable(w.STR), required=False),
                "metadata": w.field(w.nullable(w.ref("dict[str, Any]")), required=False),
                "stream": w.field(w.BOOL, required=False),
                "prompt_cache_key": w.field(w.nullable(w.STR), required=False),
                "voice_id": w.field(w.nullable(w.STR), required=False),
                "ref_audio": w.field(w.nullable(w.STR), required=False),
                "input": w.field(w.STR),
                "response_format": w.field(
                    w.union(w.literal("pcm", "wav", "mp3", "flac", "opus"), w.STR), required=False
                ),
                "expressiveness": w.field(w.nullable(w.FLOAT), required=False),
                "phoneme_hints": w.field(
                    w.nullable(
                        w.dict_of(
                            w.STR,
                            w.list_of(
                                w.union(
                                    w.literal(
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
                                    ),
                                    w.STR,
                                )
                            ),
                        )
                    ),
                    required=False,
                ),
                "conversation_history": w.field(
                    w.nullable(
                        w.list_of(
                            w.tagged_union(
                                {
                                    "assistant": w.ref("SpeechAssistantTurn"),
                                    "user": w.ref("SpeechUserTurn"),
                                    "__unknown__": w.ref("UnknownVariant"),
                                },
                                open_pick("role", ("assistant", "user")),
                            )
                        )
                    ),
                    required=False,
                ),
            },
        ),
        "SpeechAssistantTurn": w.typed_dict(
            "SpeechAssistantTurn",
            {
                "text": w.field(w.STR),
                "audio": w.field(w.ref("RawAudio")),
                "role": w.field(w.default(w.literal("assistant"), "assistant"), required=False),
            },
        ),
        "RawAudio": w.typed_dict("RawAudio", {"data": w.field(w.STR)}),
        "SpeechUserTurn": w.typed_dict(
            "SpeechUserTurn",
            {
                "audio": w.field(w.ref("RawAudio")),
                "role": w.field(w.default(w.literal("user"), "user"), required=False),
            },
        ),
        "VoiceCreateRequest:top": w.typed_dict(
            "VoiceCreateRequest",
            {
                "name": w.field(w.STR),
                "slug": w.field(w.nullable(w.STR), required=False),
                "languages": w.field(w.list_of(w.STR), required=False),
                "gender": w.field(w.nullable(w.STR), required=False),
                "age": w.field(w.nullable(w.INT), required=False),
                "tags": w.field(w.ref("list[str] | None"), required=False),
                "color": w.field(w.nullable(w.STR), required=False),
                "description": w.field(w.nullable(w.STR), required=False),
                "retention_notice": w.field(w.INT, required=False),
                "sample_audio": w.field(w.STR),
                "sample_filename": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "VoiceUpdateRequest:top": w.typed_dict(
            "VoiceUpdateRequest",
            {
                "name": w.field(w.nullable(w.STR), required=False),
                "languages": w.field(w.ref("list[str] | None"), required=False),
                "gender": w.field(w.nullable(w.STR), required=False),
                "age": w.field(w.nullable(w.INT), required=False),
                "tags": w.field(w.ref("list[str] | None"), required=False),
                "description": w.field(w.nullable(w.STR), required=False),
                "retention_notice": w.field(w.nullable(w.INT), required=False),
            },
        ),
        "CreateRealtimeSessionRequest:top": w.typed_dict(
            "CreateRealtimeSessionRequest",
            {
                "model": w.field(w.STR),
                "purpose": w.field(w.default(w.literal("realtime"), "realtime"), required=False),
                "ttl_seconds": w.field(w.nullable(w.INT), required=False),
            },
        ),
        "AudioLLMConfig | None": w.nullable(w.ref("AudioLLMConfig")),
        "AudioTTSConfig | None": w.nullable(w.ref("AudioTTSConfig")),
        "AudioSTTConfig | None": w.nullable(w.ref("AudioSTTConfig")),
        "AudioTurnConfig | None": w.nullable(w.ref("AudioTurnConfig")),
        "list[VoiceAgentCustomConnector | VoiceAgentDocumentLibraryTool | VoiceAgentFunctionToolRequest | HangUpTool | TransferCallTool | VoiceAgentWebSearchTool | UnknownVariant] | None": w.nullable(
            w.list_of(
                w.tagged_union(
                    {
                        "connector": w.ref("VoiceAgentCustomConnector"),
                        "document_library": w.ref("VoiceAgentDocumentLibraryTool"),
                        "function": w.ref("VoiceAgentFunctionToolRequest"),
                        "hang_up": w.ref("HangUpTool"),
                        "transfer_call": w.ref("TransferCallTool"),
                        "web_search": w.ref("VoiceAgentWebSearchTool"),
                        "__unknown__": w.ref("UnknownVariant"),
                    },
                    open_pick(
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
                )
            )
        ),
        "list[str] | None": w.nullable(w.list_of(w.STR)),
        "ToolConfiguration | None": w.nullable(w.ref("ToolConfiguration")),
        "StaticToolFiller | None": w.nullable(w.ref("StaticToolFiller")),
        "dict[str, Any]": w.dict_of(w.STR, w.ANY),
    }
)

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "create_agent_v1_audio_agents_post": (
        w.ref("AudioAgentCreateRequest:top"),
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
        w.ref("AudioAgentUpdateRequest:top"),
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
        w.ref("AudioSessionCreateRequest:top"),
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
        w.ref("SpeechRequest:top"),
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
        w.ref("VoiceCreateRequest:top"),
        ("VoiceCreateRequest:top", "list[str] | None"),
    ),
    "update_voice_v1_audio_voices__voice_id__patch": (
        w.ref("VoiceUpdateRequest:top"),
        ("VoiceUpdateRequest:top", "list[str] | None"),
    ),
    "create_client_session_v1_client_sessions_post": (
        w.ref("CreateRealtimeSessionRequest:top"),
        ("CreateRealtimeSessionRequest:top",),
    ),
}
