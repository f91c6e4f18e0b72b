"""Customer focus: who our customers are, what they expect, where we fall short, what we do."""
from . import Method, Step, text

method = Method(
    id="customer_focus",
    title=text("Asiakaslähtöisyys", "Customer focus"),
    summary=text(
        "Katsotaan työtä asiakkaan silmin: keitä asiakkaamme ovat, mitä he odottavat ja missä "
        "emme vielä onnistu. Ideoista valitaan tärkeimmät ja sovitaan, kuka tekee mitä ja milloin.",
        "We look at our work through the customer's eyes: who our customers are, what they expect "
        "and where we still fall short. The best ideas are chosen and we agree who does what by when."),
    themes=("customer_focus", "action_planning"),
    duration_minutes=90,
    steps=(
        Step("brainstorm",
             text("Asiakkaamme", "Our customers"),
             text("Keitä asiakkaamme ovat? Muista myös sisäiset asiakkaat ja yhteistyökumppanit.",
                  "Who are our customers? Remember internal customers and partners too."),
             minutes=5),
        Step("brainstorm",
             text("Asiakkaan odotukset", "What customers expect"),
             text("Mitä asiakkaamme odottavat meiltä? Kirjoita niin kuin asiakas sen sanoisi.",
                  "What do our customers expect of us? Write it the way a customer would say it."),
             minutes=8),
        Step("brainstorm",
             text("Missä emme vielä onnistu?", "Where do we fall short?"),
             text("Missä tilanteissa asiakas jää tyytymättömäksi tai joutuu odottamaan? "
                  "Kuvaa tilanne, älä syyllistä ketään.",
                  "When does a customer end up dissatisfied or kept waiting? Describe the situation; "
                  "blame no one."),
             minutes=8),
        Step("brainstorm",
             text("Ideat", "Ideas"),
             text("Miten voisimme palvella asiakkaitamme paremmin? Pienetkin ideat ovat tervetulleita.",
                  "How could we serve our customers better? Small ideas are welcome too."),
             minutes=10),
        Step("dot_vote",
             text("Mihin tartumme?", "What do we take on?"),
             text("Mitkä ideat parantaisivat asiakkaan kokemusta eniten? Jaa pisteesi.",
                  "Which ideas would improve the customer's experience most? Spend your dots."),
             minutes=5, options={"dots_per_person": 3, "max_dots_per_item": 2}),
        Step("action_plan",
             text("Toimintasuunnitelma", "Action plan"),
             text("Sovitaan, mitä teemme, kuka vastaa ja mihin mennessä. Ilmoittaudu mukaan, "
                  "jos haluat olla viemässä asiaa eteenpäin.",
                  "We agree what we do, who is responsible and by when. Volunteer if you want to "
                  "help carry something forward."),
             minutes=15, options={"seed_count": 3}),
    ),
)
