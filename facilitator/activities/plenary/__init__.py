"""The steps the whole room does together, with nothing to send from the phones: the opening, a
discussion or instruction, a break, and the closing.

One folder declares the four types. They have no tables, no answers and no result; the
projector, the phones and the console show each with the same frame (the step's text, the timer,
its clock time), and what differs — the programme at the opening, when the room resumes after a
break, the next meeting at the closing — is a branch of a few lines in the shared front end
(static/) rather than four copies of it.
"""
from .. import ActivityType

opening = ActivityType("opening", __name__)
discussion = ActivityType("discussion", __name__)
pause = ActivityType("break", __name__)
closing = ActivityType("closing", __name__)
