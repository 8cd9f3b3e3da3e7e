"""acme-future: a domain plugin built for a plugin API newer than the installed core's."""
