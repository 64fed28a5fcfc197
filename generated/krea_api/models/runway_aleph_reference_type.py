from enum import StrEnum


class RunwayAlephReferenceType(StrEnum):
    IMAGE = "image"

    def __str__(self) -> str:
        return str(self.value)
