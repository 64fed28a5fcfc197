from enum import StrEnum


class TrainFluxStyleRequestType(StrEnum):
    CHARACTER = "Character"
    DEFAULT = "Default"
    OBJECT = "Object"
    STYLE = "Style"

    def __str__(self) -> str:
        return str(self.value)
