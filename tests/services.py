"""Real Redis and PostgreSQL servers for a test, on loopback ports in a temporary directory.

Both come from Debian's packages (`scripts/install --test` installs them). PostgreSQL refuses to
run as root, so as root its binaries run as the `postgres` user (or `nobody`) through `runuser`.
"""
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time

from server import free_port


def _wait_for_port(port, process, what, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not start on port {port}")


def redis_binary():
    return shutil.which("redis-server") or ("/usr/bin/redis-server" if os.path.exists("/usr/bin/redis-server") else None)


def postgres_bin_dir():
    """The newest /usr/lib/postgresql/*/bin holding initdb, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda path: int(path.split("/")[4]) if path.split("/")[4].isdigit() else 0)
    return os.path.dirname(found[-1]) if found else None


class Redis:
    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        # No persistence: a message queue only carries what is happening now.
        self.process = subprocess.Popen(
            [redis_binary(), "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for_port(self.port, self.process, "redis-server")
        return self

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class PostgreSQL:
    """A throwaway cluster: initdb into a temporary directory, trust auth on 127.0.0.1 only."""

    def __init__(self, durable=False):
        self.durable = durable  # fsync on, as a deployment runs it (the load benchmark)
        self.bin = postgres_bin_dir()
        self.port = free_port()
        self.root = tempfile.mkdtemp(prefix="facilitator-pg-")
        self.data = os.path.join(self.root, "data")
        self.user = None
        self.url = f"postgresql://facilitator@127.0.0.1:{self.port}/postgres"

    def _as_owner(self, args):
        if os.geteuid() != 0:
            return args
        return ["runuser", "-u", self.user, "--", *args]

    def start(self):
        if os.geteuid() == 0:
            self.user = "postgres" if _user_exists("postgres") else "nobody"
            account = pwd.getpwnam(self.user)
            os.chown(self.root, account.pw_uid, account.pw_gid)
        subprocess.run(self._as_owner([
            os.path.join(self.bin, "initdb"), "-D", self.data, "-U", "facilitator",
            "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"]),
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # fsync off: the test checks what crosses between processes, not durability.
        fast = "" if self.durable else " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run(self._as_owner([
            os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-l", os.path.join(self.root, "log"),
            "-w", "-t", "30", "-o",
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200{fast}",
            "start"]),
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _wait_for_port(self.port, None, "postgres")
        return self

    def log(self):
        try:
            with open(os.path.join(self.root, "log")) as text:
                return text.read()
        except OSError:
            return ""

    def stop(self):
        subprocess.run(self._as_owner([os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-m",
                                       "immediate", "-w", "stop"]),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.root, ignore_errors=True)


def _user_exists(name):
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False
