"""acme-widgets: a third-party domain (``client.widgets``, ``client.beta.widgets``) and
provider (``provider="acme"``) for the modular Mistral AI SDK, living outside the
``mistralai`` namespace. Used by the install-shape tests only."""

__version__ = "0.1.0"
