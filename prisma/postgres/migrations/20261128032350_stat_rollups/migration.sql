-- CreateTable
CREATE TABLE "StatUnitDaily" (
    "unitId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "resolvedOnTime" INTEGER NOT NULL DEFAULT 0,
    "declined" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "resolveDaysSum" INTEGER NOT NULL DEFAULT 0,
    "ratedCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "satisfiedCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatUnitDaily_pkey" PRIMARY KEY ("unitId","day")
);

-- CreateTable
CREATE TABLE "StatUnitMonthly" (
    "unitId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "resolvedOnTime" INTEGER NOT NULL DEFAULT 0,
    "declined" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "resolveDaysSum" INTEGER NOT NULL DEFAULT 0,
    "ratedCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "satisfiedCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatUnitMonthly_pkey" PRIMARY KEY ("unitId","month")
);

-- CreateTable
CREATE TABLE "StatAllDaily" (
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL DEFAULT '',
    "received" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "resolvedOnTime" INTEGER NOT NULL DEFAULT 0,
    "declined" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "resolveDaysSum" INTEGER NOT NULL DEFAULT 0,
    "ratedCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "satisfiedCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatAllDaily_pkey" PRIMARY KEY ("day","kind","categoryId")
);

-- CreateTable
CREATE TABLE "StatAllMonthly" (
    "month" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL DEFAULT '',
    "received" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "resolvedOnTime" INTEGER NOT NULL DEFAULT 0,
    "declined" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "resolveDaysSum" INTEGER NOT NULL DEFAULT 0,
    "ratedCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "satisfiedCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatAllMonthly_pkey" PRIMARY KEY ("month","kind","categoryId")
);

-- CreateTable
CREATE TABLE "StatOverdue" (
    "unitId" TEXT NOT NULL,
    "overdue" INTEGER NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatOverdue_pkey" PRIMARY KEY ("unitId")
);

-- CreateIndex
CREATE INDEX "StatUnitDaily_day_unitId_received_resolved_resolvedOnTime_d_idx" ON "StatUnitDaily"("day", "unitId", "received", "resolved", "resolvedOnTime", "declined", "withdrawn", "resolveDaysSum", "ratedCount", "ratingSum", "satisfiedCount");

-- CreateIndex
CREATE INDEX "StatUnitMonthly_month_unitId_received_resolved_resolvedOnTi_idx" ON "StatUnitMonthly"("month", "unitId", "received", "resolved", "resolvedOnTime", "declined", "withdrawn", "resolveDaysSum", "ratedCount", "ratingSum", "satisfiedCount");

-- AddForeignKey
ALTER TABLE "StatUnitDaily" ADD CONSTRAINT "StatUnitDaily_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatUnitMonthly" ADD CONSTRAINT "StatUnitMonthly_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatOverdue" ADD CONSTRAINT "StatOverdue_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Filled once from the rows already precomputed (the statistics refresh keeps them in step from now on).
INSERT INTO "StatUnitDaily" ("unitId", "day", "received", "resolved", "resolvedOnTime", "declined", "withdrawn", "resolveDaysSum", "ratedCount", "ratingSum", "satisfiedCount") SELECT "unitId", "day", SUM("received"), SUM("resolved"), SUM("resolvedOnTime"), SUM("declined"), SUM("withdrawn"), SUM("resolveDaysSum"), SUM("ratedCount"), SUM("ratingSum"), SUM("satisfiedCount") FROM "StatDaily" GROUP BY "unitId", "day";
INSERT INTO "StatUnitMonthly" ("unitId", "month", "received", "resolved", "resolvedOnTime", "declined", "withdrawn", "resolveDaysSum", "ratedCount", "ratingSum", "satisfiedCount") SELECT "unitId", "month", SUM("received"), SUM("resolved"), SUM("resolvedOnTime"), SUM("declined"), SUM("withdrawn"), SUM("resolveDaysSum"), SUM("ratedCount"), SUM("ratingSum"), SUM("satisfiedCount") FROM "StatMonthly" GROUP BY "unitId", "month";
INSERT INTO "StatAllDaily" ("day", "kind", "categoryId", "received", "resolved", "resolvedOnTime", "declined", "withdrawn", "resolveDaysSum", "ratedCount", "ratingSum", "satisfiedCount") SELECT "day", "kind", "categoryId", SUM("received"), SUM("resolved"), SUM("resolvedOnTime"), SUM("declined"), SUM("withdrawn"), SUM("resolveDaysSum"), SUM("ratedCount"), SUM("ratingSum"), SUM("satisfiedCount") FROM "StatDaily" GROUP BY "day", "kind", "categoryId";
INSERT INTO "StatAllMonthly" ("month", "kind", "categoryId", "received", "resolved", "resolvedOnTime", "declined", "withdrawn", "resolveDaysSum", "ratedCount", "ratingSum", "satisfiedCount") SELECT "month", "kind", "categoryId", SUM("received"), SUM("resolved"), SUM("resolvedOnTime"), SUM("declined"), SUM("withdrawn"), SUM("resolveDaysSum"), SUM("ratedCount"), SUM("ratingSum"), SUM("satisfiedCount") FROM "StatMonthly" GROUP BY "month", "kind", "categoryId";
