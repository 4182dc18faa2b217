-- The inbox filtered by one status, newest first. On (unitId, status, dueAt, id) SQLite read every
-- case of that status in the scope and sorted them: about 100 ms for a province at a million cases.
-- On (unitId, status, submittedAt, id) SQLite stops each unit part of the index after a page: 0.6 to 1 ms.
-- No query of cases orders or bounds by dueAt beside a unit and a status, so the old index goes.
DROP INDEX "Case_unitId_status_dueAt_id_idx";
CREATE INDEX "Case_unitId_status_submittedAt_id_idx" ON "Case"("unitId", "status", "submittedAt", "id");
