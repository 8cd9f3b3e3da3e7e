"""Stateful flows of the fake server, one module per domain group."""
