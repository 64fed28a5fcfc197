"""Which krea-api does krea need? Exactly its own version: hatchling's metadata hook for pyproject.toml."""

from __future__ import annotations

from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface


class CustomMetadataHook(MetadataHookInterface):
    """Set ``dependencies`` to ``krea-api==<version>`` and the list in ``[tool.hatch.metadata.hooks.custom]``."""

    def update(self, metadata: dict[str, Any]) -> None:
        """Write the dependencies into the core metadata (the version is already resolved here)."""
        metadata["dependencies"] = [f"krea-api=={metadata['version']}", *self.config["dependencies"]]
