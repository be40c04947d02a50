-- The capacity the object is acted on in (`civilians`, `police`), beside the subject's `role`:
-- a domestic fact, whose two parties are one entity (United States (police) –arrests– United
-- States (civilians)), keeps both roles. NULL where the source gives none.
-- Shipped: never edit this file; add 0008_… instead.

ALTER TABLE fact ADD COLUMN object_role TEXT CHECK (object_role IS NULL OR length(object_role) > 0);
