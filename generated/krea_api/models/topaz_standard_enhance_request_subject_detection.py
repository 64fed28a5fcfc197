from enum import StrEnum


class TopazStandardEnhanceRequestSubjectDetection(StrEnum):
    ALL = "All"
    BACKGROUND = "Background"
    FOREGROUND = "Foreground"

    def __str__(self) -> str:
        return str(self.value)
