-- The shop's own tables (the same SQL on H2 and PostgreSQL).
create table if not exists shop_customer (
    customer_number varchar(32) primary key,
    -- Null once the retention sweep has erased them; the row stays for the orders kept for bookkeeping.
    name varchar(200),
    email varchar(320),
    last_order_at timestamp with time zone not null
);

create table if not exists shop_delivery_address (
    customer_number varchar(32) primary key references shop_customer (customer_number),
    address varchar(500) not null,
    last_order_at timestamp with time zone not null
);

create table if not exists shop_order (
    order_number varchar(64) primary key,
    customer_number varchar(32) not null references shop_customer (customer_number),
    items varchar(1000) not null,
    total_cents bigint not null,
    placed_at timestamp with time zone not null,
    financial_year_end date not null
);
