"""Developing collaboration: what works, what to improve, one concrete step."""
from . import Method, Step, text

method = Method(
    id="collaboration",
    title=text("Yhteistyön kehittäminen", "Developing collaboration"),
    summary=text(
        "Aloitetaan siitä, mikä jo toimii, nimetään mitä haluamme parantaa ja sovitaan yksi "
        "konkreettinen askel, josta jokainen tietää kuka tekee ja milloin.",
        "We start from what already works, name what we want to improve and agree one concrete "
        "step, so that everyone knows who does it and when."),
    themes=("collaboration", "action_planning"),
    duration_minutes=50,
    steps=(
        Step("brainstorm",
             text("Mikä toimii?", "What works?"),
             text("Mikä yhteistyössämme toimii jo hyvin? Mistä haluamme pitää kiinni?",
                  "What already works well in our collaboration? What do we want to keep?"),
             minutes=7),
        Step("brainstorm",
             text("Mitä parannamme?", "What do we improve?"),
             text("Missä yhteistyömme voisi sujua paremmin? Kirjoita tilanne ja mitä toivoisit.",
                  "Where could our collaboration go better? Write the situation and what you would hope for."),
             minutes=8),
        Step("dot_vote",
             text("Mihin tartumme ensin?", "What first?"),
             text("Mihin näistä tartumme ensimmäisenä? Jaa pisteesi.",
                  "Which of these do we take on first? Spend your dots."),
             minutes=4, options={"dots_per_person": 3, "max_dots_per_item": 2}),
        Step("action_plan",
             text("Yksi konkreettinen askel", "One concrete step"),
             text("Mikä on ensimmäinen askel, kuka sen ottaa ja mihin mennessä?",
                  "What is the first step, who takes it and by when?"),
             minutes=10, options={"seed_count": 1}),
    ),
)
