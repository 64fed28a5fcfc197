from enum import StrEnum


class KlingCameraControlDownBackType(StrEnum):
    DOWN_BACK = "down_back"

    def __str__(self) -> str:
        return str(self.value)
