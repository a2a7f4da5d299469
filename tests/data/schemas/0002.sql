-- An Advocaat database at schema revision 0002 (contact book), with the fictional demo data.
-- Kept as text so every later migration is tested against it (tests/unit/test_migrations.py).
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0002');
CREATE TABLE contact_index (
	kind VARCHAR(20) NOT NULL, 
	id INTEGER NOT NULL, 
	sort_key VARCHAR(300) NOT NULL, 
	search_text TEXT NOT NULL, 
	CONSTRAINT pk_contact_index PRIMARY KEY (kind, id)
);
INSERT INTO "contact_index" VALUES('organisation',1,'gemeente zwolle','gemeente zwolle municipality zwolle zwolle info@zwolle.example.nl');
INSERT INTO "contact_index" VALUES('organisation',2,'gemeente deventer','gemeente deventer municipality deventer deventer info@deventer.example.nl');
INSERT INTO "contact_index" VALUES('organisation',3,'gemeente kampen','gemeente kampen municipality kampen kampen info@kampen.example.nl');
INSERT INTO "contact_index" VALUES('organisation',4,'sociaal wijkteam zwolle-zuid','sociaal wijkteam zwolle-zuid neighbourhood or social team zwolle zwolle info@zwolle-zuid.example.nl');
INSERT INTO "contact_index" VALUES('organisation',5,'thuiszorg de linde','thuiszorg de linde care provider zwolle zwolle info@linde.example.nl');
INSERT INTO "contact_index" VALUES('organisation',6,'zorggroep ijsseloever','zorggroep ijsseloever care provider deventer deventer info@ijsseloever.example.nl');
INSERT INTO "contact_index" VALUES('organisation',7,'adviesraad sociaal domein kampen','adviesraad sociaal domein kampen wmo council or social domain advisory council kampen kampen info@kampen.example.nl');
INSERT INTO "contact_index" VALUES('organisation',8,'clientenraad zorggroep ijsseloever','clientenraad zorggroep ijsseloever client council deventer info@ijsseloever.example.nl');
INSERT INTO "contact_index" VALUES('organisation',9,'stichting welzijn overijssel-west','stichting welzijn overijssel-west welfare organisation zwolle zwolle info@overijssel-west.example.nl');
INSERT INTO "contact_index" VALUES('person',1,'heuvel, marieke van den','marieke van den heuvel wethouder zorg en wmo gemeente zwolle zwolle marieke.heuvel@example.nl +31655551000 0655551000 wmo vervoer');
INSERT INTO "contact_index" VALUES('person',2,'kuipers, bram','bram kuipers senior beleidsmedewerker wmo en mobiliteit gemeente deventer zwolle bram.kuipers@example.nl +31655551037 0655551037 vervoer parkeerkaart');
INSERT INTO "contact_index" VALUES('person',3,'demir, ozlem','ozlem demir wmo-consulent gemeente zwolle zwolle ozlem.demir@example.nl +31655551074 0655551074 keukentafelgesprek');
INSERT INTO "contact_index" VALUES('person',4,'horst, joost ter','joost ter horst wethouder sociaal domein gemeente deventer deventer joost.horst@example.nl +31655551111 0655551111 wmo jeugd');
INSERT INTO "contact_index" VALUES('person',5,'boer, femke de','femke de boer raadslid gemeente deventer deventer femke.boer@example.nl +31655551148 0655551148 toegankelijkheid');
INSERT INTO "contact_index" VALUES('person',6,'mulder, sanne','sanne mulder clientondersteuner sociaal wijkteam zwolle-zuid zwolle sanne.mulder@example.nl +31655551185 0655551185 keukentafelgesprek');
INSERT INTO "contact_index" VALUES('person',7,'dijk, ingrid van','ingrid van dijk wijkverpleegkundige thuiszorg de linde zwolle ingrid.dijk@example.nl +31655551222 0655551222 thuiszorg');
INSERT INTO "contact_index" VALUES('person',8,'brouwer, kees','kees brouwer bestuurder zorggroep ijsseloever deventer kees.brouwer@example.nl +31655551259 0655551259 thuiszorg');
INSERT INTO "contact_index" VALUES('person',9,'smit, hanneke','hanneke smit beleidsmedewerker wmo en hulpmiddelen gemeente kampen kampen hanneke.smit@example.nl +31655551296 0655551296 hulpmiddelen');
INSERT INTO "contact_index" VALUES('person',10,'bakker, gerrit','gerrit bakker voorzitter adviesraad sociaal domein kampen kampen gerrit.bakker@example.nl +31655551333 0655551333 wmo');
CREATE TABLE contact_moment (
	id INTEGER NOT NULL, 
	uid VARCHAR(64) NOT NULL, 
	happened_on DATE NOT NULL, 
	channel VARCHAR(30) NOT NULL, 
	summary TEXT NOT NULL, 
	follow_up TEXT NOT NULL, 
	follow_up_due DATE, 
	follow_up_done_at DATETIME, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_contact_moment PRIMARY KEY (id), 
	CONSTRAINT uq_contact_moment_uid UNIQUE (uid)
);
INSERT INTO "contact_moment" VALUES(1,'urn:uuid:4cd4725e-5097-4b47-806c-1730293e6706','2026-10-24','meeting','Kennismaking over de Wmo-vervoersregeling; zorgen over wachttijden regiotaxi.','Cijfers over klachten regiotaxi opsturen','2026-11-20',NULL,'2026-11-23 06:19:47.439279');
INSERT INTO "contact_moment" VALUES(2,'urn:uuid:2c05ce0c-2749-4779-980e-72e09d4a53bb','2026-11-11','phone','Gebeld over de voorbereiding van keukentafelgesprekken; zij wil graag een folder.','Folder over de voorbereiding langsbrengen','2026-11-25',NULL,'2026-11-23 06:19:47.439983');
INSERT INTO "contact_moment" VALUES(3,'urn:uuid:3cd890ae-d4b9-410b-b768-a790776e874a','2026-11-18','email','Mail over de toegankelijkheid van het nieuwe gemeentehuis.','',NULL,NULL,'2026-11-23 06:19:47.440460');
INSERT INTO "contact_moment" VALUES(4,'urn:uuid:a129010c-b1ac-4f29-9dc3-3ef9bf3bb324','2026-11-21','wmo_council','Vergadering adviesraad: hulpmiddelenbeleid komt in het voorjaar op de agenda.','Signalen over hulpmiddelen bundelen voor de adviesraad','2026-11-29',NULL,'2026-11-23 06:19:47.440834');
INSERT INTO "contact_moment" VALUES(5,'urn:uuid:a19d0062-401a-4e78-8c67-e55eae298d28','2026-12-02','conversation','Afspraak met het wijkteam over cliëntondersteuning bij keukentafelgesprekken.','',NULL,NULL,'2026-11-23 06:19:47.441216');
CREATE TABLE contact_moment_organisation (
	moment_id INTEGER NOT NULL, 
	organisation_id INTEGER NOT NULL, 
	CONSTRAINT pk_contact_moment_organisation PRIMARY KEY (moment_id, organisation_id), 
	CONSTRAINT fk_contact_moment_organisation_moment_id_contact_moment FOREIGN KEY(moment_id) REFERENCES contact_moment (id) ON DELETE CASCADE, 
	CONSTRAINT fk_contact_moment_organisation_organisation_id_organisation FOREIGN KEY(organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
);
INSERT INTO "contact_moment_organisation" VALUES(5,4);
CREATE TABLE contact_moment_person (
	moment_id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	CONSTRAINT pk_contact_moment_person PRIMARY KEY (moment_id, person_id), 
	CONSTRAINT fk_contact_moment_person_moment_id_contact_moment FOREIGN KEY(moment_id) REFERENCES contact_moment (id) ON DELETE CASCADE, 
	CONSTRAINT fk_contact_moment_person_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);
INSERT INTO "contact_moment_person" VALUES(1,1);
INSERT INTO "contact_moment_person" VALUES(1,2);
INSERT INTO "contact_moment_person" VALUES(2,3);
INSERT INTO "contact_moment_person" VALUES(3,5);
INSERT INTO "contact_moment_person" VALUES(4,10);
INSERT INTO "contact_moment_person" VALUES(4,9);
INSERT INTO "contact_moment_person" VALUES(5,6);
CREATE TABLE email_address (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	address VARCHAR(254) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	CONSTRAINT pk_email_address PRIMARY KEY (id), 
	CONSTRAINT fk_email_address_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);
INSERT INTO "email_address" VALUES(1,1,'marieke.heuvel@example.nl','work');
INSERT INTO "email_address" VALUES(2,2,'bram.kuipers@example.nl','work');
INSERT INTO "email_address" VALUES(3,3,'özlem.demir@example.nl','work');
INSERT INTO "email_address" VALUES(4,4,'joost.horst@example.nl','work');
INSERT INTO "email_address" VALUES(5,5,'femke.boer@example.nl','work');
INSERT INTO "email_address" VALUES(6,6,'sanne.mulder@example.nl','work');
INSERT INTO "email_address" VALUES(7,7,'ingrid.dijk@example.nl','work');
INSERT INTO "email_address" VALUES(8,8,'kees.brouwer@example.nl','work');
INSERT INTO "email_address" VALUES(9,9,'hanneke.smit@example.nl','work');
INSERT INTO "email_address" VALUES(10,10,'gerrit.bakker@example.nl','work');
CREATE TABLE municipality (
	cbs_code VARCHAR(6) NOT NULL, 
	name VARCHAR(120) NOT NULL, 
	province VARCHAR(40) NOT NULL, 
	safety_region VARCHAR(4) NOT NULL, 
	aliases TEXT NOT NULL, 
	active BOOLEAN NOT NULL, 
	merged_into VARCHAR(6), 
	CONSTRAINT pk_municipality PRIMARY KEY (cbs_code), 
	CONSTRAINT fk_municipality_merged_into_municipality FOREIGN KEY(merged_into) REFERENCES municipality (cbs_code)
);
INSERT INTO "municipality" VALUES('GM0150','Deventer','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM0166','Kampen','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM0193','Zwolle','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM0518','''s-Gravenhage','Zuid-Holland','VR15','Den Haag',1,NULL);
CREATE TABLE organisation (
	id INTEGER NOT NULL, 
	uid VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	municipality_code VARCHAR(6), 
	street VARCHAR(200) NOT NULL, 
	postcode VARCHAR(10) NOT NULL, 
	city VARCHAR(100) NOT NULL, 
	phone VARCHAR(40) NOT NULL, 
	email VARCHAR(200) NOT NULL, 
	website VARCHAR(300) NOT NULL, 
	notes TEXT NOT NULL, 
	sort_key VARCHAR(200) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_organisation PRIMARY KEY (id), 
	CONSTRAINT fk_organisation_municipality_code_municipality FOREIGN KEY(municipality_code) REFERENCES municipality (cbs_code), 
	CONSTRAINT uq_organisation_uid UNIQUE (uid)
);
INSERT INTO "organisation" VALUES(1,'urn:uuid:a2412183-18e1-4d48-89df-51c8f0c0d3a1','Gemeente Zwolle','municipality','GM0193','','','Zwolle','038 498 0000','info@zwolle.example.nl','','','gemeente zwolle','2026-11-23 06:19:47.384539','2026-11-23 06:19:47.383678');
INSERT INTO "organisation" VALUES(2,'urn:uuid:3f1d949d-2eb3-4abb-8593-01b12cab2afb','Gemeente Deventer','municipality','GM0150','','','Deventer','0570 690 000','info@deventer.example.nl','','','gemeente deventer','2026-11-23 06:19:47.388008','2026-11-23 06:19:47.387824');
INSERT INTO "organisation" VALUES(3,'urn:uuid:02997bca-5916-4c3d-818d-6a2e09e923a4','Gemeente Kampen','municipality','GM0166','','','Kampen','038 339 0000','info@kampen.example.nl','','','gemeente kampen','2026-11-23 06:19:47.389243','2026-11-23 06:19:47.389109');
INSERT INTO "organisation" VALUES(4,'urn:uuid:6007b971-1df5-4894-8df5-8ca261a63684','Sociaal Wijkteam Zwolle-Zuid','social_team','GM0193','','','Zwolle','','info@zwolle-zuid.example.nl','','','sociaal wijkteam zwolle-zuid','2026-11-23 06:19:47.390260','2026-11-23 06:19:47.390140');
INSERT INTO "organisation" VALUES(5,'urn:uuid:61058c12-e781-42f6-a858-ecf5714fe7c4','Thuiszorg De Linde','care_provider','GM0193','','','Zwolle','038 765 4321','info@linde.example.nl','','','thuiszorg de linde','2026-11-23 06:19:47.391538','2026-11-23 06:19:47.391404');
INSERT INTO "organisation" VALUES(6,'urn:uuid:868f61dd-dbc1-4689-9fa1-ea53f53480ff','Zorggroep IJsseloever','care_provider','GM0150','','','Deventer','','info@ijsseloever.example.nl','','','zorggroep ijsseloever','2026-11-23 06:19:47.392533','2026-11-23 06:19:47.392419');
INSERT INTO "organisation" VALUES(7,'urn:uuid:435e02eb-70c5-48c8-947d-bcfa0b9eecfe','Adviesraad Sociaal Domein Kampen','advisory_council','GM0166','','','Kampen','','info@kampen.example.nl','','','adviesraad sociaal domein kampen','2026-11-23 06:19:47.393656','2026-11-23 06:19:47.393540');
INSERT INTO "organisation" VALUES(8,'urn:uuid:324f16d5-918a-40a1-8696-83eade55de12','Cliëntenraad Zorggroep IJsseloever','client_council','GM0150','','','','','info@ijsseloever.example.nl','','','clientenraad zorggroep ijsseloever','2026-11-23 06:19:47.394635','2026-11-23 06:19:47.394521');
INSERT INTO "organisation" VALUES(9,'urn:uuid:261ed493-1a58-4904-b316-4a16d48d218e','Stichting Welzijn Overijssel-West','welfare','GM0193','','','Zwolle','','info@overijssel-west.example.nl','','','stichting welzijn overijssel-west','2026-11-23 06:19:47.395776','2026-11-23 06:19:47.395657');
CREATE TABLE organisation_theme (
	organisation_id INTEGER NOT NULL, 
	theme_id INTEGER NOT NULL, 
	CONSTRAINT pk_organisation_theme PRIMARY KEY (organisation_id, theme_id), 
	CONSTRAINT fk_organisation_theme_organisation_id_organisation FOREIGN KEY(organisation_id) REFERENCES organisation (id) ON DELETE CASCADE, 
	CONSTRAINT fk_organisation_theme_theme_id_theme FOREIGN KEY(theme_id) REFERENCES theme (id) ON DELETE CASCADE
);
CREATE TABLE person (
	id INTEGER NOT NULL, 
	uid VARCHAR(64) NOT NULL, 
	given_name VARCHAR(100) NOT NULL, 
	infix VARCHAR(30) NOT NULL, 
	family_name VARCHAR(150) NOT NULL, 
	municipality_code VARCHAR(6), 
	notes TEXT NOT NULL, 
	influence INTEGER, 
	attitude INTEGER, 
	sort_key VARCHAR(300) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_person PRIMARY KEY (id), 
	CONSTRAINT fk_person_municipality_code_municipality FOREIGN KEY(municipality_code) REFERENCES municipality (cbs_code), 
	CONSTRAINT uq_person_uid UNIQUE (uid)
);
INSERT INTO "person" VALUES(1,'urn:uuid:411aa7aa-5e35-4e99-a7cb-8c36df8d1cf8','Marieke','van den','Heuvel','GM0193','',5,1,'heuvel, marieke van den','2026-11-23 06:19:47.397957','2026-11-23 06:19:47.401295');
INSERT INTO "person" VALUES(2,'urn:uuid:dbecb890-84a2-404b-b053-ee7f75328bc4','Bram','','Kuipers','GM0193','',3,0,'kuipers, bram','2026-11-23 06:19:47.406187','2026-11-23 06:19:47.407365');
INSERT INTO "person" VALUES(3,'urn:uuid:5e37b3fb-102a-4dfb-a21a-860cc5eee1db','Özlem','','Demir','GM0193','',2,1,'demir, ozlem','2026-11-23 06:19:47.410038','2026-11-23 06:19:47.410955');
INSERT INTO "person" VALUES(4,'urn:uuid:0bafe668-0fdd-4da6-967e-195869c34e05','Joost','ter','Horst','GM0150','',5,-1,'horst, joost ter','2026-11-23 06:19:47.413837','2026-11-23 06:19:47.414652');
INSERT INTO "person" VALUES(5,'urn:uuid:0901c188-3d15-4ce8-b49e-43a9866fe35e','Femke','de','Boer','GM0150','',3,2,'boer, femke de','2026-11-23 06:19:47.417332','2026-11-23 06:19:47.418090');
INSERT INTO "person" VALUES(6,'urn:uuid:2477a1a1-5ff6-42a7-ab38-ee2299c5478e','Sanne','','Mulder','GM0193','',2,2,'mulder, sanne','2026-11-23 06:19:47.420695','2026-11-23 06:19:47.421311');
INSERT INTO "person" VALUES(7,'urn:uuid:8fda0c66-c747-413f-832d-d1cd35a16e8d','Ingrid','van','Dijk','GM0193','',2,1,'dijk, ingrid van','2026-11-23 06:19:47.424074','2026-11-23 06:19:47.424907');
INSERT INTO "person" VALUES(8,'urn:uuid:02b67ec9-111b-43d6-a1d5-a4288be0824d','Kees','','Brouwer','GM0150','',4,0,'brouwer, kees','2026-11-23 06:19:47.427470','2026-11-23 06:19:47.428075');
INSERT INTO "person" VALUES(9,'urn:uuid:1514bb8e-232d-4b2e-ab0f-64ce26f77d14','Hanneke','','Smit','GM0166','',3,0,'smit, hanneke','2026-11-23 06:19:47.430474','2026-11-23 06:19:47.431379');
INSERT INTO "person" VALUES(10,'urn:uuid:7d7018d3-9210-4983-ab3a-9b186ed13bc3','Gerrit','','Bakker','GM0166','',3,2,'bakker, gerrit','2026-11-23 06:19:47.434049','2026-11-23 06:19:47.434779');
CREATE TABLE person_theme (
	person_id INTEGER NOT NULL, 
	theme_id INTEGER NOT NULL, 
	CONSTRAINT pk_person_theme PRIMARY KEY (person_id, theme_id), 
	CONSTRAINT fk_person_theme_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE, 
	CONSTRAINT fk_person_theme_theme_id_theme FOREIGN KEY(theme_id) REFERENCES theme (id) ON DELETE CASCADE
);
INSERT INTO "person_theme" VALUES(1,1);
INSERT INTO "person_theme" VALUES(1,2);
INSERT INTO "person_theme" VALUES(2,2);
INSERT INTO "person_theme" VALUES(2,3);
INSERT INTO "person_theme" VALUES(3,4);
INSERT INTO "person_theme" VALUES(4,1);
INSERT INTO "person_theme" VALUES(4,5);
INSERT INTO "person_theme" VALUES(5,6);
INSERT INTO "person_theme" VALUES(6,4);
INSERT INTO "person_theme" VALUES(7,7);
INSERT INTO "person_theme" VALUES(8,7);
INSERT INTO "person_theme" VALUES(9,8);
INSERT INTO "person_theme" VALUES(10,1);
CREATE TABLE phone_number (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	number VARCHAR(40) NOT NULL, 
	normalized VARCHAR(20) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	CONSTRAINT pk_phone_number PRIMARY KEY (id), 
	CONSTRAINT fk_phone_number_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);
INSERT INTO "phone_number" VALUES(1,1,'06 55551000','+31655551000','mobile');
INSERT INTO "phone_number" VALUES(2,2,'06 55551037','+31655551037','mobile');
INSERT INTO "phone_number" VALUES(3,3,'06 55551074','+31655551074','mobile');
INSERT INTO "phone_number" VALUES(4,4,'06 55551111','+31655551111','mobile');
INSERT INTO "phone_number" VALUES(5,5,'06 55551148','+31655551148','mobile');
INSERT INTO "phone_number" VALUES(6,6,'06 55551185','+31655551185','mobile');
INSERT INTO "phone_number" VALUES(7,7,'06 55551222','+31655551222','mobile');
INSERT INTO "phone_number" VALUES(8,8,'06 55551259','+31655551259','mobile');
INSERT INTO "phone_number" VALUES(9,9,'06 55551296','+31655551296','mobile');
INSERT INTO "phone_number" VALUES(10,10,'06 55551333','+31655551333','mobile');
CREATE TABLE position (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	organisation_id INTEGER, 
	role VARCHAR(120) NOT NULL, 
	portfolio VARCHAR(300) NOT NULL, 
	started_on DATE, 
	ended_on DATE, 
	CONSTRAINT pk_position PRIMARY KEY (id), 
	CONSTRAINT fk_position_organisation_id_organisation FOREIGN KEY(organisation_id) REFERENCES organisation (id) ON DELETE SET NULL, 
	CONSTRAINT fk_position_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);
INSERT INTO "position" VALUES(1,1,1,'wethouder','Zorg en Wmo',NULL,NULL);
INSERT INTO "position" VALUES(2,2,1,'beleidsmedewerker','Wmo-vervoer',NULL,'2026-10-14');
INSERT INTO "position" VALUES(3,3,1,'Wmo-consulent','',NULL,NULL);
INSERT INTO "position" VALUES(4,4,2,'wethouder','Sociaal domein',NULL,NULL);
INSERT INTO "position" VALUES(5,5,2,'raadslid','',NULL,NULL);
INSERT INTO "position" VALUES(6,6,4,'cliëntondersteuner','',NULL,NULL);
INSERT INTO "position" VALUES(7,7,5,'wijkverpleegkundige','',NULL,NULL);
INSERT INTO "position" VALUES(8,8,6,'bestuurder','',NULL,NULL);
INSERT INTO "position" VALUES(9,9,3,'beleidsmedewerker','Wmo en hulpmiddelen',NULL,NULL);
INSERT INTO "position" VALUES(10,10,7,'voorzitter','',NULL,NULL);
INSERT INTO "position" VALUES(11,2,2,'senior beleidsmedewerker','Wmo en mobiliteit','2026-10-14',NULL);
CREATE TABLE setting (
	"key" VARCHAR(80) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_setting PRIMARY KEY ("key")
);
INSERT INTO "setting" VALUES('setup','{"organisation": "Vereniging Samen Sterk (demo)", "municipalities": ["GM0193", "GM0150", "GM0166"], "role": "volunteer"}');
CREATE TABLE theme (
	id INTEGER NOT NULL, 
	name VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_theme PRIMARY KEY (id), 
	CONSTRAINT uq_theme_name UNIQUE (name)
);
INSERT INTO "theme" VALUES(1,'Wmo');
INSERT INTO "theme" VALUES(2,'vervoer');
INSERT INTO "theme" VALUES(3,'parkeerkaart');
INSERT INTO "theme" VALUES(4,'keukentafelgesprek');
INSERT INTO "theme" VALUES(5,'jeugd');
INSERT INTO "theme" VALUES(6,'toegankelijkheid');
INSERT INTO "theme" VALUES(7,'thuiszorg');
INSERT INTO "theme" VALUES(8,'hulpmiddelen');
CREATE INDEX ix_municipality_name ON municipality (name);
CREATE INDEX ix_contact_index_order ON contact_index (sort_key, kind, id, search_text);
CREATE INDEX ix_contact_moment_follow_up_due ON contact_moment (follow_up_due);
CREATE INDEX ix_contact_moment_happened_on ON contact_moment (happened_on);
CREATE INDEX ix_organisation_municipality_code ON organisation (municipality_code);
CREATE INDEX ix_organisation_sort_key ON organisation (sort_key);
CREATE INDEX ix_person_municipality_code ON person (municipality_code);
CREATE INDEX ix_person_sort_key ON person (sort_key);
CREATE INDEX ix_email_address_address ON email_address (address);
CREATE INDEX ix_email_address_person_id ON email_address (person_id);
CREATE INDEX ix_phone_number_normalized ON phone_number (normalized);
CREATE INDEX ix_phone_number_person_id ON phone_number (person_id);
CREATE INDEX ix_position_organisation_id ON position (organisation_id);
CREATE INDEX ix_position_person_id ON position (person_id);
COMMIT;
