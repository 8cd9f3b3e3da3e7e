"""Never reached: the version mismatch is reported before the resource is imported."""

from __future__ import annotations

from mistralai.core.runtime import Resource


class Future(Resource):
    pass
