"""The server's listening socket (eventlet): Nagle's algorithm
off on every phone's connection (an answer of two messages waited 40 ms for the phone's delayed
ACK; benchmarks: a `sync` went from 48 ms to 2 ms)."""
import argparse
import socket

import eventlet

from facilitator import cli


def test_every_phones_connection_sends_a_small_message_at_once(monkeypatch):
    monkeypatch.setattr(eventlet, "listen", eventlet.listen)  # put back after the test
    cli._server_options(argparse.Namespace(async_mode="eventlet"))
    listener = eventlet.listen(("127.0.0.1", 0))
    phone = socket.create_connection(listener.getsockname())
    accepted, _address = listener.accept()
    try:
        assert listener.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    finally:
        for sock in (accepted, phone, listener):
            sock.close()
