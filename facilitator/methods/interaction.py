"""Interaction skills: where we are, what good interaction looks like, what we practise."""
from . import Method, Step, text

method = Method(
    id="interaction",
    title=text("Vuorovaikutustaidot", "Interaction skills"),
    summary=text(
        "Arvioidaan, kuinka hyvin kuulemme toisiamme, jaetaan pareittain kokemuksia kuulluksi "
        "tulemisesta ja valitaan taidot, joita harjoittelemme yhdessä.",
        "We rate how well we listen to each other, share experiences of being heard in pairs, and "
        "choose the skills we will practise together."),
    themes=("interaction", "collaboration"),
    duration_minutes=55,
    steps=(
        Step("scale",
             text("Kuulemmeko toisiamme?", "Do we hear each other?"),
             text("Kuinka hyvin kuulemme toisiamme tiimissä? 0 = emme lainkaan, 10 = erinomaisesti.",
                  "How well do we listen to each other in the team? 0 = not at all, 10 = excellently."),
             minutes=3),
        Step("pairing",
             text("Kuulluksi tuleminen", "Being heard"),
             text("Kertokaa parille tilanne, jossa tulit todella kuulluksi. Mitä toinen teki?",
                  "Tell your partner about a time you were truly heard. What did the other person do?"),
             minutes=8),
        Step("brainstorm",
             text("Hyvä vuorovaikutus", "Good interaction"),
             text("Millainen vuorovaikutus auttaa meitä työssä? Kirjoita tekoja, jotka voi nähdä tai kuulla.",
                  "What kind of interaction helps us at work? Write actions that can be seen or heard."),
             minutes=8),
        Step("cluster",
             text("Taitojen ryhmittely", "Grouping the skills"),
             text("Ryhmitellään teot taidoiksi, esimerkiksi kuuntelu, palautteen antaminen, kysyminen.",
                  "We group the actions into skills, for example listening, giving feedback, asking."),
             minutes=8),
        Step("dot_vote",
             text("Mitä harjoittelemme?", "What do we practise?"),
             text("Mitä taitoa haluamme harjoitella yhdessä seuraavan kuukauden ajan?",
                  "Which skill do we want to practise together over the next month?"),
             minutes=4, options={"dots_per_person": 2, "max_dots_per_item": 1}),
    ),
)
