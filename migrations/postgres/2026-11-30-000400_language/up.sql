-- Six languages (issue 15): the language each user chose for pages and
-- e-mail; NULL means none chosen (the browser's Accept-Language decides).
ALTER TABLE users ADD COLUMN language TEXT;
