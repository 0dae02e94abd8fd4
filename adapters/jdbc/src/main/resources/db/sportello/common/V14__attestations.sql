-- QR attestations (R-DOS-5): one row per issued token, with the status-list entry it owns, the edition of the
-- medical report it attests, and its revocation. The QR text is kept to render the image again; the token holds no
-- diagnosis. sportello_attestation_entries has one row: the entries allocated, updated under its row lock so that
-- concurrent issuers never share an entry.
CREATE TABLE sportello_attestations (
    attestation_id UUID         PRIMARY KEY,
    dossier_id     VARCHAR(64)  NOT NULL,
    owner_id       UUID         NOT NULL,
    office         VARCHAR(24)  NOT NULL,
    edition        INTEGER      NOT NULL,
    holder_form    VARCHAR(24)  NOT NULL,
    key_id         VARCHAR(64)  NOT NULL,
    list_number    INTEGER      NOT NULL,
    list_index     BIGINT       NOT NULL,
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    qr_text        TEXT         NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    revocation     VARCHAR(200),
    UNIQUE (list_number, list_index)
);

CREATE INDEX sportello_attestations_dossier ON sportello_attestations (dossier_id, issued_at);

CREATE TABLE sportello_attestation_entries (
    id        INTEGER PRIMARY KEY,
    allocated BIGINT  NOT NULL
);

INSERT INTO sportello_attestation_entries (id, allocated) VALUES (1, 0);
