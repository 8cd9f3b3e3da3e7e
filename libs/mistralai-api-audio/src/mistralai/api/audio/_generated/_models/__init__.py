# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The models of the mistralai-api-audio distribution, one module per set of operations using them (read them through ``models``)."""
