"""The one exception a stage raises for bad input. Its message is the line the user reads."""


class InputError(Exception):
    """A file cannot be processed. `code` names the fault, str(self) says what to do."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
