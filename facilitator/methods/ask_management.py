"""Ask the management: the room's questions, and the room decides which are answered first."""
from . import Method, Step, text

method = Method(
    id="ask_management",
    title=text("Kysy johdolta", "Ask the management"),
    summary=text(
        "Osallistujat kysyvät nimettömästi ja kannattavat toistensa kysymyksiä. Johto vastaa "
        "eniten kannatusta saaneisiin ensin, joten ryhmä – ei fasilitaattori – päättää, mistä puhutaan. "
        "Kysymykset voi halutessaan hyväksyä ennen kuin ne näkyvät.",
        "Participants ask anonymously and upvote each other's questions. The management answers "
        "the most upvoted first, so the group – not the facilitator – decides what is talked about. "
        "Questions can be approved before they show."),
    themes=("interaction",),
    steps=(
        Step("questions",
             text("Kysy johdolta", "Ask the management"),
             text("Mitä haluaisit kysyä johdolta? Kannata myös muiden kysymyksiä, joihin haluat vastauksen.",
                  "What would you like to ask the management? Upvote the others' questions you want answered too."),
             minutes=20),
    ),
)
