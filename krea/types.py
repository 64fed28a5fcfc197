"""The typed models of the Krea API (``Asset``, ``Style``, ``JobStatus``, every ``<Model>Request``...), and
the typed parameters of every generation model (``Flux1DevParams``..., ``MediaInput``) and ``JobStatusName``,
the statuses ``Job.status`` may be.

They are generated from the spec into ``krea_api.models``; import them from here, which stays stable when the
generated package is regenerated or reorganised.
"""

from __future__ import annotations

from krea_api.models import *  # noqa: F403 - this module is the stable public name of the generated models
from krea_api.models import __all__ as _models

from ._params import *  # noqa: F403 - the typed parameters of every model (``Flux1DevParams``, ``MediaInput``...)
from ._params import __all__ as _params
from ._statuses import JobStatusName

__all__ = [*_models, *_params, "JobStatusName"]
