"""Websockets without permessage-deflate.

Browsers offer the compression extension and every server stack we run (eventlet, and
simple-websocket under gevent and threads) accepts it, keeping a zlib compressor and decompressor
per connection for its whole life. Measured with 1,000 phones (docs/performance.md) that costs
about 100 KB of memory per phone and a third more CPU per delivered message, to shrink messages
that are mostly a few hundred bytes. So the offer is removed from the handshake before the
websocket layer sees it; browsers then simply send and receive uncompressed frames.
"""


def without_websocket_compression(wsgi_app):
    def app(environ, start_response):
        environ.pop("HTTP_SEC_WEBSOCKET_EXTENSIONS", None)
        return wsgi_app(environ, start_response)
    return app
