-- A fact's days lie in one calendar year (a day, a month or a year, as `FactDate` makes them), so
-- a query's bound on date_end bounds start_year as well and PostgreSQL reads only the partitions
-- of the years a date range names. Checked here so that rule holds for every stored row.
-- Shipped: never edit this file; add 0003_postgres_… instead.
ALTER TABLE fact ADD CONSTRAINT fact_days_in_one_year CHECK (substr(date_end, 1, 4) = substr(date_start, 1, 4));
