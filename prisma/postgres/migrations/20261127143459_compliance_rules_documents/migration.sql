-- AlterTable
ALTER TABLE "MediationMediator" ADD COLUMN     "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- Mediators assigned before this column existed were assigned when their mediation opened.
UPDATE "MediationMediator" mm SET "assignedAt" = m."openedAt" FROM "Mediation" m WHERE m."id" = mm."mediationId";

-- AlterTable
ALTER TABLE "MediationTeam" ADD COLUMN     "ethnicArea" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "MediationTeamMember" ADD COLUMN     "ethnicMinority" BOOLEAN,
ADD COLUMN     "gender" TEXT;

-- AlterTable
ALTER TABLE "Notice" ADD COLUMN     "decisionAt" TIMESTAMP(3),
ADD COLUMN     "posting" TEXT NOT NULL DEFAULT 'DAYS',
ADD COLUMN     "publishBy" TIMESTAMP(3),
ADD COLUMN     "replacesId" TEXT;

-- AlterTable
ALTER TABLE "ReceptionRecord" ADD COLUMN     "host" TEXT NOT NULL DEFAULT 'HEAD';

-- AlterTable
ALTER TABLE "ReceptionRule" ADD COLUMN     "article" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "clause" TEXT,
ADD COLUMN     "confirmed" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "document" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "host" TEXT NOT NULL DEFAULT 'HEAD',
ADD COLUMN     "source" TEXT,
ADD COLUMN     "validFrom" TIMESTAMP(3),
ADD COLUMN     "validTo" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "NoticeRule" (
    "id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "posting" TEXT NOT NULL,
    "minDays" INTEGER,
    "publishWithinDays" INTEGER NOT NULL DEFAULT 5,
    "publishDayType" TEXT NOT NULL DEFAULT 'WORKING',
    "document" TEXT NOT NULL,
    "article" TEXT NOT NULL,
    "clause" TEXT,
    "source" TEXT,
    "confirmed" BOOLEAN NOT NULL DEFAULT true,
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),

    CONSTRAINT "NoticeRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalRule" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "dayType" TEXT,
    "document" TEXT NOT NULL,
    "article" TEXT NOT NULL,
    "clause" TEXT,
    "source" TEXT,
    "confirmed" BOOLEAN NOT NULL DEFAULT true,
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),

    CONSTRAINT "LegalRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NoticeRule_category_idx" ON "NoticeRule"("category");

-- CreateIndex
CREATE INDEX "LegalRule_code_idx" ON "LegalRule"("code");

-- CreateIndex
CREATE INDEX "MediationMediator_assignedAt_idx" ON "MediationMediator"("assignedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notice_replacesId_key" ON "Notice"("replacesId");

-- CreateIndex
CREATE INDEX "ReceptionRule_levelId_host_idx" ON "ReceptionRule"("levelId", "host");

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Notice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

