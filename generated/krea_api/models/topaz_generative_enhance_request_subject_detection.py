from enum import StrEnum


class TopazGenerativeEnhanceRequestSubjectDetection(StrEnum):
    ALL = "All"
    BACKGROUND = "Background"
    FOREGROUND = "Foreground"

    def __str__(self) -> str:
        return str(self.value)
