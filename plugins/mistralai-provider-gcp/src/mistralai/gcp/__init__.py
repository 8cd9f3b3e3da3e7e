"""mistralai.gcp: the ``gcp`` provider of the modular Mistral AI SDK (Vertex AI).

``Mistral(provider="gcp", project_id=..., region=...)`` or, with the 2.x constructor,
``from mistralai.gcp.client import MistralGCP``.
"""

__version__ = "0.2.0"
