-- R-USR-1: users are unique in the canonical form of their fiscal code (an omocodia variant is the same
-- code). fiscal_key holds a tax code's first 15 characters with the omocodia letters of positions 7, 8,
-- 10, 11, 13, 14 and 15 turned back into digits (the check character follows from them), or the 11
-- digits of a company tax code. A database holding a code and its variant as two users cannot take this
-- migration until the two are merged.
ALTER TABLE sportello_users ADD COLUMN fiscal_key VARCHAR(16);
UPDATE sportello_users SET fiscal_key = CASE WHEN LENGTH(fiscal_code) = 16 THEN
        SUBSTR(fiscal_code, 1, 6) || TRANSLATE(SUBSTR(fiscal_code, 7, 2), 'LMNPQRSTUV', '0123456789')
        || SUBSTR(fiscal_code, 9, 1) || TRANSLATE(SUBSTR(fiscal_code, 10, 2), 'LMNPQRSTUV', '0123456789')
        || SUBSTR(fiscal_code, 12, 1) || TRANSLATE(SUBSTR(fiscal_code, 13, 3), 'LMNPQRSTUV', '0123456789')
    ELSE fiscal_code END;
ALTER TABLE sportello_users ALTER COLUMN fiscal_key SET NOT NULL;
ALTER TABLE sportello_users ADD CONSTRAINT sportello_users_fiscal_key UNIQUE (fiscal_key);
