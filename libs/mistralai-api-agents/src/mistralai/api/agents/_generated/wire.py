# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-agents as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import open_pick
from mistralai.core.runtime import wire as w

# fields shared by ConversationRequest and ConversationStreamRequest
_STORE_TO_MODEL_FIELDS: dict[str, Any] = {
    "store": w.field(w.nullable(w.BOOL), required=False),
    "handoff_execution": w.field(w.ref("Literal['client', 'server'] | str | None"), required=False),
    "instructions": w.field(w.nullable(w.STR), required=False),
    "tools": w.field(
        w.ref(
            "list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchTool | WebSearchPremiumTool | UnknownVariant] | None"
        ),
        required=False,
    ),
    "completion_args": w.field(w.ref("CompletionArgs | None"), required=False),
    "guardrails": w.field(w.ref("list[GuardrailConfig] | None"), required=False),
    "name": w.field(w.nullable(w.STR), required=False),
    "description": w.field(w.nullable(w.STR), required=False),
    "metadata": w.field(w.ref("dict[str, Any] | None"), required=False),
    "agent_id": w.field(w.nullable(w.STR), required=False),
    "agent_version": w.field(w.ref("str | int | None"), required=False),
    "model": w.field(w.nullable(w.STR), required=False),
}

# fields shared by MessageInputEntry, MessageOutputEntry, FunctionResultEntry, FunctionCallEntry,
# ToolExecutionEntry and AgentHandoffEntry
_CREATED_AT_AND_COMPLETED_AT_FIELDS: dict[str, Any] = {
    "created_at": w.field(w.ref("datetime | None"), required=False, drop_none=True),
    "completed_at": w.field(w.ref("datetime | None"), required=False),
}

# fields shared by ConversationAppendRequest, ConversationRestartRequest,
# ConversationAppendStreamRequest and ConversationRestartStreamRequest
_STORE_TO_COMPLETION_ARGS_FIELDS: dict[str, Any] = {
    "store": w.field(w.BOOL, required=False),
    "handoff_execution": w.field(w.ref("Literal['client', 'server'] | str"), required=False),
    "completion_args": w.field(w.ref("CompletionArgs | None"), required=False, drop_none=True),
}

# fields shared by ConversationAppendRequest, ConversationRestartRequest,
# ConversationAppendStreamRequest and ConversationRestartStreamRequest
_INPUTS_FIELD: dict[str, Any] = {
    "inputs": w.field(
        w.ref(
            "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry] | None"
        ),
        required=False,
        drop_none=True,
    )
}

# fields shared by CreatePromptRequest, UpdatePromptRequest2, CreateSkillRequest and
# UpdateSkillRequest2
_WORKSPACE_RELATION_FIELD: dict[str, Any] = {
    "workspaceRelation": w.field(
        w.ref("Literal['share_relation_unspecified', 'reader', 'writer'] | str | None"),
        required=False,
        validation_alias=[["workspaceRelation"], ["workspace_relation"]],
    )
}

# fields shared by CreatePromptRequest, UpdatePromptRequest2, CreateSkillRequest and
# UpdateSkillRequest2
_SHARING_SCOPE_FIELD: dict[str, Any] = {
    "sharingScope": w.field(
        w.ref("Literal['sharing_scope_unspecified', 'private', 'workspace'] | str | None"),
        required=False,
        validation_alias=[["sharingScope"], ["sharing_scope"]],
    )
}

# fields shared by CreateAgentRequest and UpdateAgentRequest
_INSTRUCTIONS_TO_GUARDRAILS_FIELDS: dict[str, Any] = {
    "instructions": w.field(w.nullable(w.STR), required=False),
    "tools": w.field(
        w.ref(
            "list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchTool | WebSearchPremiumTool | UnknownVariant] | None"
        ),
        required=False,
        drop_none=True,
    ),
    "completion_args": w.field(w.ref("CompletionArgs | None"), required=False, drop_none=True),
    "guardrails": w.field(w.ref("list[GuardrailConfig] | None"), required=False),
}

# fields shared by MessageOutputEntry, FunctionCallEntry and ToolExecutionEntry
_AGENT_ID_TO_ID_FIELDS: dict[str, Any] = {
    "agent_id": w.field(w.nullable(w.STR), required=False),
    "model": w.field(w.nullable(w.STR), required=False),
    "id": w.field(w.nullable(w.STR), required=False, drop_none=True),
}

# fields shared by ConversationRestartRequest and ConversationRestartStreamRequest
_GUARDRAILS_TO_AGENT_VERSION_FIELDS: dict[str, Any] = {
    "guardrails": w.field(w.ref("list[GuardrailConfig] | None"), required=False),
    "metadata": w.field(w.ref("dict[str, Any] | None"), required=False),
    "from_entry_id": w.field(w.STR),
    "agent_version": w.field(w.ref("str | int | None"), required=False),
}

