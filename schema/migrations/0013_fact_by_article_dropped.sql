-- fact_by_article (0001) is read by no statement the store issues: every query and command reaches
-- a fact's article from the fact, through the article's primary key, and none goes from an article
-- to its facts; nothing deletes an article (ON DELETE CASCADE would read it). EXPLAIN QUERY PLAN of
-- every statement of the query corpus names it nowhere (Benchmarks/peers/index_users.py), nor of
-- queries filtering on r.article or r.source. Dropping it saves its upkeep on every stored fact and
-- one of the indexes a bulk import builds again at the end. Deleting articles by hand (sqlite3)
-- still works, reading the fact table once per article.
-- A bulk import killed before its rebuild may have left it pending: it is struck off, not rebuilt.
-- SQLite only: PostgreSQL's indexes are its own migrations'.
-- Shipped: never edit this file; add 0014_… instead.

DELETE FROM pending_index WHERE name = 'fact_by_article';
DROP INDEX IF EXISTS fact_by_article;
