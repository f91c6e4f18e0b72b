"""Ready day templates: a development day's agenda built from the library's methods."""
from . import DayTemplate, text

values_and_ground_rules = DayTemplate(
    id="values_and_ground_rules",
    title=text("Arvot ja pelisäännöt", "Values and ground rules"),
    summary=text("Aloitus, arvot arjen teoiksi, yhteiset pelisäännöt ja arviointi.",
                 "Check-in, values into everyday actions, shared ground rules and evaluation."),
    methods=("check_in", "values", "ground_rules", "evaluation"),
    goals=text("Kirkastamme yhteiset arvomme ja sen, miltä ne näyttävät arjessa.\n"
               "Sovimme pelisäännöt, joihin jokainen voi sitoutua.",
               "We clarify our shared values and what they look like in everyday work.\n"
               "We agree ground rules everyone can commit to."),
)

customer_focus = DayTemplate(
    id="customer_focus",
    title=text("Asiakaslähtöisyys", "Customer focus"),
    summary=text("Aloitus, asiakkaan näkökulma, ratkaisukeskeiset askeleet ja arviointi.",
                 "Check-in, the customer's point of view, solution-focused steps and evaluation."),
    methods=("check_in", "customer_focus", "evaluation"),
    goals=text("Ymmärrämme, mitä asiakkaamme meiltä odottavat.\n"
               "Sovimme konkreettiset teot, joilla palvelemme heitä paremmin.",
               "We understand what our customers expect of us.\n"
               "We agree concrete actions to serve them better."),
)

collaboration_day = DayTemplate(
    id="collaboration",
    title=text("Yhteistyö ja vuorovaikutus", "Collaboration and interaction"),
    summary=text("Aloitus, yhteistyön kehittäminen, vuorovaikutustaidot, työparityö ja arviointi.",
                 "Check-in, developing collaboration, interaction skills, pair work and evaluation."),
    methods=("check_in", "collaboration", "interaction", "pair_work", "evaluation"),
    goals=text("Tunnistamme, mikä yhteistyössämme toimii ja mitä parannamme.\n"
               "Valitsemme vuorovaikutustaidot, joita harjoittelemme yhdessä.",
               "We recognise what works in our collaboration and what to improve.\n"
               "We choose the interaction skills we practise together."),
)
