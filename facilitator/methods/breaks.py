"""The day's breaks: coffee on arrival, a coffee break, lunch. No phone input: the projector and
the phones say when the room resumes. Each can shrink when the day runs late."""
from . import Method, Step, text

arrival = Method(
    id="arrival",
    title=text("Aamukahvi ja liittyminen", "Morning coffee and joining"),
    summary=text("Kahvit ja liittyminen puhelimella, ennen kuin päivä alkaa.",
                 "Coffee, and everyone joins from their phone before the day begins."),
    themes=("check_in",),
    steps=(
        Step("break", text("Aamukahvi ja liittyminen", "Morning coffee and joining"),
             text("Ota kahvit ja liity puhelimella: skannaa QR-koodi tai kirjoita liittymiskoodi.",
                  "Get a coffee and join from your phone: scan the QR code or type the join code."),
             minutes=15, min_minutes=10,
             notes=text("Pidä valkokankaalla QR-koodi ja liittymiskoodi. Auta niitä, joilla liittyminen ei onnistu.",
                        "Keep the QR code and the join code on the screen. Help anyone who cannot join.")),
    ),
)

coffee = Method(
    id="coffee",
    title=text("Kahvitauko", "Coffee break"),
    summary=text("Viidentoista minuutin tauko; valkokangas näyttää, milloin jatketaan.",
                 "A fifteen-minute break; the screen shows when we continue."),
    themes=("check_in",),
    steps=(
        Step("break", text("Kahvitauko", "Coffee break"), text("", ""), minutes=15, min_minutes=10,
             notes=text("Kerro ääneen, mihin aikaan jatketaan.", "Say out loud when we continue.")),
    ),
)

lunch = Method(
    id="lunch",
    title=text("Lounas", "Lunch"),
    summary=text("Lounastauko; valkokangas ja puhelimet kertovat, milloin jatketaan.",
                 "The lunch break; the screen and the phones say when we continue."),
    themes=("check_in",),
    steps=(
        Step("break", text("Lounas", "Lunch"), text("Hyvää ruokahalua!", "Enjoy your lunch!"),
             minutes=45, min_minutes=30,
             notes=text("Tarkista etukäteen, kuinka kauan ruokailu paikan päällä kestää.",
                        "Check beforehand how long lunch at the venue takes.")),
    ),
)
