"""The agenda a new workshop starts with: ideas, their grouping and a dot vote. Not in the library
(the facilitator replaces or extends it there); the console's "new workshop" form applies it, with
the form's question as the brainstorm's prompt if one was given."""
from . import Method, Step, text

method = Method(
    id="first_agenda",
    title=text("Ideoista tärkeimpiin", "From ideas to priorities"),
    summary=text("Ideat, niiden ryhmittely ja pisteäänestys.", "Ideas, grouping them, and a dot vote."),
    themes=("collaboration",),
    steps=(
        Step("brainstorm", text("Ideat", "Ideas"),
             text("Mikä tekisi yhteistyöstämme entistä parempaa? Kirjoita jokainen idea omalle lapulleen.",
                  "What would make our work together better? Write one idea per note."), minutes=10),
        Step("cluster", text("Ideoiden ryhmittely", "Grouping the ideas"),
             text("Kootaan samankaltaiset ideat yhteen ja annetaan jokaiselle teemalle nimi.",
                  "We put similar ideas together and give each theme a name."), minutes=10),
        Step("dot_vote", text("Pisteäänestys", "Dot voting"),
             text("Anna pisteesi asioille, jotka ovat sinulle tärkeimpiä.",
                  "Spend your dots on what matters most to you."), minutes=5),
    ),
)
