-- An Advocaat database at schema revision 0012 (contact search by word prefix, FTS5 index on SQLite), with the
-- fictional demo data. Kept as text so every later migration is tested against it
-- (tests/unit/test_migrations.py).
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0012');
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
INSERT INTO "contact_index" VALUES('organisation',1,'gemeente zwolle','gemeente zwolle municipality zwolle zwolle info zwolle example nl');
INSERT INTO "contact_index" VALUES('organisation',2,'gemeente deventer','gemeente deventer municipality deventer deventer info deventer example nl');
INSERT INTO "contact_index" VALUES('organisation',3,'gemeente kampen','gemeente kampen municipality kampen kampen info kampen example nl');
INSERT INTO "contact_index" VALUES('organisation',4,'sociaal wijkteam zwolle-zuid','sociaal wijkteam zwolle zuid neighbourhood or social team zwolle zwolle info zwolle zuid example nl');
INSERT INTO "contact_index" VALUES('organisation',5,'thuiszorg de linde','thuiszorg de linde care provider zwolle zwolle info linde example nl');
INSERT INTO "contact_index" VALUES('organisation',6,'zorggroep ijsseloever','zorggroep ijsseloever care provider deventer deventer info ijsseloever example nl');
INSERT INTO "contact_index" VALUES('organisation',7,'adviesraad sociaal domein kampen','adviesraad sociaal domein kampen wmo council or social domain advisory council kampen kampen info kampen example nl');
INSERT INTO "contact_index" VALUES('organisation',8,'clientenraad zorggroep ijsseloever','clientenraad zorggroep ijsseloever client council deventer info ijsseloever example nl');
INSERT INTO "contact_index" VALUES('organisation',9,'stichting welzijn overijssel-west','stichting welzijn overijssel west welfare organisation zwolle zwolle info overijssel west example nl');
INSERT INTO "contact_index" VALUES('person',1,'heuvel, marieke van den','marieke van den heuvel wethouder zorg en wmo gemeente zwolle zwolle marieke heuvel example nl 31655551000 0655551000 wmo vervoer');
INSERT INTO "contact_index" VALUES('person',2,'kuipers, bram','bram kuipers senior beleidsmedewerker wmo en mobiliteit gemeente deventer zwolle bram kuipers example nl 31655551037 0655551037 vervoer parkeerkaart');
INSERT INTO "contact_index" VALUES('person',3,'demir, ozlem','ozlem demir wmo consulent gemeente zwolle zwolle ozlem demir example nl 31655551074 0655551074 keukentafelgesprek');
INSERT INTO "contact_index" VALUES('person',4,'horst, joost ter','joost ter horst wethouder sociaal domein gemeente deventer deventer joost horst example nl 31655551111 0655551111 wmo jeugd');
INSERT INTO "contact_index" VALUES('person',5,'boer, femke de','femke de boer raadslid gemeente deventer deventer femke boer example nl 31655551148 0655551148 toegankelijkheid');
INSERT INTO "contact_index" VALUES('person',6,'mulder, sanne','sanne mulder clientondersteuner sociaal wijkteam zwolle zuid zwolle sanne mulder example nl 31655551185 0655551185 keukentafelgesprek');
INSERT INTO "contact_index" VALUES('person',7,'dijk, ingrid van','ingrid van dijk wijkverpleegkundige thuiszorg de linde zwolle ingrid dijk example nl 31655551222 0655551222 thuiszorg');
INSERT INTO "contact_index" VALUES('person',8,'brouwer, kees','kees brouwer bestuurder zorggroep ijsseloever deventer kees brouwer example nl 31655551259 0655551259 thuiszorg');
INSERT INTO "contact_index" VALUES('person',9,'smit, hanneke','hanneke smit beleidsmedewerker wmo en hulpmiddelen gemeente kampen kampen hanneke smit example nl 31655551296 0655551296 hulpmiddelen');
INSERT INTO "contact_index" VALUES('person',10,'bakker, gerrit','gerrit bakker voorzitter adviesraad sociaal domein kampen kampen gerrit bakker example nl 31655551333 0655551333 wmo');
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
INSERT INTO "contact_moment" VALUES(1,'urn:uuid:5e2288b2-6bb6-4d70-aad9-131466a18e03','2026-11-03','meeting','Kennismaking over de Wmo-vervoersregeling; zorgen over wachttijden regiotaxi.','Cijfers over klachten regiotaxi opsturen','2026-11-30',NULL,'2026-12-03 14:56:41.100261');
INSERT INTO "contact_moment" VALUES(2,'urn:uuid:09647ff1-69b2-4e93-b8d4-37e81161fb22','2026-11-21','phone','Gebeld over de voorbereiding van keukentafelgesprekken; zij wil graag een folder.','Folder over de voorbereiding langsbrengen','2026-12-05',NULL,'2026-12-03 14:56:41.105123');
INSERT INTO "contact_moment" VALUES(3,'urn:uuid:4bef254f-dc95-428b-91a7-a001fcbae668','2026-11-28','email','Mail over de toegankelijkheid van het nieuwe gemeentehuis.','',NULL,NULL,'2026-12-03 14:56:41.105697');
INSERT INTO "contact_moment" VALUES(4,'urn:uuid:df8cadc6-618f-409f-bd9e-067556817735','2026-12-01','wmo_council','Vergadering adviesraad: hulpmiddelenbeleid komt in het voorjaar op de agenda.','Signalen over hulpmiddelen bundelen voor de adviesraad','2026-12-09',NULL,'2026-12-03 14:56:41.106245');
INSERT INTO "contact_moment" VALUES(5,'urn:uuid:75c21076-1794-4b2c-a5b2-f97d67f52fdd','2026-12-12','conversation','Afspraak met het wijkteam over cliëntondersteuning bij keukentafelgesprekken.','',NULL,NULL,'2026-12-03 14:56:41.146719');
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
PRAGMA writable_schema=ON;
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','contact_search','contact_search',0,'CREATE VIRTUAL TABLE contact_search USING fts5(search_text, content='''', prefix=''1 2'', tokenize=''unicode61 remove_diacritics 2'')');
CREATE TABLE 'contact_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "contact_search_config" VALUES('version',4);
CREATE TABLE 'contact_search_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "contact_search_data" VALUES(1,X'138203');
INSERT INTO "contact_search_data" VALUES(10,X'0000000002051400051101010101010201010301010401010000');
INSERT INTO "contact_search_data" VALUES(137438953473,X'000001230B303036353535353132353910020D010B333136353535353132353910020C010A626573747575726465721002040206726F75776572100403080108646576656E74657210020701076578616D706C6510020A010B696A7373656C6F6576657210020601046B6565731004020801026E6C10020B010974687569737A6F726710020E01097A6F726767726F65701002050002313010020D01013310020C010162100603030701016410020701016510020A01016910020601016B1004020801016E10020B01017410020E01017A100205000332303610020D0102333110020C0102626510020402017210040308010264651002070102657810020A0102696A10020601026B651004020801026E6C10020B0102746810020E01027A6F100205040F100F0C0D0C100A070E0E0706080606060706060608070707070707080707');
INSERT INTO "contact_search_data" VALUES(274877906945,X'000001350B3030363535353531323936120210010B333136353535353132393612020F011162656C656964736D6564657765726B65721202040102656E120206020678616D706C6512020D010867656D65656E7465120208010768616E6E656B651204020B020B756C706D696464656C656E1204070C01066B616D70656E1204090301026E6C12020E0104736D69741204030B0103776D6F1202050002313012021001013312020F0101621202040101651204060901016712020801016812080207060801016B1204090301016E12020E0101731204030B01017712020500033230361202100102333112020F010262651202040102656E12020602017812020D01026765120208010268611204020B0201751204070C01026B611204090301026E6C12020E0102736D1204030B0102776D120205040F1016070B0D0D110C070A08070606070609070607060807070706070807080708');
INSERT INTO "contact_search_data" VALUES(412316860417,X'0000013B0B303036353535353133333314020F010B333136353535353133333314020E010A61647669657372616164140205010662616B6B65721404030A0106646F6D65696E14020701076578616D706C6514020C01066765727269741404020A01066B616D70656E1404080301026E6C14020D0107736F636961616C140206010A766F6F727A69747465721402040103776D6F1402100002313014020F01013314020E0101611402050101621404030A01016414020701016514020C0101671404020A01016B1404080301016E14020D010173140206010176140204010177140210000332303614020F0102333114020E01026164140205010262611404030A0102646F1402070102657814020C010267651404020A01026B611404080301026E6C14020D0102736F1402060102766F1402040102776D140210040F100F0C0B0C0C0C070C0F080706060706060707060606060807070807070808070707');
INSERT INTO "contact_search_data" VALUES(549755813889,X'000001960B3030363535353531303337040311010B3331363535353531303337040310011162656C656964736D6564657765726B6572040305020372616D0405020C0108646576656E74657204020A0102656E040207020678616D706C6504030E010867656D65656E746504030901076B7569706572730405030C010A6D6F62696C697465697404020801026E6C04030F010C7061726B6565726B61617274040313010673656E696F720402040107766572766F65720403120103776D6F04030601067A776F6C6C6504030B00023130040311010133040310010162040702050901016404020A0101650405070901016704030901016B0405030C01016D04020801016E04030F01017004031301017304020401017604031201017704030601017A04030B000332303604031101023331040310010262650403050201720405020C0102646504020A0102656E04020702017804030E0102676504030901026B750405030C01026D6F04020801026E6C04030F0102706104031301027365040204010276650403120102776D04030601027A7704030B040F1016090D070B0D0D0F07110B0C080B0706080607060706060606060606080707070707060708070707070707');
INSERT INTO "contact_search_data" VALUES(2336462209025,X'000009760B30303635353535313030300202120902333704020F0902373406020E0803313131080210090234380A020E090238350C020F08033232320E020F010B33313635353535313030300202110A02333704020E0A02373406020D090331313108020F0A0234380A020D0A0238350C020E09033232320E020E010A616476696573726161640F02020504736F72790F020B011162656C656964736D6564657765726B657204020402036F65720A040408020372616D0404020A0104636172650B020502020402056C69656E741102050706656E72616164110202070C6F6E646572737465756E65720C020402086F6E73756C656E740602050305756E63696C0F040707020206010264650A020301020303020703036D69720604030903016E020204030676656E7465720508030403040304090302040703030406030402070203696A6B0E04040902056F6D61696E0F020A040365696E0802070702040102656E020208020678616D706C6502020F01020901020C01020901020B01020901020D01020F01020B01020B01020C01020A01020C01021102020A02020D010566656D6B650A040209010867656D65656E746502020A010202010207010202010206010202010208020206010668657576656C0204050B02046F7273740804040A010B696A7373656C6F657665720D0403080404040702036E666F03020702020702020702020C02020902020802020F02020802020A0304677269640E04020A01056A6575676408021202046F6F73740804020B01066B616D70656E0708030403040808050A0304021165756B656E746166656C6765737072656B06020F06021002067569706572730404030A01056C696E64650B04040803020801076D617269656B650204020D0205756C6465720C04030A030A6E69636970616C697479030204020204020204010D6E65696768626F7572686F6F6409020602016C02021001020A01020D01020A01020C01020A01020E01021001020C01020C01020D01020B01020D01021202020B02020E01026F72090207060208030A67616E69736174696F6E1302070209766572696A7373656C1304040902047A6C656D06040209010C7061726B6565726B616172740402110207726F76696465720B0206020205010872616164736C69640A0205010573616E6E650C04020A02066F636961616C08020601020203020503020306016C09020806020902087469636874696E6713020201047465616D0902090301720802030208687569737A6F72670B02020304060C020F6F6567616E6B656C696A6B686569640A020F010376616E0202030C020302066572766F65720202140204060C010777656C6661726513020604047A696A6E1302030302737413040509030774686F756465720202060602050207696A6B7465616D090203030206050F766572706C6565676B756E646967650E020502026D6F0204090C02020502020402021107020601047A6F7267020207050567726F65700D020204020302037569640904050B0302080205776F6C6C6502040B0301080304030401040803020407030308040803040204070301040704020209050408030002313002021202020F02020E02021002020E02020F02020F01013302021102020E02020D02020F02020D02020E02020E0101610F04020B0101620406020408060404080101630602050502050102040102040204070702060205030101640202040308030403040104030902060704030206030603010203020406030106040506010404080202070101650204080901020901020C01020901020B01020901020D01020F01020B01020B01020C01020A01020C01021102020A02020D0101660A04020901016702020A0102020102070102020102060102020102080202060101680204050B0604040A01016903020702020702020702020C02020902060307030104020A01020F020604060302020A01016A0806020B0901016B0404030A02020F0108030403040502100308050A030401016C0B04040803020801016D0204020D0102040202040202040504030A01016E02021001020A01020D01020A01020C01020A01020E0104060C01020C01020C01020D01020B01020D01021202020B02020E01016F0604020903020706020804060405060101700402110702060202050101720A02050101730802060104020803060205070304030804020201017408020301020901020F0102020304060C010176020403130204060C0A0203010177020606050C0202050202040204050E01020303020602020501020604080304030801017A02060706030108030403040104080302040703030C04030703040302040703010607030301020201020903020302040803000332303602021202020F02020E02021002020E02020F02020F0102333102021102020E02020D02020F02020D02020E02020E010261640F04020B0102626504020402016F0A0404080201720404020A010263610B020502020402016C0C02040504020502016F060205090407070202060102646502020403080304030401040309020409030206030603010203020406030102070302070201690E04040902016F080207070404080102656E02020802017802020F01020901020C01020901020B01020901020D01020F01020B01020B01020C01020A01020C01021102020A02020D010266650A0402090102676502020A010202010207010202010206010202010208020206010268650204050B02016F0804040A0102696A0D0403080404040702016E03020702020702020702020C0202090202080104020A01020F02020802020A01026A6508021202016F0804020B01026B610708030403040808050A030402016506020F0602100201750404030A01026C690B04040803020801026D610204020D0201750302040202040202040504030A01026E6509020602016C02021001020A01020D01020A01020C01020A01020E01021001020C01020C01020D01020B01020D01021202020B02020E01026F720902070602080402070201761304040902017A06040209010270610402110201720B0206020205010272610A0205010273610C04020A02016F0802060104020803020503040308020174130202010274650802030102090201680B02020304060C02016F0A020F010276610202030C02030201650202140204060C010277650202060602050B080304030802016909020303020602020502016D0204090C02020502020402021107020601027A6F0202070B02020402030201750904050B03020802017702040B030108030403040104080302040703030804080304020407030104070402020905040803040F070708070708100707080707080F091609090C0A0B110D0E0D09061D090A0B07380B220C0A15200A0A0A14190C0E0D0B1512330A0F0F0A110F0D0B14090D090611140B0F0C09080F0F1414090D0C2E1918070C182D34071B0B2608190A1434120C0616130E24341A19080707070A0A0D27070A0733081C08070C2207071009070B081007330D07070709070811060A0A060A0A100C130D0A');
CREATE TABLE 'contact_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "contact_search_docsize" VALUES(2,X'13');
INSERT INTO "contact_search_docsize" VALUES(3,X'09');
INSERT INTO "contact_search_docsize" VALUES(4,X'12');
INSERT INTO "contact_search_docsize" VALUES(5,X'09');
INSERT INTO "contact_search_docsize" VALUES(6,X'0E');
INSERT INTO "contact_search_docsize" VALUES(7,X'09');
INSERT INTO "contact_search_docsize" VALUES(8,X'11');
INSERT INTO "contact_search_docsize" VALUES(9,X'0F');
INSERT INTO "contact_search_docsize" VALUES(10,X'0E');
INSERT INTO "contact_search_docsize" VALUES(11,X'0B');
INSERT INTO "contact_search_docsize" VALUES(12,X'0F');
INSERT INTO "contact_search_docsize" VALUES(13,X'0A');
INSERT INTO "contact_search_docsize" VALUES(14,X'0F');
INSERT INTO "contact_search_docsize" VALUES(15,X'11');
INSERT INTO "contact_search_docsize" VALUES(16,X'0D');
INSERT INTO "contact_search_docsize" VALUES(17,X'0A');
INSERT INTO "contact_search_docsize" VALUES(18,X'10');
INSERT INTO "contact_search_docsize" VALUES(19,X'0D');
INSERT INTO "contact_search_docsize" VALUES(20,X'0F');
CREATE TABLE 'contact_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO "contact_search_idx" VALUES(1,X'',2);
INSERT INTO "contact_search_idx" VALUES(2,X'',2);
INSERT INTO "contact_search_idx" VALUES(3,X'',2);
INSERT INTO "contact_search_idx" VALUES(4,X'',2);
INSERT INTO "contact_search_idx" VALUES(17,X'',2);
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
INSERT INTO "organisation" VALUES(1,'urn:uuid:5fa4ac71-2bc2-4c94-88b0-3e3516f28a94','Gemeente Zwolle','municipality','GM0193','','','Zwolle','038 498 0000','info@zwolle.example.nl','','','gemeente zwolle','2026-12-03 14:56:40.931704','2026-12-03 14:56:40.930527',5,0,'',NULL,'');
INSERT INTO "organisation" VALUES(2,'urn:uuid:0e1b8fe6-f2d1-4f2f-a985-dde7ce493f91','Gemeente Deventer','municipality','GM0150','','','Deventer','0570 690 000','info@deventer.example.nl','','','gemeente deventer','2026-12-03 14:56:40.939934','2026-12-03 14:56:40.939681',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(3,'urn:uuid:3d78c3d9-f7a4-41c5-892c-7902c97d653e','Gemeente Kampen','municipality','GM0166','','','Kampen','038 339 0000','info@kampen.example.nl','','','gemeente kampen','2026-12-03 14:56:40.945781','2026-12-03 14:56:40.945562',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(4,'urn:uuid:1af65985-fed8-4c15-8dd8-847322dbda7f','Sociaal Wijkteam Zwolle-Zuid','social_team','GM0193','','','Zwolle','','info@zwolle-zuid.example.nl','','','sociaal wijkteam zwolle-zuid','2026-12-03 14:56:40.947017','2026-12-03 14:56:40.946863',3,1,'',NULL,'');
INSERT INTO "organisation" VALUES(5,'urn:uuid:9d308197-431c-4bd3-91c1-f24b374f486d','Thuiszorg De Linde','care_provider','GM0193','','','Zwolle','038 765 4321','info@linde.example.nl','','','thuiszorg de linde','2026-12-03 14:56:40.948178','2026-12-03 14:56:40.948034',2,-1,'',NULL,'');
INSERT INTO "organisation" VALUES(6,'urn:uuid:360ddefc-e94e-4882-8272-548c4d60d1a6','Zorggroep IJsseloever','care_provider','GM0150','','','Deventer','','info@ijsseloever.example.nl','','','zorggroep ijsseloever','2026-12-03 14:56:40.953553','2026-12-03 14:56:40.953369',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(7,'urn:uuid:608f35f9-c673-42af-8e99-cd811338e92d','Adviesraad Sociaal Domein Kampen','advisory_council','GM0166','','','Kampen','','info@kampen.example.nl','','','adviesraad sociaal domein kampen','2026-12-03 14:56:40.954694','2026-12-03 14:56:40.954552',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(8,'urn:uuid:26135cc8-0db7-464f-b4dc-ab2fccbf77e8','Cliëntenraad Zorggroep IJsseloever','client_council','GM0150','','','','','info@ijsseloever.example.nl','','','clientenraad zorggroep ijsseloever','2026-12-03 14:56:40.955716','2026-12-03 14:56:40.955579',NULL,NULL,'',NULL,'');
INSERT INTO "organisation" VALUES(9,'urn:uuid:46be733e-d71c-4ee0-9005-be6bd2082e4f','Stichting Welzijn Overijssel-West','welfare','GM0193','','','Zwolle','','info@overijssel-west.example.nl','','','stichting welzijn overijssel-west','2026-12-03 14:56:40.961283','2026-12-03 14:56:40.961032',2,2,'',NULL,'');
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
INSERT INTO "person" VALUES(1,'urn:uuid:e34c7814-43a1-4d21-b3fc-583b892b8716','Marieke','van den','Heuvel','GM0193','',5,1,'heuvel, marieke van den','2026-12-03 14:56:40.969311','2026-12-03 14:56:40.973531','Twee keer per jaar de signalen over vervoer bespreken; vragen om een toezegging in de raadscommissie.',NULL,'');
INSERT INTO "person" VALUES(2,'urn:uuid:5fdf59aa-469d-4dee-8004-82e046da141f','Bram','','Kuipers','GM0193','',3,0,'kuipers, bram','2026-12-03 14:56:40.989254','2026-12-03 14:56:40.990648','',NULL,'');
INSERT INTO "person" VALUES(3,'urn:uuid:4391aa62-cdfe-4366-8ca3-75d2decb1882','Özlem','','Demir','GM0193','',2,1,'demir, ozlem','2026-12-03 14:56:40.998432','2026-12-03 14:56:40.999432','',NULL,'');
INSERT INTO "person" VALUES(4,'urn:uuid:e80c57f6-5c62-4f27-bb1d-1b5d02e7e487','Joost','ter','Horst','GM0150','',5,-1,'horst, joost ter','2026-12-03 14:56:41.007144','2026-12-03 14:56:41.008058','',NULL,'');
INSERT INTO "person" VALUES(5,'urn:uuid:48e8dddc-f649-4760-9121-0a7a18f10a4e','Femke','de','Boer','GM0150','',3,2,'boer, femke de','2026-12-03 14:56:41.025047','2026-12-03 14:56:41.026247','',NULL,'');
INSERT INTO "person" VALUES(6,'urn:uuid:22bfd8ed-d37b-48cd-a981-5ce7c11cf94f','Sanne','','Mulder','GM0193','',2,2,'mulder, sanne','2026-12-03 14:56:41.037116','2026-12-03 14:56:41.038023','',NULL,'');
INSERT INTO "person" VALUES(7,'urn:uuid:db95c2db-fb09-410c-8d52-6999fcfc6ee8','Ingrid','van','Dijk','GM0193','',2,1,'dijk, ingrid van','2026-12-03 14:56:41.049593','2026-12-03 14:56:41.050854','',NULL,'');
INSERT INTO "person" VALUES(8,'urn:uuid:89c5510e-6bdf-432a-b12a-f2ca01835156','Kees','','Brouwer','GM0150','',4,0,'brouwer, kees','2026-12-03 14:56:41.058765','2026-12-03 14:56:41.059590','',NULL,'');
INSERT INTO "person" VALUES(9,'urn:uuid:3f40a800-404a-4f65-8e08-03d926e5a8bc','Hanneke','','Smit','GM0166','',3,0,'smit, hanneke','2026-12-03 14:56:41.066896','2026-12-03 14:56:41.067759','',NULL,'');
INSERT INTO "person" VALUES(10,'urn:uuid:abaff5cb-dce0-4aa5-96eb-6cc3c7c9ee6d','Gerrit','','Bakker','GM0166','',3,2,'bakker, gerrit','2026-12-03 14:56:41.076000','2026-12-03 14:56:41.076768','',NULL,'');
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
INSERT INTO "relation" VALUES(1,1,NULL,NULL,1,'member_of','2026-12-03 14:56:41.088889');
INSERT INTO "relation" VALUES(2,NULL,1,NULL,4,'funds','2026-12-03 14:56:41.090686');
INSERT INTO "relation" VALUES(3,NULL,9,NULL,4,'works_with','2026-12-03 14:56:41.091203');
INSERT INTO "relation" VALUES(4,3,NULL,NULL,4,'advises','2026-12-03 14:56:41.091616');
INSERT INTO "relation" VALUES(5,NULL,5,NULL,9,'opposes','2026-12-03 14:56:41.091951');
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
INSERT INTO "signal" VALUES(1,'urn:uuid:6f8e9a14-af2d-4ff1-bc35-65a2f3ecf0ec',1,'De gemeente weigert een gehandicaptenparkeerkaart aan mensen met Parkinson, omdat zij op sommige dagen wel een stukje kunnen lopen. Op slechte dagen lukt dat niet.','GM0193','["parkeerkaart"]','wmo','cafe','2026-11-30',4,NULL,'normal','new',0,'2026-12-03 14:56:41.138394','2026-12-03 14:56:41.137170',NULL,'',NULL);
INSERT INTO "signal" VALUES(2,'urn:uuid:921b6b2d-fab5-4753-93cd-6350d6591615',1,'De regiotaxi komt vaak meer dan een half uur te laat; leden missen hun afspraken.','GM0150','["vervoer"]','wmo','peer_contact','2026-11-24',6,NULL,'normal','new',0,'2026-12-03 14:56:41.140515','2026-12-03 14:56:41.140244',NULL,'',NULL);
INSERT INTO "signal" VALUES(3,'urn:uuid:7b3b525d-69ab-4332-8c72-1e4d7eb2b2cc',1,'Na het keukentafelgesprek duurde het zeven weken voor er een verslag kwam.','GM0193','["keukentafelgesprek", "thuiszorg"]','zvw','kitchen_table','2026-11-17',1,5,'normal','new',0,'2026-12-03 14:56:41.146105','2026-12-03 14:56:41.145817',NULL,'',NULL);
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
INSERT INTO "signal_status_change" VALUES(1,1,'new','2026-12-03 14:56:41.139039');
INSERT INTO "signal_status_change" VALUES(2,2,'new','2026-12-03 14:56:41.140672');
INSERT INTO "signal_status_change" VALUES(3,3,'new','2026-12-03 14:56:41.146274');
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
INSERT INTO "visit" VALUES(1,'urn:uuid:d4e61ba6-0da4-4b16-bc6f-4e0bdeaf91f4','Mw. J. (demo)','via de contactpersoon van de afdeling','GM0193','2026-12-08 10:30:00.000000','Bij het lid thuis',3,'','Sanne Mulder (wijkteam)','Henk (Wmo-commissie)','Hulp bij het huishouden en vervoer naar de dagbesteding.','Zelfstandig thuis blijven wonen; twee keer per week naar de dagbesteding.','','wmo-standaard',1,'Keukentafelgesprek Wmo','2026-11-23',NULL,NULL,NULL,NULL,'2026-12-03 14:56:41.116751','2026-12-03 14:56:41.114855');
INSERT INTO "visit" VALUES(2,'urn:uuid:51e280d9-7643-4e61-a874-99a7508de9f5','Dhr. P. (demo)','','GM0150','2026-11-13 14:00:00.000000','Gemeentehuis Deventer',NULL,'Wmo-consulent gemeente Deventer','','','Een scootmobiel, omdat lopen op slechte dagen niet lukt.','Zelf boodschappen kunnen doen.','Consulent begrijpt de wisselende klachten; verslag volgt.','wmo-standaard',1,'Keukentafelgesprek Wmo','2026-10-26','2026-11-13','2026-11-21','2026-11-25',NULL,'2026-12-03 14:56:41.128983','2026-12-03 14:56:41.124053');
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
CREATE TRIGGER contact_search_insert AFTER INSERT ON contact_index BEGIN INSERT INTO contact_search(rowid, search_text) VALUES ((new.id * 2 + (new.kind = 'organisation')), new.search_text); END;
CREATE TRIGGER contact_search_delete AFTER DELETE ON contact_index BEGIN INSERT INTO contact_search(contact_search, rowid, search_text) VALUES ('delete', (old.id * 2 + (old.kind = 'organisation')), old.search_text); END;
CREATE TRIGGER contact_search_update AFTER UPDATE OF kind, id, search_text ON contact_index BEGIN INSERT INTO contact_search(contact_search, rowid, search_text) VALUES ('delete', (old.id * 2 + (old.kind = 'organisation')), old.search_text); INSERT INTO contact_search(rowid, search_text) VALUES ((new.id * 2 + (new.kind = 'organisation')), new.search_text); END;
PRAGMA writable_schema=OFF;
COMMIT;
