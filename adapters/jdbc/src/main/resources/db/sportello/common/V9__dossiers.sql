-- Dossiers (R-DOS-1…3): the header as the counter shows it (versioned), its append-only status timeline,
-- measures and payments kept by the source's ids (deductions apart, in the payment's currency), the
-- requests linked to it, the owners' personal data as the institution holds them, and the documents with
-- their content in chunks. Money is NUMERIC(15,2) with an ISO 4217 code. Text ids are compared in ordinal
-- order: PostgreSQL gives the ordered id columns the "C" collation in V9_1.
CREATE TABLE sportello_dossiers (
    id                 VARCHAR(64)   PRIMARY KEY,
    kind               VARCHAR(48)   NOT NULL,
    owner_id           UUID          NOT NULL,
    office             VARCHAR(24)   NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    status_note        VARCHAR(200),
    last_change_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome_code       VARCHAR(40),
    outcome_text       VARCHAR(2000),
    outcome_decided_on DATE,
    sequence_number    BIGINT        NOT NULL,
    fingerprint        VARCHAR(64)   NOT NULL,
    gaps               VARCHAR(4000) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL
);

CREATE TABLE sportello_dossier_timeline (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id      VARCHAR(64)  NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    note            VARCHAR(200),
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_number BIGINT       NOT NULL
);

CREATE TABLE sportello_dossier_measures (
    dossier_id  VARCHAR(64)   NOT NULL,
    id          VARCHAR(64)   NOT NULL,
    measured_on DATE          NOT NULL,
    kind        VARCHAR(80)   NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    payment_id  VARCHAR(64),
    document_id VARCHAR(64),
    PRIMARY KEY (dossier_id, id)
);

CREATE TABLE sportello_dossier_payments (
    dossier_id     VARCHAR(64)   NOT NULL,
    id             VARCHAR(64)   NOT NULL,
    period_from    DATE,
    period_to      DATE,
    gross          NUMERIC(15,2) NOT NULL,
    net            NUMERIC(15,2) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    paid_on        DATE          NOT NULL,
    method         VARCHAR(16)   NOT NULL,
    account_type   VARCHAR(8),
    iban           VARCHAR(42),
    post_office    VARCHAR(120),
    counter_office VARCHAR(24),
    deductions     INTEGER       NOT NULL,
    PRIMARY KEY (dossier_id, id)
);

CREATE TABLE sportello_dossier_deductions (
    dossier_id VARCHAR(64)   NOT NULL,
    payment_id VARCHAR(64)   NOT NULL,
    position   INTEGER       NOT NULL,
    label      VARCHAR(120)  NOT NULL,
    amount     NUMERIC(15,2) NOT NULL,
    currency   CHAR(3)       NOT NULL,
    PRIMARY KEY (dossier_id, payment_id, position)
);

CREATE TABLE sportello_dossier_requests (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id VARCHAR(64) NOT NULL,
    request_id UUID        NOT NULL,
    CONSTRAINT sportello_dossier_requests_pair UNIQUE (dossier_id, request_id)
);

CREATE TABLE sportello_dossier_personal_data (
    owner_id UUID          PRIMARY KEY,
    fields   VARCHAR(8000) NOT NULL,
    as_of    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sportello_dossier_documents (
    dossier_id   VARCHAR(64)  NOT NULL,
    id           VARCHAR(64)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    file_name    VARCHAR(100) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    issue_year   INTEGER      NOT NULL,
    issued_on    DATE         NOT NULL,
    byte_size    BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    stored_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (dossier_id, id)
);

-- a document's bytes in chunks of at most 256 KiB (chunk 0 always present, empty for empty content), so
-- that content is streamed in and out with one chunk in memory on both databases
CREATE TABLE sportello_dossier_contents (
    dossier_id  VARCHAR(64) NOT NULL,
    document_id VARCHAR(64) NOT NULL,
    chunk       INTEGER     NOT NULL,
    bytes       BYTEA       NOT NULL,
    PRIMARY KEY (dossier_id, document_id, chunk)
);
