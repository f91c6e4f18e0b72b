"""Pair work: talks with a new partner each round (talk only), then 1-2-4-All."""
from . import Method, Step, text

method = Method(
    id="pair_work",
    title=text("Työparityöskentely", "Working in pairs"),
    summary=text(
        "Parikeskusteluja vaihtuvien parien kanssa (vain puhutaan) ja lopuksi 1-2-4-kaikki: ensin "
        "yksin, sitten pareittain, neljän hengen pienryhmissä ja lopuksi koko ryhmä yhdessä. Jokainen pääsee ääneen.",
        "Conversations with a new partner each round (talk only), then 1-2-4-All: first alone, then "
        "in pairs, in fours and finally the whole group together. Everyone gets a voice."),
    themes=("pair_work", "collaboration"),
    steps=(
        Step("pairing", text("Parikeskustelu 1", "Pair conversation 1"),
             text("Kertokaa toisillenne tilanne, jossa työparityö onnistui hyvin. Mikä siinä auttoi?",
                  "Tell each other about a time when working in a pair went well. What helped?"),
             minutes=6, options={"talk_only": 1}),
        Step("pairing", text("Parikeskustelu 2", "Pair conversation 2"),
             text("Uusi pari: mitä toivot työpariltasi, ja mitä voit itse tarjota?",
                  "A new partner: what do you hope for from your work partner, and what can you offer?"),
             minutes=6, options={"talk_only": 1}, optional=True),
        Step("brainstorm", text("1 – yksin", "1 \u2013 alone"),
             text("Mieti ensin yksin: mikä tekisi meidän työparityöstämme entistä parempaa? "
                  "Muut näkevät ajatuksesi vasta myöhemmin.",
                  "First think alone: what would make our pair work even better? The others see "
                  "your thoughts only later."),
             minutes=3, options={"private": 1}),
        Step("pairing", text("2 – pareittain", "2 \u2013 in pairs"),
             text("Jakakaa ajatuksenne parin kanssa ja kirjoittakaa yhdessä 1–2 parasta.",
                  "Share your thoughts with your partner and write down the best one or two together."),
             minutes=5),
        Step("pairing", text("4 – neljän hengen pienryhmissä", "4 \u2013 in fours"),
             text("Kaksi paria yhdessä: mikä nousee yhteiseksi? Kirjoittakaa se.",
                  "Two pairs together: what do you share? Write it down."),
             minutes=8, options={"group_size": 4, "merge_previous": 1}, optional=True,
             if_dropped=text("1-2-4-kaikki tehdään muodossa 1-2-kaikki", "the 1-2-4-All becomes a 1-2-All")),
        Step("cluster", text("Kaikki yhdessä", "All together"),
             text("Kootaan pienryhmien ajatukset yhteen ja katsotaan, mitkä teemat toistuvat.",
                  "We bring the groups' thoughts together and see which themes recur."),
             minutes=10, min_minutes=6),
        Step("dot_vote", text("Mitä kokeilemme?", "What do we try?"),
             text("Mitä näistä kokeilemme työpareissa ensimmäisenä? Jaa pisteesi.",
                  "Which of these do we try in our pairs first? Spend your dots."),
             minutes=4, options={"dots_per_person": 3, "max_dots_per_item": 2}),
    ),
)
