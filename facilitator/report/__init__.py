"""The workshop report and the workshop's data as a whole.

`dump` turns a workshop into plain data (the JSON export, which `load` imports back); `model`
makes the report from that data; the format modules write it as HTML, PDF, Markdown or CSV. One
source, so every format says the same.
"""
