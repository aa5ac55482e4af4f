-- Adoption rounds: the method column holds 'adoption', and this column the
-- round's rule (presets expanded), preset name, houses (in the order given)
-- and per-group quorum, as canonical JSON. NULL for ranking rounds.
ALTER TABLE rounds ADD COLUMN adoption TEXT;
