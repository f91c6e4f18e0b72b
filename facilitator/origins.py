"""Where requests may come from: the server's own addresses, never what a request says it is.

The allowed origins are fixed when the server starts: the public URL (the one in the QR code),
the LAN address and the loopback ones, with the server's port. A state-changing request from a
browser carries an `Origin` (or at least a `Referer`) naming the page it came from; one from
another site, or from a page that reached this server under another name (DNS rebinding), names
an origin not on the list and is refused. A request with neither comes from a program, not a
browser on another site, and needs the right `Host`. Socket.IO's websocket handshakes need an
allowed `Origin`: browsers always send one.
"""
from urllib.parse import urlsplit

LOOPBACK = ("127.0.0.1", "localhost", "[::1]")


def origin_of(url):
    """scheme://host[:port] of a URL, lower case; None if it has no host."""
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else None


def server_origins(public_url, host, port):
    """The origins of a server listening on host:port and announced at `public_url`."""
    found = [origin_of(public_url)] if public_url else []
    names = list(LOOPBACK) + ([] if host in ("0.0.0.0", "::", "") else [host])
    if public_url:
        names.append(urlsplit(public_url).hostname)
    found += [f"http://{name}:{port}" for name in names if name]
    return sorted({o for o in found if o})


class Origins:
    def __init__(self, origins):
        self.origins = {origin_of(o) for o in origins} - {None}
        self.hosts = {urlsplit(o).netloc for o in self.origins}

    def allows(self, origin):
        return origin_of(origin) in self.origins

    def allows_request(self, environ):
        """A request's claimed origin is one of ours (or, from a program, its Host is)."""
        origin = environ.get("HTTP_ORIGIN")
        if origin is not None:
            return origin != "null" and self.allows(origin)
        referer = environ.get("HTTP_REFERER")
        if referer:
            return self.allows(referer)
        return environ.get("HTTP_HOST", "").lower() in self.hosts

    def allows_socket(self, environ):
        """Socket.IO: a websocket handshake needs an allowed Origin; long-polling, as any request."""
        if environ.get("HTTP_UPGRADE", "").lower() == "websocket":
            return self.allows(environ.get("HTTP_ORIGIN"))
        return self.allows_request(environ)


def guard_sockets(wsgi_app, origins, path="/socket.io"):
    """Refuses Socket.IO requests from elsewhere before the engine sees them."""
    def app(environ, start_response):
        if environ.get("PATH_INFO", "").startswith(path) and not origins.allows_socket(environ):
            start_response("403 Forbidden", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"This server accepts connections only from its own pages."]
        return wsgi_app(environ, start_response)
    return app
