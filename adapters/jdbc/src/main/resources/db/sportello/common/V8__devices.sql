-- The device registry: users' app installations for push notifications. A token is unique per platform;
-- tokens run to a few kilobytes (Web Push subscriptions), so uniqueness is kept on a SHA-256 of platform
-- and token rather than on the token itself (a B-tree entry is limited to about 2.7 kB in PostgreSQL).
CREATE TABLE sportello_devices (
    id             UUID PRIMARY KEY,
    user_id        UUID          NOT NULL,
    platform       VARCHAR(16)   NOT NULL,
    token          VARCHAR(4096) NOT NULL,
    token_hash     CHAR(64)      NOT NULL,
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at     TIMESTAMP WITH TIME ZONE,
    retired_reason VARCHAR(200),
    CONSTRAINT sportello_devices_token UNIQUE (token_hash)
);
CREATE INDEX sportello_devices_user ON sportello_devices (user_id, last_seen_at);
