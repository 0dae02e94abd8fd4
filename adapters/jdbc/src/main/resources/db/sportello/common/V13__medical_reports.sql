-- Medical reports (R-DOS-4): one current report per dossier (a later edition replaces it), kept as a flat JSON
-- text of its fields (read whole, never queried by its parts); and the anonymous counters of their guides
-- (R-NOT-4): a week, an office, an event, an item and a count, no user, no dossier.
CREATE TABLE sportello_medical_reports (
    dossier_id       VARCHAR(64) PRIMARY KEY,
    owner_id         UUID        NOT NULL,
    office           VARCHAR(24) NOT NULL,
    edition          INTEGER     NOT NULL,
    report           TEXT        NOT NULL,
    replaced_edition INTEGER,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    available_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    notice_id        UUID
);

CREATE TABLE sportello_guide_tallies (
    on_week DATE        NOT NULL,
    office  VARCHAR(24) NOT NULL,
    event   VARCHAR(32) NOT NULL,
    item    VARCHAR(40) NOT NULL,
    tally   BIGINT      NOT NULL,
    PRIMARY KEY (on_week, office, event, item)
);
