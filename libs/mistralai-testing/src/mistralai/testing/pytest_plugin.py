"""pytest plugin (placeholder while being written)."""
