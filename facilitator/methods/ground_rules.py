"""Ground rules: proposed, merged, voted, worded by consent, and put on the wall as a poster."""
from . import Method, Step, text

method = Method(
    id="ground_rules",
    title=text("Pelisäännöt", "Ground rules"),
    summary=text(
        "Jokainen ehdottaa pelisääntöjä, päällekkäiset yhdistetään, tärkeimmät äänestetään ja "
        "sanamuodosta sovitaan konsensuskierroksella. Lopuksi säännöt näkyvät julisteena.",
        "Everyone proposes ground rules, duplicates are merged, the most important are voted on and "
        "the wording is agreed in a consent round. Finally the rules are shown as a poster."),
    themes=("ground_rules", "interaction"),
    duration_minutes=70,
    steps=(
        Step("brainstorm",
             text("Ehdotukset pelisäännöiksi", "Proposed ground rules"),
             text("Millaisia pelisääntöjä tarvitsemme, jotta työ sujuu ja jokainen voi hyvin? "
                  "Kirjoita yksi sääntö kerrallaan, esimerkiksi ”Kerromme suoraan, jos jokin mättää.”",
                  "What ground rules do we need so that work runs smoothly and everyone is well? "
                  "Write one rule per note, for example \u201cWe say it directly if something bothers us.\u201d"),
             minutes=10),
        Step("cluster",
             text("Päällekkäisten yhdistäminen", "Merging duplicates"),
             text("Yhdistetään samaa tarkoittavat ehdotukset ja muotoillaan ryhmälle yhteinen sääntö.",
                  "We merge proposals that mean the same and word one shared rule for each group."),
             minutes=10),
        Step("dot_vote",
             text("Tärkeimmät säännöt", "The most important rules"),
             text("Mitkä säännöt ovat meille tärkeimpiä? Jaa pisteesi.",
                  "Which rules matter most to us? Spend your dots."),
             minutes=5, options={"dots_per_person": 5, "max_dots_per_item": 2}),
        Step("consent",
             text("Sovitaan sanamuodosta", "Agreeing the wording"),
             text("Voitko sitoutua näihin pelisääntöihin tällä sanamuodolla? Näytä sormilla: "
                  "nyrkki = en voi, viisi = täysin mukana. Jos annat 0–2, kerro mikä mietityttää.",
                  "Can you commit to these ground rules as worded? Show with your fingers: fist = I "
                  "can't, five = fully on board. If you give 0\u20132, say what concerns you."),
             minutes=15, options={"seed_count": 5}),
    ),
)
