"""Load benchmark of Facilitator against a bare Flask-SocketIO server: `python -m benchmarks`."""
