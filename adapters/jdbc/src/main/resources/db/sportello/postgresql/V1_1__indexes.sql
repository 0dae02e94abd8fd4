-- PostgreSQL: partial indexes keep the dispatcher's claim and the cancellations on small indexes.
CREATE INDEX sportello_outbox_pending ON sportello_outbox (due_at, id) WHERE status = 'PENDING';
CREATE INDEX sportello_outbox_in_flight ON sportello_outbox (lease_until) WHERE status = 'IN_FLIGHT';
CREATE INDEX sportello_outbox_cancel ON sportello_outbox (cancel_key) WHERE status = 'PENDING';
CREATE INDEX sportello_outbox_dead ON sportello_outbox (id) WHERE status = 'DEAD';
CREATE INDEX sportello_outbox_other ON sportello_outbox (status, id) WHERE status NOT IN ('PENDING', 'IN_FLIGHT', 'DONE');
-- room on each page for HOT updates of a message's status and history
ALTER TABLE sportello_messages SET (fillfactor = 80);
