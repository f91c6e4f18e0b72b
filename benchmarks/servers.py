"""The servers under test, each a real child process on 127.0.0.1, and what they cost the machine."""
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import psutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ServerProcess:
    """`facilitator serve` (kind "product") or the bare baseline (kind "bare")."""

    def __init__(self, kind, async_mode, port=None, extra=(), source=None):
        self.kind, self.async_mode = kind, async_mode
        # The product may be run from another checkout (e.g. a fixed revision while the work tree
        # changes under the benchmark); the bare baseline always runs from here.
        self.cwd = (source or os.environ.get("FACILITATOR_BENCH_SOURCE") or ROOT) if kind == "product" else ROOT
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.urls = [self.url]  # the processes phones are dealt over: this one (see Cluster)
        self.data_dir = tempfile.mkdtemp(prefix=f"facilitator-bench-{kind}-")
        if kind == "product":
            # Every simulated phone joins from 127.0.0.1: the join limit per address is for a hall.
            self.args = [sys.executable, "-m", "facilitator.cli", "serve", "--host", "127.0.0.1",
                         "--port", str(self.port), "--data-dir", self.data_dir,
                         "--async-mode", async_mode, "--join-limit", "100000 per minute", *extra]
        else:
            self.args = [sys.executable, "-m", "benchmarks.bare_server", "--port", str(self.port),
                         "--async-mode", async_mode]
        self.process = None
        self.log = open(os.path.join(self.data_dir, "server.log"), "a")

    def start(self, timeout=30):
        self.process = subprocess.Popen(self.args, stdout=self.log, stderr=subprocess.STDOUT,
                                        cwd=self.cwd, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.ps = psutil.Process(self.process.pid)
        deadline = time.monotonic() + timeout
        self.listening_at = None  # when the port first took a connection (monotonic)
        while time.monotonic() < deadline:
            if self.listening_at is None:
                try:
                    socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                    self.listening_at = time.monotonic()
                except OSError:
                    if self.process.poll() is not None:
                        raise RuntimeError(f"{self.kind} server exited; see {self.log.name}")
                    time.sleep(0.01)
                    continue
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.kind} server exited; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1) as answer:
                    if answer.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"{self.kind} server did not start")

    def stop(self, timeout=30):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    @property
    def parts(self):
        return [self]

    def restart(self):
        self.stop()
        return self.start()

    def profile(self, name):
        """py-spy samples the server while the block runs, when FACILITATOR_BENCH_PROFILE names a
        folder: one collapsed-stack file per scenario (see benchmarks/README.md)."""
        return Profile(self, name, os.environ.get("FACILITATOR_BENCH_PROFILE"))

    def cpu_seconds(self):
        """User + system CPU the server process (and any children) has used so far."""
        times = self.ps.cpu_times()
        return times.user + times.system + times.children_user + times.children_system

    def rss(self):
        return self.ps.memory_info().rss

    def errors_logged(self):
        self.log.flush()
        with open(self.log.name, errors="replace") as text:
            return text.read().count("Traceback")


class Profile:
    def __init__(self, server, name, folder):
        self.server, self.name, self.folder, self.process = server, name, folder, None

    def __enter__(self):
        if self.folder and self.server.kind == "product":
            os.makedirs(self.folder, exist_ok=True)
            out = os.path.join(self.folder, f"{self.server.async_mode}-{self.name}.txt")
            self.process = subprocess.Popen(
                [shutil.which("py-spy") or os.path.join(os.path.dirname(sys.executable), "py-spy"), "record", "--pid", str(self.server.process.pid), "--rate", "250",
                 "--format", "raw", "--output", out],  # blocking: stacks read from a running process came torn
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(0.5)
        return self

    def __exit__(self, *exc):
        if self.process is not None:
            self.process.send_signal(signal.SIGINT)  # py-spy writes its file on Ctrl-C
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()


class CpuMeter:
    """CPU seconds a process used over a phase, and as a share of one core."""

    def __init__(self, read):
        self.read = read

    def __enter__(self):
        self.cpu0, self.wall0 = self.read(), time.monotonic()
        return self

    def __exit__(self, *exc):
        self.cpu = self.read() - self.cpu0
        self.wall = time.monotonic() - self.wall0
        self.share = self.cpu / self.wall if self.wall else 0.0


def own_cpu_seconds():
    times = psutil.Process().cpu_times()
    return times.user + times.system


def _tests_services():
    """tests/services.py starts real Redis and PostgreSQL on loopback; the harness reuses it."""
    tests = os.path.join(ROOT, "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)
    import services
    return services


def _tree_cpu(process):
    """CPU seconds of a process and all its children (PostgreSQL's backends), so far."""
    total = 0.0
    for each in [process, *process.children(recursive=True)]:
        try:
            times = each.cpu_times()
            total += times.user + times.system
        except psutil.Error:  # a backend that ended meanwhile
            pass
    return total


class Cluster:
    """Two `facilitator serve` processes sharing one workshop through a real PostgreSQL (fsync on,
    as deployed) and a real Redis message queue, all on this machine. Looks like one server to
    the scenarios (`url` is the first process's); `parts` are the processes, measured apart."""

    kind = "product"

    def __init__(self, async_mode, processes=2):
        services = _tests_services()
        self.redis, self.postgres = services.Redis(), services.PostgreSQL(durable=True)
        self.async_mode = async_mode
        self.count = processes
        self.parts = []

    def start(self):
        self.redis.start()
        self.postgres.start()
        extra = ["--database", self.postgres.url, "--message-queue", self.redis.url]
        self.parts = [ServerProcess("product", self.async_mode, extra=extra) for _ in range(self.count)]
        for part in self.parts:
            part.start(timeout=60)
        self.url = self.parts[0].url
        self.urls = [p.url for p in self.parts]
        self.log = self.parts[0].log
        return self

    def stop(self):
        for part in self.parts:
            part.stop()
        self.redis.stop()
        self.postgres.stop()

    def profile(self, name):
        return Profile(self.parts[0], name, None)

    def cpu_seconds(self):
        return sum(p.cpu_seconds() for p in self.parts)

    def redis_cpu_seconds(self):
        return _tree_cpu(psutil.Process(self.redis.process.pid))

    def postgres_cpu_seconds(self):
        with open(os.path.join(self.postgres.data, "postmaster.pid")) as pid:
            return _tree_cpu(psutil.Process(int(pid.readline())))

    def rss(self):
        return sum(p.rss() for p in self.parts)

    def errors_logged(self):
        return sum(p.errors_logged() for p in self.parts)
