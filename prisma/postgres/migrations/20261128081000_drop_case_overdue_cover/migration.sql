-- The covering index of 20261128060123_handler_rollups: SQLite, without statistics, chose it for
-- the inbox's newest-first list (unitId =, ORDER BY submittedAt) and sorted the whole unit.
DROP INDEX "Case_unitId_nextDueAt_submittedAt_assigneeId_idx";
