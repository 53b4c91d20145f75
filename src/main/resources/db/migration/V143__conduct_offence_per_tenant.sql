-- The offence catalogue per tenant: the rows of tenant 0 are the seed's catalogue (篇2 第七至十一条,
-- 第十五条), copied for every tenant existing now and, for a tenant created later, on its first use
-- (OffenceCatalogue). Each tenant edits and retires its own copy; records point to their tenant's item.
alter table con_offence add column tenant_id bigint default 0 not null;
alter table con_offence add column item_code varchar(20);
update con_offence set item_code = code;
alter table con_offence drop column code;
alter table con_offence alter column item_code set not null;
create unique index uq_con_offence_tenant_code on con_offence (tenant_id, item_code);

insert into con_offence (tenant_id, item_code, article, points, short_name, wording, other, retired, sort_order, version)
select t.id, o.item_code, o.article, o.points, o.short_name, o.wording, o.other, o.retired, o.sort_order, 0
from con_offence o cross join org_tenant t
where o.tenant_id = 0;

update con_record set offence_id = (
    select c.id from con_offence c join con_offence o on o.item_code = c.item_code
    where o.id = con_record.offence_id and c.tenant_id = con_record.tenant_id)
where exists (
    select 1 from con_offence c join con_offence o on o.item_code = c.item_code
    where o.id = con_record.offence_id and c.tenant_id = con_record.tenant_id);
