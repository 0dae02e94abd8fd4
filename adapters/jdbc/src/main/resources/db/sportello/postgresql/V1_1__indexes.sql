-- PostgreSQL: partial indexes keep the dispatcher's claim and the cancellations on small indexes.
CREATE INDEX sportello_outbox_pending ON sportello_outbox (due_at, id) WHERE status = 'PENDING';
CREATE INDEX sportello_outbox_in_flight ON sportello_outbox (lease_until) WHERE status = 'IN_FLIGHT';
CREATE INDEX sportello_outbox_cancel ON sportello_outbox (cancel_key) WHERE status = 'PENDING';
CREATE INDEX sportello_outbox_status ON sportello_outbox (status, id);
CREATE INDEX sportello_messages_queued ON sportello_messages (recipient, channel) WHERE status = 'QUEUED';
