from enum import StrEnum


class Hailuo02RequestResolution(StrEnum):
    VALUE_0 = "512p"
    VALUE_1 = "768p"
    VALUE_2 = "1080p"

    def __str__(self) -> str:
        return str(self.value)
