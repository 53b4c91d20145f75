-- Default permissions already offered to each built-in role: a permission a later release adds to a
-- built-in role's defaults is granted once; one an administrator removed is not granted again.
create table acc_role_offered (
    role_id bigint not null references acc_role (id) on delete cascade,
    permission varchar(100) not null,
    primary key (role_id, permission)
);
insert into acc_role_offered (role_id, permission)
select p.role_id, p.permission from acc_role_permission p join acc_role r on r.id = p.role_id where r.built_in = true;
