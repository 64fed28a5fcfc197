"""Contains shared errors types that can be raised from API functions"""

import httpx


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnreadableResponse(Exception):
    """Raised by api functions when a success answer's body does not match the spec's model for it.

    (krea-python template.) ``response`` is the answer as received, ``__cause__`` the parser's own error.
    """

    def __init__(self, response: httpx.Response, error: BaseException):
        self.response = response
        self.status_code = response.status_code
        self.content = response.content
        super().__init__(
            f"{response.status_code} answer does not match the spec: {type(error).__name__}: {error}"
        )


__all__ = ["UnexpectedStatus", "UnreadableResponse"]
