from enum import StrEnum


class Veo31RequestResolution(StrEnum):
    VALUE_0 = "720p"
    VALUE_1 = "1080p"
    VALUE_2 = "4K"

    def __str__(self) -> str:
        return str(self.value)
