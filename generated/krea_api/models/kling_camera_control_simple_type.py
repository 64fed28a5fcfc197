from enum import StrEnum


class KlingCameraControlSimpleType(StrEnum):
    SIMPLE = "simple"

    def __str__(self) -> str:
        return str(self.value)
