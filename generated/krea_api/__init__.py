"""A client library for accessing Krea API"""

from ._version import __spec_version__, __version__
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "__spec_version__",
    "__version__",
)
