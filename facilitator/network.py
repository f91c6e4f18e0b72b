"""The address phones on the same wifi use to reach this laptop."""
import socket


def lan_address():
    """This machine's address on its local network, or 127.0.0.1 if it has none.

    Connecting a UDP socket sends nothing; it only makes the kernel choose the interface it
    would route through, whose address is the one other devices on the network see.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.254.254.254", 1))
        address = probe.getsockname()[0]
    except OSError:
        address = "127.0.0.1"
    finally:
        probe.close()
    return address


def public_url(host, port, given=None):
    """The base URL to print and encode in the QR code."""
    if given:
        return given.rstrip("/")
    if host in ("0.0.0.0", "::", ""):
        host = lan_address()
    return f"http://{host}:{port}"
