"""Values the organisation already has, made concrete: what does each mean in our work?"""
from . import Method, Step, text

method = Method(
    id="existing_values",
    title=text("Olemassa olevat arvot arkeen", "Our existing values in everyday work"),
    summary=text(
        "Lähdetään organisaation jo päätetyistä arvoista: mitä kukin niistä tarkoittaa meidän "
        "työssämme, ja mihin tekoihin tartumme.",
        "We start from the values the organisation already has: what each means in our work, and "
        "which actions we take on."),
    themes=("values",),
    steps=(
        Step("discussion", text("Arvomme", "Our values"),
             text("Organisaatiomme arvot ovat: (kirjoita arvot tähän ennen päivää).",
                  "Our organisation's values are: (write the values here before the day)."),
             minutes=5, min_minutes=3,
             notes=text("Muokkaa kehotteeseen organisaation arvot. Kerro, mistä ne ovat peräisin.",
                        "Edit the organisation's values into the prompt. Tell where they come from.")),
        Step("brainstorm", text("Mitä arvo tarkoittaa meidän työssämme?", "What does each value mean in our work?"),
             text("Mitä kukin arvoistamme tarkoittaa meidän työssämme? Aloita lappu arvon nimellä, "
                  "esimerkiksi ”Luotettavuus: soitamme takaisin samana päivänä.”",
                  "What does each of our values mean in our work? Start the note with the value, for "
                  "example \u201cReliability: we call back the same day.\u201d"),
             minutes=20, min_minutes=12),
        Step("cluster", text("Teemat arvoittain", "A theme for each value"),
             text("Kootaan laput arvoittain: jokaisesta arvosta oma teema.",
                  "We gather the notes by value: one theme for each value."),
             minutes=12, min_minutes=8),
        Step("dot_vote", text("Mihin tartumme?", "What do we take on?"),
             text("Mitkä näistä teoista haluamme näkyviin arkeemme ensimmäisinä? Jaa pisteesi.",
                  "Which of these actions do we want to see in our days first? Spend your dots."),
             minutes=5, options={"dots_per_person": 3, "max_dots_per_item": 2}),
        Step("discussion", text("Purku", "Debrief"),
             text("Missä arvo ja arki ovat jo lähellä toisiaan, missä vielä kaukana?",
                  "Where are the value and our everyday work already close, where still far apart?"),
             minutes=10, min_minutes=5),
    ),
)
