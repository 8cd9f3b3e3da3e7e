# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The models of the mistralai-api-fine-tuning distribution, one module per set of operations using them (read them through ``models``)."""
