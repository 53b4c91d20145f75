-- Conduct records an incident cites (repairs.md: incidents link to work orders and, where
-- relevant, to conduct records). The record stays in the conduct module; this is the citation.
create table rep_incident_conduct (
    incident_id bigint not null references rep_incident (id) on delete cascade,
    record_id bigint not null,
    primary key (incident_id, record_id)
);
create index ix_rep_incident_conduct_record on rep_incident_conduct (record_id);
