-- An Advocaat database at schema revision 0002 (contact book), with the fictional demo data.
-- Kept as text so every later migration is tested against it (tests/unit/test_migrations.py).
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0002');
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
INSERT INTO "contact_moment" VALUES(1,'urn:uuid:98a71783-3cf8-450b-8f56-6ccd25e4ff38','2026-10-24','meeting','Kennismaking over de Wmo-vervoersregeling; zorgen over de wachttijden bij de regiotaxi.','Cijfers over klachten regiotaxi opsturen','2026-11-20',NULL,'2026-11-23 06:11:45.033295');
INSERT INTO "contact_moment" VALUES(2,'urn:uuid:9e4e0bdf-e5fc-4100-8e9e-15d748b9e19f','2026-11-11','phone','Gebeld over hoe keukentafelgesprekken worden voorbereid; zij staat open voor een folder.','Folder over de voorbereiding langsbrengen','2026-11-25',NULL,'2026-11-23 06:11:45.034327');
INSERT INTO "contact_moment" VALUES(3,'urn:uuid:75b5ecaf-c7d6-4847-b58f-462b4171fb94','2026-11-18','email','Mail over de toegankelijkheid van het nieuwe gemeentehuis.','',NULL,NULL,'2026-11-23 06:11:45.034943');
INSERT INTO "contact_moment" VALUES(4,'urn:uuid:c59d64bf-924a-48a5-8f70-72a62c4bb6a4','2026-11-21','wmo_council','Vergadering adviesraad: hulpmiddelenbeleid komt in het voorjaar op de agenda.','Signalen over hulpmiddelen bundelen voor de adviesraad','2026-11-29',NULL,'2026-11-23 06:11:45.035346');
INSERT INTO "contact_moment" VALUES(5,'urn:uuid:f224d322-2eb1-4dc9-8882-7237e2dfba76','2026-12-02','conversation','Afspraak met het wijkteam over cliëntondersteuning bij keukentafelgesprekken.','',NULL,NULL,'2026-11-23 06:11:45.035732');
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
	search_text TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_organisation PRIMARY KEY (id), 
	CONSTRAINT fk_organisation_municipality_code_municipality FOREIGN KEY(municipality_code) REFERENCES municipality (cbs_code), 
	CONSTRAINT uq_organisation_uid UNIQUE (uid)
);
INSERT INTO "organisation" VALUES(1,'urn:uuid:8d54776f-6f92-4d50-98e8-17b061554e01','Gemeente Zwolle','municipality','GM0193','','','Zwolle','038 498 0000','info@zwolle.example.nl','','','gemeente zwolle','gemeente zwolle municipality zwolle zwolle info@zwolle.example.nl','2026-11-23 06:11:44.986848','2026-11-23 06:11:44.985835');
INSERT INTO "organisation" VALUES(2,'urn:uuid:f83a7110-5bbb-4432-8285-1e8da3417716','Gemeente Deventer','municipality','GM0150','','','Deventer','0570 690 000','info@deventer.example.nl','','','gemeente deventer','gemeente deventer municipality deventer deventer info@deventer.example.nl','2026-11-23 06:11:44.988851','2026-11-23 06:11:44.988674');
INSERT INTO "organisation" VALUES(3,'urn:uuid:b1c6888a-4b1d-4753-9312-22e64f9820cc','Gemeente Kampen','municipality','GM0166','','','Kampen','038 339 0000','info@kampen.example.nl','','','gemeente kampen','gemeente kampen municipality kampen kampen info@kampen.example.nl','2026-11-23 06:11:44.989788','2026-11-23 06:11:44.989654');
INSERT INTO "organisation" VALUES(4,'urn:uuid:8c0602d3-e808-4139-a1a1-a24e1bbb8862','Sociaal Wijkteam Zwolle-Zuid','social_team','GM0193','','','Zwolle','','info@zwolle-zuid.example.nl','','','sociaal wijkteam zwolle-zuid','sociaal wijkteam zwolle-zuid neighbourhood or social team zwolle zwolle info@zwolle-zuid.example.nl','2026-11-23 06:11:44.990565','2026-11-23 06:11:44.990444');
INSERT INTO "organisation" VALUES(5,'urn:uuid:d9e628fb-c2dc-45f0-ae7d-dcd614e487d1','Thuiszorg De Linde','care_provider','GM0193','','','Zwolle','038 765 4321','info@linde.example.nl','','','thuiszorg de linde','thuiszorg de linde care provider zwolle zwolle info@linde.example.nl','2026-11-23 06:11:44.991567','2026-11-23 06:11:44.991438');
INSERT INTO "organisation" VALUES(6,'urn:uuid:e51a8f02-9513-4c7c-ae01-1d441f3ee008','Zorggroep IJsseloever','care_provider','GM0150','','','Deventer','','info@ijsseloever.example.nl','','','zorggroep ijsseloever','zorggroep ijsseloever care provider deventer deventer info@ijsseloever.example.nl','2026-11-23 06:11:44.992294','2026-11-23 06:11:44.992181');
INSERT INTO "organisation" VALUES(7,'urn:uuid:b20ed4d8-65f2-42c9-b1a1-2fa60d64dc51','Adviesraad Sociaal Domein Kampen','advisory_council','GM0166','','','Kampen','','info@kampen.example.nl','','','adviesraad sociaal domein kampen','adviesraad sociaal domein kampen wmo council or social domain advisory council kampen kampen info@kampen.example.nl','2026-11-23 06:11:44.992977','2026-11-23 06:11:44.992868');
INSERT INTO "organisation" VALUES(8,'urn:uuid:a941aec1-99e8-40e3-8541-f4e319129b0c','Cliëntenraad Zorggroep IJsseloever','client_council','GM0150','','','','','info@ijsseloever.example.nl','','','clientenraad zorggroep ijsseloever','clientenraad zorggroep ijsseloever client council deventer info@ijsseloever.example.nl','2026-11-23 06:11:44.993684','2026-11-23 06:11:44.993571');
INSERT INTO "organisation" VALUES(9,'urn:uuid:2a699c8f-b6b1-4095-befd-a78d22eb7a5a','Stichting Welzijn Overijssel-West','welfare','GM0193','','','Zwolle','','info@overijssel-west.example.nl','','','stichting welzijn overijssel-west','stichting welzijn overijssel-west welfare organisation zwolle zwolle info@overijssel-west.example.nl','2026-11-23 06:11:44.994388','2026-11-23 06:11:44.994280');
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
	search_text TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_person PRIMARY KEY (id), 
	CONSTRAINT fk_person_municipality_code_municipality FOREIGN KEY(municipality_code) REFERENCES municipality (cbs_code), 
	CONSTRAINT uq_person_uid UNIQUE (uid)
);
INSERT INTO "person" VALUES(1,'urn:uuid:e2c8c144-3cd9-4d54-b77a-0e8c12a5a708','Marieke','van den','Heuvel','GM0193','',5,1,'heuvel, marieke van den','marieke van den heuvel wethouder zorg en wmo gemeente zwolle zwolle marieke.heuvel@example.nl +31655551000 wmo vervoer','2026-11-23 06:11:44.996576','2026-11-23 06:11:44.999913');
INSERT INTO "person" VALUES(2,'urn:uuid:74c0568a-6ad8-41d9-9c8b-99f44e19303c','Bram','','Kuipers','GM0193','',3,0,'kuipers, bram','bram kuipers senior beleidsmedewerker wmo en mobiliteit gemeente deventer zwolle bram.kuipers@example.nl +31655551037 vervoer parkeerkaart','2026-11-23 06:11:45.004457','2026-11-23 06:11:45.005425');
INSERT INTO "person" VALUES(3,'urn:uuid:8f413d41-0f9c-4eb8-b8f6-b718035833cc','Özlem','','Demir','GM0193','',2,1,'demir, ozlem','ozlem demir wmo-consulent gemeente zwolle zwolle ozlem.demir@example.nl +31655551074 keukentafelgesprek','2026-11-23 06:11:45.008040','2026-11-23 06:11:45.008810');
INSERT INTO "person" VALUES(4,'urn:uuid:89e909fa-4560-438a-87ff-7cdb12e92fea','Joost','ter','Horst','GM0150','',5,-1,'horst, joost ter','joost ter horst wethouder sociaal domein gemeente deventer deventer joost.horst@example.nl +31655551111 wmo jeugd','2026-11-23 06:11:45.011424','2026-11-23 06:11:45.012188');
INSERT INTO "person" VALUES(5,'urn:uuid:a512045f-245a-42b6-94dc-3da7ee80a634','Femke','de','Boer','GM0150','',3,2,'boer, femke de','femke de boer raadslid gemeente deventer deventer femke.boer@example.nl +31655551148 toegankelijkheid','2026-11-23 06:11:45.014351','2026-11-23 06:11:45.015210');
INSERT INTO "person" VALUES(6,'urn:uuid:36f7b669-0e35-40c9-a6b3-29da7b1ad64b','Sanne','','Mulder','GM0193','',2,2,'mulder, sanne','sanne mulder clientondersteuner sociaal wijkteam zwolle-zuid zwolle sanne.mulder@example.nl +31655551185 keukentafelgesprek','2026-11-23 06:11:45.017581','2026-11-23 06:11:45.018178');
INSERT INTO "person" VALUES(7,'urn:uuid:33f3f59a-6915-4d53-a162-ff55b40da068','Ingrid','van','Dijk','GM0193','',2,1,'dijk, ingrid van','ingrid van dijk wijkverpleegkundige thuiszorg de linde zwolle ingrid.dijk@example.nl +31655551222 thuiszorg','2026-11-23 06:11:45.020449','2026-11-23 06:11:45.021180');
INSERT INTO "person" VALUES(8,'urn:uuid:0f264727-7004-4e68-b619-43d20e69c4c8','Kees','','Brouwer','GM0150','',4,0,'brouwer, kees','kees brouwer bestuurder zorggroep ijsseloever deventer kees.brouwer@example.nl +31655551259 thuiszorg','2026-11-23 06:11:45.023399','2026-11-23 06:11:45.023993');
INSERT INTO "person" VALUES(9,'urn:uuid:e0a1bc64-ead0-49ca-88c8-c6207e1206f3','Hanneke','','Smit','GM0166','',3,0,'smit, hanneke','hanneke smit beleidsmedewerker wmo en hulpmiddelen gemeente kampen kampen hanneke.smit@example.nl +31655551296 hulpmiddelen','2026-11-23 06:11:45.026215','2026-11-23 06:11:45.027118');
INSERT INTO "person" VALUES(10,'urn:uuid:7ceeeef7-0b34-438d-b476-d38a891591d4','Gerrit','','Bakker','GM0166','',3,2,'bakker, gerrit','gerrit bakker voorzitter adviesraad sociaal domein kampen kampen gerrit.bakker@example.nl +31655551333 wmo','2026-11-23 06:11:45.029281','2026-11-23 06:11:45.029895');
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
