"""Customer focus: whom we serve, named as the organisation names them, what they expect, where
we fall short; the themes voted on."""
from . import Method, Step, text
from .words import CUSTOMER

method = Method(
    id="customer_focus",
    title=text("Asiakaslähtöisyys", "Customer focus"),
    summary=text(
        "Katsotaan työtä palveltavan silmin: keitä he ovat, mitä he odottavat ja missä emme vielä "
        "onnistu. Ideat ryhmitellään teemoiksi ja tärkeimmät äänestetään. Asiakas nimetään niin kuin "
        "organisaatio sen nimeää: asiakas, kuntalainen, asukas, potilas, oppilas…",
        "We look at our work through the eyes of those we serve: who they are, what they expect and "
        "where we still fall short. The ideas are grouped into themes and the most important voted "
        "on. The customer is named as the organisation names them: customer, resident, patient, pupil…"),
    themes=("customer_focus",),
    choices=(CUSTOMER,),
    steps=(
        Step("discussion", text("{customer_gen} silmin", "Through the eyes of {customers_our}"),
             text("Tämän osion ajan katsomme työtämme {customer_gen} näkökulmasta, emme omastamme.",
                  "For this part we look at our work from the point of view of {customers_our}, not our own."),
             minutes=5, min_minutes=3),
        Step("brainstorm", text("Keitä {customers_our} ovat?", "Who are {customers_our}?"),
             text("Keitä {customers_our} ovat? Muista myös ne, jotka eivät itse ota yhteyttä.",
                  "Who are {customers_our}? Remember also those who never get in touch themselves."),
             minutes=6, min_minutes=4),
        Step("brainstorm", text("Mitä {customers_our} odottavat?", "What do {customers_our} expect?"),
             text("Mitä {customers_our} odottavat meiltä? Kirjoita niin kuin {customer} sen sanoisi.",
                  "What do {customers_our} expect of us? Write it the way a {customer} would say it."),
             minutes=8, min_minutes=5),
        Step("brainstorm", text("Missä emme vielä onnistu?", "Where do we fall short?"),
             text("Missä tilanteissa {customer} jää tyytymättömäksi tai joutuu odottamaan? "
                  "Kuvaa tilanne, älä syyllistä ketään.",
                  "When does a {customer} end up dissatisfied or kept waiting? Describe the situation; "
                  "blame no one."),
             minutes=8, min_minutes=5),
        Step("cluster", text("Teemat", "Themes"),
             text("Ryhmitellään kohdat, joissa emme vielä onnistu, teemoiksi.",
                  "We group the points where we still fall short into themes."),
             minutes=10, min_minutes=6),
        Step("dot_vote", text("Mihin tartumme?", "What do we take on?"),
             text("Mitkä teemat parantaisivat {customer_gen} kokemusta eniten? Jaa pisteesi.",
                  "Which themes would improve the experience of {customers_our} most? Spend your dots."),
             minutes=5, options={"dots_per_person": 3, "max_dots_per_item": 2}),
        Step("discussion", text("Purku", "Debrief"),
             text("Mikä tuloksessa yllätti? Mitä {customer} sanoisi, jos näkisi tämän listan?",
                  "What in the result surprised us? What would a {customer} say on seeing this list?"),
             minutes=8, min_minutes=5),
    ),
)
