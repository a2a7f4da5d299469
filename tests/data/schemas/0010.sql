-- An Advocaat database at schema revision 0010 (a known sender's pending new signing key), with
-- the fictional demo data and one fictional sender. Kept as text so every later migration is
-- tested against it (tests/unit/test_migrations.py).
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0010');
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
INSERT INTO "contact_moment" VALUES(1,'urn:uuid:b77dbdbc-1a18-4d9a-98aa-c81d569bcd59','2026-11-03','meeting','Kennismaking over de Wmo-vervoersregeling; zorgen over wachttijden regiotaxi.','Cijfers over klachten regiotaxi opsturen','2026-11-30',NULL,'2026-12-03 06:03:55.041338');
INSERT INTO "contact_moment" VALUES(2,'urn:uuid:6f9449cf-722a-40d2-8d00-607d1c0458d9','2026-11-21','phone','Gebeld over de voorbereiding van keukentafelgesprekken; zij wil graag een folder.','Folder over de voorbereiding langsbrengen','2026-12-05',NULL,'2026-12-03 06:03:55.050176');
INSERT INTO "contact_moment" VALUES(3,'urn:uuid:cc2ea827-9455-40f6-8c5d-1b2d1e874324','2026-11-28','email','Mail over de toegankelijkheid van het nieuwe gemeentehuis.','',NULL,NULL,'2026-12-03 06:03:55.050796');
INSERT INTO "contact_moment" VALUES(4,'urn:uuid:f04b9b24-a1d9-4f5b-9c1f-d542a24c2ada','2026-12-01','wmo_council','Vergadering adviesraad: hulpmiddelenbeleid komt in het voorjaar op de agenda.','Signalen over hulpmiddelen bundelen voor de adviesraad','2026-12-09',NULL,'2026-12-03 06:03:55.051186');
INSERT INTO "contact_moment" VALUES(5,'urn:uuid:4796e7a9-6399-4834-a3e0-7b55b4ac9111','2026-12-12','conversation','Afspraak met het wijkteam over cliëntondersteuning bij keukentafelgesprekken.','',NULL,NULL,'2026-12-03 06:03:55.117422');
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
CREATE TABLE feedback_export (
	id INTEGER NOT NULL, 
	sender_id INTEGER NOT NULL, 
	sequence INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	record_count INTEGER NOT NULL, 
	CONSTRAINT pk_feedback_export PRIMARY KEY (id), 
	CONSTRAINT fk_feedback_export_sender_id_sender FOREIGN KEY(sender_id) REFERENCES sender (id), 
	CONSTRAINT uq_feedback_export_sender_id_sequence UNIQUE (sender_id, sequence)
);
CREATE TABLE imported_file (
	id INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	sender_id INTEGER NOT NULL, 
	sequence INTEGER NOT NULL, 
	file_name VARCHAR(300) NOT NULL, 
	imported_at DATETIME NOT NULL, 
	new_count INTEGER NOT NULL, 
	updated_count INTEGER NOT NULL, 
	unchanged_count INTEGER NOT NULL, 
	CONSTRAINT pk_imported_file PRIMARY KEY (id), 
	CONSTRAINT fk_imported_file_sender_id_sender FOREIGN KEY(sender_id) REFERENCES sender (id), 
	CONSTRAINT uq_imported_file_sha256 UNIQUE (sha256)
);
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
	updated_at DATETIME NOT NULL, influence INTEGER, attitude INTEGER, strategy TEXT DEFAULT '' NOT NULL, photo BLOB, photo_type VARCHAR(40) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_organisation PRIMARY KEY (id), 
	CONSTRAINT fk_organisation_municipality_code_municipality FOREIGN KEY(municipality_code) REFERENCES municipality (cbs_code), 
	CONSTRAINT uq_organisation_uid UNIQUE (uid)
);
INSERT INTO "organisation" VALUES(1,'urn:uuid:ab732513-2e69-42fe-b5f1-8aff96c263c0','Gemeente Zwolle','municipality','GM0193','','','Zwolle','038 498 0000','info@zwolle.example.nl','','','gemeente zwolle','2026-12-03 06:03:54.631563','2026-12-03 06:03:54.630195',5,0,'',NULL,'');
INSERT INTO "organisation" VALUES(2,'urn:uuid:6d16c282-d612-48e2-85f9-349078243fb8','Gemeente Deventer','municipality','GM0150','','','Deventer','0570 690 000','info@deventer.example.nl','','','gemeente deventer','2026-12-03 06:03:54.646289','2026-12-03 06:03:54.645963',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(3,'urn:uuid:b6bd6838-8f19-427b-8c8f-e1da2b4dda49','Gemeente Kampen','municipality','GM0166','','','Kampen','038 339 0000','info@kampen.example.nl','','','gemeente kampen','2026-12-03 06:03:54.647836','2026-12-03 06:03:54.647666',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(4,'urn:uuid:7971aeae-a75b-4492-86b8-228fc5632233','Sociaal Wijkteam Zwolle-Zuid','social_team','GM0193','','','Zwolle','','info@zwolle-zuid.example.nl','','','sociaal wijkteam zwolle-zuid','2026-12-03 06:03:54.648969','2026-12-03 06:03:54.648822',3,1,'',NULL,'');
INSERT INTO "organisation" VALUES(5,'urn:uuid:57dc7554-084b-410b-8045-de00c1d90f07','Thuiszorg De Linde','care_provider','GM0193','','','Zwolle','038 765 4321','info@linde.example.nl','','','thuiszorg de linde','2026-12-03 06:03:54.659259','2026-12-03 06:03:54.658851',2,-1,'',NULL,'');
INSERT INTO "organisation" VALUES(6,'urn:uuid:aa09954d-644f-43f3-bc0a-6f0b4135bc1c','Zorggroep IJsseloever','care_provider','GM0150','','','Deventer','','info@ijsseloever.example.nl','','','zorggroep ijsseloever','2026-12-03 06:03:54.661129','2026-12-03 06:03:54.660900',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(7,'urn:uuid:a875d11b-65ea-410d-a18b-de308bfc692f','Adviesraad Sociaal Domein Kampen','advisory_council','GM0166','','','Kampen','','info@kampen.example.nl','','','adviesraad sociaal domein kampen','2026-12-03 06:03:54.671543','2026-12-03 06:03:54.671256',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(8,'urn:uuid:1ca0c9f7-8b93-44f5-bf9b-8dfa542a9585','Cliëntenraad Zorggroep IJsseloever','client_council','GM0150','','','','','info@ijsseloever.example.nl','','','clientenraad zorggroep ijsseloever','2026-12-03 06:03:54.673189','2026-12-03 06:03:54.672980',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(9,'urn:uuid:a0ff9d50-05d5-4857-97ed-8255849f0390','Stichting Welzijn Overijssel-West','welfare','GM0193','','','Zwolle','','info@overijssel-west.example.nl','','','stichting welzijn overijssel-west','2026-12-03 06:03:54.683572','2026-12-03 06:03:54.683304',2,2,'',NULL,'');
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
	updated_at DATETIME NOT NULL, strategy TEXT DEFAULT '' NOT NULL, photo BLOB, photo_type VARCHAR(40) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_person PRIMARY KEY (id), 
	CONSTRAINT fk_person_municipality_code_municipality FOREIGN KEY(municipality_code) REFERENCES municipality (cbs_code), 
	CONSTRAINT uq_person_uid UNIQUE (uid)
);
INSERT INTO "person" VALUES(1,'urn:uuid:61f8f056-f4b1-4e3b-8e45-dc49c0210b20','Marieke','van den','Heuvel','GM0193','',5,1,'heuvel, marieke van den','2026-12-03 06:03:54.696344','2026-12-03 06:03:54.720126','Twee keer per jaar de signalen over vervoer bespreken; vragen om een toezegging in de raadscommissie.',NULL,'');
INSERT INTO "person" VALUES(2,'urn:uuid:2acf6630-9cb1-41d3-afcc-2d29c2c54ff5','Bram','','Kuipers','GM0193','',3,0,'kuipers, bram','2026-12-03 06:03:54.755761','2026-12-03 06:03:54.757313','',NULL,'');
INSERT INTO "person" VALUES(3,'urn:uuid:e94b7c6f-be01-415f-817a-9d6391e3dacd','Özlem','','Demir','GM0193','',2,1,'demir, ozlem','2026-12-03 06:03:54.772726','2026-12-03 06:03:54.783622','',NULL,'');
INSERT INTO "person" VALUES(4,'urn:uuid:7470ff5e-3926-4945-a63a-8d1fd3f8f3f0','Joost','ter','Horst','GM0150','',5,-1,'horst, joost ter','2026-12-03 06:03:54.807282','2026-12-03 06:03:54.821137','',NULL,'');
INSERT INTO "person" VALUES(5,'urn:uuid:ebbf3886-c998-4e9a-84ce-e58684ed3b91','Femke','de','Boer','GM0150','',3,2,'boer, femke de','2026-12-03 06:03:54.866022','2026-12-03 06:03:54.867873','',NULL,'');
INSERT INTO "person" VALUES(6,'urn:uuid:57506582-4bf8-427a-bfca-d3fd19c0e7d2','Sanne','','Mulder','GM0193','',2,2,'mulder, sanne','2026-12-03 06:03:54.885104','2026-12-03 06:03:54.892156','',NULL,'');
INSERT INTO "person" VALUES(7,'urn:uuid:2a7b8350-19ff-45b8-8e32-cfc2764d9016','Ingrid','van','Dijk','GM0193','',2,1,'dijk, ingrid van','2026-12-03 06:03:54.910383','2026-12-03 06:03:54.911944','',NULL,'');
INSERT INTO "person" VALUES(8,'urn:uuid:cb0d0359-f969-4dfe-a7e7-a497046badf0','Kees','','Brouwer','GM0150','',4,0,'brouwer, kees','2026-12-03 06:03:54.924166','2026-12-03 06:03:54.925041','',NULL,'');
INSERT INTO "person" VALUES(9,'urn:uuid:b6763058-e541-453b-b089-6f646dec9a2e','Hanneke','','Smit','GM0166','',3,0,'smit, hanneke','2026-12-03 06:03:54.944563','2026-12-03 06:03:54.954782','',NULL,'');
INSERT INTO "person" VALUES(10,'urn:uuid:29342c3c-3c60-4ce8-aac5-2a27ea4a855b','Gerrit','','Bakker','GM0166','',3,2,'bakker, gerrit','2026-12-03 06:03:54.968517','2026-12-03 06:03:54.969394','',NULL,'');
CREATE TABLE person_address (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	street VARCHAR(200) NOT NULL, 
	postcode VARCHAR(20) NOT NULL, 
	city VARCHAR(100) NOT NULL, 
	region VARCHAR(100) NOT NULL, 
	country VARCHAR(100) NOT NULL, 
	CONSTRAINT pk_person_address PRIMARY KEY (id), 
	CONSTRAINT fk_person_address_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);
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
CREATE TABLE person_website (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	url VARCHAR(300) NOT NULL, 
	CONSTRAINT pk_person_website PRIMARY KEY (id), 
	CONSTRAINT fk_person_website_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);
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
	ended_on DATE, department VARCHAR(200) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_position PRIMARY KEY (id), 
	CONSTRAINT fk_position_organisation_id_organisation FOREIGN KEY(organisation_id) REFERENCES organisation (id) ON DELETE SET NULL, 
	CONSTRAINT fk_position_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);
INSERT INTO "position" VALUES(1,1,1,'wethouder','Zorg en Wmo',NULL,NULL,'');
INSERT INTO "position" VALUES(2,2,1,'beleidsmedewerker','Wmo-vervoer',NULL,'2026-10-24','');
INSERT INTO "position" VALUES(3,3,1,'Wmo-consulent','',NULL,NULL,'');
INSERT INTO "position" VALUES(4,4,2,'wethouder','Sociaal domein',NULL,NULL,'');
INSERT INTO "position" VALUES(5,5,2,'raadslid','',NULL,NULL,'');
INSERT INTO "position" VALUES(6,6,4,'cliëntondersteuner','',NULL,NULL,'');
INSERT INTO "position" VALUES(7,7,5,'wijkverpleegkundige','',NULL,NULL,'');
INSERT INTO "position" VALUES(8,8,6,'bestuurder','',NULL,NULL,'');
INSERT INTO "position" VALUES(9,9,3,'beleidsmedewerker','Wmo en hulpmiddelen',NULL,NULL,'');
INSERT INTO "position" VALUES(10,10,7,'voorzitter','',NULL,NULL,'');
INSERT INTO "position" VALUES(11,2,2,'senior beleidsmedewerker','Wmo en mobiliteit','2026-10-24',NULL,'');
CREATE TABLE received_signal (
	id INTEGER NOT NULL, 
	sender_id INTEGER NOT NULL, 
	uid VARCHAR(64) NOT NULL, 
	revision INTEGER NOT NULL, 
	withdrawn BOOLEAN NOT NULL, 
	text TEXT NOT NULL, 
	municipality_code VARCHAR(6), 
	municipality_name VARCHAR(120) NOT NULL, 
	law VARCHAR(30) NOT NULL, 
	source VARCHAR(30) NOT NULL, 
	happened_on DATE NOT NULL, 
	people_count INTEGER NOT NULL, 
	urgency VARCHAR(20) NOT NULL, 
	sender_status VARCHAR(30) NOT NULL, 
	office_status VARCHAR(30) NOT NULL, 
	office_comment TEXT NOT NULL, 
	office_updated_at DATETIME, 
	received_at DATETIME NOT NULL, 
	CONSTRAINT pk_received_signal PRIMARY KEY (id), 
	CONSTRAINT fk_received_signal_municipality_code_municipality FOREIGN KEY(municipality_code) REFERENCES municipality (cbs_code), 
	CONSTRAINT fk_received_signal_sender_id_sender FOREIGN KEY(sender_id) REFERENCES sender (id), 
	CONSTRAINT uq_received_signal_sender_id_uid UNIQUE (sender_id, uid)
);
CREATE TABLE received_signal_theme (
	signal_id INTEGER NOT NULL, 
	theme VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_received_signal_theme PRIMARY KEY (signal_id, theme), 
	CONSTRAINT fk_received_signal_theme_signal_id_received_signal FOREIGN KEY(signal_id) REFERENCES received_signal (id) ON DELETE CASCADE
);
CREATE TABLE relation (
	id INTEGER NOT NULL, 
	from_person_id INTEGER, 
	from_organisation_id INTEGER, 
	to_person_id INTEGER, 
	to_organisation_id INTEGER, 
	kind VARCHAR(20) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_relation PRIMARY KEY (id), 
	CONSTRAINT ck_relation_one_party_each_end CHECK ((from_person_id IS NULL) <> (from_organisation_id IS NULL) AND (to_person_id IS NULL) <> (to_organisation_id IS NULL)), 
	CONSTRAINT fk_relation_from_organisation_id_organisation FOREIGN KEY(from_organisation_id) REFERENCES organisation (id) ON DELETE CASCADE, 
	CONSTRAINT fk_relation_from_person_id_person FOREIGN KEY(from_person_id) REFERENCES person (id) ON DELETE CASCADE, 
	CONSTRAINT fk_relation_to_organisation_id_organisation FOREIGN KEY(to_organisation_id) REFERENCES organisation (id) ON DELETE CASCADE, 
	CONSTRAINT fk_relation_to_person_id_person FOREIGN KEY(to_person_id) REFERENCES person (id) ON DELETE CASCADE
);
INSERT INTO "relation" VALUES(1,1,NULL,NULL,1,'member_of','2026-12-03 06:03:55.003636');
INSERT INTO "relation" VALUES(2,NULL,1,NULL,4,'funds','2026-12-03 06:03:55.015020');
INSERT INTO "relation" VALUES(3,NULL,9,NULL,4,'works_with','2026-12-03 06:03:55.015820');
INSERT INTO "relation" VALUES(4,3,NULL,NULL,4,'advises','2026-12-03 06:03:55.016313');
INSERT INTO "relation" VALUES(5,NULL,5,NULL,9,'opposes','2026-12-03 06:03:55.016679');
CREATE TABLE sender (
	id INTEGER NOT NULL, 
	sender_uid VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	municipalities TEXT NOT NULL, 
	signing_key VARCHAR(120) NOT NULL, 
	recipient VARCHAR(120) NOT NULL, 
	accepted BOOLEAN NOT NULL, 
	first_seen_at DATETIME NOT NULL, 
	accepted_at DATETIME, 
	last_sequence INTEGER NOT NULL, pending_signing_key VARCHAR(120), pending_key_seen_at DATETIME, replaced_signing_keys TEXT DEFAULT '[]' NOT NULL, 
	CONSTRAINT pk_sender PRIMARY KEY (id), 
	CONSTRAINT uq_sender_sender_uid UNIQUE (sender_uid)
);
INSERT INTO "sender" VALUES(1,'urn:uuid:00000000-0000-4000-8000-000000000001','Vereniging Voorbeeld (fictief)','["GM0193"]','RWQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA','age1examplefictionalrecipient',1,'2026-11-01 10:00:00','2026-11-01 10:05:00',3,'RWQBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB','2026-12-01 09:00:00','["RWQCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC"]');
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
	updated_at DATETIME NOT NULL, office_status VARCHAR(30), office_comment TEXT DEFAULT '' NOT NULL, office_updated_at DATETIME, 
	CONSTRAINT pk_signal PRIMARY KEY (id), 
	CONSTRAINT fk_signal_municipality_code_municipality FOREIGN KEY(municipality_code) REFERENCES municipality (cbs_code), 
	CONSTRAINT fk_signal_organisation_id_organisation FOREIGN KEY(organisation_id) REFERENCES organisation (id) ON DELETE SET NULL, 
	CONSTRAINT uq_signal_uid UNIQUE (uid)
);
INSERT INTO "signal" VALUES(1,'urn:uuid:c93045d6-bc70-402a-8963-18c3ccf12ca6',1,'De gemeente weigert een gehandicaptenparkeerkaart aan mensen met Parkinson, omdat zij op sommige dagen wel een stukje kunnen lopen. Op slechte dagen lukt dat niet.','GM0193','["parkeerkaart"]','wmo','cafe','2026-11-30',4,NULL,'normal','new',0,'2026-12-03 06:03:55.103705','2026-12-03 06:03:55.097136',NULL,'',NULL);
INSERT INTO "signal" VALUES(2,'urn:uuid:cb39ed03-498b-46d8-aba3-02592f7f7fda',1,'De regiotaxi komt vaak meer dan een half uur te laat; leden missen hun afspraken.','GM0150','["vervoer"]','wmo','peer_contact','2026-11-24',6,NULL,'normal','new',0,'2026-12-03 06:03:55.115104','2026-12-03 06:03:55.114506',NULL,'',NULL);
INSERT INTO "signal" VALUES(3,'urn:uuid:b313ecbb-0b0f-4c7a-904d-13fd3863e0d1',1,'Na het keukentafelgesprek duurde het zeven weken voor er een verslag kwam.','GM0193','["keukentafelgesprek", "thuiszorg"]','zvw','kitchen_table','2026-11-17',1,5,'normal','new',0,'2026-12-03 06:03:55.116808','2026-12-03 06:03:55.116475',NULL,'',NULL);
CREATE TABLE signal_confirmation (
	id INTEGER NOT NULL, 
	signal_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	fragment VARCHAR(300) NOT NULL, 
	CONSTRAINT pk_signal_confirmation PRIMARY KEY (id), 
	CONSTRAINT fk_signal_confirmation_signal_id_signal FOREIGN KEY(signal_id) REFERENCES signal (id) ON DELETE CASCADE
);
CREATE TABLE signal_export (
	id INTEGER NOT NULL, 
	sequence INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	record_count INTEGER NOT NULL, 
	file_name VARCHAR(300) NOT NULL, 
	"full" BOOLEAN NOT NULL, 
	CONSTRAINT pk_signal_export PRIMARY KEY (id), 
	CONSTRAINT uq_signal_export_sequence UNIQUE (sequence)
);
CREATE TABLE signal_exported (
	signal_id INTEGER NOT NULL, 
	revision INTEGER NOT NULL, 
	CONSTRAINT pk_signal_exported PRIMARY KEY (signal_id), 
	CONSTRAINT fk_signal_exported_signal_id_signal FOREIGN KEY(signal_id) REFERENCES signal (id) ON DELETE CASCADE
);
CREATE TABLE signal_status_change (
	id INTEGER NOT NULL, 
	signal_id INTEGER NOT NULL, 
	status VARCHAR(30) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	CONSTRAINT pk_signal_status_change PRIMARY KEY (id), 
	CONSTRAINT fk_signal_status_change_signal_id_signal FOREIGN KEY(signal_id) REFERENCES signal (id) ON DELETE CASCADE
);
INSERT INTO "signal_status_change" VALUES(1,1,'new','2026-12-03 06:03:55.104638');
INSERT INTO "signal_status_change" VALUES(2,2,'new','2026-12-03 06:03:55.115452');
INSERT INTO "signal_status_change" VALUES(3,3,'new','2026-12-03 06:03:55.116985');
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
INSERT INTO "visit" VALUES(1,'urn:uuid:a236dccb-4a59-400c-be09-b8e4e951a424','Mw. J. (demo)','via de contactpersoon van de afdeling','GM0193','2026-12-08 10:30:00.000000','Bij het lid thuis',3,'','Sanne Mulder (wijkteam)','Henk (Wmo-commissie)','Hulp bij het huishouden en vervoer naar de dagbesteding.','Zelfstandig thuis blijven wonen; twee keer per week naar de dagbesteding.','','wmo-standaard',1,'Keukentafelgesprek Wmo','2026-11-23',NULL,NULL,NULL,NULL,'2026-12-03 06:03:55.062697','2026-12-03 06:03:55.052613');
INSERT INTO "visit" VALUES(2,'urn:uuid:93f08ab4-b4ba-461f-91c5-26c77d713f25','Dhr. P. (demo)','','GM0150','2026-11-13 14:00:00.000000','Gemeentehuis Deventer',NULL,'Wmo-consulent gemeente Deventer','','','Een scootmobiel, omdat lopen op slechte dagen niet lukt.','Zelf boodschappen kunnen doen.','Consulent begrijpt de wisselende klachten; verslag volgt.','wmo-standaard',1,'Keukentafelgesprek Wmo','2026-10-26','2026-11-13','2026-11-21','2026-11-25',NULL,'2026-12-03 06:03:55.082788','2026-12-03 06:03:55.072403');
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
CREATE INDEX ix_feedback_export_sender_id ON feedback_export (sender_id);
CREATE INDEX ix_imported_file_sender_id ON imported_file (sender_id);
CREATE INDEX ix_received_signal_happened_on ON received_signal (happened_on);
CREATE INDEX ix_received_signal_law ON received_signal (law);
CREATE INDEX ix_received_signal_municipality_code ON received_signal (municipality_code);
CREATE INDEX ix_received_signal_office_status ON received_signal (office_status);
CREATE INDEX ix_received_signal_period ON received_signal (withdrawn, happened_on);
CREATE INDEX ix_received_signal_sender_id ON received_signal (sender_id);
CREATE INDEX ix_received_signal_theme_theme ON received_signal_theme (theme);
CREATE INDEX ix_relation_from_organisation_id ON relation (from_organisation_id);
CREATE INDEX ix_relation_from_person_id ON relation (from_person_id);
CREATE INDEX ix_relation_to_organisation_id ON relation (to_organisation_id);
CREATE INDEX ix_relation_to_person_id ON relation (to_person_id);
CREATE INDEX ix_person_address_person_id ON person_address (person_id);
CREATE INDEX ix_person_website_person_id ON person_website (person_id);
COMMIT;
