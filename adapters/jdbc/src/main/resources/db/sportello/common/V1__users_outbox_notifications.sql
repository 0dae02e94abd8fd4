-- Sportello schema, part 1: users, consents, audit, outbox, counters, closures, delegations,
-- messages, inbox, engagement. Portable between PostgreSQL and H2 (PostgreSQL mode); vendor
-- folders add what differs (partial indexes).

CREATE TABLE sportello_users (
    id                  UUID PRIMARY KEY,
    kind                VARCHAR(16)  NOT NULL,
    fiscal_code         VARCHAR(16)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    registration_number VARCHAR(10),
    municipality        VARCHAR(6)   NOT NULL,
    language            VARCHAR(2)   NOT NULL,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sportello_users_fiscal_code UNIQUE (fiscal_code),
    CONSTRAINT sportello_users_registration_number UNIQUE (registration_number)
);

CREATE TABLE sportello_contact_points (
    id              UUID PRIMARY KEY,
    user_id         UUID         NOT NULL REFERENCES sportello_users (id),
    position        INTEGER      NOT NULL,
    kind            VARCHAR(8)   NOT NULL,
    address         VARCHAR(254) NOT NULL,
    verified_at     TIMESTAMP WITH TIME ZONE,
    code_hash       VARCHAR(200),
    code_expires_at TIMESTAMP WITH TIME ZONE,
    attempts_left   INTEGER,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sportello_contact_points_user ON sportello_contact_points (user_id, position);

CREATE TABLE sportello_consent_events (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      UUID        NOT NULL,
    channel      VARCHAR(8)  NOT NULL,
    choice       VARCHAR(32) NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(80) NOT NULL,
    on_behalf_of UUID
);
CREATE INDEX sportello_consent_events_user ON sportello_consent_events (user_id, seq);

CREATE TABLE sportello_audit (
    id           UUID PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(80)  NOT NULL,
    on_behalf_of UUID,
    action       VARCHAR(64)  NOT NULL,
    object_type  VARCHAR(40)  NOT NULL,
    object_id    VARCHAR(160) NOT NULL,
    outcome      VARCHAR(10)  NOT NULL,
    error_code   VARCHAR(64)
);
CREATE INDEX sportello_audit_object ON sportello_audit (object_type, object_id, id);

CREATE TABLE sportello_outbox (
    id          UUID PRIMARY KEY,
    kind        VARCHAR(8)   NOT NULL,
    type        VARCHAR(64)  NOT NULL,
    payload     TEXT         NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    cancel_key  VARCHAR(200),
    status      VARCHAR(10)  NOT NULL,
    attempts    INTEGER      NOT NULL,
    last_error  VARCHAR(500),
    lease_token VARCHAR(64),
    lease_until TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sportello_counters (
    counter_key VARCHAR(200) PRIMARY KEY,
    counter_value BIGINT NOT NULL
);

CREATE TABLE sportello_closures (
    office     VARCHAR(24)  NOT NULL,
    closed_on  DATE         NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    created_by VARCHAR(80)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (office, closed_on)
);

CREATE TABLE sportello_delegations (
    id          UUID PRIMARY KEY,
    kind        VARCHAR(32) NOT NULL,
    delegator   UUID        NOT NULL,
    delegate    UUID        NOT NULL,
    valid_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    created_by  VARCHAR(80) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT      NOT NULL
);
CREATE INDEX sportello_delegations_pair ON sportello_delegations (delegator, delegate);
CREATE INDEX sportello_delegations_delegate ON sportello_delegations (delegate);

CREATE TABLE sportello_messages (
    id           UUID PRIMARY KEY,
    recipient    UUID        NOT NULL,
    channel      VARCHAR(8)  NOT NULL,
    kind         VARCHAR(64) NOT NULL,
    language     VARCHAR(2)  NOT NULL,
    purpose      VARCHAR(16) NOT NULL,
    status       VARCHAR(10) NOT NULL,
    skip_reason  VARCHAR(32),
    destination  VARCHAR(80),
    sms_segments INTEGER     NOT NULL,
    sms_encoding VARCHAR(8),
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    provider_id  VARCHAR(200),
    attempts     INTEGER     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the status history, one line per change, appended in the same UPDATE as the status: no index
    -- covers status, provider_id or history, so these updates can stay HOT on PostgreSQL
    history      TEXT        NOT NULL
);
CREATE INDEX sportello_messages_recipient ON sportello_messages (recipient, id);
CREATE INDEX sportello_messages_recipient_channel ON sportello_messages (recipient, channel);

-- receipts find their message by the provider's id
CREATE TABLE sportello_message_providers (
    channel     VARCHAR(8)   NOT NULL,
    provider_id VARCHAR(200) NOT NULL,
    message_id  UUID         NOT NULL,
    PRIMARY KEY (channel, provider_id)
);

CREATE TABLE sportello_inbox (
    id         UUID PRIMARY KEY,
    recipient  UUID         NOT NULL,
    kind       VARCHAR(64)  NOT NULL,
    title      VARCHAR(300) NOT NULL,
    body       TEXT         NOT NULL,
    content    TEXT,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE,
    expires_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sportello_inbox_recipient ON sportello_inbox (recipient, id);

CREATE TABLE sportello_engagement (
    on_day         DATE        NOT NULL,
    kind           VARCHAR(64) NOT NULL,
    call_to_action VARCHAR(40) NOT NULL,
    tally          BIGINT      NOT NULL,
    PRIMARY KEY (on_day, kind, call_to_action)
);
