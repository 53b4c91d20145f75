-- Event publication registry: events that modules react to are stored here until every listener
-- has completed, so a failed reaction is retried, not lost.
create table event_publication (
    id uuid primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    last_resubmission_date timestamp with time zone,
    completion_attempts integer not null default 0,
    status varchar(32)
);
create index ix_event_publication_incomplete on event_publication (completion_date, publication_date);
