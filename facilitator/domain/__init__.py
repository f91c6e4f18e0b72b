"""The workshop domain: plain Python over the database, with no web or socket imports.

Each operation takes a connection inside a transaction, checks its input, writes, and returns
what changed; the caller commits and then tells the clients.
"""

