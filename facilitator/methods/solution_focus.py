"""Solution-focused action planning: the preferred future, where we are on the scale, what already
helps, small steps up, and who takes them by when."""
from . import Method, Step, text

method = Method(
    id="solution_focus",
    title=text("Ratkaisukeskeinen toimenpidesuunnitelma", "Solution-focused action planning"),
    summary=text(
        "Kuvataan toivottu tulevaisuus, katsotaan asteikolla missä olemme nyt ja mikä meitä jo "
        "auttaa, etsitään pieniä askelia ylöspäin ja sovitaan, kuka tekee mitä ja mihin mennessä.",
        "We describe the preferred future, see on a scale where we are now and what already helps us, "
        "look for small steps up and agree who does what by when."),
    themes=("solution_focus", "action_planning"),
    steps=(
        Step("brainstorm", text("Toivottu tulevaisuus", "The preferred future"),
             text("Kuvitellaan, että puoli vuotta on kulunut ja asiat ovat meillä niin hyvin kuin ne "
                  "voivat olla. Mistä sen huomaa? Mitä teemme silloin toisin?",
                  "Imagine six months have passed and things are as good for us as they can be. How "
                  "would we notice? What are we doing differently?"),
             minutes=10, min_minutes=7),
        Step("discussion", text("Ihmekysymys", "The miracle question"),
             text("Oletetaan, että yön aikana tapahtuu ihme ja asia, jonka takia olemme täällä, on "
                  "ratkennut. Mistä huomaat aamulla töihin tullessasi, että ihme on tapahtunut?",
                  "Suppose a miracle happens overnight and what brought us here is solved. When you come "
                  "to work in the morning, how do you notice that the miracle has happened?"),
             minutes=10, optional=True,
             notes=text("Keskustelkaa pareittain, sitten muutama ääneen. Pyydä konkreettisia, "
                        "nähtäviä merkkejä.",
                        "Talk in pairs, then a few out loud. Ask for concrete signs that can be seen.")),
        Step("scale", text("Missä olemme nyt?", "Where are we now?"),
             text("Jos 10 tarkoittaa, että toivottu tulevaisuus on totta, ja 0 sitä, ettei siitä ole "
                  "vielä mitään, missä olemme nyt?",
                  "If 10 means that the preferred future is true and 0 that none of it is there yet, "
                  "where are we now?"),
             minutes=4),
        Step("brainstorm", text("Mikä meitä jo auttaa?", "What already helps us?"),
             text("Mikä meillä jo toimii niin, että olemme tässä emmekä nollassa? Mitä olemme tehneet, "
                  "mikä on auttanut?",
                  "What already works for us, so that we are here and not at zero? What have we done "
                  "that has helped?"),
             minutes=8, min_minutes=5,
             notes=text("Voimavarakysymys: pysy onnistumisissa, älä ongelmissa.",
                        "The resource question: stay with what works, not with the problems.")),
        Step("brainstorm", text("Askel ylöspäin", "One step up"),
             text("Miltä näyttäisi yksi askel ylöspäin? Mitä pientä voimme aloittaa jo ensi viikolla?",
                  "What would one step up look like? What small thing could we start next week?"),
             minutes=8, min_minutes=5),
        Step("cluster", text("Askeleet teemoiksi", "The steps into themes"),
             text("Kootaan samankaltaiset askeleet teemoiksi.", "We gather similar steps into themes."),
             minutes=8, min_minutes=5),
        Step("dot_vote", text("Ensimmäiset askeleet", "The first steps"),
             text("Mitkä askeleet otamme ensin? Jaa pisteesi.",
                  "Which steps do we take first? Spend your dots."),
             minutes=4, options={"dots_per_person": 3, "max_dots_per_item": 2}),
        Step("action_plan", text("Mitä, kuka, mihin mennessä", "What, who, by when"),
             text("Sovitaan jokaiselle askeleelle tekijä ja aikataulu.",
                  "We agree who takes each step and by when."),
             minutes=18, min_minutes=12, options={"seed_count": 3}),
    ),
)
