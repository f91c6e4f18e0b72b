"""The action plan: what we do, who does it and by when, from what the group chose."""
from . import Method, Step, text

method = Method(
    id="action_plan",
    title=text("Toimenpidesuunnitelma", "Action plan"),
    summary=text(
        "Päivän tärkeimmistä asioista sovitaan konkreettiset toimenpiteet: mitä tehdään, kuka vastaa "
        "ja mihin mennessä.",
        "The day's most important points become concrete actions: what is done, who is responsible "
        "and by when."),
    themes=("action_planning",),
    steps=(
        Step("discussion", text("Näin teemme suunnitelman", "How we make the plan"),
             text("Jokaiselle toimenpiteelle sovitaan kolme asiaa: mitä tehdään, kuka vastaa ja mihin "
                  "mennessä. Mieluummin kolme toimenpidettä, jotka tehdään, kuin kymmenen, jotka jäävät.",
                  "For each action we agree three things: what is done, who is responsible and by when. "
                  "Better three actions that get done than ten that don't."),
             minutes=5, min_minutes=3),
        Step("action_plan", text("Toimenpiteet", "Actions"),
             text("Mitä teemme, kuka vastaa ja mihin mennessä? Ilmoittaudu mukaan, jos haluat viedä "
                  "asiaa eteenpäin.",
                  "What do we do, who is responsible and by when? Volunteer if you want to carry "
                  "something forward."),
             minutes=30, min_minutes=20, options={"seed_count": 3},
             notes=text("Muotoile toimenpide teoksi, jonka tekemisen voi todeta. Vastuuhenkilö on aina "
                        "nimetty ihminen, ei ”kaikki”.",
                        "Word each action as something whose doing can be seen. The person responsible is "
                        "always a named person, not \u201ceveryone\u201d.")),
    ),
)
