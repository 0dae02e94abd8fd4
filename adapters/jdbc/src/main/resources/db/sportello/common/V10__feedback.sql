-- Suggestions and satisfaction ratings (R-DOS-6). One row per rating; the once key (an interaction, or a
-- user and month for the whole service) is unique, so a second rating cannot be stored even by a racing
-- transaction. The suggestion is kept exactly as given. Triage changes are append-only, who and when.
CREATE TABLE sportello_feedback (
    id             UUID PRIMARY KEY,
    area           VARCHAR(16)  NOT NULL,
    interaction_id UUID,
    owner_id       UUID         NOT NULL,
    given_by       VARCHAR(80)  NOT NULL,
    office         VARCHAR(24),
    rating         SMALLINT     NOT NULL,
    suggestion     TEXT,
    once_key       VARCHAR(120) NOT NULL,
    rating_month   CHAR(7)      NOT NULL,
    given_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state          VARCHAR(16),
    version        BIGINT       NOT NULL,
    CONSTRAINT sportello_feedback_once UNIQUE (once_key),
    CONSTRAINT sportello_feedback_rating CHECK (rating BETWEEN 1 AND 5)
);
-- the triage queue: suggestions by state, oldest first, keyset on (given_at, id)
CREATE INDEX sportello_feedback_queue ON sportello_feedback (state, given_at, id);
-- the figures: ratings per month and office
CREATE INDEX sportello_feedback_month ON sportello_feedback (rating_month, office);

CREATE TABLE sportello_feedback_changes (
    feedback_id UUID        NOT NULL,
    position    INTEGER     NOT NULL,
    state       VARCHAR(16) NOT NULL,
    changed_by  VARCHAR(80) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (feedback_id, position)
);
