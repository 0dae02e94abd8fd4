-- The expiry task of every delegation that V11 made ACTIVE, due at the end of its validity (at once if it
-- has already passed): the dispatcher then moves it to EXPIRED with its reason and tells both parties.
INSERT INTO sportello_outbox (id, kind, type, payload, due_at, cancel_key, status, attempts, created_at, updated_at)
SELECT gen_random_uuid(), 'TASK', 'delegation.expiry', '{"delegationId":"' || CAST(id AS VARCHAR) || '"}', valid_until,
       'delegation:' || CAST(id AS VARCHAR), 'PENDING', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM sportello_delegations WHERE status = 'ACTIVE';
