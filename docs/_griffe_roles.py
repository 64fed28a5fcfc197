"""A griffe extension: Sphinx roles in krea's docstrings (``:class:`Delivery```) read as plain code in Markdown.

A few docstrings use reST roles, which Markdown would show verbatim; this turns ``:role:`name``` into
```name``` when the package is loaded, so no docstring in ``krea/`` has to change for the reference.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?[a-z]+:`~?([^`]+)`")


class SphinxRolesAsCode(griffe.Extension):
    """Rewrite Sphinx roles as code spans in every docstring griffe loads."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = _ROLE.sub(r"``\1``", obj.docstring.value)
