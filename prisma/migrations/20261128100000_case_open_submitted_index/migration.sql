-- The leader's report counts each handler's overdue cases of a period (unitId, submittedAt range,
-- nextDueAt < now, grouped by assigneeId) from this index alone. Partial (open cases: nextDueAt is
-- set only while a case is open), so only a query that implies "nextDueAt IS NOT NULL" can use it:
-- the inbox's newest-first list cannot, and SQLite (no statistics) does not sort a whole unit on it
-- as it did on the full covering index dropped in 20261128081000. Prisma's schema cannot state a
-- partial index and its diff ignores one, so it lives here only; a DB test checks it exists.
CREATE INDEX "Case_unitId_submittedAt_open_idx" ON "Case"("unitId", "submittedAt", "nextDueAt", "assigneeId") WHERE "nextDueAt" IS NOT NULL;
