-- The statistical forms read a unit's cases changed since the period began, and the cases filed at
-- the unit and since moved on. With one OR of unitId and originUnitId and no index on the second,
-- SQLite read every case filed before the period's end: 0.35 s for a commune at a million cases.
CREATE INDEX "Case_unitId_updatedAt_idx" ON "Case"("unitId", "updatedAt");
CREATE INDEX "Case_originUnitId_updatedAt_idx" ON "Case"("originUnitId", "updatedAt");
