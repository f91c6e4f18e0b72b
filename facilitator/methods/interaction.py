"""Interaction skills: where we are, being heard (a talk in pairs, nothing written), what good
interaction looks like, and the skill we practise."""
from . import Method, Step, text

method = Method(
    id="interaction",
    title=text("Vuorovaikutustaidot", "Interaction skills"),
    summary=text(
        "Arvioidaan, kuinka hyvin kuulemme toisiamme, jaetaan pareittain kokemuksia kuulluksi "
        "tulemisesta (vain puhutaan, mitään ei kirjata) ja valitaan taito, jota harjoittelemme yhdessä.",
        "We rate how well we listen to each other, share experiences of being heard in pairs (talk "
        "only, nothing written) and choose the skill we will practise together."),
    themes=("interaction", "collaboration"),
    steps=(
        Step("scale", text("Kuulemmeko toisiamme?", "Do we hear each other?"),
             text("Kuinka hyvin kuulemme toisiamme tiimissä? 0 = emme juuri koskaan, 10 = aina.",
                  "How well do we listen to each other in the team? 0 = hardly ever, 10 = always."),
             minutes=3),
        Step("pairing", text("Kuulluksi tuleminen", "Being heard"),
             text("Kertokaa parille tilanne, jossa tulit todella kuulluksi. Mitä toinen teki?",
                  "Tell your partner about a time you were truly heard. What did the other person do?"),
             minutes=8, options={"talk_only": 1},
             notes=text("Vain keskustelu: puhelimiin ei kirjoiteta mitään, eikä mitään päädy raporttiin.",
                        "Talk only: nothing is typed into the phones and nothing reaches the report.")),
        Step("brainstorm", text("Hyvä vuorovaikutus", "Good interaction"),
             text("Millainen vuorovaikutus auttaa meitä työssä? Kirjoita tekoja, jotka voi nähdä tai kuulla.",
                  "What kind of interaction helps us at work? Write actions that can be seen or heard."),
             minutes=8, min_minutes=5),
        Step("cluster", text("Taidot teemoiksi", "The skills into themes"),
             text("Ryhmitellään teot taidoiksi, esimerkiksi kuuntelu, palautteen antaminen, kysyminen.",
                  "We group the actions into skills, for example listening, giving feedback, asking."),
             minutes=8, min_minutes=5),
        Step("dot_vote", text("Mitä harjoittelemme?", "What do we practise?"),
             text("Mitä taitoa haluamme harjoitella yhdessä seuraavan kuukauden ajan?",
                  "Which skill do we want to practise together over the next month?"),
             minutes=4, options={"dots_per_person": 2, "max_dots_per_item": 1}),
        Step("discussion", text("Purku", "Debrief"),
             text("Miten huomaamme kuukauden päästä, että olemme harjoitelleet?",
                  "How will we notice in a month that we have practised?"),
             minutes=8, min_minutes=5),
    ),
)
