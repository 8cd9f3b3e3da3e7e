"""2.x ``mistralai.extra.workflows``: helpers for workflow workers (from mistralai-api-workflows)."""
