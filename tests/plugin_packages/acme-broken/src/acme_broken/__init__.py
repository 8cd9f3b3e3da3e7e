"""acme-broken: a domain plugin whose entry point module cannot be imported."""
