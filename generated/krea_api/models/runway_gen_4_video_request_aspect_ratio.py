from enum import StrEnum


class RunwayGen4VideoRequestAspectRatio(StrEnum):
    VALUE_0 = "1280:720"
    VALUE_1 = "720:1280"

    def __str__(self) -> str:
        return str(self.value)
