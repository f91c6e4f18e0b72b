"""Floods throttled, each limit a setting (app.py DEFAULTS, docs/protocol.md).

Socket events: a token bucket per sender (the participant, or the facilitator's or projector's
connection): a burst for fast taps, refilled at a sustained rate no honest phone reaches. HTTP: joins
per address (generous: a whole hall shares one NAT address) and, on a server without an admin
password, new workshops per address, through Flask-Limiter. With several server processes the
counts live in Redis (the message queue's), so a flood spread over processes is counted once.
"""
import math
import time

from flask import request
from flask_babel import gettext as _
from flask_limiter import Limiter


def storage_uri(config):
    return config["RATE_LIMIT_STORAGE"] or config["MESSAGE_QUEUE"] or "memory://"


class MemoryBuckets:
    """Token buckets in this process: O(1) a check, and a sweep of full buckets now and then
    (`limits`' own memory storage rescans every window on a timer, which under a vote storm of a
    thousand phones took a fifth of the server's CPU)."""

    def __init__(self):
        self.buckets = {}
        self.checks = 0

    def take(self, key, burst, rate, now):
        tokens, stamp = self.buckets.get(key, (burst, now))
        tokens = min(burst, tokens + (now - stamp) * rate)
        wait = 0.0 if tokens >= 1 else (1 - tokens) / rate
        self.buckets[key] = (tokens - 1 if tokens >= 1 else tokens, now)
        self.checks += 1
        if self.checks % 10000 == 0:  # forget the buckets that have filled up again
            self.buckets = {k: (t, s) for k, (t, s) in self.buckets.items() if now - s < burst / rate}
        return wait


class RedisBuckets:
    """The same buckets in Redis, shared by several server processes (one script call a check)."""
    SCRIPT = """
local state = redis.call('HMGET', KEYS[1], 't', 's')
local burst, rate, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local tokens = math.min(burst, (tonumber(state[1]) or burst) + (now - (tonumber(state[2]) or now)) * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = (1 - tokens) / rate end
redis.call('HSET', KEYS[1], 't', tokens, 's', now)
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 1)
return tostring(wait)
"""

    # Connections to Redis per process. Every event of every phone takes a bucket, and a storm
    # has hundreds in flight at once: redis-py's default pool refused past 100 (MaxConnectionsError,
    # in the two-process benchmark's join storm); this one makes an event wait for a connection.
    CONNECTIONS = 50

    def __init__(self, url):
        import redis
        pool = redis.BlockingConnectionPool.from_url(url, max_connections=self.CONNECTIONS, timeout=10)
        self.take_script = redis.Redis(connection_pool=pool).register_script(self.SCRIPT)

    def take(self, key, burst, rate, now):
        return float(self.take_script(keys=[f"facilitator:events:{key}"], args=[burst, rate, now]))


class EventThrottle:
    """Socket events per sender: a token bucket per role, `(burst, per_second)` from the
    EVENT_LIMITS setting. In memory, or in Redis when several processes share the workshops."""

    def __init__(self, config):
        uri = storage_uri(config)
        self.buckets = RedisBuckets(uri) if uri.startswith(("redis://", "rediss://")) else MemoryBuckets()
        self.limits = config["EVENT_LIMITS"]

    def retry_after(self, role, key):
        """None if the sender may go on; else the whole seconds until it may (not counted)."""
        if role not in self.limits:
            return None
        burst, rate = self.limits[role]
        wait = self.buckets.take(f"{role}:{key}", burst, rate, time.time())
        return max(1, math.ceil(wait)) if wait > 0 else None


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
                      strategy="fixed-window", on_breach=_too_many, headers_enabled=False)
    for endpoint, setting, exempt in (
            ("participant.join", "JOIN_LIMIT", None),
            ("console.new", "NEW_WORKSHOP_LIMIT", lambda: bool(app.config["ADMIN_PASSWORD"]))):
        app.view_functions[endpoint] = limiter.limit(app.config[setting], methods=["POST"], exempt_when=exempt)(
            app.view_functions[endpoint])
    return limiter
