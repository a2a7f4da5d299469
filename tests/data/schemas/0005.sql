-- An Advocaat database at schema revision 0005 (signals), with the fictional demo data.
-- Kept as text so every later migration is tested against it (tests/unit/test_migrations.py).
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0005');
CREATE TABLE checklist_template (
	id INTEGER NOT NULL, 
	template_id VARCHAR(64) NOT NULL, 
	body TEXT NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_checklist_template PRIMARY KEY (id), 
	CONSTRAINT uq_checklist_template_template_id UNIQUE (template_id)
);
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
INSERT INTO "contact_moment" VALUES(1,'urn:uuid:fb964dca-efa3-452b-9cd5-3cf750a90992','2026-10-24','meeting','Kennismaking over de Wmo-vervoersregeling; zorgen over wachttijden regiotaxi.','Cijfers over klachten regiotaxi opsturen','2026-11-20',NULL,'2026-11-23 07:23:40.189458');
INSERT INTO "contact_moment" VALUES(2,'urn:uuid:60c27300-fd8b-4994-90e3-0b78ba4a5eb0','2026-11-11','phone','Gebeld over de voorbereiding van keukentafelgesprekken; zij wil graag een folder.','Folder over de voorbereiding langsbrengen','2026-11-25',NULL,'2026-11-23 07:23:40.190159');
INSERT INTO "contact_moment" VALUES(3,'urn:uuid:fabf9a32-acde-4c63-a609-044ed99f7b1e','2026-11-18','email','Mail over de toegankelijkheid van het nieuwe gemeentehuis.','',NULL,NULL,'2026-11-23 07:23:40.190655');
INSERT INTO "contact_moment" VALUES(4,'urn:uuid:1e6a6b0b-3f35-40d1-bacb-54d11e4d0816','2026-11-21','wmo_council','Vergadering adviesraad: hulpmiddelenbeleid komt in het voorjaar op de agenda.','Signalen over hulpmiddelen bundelen voor de adviesraad','2026-11-29',NULL,'2026-11-23 07:23:40.191168');
INSERT INTO "contact_moment" VALUES(5,'urn:uuid:03d711d7-3063-43c6-b491-b1d6b28e0a26','2026-12-02','conversation','Afspraak met het wijkteam over cliëntondersteuning bij keukentafelgesprekken.','',NULL,NULL,'2026-11-23 07:23:40.198583');
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
INSERT INTO "email_address" VALUES(3,3,'ozlem.demir@example.nl','work');
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
INSERT INTO "organisation" VALUES(1,'urn:uuid:17e4815c-fa2c-4d5e-8c93-90ca77b2584a','Gemeente Zwolle','municipality','GM0193','','','Zwolle','038 498 0000','info@zwolle.example.nl','','','gemeente zwolle','2026-11-23 07:23:40.136543','2026-11-23 07:23:40.135748');
INSERT INTO "organisation" VALUES(2,'urn:uuid:22fd46ff-5f75-45c0-8e4d-3995dbb1a390','Gemeente Deventer','municipality','GM0150','','','Deventer','0570 690 000','info@deventer.example.nl','','','gemeente deventer','2026-11-23 07:23:40.140001','2026-11-23 07:23:40.139803');
INSERT INTO "organisation" VALUES(3,'urn:uuid:cb345a34-7b29-4c6c-a9ac-bf40e10f4632','Gemeente Kampen','municipality','GM0166','','','Kampen','038 339 0000','info@kampen.example.nl','','','gemeente kampen','2026-11-23 07:23:40.141205','2026-11-23 07:23:40.141078');
INSERT INTO "organisation" VALUES(4,'urn:uuid:9e0c7596-2511-4040-b421-71c2cb3ae829','Sociaal Wijkteam Zwolle-Zuid','social_team','GM0193','','','Zwolle','','info@zwolle-zuid.example.nl','','','sociaal wijkteam zwolle-zuid','2026-11-23 07:23:40.142172','2026-11-23 07:23:40.142054');
INSERT INTO "organisation" VALUES(5,'urn:uuid:201b6a19-80e0-4b74-84a8-2cf8975f1718','Thuiszorg De Linde','care_provider','GM0193','','','Zwolle','038 765 4321','info@linde.example.nl','','','thuiszorg de linde','2026-11-23 07:23:40.143393','2026-11-23 07:23:40.143260');
INSERT INTO "organisation" VALUES(6,'urn:uuid:351d54b9-4558-403d-af6e-5d4dd55f81e1','Zorggroep IJsseloever','care_provider','GM0150','','','Deventer','','info@ijsseloever.example.nl','','','zorggroep ijsseloever','2026-11-23 07:23:40.144318','2026-11-23 07:23:40.144208');
INSERT INTO "organisation" VALUES(7,'urn:uuid:f4f22c5e-cc27-4624-b3f2-c1a32ff2bd39','Adviesraad Sociaal Domein Kampen','advisory_council','GM0166','','','Kampen','','info@kampen.example.nl','','','adviesraad sociaal domein kampen','2026-11-23 07:23:40.145207','2026-11-23 07:23:40.145101');
INSERT INTO "organisation" VALUES(8,'urn:uuid:2f4b91c9-4f91-4ec1-8a56-d7781059e15e','Cliëntenraad Zorggroep IJsseloever','client_council','GM0150','','','','','info@ijsseloever.example.nl','','','clientenraad zorggroep ijsseloever','2026-11-23 07:23:40.146098','2026-11-23 07:23:40.145987');
INSERT INTO "organisation" VALUES(9,'urn:uuid:f3aeddb3-180c-4bc6-8f7d-db2741265c01','Stichting Welzijn Overijssel-West','welfare','GM0193','','','Zwolle','','info@overijssel-west.example.nl','','','stichting welzijn overijssel-west','2026-11-23 07:23:40.147147','2026-11-23 07:23:40.147029');
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
INSERT INTO "person" VALUES(1,'urn:uuid:bc0794fa-e020-4d49-882d-05fe69805365','Marieke','van den','Heuvel','GM0193','',5,1,'heuvel, marieke van den','2026-11-23 07:23:40.149449','2026-11-23 07:23:40.153058');
INSERT INTO "person" VALUES(2,'urn:uuid:c4d6299d-148b-4d68-b2e4-03e4835ba7b4','Bram','','Kuipers','GM0193','',3,0,'kuipers, bram','2026-11-23 07:23:40.157733','2026-11-23 07:23:40.158903');
INSERT INTO "person" VALUES(3,'urn:uuid:92c537ca-8568-47de-be90-77039ac55de8','Özlem','','Demir','GM0193','',2,1,'demir, ozlem','2026-11-23 07:23:40.161514','2026-11-23 07:23:40.162275');
INSERT INTO "person" VALUES(4,'urn:uuid:937462fc-dd33-41c6-aec4-36adde2417ef','Joost','ter','Horst','GM0150','',5,-1,'horst, joost ter','2026-11-23 07:23:40.164978','2026-11-23 07:23:40.165716');
INSERT INTO "person" VALUES(5,'urn:uuid:bb124a0c-4c9a-4905-99c5-ec42228fc519','Femke','de','Boer','GM0150','',3,2,'boer, femke de','2026-11-23 07:23:40.168286','2026-11-23 07:23:40.169169');
INSERT INTO "person" VALUES(6,'urn:uuid:4f107e77-d432-4f63-a4c7-241c3a13edfd','Sanne','','Mulder','GM0193','',2,2,'mulder, sanne','2026-11-23 07:23:40.171739','2026-11-23 07:23:40.172322');
INSERT INTO "person" VALUES(7,'urn:uuid:5db419b3-0613-4dbb-be9d-dd7bf86c13ee','Ingrid','van','Dijk','GM0193','',2,1,'dijk, ingrid van','2026-11-23 07:23:40.174766','2026-11-23 07:23:40.175548');
INSERT INTO "person" VALUES(8,'urn:uuid:ec34d93a-6619-4df9-be32-f8c141bd38b7','Kees','','Brouwer','GM0150','',4,0,'brouwer, kees','2026-11-23 07:23:40.177883','2026-11-23 07:23:40.178586');
INSERT INTO "person" VALUES(9,'urn:uuid:ca82d3d6-2579-4312-97fa-ac04d88c08f2','Hanneke','','Smit','GM0166','',3,0,'smit, hanneke','2026-11-23 07:23:40.181146','2026-11-23 07:23:40.181880');
INSERT INTO "person" VALUES(10,'urn:uuid:0830eaaf-2779-4ad1-844b-693ef5c82038','Gerrit','','Bakker','GM0166','',3,2,'bakker, gerrit','2026-11-23 07:23:40.184382','2026-11-23 07:23:40.184967');
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
CREATE TABLE signal (
	id INTEGER NOT NULL, 
	uid VARCHAR(64) NOT NULL, 
	revision INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	municipality_code VARCHAR(6), 
	themes TEXT NOT NULL, 
	law VARCHAR(30) NOT NULL, 
	source VARCHAR(30) NOT NULL, 
	happened_on DATE NOT NULL, 
	people_count INTEGER NOT NULL, 
	organisation_id INTEGER, 
	urgency VARCHAR(20) NOT NULL, 
	status VARCHAR(30) NOT NULL, 
	withdrawn BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_signal PRIMARY KEY (id), 
	CONSTRAINT fk_signal_municipality_code_municipality FOREIGN KEY(municipality_code) REFERENCES municipality (cbs_code), 
	CONSTRAINT fk_signal_organisation_id_organisation FOREIGN KEY(organisation_id) REFERENCES organisation (id) ON DELETE SET NULL, 
	CONSTRAINT uq_signal_uid UNIQUE (uid)
);
CREATE TABLE signal_confirmation (
	id INTEGER NOT NULL, 
	signal_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	fragment VARCHAR(300) NOT NULL, 
	CONSTRAINT pk_signal_confirmation PRIMARY KEY (id), 
	CONSTRAINT fk_signal_confirmation_signal_id_signal FOREIGN KEY(signal_id) REFERENCES signal (id) ON DELETE CASCADE
);
CREATE TABLE signal_status_change (
	id INTEGER NOT NULL, 
	signal_id INTEGER NOT NULL, 
	status VARCHAR(30) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	CONSTRAINT pk_signal_status_change PRIMARY KEY (id), 
	CONSTRAINT fk_signal_status_change_signal_id_signal FOREIGN KEY(signal_id) REFERENCES signal (id) ON DELETE CASCADE
);
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
CREATE TABLE visit (
	id INTEGER NOT NULL, 
	uid VARCHAR(64) NOT NULL, 
	member_name VARCHAR(200) NOT NULL, 
	member_contact VARCHAR(300) NOT NULL, 
	municipality_code VARCHAR(6), 
	planned_at DATETIME, 
	place VARCHAR(300) NOT NULL, 
	consulent_id INTEGER, 
	consulent_name VARCHAR(200) NOT NULL, 
	client_supporter VARCHAR(200) NOT NULL, 
	volunteer VARCHAR(200) NOT NULL, 
	help_question TEXT NOT NULL, 
	goals TEXT NOT NULL, 
	outcome TEXT NOT NULL, 
	template_id VARCHAR(64) NOT NULL, 
	template_version INTEGER NOT NULL, 
	template_title VARCHAR(200) NOT NULL, 
	melding_on DATE, 
	conversation_on DATE, 
	report_received_on DATE, 
	application_on DATE, 
	decision_on DATE, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_visit PRIMARY KEY (id), 
	CONSTRAINT fk_visit_consulent_id_person FOREIGN KEY(consulent_id) REFERENCES person (id) ON DELETE SET NULL, 
	CONSTRAINT fk_visit_municipality_code_municipality FOREIGN KEY(municipality_code) REFERENCES municipality (cbs_code), 
	CONSTRAINT uq_visit_uid UNIQUE (uid)
);
INSERT INTO "visit" VALUES(1,'urn:uuid:16a00b8e-4721-46cf-99e6-0260ba854761','Mw. J. (demo)','via de contactpersoon van de afdeling','GM0193','2026-11-28 10:30:00.000000','Bij het lid thuis',3,'','Sanne Mulder (wijkteam)','Henk (Wmo-commissie)','Hulp bij het huishouden en vervoer naar de dagbesteding.','Zelfstandig thuis blijven wonen; twee keer per week naar de dagbesteding.','','wmo-standaard',1,'Keukentafelgesprek Wmo','2026-11-13',NULL,NULL,NULL,NULL,'2026-11-23 07:23:40.193848','2026-11-23 07:23:40.192388');
INSERT INTO "visit" VALUES(2,'urn:uuid:69aaf92b-1527-411c-8fed-0c59ebf97707','Dhr. P. (demo)','','GM0150','2026-11-03 14:00:00.000000','Gemeentehuis Deventer',NULL,'Wmo-consulent gemeente Deventer','','','Een scootmobiel, omdat lopen op slechte dagen niet lukt.','Zelf boodschappen kunnen doen.','Consulent begrijpt de wisselende klachten; verslag volgt.','wmo-standaard',1,'Keukentafelgesprek Wmo','2026-10-16','2026-11-03','2026-11-11','2026-11-15',NULL,'2026-11-23 07:23:40.197149','2026-11-23 07:23:40.196522');
CREATE TABLE visit_item (
	id INTEGER NOT NULL, 
	visit_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	section VARCHAR(200) NOT NULL, 
	text TEXT NOT NULL, 
	help TEXT NOT NULL, 
	state VARCHAR(20) NOT NULL, 
	note TEXT NOT NULL, 
	CONSTRAINT pk_visit_item PRIMARY KEY (id), 
	CONSTRAINT fk_visit_item_visit_id_visit FOREIGN KEY(visit_id) REFERENCES visit (id) ON DELETE CASCADE
);
INSERT INTO "visit_item" VALUES(1,1,0,'Voor het gesprek','De melding is gedaan bij de gemeente','Noteer de datum van de melding: de termijnen tellen vanaf die dag. De gemeente moet de ontvangst bevestigen.','done','');
INSERT INTO "visit_item" VALUES(2,1,1,'Voor het gesprek','Gratis onafhankelijke cliëntondersteuning gevraagd','Iedereen heeft recht op gratis cliëntondersteuning die niet van de gemeente afhangt (Wmo 2015, art. 2.3.2 lid 3). De gemeente moet hierop wijzen.','done','');
INSERT INTO "visit_item" VALUES(3,1,2,'Voor het gesprek','Iemand gevraagd om mee te gaan','Een familielid, buur, mantelzorger of vrijwilliger mag bij het gesprek zijn en mag meepraten.','done','');
INSERT INTO "visit_item" VALUES(4,1,3,'Voor het gesprek','Persoonlijk plan gemaakt en ingeleverd','Binnen 7 dagen na de melding mag je een persoonlijk plan inleveren (art. 2.3.2 lid 2). Daarin beschrijf je je situatie en wat je nodig hebt.','done','');
INSERT INTO "visit_item" VALUES(5,1,4,'Voor het gesprek','Het dagelijks leven beschreven','Hoe ziet een gewone dag eruit, van opstaan tot slapen? Wat gaat goed en wat niet?','open','');
INSERT INTO "visit_item" VALUES(6,1,5,'Voor het gesprek','Opgeschreven wat er op een slechte dag gebeurt','Veel aandoeningen wisselen. Beschrijf ook de slechte dagen, niet alleen de goede.','open','');
INSERT INTO "visit_item" VALUES(7,1,6,'Voor het gesprek','Energie over de dag beschreven','Wanneer is er energie en wanneer niet? Wat kost veel energie, ook als het lukt?','open','');
INSERT INTO "visit_item" VALUES(8,1,7,'Voor het gesprek','Hulp van familie, buren en vrienden op een rij','Wat doen zij nu, hoe lang houden zij dat vol, en wat kunnen zij niet?','open','');
INSERT INTO "visit_item" VALUES(9,1,8,'Voor het gesprek','Hulpmiddelen en medicijnen op een rij','Welke hulpmiddelen zijn er al, welke ontbreken? Welke medicijnen en bijwerkingen spelen mee?','open','');
INSERT INTO "visit_item" VALUES(10,1,9,'Voor het gesprek','Gevolgen van de aandoening uitgelegd','Schrijf op wat een ambtenaar misschien niet weet over de aandoening, bijvoorbeeld dat klachten wisselen of later opspelen.','open','');
INSERT INTO "visit_item" VALUES(11,1,10,'Voor het gesprek','Vragen en doelen voor het gesprek opgeschreven','Wat wil je bereiken? Wat wil je in elk geval gezegd hebben?','open','');
INSERT INTO "visit_item" VALUES(12,1,11,'Tijdens het gesprek','Namen en functies van de gesprekspartners genoteerd','Vraag om een telefoonnummer of e-mailadres voor later.','open','');
INSERT INTO "visit_item" VALUES(13,1,12,'Tijdens het gesprek','De hulpvraag en de doelen besproken','Loop de opgeschreven vragen en doelen langs.','open','');
INSERT INTO "visit_item" VALUES(14,1,13,'Tijdens het gesprek','Ook de slechte dagen genoemd','Vertel hoe het gaat op een slechte dag, niet alleen op de dag van het gesprek.','open','');
INSERT INTO "visit_item" VALUES(15,1,14,'Tijdens het gesprek','Gevraagd wat de volgende stap is','Wanneer hoor je iets? Wie neemt contact op?','open','');
INSERT INTO "visit_item" VALUES(16,1,15,'Tijdens het gesprek','Gevraagd om het verslag van het gesprek','De gemeente legt de uitkomst van het onderzoek schriftelijk vast en stuurt dat verslag toe.','open','');
INSERT INTO "visit_item" VALUES(17,1,16,'Na het gesprek','Het verslag ontvangen en gecontroleerd','Klopt alles? Staat erin wat je hebt gezegd? Stuur aanvullingen of correcties schriftelijk terug.','open','');
INSERT INTO "visit_item" VALUES(18,1,17,'Na het gesprek','Het onderzoek is binnen 6 weken na de melding klaar','De gemeente moet het onderzoek zo snel mogelijk en uiterlijk binnen 6 weken afronden (art. 2.3.2 lid 1).','open','');
INSERT INTO "visit_item" VALUES(19,1,18,'Na het gesprek','De aanvraag ingediend','Na het onderzoek dien je een aanvraag in; vaak kan dat door het verslag te ondertekenen. Noteer de datum.','open','');
INSERT INTO "visit_item" VALUES(20,1,19,'Na het gesprek','De beschikking ontvangen binnen 2 weken na de aanvraag','De gemeente beslist binnen 2 weken na de aanvraag (art. 2.3.5 lid 1). Is het te laat, dan kan een ingebrekestelling helpen.','open','');
INSERT INTO "visit_item" VALUES(21,1,20,'Na het gesprek','De beschikking gecontroleerd','Staat erin wat is afgesproken? Is duidelijk welke hulp, hoeveel en hoe lang?','open','');
INSERT INTO "visit_item" VALUES(22,1,21,'Na het gesprek','Bezwaar gemaakt als het niet klopt','Bezwaar kan binnen 6 weken na de bekendmaking van de beschikking (Awb, art. 6:7 en 6:8). Vraag hulp van de cliëntondersteuner.','open','');
INSERT INTO "visit_item" VALUES(23,2,0,'Voor het gesprek','De melding is gedaan bij de gemeente','Noteer de datum van de melding: de termijnen tellen vanaf die dag. De gemeente moet de ontvangst bevestigen.','done','');
INSERT INTO "visit_item" VALUES(24,2,1,'Voor het gesprek','Gratis onafhankelijke cliëntondersteuning gevraagd','Iedereen heeft recht op gratis cliëntondersteuning die niet van de gemeente afhangt (Wmo 2015, art. 2.3.2 lid 3). De gemeente moet hierop wijzen.','done','');
INSERT INTO "visit_item" VALUES(25,2,2,'Voor het gesprek','Iemand gevraagd om mee te gaan','Een familielid, buur, mantelzorger of vrijwilliger mag bij het gesprek zijn en mag meepraten.','done','');
INSERT INTO "visit_item" VALUES(26,2,3,'Voor het gesprek','Persoonlijk plan gemaakt en ingeleverd','Binnen 7 dagen na de melding mag je een persoonlijk plan inleveren (art. 2.3.2 lid 2). Daarin beschrijf je je situatie en wat je nodig hebt.','done','');
INSERT INTO "visit_item" VALUES(27,2,4,'Voor het gesprek','Het dagelijks leven beschreven','Hoe ziet een gewone dag eruit, van opstaan tot slapen? Wat gaat goed en wat niet?','done','');
INSERT INTO "visit_item" VALUES(28,2,5,'Voor het gesprek','Opgeschreven wat er op een slechte dag gebeurt','Veel aandoeningen wisselen. Beschrijf ook de slechte dagen, niet alleen de goede.','done','');
INSERT INTO "visit_item" VALUES(29,2,6,'Voor het gesprek','Energie over de dag beschreven','Wanneer is er energie en wanneer niet? Wat kost veel energie, ook als het lukt?','done','');
INSERT INTO "visit_item" VALUES(30,2,7,'Voor het gesprek','Hulp van familie, buren en vrienden op een rij','Wat doen zij nu, hoe lang houden zij dat vol, en wat kunnen zij niet?','done','');
INSERT INTO "visit_item" VALUES(31,2,8,'Voor het gesprek','Hulpmiddelen en medicijnen op een rij','Welke hulpmiddelen zijn er al, welke ontbreken? Welke medicijnen en bijwerkingen spelen mee?','done','');
INSERT INTO "visit_item" VALUES(32,2,9,'Voor het gesprek','Gevolgen van de aandoening uitgelegd','Schrijf op wat een ambtenaar misschien niet weet over de aandoening, bijvoorbeeld dat klachten wisselen of later opspelen.','done','');
INSERT INTO "visit_item" VALUES(33,2,10,'Voor het gesprek','Vragen en doelen voor het gesprek opgeschreven','Wat wil je bereiken? Wat wil je in elk geval gezegd hebben?','done','');
INSERT INTO "visit_item" VALUES(34,2,11,'Tijdens het gesprek','Namen en functies van de gesprekspartners genoteerd','Vraag om een telefoonnummer of e-mailadres voor later.','done','');
INSERT INTO "visit_item" VALUES(35,2,12,'Tijdens het gesprek','De hulpvraag en de doelen besproken','Loop de opgeschreven vragen en doelen langs.','done','');
INSERT INTO "visit_item" VALUES(36,2,13,'Tijdens het gesprek','Ook de slechte dagen genoemd','Vertel hoe het gaat op een slechte dag, niet alleen op de dag van het gesprek.','done','');
INSERT INTO "visit_item" VALUES(37,2,14,'Tijdens het gesprek','Gevraagd wat de volgende stap is','Wanneer hoor je iets? Wie neemt contact op?','done','');
INSERT INTO "visit_item" VALUES(38,2,15,'Tijdens het gesprek','Gevraagd om het verslag van het gesprek','De gemeente legt de uitkomst van het onderzoek schriftelijk vast en stuurt dat verslag toe.','done','');
INSERT INTO "visit_item" VALUES(39,2,16,'Na het gesprek','Het verslag ontvangen en gecontroleerd','Klopt alles? Staat erin wat je hebt gezegd? Stuur aanvullingen of correcties schriftelijk terug.','open','');
INSERT INTO "visit_item" VALUES(40,2,17,'Na het gesprek','Het onderzoek is binnen 6 weken na de melding klaar','De gemeente moet het onderzoek zo snel mogelijk en uiterlijk binnen 6 weken afronden (art. 2.3.2 lid 1).','open','');
INSERT INTO "visit_item" VALUES(41,2,18,'Na het gesprek','De aanvraag ingediend','Na het onderzoek dien je een aanvraag in; vaak kan dat door het verslag te ondertekenen. Noteer de datum.','open','');
INSERT INTO "visit_item" VALUES(42,2,19,'Na het gesprek','De beschikking ontvangen binnen 2 weken na de aanvraag','De gemeente beslist binnen 2 weken na de aanvraag (art. 2.3.5 lid 1). Is het te laat, dan kan een ingebrekestelling helpen.','open','');
INSERT INTO "visit_item" VALUES(43,2,20,'Na het gesprek','De beschikking gecontroleerd','Staat erin wat is afgesproken? Is duidelijk welke hulp, hoeveel en hoe lang?','open','');
INSERT INTO "visit_item" VALUES(44,2,21,'Na het gesprek','Bezwaar gemaakt als het niet klopt','Bezwaar kan binnen 6 weken na de bekendmaking van de beschikking (Awb, art. 6:7 en 6:8). Vraag hulp van de cliëntondersteuner.','open','');
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
CREATE INDEX ix_visit_municipality_code ON visit (municipality_code);
CREATE INDEX ix_visit_item_visit_id ON visit_item (visit_id);
CREATE INDEX ix_signal_happened_on ON signal (happened_on);
CREATE INDEX ix_signal_municipality_code ON signal (municipality_code);
CREATE INDEX ix_signal_status ON signal (status);
CREATE INDEX ix_signal_confirmation_signal_id ON signal_confirmation (signal_id);
CREATE INDEX ix_signal_status_change_signal_id ON signal_status_change (signal_id);
COMMIT;
