# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-responses as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import open_pick

DEFS: dict[str, Any] = {
    "CreateResponseRequest:top": {
        "type": "typed-dict",
        "fields": {
            "model": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "input": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "str | list[ResponsesEasyInputMessage | ResponsesMessage | ResponsesOutputMessage | ResponsesFunctionCallOutput | ResponsesReasoningItem | ResponsesFunctionToolCall]",
                },
                "required": True,
            },
            "instructions": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "parallel_tool_calls": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "previous_response_id": {
                "type": "typed-dict-field",
                "schema": {"type": "any"},
                "required": False,
            },
            "truncation": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['disabled'] | None"},
                "required": False,
            },
            "tools": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[ResponsesFunctionTool | ResponsesNamespaceTool | UnknownVariant] | None",
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
                            {
                                "type": "definition-ref",
                                "schema_ref": "CreateResponseRequestResponsesToolChoiceFunction",
                            },
                            {"type": "literal", "expected": ["none", "auto", "required"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "reasoning": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "CreateResponseRequestResponsesSupportedReasoning",
                    },
                },
                "required": False,
            },
            "conversation": {
                "type": "typed-dict-field",
                "schema": {"type": "any"},
                "required": False,
            },
            "prompt": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "text": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "CreateResponseRequestResponsesTextConfig",
                    },
                },
                "required": False,
            },
            "background": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal[False] | None"},
                "required": False,
            },
            "stream": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "store": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal[False] | None"},
                "required": False,
            },
            "max_output_tokens": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
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
            "metadata": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {"type": "str"},
                    },
                },
                "required": False,
            },
            "prompt_cache_key": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "max_tool_calls": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "moderation": {
                "type": "typed-dict-field",
                "schema": {"type": "any"},
                "required": False,
            },
            "top_logprobs": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "literal", "expected": [0]}},
                "required": False,
            },
        },
        "cls_name": "CreateResponseRequest",
        "extra_behavior": "allow",
        "ref": "CreateResponseRequest:top",
    },
    "ResponsesEasyInputMessage": {
        "type": "typed-dict",
        "fields": {
            "content": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "str"},
                        {
                            "type": "definition-ref",
                            "schema_ref": "list[ResponsesInputFile | ResponsesInputImage | ResponsesInputText | UnknownVariant]",
                        },
                    ],
                },
                "required": True,
            },
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "literal",
                            "expected": ["user", "assistant", "system", "developer"],
                        },
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "phase": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['commentary', 'final_answer'] | str | None",
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['message'] | None"},
                "required": False,
            },
        },
        "cls_name": "ResponsesEasyInputMessage",
        "extra_behavior": "allow",
        "ref": "ResponsesEasyInputMessage",
    },
    "ResponsesInputFile": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['input_file'] = 'input_file'",
                },
                "required": False,
            },
            "detail": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['auto', 'low', 'high'] | str | None",
                },
                "required": False,
            },
            "file_data": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "file_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "file_url": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "filename": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "prompt_cache_breakpoint": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "ResponsesInputFileResponsesPromptCacheBreakpoint",
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesInputFile",
        "extra_behavior": "allow",
        "ref": "ResponsesInputFile",
    },
    "ResponsesInputFileResponsesPromptCacheBreakpoint": {
        "type": "typed-dict",
        "fields": {
            "mode": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['explicit'] = 'explicit'",
                },
                "required": False,
            }
        },
        "cls_name": "ResponsesInputFileResponsesPromptCacheBreakpoint",
        "extra_behavior": "allow",
        "ref": "ResponsesInputFileResponsesPromptCacheBreakpoint",
    },
    "ResponsesInputImage": {
        "type": "typed-dict",
        "fields": {
            "detail": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['low', 'high', 'auto', 'original'] | str",
                },
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['input_image'] = 'input_image'",
                },
                "required": False,
            },
            "file_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "image_url": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "prompt_cache_breakpoint": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "ResponsesInputImageResponsesPromptCacheBreakpoint",
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesInputImage",
        "extra_behavior": "allow",
        "ref": "ResponsesInputImage",
    },
    "ResponsesInputImageResponsesPromptCacheBreakpoint": {
        "type": "typed-dict",
        "fields": {
            "mode": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['explicit'] = 'explicit'",
                },
                "required": False,
            }
        },
        "cls_name": "ResponsesInputImageResponsesPromptCacheBreakpoint",
        "extra_behavior": "allow",
        "ref": "ResponsesInputImageResponsesPromptCacheBreakpoint",
    },
    "ResponsesInputText": {
        "type": "typed-dict",
        "fields": {
            "text": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['input_text'] = 'input_text'",
                },
                "required": False,
            },
            "prompt_cache_breakpoint": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "ResponsesInputTextResponsesPromptCacheBreakpoint",
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesInputText",
        "extra_behavior": "allow",
        "ref": "ResponsesInputText",
    },
    "ResponsesInputTextResponsesPromptCacheBreakpoint": {
        "type": "typed-dict",
        "fields": {
            "mode": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['explicit'] = 'explicit'",
                },
                "required": False,
            }
        },
        "cls_name": "ResponsesInputTextResponsesPromptCacheBreakpoint",
        "extra_behavior": "allow",
        "ref": "ResponsesInputTextResponsesPromptCacheBreakpoint",
    },
    "ResponsesMessage": {
        "type": "typed-dict",
        "fields": {
            "content": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[ResponsesInputFile | ResponsesInputImage | ResponsesInputText | UnknownVariant]",
                },
                "required": True,
            },
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["user", "system", "developer"]},
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "status": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['in_progress', 'completed', 'incomplete'] | str | None",
                },
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['message'] | None"},
                "required": False,
            },
        },
        "cls_name": "ResponsesMessage",
        "extra_behavior": "allow",
        "ref": "ResponsesMessage",
    },
    "ResponsesOutputMessage": {
        "type": "typed-dict",
        "fields": {
            "id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "content": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "tagged-union",
                        "choices": {
                            "output_text": {
                                "type": "definition-ref",
                                "schema_ref": "ResponsesOutputText",
                            },
                            "refusal": {
                                "type": "definition-ref",
                                "schema_ref": "ResponsesOutputRefusal",
                            },
                            "__unknown__": {
                                "type": "definition-ref",
                                "schema_ref": "UnknownVariant",
                            },
                        },
                        "discriminator": open_pick("type", ("output_text", "refusal")),
                    },
                },
                "required": True,
            },
            "status": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['in_progress', 'completed', 'incomplete'] | str",
                },
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
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["message"]},
                    "default": "message",
                },
                "required": False,
            },
            "phase": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['commentary', 'final_answer'] | str | None",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesOutputMessage",
        "extra_behavior": "allow",
        "ref": "ResponsesOutputMessage",
    },
    "ResponsesOutputText": {
        "type": "typed-dict",
        "fields": {
            "annotations": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "tagged-union",
                        "choices": {
                            "container_file_citation": {
                                "type": "definition-ref",
                                "schema_ref": "ResponsesAnnotationContainerFileCitation",
                            },
                            "file_citation": {
                                "type": "definition-ref",
                                "schema_ref": "ResponsesAnnotationFileCitation",
                            },
                            "file_path": {
                                "type": "definition-ref",
                                "schema_ref": "ResponsesAnnotationFilePath",
                            },
                            "url_citation": {
                                "type": "definition-ref",
                                "schema_ref": "ResponsesAnnotationURLCitation",
                            },
                            "__unknown__": {
                                "type": "definition-ref",
                                "schema_ref": "UnknownVariant",
                            },
                        },
                        "discriminator": open_pick(
                            "type",
                            (
                                "container_file_citation",
                                "file_citation",
                                "file_path",
                                "url_citation",
                            ),
                        ),
                    },
                },
                "required": True,
            },
            "text": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["output_text"]},
                    "default": "output_text",
                },
                "required": False,
            },
            "logprobs": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "ResponsesOutputTextLogprob",
                        },
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesOutputText",
        "extra_behavior": "allow",
        "ref": "ResponsesOutputText",
    },
    "ResponsesAnnotationContainerFileCitation": {
        "type": "typed-dict",
        "fields": {
            "container_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "end_index": {"type": "typed-dict-field", "schema": {"type": "int"}, "required": True},
            "file_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "filename": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "start_index": {
                "type": "typed-dict-field",
                "schema": {"type": "int"},
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["container_file_citation"]},
                    "default": "container_file_citation",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesAnnotationContainerFileCitation",
        "extra_behavior": "allow",
        "ref": "ResponsesAnnotationContainerFileCitation",
    },
    "ResponsesAnnotationFileCitation": {
        "type": "typed-dict",
        "fields": {
            "file_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "filename": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "index": {"type": "typed-dict-field", "schema": {"type": "int"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["file_citation"]},
                    "default": "file_citation",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesAnnotationFileCitation",
        "extra_behavior": "allow",
        "ref": "ResponsesAnnotationFileCitation",
    },
    "ResponsesAnnotationFilePath": {
        "type": "typed-dict",
        "fields": {
            "file_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "index": {"type": "typed-dict-field", "schema": {"type": "int"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["file_path"]},
                    "default": "file_path",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesAnnotationFilePath",
        "extra_behavior": "allow",
        "ref": "ResponsesAnnotationFilePath",
    },
    "ResponsesAnnotationURLCitation": {
        "type": "typed-dict",
        "fields": {
            "end_index": {"type": "typed-dict-field", "schema": {"type": "int"}, "required": True},
            "start_index": {
                "type": "typed-dict-field",
                "schema": {"type": "int"},
                "required": True,
            },
            "title": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "url": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["url_citation"]},
                    "default": "url_citation",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesAnnotationURLCitation",
        "extra_behavior": "allow",
        "ref": "ResponsesAnnotationURLCitation",
    },
    "ResponsesOutputTextLogprob": {
        "type": "typed-dict",
        "fields": {
            "token": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "bytes": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "int"}},
                "required": True,
                "validation_alias": [["bytes"], ["size_bytes"]],
            },
            "logprob": {"type": "typed-dict-field", "schema": {"type": "float"}, "required": True},
            "top_logprobs": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "definition-ref",
                        "schema_ref": "ResponsesOutputTextLogprobTopLogprob",
                    },
                },
                "required": True,
            },
        },
        "cls_name": "ResponsesOutputTextLogprob",
        "extra_behavior": "allow",
        "ref": "ResponsesOutputTextLogprob",
    },
    "ResponsesOutputTextLogprobTopLogprob": {
        "type": "typed-dict",
        "fields": {
            "token": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "bytes": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "int"}},
                "required": True,
                "validation_alias": [["bytes"], ["size_bytes"]],
            },
            "logprob": {"type": "typed-dict-field", "schema": {"type": "float"}, "required": True},
        },
        "cls_name": "ResponsesOutputTextLogprobTopLogprob",
        "extra_behavior": "allow",
        "ref": "ResponsesOutputTextLogprobTopLogprob",
    },
    "ResponsesOutputRefusal": {
        "type": "typed-dict",
        "fields": {
            "refusal": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["refusal"]},
                    "default": "refusal",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesOutputRefusal",
        "extra_behavior": "allow",
        "ref": "ResponsesOutputRefusal",
    },
    "ResponsesFunctionCallOutput": {
        "type": "typed-dict",
        "fields": {
            "call_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "output": {
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
                                    "input_file": {
                                        "type": "definition-ref",
                                        "schema_ref": "ResponsesInputFileContent",
                                    },
                                    "input_image": {
                                        "type": "definition-ref",
                                        "schema_ref": "ResponsesInputImageContent",
                                    },
                                    "input_text": {
                                        "type": "definition-ref",
                                        "schema_ref": "ResponsesInputTextContent",
                                    },
                                    "__unknown__": {
                                        "type": "definition-ref",
                                        "schema_ref": "UnknownVariant",
                                    },
                                },
                                "discriminator": open_pick(
                                    "type", ("input_file", "input_image", "input_text")
                                ),
                            },
                        },
                    ],
                },
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["function_call_output"]},
                    "default": "function_call_output",
                },
                "required": False,
            },
            "id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "caller": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "tagged-union",
                        "choices": {
                            "direct": {
                                "type": "definition-ref",
                                "schema_ref": "ResponsesFunctionCallOutputCallerDirect",
                            },
                            "program": {
                                "type": "definition-ref",
                                "schema_ref": "ResponsesFunctionCallOutputCallerProgram",
                            },
                            "__unknown__": {
                                "type": "definition-ref",
                                "schema_ref": "UnknownVariant",
                            },
                        },
                        "discriminator": open_pick("type", ("direct", "program")),
                    },
                },
                "required": False,
            },
            "status": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['in_progress', 'completed', 'incomplete'] | str | None",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesFunctionCallOutput",
        "extra_behavior": "allow",
        "ref": "ResponsesFunctionCallOutput",
    },
    "ResponsesInputFileContent": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['input_file'] = 'input_file'",
                },
                "required": False,
            },
            "detail": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['auto', 'low', 'high'] | str | None",
                },
                "required": False,
            },
            "file_data": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "file_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "file_url": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "filename": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "prompt_cache_breakpoint": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "ResponsesInputFileContentResponsesPromptCacheBreakpoint",
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesInputFileContent",
        "extra_behavior": "allow",
        "ref": "ResponsesInputFileContent",
    },
    "ResponsesInputFileContentResponsesPromptCacheBreakpoint": {
        "type": "typed-dict",
        "fields": {
            "mode": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['explicit'] = 'explicit'",
                },
                "required": False,
            }
        },
        "cls_name": "ResponsesInputFileContentResponsesPromptCacheBreakpoint",
        "extra_behavior": "allow",
        "ref": "ResponsesInputFileContentResponsesPromptCacheBreakpoint",
    },
    "ResponsesInputImageContent": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['input_image'] = 'input_image'",
                },
                "required": False,
            },
            "detail": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "Literal['low', 'high', 'auto', 'original'] | str",
                    },
                },
                "required": False,
            },
            "file_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "image_url": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "prompt_cache_breakpoint": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "ResponsesInputImageContentResponsesPromptCacheBreakpoint",
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesInputImageContent",
        "extra_behavior": "allow",
        "ref": "ResponsesInputImageContent",
    },
    "ResponsesInputImageContentResponsesPromptCacheBreakpoint": {
        "type": "typed-dict",
        "fields": {
            "mode": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['explicit'] = 'explicit'",
                },
                "required": False,
            }
        },
        "cls_name": "ResponsesInputImageContentResponsesPromptCacheBreakpoint",
        "extra_behavior": "allow",
        "ref": "ResponsesInputImageContentResponsesPromptCacheBreakpoint",
    },
    "ResponsesInputTextContent": {
        "type": "typed-dict",
        "fields": {
            "text": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['input_text'] = 'input_text'",
                },
                "required": False,
            },
            "prompt_cache_breakpoint": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "ResponsesInputTextContentResponsesPromptCacheBreakpoint",
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesInputTextContent",
        "extra_behavior": "allow",
        "ref": "ResponsesInputTextContent",
    },
    "ResponsesInputTextContentResponsesPromptCacheBreakpoint": {
        "type": "typed-dict",
        "fields": {
            "mode": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['explicit'] = 'explicit'",
                },
                "required": False,
            }
        },
        "cls_name": "ResponsesInputTextContentResponsesPromptCacheBreakpoint",
        "extra_behavior": "allow",
        "ref": "ResponsesInputTextContentResponsesPromptCacheBreakpoint",
    },
    "ResponsesFunctionCallOutputCallerDirect": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['direct'] = 'direct'"},
                "required": False,
            }
        },
        "cls_name": "ResponsesFunctionCallOutputCallerDirect",
        "extra_behavior": "allow",
        "ref": "ResponsesFunctionCallOutputCallerDirect",
    },
    "ResponsesFunctionCallOutputCallerProgram": {
        "type": "typed-dict",
        "fields": {
            "caller_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['program'] = 'program'",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesFunctionCallOutputCallerProgram",
        "extra_behavior": "allow",
        "ref": "ResponsesFunctionCallOutputCallerProgram",
    },
    "ResponsesReasoningItem": {
        "type": "typed-dict",
        "fields": {
            "id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "summary": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {"type": "definition-ref", "schema_ref": "ResponsesSummary"},
                },
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["reasoning"]},
                    "default": "reasoning",
                },
                "required": False,
            },
            "content": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "ResponsesContent",
                        },
                    },
                },
                "required": False,
            },
            "encrypted_content": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "status": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['in_progress', 'completed', 'incomplete'] | str | None",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesReasoningItem",
        "extra_behavior": "allow",
        "ref": "ResponsesReasoningItem",
    },
    "ResponsesSummary": {
        "type": "typed-dict",
        "fields": {
            "text": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["summary_text"]},
                    "default": "summary_text",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesSummary",
        "extra_behavior": "allow",
        "ref": "ResponsesSummary",
    },
    "ResponsesContent": {
        "type": "typed-dict",
        "fields": {
            "text": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["reasoning_text"]},
                    "default": "reasoning_text",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesContent",
        "extra_behavior": "allow",
        "ref": "ResponsesContent",
    },
    "ResponsesFunctionToolCall": {
        "type": "typed-dict",
        "fields": {
            "arguments": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "call_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["function_call"]},
                    "default": "function_call",
                },
                "required": False,
            },
            "id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "caller": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "tagged-union",
                        "choices": {
                            "direct": {
                                "type": "definition-ref",
                                "schema_ref": "ResponsesCallerDirect",
                            },
                            "program": {
                                "type": "definition-ref",
                                "schema_ref": "ResponsesCallerProgram",
                            },
                            "__unknown__": {
                                "type": "definition-ref",
                                "schema_ref": "UnknownVariant",
                            },
                        },
                        "discriminator": open_pick("type", ("direct", "program")),
                    },
                },
                "required": False,
            },
            "namespace": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "status": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['in_progress', 'completed', 'incomplete'] | str | None",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesFunctionToolCall",
        "extra_behavior": "allow",
        "ref": "ResponsesFunctionToolCall",
    },
    "ResponsesCallerDirect": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['direct'] = 'direct'"},
                "required": False,
            }
        },
        "cls_name": "ResponsesCallerDirect",
        "extra_behavior": "allow",
        "ref": "ResponsesCallerDirect",
    },
    "ResponsesCallerProgram": {
        "type": "typed-dict",
        "fields": {
            "caller_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['program'] = 'program'",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesCallerProgram",
        "extra_behavior": "allow",
        "ref": "ResponsesCallerProgram",
    },
    "ResponsesFunctionTool": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "parameters": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any] | None"},
                "required": False,
            },
            "strict": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
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
            "allowed_callers": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['direct', 'programmatic'] | str] | None",
                },
                "required": False,
            },
            "defer_loading": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "output_schema": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any] | None"},
                "required": False,
            },
        },
        "cls_name": "ResponsesFunctionTool",
        "extra_behavior": "allow",
        "ref": "ResponsesFunctionTool",
    },
    "ResponsesNamespaceTool": {
        "type": "typed-dict",
        "fields": {
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "tools": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "tagged-union",
                        "choices": {
                            "custom": {
                                "type": "definition-ref",
                                "schema_ref": "ResponsesCustomTool",
                            },
                            "function": {
                                "type": "definition-ref",
                                "schema_ref": "ResponsesToolFunction",
                            },
                            "__unknown__": {
                                "type": "definition-ref",
                                "schema_ref": "UnknownVariant",
                            },
                        },
                        "discriminator": open_pick("type", ("custom", "function")),
                    },
                },
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["namespace"]},
                    "default": "namespace",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesNamespaceTool",
        "extra_behavior": "allow",
        "ref": "ResponsesNamespaceTool",
    },
    "ResponsesCustomTool": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["custom"]},
                    "default": "custom",
                },
                "required": False,
            },
            "allowed_callers": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['direct', 'programmatic'] | str] | None",
                },
                "required": False,
            },
            "defer_loading": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "format": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "tagged-union",
                        "choices": {
                            "grammar": {"type": "definition-ref", "schema_ref": "ResponsesGrammar"},
                            "text": {"type": "definition-ref", "schema_ref": "ResponsesText"},
                            "__unknown__": {
                                "type": "definition-ref",
                                "schema_ref": "UnknownVariant",
                            },
                        },
                        "discriminator": open_pick("type", ("grammar", "text")),
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesCustomTool",
        "extra_behavior": "allow",
        "ref": "ResponsesCustomTool",
    },
    "ResponsesGrammar": {
        "type": "typed-dict",
        "fields": {
            "definition": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "syntax": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["lark", "regex"]},
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["grammar"]},
                    "default": "grammar",
                },
                "required": False,
            },
        },
        "cls_name": "ResponsesGrammar",
        "extra_behavior": "allow",
        "ref": "ResponsesGrammar",
    },
    "ResponsesText": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['text'] = 'text'"},
                "required": False,
            }
        },
        "cls_name": "ResponsesText",
        "extra_behavior": "allow",
        "ref": "ResponsesText",
    },
    "ResponsesToolFunction": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['function'] = 'function'",
                },
                "required": False,
            },
            "allowed_callers": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['direct', 'programmatic'] | str] | None",
                },
                "required": False,
            },
            "defer_loading": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "output_schema": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any] | None"},
                "required": False,
            },
            "parameters": {
                "type": "typed-dict-field",
                "schema": {"type": "any"},
                "required": False,
            },
            "strict": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
        },
        "cls_name": "ResponsesToolFunction",
        "extra_behavior": "allow",
        "ref": "ResponsesToolFunction",
    },
    "CreateResponseRequestResponsesToolChoiceFunction": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['function'] = 'function'",
                },
                "required": False,
            },
        },
        "cls_name": "CreateResponseRequestResponsesToolChoiceFunction",
        "extra_behavior": "allow",
        "ref": "CreateResponseRequestResponsesToolChoiceFunction",
    },
    "CreateResponseRequestResponsesSupportedReasoning": {
        "type": "typed-dict",
        "fields": {
            "effort": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | str | None",
                },
                "required": False,
            }
        },
        "cls_name": "CreateResponseRequestResponsesSupportedReasoning",
        "extra_behavior": "allow",
        "ref": "CreateResponseRequestResponsesSupportedReasoning",
    },
    "CreateResponseRequestResponsesTextConfig": {
        "type": "typed-dict",
        "fields": {
            "format": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "tagged-union",
                        "choices": {
                            "json_object": {
                                "type": "definition-ref",
                                "schema_ref": "CreateResponseRequestResponsesFormatJSONObject",
                            },
                            "json_schema": {
                                "type": "definition-ref",
                                "schema_ref": "CreateResponseRequestResponsesFormatTextJSONSchemaConfig",
                            },
                            "text": {
                                "type": "definition-ref",
                                "schema_ref": "CreateResponseRequestResponsesFormatText",
                            },
                            "__unknown__": {
                                "type": "definition-ref",
                                "schema_ref": "UnknownVariant",
                            },
                        },
                        "discriminator": open_pick("type", ("json_object", "json_schema", "text")),
                    },
                },
                "required": False,
            },
            "verbosity": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['low', 'medium', 'high'] | str | None",
                },
                "required": False,
            },
        },
        "cls_name": "CreateResponseRequestResponsesTextConfig",
        "extra_behavior": "allow",
        "ref": "CreateResponseRequestResponsesTextConfig",
    },
    "CreateResponseRequestResponsesFormatJSONObject": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['json_object'] = 'json_object'",
                },
                "required": False,
            }
        },
        "cls_name": "CreateResponseRequestResponsesFormatJSONObject",
        "extra_behavior": "allow",
        "ref": "CreateResponseRequestResponsesFormatJSONObject",
    },
    "CreateResponseRequestResponsesFormatTextJSONSchemaConfig": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "schema": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
                "required": True,
                "validation_alias": [["schema"], ["schema_"]],
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['json_schema'] = 'json_schema'",
                },
                "required": False,
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
        "cls_name": "CreateResponseRequestResponsesFormatTextJSONSchemaConfig",
        "extra_behavior": "allow",
        "ref": "CreateResponseRequestResponsesFormatTextJSONSchemaConfig",
    },
    "CreateResponseRequestResponsesFormatText": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['text'] = 'text'"},
                "required": False,
            }
        },
        "cls_name": "CreateResponseRequestResponsesFormatText",
        "extra_behavior": "allow",
        "ref": "CreateResponseRequestResponsesFormatText",
    },
    "CountResponseInputTokensRequest:top": {
        "type": "typed-dict",
        "fields": {
            "model": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "input": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "str | list[ResponsesEasyInputMessage | ResponsesMessage | ResponsesOutputMessage | ResponsesFunctionCallOutput | ResponsesReasoningItem | ResponsesFunctionToolCall]",
                },
                "required": True,
            },
            "instructions": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "parallel_tool_calls": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "previous_response_id": {
                "type": "typed-dict-field",
                "schema": {"type": "any"},
                "required": False,
            },
            "truncation": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['disabled'] | None"},
                "required": False,
            },
            "tools": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[ResponsesFunctionTool | ResponsesNamespaceTool | UnknownVariant] | None",
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
                            {
                                "type": "definition-ref",
                                "schema_ref": "CountResponseInputTokensRequestResponsesToolChoiceFunction",
                            },
                            {"type": "literal", "expected": ["none", "auto", "required"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "reasoning": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "CountResponseInputTokensRequestResponsesSupportedReasoning",
                    },
                },
                "required": False,
            },
            "conversation": {
                "type": "typed-dict-field",
                "schema": {"type": "any"},
                "required": False,
            },
            "prompt": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "text": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "CountResponseInputTokensRequestResponsesTextConfig",
                    },
                },
                "required": False,
            },
        },
        "cls_name": "CountResponseInputTokensRequest",
        "extra_behavior": "allow",
        "ref": "CountResponseInputTokensRequest:top",
    },
    "CountResponseInputTokensRequestResponsesToolChoiceFunction": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['function'] = 'function'",
                },
                "required": False,
            },
        },
        "cls_name": "CountResponseInputTokensRequestResponsesToolChoiceFunction",
        "extra_behavior": "allow",
        "ref": "CountResponseInputTokensRequestResponsesToolChoiceFunction",
    },
    "CountResponseInputTokensRequestResponsesSupportedReasoning": {
        "type": "typed-dict",
        "fields": {
            "effort": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | str | None",
                },
                "required": False,
            }
        },
        "cls_name": "CountResponseInputTokensRequestResponsesSupportedReasoning",
        "extra_behavior": "allow",
        "ref": "CountResponseInputTokensRequestResponsesSupportedReasoning",
    },
    "CountResponseInputTokensRequestResponsesTextConfig": {
        "type": "typed-dict",
        "fields": {
            "format": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "tagged-union",
                        "choices": {
                            "json_object": {
                                "type": "definition-ref",
                                "schema_ref": "CountResponseInputTokensRequestResponsesFormatJSONObject",
                            },
                            "json_schema": {
                                "type": "definition-ref",
                                "schema_ref": "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig",
                            },
                            "text": {
                                "type": "definition-ref",
                                "schema_ref": "CountResponseInputTokensRequestResponsesFormatText",
                            },
                            "__unknown__": {
                                "type": "definition-ref",
                                "schema_ref": "UnknownVariant",
                            },
                        },
                        "discriminator": open_pick("type", ("json_object", "json_schema", "text")),
                    },
                },
                "required": False,
            },
            "verbosity": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['low', 'medium', 'high'] | str | None",
                },
                "required": False,
            },
        },
        "cls_name": "CountResponseInputTokensRequestResponsesTextConfig",
        "extra_behavior": "allow",
        "ref": "CountResponseInputTokensRequestResponsesTextConfig",
    },
    "CountResponseInputTokensRequestResponsesFormatJSONObject": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['json_object'] = 'json_object'",
                },
                "required": False,
            }
        },
        "cls_name": "CountResponseInputTokensRequestResponsesFormatJSONObject",
        "extra_behavior": "allow",
        "ref": "CountResponseInputTokensRequestResponsesFormatJSONObject",
    },
    "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "schema": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
                "required": True,
                "validation_alias": [["schema"], ["schema_"]],
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['json_schema'] = 'json_schema'",
                },
                "required": False,
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
        "cls_name": "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig",
        "extra_behavior": "allow",
        "ref": "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig",
    },
    "CountResponseInputTokensRequestResponsesFormatText": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['text'] = 'text'"},
                "required": False,
            }
        },
        "cls_name": "CountResponseInputTokensRequestResponsesFormatText",
        "extra_behavior": "allow",
        "ref": "CountResponseInputTokensRequestResponsesFormatText",
    },
    "str | list[ResponsesEasyInputMessage | ResponsesMessage | ResponsesOutputMessage | ResponsesFunctionCallOutput | ResponsesReasoningItem | ResponsesFunctionToolCall]": {
        "type": "union",
        "choices": [
            {"type": "str"},
            {
                "type": "list",
                "items_schema": {
                    "type": "union",
                    "choices": [
                        {"type": "definition-ref", "schema_ref": "ResponsesEasyInputMessage"},
                        {"type": "definition-ref", "schema_ref": "ResponsesMessage"},
                        {"type": "definition-ref", "schema_ref": "ResponsesOutputMessage"},
                        {"type": "definition-ref", "schema_ref": "ResponsesFunctionCallOutput"},
                        {"type": "definition-ref", "schema_ref": "ResponsesReasoningItem"},
                        {"type": "definition-ref", "schema_ref": "ResponsesFunctionToolCall"},
                    ],
                },
            },
        ],
        "ref": "str | list[ResponsesEasyInputMessage | ResponsesMessage | ResponsesOutputMessage | ResponsesFunctionCallOutput | ResponsesReasoningItem | ResponsesFunctionToolCall]",
    },
    "Literal['disabled'] | None": {
        "type": "nullable",
        "schema": {"type": "literal", "expected": ["disabled"]},
        "ref": "Literal['disabled'] | None",
    },
    "list[ResponsesFunctionTool | ResponsesNamespaceTool | UnknownVariant] | None": {
        "type": "nullable",
        "schema": {
            "type": "list",
            "items_schema": {
                "type": "tagged-union",
                "choices": {
                    "function": {"type": "definition-ref", "schema_ref": "ResponsesFunctionTool"},
                    "namespace": {"type": "definition-ref", "schema_ref": "ResponsesNamespaceTool"},
                    "__unknown__": {"type": "definition-ref", "schema_ref": "UnknownVariant"},
                },
                "discriminator": open_pick("type", ("function", "namespace")),
            },
        },
        "ref": "list[ResponsesFunctionTool | ResponsesNamespaceTool | UnknownVariant] | None",
    },
    "Literal[False] | None": {
        "type": "nullable",
        "schema": {"type": "literal", "expected": [False]},
        "ref": "Literal[False] | None",
    },
    "list[ResponsesInputFile | ResponsesInputImage | ResponsesInputText | UnknownVariant]": {
        "type": "list",
        "items_schema": {
            "type": "tagged-union",
            "choices": {
                "input_file": {"type": "definition-ref", "schema_ref": "ResponsesInputFile"},
                "input_image": {"type": "definition-ref", "schema_ref": "ResponsesInputImage"},
                "input_text": {"type": "definition-ref", "schema_ref": "ResponsesInputText"},
                "__unknown__": {"type": "definition-ref", "schema_ref": "UnknownVariant"},
            },
            "discriminator": open_pick("type", ("input_file", "input_image", "input_text")),
        },
        "ref": "list[ResponsesInputFile | ResponsesInputImage | ResponsesInputText | UnknownVariant]",
    },
    "Literal['commentary', 'final_answer'] | str | None": {
        "type": "nullable",
        "schema": {
            "type": "union",
            "choices": [
                {"type": "literal", "expected": ["commentary", "final_answer"]},
                {"type": "str"},
            ],
        },
        "ref": "Literal['commentary', 'final_answer'] | str | None",
    },
    "Literal['message'] | None": {
        "type": "nullable",
        "schema": {"type": "literal", "expected": ["message"]},
        "ref": "Literal['message'] | None",
    },
    "Literal['input_file'] = 'input_file'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["input_file"]},
        "default": "input_file",
        "ref": "Literal['input_file'] = 'input_file'",
    },
    "Literal['auto', 'low', 'high'] | str | None": {
        "type": "nullable",
        "schema": {
            "type": "union",
            "choices": [{"type": "literal", "expected": ["auto", "low", "high"]}, {"type": "str"}],
        },
        "ref": "Literal['auto', 'low', 'high'] | str | None",
    },
    "Literal['explicit'] = 'explicit'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["explicit"]},
        "default": "explicit",
        "ref": "Literal['explicit'] = 'explicit'",
    },
    "Literal['low', 'high', 'auto', 'original'] | str": {
        "type": "union",
        "choices": [
            {"type": "literal", "expected": ["low", "high", "auto", "original"]},
            {"type": "str"},
        ],
        "ref": "Literal['low', 'high', 'auto', 'original'] | str",
    },
    "Literal['input_image'] = 'input_image'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["input_image"]},
        "default": "input_image",
        "ref": "Literal['input_image'] = 'input_image'",
    },
    "Literal['input_text'] = 'input_text'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["input_text"]},
        "default": "input_text",
        "ref": "Literal['input_text'] = 'input_text'",
    },
    "Literal['in_progress', 'completed', 'incomplete'] | str | None": {
        "type": "nullable",
        "schema": {
            "type": "definition-ref",
            "schema_ref": "Literal['in_progress', 'completed', 'incomplete'] | str",
        },
        "ref": "Literal['in_progress', 'completed', 'incomplete'] | str | None",
    },
    "Literal['in_progress', 'completed', 'incomplete'] | str": {
        "type": "union",
        "choices": [
            {"type": "literal", "expected": ["in_progress", "completed", "incomplete"]},
            {"type": "str"},
        ],
        "ref": "Literal['in_progress', 'completed', 'incomplete'] | str",
    },
    "Literal['direct'] = 'direct'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["direct"]},
        "default": "direct",
        "ref": "Literal['direct'] = 'direct'",
    },
    "Literal['program'] = 'program'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["program"]},
        "default": "program",
        "ref": "Literal['program'] = 'program'",
    },
    "dict[str, Any] | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
        "ref": "dict[str, Any] | None",
    },
    "dict[str, Any]": {
        "type": "dict",
        "keys_schema": {"type": "str"},
        "values_schema": {"type": "any"},
        "ref": "dict[str, Any]",
    },
    "Literal['function'] = 'function'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["function"]},
        "default": "function",
        "ref": "Literal['function'] = 'function'",
    },
    "list[Literal['direct', 'programmatic'] | str] | None": {
        "type": "nullable",
        "schema": {
            "type": "list",
            "items_schema": {
                "type": "union",
                "choices": [
                    {"type": "literal", "expected": ["direct", "programmatic"]},
                    {"type": "str"},
                ],
            },
        },
        "ref": "list[Literal['direct', 'programmatic'] | str] | None",
    },
    "Literal['text'] = 'text'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["text"]},
        "default": "text",
        "ref": "Literal['text'] = 'text'",
    },
    "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | str | None": {
        "type": "nullable",
        "schema": {
            "type": "union",
            "choices": [
                {
                    "type": "literal",
                    "expected": ["none", "minimal", "low", "medium", "high", "xhigh", "max"],
                },
                {"type": "str"},
            ],
        },
        "ref": "Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | str | None",
    },
    "Literal['low', 'medium', 'high'] | str | None": {
        "type": "nullable",
        "schema": {
            "type": "union",
            "choices": [
                {"type": "literal", "expected": ["low", "medium", "high"]},
                {"type": "str"},
            ],
        },
        "ref": "Literal['low', 'medium', 'high'] | str | None",
    },
    "Literal['json_object'] = 'json_object'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["json_object"]},
        "default": "json_object",
        "ref": "Literal['json_object'] = 'json_object'",
    },
    "Literal['json_schema'] = 'json_schema'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["json_schema"]},
        "default": "json_schema",
        "ref": "Literal['json_schema'] = 'json_schema'",
    },
}

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "create_response_v1_responses_post": (
        {"type": "definition-ref", "schema_ref": "CreateResponseRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "CountResponseInputTokensRequest:top"},
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
