# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-context as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import open_pick

DEFS: dict[str, Any] = {
    "CreateManagedIndexRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "config": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "ManagedIndexConfig"},
                "required": True,
            },
            "schema": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "ManagedIndexFields"},
                },
                "required": False,
                "validation_alias": [["schema"], ["schema_"]],
            },
        },
        "cls_name": "CreateManagedIndexRequest",
        "extra_behavior": "allow",
        "ref": "CreateManagedIndexRequest:top",
    },
    "ManagedIndexConfig": {
        "type": "typed-dict",
        "fields": {
            "embedding": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "definition-ref", "schema_ref": "CustomEmbeddingModel"},
                        {"type": "definition-ref", "schema_ref": "MistralEmbeddingModel"},
                    ],
                },
                "required": True,
            }
        },
        "cls_name": "ManagedIndexConfig",
        "extra_behavior": "allow",
        "ref": "ManagedIndexConfig",
    },
    "CustomEmbeddingModel": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "dimensions": {"type": "typed-dict-field", "schema": {"type": "int"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["custom"]},
                    "default": "custom",
                },
                "required": False,
            },
            "dtype": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['float16', 'float32'] | str | None",
                },
                "required": False,
            },
            "distance_metric": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['cosine', 'inner_product', 'l2'] | str | None",
                },
                "required": False,
            },
        },
        "cls_name": "CustomEmbeddingModel",
        "extra_behavior": "allow",
        "ref": "CustomEmbeddingModel",
    },
    "MistralEmbeddingModel": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "dimensions": {"type": "typed-dict-field", "schema": {"type": "int"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["mistral"]},
                    "default": "mistral",
                },
                "required": False,
            },
            "dtype": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['float16', 'float32'] | str | None",
                },
                "required": False,
            },
            "distance_metric": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['cosine', 'inner_product', 'l2'] | str | None",
                },
                "required": False,
            },
        },
        "cls_name": "MistralEmbeddingModel",
        "extra_behavior": "allow",
        "ref": "MistralEmbeddingModel",
    },
    "ManagedIndexFields": {
        "type": "typed-dict",
        "fields": {
            "document_fields": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "dict[str, BoolFieldDefinition | BoolArrayFieldDefinition | DenseVectorFieldDefinition | FloatFieldDefinition | FloatArrayFieldDefinition | IntFieldDefinition | IntArrayFieldDefinition | JSONFieldDefinition | KeywordFieldDefinition | KeywordArrayFieldDefinition | LongFieldDefinition | LongArrayFieldDefinition | TextFieldDefinition | TextArrayFieldDefinition | TimestampFieldDefinition | TimestampArrayFieldDefinition] | None",
                },
                "required": False,
            },
            "chunk_fields": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "dict[str, BoolFieldDefinition | BoolArrayFieldDefinition | DenseVectorFieldDefinition | FloatFieldDefinition | FloatArrayFieldDefinition | IntFieldDefinition | IntArrayFieldDefinition | JSONFieldDefinition | KeywordFieldDefinition | KeywordArrayFieldDefinition | LongFieldDefinition | LongArrayFieldDefinition | TextFieldDefinition | TextArrayFieldDefinition | TimestampFieldDefinition | TimestampArrayFieldDefinition] | None",
                },
                "required": False,
            },
        },
        "cls_name": "ManagedIndexFields",
        "extra_behavior": "allow",
        "ref": "ManagedIndexFields",
    },
    "BoolFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["bool"]},
                    "default": "bool",
                },
                "required": False,
            },
        },
        "cls_name": "BoolFieldDefinition",
        "extra_behavior": "allow",
        "ref": "BoolFieldDefinition",
    },
    "BoolArrayFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["bool[]"]},
                    "default": "bool[]",
                },
                "required": False,
            },
        },
        "cls_name": "BoolArrayFieldDefinition",
        "extra_behavior": "allow",
        "ref": "BoolArrayFieldDefinition",
    },
    "DenseVectorFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["dense_vector"]},
                    "default": "dense_vector",
                },
                "required": False,
            },
        },
        "cls_name": "DenseVectorFieldDefinition",
        "extra_behavior": "allow",
        "ref": "DenseVectorFieldDefinition",
    },
    "FloatFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["float"]},
                    "default": "float",
                },
                "required": False,
            },
        },
        "cls_name": "FloatFieldDefinition",
        "extra_behavior": "allow",
        "ref": "FloatFieldDefinition",
    },
    "FloatArrayFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["float[]"]},
                    "default": "float[]",
                },
                "required": False,
            },
        },
        "cls_name": "FloatArrayFieldDefinition",
        "extra_behavior": "allow",
        "ref": "FloatArrayFieldDefinition",
    },
    "IntFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["int"]},
                    "default": "int",
                },
                "required": False,
            },
        },
        "cls_name": "IntFieldDefinition",
        "extra_behavior": "allow",
        "ref": "IntFieldDefinition",
    },
    "IntArrayFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["int[]"]},
                    "default": "int[]",
                },
                "required": False,
            },
        },
        "cls_name": "IntArrayFieldDefinition",
        "extra_behavior": "allow",
        "ref": "IntArrayFieldDefinition",
    },
    "JSONFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["json"]},
                    "default": "json",
                },
                "required": False,
            },
        },
        "cls_name": "JSONFieldDefinition",
        "extra_behavior": "allow",
        "ref": "JSONFieldDefinition",
    },
    "KeywordFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['keyword'] = 'keyword'",
                },
                "required": False,
            },
        },
        "cls_name": "KeywordFieldDefinition",
        "extra_behavior": "allow",
        "ref": "KeywordFieldDefinition",
    },
    "KeywordArrayFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["keyword[]"]},
                    "default": "keyword[]",
                },
                "required": False,
            },
        },
        "cls_name": "KeywordArrayFieldDefinition",
        "extra_behavior": "allow",
        "ref": "KeywordArrayFieldDefinition",
    },
    "LongFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["long"]},
                    "default": "long",
                },
                "required": False,
            },
        },
        "cls_name": "LongFieldDefinition",
        "extra_behavior": "allow",
        "ref": "LongFieldDefinition",
    },
    "LongArrayFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["long[]"]},
                    "default": "long[]",
                },
                "required": False,
            },
        },
        "cls_name": "LongArrayFieldDefinition",
        "extra_behavior": "allow",
        "ref": "LongArrayFieldDefinition",
    },
    "TextFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["text"]},
                    "default": "text",
                },
                "required": False,
            },
        },
        "cls_name": "TextFieldDefinition",
        "extra_behavior": "allow",
        "ref": "TextFieldDefinition",
    },
    "TextArrayFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["text[]"]},
                    "default": "text[]",
                },
                "required": False,
            },
        },
        "cls_name": "TextArrayFieldDefinition",
        "extra_behavior": "allow",
        "ref": "TextArrayFieldDefinition",
    },
    "TimestampFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["timestamp"]},
                    "default": "timestamp",
                },
                "required": False,
            },
        },
        "cls_name": "TimestampFieldDefinition",
        "extra_behavior": "allow",
        "ref": "TimestampFieldDefinition",
    },
    "TimestampArrayFieldDefinition": {
        "type": "typed-dict",
        "fields": {
            "indexed": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "required": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "default": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": False},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["timestamp[]"]},
                    "default": "timestamp[]",
                },
                "required": False,
            },
        },
        "cls_name": "TimestampArrayFieldDefinition",
        "extra_behavior": "allow",
        "ref": "TimestampArrayFieldDefinition",
    },
    "UpdateManagedIndexRequest:top": {
        "type": "typed-dict",
        "fields": {
            "schema": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "ManagedIndexFields"},
                "required": True,
                "validation_alias": [["schema"], ["schema_"]],
            }
        },
        "cls_name": "UpdateManagedIndexRequest",
        "extra_behavior": "allow",
        "ref": "UpdateManagedIndexRequest:top",
    },
    "IngestDocumentsRequest:top": {
        "type": "typed-dict",
        "fields": {
            "documents": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {"type": "any"},
                    },
                },
                "required": True,
            }
        },
        "cls_name": "IngestDocumentsRequest",
        "extra_behavior": "allow",
        "ref": "IngestDocumentsRequest:top",
    },
    "DeleteDocumentsRequest:top": {
        "type": "typed-dict",
        "fields": {
            "document_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            }
        },
        "cls_name": "DeleteDocumentsRequest",
        "extra_behavior": "allow",
        "ref": "DeleteDocumentsRequest:top",
    },
    "SearchRequest:top": {
        "type": "typed-dict",
        "fields": {
            "retriever": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "tagged-union",
                    "choices": {
                        "keyword": {"type": "definition-ref", "schema_ref": "KeywordRetriever"},
                        "nearest_neighbour": {
                            "type": "definition-ref",
                            "schema_ref": "NearestNeighbourRetriever",
                        },
                        "rrf": {"type": "definition-ref", "schema_ref": "RRFRetriever"},
                        "__unknown__": {"type": "definition-ref", "schema_ref": "UnknownVariant"},
                    },
                    "discriminator": open_pick("type", ("keyword", "nearest_neighbour", "rrf")),
                },
                "required": True,
            }
        },
        "cls_name": "SearchRequest",
        "extra_behavior": "allow",
        "ref": "SearchRequest:top",
    },
    "KeywordRetriever": {
        "type": "typed-dict",
        "fields": {
            "query": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "top_k": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['keyword'] = 'keyword'",
                },
                "required": False,
            },
            "operator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["and", "or"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "filter": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "And | Equal | In | Not | Or | Range | UnknownVariant | None",
                },
                "required": False,
            },
            "field": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "KeywordRetriever",
        "extra_behavior": "allow",
        "ref": "KeywordRetriever",
    },
    "And": {
        "type": "typed-dict",
        "fields": {
            "matches": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[And | Equal | In | Not | Or | Range | UnknownVariant]",
                },
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["and"]},
                    "default": "and",
                },
                "required": False,
            },
        },
        "cls_name": "And",
        "extra_behavior": "allow",
        "ref": "And",
    },
    "Equal": {
        "type": "typed-dict",
        "fields": {
            "field": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "value": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "int | float | datetime | str"},
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["equal"]},
                    "default": "equal",
                },
                "required": False,
            },
        },
        "cls_name": "Equal",
        "extra_behavior": "allow",
        "ref": "Equal",
    },
    "In": {
        "type": "typed-dict",
        "fields": {
            "field": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "values": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "definition-ref",
                        "schema_ref": "int | float | datetime | str",
                    },
                },
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["in"]},
                    "default": "in",
                },
                "required": False,
            },
        },
        "cls_name": "In",
        "extra_behavior": "allow",
        "ref": "In",
    },
    "Not": {
        "type": "typed-dict",
        "fields": {
            "match": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "And | Equal | In | Not | Or | Range | UnknownVariant",
                },
                "required": True,
                "validation_alias": [["match"], ["match_"]],
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["not"]},
                    "default": "not",
                },
                "required": False,
            },
        },
        "cls_name": "Not",
        "extra_behavior": "allow",
        "ref": "Not",
    },
    "Or": {
        "type": "typed-dict",
        "fields": {
            "matches": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[And | Equal | In | Not | Or | Range | UnknownVariant]",
                },
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["or"]},
                    "default": "or",
                },
                "required": False,
            },
        },
        "cls_name": "Or",
        "extra_behavior": "allow",
        "ref": "Or",
    },
    "Range": {
        "type": "typed-dict",
        "fields": {
            "field": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["range"]},
                    "default": "range",
                },
                "required": False,
            },
            "gt": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "int | float | datetime | None"},
                "required": False,
            },
            "gte": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "int | float | datetime | None"},
                "required": False,
            },
            "lt": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "int | float | datetime | None"},
                "required": False,
            },
            "lte": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "int | float | datetime | None"},
                "required": False,
            },
        },
        "cls_name": "Range",
        "extra_behavior": "allow",
        "ref": "Range",
    },
    "NearestNeighbourRetriever": {
        "type": "typed-dict",
        "fields": {
            "top_k": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["nearest_neighbour"]},
                    "default": "nearest_neighbour",
                },
                "required": False,
            },
            "query": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "query_embedding": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[float] | None"},
                "required": False,
            },
            "field": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "filter": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "And | Equal | In | Not | Or | Range | UnknownVariant | None",
                },
                "required": False,
            },
            "max_candidates": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
        },
        "cls_name": "NearestNeighbourRetriever",
        "extra_behavior": "allow",
        "ref": "NearestNeighbourRetriever",
    },
    "RRFRetriever": {
        "type": "typed-dict",
        "fields": {
            "retrievers": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "tagged-union",
                        "choices": {
                            "keyword": {"type": "definition-ref", "schema_ref": "KeywordRetriever"},
                            "nearest_neighbour": {
                                "type": "definition-ref",
                                "schema_ref": "NearestNeighbourRetriever",
                            },
                            "__unknown__": {
                                "type": "definition-ref",
                                "schema_ref": "UnknownVariant",
                            },
                        },
                        "discriminator": open_pick("type", ("keyword", "nearest_neighbour")),
                    },
                },
                "required": True,
            },
            "top_k": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["rrf"]},
                    "default": "rrf",
                },
                "required": False,
            },
            "weights": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[float] | None"},
                "required": False,
            },
            "rank_constant": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "filter": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "And | Equal | In | Not | Or | Range | UnknownVariant | None",
                },
                "required": False,
            },
        },
        "cls_name": "RRFRetriever",
        "extra_behavior": "allow",
        "ref": "RRFRetriever",
    },
    "NavigateRequest:top": {
        "type": "typed-dict",
        "fields": {
            "source_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "start_offset": {
                "type": "typed-dict-field",
                "schema": {"type": "int"},
                "required": True,
            },
            "end_offset": {"type": "typed-dict-field", "schema": {"type": "int"}, "required": True},
            "direction": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["next", "previous"]},
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "top_k": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "content_type": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "NavigateRequest",
        "extra_behavior": "allow",
        "ref": "NavigateRequest:top",
    },
    "ReadRequest:top": {
        "type": "typed-dict",
        "fields": {
            "source_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "start_offset": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "end_offset": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "top_k": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "content_type": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "ReadRequest",
        "extra_behavior": "allow",
        "ref": "ReadRequest:top",
    },
    "GrepRequest:top": {
        "type": "typed-dict",
        "fields": {
            "source_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "pattern": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "mode": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["phrase", "term"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "top_k": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "content_type": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "GrepRequest",
        "extra_behavior": "allow",
        "ref": "GrepRequest:top",
    },
    "UpdateSummaryRequestSummary:top": {
        "type": "typed-dict",
        "fields": {
            "content": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "status": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["handwritten", "generated_confirmed"]},
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "translated": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": True,
            },
        },
        "cls_name": "UpdateSummaryRequestSummary",
        "extra_behavior": "allow",
        "ref": "UpdateSummaryRequestSummary:top",
    },
    "Literal['float16', 'float32'] | str | None": {
        "type": "nullable",
        "schema": {
            "type": "union",
            "choices": [{"type": "literal", "expected": ["float16", "float32"]}, {"type": "str"}],
        },
        "ref": "Literal['float16', 'float32'] | str | None",
    },
    "Literal['cosine', 'inner_product', 'l2'] | str | None": {
        "type": "nullable",
        "schema": {
            "type": "union",
            "choices": [
                {"type": "literal", "expected": ["cosine", "inner_product", "l2"]},
                {"type": "str"},
            ],
        },
        "ref": "Literal['cosine', 'inner_product', 'l2'] | str | None",
    },
    "dict[str, BoolFieldDefinition | BoolArrayFieldDefinition | DenseVectorFieldDefinition | FloatFieldDefinition | FloatArrayFieldDefinition | IntFieldDefinition | IntArrayFieldDefinition | JSONFieldDefinition | KeywordFieldDefinition | KeywordArrayFieldDefinition | LongFieldDefinition | LongArrayFieldDefinition | TextFieldDefinition | TextArrayFieldDefinition | TimestampFieldDefinition | TimestampArrayFieldDefinition] | None": {
        "type": "nullable",
        "schema": {
            "type": "dict",
            "keys_schema": {"type": "str"},
            "values_schema": {
                "type": "union",
                "choices": [
                    {"type": "definition-ref", "schema_ref": "BoolFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "BoolArrayFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "DenseVectorFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "FloatFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "FloatArrayFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "IntFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "IntArrayFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "JSONFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "KeywordFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "KeywordArrayFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "LongFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "LongArrayFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "TextFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "TextArrayFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "TimestampFieldDefinition"},
                    {"type": "definition-ref", "schema_ref": "TimestampArrayFieldDefinition"},
                ],
            },
        },
        "ref": "dict[str, BoolFieldDefinition | BoolArrayFieldDefinition | DenseVectorFieldDefinition | FloatFieldDefinition | FloatArrayFieldDefinition | IntFieldDefinition | IntArrayFieldDefinition | JSONFieldDefinition | KeywordFieldDefinition | KeywordArrayFieldDefinition | LongFieldDefinition | LongArrayFieldDefinition | TextFieldDefinition | TextArrayFieldDefinition | TimestampFieldDefinition | TimestampArrayFieldDefinition] | None",
    },
    "Literal['keyword'] = 'keyword'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["keyword"]},
        "default": "keyword",
        "ref": "Literal['keyword'] = 'keyword'",
    },
    "And | Equal | In | Not | Or | Range | UnknownVariant | None": {
        "type": "nullable",
        "schema": {
            "type": "definition-ref",
            "schema_ref": "And | Equal | In | Not | Or | Range | UnknownVariant",
        },
        "ref": "And | Equal | In | Not | Or | Range | UnknownVariant | None",
    },
    "And | Equal | In | Not | Or | Range | UnknownVariant": {
        "type": "tagged-union",
        "choices": {
            "and": {"type": "definition-ref", "schema_ref": "And"},
            "equal": {"type": "definition-ref", "schema_ref": "Equal"},
            "in": {"type": "definition-ref", "schema_ref": "In"},
            "not": {"type": "definition-ref", "schema_ref": "Not"},
            "or": {"type": "definition-ref", "schema_ref": "Or"},
            "range": {"type": "definition-ref", "schema_ref": "Range"},
            "__unknown__": {"type": "definition-ref", "schema_ref": "UnknownVariant"},
        },
        "discriminator": open_pick("type", ("and", "equal", "in", "not", "or", "range")),
        "ref": "And | Equal | In | Not | Or | Range | UnknownVariant",
    },
    "list[And | Equal | In | Not | Or | Range | UnknownVariant]": {
        "type": "list",
        "items_schema": {
            "type": "definition-ref",
            "schema_ref": "And | Equal | In | Not | Or | Range | UnknownVariant",
        },
        "ref": "list[And | Equal | In | Not | Or | Range | UnknownVariant]",
    },
    "int | float | datetime | str": {
        "type": "union",
        "choices": [
            {"type": "int"},
            {"type": "float"},
            {"type": "datetime", "microseconds_precision": "truncate"},
            {"type": "str"},
        ],
        "ref": "int | float | datetime | str",
    },
    "int | float | datetime | None": {
        "type": "nullable",
        "schema": {
            "type": "union",
            "choices": [
                {"type": "int"},
                {"type": "float"},
                {"type": "datetime", "microseconds_precision": "truncate"},
            ],
        },
        "ref": "int | float | datetime | None",
    },
    "list[float] | None": {
        "type": "nullable",
        "schema": {"type": "list", "items_schema": {"type": "float"}},
        "ref": "list[float] | None",
    },
}

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "create_index_v1_context_search_indexes_post": (
        {"type": "definition-ref", "schema_ref": "CreateManagedIndexRequest:top"},
        (
            "BoolArrayFieldDefinition",
            "BoolFieldDefinition",
            "CreateManagedIndexRequest:top",
            "CustomEmbeddingModel",
            "DenseVectorFieldDefinition",
            "FloatArrayFieldDefinition",
            "FloatFieldDefinition",
            "IntArrayFieldDefinition",
            "IntFieldDefinition",
            "JSONFieldDefinition",
            "KeywordArrayFieldDefinition",
            "KeywordFieldDefinition",
            "Literal['cosine', 'inner_product', 'l2'] | str | None",
            "Literal['float16', 'float32'] | str | None",
            "Literal['keyword'] = 'keyword'",
            "LongArrayFieldDefinition",
            "LongFieldDefinition",
            "ManagedIndexConfig",
            "ManagedIndexFields",
            "MistralEmbeddingModel",
            "TextArrayFieldDefinition",
            "TextFieldDefinition",
            "TimestampArrayFieldDefinition",
            "TimestampFieldDefinition",
            "dict[str, BoolFieldDefinition | BoolArrayFieldDefinition | DenseVectorFieldDefinition | FloatFieldDefinition | FloatArrayFieldDefinition | IntFieldDefinition | IntArrayFieldDefinition | JSONFieldDefinition | KeywordFieldDefinition | KeywordArrayFieldDefinition | LongFieldDefinition | LongArrayFieldDefinition | TextFieldDefinition | TextArrayFieldDefinition | TimestampFieldDefinition | TimestampArrayFieldDefinition] | None",
        ),
    ),
    "update_index_v1_context_search_indexes__index_name__put": (
        {"type": "definition-ref", "schema_ref": "UpdateManagedIndexRequest:top"},
        (
            "BoolArrayFieldDefinition",
            "BoolFieldDefinition",
            "DenseVectorFieldDefinition",
            "FloatArrayFieldDefinition",
            "FloatFieldDefinition",
            "IntArrayFieldDefinition",
            "IntFieldDefinition",
            "JSONFieldDefinition",
            "KeywordArrayFieldDefinition",
            "KeywordFieldDefinition",
            "Literal['keyword'] = 'keyword'",
            "LongArrayFieldDefinition",
            "LongFieldDefinition",
            "ManagedIndexFields",
            "TextArrayFieldDefinition",
            "TextFieldDefinition",
            "TimestampArrayFieldDefinition",
            "TimestampFieldDefinition",
            "UpdateManagedIndexRequest:top",
            "dict[str, BoolFieldDefinition | BoolArrayFieldDefinition | DenseVectorFieldDefinition | FloatFieldDefinition | FloatArrayFieldDefinition | IntFieldDefinition | IntArrayFieldDefinition | JSONFieldDefinition | KeywordFieldDefinition | KeywordArrayFieldDefinition | LongFieldDefinition | LongArrayFieldDefinition | TextFieldDefinition | TextArrayFieldDefinition | TimestampFieldDefinition | TimestampArrayFieldDefinition] | None",
        ),
    ),
    "ingest_documents_v1_context_search_indexes__index_name__documents_post": (
        {"type": "definition-ref", "schema_ref": "IngestDocumentsRequest:top"},
        ("IngestDocumentsRequest:top",),
    ),
    "delete_documents_v1_context_search_indexes__index_name__documents_delete": (
        {"type": "definition-ref", "schema_ref": "DeleteDocumentsRequest:top"},
        ("DeleteDocumentsRequest:top",),
    ),
    "search_index_v1_context_search_indexes__index_name__search_post": (
        {"type": "definition-ref", "schema_ref": "SearchRequest:top"},
        (
            "And",
            "And | Equal | In | Not | Or | Range | UnknownVariant",
            "And | Equal | In | Not | Or | Range | UnknownVariant | None",
            "Equal",
            "In",
            "KeywordRetriever",
            "Literal['keyword'] = 'keyword'",
            "NearestNeighbourRetriever",
            "Not",
            "Or",
            "RRFRetriever",
            "Range",
            "SearchRequest:top",
            "UnknownVariant",
            "int | float | datetime | None",
            "int | float | datetime | str",
            "list[And | Equal | In | Not | Or | Range | UnknownVariant]",
            "list[float] | None",
        ),
    ),
    "navigate_index_v1_context_search_indexes__index_name__navigate_post": (
        {"type": "definition-ref", "schema_ref": "NavigateRequest:top"},
        ("NavigateRequest:top",),
    ),
    "read_index_v1_context_search_indexes__index_name__read_post": (
        {"type": "definition-ref", "schema_ref": "ReadRequest:top"},
        ("ReadRequest:top",),
    ),
    "grep_index_v1_context_search_indexes__index_name__grep_post": (
        {"type": "definition-ref", "schema_ref": "GrepRequest:top"},
        ("GrepRequest:top",),
    ),
    "set_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__put": (
        {"type": "definition-ref", "schema_ref": "UpdateSummaryRequestSummary:top"},
        ("UpdateSummaryRequestSummary:top",),
    ),
}
