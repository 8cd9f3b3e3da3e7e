"""Release tooling of the monorepo: versions, caps between our packages, changelogs, dist checks.

- ``python -m tools.release.release <package> <major|minor|patch>`` (``nox -s release``)
- ``python -m tools.release.dist`` (``nox -s build``)

See docs/releasing.md.
"""
