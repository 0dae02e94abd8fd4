-- The fragile-users channel (R-USR-5). One enrolment per user, with the residence its letters go to and the
-- personal code kept only as a salted PBKDF2 hash, with the wrong attempts made with it.
CREATE TABLE sportello_fragile_enrolments (
    user_id         UUID PRIMARY KEY,
    office          VARCHAR(24)  NOT NULL,
    grounds         VARCHAR(200) NOT NULL,
    street          VARCHAR(240) NOT NULL,
    postal_code     CHAR(5)      NOT NULL,
    town            VARCHAR(160) NOT NULL,
    province        CHAR(2)      NOT NULL,
    code_hash       VARCHAR(200) NOT NULL,
    code_status     VARCHAR(10)  NOT NULL,
    failed_attempts INTEGER      NOT NULL,
    code_issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    code_letter     UUID         NOT NULL,
    enrolled_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    enrolled_by     VARCHAR(80)  NOT NULL,
    version         BIGINT       NOT NULL
);

-- Letters posted through the postal channel: personal codes and documents of the dossiers, with where each is.
CREATE TABLE sportello_fragile_letters (
    id            UUID PRIMARY KEY,
    user_id       UUID         NOT NULL,
    purpose       VARCHAR(16)  NOT NULL,
    dossier_id    VARCHAR(64),
    document_id   VARCHAR(64),
    document_kind VARCHAR(20),
    document_year INTEGER      NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    reference     VARCHAR(120),
    refusal       VARCHAR(200),
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by  VARCHAR(80)  NOT NULL,
    posted_at     TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL
);
CREATE INDEX sportello_fragile_letters_user ON sportello_fragile_letters (user_id, requested_at, id);

-- Contacts with the channel (calls, voicemails, callbacks, portal, e-mail): append-only, no notes.
CREATE TABLE sportello_fragile_contacts (
    id          UUID PRIMARY KEY,
    user_id     UUID        NOT NULL,
    channel     VARCHAR(16) NOT NULL,
    outcome     VARCHAR(24) NOT NULL,
    contact_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(80) NOT NULL
);
CREATE INDEX sportello_fragile_contacts_user ON sportello_fragile_contacts (user_id, contact_at, id);

-- Callbacks owed after a voicemail; skills is ",SKILL,SKILL," (sorted) so that a queue query can exclude those
-- needing a skill the operator lacks.
CREATE TABLE sportello_fragile_callbacks (
    id           UUID PRIMARY KEY,
    user_id      UUID         NOT NULL,
    office       VARCHAR(24)  NOT NULL,
    skills       VARCHAR(200) NOT NULL,
    phone        VARCHAR(16)  NOT NULL,
    left_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(8)   NOT NULL,
    outcome      VARCHAR(24),
    completed_by VARCHAR(80),
    completed_at TIMESTAMP WITH TIME ZONE,
    version      BIGINT       NOT NULL
);
-- the queue: an office's open callbacks by due time, keyset on (due_at, id)
CREATE INDEX sportello_fragile_callbacks_queue ON sportello_fragile_callbacks (office, status, due_at, id);
