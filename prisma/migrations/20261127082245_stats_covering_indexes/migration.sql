-- DropIndex
DROP INDEX "StatDaily_day_idx";

-- DropIndex
DROP INDEX "StatMonthly_month_idx";

-- CreateIndex
CREATE INDEX "StatDaily_day_unitId_kind_categoryId_received_resolved_resolvedOnTime_declined_withdrawn_resolveDaysSum_ratedCount_ratingSum_satisfiedCount_idx" ON "StatDaily"("day", "unitId", "kind", "categoryId", "received", "resolved", "resolvedOnTime", "declined", "withdrawn", "resolveDaysSum", "ratedCount", "ratingSum", "satisfiedCount");

-- CreateIndex
CREATE INDEX "StatMonthly_month_unitId_kind_categoryId_received_resolved_resolvedOnTime_declined_withdrawn_resolveDaysSum_ratedCount_ratingSum_satisfiedCount_idx" ON "StatMonthly"("month", "unitId", "kind", "categoryId", "received", "resolved", "resolvedOnTime", "declined", "withdrawn", "resolveDaysSum", "ratedCount", "ratingSum", "satisfiedCount");
