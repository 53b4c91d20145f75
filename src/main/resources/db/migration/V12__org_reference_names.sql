-- Positions and ranks are matched by name (e.g. by the staff import): names are unique per tenant.
alter table org_position add constraint uq_org_position_name unique (tenant_id, name);
alter table org_rank add constraint uq_org_rank_name unique (tenant_id, name);
