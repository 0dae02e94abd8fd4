-- a user's list: newest update first, keyset on (updated_at, id)
CREATE INDEX sportello_dossiers_owner ON sportello_dossiers (owner_id, updated_at DESC, id DESC);
CREATE INDEX sportello_dossier_timeline_dossier ON sportello_dossier_timeline (dossier_id, seq);
CREATE INDEX sportello_dossier_requests_dossier ON sportello_dossier_requests (dossier_id, seq);
