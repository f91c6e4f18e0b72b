"""Evaluation: how well the goals were reached, anonymous feedback, and a closing round in which
everyone speaks. Enough time for it (at least 25 minutes)."""
from . import Method, Step, text

method = Method(
    id="evaluation",
    title=text("Arviointi ja palaute", "Evaluation and feedback"),
    summary=text(
        "Päivä arvioidaan rauhassa: kuinka hyvin tavoitteet saavutettiin, nimetön palaute ja "
        "loppukierros, jossa jokainen sanoo, mitä vie mukanaan.",
        "The day is evaluated without hurry: how well the goals were reached, anonymous feedback, and "
        "a closing round in which everyone says what they take away."),
    themes=("evaluation",),
    steps=(
        Step("scale", text("Tavoitteiden saavuttaminen", "Reaching our goals"),
             text("Kuinka hyvin saavutimme päivälle asetetut tavoitteet? 0 = emme lainkaan, 10 = täysin.",
                  "How well did we reach the goals we set for the day? 0 = not at all, 10 = completely."),
             minutes=3),
        Step("feedback", text("Palaute päivästä", "Feedback on the day"),
             text("Miten päivä onnistui? Anna arvosana 1–5 ja kerro halutessasi lisää. "
                  "Palaute annetaan nimettömänä.",
                  "How did the day go? Give a rating from 1 to 5 and add a comment if you like. "
                  "Feedback is anonymous."),
             minutes=5),
        Step("discussion", text("Loppukierros", "Closing round"),
             text("Jokainen vuorollaan: mitä otan tästä päivästä mukaani huomiseen työhön?",
                  "Each in turn: what do I take from today into tomorrow's work?"),
             minutes=20, min_minutes=15,
             notes=text("Jokainen puhuu, kukaan ei kommentoi. Varaa aikaa noin puolitoista minuuttia "
                        "henkeä kohden. Tätä ei kirjata raporttiin.",
                        "Everyone speaks, nobody comments. Allow about a minute and a half per person. "
                        "This is not written into the report.")),
    ),
)
