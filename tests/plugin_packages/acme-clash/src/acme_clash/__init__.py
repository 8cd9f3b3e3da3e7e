"""acme-clash: a domain plugin claiming ``widgets``, which acme-widgets claims too."""
