"""The closing: thanks, what happens next, and the next meeting's date (3–6 weeks later)."""
from . import Method, Step, text

method = Method(
    id="closing",
    title=text("Päätös ja seuraava tapaaminen", "Closing and the next meeting"),
    summary=text(
        "Kiitos päivästä, mitä seuraavaksi tapahtuu ja seuraavan tapaamisen päivämäärä: "
        "toimenpiteiden eteneminen käydään läpi 3–6 viikon kuluttua.",
        "Thanks for the day, what happens next, and the date of the next meeting: how the actions "
        "are going is reviewed 3–6 weeks later."),
    themes=("evaluation", "action_planning"),
    steps=(
        Step("closing", text("Kiitos ja seuraava tapaaminen", "Thank you, and our next meeting"),
             text("Kiitos päivästä! Raportti lähetetään teille viikon kuluessa. Seuraavalla tapaamisella "
                  "katsomme, miten sovitut toimenpiteet ovat edenneet.",
                  "Thank you for today! The report will be sent to you within a week. At the next meeting "
                  "we look at how the agreed actions have gone."),
             minutes=7, min_minutes=5,
             notes=text("Sovi päivämäärä ryhmän kanssa ja tallenna se ohjausnäkymässä: se näkyy valkokankaalla "
                        "ja raportissa.",
                        "Agree the date with the group and save it on the console: it shows on the screen "
                        "and in the report.")),
    ),
)
