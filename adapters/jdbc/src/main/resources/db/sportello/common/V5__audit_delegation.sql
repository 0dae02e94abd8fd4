-- R-DEL-5: an action on behalf of someone records the delegation that was used.
ALTER TABLE sportello_audit ADD COLUMN delegation_id UUID;
