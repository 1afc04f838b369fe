-- Curated answers written by a locality-scoped moderator apply only to residents of that locality (NULL: everywhere).
ALTER TABLE curated_answers ADD COLUMN locality TEXT;
