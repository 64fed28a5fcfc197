from enum import StrEnum


class TrainQwenStyleRequestType(StrEnum):
    CHARACTER = "Character"
    OBJECT = "Object"
    STYLE = "Style"

    def __str__(self) -> str:
        return str(self.value)
