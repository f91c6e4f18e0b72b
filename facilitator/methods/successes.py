"""A round of successes and thanks: what has gone well, and thanks said out loud."""
from . import Method, Step, text

method = Method(
    id="successes",
    title=text("Onnistumiset ja kiitokset", "Successes and thanks"),
    summary=text(
        "Kirjoitetaan, mikä on viime aikoina onnistunut, ja kiitetään ääneen työkaveria, joka auttoi.",
        "We write what has gone well lately, and thank out loud a colleague who helped."),
    themes=("collaboration", "evaluation"),
    steps=(
        Step("brainstorm", text("Onnistumiset", "Successes"),
             text("Mikä on viime aikoina onnistunut työssämme? Pienetkin onnistumiset kelpaavat.",
                  "What has gone well in our work lately? Small successes count too."),
             minutes=7, min_minutes=4),
        Step("discussion", text("Kiitoskierros", "A round of thanks"),
             text("Jokainen vuorollaan: kiitä jotakuta jostakin, mikä auttoi sinua työssäsi.",
                  "Each in turn: thank someone for something that helped you in your work."),
             minutes=13, min_minutes=8,
             notes=text("Kiitos osoitetaan suoraan ihmiselle, ei fasilitaattorille. Kiitoksia ei kirjata.",
                        "The thanks goes straight to the person, not to the facilitator. Thanks are not "
                        "written down.")),
    ),
)
