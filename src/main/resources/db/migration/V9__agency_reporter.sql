-- The technical user that reports for an agency: an agency user may report only about its own agency's cases.
alter table agency add column reporter text unique;
