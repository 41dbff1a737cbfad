"""The one exception a stage raises for bad input. Its message is the line the user reads:
the file, what is wrong, and what to do."""


class InputError(Exception):
    """A file cannot be processed; str(self) is the one line shown to the user."""
