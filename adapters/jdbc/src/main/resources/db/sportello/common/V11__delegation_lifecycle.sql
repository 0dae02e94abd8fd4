-- R-DEL-1…3, after SEND's mandates: a delegation has a status, a scope (the operations it covers) and a
-- lifecycle (each status entered, when, by whom); a requested one waits for the delegate's acceptance code,
-- kept only as a salted hash, until a deadline and for a limited number of attempts.
-- Rows written before this version were active at once and covered what their kind covers: they become
-- ACTIVE (REVOKED when revoked_at is set). Their scope and lifecycle stay NULL, which the adapter reads as
-- the kind's full ceiling and as the history those rows had: ACTIVE at created_at by created_by, then
-- REVOKED at revoked_at by service:sportello-migration (who revoked was not recorded before). Their expiry
-- tasks are queued by the vendor migration V11_1.
ALTER TABLE sportello_delegations ADD COLUMN status VARCHAR(10);
ALTER TABLE sportello_delegations ADD COLUMN scope VARCHAR(4000);
ALTER TABLE sportello_delegations ADD COLUMN lifecycle VARCHAR(4000);
ALTER TABLE sportello_delegations ADD COLUMN acceptance_code_hash VARCHAR(120);
ALTER TABLE sportello_delegations ADD COLUMN accept_by TIMESTAMP WITH TIME ZONE;
ALTER TABLE sportello_delegations ADD COLUMN attempts_left INTEGER DEFAULT 0 NOT NULL;
UPDATE sportello_delegations SET status = CASE WHEN revoked_at IS NULL THEN 'ACTIVE' ELSE 'REVOKED' END;
ALTER TABLE sportello_delegations ALTER COLUMN status SET NOT NULL;
CREATE INDEX sportello_delegations_delegator ON sportello_delegations (delegator, status, id);
CREATE INDEX sportello_delegations_delegate_status ON sportello_delegations (delegate, status, id);
