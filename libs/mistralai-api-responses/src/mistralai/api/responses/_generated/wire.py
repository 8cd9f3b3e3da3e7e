# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-responses as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import open_pick
from mistralai.core.runtime import wire as w

# fields shared by CreateResponseRequest and CountResponseInputTokensRequest
_MODEL_TO_TOOLS_FIELDS: dict[str, Any] = {
    "model": w.field(w.STR),
    "input": w.field(
        w.ref(
            "str | list[ResponsesEasyInputMessage | ResponsesMessage | ResponsesOutputMessage | ResponsesFunctionCallOutput | ResponsesReasoningItem | ResponsesFunctionToolCall]"
        )
    ),
    "instructions": w.field(w.nullable(w.STR), required=False),
    "parallel_tool_calls": w.field(w.nullable(w.BOOL), required=False),
    "previous_response_id": w.field(w.ANY, required=False),
    "truncation": w.field(w.ref("Literal['disabled'] | None"), required=False),
    "tools": w.field(
        w.ref("list[ResponsesFunctionTool | ResponsesNamespaceTool | UnknownVariant] | None"),
        required=False,
    ),
}

# fields shared by ResponsesFunctionTool, ResponsesCustomTool and ResponsesToolFunction
_ALLOWED_CALLERS_TO_DESCRIPTION_FIELDS: dict[str, Any] = {
    "allowed_callers": w.field(
        w.ref("list[Literal['direct', 'programmatic'] | str] | None"), required=False
    ),
    "defer_loading": w.field(w.nullable(w.BOOL), required=False),
    "description": w.field(w.nullable(w.STR), required=False),
}

# fields shared by ResponsesInputFile and ResponsesInputFileContent
_TYPE_TO_FILENAME_FIELDS: dict[str, Any] = {
    "type": w.field(w.ref("Literal['input_file'] = 'input_file'"), required=False),
    "detail": w.field(w.ref("Literal['auto', 'low', 'high'] | str | None"), required=False),
    "file_data": w.field(w.nullable(w.STR), required=False),
    "file_id": w.field(w.nullable(w.STR), required=False),
    "file_url": w.field(w.nullable(w.STR), required=False),
    "filename": w.field(w.nullable(w.STR), required=False),
}

# fields shared by ResponsesMessage, ResponsesFunctionCallOutput, ResponsesReasoningItem and
# ResponsesFunctionToolCall
_STATUS_FIELD: dict[str, Any] = {
    "status": w.field(
        w.ref("Literal['in_progress', 'completed', 'incomplete'] | str | None"), required=False
    )
}

# fields shared by CreateResponseRequestResponsesFormatTextJSONSchemaConfig and
# CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig
_NAME_TO_STRICT_FIELDS: dict[str, Any] = {
    "name": w.field(w.STR),
    "schema": w.field(w.ref("dict[str, Any]"), validation_alias=[["schema"], ["schema_"]]),
    "type": w.field(w.ref("Literal['json_schema'] = 'json_schema'"), required=False),
    "description": w.field(w.nullable(w.STR), required=False),
    "strict": w.field(w.nullable(w.BOOL), required=False),
}

