"""Developing collaboration: what works, what to improve, grouped into themes and voted on (the
day's action plan comes later, from these)."""
from . import Method, Step, text

method = Method(
    id="collaboration",
    title=text("Yhteistyön kehittäminen", "Developing collaboration"),
    summary=text(
        "Aloitetaan siitä, mikä jo toimii, nimetään mitä haluamme parantaa, ryhmitellään ajatukset "
        "teemoiksi ja äänestetään, mihin tartumme ensin.",
        "We start from what already works, name what we want to improve, group the thoughts into "
        "themes and vote on what to take on first."),
    themes=("collaboration",),
    steps=(
        Step("brainstorm", text("Mikä toimii?", "What works?"),
             text("Mikä yhteistyössämme toimii jo hyvin? Mistä haluamme pitää kiinni?",
                  "What already works well in our collaboration? What do we want to keep?"),
             minutes=8, min_minutes=5),
        Step("brainstorm", text("Mitä parannamme?", "What do we improve?"),
             text("Missä yhteistyömme voisi sujua paremmin? Kirjoita tilanne ja mitä toivoisit.",
                  "Where could our collaboration go better? Write the situation and what you would hope for."),
             minutes=8, min_minutes=5),
        Step("cluster", text("Teemat", "Themes"),
             text("Ryhmitellään parannusehdotukset teemoiksi.", "We group the improvements into themes."),
             minutes=10, min_minutes=6),
        Step("dot_vote", text("Mihin tartumme ensin?", "What first?"),
             text("Mihin näistä tartumme ensimmäisenä? Jaa pisteesi.",
                  "Which of these do we take on first? Spend your dots."),
             minutes=5, options={"dots_per_person": 3, "max_dots_per_item": 2}),
        Step("discussion", text("Purku", "Debrief"),
             text("Mitä tulos kertoo meistä? Mikä valituista on helpoin aloittaa?",
                  "What does the result say about us? Which of the chosen is easiest to start?"),
             minutes=8, min_minutes=5),
    ),
)
