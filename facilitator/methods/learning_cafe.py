"""The learning café (oppimiskahvila): small groups at tables, new groups each round (the phones
tell each person their table), the ideas grouped and voted on at the end."""
from . import Method, Step, text

method = Method(
    id="learning_cafe",
    title=text("Oppimiskahvila", "Learning café"),
    summary=text(
        "Keskustellaan pienryhmissä pöydittäin kolme kierrosta; joka kierroksella pienryhmät "
        "vaihtuvat ja puhelin kertoo, mihin pöytään siirrytään. Lopuksi ajatukset kootaan teemoiksi "
        "ja tärkeimmät äänestetään.",
        "Small groups talk at tables for three rounds; each round the groups change and the phone "
        "tells everyone which table to go to. Finally the thoughts are gathered into themes and the "
        "most important voted on."),
    themes=("collaboration", "interaction"),
    steps=(
        Step("discussion", text("Näin oppimiskahvila toimii", "How the learning café works"),
             text("Jokaisella pöydällä on oma kysymyksensä ja isäntä. Kierros kestää vartin; sen "
                  "jälkeen vaihdetaan pöytää ja jatketaan edellisen ryhmän ajatuksista.",
                  "Each table has its own question and a host. A round takes a quarter of an hour; then "
                  "we change tables and carry on from the previous group's thoughts."),
             minutes=5, min_minutes=3,
             notes=text("Tarvikkeet: pöytäkortit kysymyksineen. Sovi pöytien isännät etukäteen.",
                        "Materials: table cards with the questions. Agree the table hosts beforehand.")),
        Step("pairing", text("Pöytäkeskustelut", "Table conversations"),
             text("Keskustelkaa pöydän kysymyksestä ja kirjoittakaa ajatuksenne. Uudella kierroksella "
                  "puhelimesi kertoo uuden pöytäsi: etsi pöytä, jolla on sama symboli ja väri.",
                  "Talk about your table's question and write down your thoughts. Each new round your "
                  "phone tells you your new table: find the table with the same symbol and colour."),
             minutes=45, min_minutes=30, options={"group_size": 5},
             notes=text("Kolme vartin kierrosta: aloita ohjausnäkymästä uusi kierros vartin välein, niin "
                        "puhelimet kertovat uudet pöydät. Pöydän isäntä jää pöytään ja kertoo uusille tulijoille, "
                        "mitä edellinen ryhmä sai aikaan. Pöytien kysymykset: 1) Mikä tässä toimii jo? "
                        "2) Mitä voisimme tehdä toisin? 3) Mikä olisi ensimmäinen askel?",
                        "Three rounds of a quarter of an hour: start a new round on the console every "
                        "fifteen minutes and the phones show the new tables. The table host stays and tells the "
                        "newcomers what the previous group came up with. Table questions: 1) What already "
                        "works? 2) What could we do differently? 3) What would be the first step?")),
        Step("cluster", text("Teemat", "Themes"),
             text("Kootaan pöytien ajatukset teemoiksi.", "We gather the tables' thoughts into themes."),
             minutes=10, min_minutes=6),
        Step("dot_vote", text("Mihin tartumme?", "What do we take on?"),
             text("Mihin näistä tartumme ensin? Jaa pisteesi.", "Which of these do we take on first? Spend your dots."),
             minutes=5, options={"dots_per_person": 3, "max_dots_per_item": 2}),
    ),
)
