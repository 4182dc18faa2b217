-- The leader report counts the overdue cases of a period per handler (unitId, submittedAt range,
-- nextDueAt before now, grouped by assigneeId) from this index alone. Partial (open cases: nextDueAt
-- is set only while a case is open), so only a query that implies "nextDueAt IS NOT NULL" can use it:
-- the newest-first inbox list cannot, and SQLite (without statistics) does not sort a whole unit on
-- it as it did on the full covering index dropped in 20261128081000. Prisma schemas cannot state a
-- partial index and the Prisma diff ignores one, so it lives here only. A DB test checks it exists.
-- (No quote or semicolon in these comments: the PostgreSQL driver adapter splits the script on them.)
CREATE INDEX "Case_unitId_submittedAt_open_idx" ON "Case"("unitId", "submittedAt", "nextDueAt", "assigneeId") WHERE "nextDueAt" IS NOT NULL;
