-- CreateTable
CREATE TABLE "StatHandlerDaily" (
    "unitId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "assigneeId" TEXT NOT NULL DEFAULT '',
    "received" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "resolvedOnTime" INTEGER NOT NULL DEFAULT 0,
    "declined" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "resolveDaysSum" INTEGER NOT NULL DEFAULT 0,
    "ratedCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "satisfiedCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatHandlerDaily_pkey" PRIMARY KEY ("unitId","day","assigneeId")
);

-- CreateTable
CREATE TABLE "StatHandlerMonthly" (
    "unitId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "assigneeId" TEXT NOT NULL DEFAULT '',
    "received" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "resolvedOnTime" INTEGER NOT NULL DEFAULT 0,
    "declined" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "resolveDaysSum" INTEGER NOT NULL DEFAULT 0,
    "ratedCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "satisfiedCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatHandlerMonthly_pkey" PRIMARY KEY ("unitId","month","assigneeId")
);

-- CreateIndex
CREATE INDEX "Case_unitId_nextDueAt_submittedAt_assigneeId_idx" ON "Case"("unitId", "nextDueAt", "submittedAt", "assigneeId");

-- AddForeignKey
ALTER TABLE "StatHandlerDaily" ADD CONSTRAINT "StatHandlerDaily_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatHandlerMonthly" ADD CONSTRAINT "StatHandlerMonthly_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The per-handler rows are filled by the statistics refresh: without its watermark the next
-- refresh rebuilds every family of rows from the cases (app/modules/stats/refresh.server.ts).
DELETE FROM "Setting" WHERE "key" = 'stats.watermark';
