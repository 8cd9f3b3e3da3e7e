"""mistralai.api.webhooks: Webhooks and triggers.

Installing this package attaches its resources to :class:`mistralai.client.Mistral`.
"""

__version__ = "0.2.0"
