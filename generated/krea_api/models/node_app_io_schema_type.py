from enum import StrEnum


class NodeAppIOSchemaType(StrEnum):
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
