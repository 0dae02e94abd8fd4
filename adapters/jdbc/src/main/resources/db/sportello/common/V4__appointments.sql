-- Appointments (R-APT-1…6): booking calendars (integrator data, like the office directory), the
-- appointments, and the waitlist. Seats are counted in sportello_counters.
CREATE TABLE sportello_booking_calendars (
    office         VARCHAR(24)  NOT NULL REFERENCES sportello_offices (code),
    topic          VARCHAR(40)  NOT NULL,
    title          VARCHAR(120) NOT NULL,
    level          VARCHAR(6)   NOT NULL,
    hours          VARCHAR(600) NOT NULL,
    slot_minutes   INTEGER      NOT NULL,
    capacity       VARCHAR(100) NOT NULL,
    notice_minutes INTEGER      NOT NULL,
    horizon_days   INTEGER      NOT NULL,
    PRIMARY KEY (office, topic)
);

CREATE TABLE sportello_appointments (
    id                  UUID PRIMARY KEY,
    owner_id            UUID         NOT NULL,
    booked_by           VARCHAR(80)  NOT NULL,
    office              VARCHAR(24)  NOT NULL,
    topic               VARCHAR(40)  NOT NULL,
    mode                VARCHAR(16)  NOT NULL,
    start_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    zone                VARCHAR(64)  NOT NULL,
    local_day           DATE         NOT NULL,
    sign_language       BOOLEAN      NOT NULL,
    operator_id         UUID,
    status              VARCHAR(12)  NOT NULL,
    idempotency_key     VARCHAR(64)  NOT NULL,
    join_link           VARCHAR(500),
    callback_number     VARCHAR(16),
    admission_code_hash VARCHAR(200),
    admission_attempts  INTEGER      NOT NULL,
    sequence_no         INTEGER      NOT NULL,
    waiting_since       TIMESTAMP WITH TIME ZONE,
    identity_check      TEXT,
    assistance          TEXT,
    outcome             VARCHAR(40),
    outcome_text        VARCHAR(2000),
    cancel_reason       VARCHAR(500),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT sportello_appointments_idempotency UNIQUE (owner_id, idempotency_key)
);
-- a user's appointments, latest first, keyset on (start_at, id)
CREATE INDEX sportello_appointments_owner ON sportello_appointments (owner_id, start_at DESC, id DESC);
-- an office's agenda of a day, closures, waiting room
CREATE INDEX sportello_appointments_office_day ON sportello_appointments (office, local_day, start_at);

CREATE TABLE sportello_waitlist (
    id               UUID PRIMARY KEY,
    owner_id         UUID        NOT NULL,
    office           VARCHAR(24) NOT NULL,
    topic            VARCHAR(40) NOT NULL,
    mode             VARCHAR(16) NOT NULL,
    local_day        DATE        NOT NULL,
    sign_language    BOOLEAN     NOT NULL,
    status           VARCHAR(10) NOT NULL,
    offered_start    TIMESTAMP WITH TIME ZONE,
    offer_expires_at TIMESTAMP WITH TIME ZONE,
    appointment_id   UUID,
    held_operator    UUID,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT      NOT NULL
);
-- a day's queue, first come first
CREATE INDEX sportello_waitlist_queue ON sportello_waitlist (office, local_day, topic, mode, status, created_at);
CREATE INDEX sportello_waitlist_owner ON sportello_waitlist (owner_id, created_at);
