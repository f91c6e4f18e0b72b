"""An energiser after lunch: everyone on their feet for ten minutes."""
from . import Method, Step, text

method = Method(
    id="energiser",
    title=text("Virkistys: nouse, jos…", "Energiser: stand up if…"),
    summary=text(
        "Lyhyt virkistys lounaan jälkeen: fasilitaattori lukee väitteitä, ja ne, joita väite koskee, "
        "nousevat seisomaan. Nauratti ja herättää.",
        "A short energiser after lunch: the facilitator reads out statements, and those they are true "
        "for stand up. It wakes the room up."),
    themes=("check_in", "collaboration"),
    steps=(
        Step("discussion", text("Nouse, jos…", "Stand up if…"),
             text("Nouse seisomaan, jos väite pitää paikkansa sinun kohdallasi.",
                  "Stand up if the statement is true for you."),
             minutes=10, min_minutes=5, optional=True,
             notes=text("Väitteitä: …joit aamulla kahvia. …olet ollut täällä töissä yli viisi vuotta. "
                        "…opit viime viikolla jotain uutta kollegalta. …olet joskus auttanut asiakasta "
                        "työajan jälkeen. Lopeta väitteeseen, jossa kaikki nousevat.",
                        "Statements: …you had coffee this morning. …you have worked here more than five years. "
                        "…you learnt something new from a colleague last week. …you have helped a customer "
                        "after hours. End with one that gets everyone up.")),
    ),
)
