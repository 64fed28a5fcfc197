from enum import StrEnum


class KlingCameraControlForwardUpType(StrEnum):
    FORWARD_UP = "forward_up"

    def __str__(self) -> str:
        return str(self.value)
