"""What fields and files does a ``multipart/form-data`` body hold? (No third-party parser needed.)"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message


@dataclass(frozen=True)
class Part:
    """One part of a multipart body."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes


class MultipartError(ValueError):
    """The body is not well-formed ``multipart/form-data``."""


def _header_params(value: str) -> Message:
    message = Message()
    message["content-type"] = value
    return message


def parse_multipart(body: bytes, content_type: str) -> dict[str, Part]:
    """Split a ``multipart/form-data`` body into its parts, by field name (the last one wins).

    Raises:
        MultipartError: No boundary, or a part without a ``Content-Disposition`` name.
    """
    header = _header_params(content_type)
    boundary = header.get_param("boundary")
    if header.get_content_type() != "multipart/form-data" or not isinstance(boundary, str) or not boundary:
        raise MultipartError("Content-Type must be multipart/form-data with a boundary")
    delimiter = b"--" + boundary.encode("latin-1")
    chunks = body.split(delimiter)
    if len(chunks) < 3:
        raise MultipartError("multipart body has no parts")
    parts: dict[str, Part] = {}
    for chunk in chunks[1:-1]:
        raw_headers, separator, data = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not separator:
            raise MultipartError("multipart part without a blank line after its headers")
        headers: dict[str, str] = {}
        for line in raw_headers.decode("latin-1").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = _header_params("form-data; " + headers.get("content-disposition", "").partition(";")[2])
        name = disposition.get_param("name")
        if not isinstance(name, str):
            raise MultipartError("multipart part without a name")
        filename = disposition.get_param("filename")
        parts[name] = Part(
            name=name,
            filename=filename if isinstance(filename, str) else None,
            content_type=headers.get("content-type"),
            data=data.removesuffix(b"\r\n"),
        )
    return parts
