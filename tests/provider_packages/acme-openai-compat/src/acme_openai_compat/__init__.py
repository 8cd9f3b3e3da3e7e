"""acme-openai-compat: the ``acme`` provider (a self-hosted OpenAI-compatible endpoint)."""

__version__ = "0.1.0"
