-- A database made by the schema before migrations (main at d4da464, create_all), holding one whole
-- development day (tests/test_report.py's run_day). tests/test_migrations.py upgrades it.
BEGIN TRANSACTION;
CREATE TABLE action_volunteers (
	action_id INTEGER NOT NULL, 
	participant_id INTEGER NOT NULL, 
	PRIMARY KEY (action_id, participant_id), 
	FOREIGN KEY(action_id) REFERENCES actions (id) ON DELETE CASCADE, 
	FOREIGN KEY(participant_id) REFERENCES participants (id) ON DELETE CASCADE
);
INSERT INTO "action_volunteers" VALUES(3,2);
CREATE TABLE actions (
	id INTEGER NOT NULL, 
	workshop_id INTEGER NOT NULL, 
	step_id INTEGER NOT NULL, 
	client_id VARCHAR(64) NOT NULL, 
	what TEXT NOT NULL, 
	who VARCHAR(200) NOT NULL, 
	due VARCHAR(40) NOT NULL, 
	position INTEGER NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	origin VARCHAR(200), 
	created_at FLOAT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (workshop_id, client_id), 
	FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE, 
	FOREIGN KEY(step_id) REFERENCES steps (id) ON DELETE CASCADE
);
INSERT INTO "actions" VALUES(1,1,15,'seed-15-cluster-3','Asiakkaat','','',0,'not_started',NULL,1.79616070409882783893e+09);
INSERT INTO "actions" VALUES(2,1,15,'seed-15-cluster-4','Yhteistyö','','',1,'not_started',NULL,1.7961607041006906033e+09);
INSERT INTO "actions" VALUES(3,1,15,'4fcc7edd2cae4ba389021c762bd59526','Kokeillaan viikkopalaveria','Sari','31.1.2027',2,'not_started',NULL,1.79616070411684703822e+09);
CREATE TABLE clusters (
	id INTEGER NOT NULL, 
	workshop_id INTEGER NOT NULL, 
	step_id INTEGER NOT NULL, 
	client_id VARCHAR(64) NOT NULL, 
	title VARCHAR(80) NOT NULL, 
	position INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (workshop_id, client_id), 
	FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE, 
	FOREIGN KEY(step_id) REFERENCES steps (id) ON DELETE CASCADE
);
INSERT INTO "clusters" VALUES(1,1,3,'cluster-4-0','Asiakkaat',0);
INSERT INTO "clusters" VALUES(2,1,3,'cluster-4-1','Yhteistyö',1);
INSERT INTO "clusters" VALUES(3,1,7,'cluster-8-0','Asiakkaat',0);
INSERT INTO "clusters" VALUES(4,1,7,'cluster-8-1','Yhteistyö',1);
CREATE TABLE consent_rounds (
	id INTEGER NOT NULL, 
	workshop_id INTEGER NOT NULL, 
	step_id INTEGER NOT NULL, 
	round INTEGER NOT NULL, 
	proposal TEXT NOT NULL, 
	outcome VARCHAR(20), 
	started_at FLOAT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (step_id, round), 
	FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE, 
	FOREIGN KEY(step_id) REFERENCES steps (id) ON DELETE CASCADE
);
INSERT INTO "consent_rounds" VALUES(1,1,10,1,'Asiakkaat
Yhteistyö','amended',1.79616070368698716166e+09);
INSERT INTO "consent_rounds" VALUES(2,1,10,2,'Asiakkaat
Yhteistyö
(Kokeillaan kuukausi ja arvioidaan.)','agreed',1.79616070373703622812e+09);
CREATE TABLE ideas (
	id INTEGER NOT NULL, 
	workshop_id INTEGER NOT NULL, 
	step_id INTEGER NOT NULL, 
	participant_id INTEGER, 
	author_key INTEGER NOT NULL, 
	client_id VARCHAR(64) NOT NULL, 
	text TEXT NOT NULL, 
	cluster_id INTEGER, 
	position INTEGER NOT NULL, 
	hidden BOOLEAN NOT NULL, 
	group_number INTEGER, 
	created_at FLOAT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (workshop_id, author_key, client_id), 
	FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE, 
	FOREIGN KEY(step_id) REFERENCES steps (id) ON DELETE CASCADE, 
	FOREIGN KEY(participant_id) REFERENCES participants (id) ON DELETE SET NULL, 
	FOREIGN KEY(cluster_id) REFERENCES clusters (id) ON DELETE SET NULL
);
INSERT INTO "ideas" VALUES(1,1,1,1,1,'055a22427b654eef8249a2d3249c58be','Ajatus 0 – Odotukset',NULL,0,0,NULL,1.79616070250396084786e+09);
INSERT INTO "ideas" VALUES(2,1,1,2,2,'d44f6528010440319b37ff50ce11c0eb','Ajatus 1 – Odotukset',NULL,1,0,NULL,1.79616070251370811465e+09);
INSERT INTO "ideas" VALUES(3,1,1,3,3,'de0e0a85432c42578ee3225d46acdc0a','Ajatus 2 – Odotukset',NULL,2,0,NULL,1.79616070252506780623e+09);
INSERT INTO "ideas" VALUES(4,1,1,4,4,'606f1fac8bd04aadb808eb4220beeb7d','Ajatus 3 – Odotukset',NULL,3,0,NULL,1.79616070254103350634e+09);
INSERT INTO "ideas" VALUES(5,1,3,1,1,'9cf9a29af59a4aba897e662d6f80703b','<b>lihava</b><img src=x onerror="alert(1)">',1,0,0,NULL,1.7961607026530723572e+09);
INSERT INTO "ideas" VALUES(6,1,3,1,1,'eb0c428f2d1c43e185000331ee777163','=HYPERLINK("http://evil.example","klikkaa")',2,0,0,NULL,1.7961607026582942009e+09);
INSERT INTO "ideas" VALUES(7,1,3,1,1,'f22fde8037ee4462a9a08bcf32edf31b','Tämä poistetaan moderoinnissa',1,1,1,NULL,1.79616070266434502602e+09);
INSERT INTO "ideas" VALUES(8,1,3,1,1,'8c8ea180bbe84793a44fc3e4b9e0e785','Ajatus 0 – Mikä on meille tärkeää?',2,1,0,NULL,1.79616070267861843105e+09);
INSERT INTO "ideas" VALUES(9,1,3,2,2,'0590e6fac6ae48d187717a65c92d5dbf','Ajatus 1 – Mikä on meille tärkeää?',NULL,4,0,NULL,1.796160702683129549e+09);
INSERT INTO "ideas" VALUES(10,1,3,3,3,'11b65e14bea7418dae7a2543ec04aba9','Ajatus 2 – Mikä on meille tärkeää?',NULL,5,0,NULL,1.7961607026910376549e+09);
INSERT INTO "ideas" VALUES(11,1,3,4,4,'106409b9ea66470fb98113ead253a6fb','Ajatus 3 – Mikä on meille tärkeää?',NULL,6,0,NULL,1.79616070269599294659e+09);
INSERT INTO "ideas" VALUES(12,1,6,1,1,'d8bbc276afb340fb84798a5722ae0f45','Ajatus 0 – Arvot arjessa',NULL,0,0,NULL,1.79616070337229275701e+09);
INSERT INTO "ideas" VALUES(13,1,6,2,2,'0d798fc571824ad3975784891537b8fd','Ajatus 1 – Arvot arjessa',NULL,1,0,NULL,1796160703.37966);
INSERT INTO "ideas" VALUES(14,1,6,3,3,'4b0cbd9657f342cdb844826254806d60','Ajatus 2 – Arvot arjessa',NULL,2,0,NULL,1.79616070338567280768e+09);
INSERT INTO "ideas" VALUES(15,1,6,4,4,'6b82cc1282534643b7157188c7fc83c0','Ajatus 3 – Arvot arjessa',NULL,3,0,NULL,1.79616070339619159695e+09);
INSERT INTO "ideas" VALUES(16,1,7,1,1,'fba662a1fb4a4217ba82833b4d1a97a3','Ajatus 0 – Ehdotukset pelisäännöiksi',3,0,0,NULL,1.79616070342355632779e+09);
INSERT INTO "ideas" VALUES(17,1,7,2,2,'b010eaef4c264877a38a2be1ffc7fd32','Ajatus 1 – Ehdotukset pelisäännöiksi',4,0,0,NULL,1.79616070343704652785e+09);
INSERT INTO "ideas" VALUES(18,1,7,3,3,'6909ddb9596e46f48cabe45ae2c41063','Ajatus 2 – Ehdotukset pelisäännöiksi',3,1,0,NULL,1.79616070344161772726e+09);
INSERT INTO "ideas" VALUES(19,1,7,4,4,'4c2d4c9489e54583b1effd6f3a510970','Ajatus 3 – Ehdotukset pelisäännöiksi',4,1,0,NULL,1.79616070345150518412e+09);
INSERT INTO "ideas" VALUES(20,1,12,1,1,'1100c6ea50a14fd9a93f20ba115e8272','Ajatus 0 – Mitä otan mukaani?',NULL,0,0,NULL,1.79616070392881393437e+09);
INSERT INTO "ideas" VALUES(21,1,12,2,2,'d1298436b9b8496eb2dd258636f2ed01','Ajatus 1 – Mitä otan mukaani?',NULL,1,0,NULL,1.79616070393660211563e+09);
INSERT INTO "ideas" VALUES(22,1,12,3,3,'64485fa4a71f4470995ba389312ccfeb','Ajatus 2 – Mitä otan mukaani?',NULL,2,0,NULL,1.79616070394217348105e+09);
INSERT INTO "ideas" VALUES(23,1,12,4,4,'be263efe9ddf4d0083f0357b39fc3796','Ajatus 3 – Mitä otan mukaani?',NULL,3,0,NULL,1.7961607039484586716e+09);
INSERT INTO "ideas" VALUES(24,1,14,1,1,'46fe2d61c53747a7b17f93c535987e00','Parin yhteinen idea',NULL,0,0,1,1.79616070406951284406e+09);
CREATE TABLE pairings (
	id INTEGER NOT NULL, 
	workshop_id INTEGER NOT NULL, 
	step_id INTEGER NOT NULL, 
	round INTEGER NOT NULL, 
	group_number INTEGER NOT NULL, 
	participant_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (step_id, round, participant_id), 
	FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE, 
	FOREIGN KEY(step_id) REFERENCES steps (id) ON DELETE CASCADE, 
	FOREIGN KEY(participant_id) REFERENCES participants (id) ON DELETE CASCADE
);
INSERT INTO "pairings" VALUES(1,1,14,1,1,1);
INSERT INTO "pairings" VALUES(2,1,14,1,1,2);
INSERT INTO "pairings" VALUES(3,1,14,1,2,3);
INSERT INTO "pairings" VALUES(4,1,14,1,2,4);
CREATE TABLE participants (
	id INTEGER NOT NULL, 
	workshop_id INTEGER NOT NULL, 
	token VARCHAR(64) NOT NULL, 
	nickname VARCHAR(40), 
	joined_at FLOAT NOT NULL, 
	connections INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE, 
	UNIQUE (token)
);
INSERT INTO "participants" VALUES(1,1,'hSU772jQvQx5HKjip_62tJWLsAsCx8rW','Qarolina',1.79616070233972525589e+09,1);
INSERT INTO "participants" VALUES(2,1,'nZlmoHHibRv5KcQkgVB0FgL_F2VSas3p',NULL,1.79616070237039422989e+09,1);
INSERT INTO "participants" VALUES(3,1,'h28IGrlo1InhTrdc-7LITzazyZhwFJZl','Zebulon',1.79616070238434267039e+09,1);
INSERT INTO "participants" VALUES(4,1,'mdiJNfq1cOs9rC3yXSk4wFgMzPKLdAgR','Xaveria',1.79616070240243935586e+09,1);
CREATE TABLE responses (
	id INTEGER NOT NULL, 
	workshop_id INTEGER NOT NULL, 
	step_id INTEGER NOT NULL, 
	participant_id INTEGER NOT NULL, 
	round INTEGER NOT NULL, 
	value INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	updated_at FLOAT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (step_id, participant_id, round), 
	FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE, 
	FOREIGN KEY(step_id) REFERENCES steps (id) ON DELETE CASCADE, 
	FOREIGN KEY(participant_id) REFERENCES participants (id) ON DELETE CASCADE
);
INSERT INTO "responses" VALUES(1,1,2,1,1,4,'',1.7961607025838472843e+09);
INSERT INTO "responses" VALUES(2,1,2,2,1,7,'',1.79616070257363414763e+09);
INSERT INTO "responses" VALUES(3,1,2,3,1,7,'',1.79616070257570934302e+09);
INSERT INTO "responses" VALUES(4,1,2,4,1,10,'',1.79616070257809376715e+09);
INSERT INTO "responses" VALUES(5,1,10,1,1,5,'',1.79616070370090460776e+09);
INSERT INTO "responses" VALUES(6,1,10,2,1,4,'',1.7961607037044091225e+09);
INSERT INTO "responses" VALUES(7,1,10,3,1,1,'Liian ehdoton sanamuoto',1.79616070370776247976e+09);
INSERT INTO "responses" VALUES(8,1,10,4,1,3,'',1.79616070371066641805e+09);
INSERT INTO "responses" VALUES(9,1,10,1,2,4,'',1.79616070374942517285e+09);
INSERT INTO "responses" VALUES(10,1,10,2,2,4,'',1.79616070375718188279e+09);
INSERT INTO "responses" VALUES(11,1,10,3,2,4,'',1.79616070376246047017e+09);
INSERT INTO "responses" VALUES(12,1,10,4,2,4,'',1.79616070376519227028e+09);
INSERT INTO "responses" VALUES(13,1,11,1,1,4,'',1.79616070385349917409e+09);
INSERT INTO "responses" VALUES(14,1,11,2,1,7,'',1.79616070384656667706e+09);
INSERT INTO "responses" VALUES(15,1,11,3,1,7,'',1.79616070384884428975e+09);
INSERT INTO "responses" VALUES(16,1,11,4,1,10,'',1.79616070385117506985e+09);
INSERT INTO "responses" VALUES(17,1,13,1,1,5,'Hyvä päivä',1.79616070396314072609e+09);
INSERT INTO "responses" VALUES(18,1,13,2,1,4,'Hyvä päivä',1.79616070396711421009e+09);
INSERT INTO "responses" VALUES(19,1,13,3,1,4,'Hyvä päivä',1.79616070396980404859e+09);
INSERT INTO "responses" VALUES(20,1,13,4,1,2,'',1.79616070397512626651e+09);
CREATE TABLE steps (
	id INTEGER NOT NULL, 
	workshop_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	activity VARCHAR(40) NOT NULL, 
	title VARCHAR(120) NOT NULL, 
	prompt TEXT NOT NULL, 
	time_box_minutes INTEGER, 
	options TEXT NOT NULL, 
	source_step_id INTEGER, 
	state VARCHAR(10) NOT NULL, 
	submissions_open BOOLEAN NOT NULL, 
	results_revealed BOOLEAN NOT NULL, 
	started_at FLOAT, 
	ended_at FLOAT, 
	method_id VARCHAR(80), 
	block INTEGER, 
	content TEXT, 
	edited BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE
);
INSERT INTO "steps" VALUES(1,1,0,'brainstorm','Odotukset','Mitä toivot tältä päivältä? Mikä tekisi päivästä sinulle onnistuneen?',5,'{"private": 0}',NULL,'done',0,0,1.79616070247752237318e+09,1.79616070254989695551e+09,'check_in',1,'{"fi": {"title": "Odotukset", "prompt": "Mitä toivot tältä päivältä? Mikä tekisi päivästä sinulle onnistuneen?", "method": "Aloitus ja odotukset"}, "en": {"title": "Expectations", "prompt": "What do you hope for from today? What would make the day a success for you?", "method": "Check-in and expectations"}}',0);
INSERT INTO "steps" VALUES(2,1,1,'scale','Fiilismittari','Millä mielellä tulit tänään? 0 = ihan poissa tolaltaan, 10 = täynnä intoa.',3,'{}',NULL,'done',0,1,1.79616070254989695551e+09,1796160702.6408,'check_in',1,'{"fi": {"title": "Fiilismittari", "prompt": "Millä mielellä tulit tänään? 0 = ihan poissa tolaltaan, 10 = täynnä intoa.", "method": "Aloitus ja odotukset"}, "en": {"title": "Mood check", "prompt": "How are you arriving today? 0 = completely out of sorts, 10 = full of energy.", "method": "Check-in and expectations"}}',0);
INSERT INTO "steps" VALUES(3,1,2,'brainstorm','Mikä on meille tärkeää?','Mikä on meille työssämme todella tärkeää? Kirjoita yksi asia kerrallaan.',10,'{"private": 0}',NULL,'done',0,0,1796160702.6408,1.79616070270500206946e+09,'values',2,'{"fi": {"title": "Mikä on meille tärkeää?", "prompt": "Mikä on meille työssämme todella tärkeää? Kirjoita yksi asia kerrallaan.", "method": "Työyhteisön arvot"}, "en": {"title": "What matters to us?", "prompt": "What truly matters to us in our work? Write one thing per note.", "method": "Our values"}}',0);
INSERT INTO "steps" VALUES(4,1,3,'cluster','Arvojen ryhmittely','Kootaan samansuuntaiset ajatukset yhteen ja annetaan jokaiselle ryhmälle arvon nimi.',15,'{}',3,'done',0,0,1.79616070270500206946e+09,1.79616070277203440661e+09,'values',2,'{"fi": {"title": "Arvojen ryhmittely", "prompt": "Kootaan samansuuntaiset ajatukset yhteen ja annetaan jokaiselle ryhmälle arvon nimi.", "method": "Työyhteisön arvot"}, "en": {"title": "Grouping into values", "prompt": "We gather similar thoughts together and give each group the name of a value.", "method": "Our values"}}',0);
INSERT INTO "steps" VALUES(5,1,4,'dot_vote','Tärkeimmät arvot','Mitkä arvot kuvaavat meitä parhaiten, tai millaisina haluamme olla? Jaa pisteesi.',5,'{"dots_per_person": 3, "max_dots_per_item": 1}',3,'done',0,1,1.79616070277203440661e+09,1.79616070332378506653e+09,'values',2,'{"fi": {"title": "Tärkeimmät arvot", "prompt": "Mitkä arvot kuvaavat meitä parhaiten, tai millaisina haluamme olla? Jaa pisteesi.", "method": "Työyhteisön arvot"}, "en": {"title": "Our most important values", "prompt": "Which values describe us best, or who we want to be? Spend your dots.", "method": "Our values"}}',0);
INSERT INTO "steps" VALUES(6,1,5,'brainstorm','Arvot arjessa','Miltä valitsemamme arvot näyttävät tavallisena tiistaina? Kirjoita teko tai tapa toimia, jonka kuka tahansa voisi huomata.',15,'{"private": 0}',NULL,'done',0,0,1.79616070332378506653e+09,1.79616070340462446216e+09,'values',2,'{"fi": {"title": "Arvot arjessa", "prompt": "Miltä valitsemamme arvot näyttävät tavallisena tiistaina? Kirjoita teko tai tapa toimia, jonka kuka tahansa voisi huomata.", "method": "Työyhteisön arvot"}, "en": {"title": "Values in everyday work", "prompt": "What do our chosen values look like on an ordinary Tuesday? Write an action or a way of working that anyone could notice.", "method": "Our values"}}',0);
INSERT INTO "steps" VALUES(7,1,6,'brainstorm','Ehdotukset pelisäännöiksi','Millaisia pelisääntöjä tarvitsemme, jotta työ sujuu ja jokainen voi hyvin? Kirjoita yksi sääntö kerrallaan, esimerkiksi ”Kerromme suoraan, jos jokin mättää.”',10,'{"private": 0}',NULL,'done',0,0,1.79616070340462446216e+09,1.7961607034568092823e+09,'ground_rules',3,'{"fi": {"title": "Ehdotukset pelisäännöiksi", "prompt": "Millaisia pelisääntöjä tarvitsemme, jotta työ sujuu ja jokainen voi hyvin? Kirjoita yksi sääntö kerrallaan, esimerkiksi ”Kerromme suoraan, jos jokin mättää.”", "method": "Pelisäännöt"}, "en": {"title": "Proposed ground rules", "prompt": "What ground rules do we need so that work runs smoothly and everyone is well? Write one rule per note, for example “We say it directly if something bothers us.”", "method": "Ground rules"}}',0);
INSERT INTO "steps" VALUES(8,1,7,'cluster','Päällekkäisten yhdistäminen','Yhdistetään samaa tarkoittavat ehdotukset ja muotoillaan ryhmälle yhteinen sääntö.',10,'{}',7,'done',0,0,1.7961607034568092823e+09,1.79616070352019619946e+09,'ground_rules',3,'{"fi": {"title": "Päällekkäisten yhdistäminen", "prompt": "Yhdistetään samaa tarkoittavat ehdotukset ja muotoillaan ryhmälle yhteinen sääntö.", "method": "Pelisäännöt"}, "en": {"title": "Merging duplicates", "prompt": "We merge proposals that mean the same and word one shared rule for each group.", "method": "Ground rules"}}',0);
INSERT INTO "steps" VALUES(9,1,8,'dot_vote','Tärkeimmät säännöt','Mitkä säännöt ovat meille tärkeimpiä? Jaa pisteesi.',5,'{"dots_per_person": 5, "max_dots_per_item": 2}',7,'done',0,1,1.79616070352019619946e+09,1.7961607036756455898e+09,'ground_rules',3,'{"fi": {"title": "Tärkeimmät säännöt", "prompt": "Mitkä säännöt ovat meille tärkeimpiä? Jaa pisteesi.", "method": "Pelisäännöt"}, "en": {"title": "The most important rules", "prompt": "Which rules matter most to us? Spend your dots.", "method": "Ground rules"}}',0);
INSERT INTO "steps" VALUES(10,1,9,'consent','Sovitaan sanamuodosta','Voitko sitoutua näihin pelisääntöihin tällä sanamuodolla? Näytä sormilla: nyrkki = en voi, viisi = täysin mukana. Jos annat 0–2, kerro mikä mietityttää.',15,'{"thumbs": 0, "seed_count": 5}',NULL,'done',0,1,1.7961607036756455898e+09,1.79616070383107137684e+09,'ground_rules',3,'{"fi": {"title": "Sovitaan sanamuodosta", "prompt": "Voitko sitoutua näihin pelisääntöihin tällä sanamuodolla? Näytä sormilla: nyrkki = en voi, viisi = täysin mukana. Jos annat 0–2, kerro mikä mietityttää.", "method": "Pelisäännöt"}, "en": {"title": "Agreeing the wording", "prompt": "Can you commit to these ground rules as worded? Show with your fingers: fist = I can''t, five = fully on board. If you give 0–2, say what concerns you.", "method": "Ground rules"}}',0);
INSERT INTO "steps" VALUES(11,1,10,'scale','Tavoitteiden saavuttaminen','Kuinka hyvin saavutimme päivälle asetetut tavoitteet? 0 = emme lainkaan, 10 = täysin.',3,'{}',NULL,'done',0,1,1.79616070383107137684e+09,1.79616070391299986839e+09,'evaluation',4,'{"fi": {"title": "Tavoitteiden saavuttaminen", "prompt": "Kuinka hyvin saavutimme päivälle asetetut tavoitteet? 0 = emme lainkaan, 10 = täysin.", "method": "Arviointi ja palaute"}, "en": {"title": "Reaching our goals", "prompt": "How well did we reach the goals we set for the day? 0 = not at all, 10 = completely.", "method": "Evaluation and feedback"}}',0);
INSERT INTO "steps" VALUES(12,1,11,'brainstorm','Mitä otan mukaani?','Mitä otat tästä päivästä mukaasi arkeen?',5,'{"private": 0}',NULL,'done',0,0,1.79616070391299986839e+09,1.7961607039520320892e+09,'evaluation',4,'{"fi": {"title": "Mitä otan mukaani?", "prompt": "Mitä otat tästä päivästä mukaasi arkeen?", "method": "Arviointi ja palaute"}, "en": {"title": "What I take with me", "prompt": "What do you take from today into your everyday work?", "method": "Evaluation and feedback"}}',0);
INSERT INTO "steps" VALUES(13,1,12,'feedback','Palaute päivästä','Miten päivä onnistui? Anna arvosana 1–5 ja kerro halutessasi lisää. Palaute annetaan nimettömänä.',4,'{}',NULL,'done',0,1,1.7961607039520320892e+09,1.79616070403364753724e+09,'evaluation',4,'{"fi": {"title": "Palaute päivästä", "prompt": "Miten päivä onnistui? Anna arvosana 1–5 ja kerro halutessasi lisää. Palaute annetaan nimettömänä.", "method": "Arviointi ja palaute"}, "en": {"title": "Feedback on the day", "prompt": "How did the day go? Give a rating from 1 to 5 and add a comment if you like. Feedback is anonymous.", "method": "Evaluation and feedback"}}',0);
INSERT INTO "steps" VALUES(14,1,13,'pairing','Parityö','',NULL,'{"group_size": 2, "merge_previous": 0}',NULL,'done',0,0,1.79616070405121636393e+09,1.79616070409158802038e+09,NULL,NULL,NULL,0);
INSERT INTO "steps" VALUES(15,1,14,'action_plan','Toimenpiteet','',NULL,'{"seed_count": 3}',NULL,'done',0,0,1.79616070409158802038e+09,1.79616070413259315487e+09,NULL,NULL,NULL,0);
CREATE TABLE votes (
	id INTEGER NOT NULL, 
	workshop_id INTEGER NOT NULL, 
	step_id INTEGER NOT NULL, 
	participant_id INTEGER NOT NULL, 
	client_id VARCHAR(64) NOT NULL, 
	target_type VARCHAR(10) NOT NULL, 
	target_id INTEGER NOT NULL, 
	created_at FLOAT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (participant_id, client_id), 
	FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE, 
	FOREIGN KEY(step_id) REFERENCES steps (id) ON DELETE CASCADE, 
	FOREIGN KEY(participant_id) REFERENCES participants (id) ON DELETE CASCADE
);
INSERT INTO "votes" VALUES(1,1,5,1,'404660c6460440009e0a5eea3c4b9237','cluster',1,1.79616070278891754152e+09);
INSERT INTO "votes" VALUES(2,1,5,1,'16ea77955fb74e9ea11aca27c48758c0','cluster',2,1796160702.79197);
INSERT INTO "votes" VALUES(3,1,5,1,'3c593da39afa46c18bf342fb5ff23f06','idea',9,1.79616070279544162748e+09);
INSERT INTO "votes" VALUES(4,1,5,2,'97146dd1862e4ea9860482940b754e62','cluster',1,1.79616070279785847662e+09);
INSERT INTO "votes" VALUES(5,1,5,2,'358d3a9cc72344b39ebd37c442111e37','cluster',2,1.7961607027998971939e+09);
INSERT INTO "votes" VALUES(6,1,5,2,'b5da93e9ac314ef09285558e1e1bb58c','idea',9,1.79616070288030433652e+09);
INSERT INTO "votes" VALUES(7,1,5,3,'da0b3dd015dc4491a3f594058bb4a50e','cluster',1,1796160702.89652);
INSERT INTO "votes" VALUES(8,1,5,3,'084b0635f22a4b2182ce4b9c837280b6','cluster',2,1.79616070290669751162e+09);
INSERT INTO "votes" VALUES(9,1,5,3,'43929753e9174ae783f2e76e8ff52ff3','idea',9,1.79616070296672940254e+09);
INSERT INTO "votes" VALUES(10,1,5,4,'fb650eac418545d4b492b56238a59823','cluster',1,1.7961607030312831402e+09);
INSERT INTO "votes" VALUES(11,1,5,4,'3b971867079b4734a53bb97f3a85b4a5','cluster',2,1.7961607030484287739e+09);
INSERT INTO "votes" VALUES(12,1,5,4,'13175ef0113b43519a7ce1b870d2159f','idea',9,1.79616070309676051138e+09);
INSERT INTO "votes" VALUES(13,1,9,1,'0f0755c0f6ca48cdb74376c11b794fb3','cluster',3,1.79616070354099583621e+09);
INSERT INTO "votes" VALUES(14,1,9,1,'f6994f492c664eb486596fd6ac7e4e34','cluster',3,1.79616070354353833194e+09);
INSERT INTO "votes" VALUES(15,1,9,1,'fa18ea730202497b9d748dcee39e0f14','cluster',4,1.79616070354688310626e+09);
INSERT INTO "votes" VALUES(16,1,9,1,'40c6c93e7bbd4509a18e2508cd1d998d','cluster',4,1.79616070355186605456e+09);
INSERT INTO "votes" VALUES(17,1,9,2,'4733a1b835df4119a7d967244b2f9e97','cluster',3,1.79616070355851769439e+09);
INSERT INTO "votes" VALUES(18,1,9,2,'8e5d10a9522e4fcf85ffa19ce27f5c6e','cluster',3,1.79616070356342673298e+09);
INSERT INTO "votes" VALUES(19,1,9,2,'e2228802e7244f14bfa031375068150d','cluster',4,1.79616070356787204745e+09);
INSERT INTO "votes" VALUES(20,1,9,2,'b88cb1119381460183df20031c2676c0','cluster',4,1.79616070357176375394e+09);
INSERT INTO "votes" VALUES(21,1,9,3,'3360436e278a43e2aaf06c3e283f18ca','cluster',3,1.79616070357725572583e+09);
INSERT INTO "votes" VALUES(22,1,9,3,'66238a41ce24428f96bc0be24bb47bc9','cluster',3,1.79616070358787369726e+09);
INSERT INTO "votes" VALUES(23,1,9,3,'a6495ab40f174f9d9f88d3e46367527e','cluster',4,1.79616070359199738503e+09);
INSERT INTO "votes" VALUES(24,1,9,3,'efb298d109c64ecca6d5811be59c03b7','cluster',4,1796160703.59578);
INSERT INTO "votes" VALUES(25,1,9,4,'9c8d841710a14626999a871b3b6c7b5e','cluster',3,1.79616070360243105892e+09);
INSERT INTO "votes" VALUES(26,1,9,4,'a06034069e0847d3934f25440244b807','cluster',3,1.79616070360641288754e+09);
INSERT INTO "votes" VALUES(27,1,9,4,'570e7ff1e3654af588834116709961f3','cluster',4,1.79616070361185145381e+09);
INSERT INTO "votes" VALUES(28,1,9,4,'29bdc80342e34d90bf2269f5670c22dd','cluster',4,1.79616070362007617952e+09);
CREATE TABLE workshops (
	id INTEGER NOT NULL, 
	code VARCHAR(12) NOT NULL, 
	secret VARCHAR(64) NOT NULL, 
	title VARCHAR(120) NOT NULL, 
	organisation VARCHAR(120) NOT NULL, 
	facilitator_name VARCHAR(120) NOT NULL, 
	date VARCHAR(10), 
	language VARCHAR(5) NOT NULL, 
	anonymous BOOLEAN NOT NULL, 
	locked BOOLEAN NOT NULL, 
	revision INTEGER NOT NULL, 
	started BOOLEAN NOT NULL, 
	current_step_id INTEGER, 
	timer_ends_at FLOAT, 
	timer_seconds INTEGER NOT NULL, 
	goals TEXT NOT NULL, 
	created_at FLOAT NOT NULL, 
	closed_at FLOAT, 
	series TEXT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (code)
);
INSERT INTO "workshops" VALUES(1,'X67Y3T','n0ab4yNmkOKCiGPesAUEvQu_YCUOOlWn','Team day','Example Oy','','2026-11-24','fi',1,0,95,1,NULL,NULL,0,'Kirkastamme yhteiset arvomme ja sen, miltä ne näyttävät arjessa.
Sovimme pelisäännöt, joihin jokainen voi sitoutua.',1.79616070228780651089e+09,1.79616070413259315487e+09,'[]');
CREATE INDEX ix_steps_workshop_id ON steps (workshop_id);
CREATE INDEX ix_participants_workshop_id ON participants (workshop_id);
CREATE INDEX ix_clusters_workshop_id ON clusters (workshop_id);
CREATE INDEX ix_votes_step_participant ON votes (step_id, participant_id);
CREATE INDEX ix_votes_step_id ON votes (step_id);
CREATE INDEX ix_votes_workshop_id ON votes (workshop_id);
CREATE INDEX ix_responses_workshop_id ON responses (workshop_id);
CREATE INDEX ix_responses_step_id ON responses (step_id);
CREATE INDEX ix_consent_rounds_workshop_id ON consent_rounds (workshop_id);
CREATE INDEX ix_pairings_workshop_id ON pairings (workshop_id);
CREATE INDEX ix_actions_workshop_id ON actions (workshop_id);
CREATE INDEX ix_ideas_workshop_id ON ideas (workshop_id);
COMMIT;
