-- Tamper-evident audit (OWASP ASVS 16.4.2): each entry carries the hash of its predecessor in its
-- object's stream, and each stream's head (the hash of its last entry) is kept, locked while a
-- transaction chains to it. Entries written before this migration carry no hashes: the SDK's verifier
-- reports their streams as unchained.
ALTER TABLE sportello_audit ADD COLUMN previous_hash VARCHAR(64);
ALTER TABLE sportello_audit ADD COLUMN hash VARCHAR(64);
CREATE TABLE sportello_audit_heads (
    stream VARCHAR(300) PRIMARY KEY,
    hash   VARCHAR(64)  NOT NULL
);
