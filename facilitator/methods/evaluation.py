"""Evaluation: feedback on the day and on reaching its goals."""
from . import Method, Step, text

method = Method(
    id="evaluation",
    title=text("Arviointi ja palaute", "Evaluation and feedback"),
    summary=text(
        "Päivä päätetään arviointiin: kuinka hyvin tavoitteet saavutettiin, mitä jokainen vie "
        "mukanaan, ja nimetön palaute päivästä.",
        "The day ends with evaluation: how well the goals were reached, what each person takes "
        "away, and anonymous feedback on the day."),
    themes=("evaluation",),
    duration_minutes=15,
    steps=(
        Step("scale",
             text("Tavoitteiden saavuttaminen", "Reaching our goals"),
             text("Kuinka hyvin saavutimme päivälle asetetut tavoitteet? 0 = emme lainkaan, 10 = täysin.",
                  "How well did we reach the goals we set for the day? 0 = not at all, 10 = completely."),
             minutes=3),
        Step("brainstorm",
             text("Mitä otan mukaani?", "What I take with me"),
             text("Mitä otat tästä päivästä mukaasi arkeen?",
                  "What do you take from today into your everyday work?"),
             minutes=5),
        Step("feedback",
             text("Palaute päivästä", "Feedback on the day"),
             text("Miten päivä onnistui? Anna arvosana 1–5 ja kerro halutessasi lisää. "
                  "Palaute annetaan nimettömänä.",
                  "How did the day go? Give a rating from 1 to 5 and add a comment if you like. "
                  "Feedback is anonymous."),
             minutes=4),
    ),
)
