"""The opening: welcome, the manager's word, the day's goals and programme, and what stays in the
room, what goes into the report and who receives it."""
from . import Method, Step, text

method = Method(
    id="opening",
    title=text("Päivän avaus", "Opening the day"),
    summary=text(
        "Tervetuloa, esihenkilön puheenvuoro, päivän tavoitteet ja ohjelma sekä luottamuksellisuus: "
        "mikä jää tähän huoneeseen, mitä raporttiin kirjataan ja kuka raportin saa.",
        "Welcome, the manager's word, the day's goals and programme, and confidentiality: what stays "
        "in the room, what goes into the report and who receives it."),
    themes=("check_in",),
    steps=(
        Step("opening", text("Tervetuloa", "Welcome"),
             text("Tänään työskentelemme yhdessä. Se, mitä täällä kerrotaan, jää tähän huoneeseen. "
                  "Raporttiin kirjataan vain yhteiset tuotokset – ideat, teemat, äänestysten tulokset, "
                  "sovitut pelisäännöt ja toimenpiteet – eikä nimiä nimettömistä vaiheista. "
                  "Raportin saavat kaikki osallistujat ja esihenkilö.",
                  "Today we work together. What is said here stays in this room. The report records only "
                  "what we produce together – ideas, themes, vote results, agreed ground rules and actions – "
                  "and no names from anonymous steps. Every participant and the manager receive the report."),
             minutes=10, min_minutes=5,
             notes=text("Esittele itsesi ja roolisi: ohjaat prosessia, ryhmä tuottaa sisällön. Käy läpi "
                        "tavoitteet ja ohjelma. Tarkista kehotteesta, kuka raportin saa, ja korjaa se "
                        "tilaajan kanssa sovitun mukaiseksi.",
                        "Introduce yourself and your role: you guide the process, the group brings the content. "
                        "Go through the goals and the programme. Check in the prompt who receives the report and "
                        "correct it to what was agreed with the client.")),
        Step("discussion", text("Esihenkilön puheenvuoro", "A word from the manager"),
             text("Miksi olemme täällä tänään, ja mitä toivon tältä päivältä?",
                  "Why we are here today, and what I hope for from this day."),
             minutes=10, min_minutes=5,
             notes=text("Sovi esihenkilön kanssa etukäteen: enintään kymmenen minuuttia, ei valmiita "
                        "ratkaisuja – ryhmä tekee ne tänään.",
                        "Agree with the manager beforehand: at most ten minutes, no ready-made solutions – "
                        "the group makes them today.")),
    ),
)
