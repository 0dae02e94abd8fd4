-- Requests (R-REQ-1…7): the request, its attachments' manifest entries, its append-only timeline,
-- and the zip archives.
CREATE TABLE sportello_requests (
    id              UUID PRIMARY KEY,
    protocol        VARCHAR(64)  NOT NULL,
    owner_id        UUID         NOT NULL,
    submitted_by    VARCHAR(80)  NOT NULL,
    company         VARCHAR(10),
    dossier         VARCHAR(64),
    topic           VARCHAR(48)  NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    fields          TEXT         NOT NULL,
    body            TEXT         NOT NULL,
    office          VARCHAR(24)  NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    assignee        UUID,
    awaiting_user   BOOLEAN      NOT NULL,
    outcome         VARCHAR(40),
    outcome_text    VARCHAR(2000),
    idempotency_key VARCHAR(64)  NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT sportello_requests_protocol UNIQUE (protocol),
    CONSTRAINT sportello_requests_idempotency UNIQUE (owner_id, idempotency_key)
);
-- a user's search: newest update first, keyset on (updated_at, id)
CREATE INDEX sportello_requests_owner ON sportello_requests (owner_id, updated_at DESC, id DESC);

CREATE TABLE sportello_request_attachments (
    request_id   UUID         NOT NULL,
    position     INTEGER      NOT NULL,
    archive_id   UUID         NOT NULL,
    name         VARCHAR(255) NOT NULL,
    size         BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    PRIMARY KEY (request_id, position)
);

CREATE TABLE sportello_request_timeline (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id   UUID        NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(80) NOT NULL,
    on_behalf_of UUID,
    text         TEXT,
    internal     BOOLEAN     NOT NULL,
    archive_id   UUID,
    data         TEXT        NOT NULL
);
CREATE INDEX sportello_request_timeline_request ON sportello_request_timeline (request_id, seq);

CREATE TABLE sportello_archives (
    id         UUID PRIMARY KEY,
    request_id UUID  NOT NULL,
    content    BYTEA NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
