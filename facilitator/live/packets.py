"""The Socket.IO packets this server sends: JSON text only.

python-socketio looks through every message it sends for bytes, to send them as binary
attachments; this server sends none, and the look through a phone's snapshot (every idea, every
step) was 6 % of the server's time in a reconnect storm. Packets it receives are read as before.
"""
from socketio.packet import Packet


class TextPacket(Packet):
    uses_binary_events = False
