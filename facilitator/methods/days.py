"""Ready development days, 8.30 to about 15.00: coffee and joining, the opening, work blocks,
lunch, an energiser, a concrete action plan (what, who, by when), an evaluation with a spoken
closing round, and the next meeting's date. Every day ends the same way (tests/test_days.py)."""
from . import DayTemplate, text

START = ("arrival", "opening", "check_in")
END = ("evaluation", "closing")

values_and_ground_rules = DayTemplate(
    id="values_and_ground_rules",
    title=text("Arvot ja pelisäännöt", "Values and ground rules"),
    summary=text("Yhteiset arvot arjen teoiksi oppimiskahvilassa, pelisäännöt hyväksyntäkierroksella, "
                 "toimenpidesuunnitelma ja arviointi.",
                 "Shared values turned into everyday actions in a learning café, ground rules through a "
                 "consent round, an action plan and evaluation."),
    methods=START + ("values", "coffee", "learning_cafe", "lunch", "energiser", "ground_rules", "coffee",
                     "action_plan") + END,
    goals=text("Kirkastamme yhteiset arvomme ja sen, miltä ne näyttävät arjessa.\n"
               "Sovimme pelisäännöt, joihin jokainen voi sitoutua.\n"
               "Sovimme, kuka tekee mitä ja mihin mennessä.",
               "We clarify our shared values and what they look like in everyday work.\n"
               "We agree ground rules everyone can commit to.\n"
               "We agree who does what by when."),
)

existing_values = DayTemplate(
    id="existing_values",
    title=text("Arvomme arjessa", "Our values in everyday work"),
    summary=text("Lähdetään organisaation jo päätetyistä arvoista: mitä ne tarkoittavat meidän työssämme, "
                 "oppimiskahvila, ratkaisukeskeinen toimenpidesuunnitelma, onnistumiset ja arviointi.",
                 "We start from the values the organisation already has: what they mean in our work, a "
                 "learning café, solution-focused action planning, successes and evaluation."),
    methods=START + ("existing_values", "coffee", "learning_cafe", "lunch", "energiser", "solution_focus",
                     "coffee", "successes") + END,
    goals=text("Tiedämme, mitä organisaatiomme arvot tarkoittavat meidän työssämme.\n"
               "Sovimme teot, joilla arvot näkyvät arjessa.",
               "We know what our organisation's values mean in our work.\n"
               "We agree the actions that make the values visible every day."),
)

customer_focus = DayTemplate(
    id="customer_focus",
    title=text("Asiakaslähtöisyys", "Customer focus"),
    summary=text("Palveltavan näkökulma, oppimiskahvila, ratkaisukeskeinen toimenpidesuunnitelma, "
                 "onnistumiset ja arviointi. Asiakas nimetään niin kuin organisaatio sen nimeää.",
                 "The point of view of those we serve, a learning café, solution-focused action planning, "
                 "successes and evaluation. The customer is named as the organisation names them."),
    methods=START + ("customer_focus", "coffee", "learning_cafe", "lunch", "energiser", "solution_focus",
                     "coffee", "successes") + END,
    goals=text("Ymmärrämme, mitä palvelemamme ihmiset meiltä odottavat.\n"
               "Sovimme konkreettiset toimenpiteet, joilla palvelemme heitä paremmin.",
               "We understand what the people we serve expect of us.\n"
               "We agree concrete actions to serve them better."),
)

collaboration_day = DayTemplate(
    id="collaboration",
    title=text("Yhteistyö ja vuorovaikutus", "Collaboration and interaction"),
    summary=text("Onnistumiset ja kiitokset, yhteistyön kehittäminen, vuorovaikutustaidot, työparityö, "
                 "tulevaisuuden muistelu, toimenpidesuunnitelma ja arviointi.",
                 "Successes and thanks, developing collaboration, interaction skills, pair work, "
                 "remembering the future, an action plan and evaluation."),
    methods=START + ("successes", "collaboration", "coffee", "interaction", "lunch", "energiser", "pair_work",
                     "coffee", "remembering_future", "action_plan") + END,
    goals=text("Tunnistamme, mikä yhteistyössämme toimii ja mitä parannamme.\n"
               "Valitsemme vuorovaikutustaidot, joita harjoittelemme yhdessä.\n"
               "Sovimme, kuka tekee mitä ja mihin mennessä.",
               "We recognise what works in our collaboration and what to improve.\n"
               "We choose the interaction skills we practise together.\n"
               "We agree who does what by when."),
)
