"""Check-in: how people arrive and what they expect, said out loud by everyone."""
from . import Method, Step, text

method = Method(
    id="check_in",
    title=text("Aloitus ja odotukset", "Check-in and expectations"),
    summary=text(
        "Jokainen pääsee ääneen heti alussa: oma vireystila, odotukset päivälle ja lyhyt kierros, "
        "jossa jokainen sanoo sanansa.",
        "Everyone has a voice from the start: how they arrive, what they expect of the day, and a "
        "short round in which everyone speaks."),
    themes=("check_in",),
    steps=(
        Step("scale", text("Millä mielellä tulit?", "How are you arriving?"),
             text("Millä mielellä tulit tänään? 0 = ajatukset ovat vielä muualla, 10 = olen täysillä mukana.",
                  "How are you arriving today? 0 = my thoughts are still elsewhere, 10 = I am fully here."),
             minutes=3,
             notes=text("Tulos kertoo sinulle ryhmän vireen; sitä ei tarvitse kommentoida.",
                        "The result tells you the group's energy; it needs no comment.")),
        Step("brainstorm", text("Odotukset", "Expectations"),
             text("Mitä toivot tältä päivältä? Mikä tekisi päivästä sinulle onnistuneen?",
                  "What do you hope for from today? What would make the day a success for you?"),
             minutes=5, min_minutes=3),
        Step("discussion", text("Aloituskierros", "Opening round"),
             text("Jokainen vuorollaan: nimi, millä mielellä tulit ja yksi toive päivälle.",
                  "Each in turn: your name, how you arrive and one hope for the day."),
             minutes=15, min_minutes=10,
             notes=text("Noin minuutti kullekin: 12 hengen ryhmälle 15 minuuttia. Kuuntele, älä kommentoi. "
                        "Palaa odotuksiin arvioinnissa.",
                        "About a minute each: 15 minutes for a group of 12. Listen, do not comment. Come back "
                        "to the expectations in the evaluation.")),
    ),
)
