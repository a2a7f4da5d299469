-- An Advocaat database at schema revision 0010 (office templates told apart), with the
-- fictional demo data and one fictional sender. Kept as text so every later migration is
-- tested against it (tests/unit/test_migrations.py).
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0010');
CREATE TABLE "checklist_template" (
	id INTEGER NOT NULL, 
	template_id VARCHAR(64) NOT NULL, 
	body TEXT NOT NULL, 
	updated_at DATETIME NOT NULL, 
	from_office BOOLEAN DEFAULT 0 NOT NULL, 
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
INSERT INTO "contact_moment" VALUES(1,'urn:uuid:246f4ec4-1f9d-4dd6-af7f-c7f069aace03','2026-11-03','meeting','Kennismaking over de Wmo-vervoersregeling; zorgen over wachttijden regiotaxi.','Cijfers over klachten regiotaxi opsturen','2026-11-30',NULL,'2026-12-03 09:51:31.959440');
INSERT INTO "contact_moment" VALUES(2,'urn:uuid:56797dfe-3341-4ac8-8539-463e8e6a1299','2026-11-21','phone','Gebeld over de voorbereiding van keukentafelgesprekken; zij wil graag een folder.','Folder over de voorbereiding langsbrengen','2026-12-05',NULL,'2026-12-03 09:51:31.960522');
INSERT INTO "contact_moment" VALUES(3,'urn:uuid:ce5d5a9c-d5e5-41e9-a00e-276beffe24b0','2026-11-28','email','Mail over de toegankelijkheid van het nieuwe gemeentehuis.','',NULL,NULL,'2026-12-03 09:51:31.961180');
INSERT INTO "contact_moment" VALUES(4,'urn:uuid:51c28991-eaa3-4f93-8c3c-a0f024c75854','2026-12-01','wmo_council','Vergadering adviesraad: hulpmiddelenbeleid komt in het voorjaar op de agenda.','Signalen over hulpmiddelen bundelen voor de adviesraad','2026-12-09',NULL,'2026-12-03 09:51:31.961729');
INSERT INTO "contact_moment" VALUES(5,'urn:uuid:2dcf4654-5b32-428f-8d7e-a9d900c6f240','2026-12-12','conversation','Afspraak met het wijkteam over cliëntondersteuning bij keukentafelgesprekken.','',NULL,NULL,'2026-12-03 09:51:31.988774');
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
INSERT INTO "municipality" VALUES('GM0014','Groningen','Groningen','VR01','',1,NULL);
INSERT INTO "municipality" VALUES('GM0034','Almere','Flevoland','VR25','',1,NULL);
INSERT INTO "municipality" VALUES('GM0037','Stadskanaal','Groningen','VR01','',1,NULL);
INSERT INTO "municipality" VALUES('GM0047','Veendam','Groningen','VR01','',1,NULL);
INSERT INTO "municipality" VALUES('GM0050','Zeewolde','Flevoland','VR25','',1,NULL);
INSERT INTO "municipality" VALUES('GM0059','Achtkarspelen','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM0060','Ameland','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM0072','Harlingen','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM0074','Heerenveen','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM0080','Leeuwarden','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM0085','Ooststellingwerf','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM0086','Opsterland','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM0088','Schiermonnikoog','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM0090','Smallingerland','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM0093','Terschelling','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM0096','Vlieland','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM0098','Weststellingwerf','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM0106','Assen','Drenthe','VR03','',1,NULL);
INSERT INTO "municipality" VALUES('GM0109','Coevorden','Drenthe','VR03','',1,NULL);
INSERT INTO "municipality" VALUES('GM0114','Emmen','Drenthe','VR03','',1,NULL);
INSERT INTO "municipality" VALUES('GM0118','Hoogeveen','Drenthe','VR03','',1,NULL);
INSERT INTO "municipality" VALUES('GM0119','Meppel','Drenthe','VR03','',1,NULL);
INSERT INTO "municipality" VALUES('GM0141','Almelo','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM0147','Borne','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM0148','Dalfsen','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM0150','Deventer','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM0153','Enschede','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM0158','Haaksbergen','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM0160','Hardenberg','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM0163','Hellendoorn','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM0164','Hengelo (O.)','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM0166','Kampen','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM0168','Losser','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM0171','Noordoostpolder','Flevoland','VR25','',1,NULL);
INSERT INTO "municipality" VALUES('GM0173','Oldenzaal','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM0175','Ommen','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM0177','Raalte','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM0180','Staphorst','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM0183','Tubbergen','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM0184','Urk','Flevoland','VR25','',1,NULL);
INSERT INTO "municipality" VALUES('GM0189','Wierden','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM0193','Zwolle','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM0197','Aalten','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0200','Apeldoorn','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0202','Arnhem','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM0203','Barneveld','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM0209','Beuningen','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM0213','Brummen','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0214','Buren','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM0216','Culemborg','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM0221','Doesburg','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM0222','Doetinchem','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0225','Druten','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM0226','Duiven','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM0228','Ede','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM0230','Elburg','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0232','Epe','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0233','Ermelo','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0243','Harderwijk','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0244','Hattem','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0246','Heerde','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0252','Heumen','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM0262','Lochem','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0263','Maasdriel','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM0267','Nijkerk','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM0268','Nijmegen','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM0269','Oldebroek','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0273','Putten','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0274','Renkum','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM0275','Rheden','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM0277','Rozendaal','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM0279','Scherpenzeel','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM0281','Tiel','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM0285','Voorst','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0289','Wageningen','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM0293','Westervoort','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM0294','Winterswijk','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0296','Wijchen','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM0297','Zaltbommel','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM0299','Zevenaar','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM0301','Zutphen','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0302','Nunspeet','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM0303','Dronten','Flevoland','VR25','',1,NULL);
INSERT INTO "municipality" VALUES('GM0307','Amersfoort','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0308','Baarn','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0310','De Bilt','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0312','Bunnik','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0313','Bunschoten','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0317','Eemnes','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0321','Houten','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0327','Leusden','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0331','Lopik','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0335','Montfoort','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0339','Renswoude','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0340','Rhenen','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0342','Soest','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0344','Utrecht','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0345','Veenendaal','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0351','Woudenberg','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0352','Wijk bij Duurstede','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0353','IJsselstein','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0355','Zeist','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0356','Nieuwegein','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0358','Aalsmeer','Noord-Holland','VR13','',1,NULL);
INSERT INTO "municipality" VALUES('GM0361','Alkmaar','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM0362','Amstelveen','Noord-Holland','VR13','',1,NULL);
INSERT INTO "municipality" VALUES('GM0363','Amsterdam','Noord-Holland','VR13','',1,NULL);
INSERT INTO "municipality" VALUES('GM0373','Bergen (NH.)','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM0375','Beverwijk','Noord-Holland','VR12','',1,NULL);
INSERT INTO "municipality" VALUES('GM0376','Blaricum','Noord-Holland','VR14','',1,NULL);
INSERT INTO "municipality" VALUES('GM0377','Bloemendaal','Noord-Holland','VR12','',1,NULL);
INSERT INTO "municipality" VALUES('GM0383','Castricum','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM0384','Diemen','Noord-Holland','VR13','',1,NULL);
INSERT INTO "municipality" VALUES('GM0385','Edam-Volendam','Noord-Holland','VR11','',1,NULL);
INSERT INTO "municipality" VALUES('GM0388','Enkhuizen','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM0392','Haarlem','Noord-Holland','VR12','',1,NULL);
INSERT INTO "municipality" VALUES('GM0394','Haarlemmermeer','Noord-Holland','VR12','',1,NULL);
INSERT INTO "municipality" VALUES('GM0396','Heemskerk','Noord-Holland','VR12','',1,NULL);
INSERT INTO "municipality" VALUES('GM0397','Heemstede','Noord-Holland','VR12','',1,NULL);
INSERT INTO "municipality" VALUES('GM0399','Heiloo','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM0400','Den Helder','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM0402','Hilversum','Noord-Holland','VR14','',1,NULL);
INSERT INTO "municipality" VALUES('GM0405','Hoorn','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM0406','Huizen','Noord-Holland','VR14','',1,NULL);
INSERT INTO "municipality" VALUES('GM0415','Landsmeer','Noord-Holland','VR11','',1,NULL);
INSERT INTO "municipality" VALUES('GM0417','Laren (NH.)','Noord-Holland','VR14','',1,NULL);
INSERT INTO "municipality" VALUES('GM0420','Medemblik','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM0431','Oostzaan','Noord-Holland','VR11','',1,NULL);
INSERT INTO "municipality" VALUES('GM0432','Opmeer','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM0437','Ouder-Amstel','Noord-Holland','VR13','',1,NULL);
INSERT INTO "municipality" VALUES('GM0439','Purmerend','Noord-Holland','VR11','',1,NULL);
INSERT INTO "municipality" VALUES('GM0441','Schagen','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM0448','Texel','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM0450','Uitgeest','Noord-Holland','VR12','',1,NULL);
INSERT INTO "municipality" VALUES('GM0451','Uithoorn','Noord-Holland','VR13','',1,NULL);
INSERT INTO "municipality" VALUES('GM0453','Velsen','Noord-Holland','VR12','',1,NULL);
INSERT INTO "municipality" VALUES('GM0473','Zandvoort','Noord-Holland','VR12','',1,NULL);
INSERT INTO "municipality" VALUES('GM0479','Zaanstad','Noord-Holland','VR11','',1,NULL);
INSERT INTO "municipality" VALUES('GM0482','Alblasserdam','Zuid-Holland','VR18','',1,NULL);
INSERT INTO "municipality" VALUES('GM0484','Alphen aan den Rijn','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM0489','Barendrecht','Zuid-Holland','VR17','',1,NULL);
INSERT INTO "municipality" VALUES('GM0498','Drechterland','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM0502','Capelle aan den IJssel','Zuid-Holland','VR17','',1,NULL);
INSERT INTO "municipality" VALUES('GM0503','Delft','Zuid-Holland','VR15','',1,NULL);
INSERT INTO "municipality" VALUES('GM0505','Dordrecht','Zuid-Holland','VR18','',1,NULL);
INSERT INTO "municipality" VALUES('GM0512','Gorinchem','Zuid-Holland','VR18','',1,NULL);
INSERT INTO "municipality" VALUES('GM0513','Gouda','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM0518','''s-Gravenhage','Zuid-Holland','VR15','Den Haag',1,NULL);
INSERT INTO "municipality" VALUES('GM0523','Hardinxveld-Giessendam','Zuid-Holland','VR18','',1,NULL);
INSERT INTO "municipality" VALUES('GM0531','Hendrik-Ido-Ambacht','Zuid-Holland','VR18','',1,NULL);
INSERT INTO "municipality" VALUES('GM0532','Stede Broec','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM0534','Hillegom','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM0537','Katwijk','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM0542','Krimpen aan den IJssel','Zuid-Holland','VR17','',1,NULL);
INSERT INTO "municipality" VALUES('GM0546','Leiden','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM0547','Leiderdorp','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM0553','Lisse','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM0556','Maassluis','Zuid-Holland','VR17','',1,NULL);
INSERT INTO "municipality" VALUES('GM0569','Nieuwkoop','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM0575','Noordwijk','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM0579','Oegstgeest','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM0589','Oudewater','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0590','Papendrecht','Zuid-Holland','VR18','',1,NULL);
INSERT INTO "municipality" VALUES('GM0597','Ridderkerk','Zuid-Holland','VR17','',1,NULL);
INSERT INTO "municipality" VALUES('GM0599','Rotterdam','Zuid-Holland','VR17','',1,NULL);
INSERT INTO "municipality" VALUES('GM0603','Rijswijk (ZH.)','Zuid-Holland','VR15','',1,NULL);
INSERT INTO "municipality" VALUES('GM0606','Schiedam','Zuid-Holland','VR17','',1,NULL);
INSERT INTO "municipality" VALUES('GM0610','Sliedrecht','Zuid-Holland','VR18','',1,NULL);
INSERT INTO "municipality" VALUES('GM0613','Albrandswaard','Zuid-Holland','VR17','',1,NULL);
INSERT INTO "municipality" VALUES('GM0622','Vlaardingen','Zuid-Holland','VR17','',1,NULL);
INSERT INTO "municipality" VALUES('GM0626','Voorschoten','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM0627','Waddinxveen','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM0629','Wassenaar','Zuid-Holland','VR15','',1,NULL);
INSERT INTO "municipality" VALUES('GM0632','Woerden','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0637','Zoetermeer','Zuid-Holland','VR15','',1,NULL);
INSERT INTO "municipality" VALUES('GM0638','Zoeterwoude','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM0642','Zwijndrecht','Zuid-Holland','VR18','',1,NULL);
INSERT INTO "municipality" VALUES('GM0654','Borsele','Zeeland','VR19','',1,NULL);
INSERT INTO "municipality" VALUES('GM0664','Goes','Zeeland','VR19','',1,NULL);
INSERT INTO "municipality" VALUES('GM0668','West Maas en Waal','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM0677','Hulst','Zeeland','VR19','',1,NULL);
INSERT INTO "municipality" VALUES('GM0678','Kapelle','Zeeland','VR19','',1,NULL);
INSERT INTO "municipality" VALUES('GM0687','Middelburg (Z.)','Zeeland','VR19','',1,NULL);
INSERT INTO "municipality" VALUES('GM0703','Reimerswaal','Zeeland','VR19','',1,NULL);
INSERT INTO "municipality" VALUES('GM0715','Terneuzen','Zeeland','VR19','',1,NULL);
INSERT INTO "municipality" VALUES('GM0716','Tholen','Zeeland','VR19','',1,NULL);
INSERT INTO "municipality" VALUES('GM0717','Veere','Zeeland','VR19','',1,NULL);
INSERT INTO "municipality" VALUES('GM0718','Vlissingen','Zeeland','VR19','',1,NULL);
INSERT INTO "municipality" VALUES('GM0736','De Ronde Venen','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM0737','Tytsjerksteradiel','Fryslân','VR02','Tietjerksteradeel',1,NULL);
INSERT INTO "municipality" VALUES('GM0743','Asten','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM0744','Baarle-Nassau','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0748','Bergen op Zoom','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0753','Best','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM0755','Boekel','Noord-Brabant','VR21','',1,NULL);
INSERT INTO "municipality" VALUES('GM0757','Boxtel','Noord-Brabant','VR21','',1,NULL);
INSERT INTO "municipality" VALUES('GM0758','Breda','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0762','Deurne','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM0765','Pekela','Groningen','VR01','',1,NULL);
INSERT INTO "municipality" VALUES('GM0766','Dongen','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0770','Eersel','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM0772','Eindhoven','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM0777','Etten-Leur','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0779','Geertruidenberg','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0784','Gilze en Rijen','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0785','Goirle','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0794','Helmond','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM0796','''s-Hertogenbosch','Noord-Brabant','VR21','Den Bosch',1,NULL);
INSERT INTO "municipality" VALUES('GM0797','Heusden','Noord-Brabant','VR21','',1,NULL);
INSERT INTO "municipality" VALUES('GM0798','Hilvarenbeek','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0809','Loon op Zand','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0820','Nuenen, Gerwen en Nederwetten','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM0823','Oirschot','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM0824','Oisterwijk','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0826','Oosterhout','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0828','Oss','Noord-Brabant','VR21','',1,NULL);
INSERT INTO "municipality" VALUES('GM0840','Rucphen','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0845','Sint-Michielsgestel','Noord-Brabant','VR21','',1,NULL);
INSERT INTO "municipality" VALUES('GM0847','Someren','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM0848','Son en Breugel','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM0851','Steenbergen','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0852','Waterland','Noord-Holland','VR11','',1,NULL);
INSERT INTO "municipality" VALUES('GM0855','Tilburg','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0858','Valkenswaard','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM0861','Veldhoven','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM0865','Vught','Noord-Brabant','VR21','',1,NULL);
INSERT INTO "municipality" VALUES('GM0866','Waalre','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM0867','Waalwijk','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0873','Woensdrecht','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0879','Zundert','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM0880','Wormerland','Noord-Holland','VR11','',1,NULL);
INSERT INTO "municipality" VALUES('GM0882','Landgraaf','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM0888','Beek (L.)','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM0889','Beesel','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM0893','Bergen (L.)','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM0899','Brunssum','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM0907','Gennep','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM0917','Heerlen','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM0928','Kerkrade','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM0935','Maastricht','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM0938','Meerssen','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM0944','Mook en Middelaar','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM0946','Nederweert','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM0957','Roermond','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM0965','Simpelveld','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM0971','Stein (L.)','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM0981','Vaals','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM0983','Venlo','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM0984','Venray','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM0986','Voerendaal','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM0988','Weert','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM0994','Valkenburg aan de Geul','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM0995','Lelystad','Flevoland','VR25','',1,NULL);
INSERT INTO "municipality" VALUES('GM1507','Horst aan de Maas','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM1509','Oude IJsselstreek','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM1525','Teylingen','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM1581','Utrechtse Heuvelrug','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM1586','Oost Gelre','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM1598','Koggenland','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM1621','Lansingerland','Zuid-Holland','VR17','',1,NULL);
INSERT INTO "municipality" VALUES('GM1640','Leudal','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM1641','Maasgouw','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM1652','Gemert-Bakel','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM1655','Halderberge','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM1658','Heeze-Leende','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM1659','Laarbeek','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM1667','Reusel-De Mierden','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM1669','Roerdalen','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM1674','Roosendaal','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM1676','Schouwen-Duiveland','Zeeland','VR19','',1,NULL);
INSERT INTO "municipality" VALUES('GM1680','Aa en Hunze','Drenthe','VR03','',1,NULL);
INSERT INTO "municipality" VALUES('GM1681','Borger-Odoorn','Drenthe','VR03','',1,NULL);
INSERT INTO "municipality" VALUES('GM1690','De Wolden','Drenthe','VR03','',1,NULL);
INSERT INTO "municipality" VALUES('GM1695','Noord-Beveland','Zeeland','VR19','',1,NULL);
INSERT INTO "municipality" VALUES('GM1696','Wijdemeren','Noord-Holland','VR14','',1,NULL);
INSERT INTO "municipality" VALUES('GM1699','Noordenveld','Drenthe','VR03','',1,NULL);
INSERT INTO "municipality" VALUES('GM1700','Twenterand','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM1701','Westerveld','Drenthe','VR03','',1,NULL);
INSERT INTO "municipality" VALUES('GM1705','Lingewaard','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM1706','Cranendonck','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM1708','Steenwijkerland','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM1709','Moerdijk','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM1711','Echt-Susteren','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM1714','Sluis','Zeeland','VR19','',1,NULL);
INSERT INTO "municipality" VALUES('GM1719','Drimmelen','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM1721','Bernheze','Noord-Brabant','VR21','',1,NULL);
INSERT INTO "municipality" VALUES('GM1723','Alphen-Chaam','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM1724','Bergeijk','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM1728','Bladel','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM1729','Gulpen-Wittem','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM1730','Tynaarlo','Drenthe','VR03','',1,NULL);
INSERT INTO "municipality" VALUES('GM1731','Midden-Drenthe','Drenthe','VR03','',1,NULL);
INSERT INTO "municipality" VALUES('GM1734','Overbetuwe','Gelderland','VR07','',1,NULL);
INSERT INTO "municipality" VALUES('GM1735','Hof van Twente','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM1740','Neder-Betuwe','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM1742','Rijssen-Holten','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM1771','Geldrop-Mierlo','Noord-Brabant','VR22','',1,NULL);
INSERT INTO "municipality" VALUES('GM1773','Olst-Wijhe','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM1774','Dinkelland','Overijssel','VR05','',1,NULL);
INSERT INTO "municipality" VALUES('GM1783','Westland','Zuid-Holland','VR15','',1,NULL);
INSERT INTO "municipality" VALUES('GM1842','Midden-Delfland','Zuid-Holland','VR15','',1,NULL);
INSERT INTO "municipality" VALUES('GM1859','Berkelland','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM1876','Bronckhorst','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM1883','Sittard-Geleen','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM1884','Kaag en Braassem','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM1891','Dantumadiel','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM1892','Zuidplas','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM1894','Peel en Maas','Limburg','VR23','',1,NULL);
INSERT INTO "municipality" VALUES('GM1895','Oldambt','Groningen','VR01','',1,NULL);
INSERT INTO "municipality" VALUES('GM1896','Zwartewaterland','Overijssel','VR04','',1,NULL);
INSERT INTO "municipality" VALUES('GM1900','Súdwest-Fryslân','Fryslân','VR02','Zuidwest-Friesland',1,NULL);
INSERT INTO "municipality" VALUES('GM1901','Bodegraven-Reeuwijk','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM1903','Eijsden-Margraten','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM1904','Stichtse Vecht','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM1911','Hollands Kroon','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM1916','Leidschendam-Voorburg','Zuid-Holland','VR15','',1,NULL);
INSERT INTO "municipality" VALUES('GM1924','Goeree-Overflakkee','Zuid-Holland','VR17','',1,NULL);
INSERT INTO "municipality" VALUES('GM1926','Pijnacker-Nootdorp','Zuid-Holland','VR15','',1,NULL);
INSERT INTO "municipality" VALUES('GM1930','Nissewaard','Zuid-Holland','VR17','',1,NULL);
INSERT INTO "municipality" VALUES('GM1931','Krimpenerwaard','Zuid-Holland','VR16','',1,NULL);
INSERT INTO "municipality" VALUES('GM1940','De Fryske Marren','Fryslân','VR02','De Friese Meeren',1,NULL);
INSERT INTO "municipality" VALUES('GM1942','Gooise Meren','Noord-Holland','VR14','',1,NULL);
INSERT INTO "municipality" VALUES('GM1945','Berg en Dal','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM1948','Meierijstad','Noord-Brabant','VR21','',1,NULL);
INSERT INTO "municipality" VALUES('GM1949','Waadhoeke','Fryslân','VR02','',1,NULL);
INSERT INTO "municipality" VALUES('GM1950','Westerwolde','Groningen','VR01','',1,NULL);
INSERT INTO "municipality" VALUES('GM1952','Midden-Groningen','Groningen','VR01','',1,NULL);
INSERT INTO "municipality" VALUES('GM1954','Beekdaelen','Limburg','VR24','',1,NULL);
INSERT INTO "municipality" VALUES('GM1955','Montferland','Gelderland','VR06','',1,NULL);
INSERT INTO "municipality" VALUES('GM1959','Altena','Noord-Brabant','VR20','',1,NULL);
INSERT INTO "municipality" VALUES('GM1960','West Betuwe','Gelderland','VR08','',1,NULL);
INSERT INTO "municipality" VALUES('GM1961','Vijfheerenlanden','Utrecht','VR09','',1,NULL);
INSERT INTO "municipality" VALUES('GM1963','Hoeksche Waard','Zuid-Holland','VR18','',1,NULL);
INSERT INTO "municipality" VALUES('GM1966','Het Hogeland','Groningen','VR01','',1,NULL);
INSERT INTO "municipality" VALUES('GM1969','Westerkwartier','Groningen','VR01','',1,NULL);
INSERT INTO "municipality" VALUES('GM1970','Noardeast-Fryslân','Fryslân','VR02','Noordoost-Friesland',1,NULL);
INSERT INTO "municipality" VALUES('GM1978','Molenlanden','Zuid-Holland','VR18','',1,NULL);
INSERT INTO "municipality" VALUES('GM1979','Eemsdelta','Groningen','VR01','',1,NULL);
INSERT INTO "municipality" VALUES('GM1980','Dijk en Waard','Noord-Holland','VR10','',1,NULL);
INSERT INTO "municipality" VALUES('GM1982','Land van Cuijk','Noord-Brabant','VR21','',1,NULL);
INSERT INTO "municipality" VALUES('GM1991','Maashorst','Noord-Brabant','VR21','',1,NULL);
INSERT INTO "municipality" VALUES('GM1992','Voorne aan Zee','Zuid-Holland','VR17','',1,NULL);
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
INSERT INTO "organisation" VALUES(1,'urn:uuid:a2f1a0ac-9b7c-45de-9adb-bf556c9d82bc','Gemeente Zwolle','municipality','GM0193','','','Zwolle','038 498 0000','info@zwolle.example.nl','','','gemeente zwolle','2026-12-03 09:51:31.861995','2026-12-03 09:51:31.858774',5,0,'',NULL,'');
INSERT INTO "organisation" VALUES(2,'urn:uuid:95399fcb-6491-4945-8442-c4aec7031e69','Gemeente Deventer','municipality','GM0150','','','Deventer','0570 690 000','info@deventer.example.nl','','','gemeente deventer','2026-12-03 09:51:31.868574','2026-12-03 09:51:31.868253',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(3,'urn:uuid:b4ff5c6b-ef0f-4ab5-b450-cbf94c589b82','Gemeente Kampen','municipality','GM0166','','','Kampen','038 339 0000','info@kampen.example.nl','','','gemeente kampen','2026-12-03 09:51:31.871020','2026-12-03 09:51:31.870738',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(4,'urn:uuid:5ad10b0d-bf73-417c-bcf8-f85c9c3c4791','Sociaal Wijkteam Zwolle-Zuid','social_team','GM0193','','','Zwolle','','info@zwolle-zuid.example.nl','','','sociaal wijkteam zwolle-zuid','2026-12-03 09:51:31.872990','2026-12-03 09:51:31.872702',3,1,'',NULL,'');
INSERT INTO "organisation" VALUES(5,'urn:uuid:6309bd12-8a8d-4a6a-8f4a-c44b552ed126','Thuiszorg De Linde','care_provider','GM0193','','','Zwolle','038 765 4321','info@linde.example.nl','','','thuiszorg de linde','2026-12-03 09:51:31.875174','2026-12-03 09:51:31.874938',2,-1,'',NULL,'');
INSERT INTO "organisation" VALUES(6,'urn:uuid:1a6bd4a9-f1c4-4d31-8d08-6c469e93224e','Zorggroep IJsseloever','care_provider','GM0150','','','Deventer','','info@ijsseloever.example.nl','','','zorggroep ijsseloever','2026-12-03 09:51:31.876762','2026-12-03 09:51:31.876556',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(7,'urn:uuid:960c03b8-e54e-44ed-b33e-7e1e14ed519b','Adviesraad Sociaal Domein Kampen','advisory_council','GM0166','','','Kampen','','info@kampen.example.nl','','','adviesraad sociaal domein kampen','2026-12-03 09:51:31.878566','2026-12-03 09:51:31.878329',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(8,'urn:uuid:639a0cb3-8669-4380-9ad2-fa0e9b5a875d','Cliëntenraad Zorggroep IJsseloever','client_council','GM0150','','','','','info@ijsseloever.example.nl','','','clientenraad zorggroep ijsseloever','2026-12-03 09:51:31.880181','2026-12-03 09:51:31.879951',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(9,'urn:uuid:3a9e835e-e855-4e30-bf96-89bf1d547385','Stichting Welzijn Overijssel-West','welfare','GM0193','','','Zwolle','','info@overijssel-west.example.nl','','','stichting welzijn overijssel-west','2026-12-03 09:51:31.882063','2026-12-03 09:51:31.881835',2,2,'',NULL,'');
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
INSERT INTO "person" VALUES(1,'urn:uuid:0762156a-2117-4fde-8927-3b2b5926a918','Marieke','van den','Heuvel','GM0193','',5,1,'heuvel, marieke van den','2026-12-03 09:51:31.886551','2026-12-03 09:51:31.893238','Twee keer per jaar de signalen over vervoer bespreken; vragen om een toezegging in de raadscommissie.',NULL,'');
INSERT INTO "person" VALUES(2,'urn:uuid:165d9764-3840-406e-ac03-596c41534dfb','Bram','','Kuipers','GM0193','',3,0,'kuipers, bram','2026-12-03 09:51:31.902847','2026-12-03 09:51:31.904859','',NULL,'');
INSERT INTO "person" VALUES(3,'urn:uuid:11c5abc4-6a34-453e-b013-0ace2798de92','Özlem','','Demir','GM0193','',2,1,'demir, ozlem','2026-12-03 09:51:31.910302','2026-12-03 09:51:31.911728','',NULL,'');
INSERT INTO "person" VALUES(4,'urn:uuid:7fbea8c4-29b3-41d9-9d1d-d12bb795f654','Joost','ter','Horst','GM0150','',5,-1,'horst, joost ter','2026-12-03 09:51:31.916474','2026-12-03 09:51:31.917716','',NULL,'');
INSERT INTO "person" VALUES(5,'urn:uuid:3f70ed61-2b7f-4a04-a1bd-27ab4ddb2552','Femke','de','Boer','GM0150','',3,2,'boer, femke de','2026-12-03 09:51:31.921542','2026-12-03 09:51:31.922873','',NULL,'');
INSERT INTO "person" VALUES(6,'urn:uuid:affd6704-4080-414e-9a29-2bbf5b216bbf','Sanne','','Mulder','GM0193','',2,2,'mulder, sanne','2026-12-03 09:51:31.927243','2026-12-03 09:51:31.928305','',NULL,'');
INSERT INTO "person" VALUES(7,'urn:uuid:6ad04690-566d-4240-b629-12c900d1413e','Ingrid','van','Dijk','GM0193','',2,1,'dijk, ingrid van','2026-12-03 09:51:31.932431','2026-12-03 09:51:31.933569','',NULL,'');
INSERT INTO "person" VALUES(8,'urn:uuid:9009a4d4-ae8e-4409-afe3-95fce15f746a','Kees','','Brouwer','GM0150','',4,0,'brouwer, kees','2026-12-03 09:51:31.937374','2026-12-03 09:51:31.938413','',NULL,'');
INSERT INTO "person" VALUES(9,'urn:uuid:33ed4dc3-2890-4e02-a403-917677cb37e4','Hanneke','','Smit','GM0166','',3,0,'smit, hanneke','2026-12-03 09:51:31.942184','2026-12-03 09:51:31.943183','',NULL,'');
INSERT INTO "person" VALUES(10,'urn:uuid:17ac2700-3de1-4729-bf64-f453758f92d8','Gerrit','','Bakker','GM0166','',3,2,'bakker, gerrit','2026-12-03 09:51:31.946079','2026-12-03 09:51:31.946888','',NULL,'');
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
INSERT INTO "relation" VALUES(1,1,NULL,NULL,1,'member_of','2026-12-03 09:51:31.952079');
INSERT INTO "relation" VALUES(2,NULL,1,NULL,4,'funds','2026-12-03 09:51:31.953472');
INSERT INTO "relation" VALUES(3,NULL,9,NULL,4,'works_with','2026-12-03 09:51:31.954041');
INSERT INTO "relation" VALUES(4,3,NULL,NULL,4,'advises','2026-12-03 09:51:31.954418');
INSERT INTO "relation" VALUES(5,NULL,5,NULL,9,'opposes','2026-12-03 09:51:31.954754');
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
	last_sequence INTEGER NOT NULL, 
	CONSTRAINT pk_sender PRIMARY KEY (id), 
	CONSTRAINT uq_sender_sender_uid UNIQUE (sender_uid)
);
INSERT INTO "sender" VALUES(1,'urn:uuid:00000000-0000-4000-8000-000000000001','Vereniging Voorbeeld (fictief)','["GM0193"]','RWQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA','age1examplefictionalrecipient',1,'2026-11-01 10:00:00','2026-11-01 10:05:00',3);
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
INSERT INTO "signal" VALUES(1,'urn:uuid:0ffc43ef-a84b-45c7-9d87-c57d61008365',1,'De gemeente weigert een gehandicaptenparkeerkaart aan mensen met Parkinson, omdat zij op sommige dagen wel een stukje kunnen lopen. Op slechte dagen lukt dat niet.','GM0193','["parkeerkaart"]','wmo','cafe','2026-11-30',4,NULL,'normal','new',0,'2026-12-03 09:51:31.982262','2026-12-03 09:51:31.980424',NULL,'',NULL);
INSERT INTO "signal" VALUES(2,'urn:uuid:a2c9035a-0e42-4a31-a7ff-17b532f106b9',1,'De regiotaxi komt vaak meer dan een half uur te laat; leden missen hun afspraken.','GM0150','["vervoer"]','wmo','peer_contact','2026-11-24',6,NULL,'normal','new',0,'2026-12-03 09:51:31.985606','2026-12-03 09:51:31.985209',NULL,'',NULL);
INSERT INTO "signal" VALUES(3,'urn:uuid:d0a0c636-704e-450e-98dd-d5ec35c0bd97',1,'Na het keukentafelgesprek duurde het zeven weken voor er een verslag kwam.','GM0193','["keukentafelgesprek", "thuiszorg"]','zvw','kitchen_table','2026-11-17',1,5,'normal','new',0,'2026-12-03 09:51:31.987818','2026-12-03 09:51:31.987398',NULL,'',NULL);
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
INSERT INTO "signal_status_change" VALUES(1,1,'new','2026-12-03 09:51:31.983231');
INSERT INTO "signal_status_change" VALUES(2,2,'new','2026-12-03 09:51:31.985910');
INSERT INTO "signal_status_change" VALUES(3,3,'new','2026-12-03 09:51:31.988103');
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
INSERT INTO "visit" VALUES(1,'urn:uuid:268ad56e-1602-4176-ae87-c1f017e9ba1c','Mw. J. (demo)','via de contactpersoon van de afdeling','GM0193','2026-12-08 10:30:00.000000','Bij het lid thuis',3,'','Sanne Mulder (wijkteam)','Henk (Wmo-commissie)','Hulp bij het huishouden en vervoer naar de dagbesteding.','Zelfstandig thuis blijven wonen; twee keer per week naar de dagbesteding.','','wmo-standaard',1,'Keukentafelgesprek Wmo','2026-11-23',NULL,NULL,NULL,NULL,'2026-12-03 09:51:31.969570','2026-12-03 09:51:31.967059');
INSERT INTO "visit" VALUES(2,'urn:uuid:0f2de9ea-2181-403a-9033-73ecc5359623','Dhr. P. (demo)','','GM0150','2026-11-13 14:00:00.000000','Gemeentehuis Deventer',NULL,'Wmo-consulent gemeente Deventer','','','Een scootmobiel, omdat lopen op slechte dagen niet lukt.','Zelf boodschappen kunnen doen.','Consulent begrijpt de wisselende klachten; verslag volgt.','wmo-standaard',1,'Keukentafelgesprek Wmo','2026-10-26','2026-11-13','2026-11-21','2026-11-25',NULL,'2026-12-03 09:51:31.974813','2026-12-03 09:51:31.973819');
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
