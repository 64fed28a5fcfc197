"""Is the optional extra a part of krea needs installed? If not, say in one line which to install."""

from __future__ import annotations

import importlib.util


class MissingExtraError(ImportError):
    """A part of krea was imported without the extra that installs its dependencies (``krea[cli]``...)."""


def missing_extra(extra: str, feature: str, *modules: str) -> MissingExtraError | None:
    """The error to raise when any of ``modules`` is not installed, or None when all are.

    Looks the modules up without importing them, so a check costs no start-up time.
    """
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if not missing:
        return None
    return MissingExtraError(f"{feature} needs {', '.join(missing)}: pip install 'krea[{extra}]'")
