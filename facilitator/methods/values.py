"""Values: what matters in our work, chosen together and turned into everyday behaviour."""
from . import Method, Step, text

method = Method(
    id="values",
    title=text("Työyhteisön arvot", "Our values"),
    summary=text(
        "Ryhmä nostaa esiin, mikä työssä on sille tärkeää, ryhmittelee ajatukset arvoiksi, "
        "valitsee tärkeimmät ja sopii, miltä ne näyttävät arjen teoissa.",
        "The group brings out what matters in its work, groups the thoughts into values, chooses "
        "the most important ones and agrees what they look like in everyday behaviour."),
    themes=("values",),
    duration_minutes=75,
    steps=(
        Step("brainstorm",
             text("Mikä on meille tärkeää?", "What matters to us?"),
             text("Mikä on meille työssämme todella tärkeää? Kirjoita yksi asia kerrallaan.",
                  "What truly matters to us in our work? Write one thing per note."),
             minutes=10),
        Step("cluster",
             text("Arvojen ryhmittely", "Grouping into values"),
             text("Kootaan samansuuntaiset ajatukset yhteen ja annetaan jokaiselle ryhmälle arvon nimi.",
                  "We gather similar thoughts together and give each group the name of a value."),
             minutes=15),
        Step("dot_vote",
             text("Tärkeimmät arvot", "Our most important values"),
             text("Mitkä arvot kuvaavat meitä parhaiten, tai millaisina haluamme olla? Jaa pisteesi.",
                  "Which values describe us best, or who we want to be? Spend your dots."),
             minutes=5, options={"dots_per_person": 3, "max_dots_per_item": 1}),
        Step("brainstorm",
             text("Arvot arjessa", "Values in everyday work"),
             text("Miltä valitsemamme arvot näyttävät tavallisena tiistaina? Kirjoita teko tai tapa "
                  "toimia, jonka kuka tahansa voisi huomata.",
                  "What do our chosen values look like on an ordinary Tuesday? Write an action or a "
                  "way of working that anyone could notice."),
             minutes=15),
    ),
)
