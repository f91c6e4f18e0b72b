"""Values: what matters in our work, chosen together and turned into everyday behaviour."""
from . import Method, Step, text

method = Method(
    id="values",
    title=text("Työyhteisön arvot", "Our values"),
    summary=text(
        "Ryhmä nostaa esiin, mikä työssä on sille tärkeää, ryhmittelee ajatukset teemoiksi, "
        "valitsee tärkeimmät arvot ja sopii, miltä ne näyttävät arjen teoissa.",
        "The group brings out what matters in its work, groups the thoughts into themes, chooses the "
        "most important values and agrees what they look like in everyday behaviour."),
    themes=("values",),
    steps=(
        Step("discussion", text("Mistä arvoissa on kyse?", "What values are about"),
             text("Arvo ei ole juliste seinällä vaan tapa, jolla teemme työtä silloinkin, kun kukaan ei katso.",
                  "A value is not a poster on the wall but the way we work even when nobody is watching."),
             minutes=5, min_minutes=3),
        Step("brainstorm", text("Mikä on meille tärkeää?", "What matters to us?"),
             text("Mikä on meille työssämme todella tärkeää? Kirjoita yksi asia kerrallaan.",
                  "What truly matters to us in our work? Write one thing per note."),
             minutes=12, min_minutes=8,
             notes=text("Anna ensin pari minuuttia hiljaista ideointia, ennen kuin kukaan puhuu.",
                        "Give a couple of minutes of silent writing before anyone speaks.")),
        Step("cluster", text("Teemat arvoiksi", "Themes into values"),
             text("Kootaan samansuuntaiset ajatukset yhteen ja annetaan jokaiselle teemalle arvon nimi.",
                  "We gather similar thoughts together and give each theme the name of a value."),
             minutes=15, min_minutes=10),
        Step("dot_vote", text("Tärkeimmät arvot", "Our most important values"),
             text("Mitkä arvot kuvaavat meitä parhaiten, tai millaisina haluamme olla? Jaa pisteesi.",
                  "Which values describe us best, or who we want to be? Spend your dots."),
             minutes=5, options={"dots_per_person": 3, "max_dots_per_item": 1}),
        Step("discussion", text("Valitut arvot", "The values we chose"),
             text("Katsotaan tulosta yhdessä: tunnistammeko itsemme? Puuttuuko jotain olennaista?",
                  "We look at the result together: do we recognise ourselves? Is something essential missing?"),
             minutes=8, min_minutes=5),
        Step("brainstorm", text("Arvot arjessa", "Values in everyday work"),
             text("Miltä valitsemamme arvot näyttävät tavallisena tiistaina? Kirjoita teko tai tapa "
                  "toimia, jonka kuka tahansa voisi huomata.",
                  "What do our chosen values look like on an ordinary Tuesday? Write an action or a "
                  "way of working that anyone could notice."),
             minutes=15, min_minutes=10),
        Step("discussion", text("Purku", "Debrief"),
             text("Mikä näistä teoista on jo arkeamme? Mikä vaatii meiltä eniten?",
                  "Which of these actions are already part of our days? Which asks the most of us?"),
             minutes=10, min_minutes=5,
             notes=text("Kysymyksiä: Mikä yllätti? Missä tilanteessa arvo joutuu koetukselle?",
                        "Questions: What surprised you? When is a value put to the test?")),
    ),
)
