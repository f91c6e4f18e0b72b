"""Ground rules: proposed, merged, voted, worded in a consent round, and kept alive."""
from . import Method, Step, text

method = Method(
    id="ground_rules",
    title=text("Pelisäännöt", "Ground rules"),
    summary=text(
        "Jokainen ehdottaa pelisääntöjä, päällekkäiset yhdistetään, tärkeimmät äänestetään ja "
        "sanamuoto hyväksytään hyväksyntäkierroksella. Lopuksi sovitaan, miten säännöistä pidetään kiinni.",
        "Everyone proposes ground rules, duplicates are merged, the most important are voted on and "
        "the wording is accepted in a consent round. Finally we agree how we keep to the rules."),
    themes=("ground_rules", "interaction"),
    steps=(
        Step("brainstorm", text("Ehdotukset pelisäännöiksi", "Proposed ground rules"),
             text("Millaisia pelisääntöjä tarvitsemme, jotta työ sujuu ja jokainen voi hyvin? "
                  "Kirjoita yksi sääntö kerrallaan, esimerkiksi ”Kerromme suoraan, jos jokin mättää.”",
                  "What ground rules do we need so that work runs smoothly and everyone is well? "
                  "Write one rule per note, for example \u201cWe say it directly if something bothers us.\u201d"),
             minutes=12, min_minutes=8),
        Step("cluster", text("Päällekkäisten yhdistäminen", "Merging duplicates"),
             text("Yhdistetään samaa tarkoittavat ehdotukset ja muotoillaan jokaiselle teemalle yhteinen sääntö.",
                  "We merge proposals that mean the same and word one shared rule for each theme."),
             minutes=12, min_minutes=8),
        Step("dot_vote", text("Tärkeimmät säännöt", "The most important rules"),
             text("Mitkä säännöt ovat meille tärkeimpiä? Jaa pisteesi.",
                  "Which rules matter most to us? Spend your dots."),
             minutes=5, options={"dots_per_person": 5, "max_dots_per_item": 2}),
        Step("consent", text("Hyväksyntäkierros", "Consent round"),
             text("Voitko sitoutua näihin pelisääntöihin tällä sanamuodolla? Näytä sormilla: "
                  "nyrkki = en voi, viisi = täysin mukana. Jos annat 0–2, kerro mikä mietityttää.",
                  "Can you commit to these ground rules as worded? Show with your fingers: fist = I "
                  "can't, five = fully on board. If you give 0\u20132, say what concerns you."),
             minutes=20, min_minutes=12, options={"seed_count": 5},
             notes=text("Kysy matalan luvun antaneilta, mikä sanamuodossa mietityttää, ja muotoile "
                        "sääntö uudelleen. Kierros toistetaan, kunnes kukaan ei vastusta.",
                        "Ask those who gave a low number what concerns them in the wording, and reword the "
                        "rule. Repeat the round until nobody objects.")),
        Step("discussion", text("Miten pidämme säännöistä kiinni?", "How we keep to the rules"),
             text("Mitä teemme, kun joku rikkoo sääntöä? Milloin katsomme, toimivatko säännöt?",
                  "What do we do when someone breaks a rule? When do we check whether the rules work?"),
             minutes=10, min_minutes=5, optional=True),
    ),
)
