-- Each person's entry is versioned: two changes to the same entry at once (two receipts, two
-- appeals) cannot both be written; the later one is refused as a conflict.
alter table con_entry add column version bigint default 0 not null;
