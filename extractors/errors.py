"""The one exception a stage raises for bad input. Its message is the line the user reads:
the file, what is wrong, and what to do."""


class InputError(Exception):
    """A file cannot be processed; str(self) is the one line shown to the user. `head_read`:
    the failure came after the first page had been read (that page alone can still be read)."""

    def __init__(self, line: str, head_read: bool = False):
        super().__init__(line)
        self.head_read = head_read
