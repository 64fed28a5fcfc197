"""The typed models of the Krea API (``Asset``, ``Style``, ``JobStatus``, every ``<Model>Request``...).

They are generated from the spec into ``krea_api.models``; import them from here, which stays stable when the
generated package is regenerated or reorganised.
"""

from __future__ import annotations

from krea_api.models import *  # noqa: F403 - this module is the stable public name of the generated models
from krea_api.models import __all__ as __all__
