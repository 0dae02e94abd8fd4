-- PostgreSQL: the ids that order lists are compared byte by byte (the "C" collation), as the SPI asks
-- and as H2 and the memory store do, whatever the database's default collation.
ALTER TABLE sportello_dossiers ALTER COLUMN id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE sportello_dossier_measures ALTER COLUMN id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE sportello_dossier_payments ALTER COLUMN id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE sportello_dossier_documents ALTER COLUMN dossier_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE sportello_dossier_documents ALTER COLUMN id TYPE VARCHAR(64) COLLATE "C";
-- a user's list: newest update first, keyset on (updated_at, id)
CREATE INDEX sportello_dossiers_owner ON sportello_dossiers (owner_id, updated_at DESC, id DESC);
CREATE INDEX sportello_dossier_timeline_dossier ON sportello_dossier_timeline (dossier_id, seq);
CREATE INDEX sportello_dossier_requests_dossier ON sportello_dossier_requests (dossier_id, seq);
