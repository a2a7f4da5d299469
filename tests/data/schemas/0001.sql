-- An Advocaat database at schema revision 0001, with fictional data (the demo setup).
-- Kept as text so every later migration is tested against it (tests/unit/test_migrations.py).
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0001');
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
CREATE TABLE setting (
	"key" VARCHAR(80) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_setting PRIMARY KEY ("key")
);
INSERT INTO "setting" VALUES('setup','{"organisation": "Vereniging Samen Sterk (demo)", "municipalities": ["GM0193", "GM0150", "GM0166"], "role": "volunteer"}');
CREATE INDEX ix_municipality_name ON municipality (name);
COMMIT;
