# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Code generated from the API spec for mistralai-api-context; never edited by hand."""

__all__: list[str] = []
