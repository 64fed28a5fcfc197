from enum import StrEnum


class Veo2RequestAspectRatio(StrEnum):
    VALUE_0 = "16:9"
    VALUE_1 = "9:16"

    def __str__(self) -> str:
        return str(self.value)
