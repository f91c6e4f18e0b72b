"""Floods throttled, each limit a setting (app.py DEFAULTS, docs/protocol.md).

Socket events: a moving window per sender (the participant, or the facilitator's or projector's
connection) with a burst for fast taps and a sustained rate no honest phone reaches. HTTP: joins
per address (generous: a whole hall shares one NAT address) and, on a server without an admin
password, new workshops per address, through Flask-Limiter. With several server processes the
counts live in Redis (the message queue's), so a flood spread over processes is counted once.
"""
import math
import time

from flask import request
from flask_babel import gettext as _
from flask_limiter import Limiter
from limits import parse_many
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter


def storage_uri(config):
    return config["RATE_LIMIT_STORAGE"] or config["MESSAGE_QUEUE"] or "memory://"


class EventThrottle:
    def __init__(self, config):
        self.limiter = MovingWindowRateLimiter(storage_from_string(storage_uri(config)))
        self.limits = {role: parse_many(config["EVENT_LIMITS"][role]) for role in config["EVENT_LIMITS"]}

    def retry_after(self, role, key):
        """None if the sender may go on; else the seconds until it may (the event is not counted)."""
        limits = self.limits.get(role, ())
        if all(self.limiter.test(limit, role, key) for limit in limits):
            for limit in limits:
                self.limiter.hit(limit, role, key)
            return None
        waits = [self.limiter.get_window_stats(limit, role, key).reset_time - time.time()
                 for limit in limits if not self.limiter.test(limit, role, key)]
        return max(1, math.ceil(max(waits)))


def _too_many(limit):
    from .web.common import message_page
    seconds = max(1, math.ceil(limit.reset_at - time.time()))
    response = message_page(429, _("Too many at once"),
                            _("Please wait %(seconds)s seconds and try again.", seconds=seconds))
    response.headers["Retry-After"] = str(seconds)
    return response


def http_limiter(app):
    """Flask-Limiter on the forms that make rows: joining (per address) and, without an admin
    password, creating a workshop. Call once the blueprints are registered."""
    limiter = Limiter(key_func=lambda: request.remote_addr or "?", app=app, storage_uri=storage_uri(app.config),
                      strategy="moving-window", on_breach=_too_many, headers_enabled=False)
    for endpoint, setting, exempt in (
            ("participant.join", "JOIN_LIMIT", None),
            ("console.new", "NEW_WORKSHOP_LIMIT", lambda: bool(app.config["ADMIN_PASSWORD"]))):
        app.view_functions[endpoint] = limiter.limit(app.config[setting], methods=["POST"], exempt_when=exempt)(
            app.view_functions[endpoint])
    return limiter
