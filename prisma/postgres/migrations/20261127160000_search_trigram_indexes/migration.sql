-- Text search anywhere in the folded text (LIKE '%…%', Prisma "contains") uses these indexes.
-- pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Case_searchText_trgm_idx" ON "Case" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Case_publicSearch_trgm_idx" ON "Case" USING GIN ("publicSearch" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Notice_searchText_trgm_idx" ON "Notice" USING GIN ("searchText" gin_trgm_ops);

