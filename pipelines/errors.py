"""Errors that carry a message for the user (the CLI prints them without a traceback)."""


class UserError(Exception):
    """A problem the user can fix: unknown profile, no data for the year, bad option."""
