"""mistralai.azure: the ``azure`` provider of the modular Mistral AI SDK.

``Mistral(provider="azure", api_key=..., server_url=...)`` or, with the 2.x constructor,
``from mistralai.azure.client import MistralAzure``.
"""

__version__ = "0.2.0"