# fields shared by ConversationRequest and ConversationStreamRequest
_INPUTS_FIELD_2: dict[str, Any] = {
    "inputs": w.field(
        w.ref(
            "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry]"
        )
    )
}

DEFS: dict[str, Any] = w.definitions(
    {
        "AgentsCompletionRequest:top": w.typed_dict(
            "AgentsCompletionRequest",
            {
                "max_tokens": w.field(w.nullable(w.INT), required=False),
                "stream": w.field(w.BOOL, required=False),
                "stop": w.field(w.ref("str | list[str] | None"), required=False),
                "random_seed": w.field(w.nullable(w.INT), required=False),
                "metadata": w.field(w.ref("dict[str, Any] | None"), required=False),
                "messages": w.field(
                    w.list_of(
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
                "prediction": w.field(w.ref("Prediction | None"), required=False, drop_none=True),
                "parallel_tool_calls": w.field(w.BOOL, required=False),
                "reasoning_effort": w.field(
                    w.ref(
                        "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] | str | None"
                    ),
                    required=False,
                ),
                "prompt_mode": w.field(w.nullable(w.literal("reasoning")), required=False),
                "guardrails": w.field(w.ref("list[GuardrailConfig] | None"), required=False),
                "prompt_cache_key": w.field(w.nullable(w.STR), required=False),
                "service_tier": w.field(
                    w.nullable(w.union(w.literal("auto", "standard_only"), w.STR)), required=False
                ),
                "agent_id": w.field(w.STR),
                "min_tokens": w.field(w.nullable(w.INT), required=False),
                "repetition_penalty": w.field(w.nullable(w.FLOAT), required=False),
                "top_k": w.field(w.nullable(w.INT), required=False),
                "logprobs": w.field(w.nullable(w.BOOL), required=False),
                "top_logprobs": w.field(w.nullable(w.INT), required=False),
                "prompt_logprobs": w.field(w.nullable(w.BOOL), required=False),
                "top_prompt_logprobs": w.field(w.nullable(w.INT), required=False),
            },
        ),
        "CreateAgentRequest:top": w.typed_dict(
            "CreateAgentRequest",
            {
                **_INSTRUCTIONS_TO_GUARDRAILS_FIELDS,
                "model": w.field(w.STR),
                "name": w.field(w.STR),
                "description": w.field(w.nullable(w.STR), required=False),
                "handoffs": w.field(w.ref("list[str] | None"), required=False),
                "metadata": w.field(w.ref("dict[str, Any] | None"), required=False),
                "version_message": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "FunctionTool": w.typed_dict(
            "FunctionTool",
            {
                "type": w.field(w.default(w.literal("function"), "function"), required=False),
                "function": w.field(w.ref("Function")),
            },
        ),
        "CompletionArgs": w.typed_dict(
            "CompletionArgs",
            {
                "stop": w.field(w.ref("str | list[str] | None"), required=False, drop_none=True),
                "presence_penalty": w.field(w.nullable(w.FLOAT), required=False),
                "frequency_penalty": w.field(w.nullable(w.FLOAT), required=False),
                "temperature": w.field(w.nullable(w.FLOAT), required=False),
                "top_p": w.field(w.nullable(w.FLOAT), required=False),
                "max_tokens": w.field(w.nullable(w.INT), required=False),
                "random_seed": w.field(w.nullable(w.INT), required=False),
                "prediction": w.field(w.ref("Prediction | None"), required=False),
                "response_format": w.field(w.ref("ResponseFormat | None"), required=False),
                "tool_choice": w.field(
                    w.nullable(w.union(w.literal("auto", "none", "any", "required"), w.STR)),
                    required=False,
                    drop_none=True,
                ),
                "reasoning_effort": w.field(
                    w.ref(
                        "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] | str | None"
                    ),
                    required=False,
                ),
            },
        ),
        "UpdateAgentRequest:top": w.typed_dict(
            "UpdateAgentRequest",
            {
                **_INSTRUCTIONS_TO_GUARDRAILS_FIELDS,
                "model": w.field(w.nullable(w.STR), required=False),
                "name": w.field(w.nullable(w.STR), required=False),
                "description": w.field(w.nullable(w.STR), required=False),
                "handoffs": w.field(w.ref("list[str] | None"), required=False),
                "deployment_chat": w.field(w.nullable(w.BOOL), required=False),
                "metadata": w.field(w.ref("dict[str, Any] | None"), required=False),
                "version_message": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "ConversationRequest:top": w.typed_dict(
            "ConversationRequest",
            {
                **_INPUTS_FIELD_2,
                "stream": w.field(w.ref("Literal[False] = False"), required=False),
                **_STORE_TO_MODEL_FIELDS,
            },
        ),
        "MessageInputEntry": w.typed_dict(
            "MessageInputEntry",
            {
                "object": w.field(w.ref("Literal['entry'] = 'entry'"), required=False),
                "type": w.field(
                    w.default(w.literal("message.input"), "message.input"), required=False
                ),
                **_CREATED_AT_AND_COMPLETED_AT_FIELDS,
                "id": w.field(w.nullable(w.STR), required=False, drop_none=True),
                "role": w.field(w.union(w.literal("assistant", "user"), w.STR)),
                "content": w.field(
                    w.union(
                        w.STR,
                        w.list_of(
                            w.union(
                                w.ref("TextChunk"),
                                w.ref("ImageURLChunk"),
                                w.ref("ToolFileChunk"),
                                w.ref("DocumentURLChunk"),
                                w.ref("ThinkChunk"),
                            )
                        ),
                    )
                ),
                "prefix": w.field(w.default(w.BOOL, False), required=False),
            },
        ),
        "ToolFileChunk": w.typed_dict(
            "ToolFileChunk",
            {
                "type": w.field(w.default(w.literal("tool_file"), "tool_file"), required=False),
                "tool": w.field(
                    w.ref(
                        "Literal['web_search', 'web_search_premium', 'code_interpreter', 'image_generation', 'document_library'] | str"
                    )
                ),
                "file_id": w.field(w.STR),
                "file_name": w.field(w.nullable(w.STR), required=False),
                "file_type": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "MessageOutputEntry": w.typed_dict(
            "MessageOutputEntry",
            {
                "object": w.field(w.ref("Literal['entry'] = 'entry'"), required=False),
                "type": w.field(
                    w.default(w.literal("message.output"), "message.output"), required=False
                ),
                **_CREATED_AT_AND_COMPLETED_AT_FIELDS,
                **_AGENT_ID_TO_ID_FIELDS,
                "role": w.field(w.default(w.literal("assistant"), "assistant"), required=False),
                "content": w.field(
                    w.union(
                        w.STR,
                        w.list_of(
                            w.union(
                                w.ref("TextChunk"),
                                w.ref("ImageURLChunk"),
                                w.ref("ToolFileChunk"),
                                w.ref("DocumentURLChunk"),
                                w.ref("ThinkChunk"),
                                w.ref("ToolReferenceChunk"),
                            )
                        ),
                    )
                ),
            },
        ),
        "FunctionResultEntry": w.typed_dict(
            "FunctionResultEntry",
            {
                "object": w.field(w.ref("Literal['entry'] = 'entry'"), required=False),
                "type": w.field(
                    w.default(w.literal("function.result"), "function.result"), required=False
                ),
                **_CREATED_AT_AND_COMPLETED_AT_FIELDS,
                "id": w.field(w.nullable(w.STR), required=False, drop_none=True),
                "tool_call_id": w.field(w.STR),
                "result": w.field(w.STR),
            },
        ),
        "FunctionCallEntry": w.typed_dict(
            "FunctionCallEntry",
            {
                "object": w.field(w.ref("Literal['entry'] = 'entry'"), required=False),
                "type": w.field(
                    w.default(w.literal("function.call"), "function.call"), required=False
                ),
                **_CREATED_AT_AND_COMPLETED_AT_FIELDS,
                **_AGENT_ID_TO_ID_FIELDS,
                "tool_call_id": w.field(w.STR),
                "name": w.field(w.STR),
                "arguments": w.field(w.union(w.ref("dict[str, Any]"), w.STR)),
                "confirmation_status": w.field(
                    w.nullable(w.union(w.literal("pending", "allowed", "denied"), w.STR)),
                    required=False,
                ),
            },
        ),
        "ToolExecutionEntry": w.typed_dict(
            "ToolExecutionEntry",
            {
                "object": w.field(w.ref("Literal['entry'] = 'entry'"), required=False),
                "type": w.field(
                    w.default(w.literal("tool.execution"), "tool.execution"), required=False
                ),
                **_CREATED_AT_AND_COMPLETED_AT_FIELDS,
                **_AGENT_ID_TO_ID_FIELDS,
                "name": w.field(
                    w.ref(
                        "Literal['web_search', 'web_search_premium', 'code_interpreter', 'image_generation', 'document_library'] | str"
                    )
                ),
                "arguments": w.field(w.STR),
                "info": w.field(w.ref("dict[str, Any] | None"), required=False, drop_none=True),
            },
        ),
        "AgentHandoffEntry": w.typed_dict(
            "AgentHandoffEntry",
            {
                "object": w.field(w.ref("Literal['entry'] = 'entry'"), required=False),
                "type": w.field(
                    w.default(w.literal("agent.handoff"), "agent.handoff"), required=False
                ),
                **_CREATED_AT_AND_COMPLETED_AT_FIELDS,
                "id": w.field(w.nullable(w.STR), required=False, drop_none=True),
                "previous_agent_id": w.field(w.STR),
                "previous_agent_name": w.field(w.STR),
                "next_agent_id": w.field(w.STR),
                "next_agent_name": w.field(w.STR),
            },
        ),
        "ConversationAppendRequest:top": w.typed_dict(
            "ConversationAppendRequest",
            {
                **_INPUTS_FIELD,
                "stream": w.field(w.ref("Literal[False] = False"), required=False),
                **_STORE_TO_COMPLETION_ARGS_FIELDS,
                "tool_confirmations": w.field(
                    w.ref("list[ToolCallConfirmation] | None"), required=False
                ),
            },
        ),
        "ToolCallConfirmation": w.typed_dict(
            "ToolCallConfirmation",
            {
                "tool_call_id": w.field(w.STR),
                "confirmation": w.field(w.union(w.literal("allow", "deny"), w.STR)),
            },
        ),
        "ConversationRestartRequest:top": w.typed_dict(
            "ConversationRestartRequest",
            {
                **_INPUTS_FIELD,
                "stream": w.field(w.ref("Literal[False] = False"), required=False),
                **_STORE_TO_COMPLETION_ARGS_FIELDS,
                **_GUARDRAILS_TO_AGENT_VERSION_FIELDS,
            },
        ),
        "ConversationStreamRequest:top": w.typed_dict(
            "ConversationStreamRequest",
            {
                **_INPUTS_FIELD_2,
                "stream": w.field(w.ref("Literal[True] = True"), required=False),
                **_STORE_TO_MODEL_FIELDS,
            },
        ),
        "ConversationAppendStreamRequest:top": w.typed_dict(
            "ConversationAppendStreamRequest",
            {
                **_INPUTS_FIELD,
                "stream": w.field(w.ref("Literal[True] = True"), required=False),
                **_STORE_TO_COMPLETION_ARGS_FIELDS,
                "tool_confirmations": w.field(
                    w.ref("list[ToolCallConfirmation] | None"), required=False
                ),
            },
        ),
        "ConversationRestartStreamRequest:top": w.typed_dict(
            "ConversationRestartStreamRequest",
            {
                **_INPUTS_FIELD,
                "stream": w.field(w.ref("Literal[True] = True"), required=False),
                **_STORE_TO_COMPLETION_ARGS_FIELDS,
                **_GUARDRAILS_TO_AGENT_VERSION_FIELDS,
            },
        ),
        "CreatePromptRequest:top": w.typed_dict(
            "CreatePromptRequest",
            {
                "name": w.field(w.STR),
                "definition": w.field(w.ref("PromptDefinition")),
                "title": w.field(w.nullable(w.STR), required=False),
                "description": w.field(w.nullable(w.STR), required=False),
                "notes": w.field(w.nullable(w.STR), required=False),
                **_SHARING_SCOPE_FIELD,
                "aliases": w.field(w.ref("list[str] | None"), required=False, drop_none=True),
                **_WORKSPACE_RELATION_FIELD,
            },
        ),
        "PromptDefinition": w.typed_dict(
            "PromptDefinition",
            {
                "content": w.field(w.STR),
                "variables": w.field(
                    w.nullable(w.list_of(w.ref("PromptVariable"))), required=False, drop_none=True
                ),
            },
        ),
        "PromptVariable": w.typed_dict(
            "PromptVariable", {"name": w.field(w.nullable(w.STR), required=False, drop_none=True)}
        ),
        "UpdatePromptRequest2:top": w.typed_dict(
            "UpdatePromptRequest2",
            {
                "title": w.field(w.nullable(w.STR), required=False),
                "description": w.field(w.nullable(w.STR), required=False),
                **_SHARING_SCOPE_FIELD,
                **_WORKSPACE_RELATION_FIELD,
            },
        ),
        "CreatePromptVersionRequest2:top": w.typed_dict(
            "CreatePromptVersionRequest2",
            {
                "definition": w.field(w.ref("PromptDefinition")),
                "notes": w.field(w.nullable(w.STR), required=False),
                "aliases": w.field(w.ref("list[str] | None"), required=False, drop_none=True),
            },
        ),
        "UpdatePromptVersionRequest2:top": w.typed_dict(
            "UpdatePromptVersionRequest2",
            {
                "notes": w.field(w.nullable(w.STR), required=False),
                "aliases": w.field(w.ref("AliasList | None"), required=False, drop_none=True),
            },
        ),
        "AliasList": w.typed_dict(
            "AliasList",
            {"values": w.field(w.ref("list[str] | None"), required=False, drop_none=True)},
        ),
        "CreateSkillRequest:top": w.typed_dict(
            "CreateSkillRequest",
            {
                "name": w.field(w.STR),
                "definition": w.field(w.ref("SkillDefinition")),
                "notes": w.field(w.nullable(w.STR), required=False),
                **_SHARING_SCOPE_FIELD,
                "aliases": w.field(w.ref("list[str] | None"), required=False, drop_none=True),
                **_WORKSPACE_RELATION_FIELD,
            },
        ),
        "SkillDefinition": w.typed_dict(
            "SkillDefinition",
            {
                "description": w.field(w.nullable(w.STR), required=False, drop_none=True),
                "body": w.field(w.nullable(w.STR), required=False, drop_none=True),
                "assets": w.field(
                    w.nullable(w.dict_of(w.STR, w.ref("SkillAssetContent"))),
                    required=False,
                    drop_none=True,
                ),
            },
        ),
        "SkillAssetContent": w.typed_dict(
            "SkillAssetContent",
            {
                "isExecutable": w.field(
                    w.nullable(w.BOOL),
                    required=False,
                    drop_none=True,
                    validation_alias=[["isExecutable"], ["is_executable"]],
                ),
                "rawContent": w.field(
                    w.nullable(w.STR),
                    required=False,
                    drop_none=True,
                    validation_alias=[["rawContent"], ["raw_content"]],
                ),
                "textContent": w.field(
                    w.nullable(w.STR),
                    required=False,
                    drop_none=True,
                    validation_alias=[["textContent"], ["text_content"]],
                ),
            },
        ),
        "UpdateSkillRequest2:top": w.typed_dict(
            "UpdateSkillRequest2", {**_SHARING_SCOPE_FIELD, **_WORKSPACE_RELATION_FIELD}
        ),
        "CreateSkillVersionRequest2:top": w.typed_dict(
            "CreateSkillVersionRequest2",
            {
                "definition": w.field(w.ref("SkillDefinition")),
                "notes": w.field(w.nullable(w.STR), required=False),
                "aliases": w.field(w.ref("list[str] | None"), required=False, drop_none=True),
            },
        ),
        "UpdateSkillVersionRequest2:top": w.typed_dict(
            "UpdateSkillVersionRequest2",
            {
                "notes": w.field(w.nullable(w.STR), required=False),
                "aliases": w.field(w.ref("AliasList | None"), required=False, drop_none=True),
            },
        ),
        "str | list[str] | None": w.nullable(w.union(w.STR, w.list_of(w.STR))),
        "dict[str, Any] | None": w.nullable(w.ref("dict[str, Any]")),
        "dict[str, Any]": w.dict_of(w.STR, w.ANY),
        "ResponseFormat | None": w.nullable(w.ref("ResponseFormat")),
        "Prediction | None": w.nullable(w.ref("Prediction")),
        "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] | str | None": w.nullable(
            w.union(w.literal("none", "minimal", "low", "medium", "high", "xhigh"), w.STR)
        ),
        "list[GuardrailConfig] | None": w.nullable(w.list_of(w.ref("GuardrailConfig"))),
        "list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchTool | WebSearchPremiumTool | UnknownVariant] | None": w.nullable(
            w.list_of(
                w.tagged_union(
                    {
                        "code_interpreter": w.ref("CodeInterpreterTool"),
                        "connector": w.ref("CustomConnector"),
                        "document_library": w.ref("DocumentLibraryTool"),
                        "function": w.ref("FunctionTool"),
                        "image_generation": w.ref("ImageGenerationTool"),
                        "web_search": w.ref("WebSearchTool"),
                        "web_search_premium": w.ref("WebSearchPremiumTool"),
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
        "CompletionArgs | None": w.nullable(w.ref("CompletionArgs")),
        "list[str] | None": w.nullable(w.list_of(w.STR)),
        "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry]": w.union(
            w.STR,
            w.list_of(
                w.union(
                    w.ref("MessageInputEntry"),
                    w.ref("MessageOutputEntry"),
                    w.ref("FunctionResultEntry"),
                    w.ref("FunctionCallEntry"),
                    w.ref("ToolExecutionEntry"),
                    w.ref("AgentHandoffEntry"),
                )
            ),
        ),
        "Literal[False] = False": w.default(w.literal(False), False),
        "Literal['client', 'server'] | str | None": w.nullable(
            w.ref("Literal['client', 'server'] | str")
        ),
        "Literal['client', 'server'] | str": w.union(w.literal("client", "server"), w.STR),
        "str | int | None": w.nullable(w.union(w.STR, w.INT)),
        "Literal['entry'] = 'entry'": w.default(w.literal("entry"), "entry"),
        "datetime | None": w.nullable({"type": "datetime", "microseconds_precision": "truncate"}),
        "Literal['web_search', 'web_search_premium', 'code_interpreter', 'image_generation', 'document_library'] | str": w.union(
            w.literal(
                "web_search",
                "web_search_premium",
                "code_interpreter",
                "image_generation",
                "document_library",
            ),
            w.STR,
        ),
        "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry] | None": w.nullable(
            w.ref(
                "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry]"
            )
        ),
        "list[ToolCallConfirmation] | None": w.nullable(w.list_of(w.ref("ToolCallConfirmation"))),
        "Literal[True] = True": w.default(w.literal(True), True),
        "Literal['sharing_scope_unspecified', 'private', 'workspace'] | str | None": w.nullable(
            w.union(w.literal("sharing_scope_unspecified", "private", "workspace"), w.STR)
        ),
        "Literal['share_relation_unspecified', 'reader', 'writer'] | str | None": w.nullable(
            w.union(w.literal("share_relation_unspecified", "reader", "writer"), w.STR)
        ),
        "AliasList | None": w.nullable(w.ref("AliasList")),
    }
)

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "agents_completion_v1_agents_completions_post": (
        w.ref("AgentsCompletionRequest:top"),
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
            "Literal['function'] = 'function'",
            "Literal['none', 'block'] | str = 'none'",
            "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] | str | None",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "OAuth2TokenAuth",
            "Prediction",
            "Prediction | None",
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
            "list[GuardrailConfig] | None",
            "list[str] | None",
            "str | list[ImageURLChunk | DocumentURLChunk | TextChunk | ReferenceChunk | FileChunk | ThinkChunk | AudioChunk | UnknownVariant] | None",
            "str | list[str] | None",
        ),
    ),
    "agents_api_v1_agents_create": (
        w.ref("CreateAgentRequest:top"),
        (
            "APIKeyAuth",
            "CodeInterpreterTool",
            "CompletionArgs",
            "CompletionArgs | None",
            "CreateAgentRequest:top",
            "CustomConnector",
            "DocumentLibraryTool",
            "Function",
            "FunctionTool",
            "GuardrailConfig",
            "ImageGenerationTool",
            "JSONSchema",
            "Literal['none', 'block'] | str = 'none'",
            "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] | str | None",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "OAuth2TokenAuth",
            "Prediction",
            "Prediction | None",
            "ResponseFormat",
            "ResponseFormat | None",
            "ToolConfiguration",
            "ToolConfiguration | None",
            "UnknownVariant",
            "WebSearchPremiumTool",
            "WebSearchTool",
            "dict[str, Any]",
            "dict[str, Any] | None",
            "list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchTool | WebSearchPremiumTool | UnknownVariant] | None",
            "list[GuardrailConfig] | None",
            "list[str] | None",
            "str | list[str] | None",
        ),
    ),
    "agents_api_v1_agents_update": (
        w.ref("UpdateAgentRequest:top"),
        (
            "APIKeyAuth",
            "CodeInterpreterTool",
            "CompletionArgs",
            "CompletionArgs | None",
            "CustomConnector",
            "DocumentLibraryTool",
            "Function",
            "FunctionTool",
            "GuardrailConfig",
            "ImageGenerationTool",
            "JSONSchema",
            "Literal['none', 'block'] | str = 'none'",
            "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] | str | None",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "OAuth2TokenAuth",
            "Prediction",
            "Prediction | None",
            "ResponseFormat",
            "ResponseFormat | None",
            "ToolConfiguration",
            "ToolConfiguration | None",
            "UnknownVariant",
            "UpdateAgentRequest:top",
            "WebSearchPremiumTool",
            "WebSearchTool",
            "dict[str, Any]",
            "dict[str, Any] | None",
            "list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchTool | WebSearchPremiumTool | UnknownVariant] | None",
            "list[GuardrailConfig] | None",
            "list[str] | None",
            "str | list[str] | None",
        ),
    ),
    "agents_api_v1_conversations_start": (
        w.ref("ConversationRequest:top"),
        (
            "APIKeyAuth",
            "AgentHandoffEntry",
            "CodeInterpreterTool",
            "CompletionArgs",
            "CompletionArgs | None",
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
            "Literal['client', 'server'] | str",
            "Literal['client', 'server'] | str | None",
            "Literal['entry'] = 'entry'",
            "Literal['none', 'block'] | str = 'none'",
            "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] | str | None",
            "Literal['web_search', 'web_search_premium', 'code_interpreter', 'image_generation', 'document_library'] | str",
            "Literal[False] = False",
            "MessageInputEntry",
            "MessageOutputEntry",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "OAuth2TokenAuth",
            "Prediction",
            "Prediction | None",
            "ReferenceChunk",
            "ResponseFormat",
            "ResponseFormat | None",
            "TextChunk",
            "ThinkChunk",
            "ToolConfiguration",
            "ToolConfiguration | None",
            "ToolExecutionEntry",
            "ToolFileChunk",
            "ToolReferenceChunk",
            "UnknownVariant",
            "WebSearchPremiumTool",
            "WebSearchTool",
            "datetime | None",
            "dict[str, Any]",
            "dict[str, Any] | None",
            "list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchTool | WebSearchPremiumTool | UnknownVariant] | None",
            "list[GuardrailConfig] | None",
            "list[str] | None",
            "str | int | None",
            "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry]",
            "str | list[str] | None",
        ),
    ),
    "agents_api_v1_conversations_append": (
        w.ref("ConversationAppendRequest:top"),
        (
            "AgentHandoffEntry",
            "CompletionArgs",
            "CompletionArgs | None",
            "ConversationAppendRequest:top",
            "DocumentURLChunk",
            "FunctionCallEntry",
            "FunctionResultEntry",
            "ImageURL",
            "ImageURLChunk",
            "JSONSchema",
            "Literal['client', 'server'] | str",
            "Literal['entry'] = 'entry'",
            "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] | str | None",
            "Literal['web_search', 'web_search_premium', 'code_interpreter', 'image_generation', 'document_library'] | str",
            "Literal[False] = False",
            "MessageInputEntry",
            "MessageOutputEntry",
            "Prediction",
            "Prediction | None",
            "ReferenceChunk",
            "ResponseFormat",
            "ResponseFormat | None",
            "TextChunk",
            "ThinkChunk",
            "ToolCallConfirmation",
            "ToolExecutionEntry",
            "ToolFileChunk",
            "ToolReferenceChunk",
            "datetime | None",
            "dict[str, Any]",
            "dict[str, Any] | None",
            "list[ToolCallConfirmation] | None",
            "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry]",
            "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry] | None",
            "str | list[str] | None",
        ),
    ),
    "agents_api_v1_conversations_restart": (
        w.ref("ConversationRestartRequest:top"),
        (
            "AgentHandoffEntry",
            "CompletionArgs",
            "CompletionArgs | None",
            "ConversationRestartRequest:top",
            "DocumentURLChunk",
            "FunctionCallEntry",
            "FunctionResultEntry",
            "GuardrailConfig",
            "ImageURL",
            "ImageURLChunk",
            "JSONSchema",
            "Literal['client', 'server'] | str",
            "Literal['entry'] = 'entry'",
            "Literal['none', 'block'] | str = 'none'",
            "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] | str | None",
            "Literal['web_search', 'web_search_premium', 'code_interpreter', 'image_generation', 'document_library'] | str",
            "Literal[False] = False",
            "MessageInputEntry",
            "MessageOutputEntry",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "Prediction",
            "Prediction | None",
            "ReferenceChunk",
            "ResponseFormat",
            "ResponseFormat | None",
            "TextChunk",
            "ThinkChunk",
            "ToolExecutionEntry",
            "ToolFileChunk",
            "ToolReferenceChunk",
            "datetime | None",
            "dict[str, Any]",
            "dict[str, Any] | None",
            "list[GuardrailConfig] | None",
            "str | int | None",
            "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry]",
            "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry] | None",
            "str | list[str] | None",
        ),
    ),
    "agents_api_v1_conversations_start_stream": (
        w.ref("ConversationStreamRequest:top"),
        (
            "APIKeyAuth",
            "AgentHandoffEntry",
            "CodeInterpreterTool",
            "CompletionArgs",
            "CompletionArgs | None",
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
            "Literal['client', 'server'] | str",
            "Literal['client', 'server'] | str | None",
            "Literal['entry'] = 'entry'",
            "Literal['none', 'block'] | str = 'none'",
            "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] | str | None",
            "Literal['web_search', 'web_search_premium', 'code_interpreter', 'image_generation', 'document_library'] | str",
            "Literal[True] = True",
            "MessageInputEntry",
            "MessageOutputEntry",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "OAuth2TokenAuth",
            "Prediction",
            "Prediction | None",
            "ReferenceChunk",
            "ResponseFormat",
            "ResponseFormat | None",
            "TextChunk",
            "ThinkChunk",
            "ToolConfiguration",
            "ToolConfiguration | None",
            "ToolExecutionEntry",
            "ToolFileChunk",
            "ToolReferenceChunk",
            "UnknownVariant",
            "WebSearchPremiumTool",
            "WebSearchTool",
            "datetime | None",
            "dict[str, Any]",
            "dict[str, Any] | None",
            "list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchTool | WebSearchPremiumTool | UnknownVariant] | None",
            "list[GuardrailConfig] | None",
            "list[str] | None",
            "str | int | None",
            "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry]",
            "str | list[str] | None",
        ),
    ),
    "agents_api_v1_conversations_append_stream": (
        w.ref("ConversationAppendStreamRequest:top"),
        (
            "AgentHandoffEntry",
            "CompletionArgs",
            "CompletionArgs | None",
            "ConversationAppendStreamRequest:top",
            "DocumentURLChunk",
            "FunctionCallEntry",
            "FunctionResultEntry",
            "ImageURL",
            "ImageURLChunk",
            "JSONSchema",
            "Literal['client', 'server'] | str",
            "Literal['entry'] = 'entry'",
            "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] | str | None",
            "Literal['web_search', 'web_search_premium', 'code_interpreter', 'image_generation', 'document_library'] | str",
            "Literal[True] = True",
            "MessageInputEntry",
            "MessageOutputEntry",
            "Prediction",
            "Prediction | None",
            "ReferenceChunk",
            "ResponseFormat",
            "ResponseFormat | None",
            "TextChunk",
            "ThinkChunk",
            "ToolCallConfirmation",
            "ToolExecutionEntry",
            "ToolFileChunk",
            "ToolReferenceChunk",
            "datetime | None",
            "dict[str, Any]",
            "dict[str, Any] | None",
            "list[ToolCallConfirmation] | None",
            "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry]",
            "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry] | None",
            "str | list[str] | None",
        ),
    ),
    "agents_api_v1_conversations_restart_stream": (
        w.ref("ConversationRestartStreamRequest:top"),
        (
            "AgentHandoffEntry",
            "CompletionArgs",
            "CompletionArgs | None",
            "ConversationRestartStreamRequest:top",
            "DocumentURLChunk",
            "FunctionCallEntry",
            "FunctionResultEntry",
            "GuardrailConfig",
            "ImageURL",
            "ImageURLChunk",
            "JSONSchema",
            "Literal['client', 'server'] | str",
            "Literal['entry'] = 'entry'",
            "Literal['none', 'block'] | str = 'none'",
            "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] | str | None",
            "Literal['web_search', 'web_search_premium', 'code_interpreter', 'image_generation', 'document_library'] | str",
            "Literal[True] = True",
            "MessageInputEntry",
            "MessageOutputEntry",
            "ModerationLLMV1CategoryThresholds",
            "ModerationLLMV1Config",
            "ModerationLLMV2CategoryThresholds",
            "ModerationLLMV2Config",
            "Prediction",
            "Prediction | None",
            "ReferenceChunk",
            "ResponseFormat",
            "ResponseFormat | None",
            "TextChunk",
            "ThinkChunk",
            "ToolExecutionEntry",
            "ToolFileChunk",
            "ToolReferenceChunk",
            "datetime | None",
            "dict[str, Any]",
            "dict[str, Any] | None",
            "list[GuardrailConfig] | None",
            "str | int | None",
            "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry]",
            "str | list[MessageInputEntry | MessageOutputEntry | FunctionResultEntry | FunctionCallEntry | ToolExecutionEntry | AgentHandoffEntry] | None",
            "str | list[str] | None",
        ),
    ),
    "prompts_create": (
        w.ref("CreatePromptRequest:top"),
        (
            "CreatePromptRequest:top",
            "Literal['share_relation_unspecified', 'reader', 'writer'] | str | None",
            "Literal['sharing_scope_unspecified', 'private', 'workspace'] | str | None",
            "PromptDefinition",
            "PromptVariable",
            "list[str] | None",
        ),
    ),
    "prompts_update": (
        w.ref("UpdatePromptRequest2:top"),
        (
            "Literal['share_relation_unspecified', 'reader', 'writer'] | str | None",
            "Literal['sharing_scope_unspecified', 'private', 'workspace'] | str | None",
            "UpdatePromptRequest2:top",
        ),
    ),
    "prompts_create_version": (
        w.ref("CreatePromptVersionRequest2:top"),
        (
            "CreatePromptVersionRequest2:top",
            "PromptDefinition",
            "PromptVariable",
            "list[str] | None",
        ),
    ),
    "prompts_update_version_metadata": (
        w.ref("UpdatePromptVersionRequest2:top"),
        ("AliasList", "AliasList | None", "UpdatePromptVersionRequest2:top", "list[str] | None"),
    ),
    "skills_create": (
        w.ref("CreateSkillRequest:top"),
        (
            "CreateSkillRequest:top",
            "Literal['share_relation_unspecified', 'reader', 'writer'] | str | None",
            "Literal['sharing_scope_unspecified', 'private', 'workspace'] | str | None",
            "SkillAssetContent",
            "SkillDefinition",
            "list[str] | None",
        ),
    ),
    "skills_update": (
        w.ref("UpdateSkillRequest2:top"),
        (
            "Literal['share_relation_unspecified', 'reader', 'writer'] | str | None",
            "Literal['sharing_scope_unspecified', 'private', 'workspace'] | str | None",
            "UpdateSkillRequest2:top",
        ),
    ),
    "skills_create_version": (
        w.ref("CreateSkillVersionRequest2:top"),
        (
            "CreateSkillVersionRequest2:top",
            "SkillAssetContent",
            "SkillDefinition",
            "list[str] | None",
        ),
    ),
    "skills_update_version_metadata": (
        w.ref("UpdateSkillVersionRequest2:top"),
        ("AliasList", "AliasList | None", "UpdateSkillVersionRequest2:top", "list[str] | None"),
    ),
}
