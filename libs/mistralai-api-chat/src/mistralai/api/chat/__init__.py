"""mistralai.api.chat: chat (complete, stream, parse), fim, embeddings, classifiers, ocr, models.

Installing this package attaches those resources to :class:`mistralai.client.Mistral`.
"""

__version__ = "0.2.0"
