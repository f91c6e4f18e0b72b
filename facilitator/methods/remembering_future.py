"""Remembering the future (tulevaisuuden muistelu): a year from now we remember how things went
well and what we did; suits a series of meetings."""
from . import Method, Step, text

method = Method(
    id="remembering_future",
    title=text("Tulevaisuuden muistelu", "Remembering the future"),
    summary=text(
        "Siirrytään ajatuksissa vuoden päähän ja muistellaan: mikä on nyt hyvin, mitä teimme sen eteen "
        "ja kuka auttoi. Sopii tapaamisten sarjaan: seuraavalla tapaamisella katsotaan, mikä on toteutunut.",
        "We move a year ahead in our minds and remember: what is good now, what we did for it and who "
        "helped. Suits a series of meetings: at the next one we see what has come true."),
    themes=("solution_focus", "action_planning"),
    steps=(
        Step("discussion", text("Vuoden päästä", "A year from now"),
             text("On kulunut vuosi. Istumme taas yhdessä ja muistelemme, miten hyvin asiat ovat menneet.",
                  "A year has passed. We sit together again and remember how well things have gone."),
             minutes=5, min_minutes=3),
        Step("brainstorm", text("Mikä on nyt hyvin?", "What is good now?"),
             text("Mikä on nyt, vuoden päästä, hyvin? Mistä olet erityisen iloinen?",
                  "What is good now, a year on? What are you especially glad about?"),
             minutes=10, min_minutes=6),
        Step("brainstorm", text("Mikä huoletti ja mikä huolta helpotti?", "What worried us and what eased it?"),
             text("Mikä sinua vuosi sitten huoletti, ja mikä sitä huolta helpotti?",
                  "What worried you a year ago, and what eased that worry?"),
             minutes=8, optional=True),
        Step("brainstorm", text("Mitä teimme, mikä auttoi?", "What did we do, what helped?"),
             text("Mitä teimme, että tähän päästiin? Kuka auttoi, ja miten?",
                  "What did we do to get here? Who helped, and how?"),
             minutes=10, min_minutes=6),
        Step("cluster", text("Teemat", "Themes"),
             text("Kootaan teot teemoiksi.", "We gather the actions into themes."), minutes=10, min_minutes=6),
        Step("dot_vote", text("Mistä aloitamme?", "Where do we start?"),
             text("Mistä näistä teoista aloitamme jo nyt? Jaa pisteesi.",
                  "Which of these actions do we start now? Spend your dots."),
             minutes=5, options={"dots_per_person": 3, "max_dots_per_item": 2}),
    ),
)
