"""One-line exception classes; the CLI turns them into click.ClickException at the edge."""


class ClaimDeskError(Exception):
    """Base class for every error the claim desk reports to a user."""


class InputError(ClaimDeskError):
    """A file or text is not a readable article (missing, empty, binary, too big, undecodable)."""


class DuplicateError(ClaimDeskError):
    """The same article (same normalised text) is already stored."""


class NotFoundError(ClaimDeskError):
    """An id names no stored row."""


class ValidationError(ClaimDeskError):
    """A value given by a user is not allowed (unknown status, empty note, bad stance...)."""


class StoreBusyError(ClaimDeskError):
    """The database stayed locked by another process for longer than the retry budget."""
