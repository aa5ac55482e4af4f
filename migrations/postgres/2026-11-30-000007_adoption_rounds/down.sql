ALTER TABLE rounds DROP COLUMN adoption;
