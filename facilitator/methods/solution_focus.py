"""Solution-focused action planning: preferred future, scaling, small steps, who and when."""
from . import Method, Step, text

method = Method(
    id="solution_focus",
    title=text("Ratkaisukeskeinen toimintasuunnitelma", "Solution-focused action planning"),
    summary=text(
        "Kuvataan toivottu tulevaisuus, katsotaan asteikolla missä olemme nyt, etsitään pieniä "
        "askelia ylöspäin ja sovitaan kuka tekee mitä ja milloin.",
        "We describe the preferred future, see on a scale where we are now, look for small steps "
        "up and agree who does what by when."),
    themes=("solution_focus", "action_planning"),
    duration_minutes=70,
    steps=(
        Step("brainstorm",
             text("Toivottu tulevaisuus", "The preferred future"),
             text("Kuvitellaan, että puoli vuotta on kulunut ja asiat ovat meillä niin hyvin kuin ne "
                  "voivat olla. Mistä sen huomaa? Mitä teemme silloin toisin?",
                  "Imagine six months have passed and things are as good for us as they can be. How "
                  "would we notice? What are we doing differently?"),
             minutes=10),
        Step("scale",
             text("Missä olemme nyt?", "Where are we now?"),
             text("Jos 10 on tuo toivottu tulevaisuus ja 0 sen vastakohta, missä olemme nyt?",
                  "If 10 is that preferred future and 0 its opposite, where are we now?"),
             minutes=4),
        Step("brainstorm",
             text("Askel ylöspäin", "One step up"),
             text("Miltä näyttäisi yksi askel ylöspäin? Mitä pientä voimme aloittaa jo ensi viikolla?",
                  "What would one step up look like? What small thing could we start next week?"),
             minutes=10),
        Step("dot_vote",
             text("Ensimmäiset askeleet", "The first steps"),
             text("Mitkä askeleet otamme ensin? Jaa pisteesi.",
                  "Which steps do we take first? Spend your dots."),
             minutes=4, options={"dots_per_person": 3, "max_dots_per_item": 2}),
        Step("action_plan",
             text("Kuka ja milloin", "Who and when"),
             text("Sovitaan jokaiselle askeleelle tekijä ja aikataulu.",
                  "We agree who takes each step and by when."),
             minutes=12, options={"seed_count": 3}),
    ),
)
