"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import httpx
from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint: the raw answer, and its body parsed only when the status is a success.

    (krea-python template: ``status_code`` is an ``int`` for any code, 520 included; ``parsed`` and ``data``
    are None for every status outside 2xx, whose bodies are left to the caller to read from ``raw``.)
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    """The success body as the spec's model, or None (an error status, or a success with no body)."""
    data: Any
    """The success body's decoded JSON, exactly as sent (None when there is none): read once, with ``parsed``."""
    raw: httpx.Response
    """The ``httpx.Response`` itself."""


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
