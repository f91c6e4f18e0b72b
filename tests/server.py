"""Starting the real server (`facilitator serve`) in a child process for a test."""
import os
import signal
import socket
import subprocess
import sys
import time

import requests


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, data_dir, port=None, async_mode="eventlet", extra=(), env=None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.args = [sys.executable, "-m", "facilitator.cli", "serve", "--host", "127.0.0.1",
                     "--port", str(self.port), "--data-dir", str(data_dir),
                     "--async-mode", async_mode, *extra]
        # Test rooms are small: results show from the first answer unless a test says otherwise.
        self.env = {**os.environ, "PYTHONUNBUFFERED": "1", "FACILITATOR_MIN_ANSWERS_SHOWN": "1", **(env or {})}
        self.process = None
        self.output = ""

    def start(self, timeout=20):
        self.process = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, env=self.env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("server exited: " + self.process.stdout.read())
            try:
                if requests.get(self.url + "/healthz", timeout=1).ok:
                    return self
            except requests.ConnectionError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def stop(self, sig=signal.SIGTERM, timeout=15):
        """Stops the server and returns its exit code; its output is in `self.output`."""
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        self.process.send_signal(sig)
        try:
            self.output, _ = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.output, _ = self.process.communicate()
        return self.process.returncode

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def create_workshop(http, base, language="en", **fields):
    """A workshop made through the real form; returns its join code."""
    form = {"title": "Kehittämispäivä", "language": language, "anonymous": "1", **fields}
    response = http.post(base + "/new", data=form, allow_redirects=False)
    assert response.status_code == 302, response.text
    return response.headers["Location"].split("/")[2]


def cookie_header(http):
    return "; ".join(f"{c.name}={c.value}" for c in http.cookies)
