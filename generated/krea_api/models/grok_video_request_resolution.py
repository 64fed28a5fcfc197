from enum import StrEnum


class GrokVideoRequestResolution(StrEnum):
    VALUE_0 = "480p"
    VALUE_1 = "720p"

    def __str__(self) -> str:
        return str(self.value)
