-- H2 has no partial indexes: plain ones do the same job at the sizes H2 is used for.
CREATE INDEX sportello_outbox_pending ON sportello_outbox (status, due_at, id);
CREATE INDEX sportello_outbox_in_flight ON sportello_outbox (status, lease_until);
CREATE INDEX sportello_outbox_cancel ON sportello_outbox (cancel_key, status);
