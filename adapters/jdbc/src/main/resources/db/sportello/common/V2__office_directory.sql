-- The office directory: integrator data that the SDK reads (R-USR-4). Fill it from your own systems,
-- or with JdbcOfficeDirectory.put(...).
CREATE TABLE sportello_offices (
    code          VARCHAR(24)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    zone          VARCHAR(64)  NOT NULL,
    opening_hours VARCHAR(600) NOT NULL,
    patron_saint  VARCHAR(7)
);

CREATE TABLE sportello_office_municipalities (
    municipality VARCHAR(6)  PRIMARY KEY,
    office       VARCHAR(24) NOT NULL REFERENCES sportello_offices (code)
);

CREATE TABLE sportello_operators (
    id           UUID PRIMARY KEY,
    office       VARCHAR(24)  NOT NULL REFERENCES sportello_offices (code),
    name         VARCHAR(200) NOT NULL,
    roles        VARCHAR(100) NOT NULL,
    skills       VARCHAR(100) NOT NULL,
    availability VARCHAR(600) NOT NULL
);
CREATE INDEX sportello_operators_office ON sportello_operators (office);
