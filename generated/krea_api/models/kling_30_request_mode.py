from enum import StrEnum


class Kling30RequestMode(StrEnum):
    PRO = "pro"
    STD = "std"
    VALUE_2 = "4k"

    def __str__(self) -> str:
        return str(self.value)
