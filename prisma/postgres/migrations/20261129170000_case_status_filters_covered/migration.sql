-- The inbox filtered by a status and something else (a kind, a category, "unassigned"). On
-- (unitId, status, submittedAt, id) SQLite read the row of every case of that status in the scope
-- to test the other filter: for a province at a million cases, 186 to 230 ms for a status and a
-- kind that match nothing. With the other filters' columns in the same index it tests them on the
-- index entry: 9 to 30 ms. ("Unassigned" was read on the assignee index, 160 to 670 ms. The inbox
-- now names this index on SQLite: 0.5 ms.) The index keeps its first four columns, so what used it
-- still does. See docs/decisions/030-inbox-filters-on-the-status-index.md.
DROP INDEX "Case_unitId_status_submittedAt_id_idx";
CREATE INDEX "Case_unit_status_submitted_filters_idx" ON "Case"("unitId", "status", "submittedAt", "id", "kind", "assigneeId", "categoryId");
