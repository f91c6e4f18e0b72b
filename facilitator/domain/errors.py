"""Errors a client can cause. The code is stable; the web layer turns it into words."""


class DomainError(Exception):
    """Refused input or action. `code` is one of the codes in docs/protocol.md."""

    def __init__(self, code, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def require(condition, code, **params):
    if not condition:
        raise DomainError(code, **params)
