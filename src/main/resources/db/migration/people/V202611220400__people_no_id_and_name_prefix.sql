-- people: a Vietnamese person of 14 or older without an ID card is recorded as such explicitly
alter table people_person add column no_id boolean not null default false;

-- name search: exact and prefix matches of the folded name walk this index in order; with the "C"
-- collation, LIKE 'x%' is a range of it whatever the database collation. Substring matches use the
-- trigram index.
create index people_person_name_prefix on people_person ((name_folded collate "C")) where merged_into is null;