DEFS: dict[str, Any] = w.definitions(
    {
        "CreateResponseRequest:top": w.typed_dict(
            "CreateResponseRequest",
            {
                **_MODEL_TO_TOOLS_FIELDS,
                "tool_choice": w.field(
                    w.nullable(
                        w.union(
                            w.ref("CreateResponseRequestResponsesToolChoiceFunction"),
                            w.literal("none", "auto", "required"),
                            w.STR,
                        )
                    ),
                    required=False,
                ),
                "reasoning": w.field(
                    w.nullable(w.ref("CreateResponseRequestResponsesSupportedReasoning")),
                    required=False,
                ),
                "conversation": w.field(w.ANY, required=False),
                "prompt": w.field(w.ANY, required=False),
                "text": w.field(
                    w.nullable(w.ref("CreateResponseRequestResponsesTextConfig")), required=False
                ),
                "background": w.field(w.ref("Literal[False] | None"), required=False),
                "stream": w.field(w.nullable(w.BOOL), required=False),
                "store": w.field(w.ref("Literal[False] | None"), required=False),
                "max_output_tokens": w.field(w.nullable(w.INT), required=False),
                "temperature": w.field(w.nullable(w.FLOAT), required=False),
                "top_p": w.field(w.nullable(w.FLOAT), required=False),
                "metadata": w.field(w.nullable(w.dict_of(w.STR, w.STR)), required=False),
                "prompt_cache_key": w.field(w.nullable(w.STR), required=False),
                "max_tool_calls": w.field(w.nullable(w.INT), required=False),
                "moderation": w.field(w.ANY, required=False),
                "top_logprobs": w.field(w.nullable(w.literal(0)), required=False),
            },
        ),
        "ResponsesEasyInputMessage": w.typed_dict(
            "ResponsesEasyInputMessage",
            {
                "content": w.field(
                    w.union(
                        w.STR,
                        w.ref(
                            "list[ResponsesInputFile | ResponsesInputImage | ResponsesInputText | UnknownVariant]"
                        ),
                    )
                ),
                "role": w.field(
                    w.union(w.literal("user", "assistant", "system", "developer"), w.STR)
                ),
                "phase": w.field(
                    w.ref("Literal['commentary', 'final_answer'] | str | None"), required=False
                ),
                "type": w.field(w.ref("Literal['message'] | None"), required=False),
            },
        ),
        "ResponsesInputFile": w.typed_dict(
            "ResponsesInputFile",
            {
                **_TYPE_TO_FILENAME_FIELDS,
                "prompt_cache_breakpoint": w.field(
                    w.nullable(w.ref("ResponsesInputFileResponsesPromptCacheBreakpoint")),
                    required=False,
                ),
            },
        ),
        "ResponsesInputFileResponsesPromptCacheBreakpoint": w.typed_dict(
            "ResponsesInputFileResponsesPromptCacheBreakpoint",
            {"mode": w.field(w.ref("Literal['explicit'] = 'explicit'"), required=False)},
        ),
        "ResponsesInputImage": w.typed_dict(
            "ResponsesInputImage",
            {
                "detail": w.field(w.ref("Literal['low', 'high', 'auto', 'original'] | str")),
                "type": w.field(w.ref("Literal['input_image'] = 'input_image'"), required=False),
                "file_id": w.field(w.nullable(w.STR), required=False),
                "image_url": w.field(w.nullable(w.STR), required=False),
                "prompt_cache_breakpoint": w.field(
                    w.nullable(w.ref("ResponsesInputImageResponsesPromptCacheBreakpoint")),
                    required=False,
                ),
            },
        ),
        "ResponsesInputImageResponsesPromptCacheBreakpoint": w.typed_dict(
            "ResponsesInputImageResponsesPromptCacheBreakpoint",
            {"mode": w.field(w.ref("Literal['explicit'] = 'explicit'"), required=False)},
        ),
        "ResponsesInputText": w.typed_dict(
            "ResponsesInputText",
            {
                "text": w.field(w.STR),
                "type": w.field(w.ref("Literal['input_text'] = 'input_text'"), required=False),
                "prompt_cache_breakpoint": w.field(
                    w.nullable(w.ref("ResponsesInputTextResponsesPromptCacheBreakpoint")),
                    required=False,
                ),
            },
        ),
        "ResponsesInputTextResponsesPromptCacheBreakpoint": w.typed_dict(
            "ResponsesInputTextResponsesPromptCacheBreakpoint",
            {"mode": w.field(w.ref("Literal['explicit'] = 'explicit'"), required=False)},
        ),
        "ResponsesMessage": w.typed_dict(
            "ResponsesMessage",
            {
                "content": w.field(
                    w.ref(
                        "list[ResponsesInputFile | ResponsesInputImage | ResponsesInputText | UnknownVariant]"
                    )
                ),
                "role": w.field(w.union(w.literal("user", "system", "developer"), w.STR)),
                **_STATUS_FIELD,
                "type": w.field(w.ref("Literal['message'] | None"), required=False),
            },
        ),
        "ResponsesOutputMessage": w.typed_dict(
            "ResponsesOutputMessage",
            {
                "id": w.field(w.STR),
                "content": w.field(
                    w.list_of(
                        w.tagged_union(
                            {
                                "output_text": w.ref("ResponsesOutputText"),
                                "refusal": w.ref("ResponsesOutputRefusal"),
                                "__unknown__": w.ref("UnknownVariant"),
                            },
                            open_pick("type", ("output_text", "refusal")),
                        )
                    )
                ),
                "status": w.field(w.ref("Literal['in_progress', 'completed', 'incomplete'] | str")),
                "role": w.field(w.default(w.literal("assistant"), "assistant"), required=False),
                "type": w.field(w.default(w.literal("message"), "message"), required=False),
                "phase": w.field(
                    w.ref("Literal['commentary', 'final_answer'] | str | None"), required=False
                ),
            },
        ),
        "ResponsesOutputText": w.typed_dict(
            "ResponsesOutputText",
            {
                "annotations": w.field(
                    w.list_of(
                        w.tagged_union(
                            {
                                "container_file_citation": w.ref(
                                    "ResponsesAnnotationContainerFileCitation"
                                ),
                                "file_citation": w.ref("ResponsesAnnotationFileCitation"),
                                "file_path": w.ref("ResponsesAnnotationFilePath"),
                                "url_citation": w.ref("ResponsesAnnotationURLCitation"),
                                "__unknown__": w.ref("UnknownVariant"),
                            },
                            open_pick(
                                "type",
                                (
                                    "container_file_citation",
                                    "file_citation",
                                    "file_path",
                                    "url_citation",
                                ),
                            ),
                        )
                    )
                ),
                "text": w.field(w.STR),
                "type": w.field(w.default(w.literal("output_text"), "output_text"), required=False),
                "logprobs": w.field(
                    w.nullable(w.list_of(w.ref("ResponsesOutputTextLogprob"))), required=False
                ),
            },
        ),
        "ResponsesAnnotationContainerFileCitation": w.typed_dict(
            "ResponsesAnnotationContainerFileCitation",
            {
                "container_id": w.field(w.STR),
                "end_index": w.field(w.INT),
                "file_id": w.field(w.STR),
                "filename": w.field(w.STR),
                "start_index": w.field(w.INT),
                "type": w.field(
                    w.default(w.literal("container_file_citation"), "container_file_citation"),
                    required=False,
                ),
            },
        ),
        "ResponsesAnnotationFileCitation": w.typed_dict(
            "ResponsesAnnotationFileCitation",
            {
                "file_id": w.field(w.STR),
                "filename": w.field(w.STR),
                "index": w.field(w.INT),
                "type": w.field(
                    w.default(w.literal("file_citation"), "file_citation"), required=False
                ),
            },
        ),
        "ResponsesAnnotationFilePath": w.typed_dict(
            "ResponsesAnnotationFilePath",
            {
                "file_id": w.field(w.STR),
                "index": w.field(w.INT),
                "type": w.field(w.default(w.literal("file_path"), "file_path"), required=False),
            },
        ),
        "ResponsesAnnotationURLCitation": w.typed_dict(
            "ResponsesAnnotationURLCitation",
            {
                "end_index": w.field(w.INT),
                "start_index": w.field(w.INT),
                "title": w.field(w.STR),
                "url": w.field(w.STR),
                "type": w.field(
                    w.default(w.literal("url_citation"), "url_citation"), required=False
                ),
            },
        ),
        "ResponsesOutputTextLogprob": w.typed_dict(
            "ResponsesOutputTextLogprob",
            {
                "token": w.field(w.STR),
                "bytes": w.field(w.list_of(w.INT), validation_alias=[["bytes"], ["size_bytes"]]),
                "logprob": w.field(w.FLOAT),
                "top_logprobs": w.field(w.list_of(w.ref("ResponsesOutputTextLogprobTopLogprob"))),
            },
        ),
        "ResponsesOutputTextLogprobTopLogprob": w.typed_dict(
            "ResponsesOutputTextLogprobTopLogprob",
            {
                "token": w.field(w.STR),
                "bytes": w.field(w.list_of(w.INT), validation_alias=[["bytes"], ["size_bytes"]]),
                "logprob": w.field(w.FLOAT),
            },
        ),
        "ResponsesOutputRefusal": w.typed_dict(
            "ResponsesOutputRefusal",
            {
                "refusal": w.field(w.STR),
                "type": w.field(w.default(w.literal("refusal"), "refusal"), required=False),
            },
        ),
        "ResponsesFunctionCallOutput": w.typed_dict(
            "ResponsesFunctionCallOutput",
            {
                "call_id": w.field(w.STR),
                "output": w.field(
                    w.union(
                        w.STR,
                        w.list_of(
                            w.tagged_union(
                                {
                                    "input_file": w.ref("ResponsesInputFileContent"),
                                    "input_image": w.ref("ResponsesInputImageContent"),
                                    "input_text": w.ref("ResponsesInputTextContent"),
                                    "__unknown__": w.ref("UnknownVariant"),
                                },
                                open_pick("type", ("input_file", "input_image", "input_text")),
                            )
                        ),
                    )
                ),
                "type": w.field(
                    w.default(w.literal("function_call_output"), "function_call_output"),
                    required=False,
                ),
                "id": w.field(w.nullable(w.STR), required=False),
                "caller": w.field(
                    w.nullable(
                        w.tagged_union(
                            {
                                "direct": w.ref("ResponsesFunctionCallOutputCallerDirect"),
                                "program": w.ref("ResponsesFunctionCallOutputCallerProgram"),
                                "__unknown__": w.ref("UnknownVariant"),
                            },
                            open_pick("type", ("direct", "program")),
                        )
                    ),
                    required=False,
                ),
                **_STATUS_FIELD,
            },
        ),
        "ResponsesInputFileContent": w.typed_dict(
            "ResponsesInputFileContent",
            {
                **_TYPE_TO_FILENAME_FIELDS,
                "prompt_cache_breakpoint": w.field(
                    w.nullable(w.ref("ResponsesInputFileContentResponsesPromptCacheBreakpoint")),
                    required=False,
                ),
            },
        ),
        "ResponsesInputFileContentResponsesPromptCacheBreakpoint": w.typed_dict(
            "ResponsesInputFileContentResponsesPromptCacheBreakpoint",
            {"mode": w.field(w.ref("Literal['explicit'] = 'explicit'"), required=False)},
        ),
        "ResponsesInputImageContent": w.typed_dict(
            "ResponsesInputImageContent",
            {
                "type": w.field(w.ref("Literal['input_image'] = 'input_image'"), required=False),
                "detail": w.field(
                    w.nullable(w.ref("Literal['low', 'high', 'auto', 'original'] | str")),
                    required=False,
                ),
                "file_id": w.field(w.nullable(w.STR), required=False),
                "image_url": w.field(w.nullable(w.STR), required=False),
                "prompt_cache_breakpoint": w.field(
                    w.nullable(w.ref("ResponsesInputImageContentResponsesPromptCacheBreakpoint")),
                    required=False,
                ),
            },
        ),
        "ResponsesInputImageContentResponsesPromptCacheBreakpoint": w.typed_dict(
            "ResponsesInputImageContentResponsesPromptCacheBreakpoint",
            {"mode": w.field(w.ref("Literal['explicit'] = 'explicit'"), required=False)},
        ),
        "ResponsesInputTextContent": w.typed_dict(
            "ResponsesInputTextContent",
            {
                "text": w.field(w.STR),
                "type": w.field(w.ref("Literal['input_text'] = 'input_text'"), required=False),
                "prompt_cache_breakpoint": w.field(
                    w.nullable(w.ref("ResponsesInputTextContentResponsesPromptCacheBreakpoint")),
                    required=False,
                ),
            },
        ),
        "ResponsesInputTextContentResponsesPromptCacheBreakpoint": w.typed_dict(
            "ResponsesInputTextContentResponsesPromptCacheBreakpoint",
            {"mode": w.field(w.ref("Literal['explicit'] = 'explicit'"), required=False)},
        ),
        "ResponsesFunctionCallOutputCallerDirect": w.typed_dict(
            "ResponsesFunctionCallOutputCallerDirect",
            {"type": w.field(w.ref("Literal['direct'] = 'direct'"), required=False)},
        ),
        "ResponsesFunctionCallOutputCallerProgram": w.typed_dict(
            "ResponsesFunctionCallOutputCallerProgram",
            {
                "caller_id": w.field(w.STR),
                "type": w.field(w.ref("Literal['program'] = 'program'"), required=False),
            },
        ),
        "ResponsesReasoningItem": w.typed_dict(
            "ResponsesReasoningItem",
            {
                "id": w.field(w.STR),
                "summary": w.field(w.list_of(w.ref("ResponsesSummary"))),
                "type": w.field(w.default(w.literal("reasoning"), "reasoning"), required=False),
                "content": w.field(
                    w.nullable(w.list_of(w.ref("ResponsesContent"))), required=False
                ),
                "encrypted_content": w.field(w.nullable(w.STR), required=False),
                **_STATUS_FIELD,
            },
        ),
        "ResponsesSummary": w.typed_dict(
            "ResponsesSummary",
            {
                "text": w.field(w.STR),
                "type": w.field(
                    w.default(w.literal("summary_text"), "summary_text"), required=False
                ),
            },
        ),
        "ResponsesContent": w.typed_dict(
            "ResponsesContent",
            {
                "text": w.field(w.STR),
                "type": w.field(
                    w.default(w.literal("reasoning_text"), "reasoning_text"), required=False
                ),
            },
        ),
        "ResponsesFunctionToolCall": w.typed_dict(
            "ResponsesFunctionToolCall",
            {
                "arguments": w.field(w.STR),
                "call_id": w.field(w.STR),
                "name": w.field(w.STR),
                "type": w.field(
                    w.default(w.literal("function_call"), "function_call"), required=False
                ),
                "id": w.field(w.nullable(w.STR), required=False),
                "caller": w.field(
                    w.nullable(
                        w.tagged_union(
                            {
                                "direct": w.ref("ResponsesCallerDirect"),
                                "program": w.ref("ResponsesCallerProgram"),
                                "__unknown__": w.ref("UnknownVariant"),
                            },
                            open_pick("type", ("direct", "program")),
                        )
                    ),
                    required=False,
                ),
                "namespace": w.field(w.nullable(w.STR), required=False),
                **_STATUS_FIELD,
            },
        ),
        "ResponsesCallerDirect": w.typed_dict(
            "ResponsesCallerDirect",
            {"type": w.field(w.ref("Literal['direct'] = 'direct'"), required=False)},
        ),
        "ResponsesCallerProgram": w.typed_dict(
            "ResponsesCallerProgram",
            {
                "caller_id": w.field(w.STR),
                "type": w.field(w.ref("Literal['program'] = 'program'"), required=False),
            },
        ),
        "ResponsesFunctionTool": w.typed_dict(
            "ResponsesFunctionTool",
            {
                "name": w.field(w.STR),
                "parameters": w.field(w.ref("dict[str, Any] | None"), required=False),
                "strict": w.field(w.nullable(w.BOOL), required=False),
                "type": w.field(w.ref("Literal['function'] = 'function'"), required=False),
                **_ALLOWED_CALLERS_TO_DESCRIPTION_FIELDS,
                "output_schema": w.field(w.ref("dict[str, Any] | None"), required=False),
            },
        ),
        "ResponsesNamespaceTool": w.typed_dict(
            "ResponsesNamespaceTool",
            {
                "description": w.field(w.STR),
                "name": w.field(w.STR),
                "tools": w.field(
                    w.list_of(
                        w.tagged_union(
                            {
                                "custom": w.ref("ResponsesCustomTool"),
                                "function": w.ref("ResponsesToolFunction"),
                                "__unknown__": w.ref("UnknownVariant"),
                            },
                            open_pick("type", ("custom", "function")),
                        )
                    )
                ),
                "type": w.field(w.default(w.literal("namespace"), "namespace"), required=False),
            },
        ),
        "ResponsesCustomTool": w.typed_dict(
            "ResponsesCustomTool",
            {
                "name": w.field(w.STR),
                "type": w.field(w.default(w.literal("custom"), "custom"), required=False),
                **_ALLOWED_CALLERS_TO_DESCRIPTION_FIELDS,
                "format": w.field(
                    w.nullable(
                        w.tagged_union(
                            {
                                "grammar": w.ref("ResponsesGrammar"),
                                "text": w.ref("ResponsesText"),
                                "__unknown__": w.ref("UnknownVariant"),
                            },
                            open_pick("type", ("grammar", "text")),
                        )
                    ),
                    required=False,
                ),
            },
        ),
        "ResponsesGrammar": w.typed_dict(
            "ResponsesGrammar",
            {
                "definition": w.field(w.STR),
                "syntax": w.field(w.union(w.literal("lark", "regex"), w.STR)),
                "type": w.field(w.default(w.literal("grammar"), "grammar"), required=False),
            },
        ),
        "ResponsesText": w.typed_dict(
            "ResponsesText", {"type": w.field(w.ref("Literal['text'] = 'text'"), required=False)}
        ),
        "ResponsesToolFunction": w.typed_dict(
            "ResponsesToolFunction",
            {
                "name": w.field(w.STR),
                "type": w.field(w.ref("Literal['function'] = 'function'"), required=False),
                **_ALLOWED_CALLERS_TO_DESCRIPTION_FIELDS,
                "output_schema": w.field(w.ref("dict[str, Any] | None"), required=False),
                "parameters": w.field(w.ANY, required=False),
                "strict": w.field(w.nullable(w.BOOL), required=False),
            },
        ),
        "CreateResponseRequestResponsesToolChoiceFunction": w.typed_dict(
            "CreateResponseRequestResponsesToolChoiceFunction",
            {
                "name": w.field(w.STR),
                "type": w.field(w.ref("Literal['function'] = 'function'"), required=False),
            },
        ),
        "CreateResponseRequestResponsesSupportedReasoning": w.typed_dict(
            "CreateResponseRequestResponsesSupportedReasoning",
            {
                "effort": w.field(
                    w.ref(
                        "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | str | None"
                    ),
                    required=False,
                )
            },
        ),
        "CreateResponseRequestResponsesTextConfig": w.typed_dict(
            "CreateResponseRequestResponsesTextConfig",
            {
                "format": w.field(
                    w.nullable(
                        w.tagged_union(
                            {
                                "json_object": w.ref(
                                    "CreateResponseRequestResponsesFormatJSONObject"
                                ),
                                "json_schema": w.ref(
                                    "CreateResponseRequestResponsesFormatTextJSONSchemaConfig"
                                ),
                                "text": w.ref("CreateResponseRequestResponsesFormatText"),
                                "__unknown__": w.ref("UnknownVariant"),
                            },
                            open_pick("type", ("json_object", "json_schema", "text")),
                        )
                    ),
                    required=False,
                ),
                "verbosity": w.field(
                    w.ref("Literal['low', 'medium', 'high'] | str | None"), required=False
                ),
            },
        ),
        "CreateResponseRequestResponsesFormatJSONObject": w.typed_dict(
            "CreateResponseRequestResponsesFormatJSONObject",
            {"type": w.field(w.ref("Literal['json_object'] = 'json_object'"), required=False)},
        ),
        "CreateResponseRequestResponsesFormatTextJSONSchemaConfig": w.typed_dict(
            "CreateResponseRequestResponsesFormatTextJSONSchemaConfig", {**_NAME_TO_STRICT_FIELDS}
        ),
        "CreateResponseRequestResponsesFormatText": w.typed_dict(
            "CreateResponseRequestResponsesFormatText",
            {"type": w.field(w.ref("Literal['text'] = 'text'"), required=False)},
        ),
        "CountResponseInputTokensRequest:top": w.typed_dict(
            "CountResponseInputTokensRequest",
            {
                **_MODEL_TO_TOOLS_FIELDS,
                "tool_choice": w.field(
                    w.nullable(
                        w.union(
                            w.ref("CountResponseInputTokensRequestResponsesToolChoiceFunction"),
                            w.literal("none", "auto", "required"),
                            w.STR,
                        )
                    ),
                    required=False,
                ),
                "reasoning": w.field(
                    w.nullable(w.ref("CountResponseInputTokensRequestResponsesSupportedReasoning")),
                    required=False,
                ),
                "conversation": w.field(w.ANY, required=False),
                "prompt": w.field(w.ANY, required=False),
                "text": w.field(
                    w.nullable(w.ref("CountResponseInputTokensRequestResponsesTextConfig")),
                    required=False,
                ),
            },
        ),
        "CountResponseInputTokensRequestResponsesToolChoiceFunction": w.typed_dict(
            "CountResponseInputTokensRequestResponsesToolChoiceFunction",
            {
                "name": w.field(w.STR),
                "type": w.field(w.ref("Literal['function'] = 'function'"), required=False),
            },
        ),
        "CountResponseInputTokensRequestResponsesSupportedReasoning": w.typed_dict(
            "CountResponseInputTokensRequestResponsesSupportedReasoning",
            {
                "effort": w.field(
                    w.ref(
                        "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | str | None"
                    ),
                    required=False,
                )
            },
        ),
        "CountResponseInputTokensRequestResponsesTextConfig": w.typed_dict(
            "CountResponseInputTokensRequestResponsesTextConfig",
            {
                "format": w.field(
                    w.nullable(
                        w.tagged_union(
                            {
                                "json_object": w.ref(
                                    "CountResponseInputTokensRequestResponsesFormatJSONObject"
                                ),
                                "json_schema": w.ref(
                                    "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig"
                                ),
                                "text": w.ref("CountResponseInputTokensRequestResponsesFormatText"),
                                "__unknown__": w.ref("UnknownVariant"),
                            },
                            open_pick("type", ("json_object", "json_schema", "text")),
                        )
                    ),
                    required=False,
                ),
                "verbosity": w.field(
                    w.ref("Literal['low', 'medium', 'high'] | str | None"), required=False
                ),
            },
        ),
        "CountResponseInputTokensRequestResponsesFormatJSONObject": w.typed_dict(
            "CountResponseInputTokensRequestResponsesFormatJSONObject",
            {"type": w.field(w.ref("Literal['json_object'] = 'json_object'"), required=False)},
        ),
        "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig": w.typed_dict(
            "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig",
            {**_NAME_TO_STRICT_FIELDS},
        ),
        "CountResponseInputTokensRequestResponsesFormatText": w.typed_dict(
            "CountResponseInputTokensRequestResponsesFormatText",
            {"type": w.field(w.ref("Literal['text'] = 'text'"), required=False)},
        ),
        "str | list[ResponsesEasyInputMessage | ResponsesMessage | ResponsesOutputMessage | ResponsesFunctionCallOutput | ResponsesReasoningItem | ResponsesFunctionToolCall]": w.union(
            w.STR,
            w.list_of(
                w.union(
                    w.ref("ResponsesEasyInputMessage"),
                    w.ref("ResponsesMessage"),
                    w.ref("ResponsesOutputMessage"),
                    w.ref("ResponsesFunctionCallOutput"),
                    w.ref("ResponsesReasoningItem"),
                    w.ref("ResponsesFunctionToolCall"),
                )
            ),
        ),
        "Literal['disabled'] | None": w.nullable(w.literal("disabled")),
        "list[ResponsesFunctionTool | ResponsesNamespaceTool | UnknownVariant] | None": w.nullable(
            w.list_of(
                w.tagged_union(
                    {
                        "function": w.ref("ResponsesFunctionTool"),
                        "namespace": w.ref("ResponsesNamespaceTool"),
                        "__unknown__": w.ref("UnknownVariant"),
                    },
                    open_pick("type", ("function", "namespace")),
                )
            )
        ),
        "Literal[False] | None": w.nullable(w.literal(False)),
        "list[ResponsesInputFile | ResponsesInputImage | ResponsesInputText | UnknownVariant]": w.list_of(
            w.tagged_union(
                {
                    "input_file": w.ref("ResponsesInputFile"),
                    "input_image": w.ref("ResponsesInputImage"),
                    "input_text": w.ref("ResponsesInputText"),
                    "__unknown__": w.ref("UnknownVariant"),
                },
                open_pick("type", ("input_file", "input_image", "input_text")),
            )
        ),
        "Literal['commentary', 'final_answer'] | str | None": w.nullable(
            w.union(w.literal("commentary", "final_answer"), w.STR)
        ),
        "Literal['message'] | None": w.nullable(w.literal("message")),
        "Literal['input_file'] = 'input_file'": w.default(w.literal("input_file"), "input_file"),
        "Literal['auto', 'low', 'high'] | str | None": w.nullable(
            w.union(w.literal("auto", "low", "high"), w.STR)
        ),
        "Literal['explicit'] = 'explicit'": w.default(w.literal("explicit"), "explicit"),
        "Literal['low', 'high', 'auto', 'original'] | str": w.union(
            w.literal("low", "high", "auto", "original"), w.STR
        ),
        "Literal['input_image'] = 'input_image'": w.default(
            w.literal("input_image"), "input_image"
        ),
        "Literal['input_text'] = 'input_text'": w.default(w.literal("input_text"), "input_text"),
        "Literal['in_progress', 'completed', 'incomplete'] | str | None": w.nullable(
            w.ref("Literal['in_progress', 'completed', 'incomplete'] | str")
        ),
        "Literal['in_progress', 'completed', 'incomplete'] | str": w.union(
            w.literal("in_progress", "completed", "incomplete"), w.STR
        ),
        "Literal['direct'] = 'direct'": w.default(w.literal("direct"), "direct"),
        "Literal['program'] = 'program'": w.default(w.literal("program"), "program"),
        "dict[str, Any] | None": w.nullable(w.ref("dict[str, Any]")),
        "dict[str, Any]": w.dict_of(w.STR, w.ANY),
        "Literal['function'] = 'function'": w.default(w.literal("function"), "function"),
        "list[Literal['direct', 'programmatic'] | str] | None": w.nullable(
            w.list_of(w.union(w.literal("direct", "programmatic"), w.STR))
        ),
        "Literal['text'] = 'text'": w.default(w.literal("text"), "text"),
        "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | str | None": w.nullable(
            w.union(w.literal("none", "minimal", "low", "medium", "high", "xhigh", "max"), w.STR)
        ),
        "Literal['low', 'medium', 'high'] | str | None": w.nullable(
            w.union(w.literal("low", "medium", "high"), w.STR)
        ),
        "Literal['json_object'] = 'json_object'": w.default(
            w.literal("json_object"), "json_object"
        ),
        "Literal['json_schema'] = 'json_schema'": w.default(
            w.literal("json_schema"), "json_schema"
        ),
    }
)

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "create_response_v1_responses_post": (
        w.ref("CreateResponseRequest:top"),
        (
            "CreateResponseRequest:top",
            "CreateResponseRequestResponsesFormatJSONObject",
            "CreateResponseRequestResponsesFormatText",
            "CreateResponseRequestResponsesFormatTextJSONSchemaConfig",
            "CreateResponseRequestResponsesSupportedReasoning",
            "CreateResponseRequestResponsesTextConfig",
            "CreateResponseRequestResponsesToolChoiceFunction",
            "Literal['auto', 'low', 'high'] | str | None",
            "Literal['commentary', 'final_answer'] | str | None",
            "Literal['direct'] = 'direct'",
            "Literal['disabled'] | None",
            "Literal['explicit'] = 'explicit'",
            "Literal['function'] = 'function'",
            "Literal['in_progress', 'completed', 'incomplete'] | str",
            "Literal['in_progress', 'completed', 'incomplete'] | str | None",
            "Literal['input_file'] = 'input_file'",
            "Literal['input_image'] = 'input_image'",
            "Literal['input_text'] = 'input_text'",
            "Literal['json_object'] = 'json_object'",
            "Literal['json_schema'] = 'json_schema'",
            "Literal['low', 'high', 'auto', 'original'] | str",
            "Literal['low', 'medium', 'high'] | str | None",
            "Literal['message'] | None",
            "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | str | None",
            "Literal['program'] = 'program'",
            "Literal['text'] = 'text'",
            "Literal[False] | None",
            "ResponsesAnnotationContainerFileCitation",
            "ResponsesAnnotationFileCitation",
            "ResponsesAnnotationFilePath",
            "ResponsesAnnotationURLCitation",
            "ResponsesCallerDirect",
            "ResponsesCallerProgram",
            "ResponsesContent",
            "ResponsesCustomTool",
            "ResponsesEasyInputMessage",
            "ResponsesFunctionCallOutput",
            "ResponsesFunctionCallOutputCallerDirect",
            "ResponsesFunctionCallOutputCallerProgram",
            "ResponsesFunctionTool",
            "ResponsesFunctionToolCall",
            "ResponsesGrammar",
            "ResponsesInputFile",
            "ResponsesInputFileContent",
            "ResponsesInputFileContentResponsesPromptCacheBreakpoint",
            "ResponsesInputFileResponsesPromptCacheBreakpoint",
            "ResponsesInputImage",
            "ResponsesInputImageContent",
            "ResponsesInputImageContentResponsesPromptCacheBreakpoint",
            "ResponsesInputImageResponsesPromptCacheBreakpoint",
            "ResponsesInputText",
            "ResponsesInputTextContent",
            "ResponsesInputTextContentResponsesPromptCacheBreakpoint",
            "ResponsesInputTextResponsesPromptCacheBreakpoint",
            "ResponsesMessage",
            "ResponsesNamespaceTool",
            "ResponsesOutputMessage",
            "ResponsesOutputRefusal",
            "ResponsesOutputText",
            "ResponsesOutputTextLogprob",
            "ResponsesOutputTextLogprobTopLogprob",
            "ResponsesReasoningItem",
            "ResponsesSummary",
            "ResponsesText",
            "ResponsesToolFunction",
            "UnknownVariant",
            "dict[str, Any]",
            "dict[str, Any] | None",
            "list[Literal['direct', 'programmatic'] | str] | None",
            "list[ResponsesFunctionTool | ResponsesNamespaceTool | UnknownVariant] | None",
            "list[ResponsesInputFile | ResponsesInputImage | ResponsesInputText | UnknownVariant]",
            "str | list[ResponsesEasyInputMessage | ResponsesMessage | ResponsesOutputMessage | ResponsesFunctionCallOutput | ResponsesReasoningItem | ResponsesFunctionToolCall]",
        ),
    ),
    "count_input_tokens_v1_responses_input_tokens_post": (
        w.ref("CountResponseInputTokensRequest:top"),
        (
            "CountResponseInputTokensRequest:top",
            "CountResponseInputTokensRequestResponsesFormatJSONObject",
            "CountResponseInputTokensRequestResponsesFormatText",
            "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig",
            "CountResponseInputTokensRequestResponsesSupportedReasoning",
            "CountResponseInputTokensRequestResponsesTextConfig",
            "CountResponseInputTokensRequestResponsesToolChoiceFunction",
            "Literal['auto', 'low', 'high'] | str | None",
            "Literal['commentary', 'final_answer'] | str | None",
            "Literal['direct'] = 'direct'",
            "Literal['disabled'] | None",
            "Literal['explicit'] = 'explicit'",
            "Literal['function'] = 'function'",
            "Literal['in_progress', 'completed', 'incomplete'] | str",
            "Literal['in_progress', 'completed', 'incomplete'] | str | None",
            "Literal['input_file'] = 'input_file'",
            "Literal['input_image'] = 'input_image'",
            "Literal['input_text'] = 'input_text'",
            "Literal['json_object'] = 'json_object'",
            "Literal['json_schema'] = 'json_schema'",
            "Literal['low', 'high', 'auto', 'original'] | str",
            "Literal['low', 'medium', 'high'] | str | None",
            "Literal['message'] | None",
            "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | str | None",
            "Literal['program'] = 'program'",
            "Literal['text'] = 'text'",
            "ResponsesAnnotationContainerFileCitation",
            "ResponsesAnnotationFileCitation",
            "ResponsesAnnotationFilePath",
            "ResponsesAnnotationURLCitation",
            "ResponsesCallerDirect",
            "ResponsesCallerProgram",
            "ResponsesContent",
            "ResponsesCustomTool",
            "ResponsesEasyInputMessage",
            "ResponsesFunctionCallOutput",
            "ResponsesFunctionCallOutputCallerDirect",
            "ResponsesFunctionCallOutputCallerProgram",
            "ResponsesFunctionTool",
            "ResponsesFunctionToolCall",
            "ResponsesGrammar",
            "ResponsesInputFile",
            "ResponsesInputFileContent",
            "ResponsesInputFileContentResponsesPromptCacheBreakpoint",
            "ResponsesInputFileResponsesPromptCacheBreakpoint",
            "ResponsesInputImage",
            "ResponsesInputImageContent",
            "ResponsesInputImageContentResponsesPromptCacheBreakpoint",
            "ResponsesInputImageResponsesPromptCacheBreakpoint",
            "ResponsesInputText",
            "ResponsesInputTextContent",
            "ResponsesInputTextContentResponsesPromptCacheBreakpoint",
            "ResponsesInputTextResponsesPromptCacheBreakpoint",
            "ResponsesMessage",
            "ResponsesNamespaceTool",
            "ResponsesOutputMessage",
            "ResponsesOutputRefusal",
            "ResponsesOutputText",
            "ResponsesOutputTextLogprob",
            "ResponsesOutputTextLogprobTopLogprob",
            "ResponsesReasoningItem",
            "ResponsesSummary",
            "ResponsesText",
            "ResponsesToolFunction",
            "UnknownVariant",
            "dict[str, Any]",
            "dict[str, Any] | None",
            "list[Literal['direct', 'programmatic'] | str] | None",
            "list[ResponsesFunctionTool | ResponsesNamespaceTool | UnknownVariant] | None",
            "list[ResponsesInputFile | ResponsesInputImage | ResponsesInputText | UnknownVariant]",
            "str | list[ResponsesEasyInputMessage | ResponsesMessage | ResponsesOutputMessage | ResponsesFunctionCallOutput | ResponsesReasoningItem | ResponsesFunctionToolCall]",
        ),
    ),
}
