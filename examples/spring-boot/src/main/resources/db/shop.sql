-- The shop's own tables (the same SQL on H2 and PostgreSQL).
create table if not exists shop_customer (
    customer_number varchar(32) primary key,
    name varchar(200) not null,
    email varchar(320) not null
);

create table if not exists shop_delivery_address (
    customer_number varchar(32) primary key references shop_customer (customer_number),
    address varchar(500) not null
);

create table if not exists shop_order (
    order_number varchar(64) primary key,
    customer_number varchar(32) not null references shop_customer (customer_number),
    items varchar(1000) not null,
    total_cents bigint not null,
    placed_at timestamp with time zone not null
);
