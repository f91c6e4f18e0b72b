"""Check-in: what people expect of the day and how they arrive."""
from . import Method, Step, text

method = Method(
    id="check_in",
    title=text("Aloitus ja odotukset", "Check-in and expectations"),
    summary=text(
        "Jokainen pääsee ääneen heti alussa: odotukset päivälle ja oma vireystila. "
        "Fasilitaattori näkee, millä mielellä ryhmä on liikkeellä.",
        "Everyone has a voice from the start: what they expect of the day and how they arrive. "
        "The facilitator sees the mood the group starts in."),
    themes=("check_in",),
    steps=(
        Step("brainstorm",
             text("Odotukset", "Expectations"),
             text("Mitä toivot tältä päivältä? Mikä tekisi päivästä sinulle onnistuneen?",
                  "What do you hope for from today? What would make the day a success for you?"),
             minutes=5),
        Step("scale",
             text("Fiilismittari", "Mood check"),
             text("Millä mielellä tulit tänään? 0 = ihan poissa tolaltaan, 10 = täynnä intoa.",
                  "How are you arriving today? 0 = completely out of sorts, 10 = full of energy."),
             minutes=3),
    ),
)
