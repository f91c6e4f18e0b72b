"""What `facilitator serve` sets for its process: Nagle's algorithm off on every phone's
connection, with eventlet and with gevent (an answer of two messages waited 40 ms for the phone's
delayed ACK; benchmarks/round_trip.py), and the garbage collector kept off what starting made
(docs/performance.md)."""
import argparse
import gc
import socket

import eventlet

from facilitator import cli


def assert_no_delay(listener):
    """The listening socket and a phone's connection accepted on it both send at once."""
    phone = socket.create_connection(listener.getsockname())
    accepted, _address = listener.accept()
    try:
        assert listener.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    finally:
        for sock in (accepted, phone, listener):
            sock.close()


def test_every_phones_connection_sends_a_small_message_at_once(monkeypatch):
    monkeypatch.setattr(eventlet, "listen", eventlet.listen)  # put back after the test
    cli._server_options(argparse.Namespace(async_mode="eventlet"))
    listener = eventlet.listen(("127.0.0.1", 0))
    assert_no_delay(listener)


def test_gevent_too_sends_a_small_message_at_once_and_keeps_a_long_accept_queue(monkeypatch):
    from gevent import pywsgi
    monkeypatch.setattr(pywsgi.WSGIServer, "get_listener", pywsgi.WSGIServer.get_listener)  # put back after
    assert cli._server_options(argparse.Namespace(async_mode="gevent")) == {"backlog": cli.LISTEN_BACKLOG}
    listener = pywsgi.WSGIServer.get_listener(("127.0.0.1", 0), family=socket.AF_INET)
    assert_no_delay(listener)


def test_the_collector_leaves_what_starting_made_and_runs_less_often():
    threshold = gc.get_threshold()
    try:
        cli._collect_less()
        assert gc.get_freeze_count() > 0 and gc.get_threshold()[0] >= 50000
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
