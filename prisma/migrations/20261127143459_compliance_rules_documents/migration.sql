-- AlterTable
ALTER TABLE "MediationTeamMember" ADD COLUMN "ethnicMinority" BOOLEAN;
ALTER TABLE "MediationTeamMember" ADD COLUMN "gender" TEXT;

-- CreateTable
CREATE TABLE "NoticeRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "validFrom" DATETIME,
    "validTo" DATETIME
);

-- CreateTable
CREATE TABLE "LegalRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "dayType" TEXT,
    "document" TEXT NOT NULL,
    "article" TEXT NOT NULL,
    "clause" TEXT,
    "source" TEXT,
    "confirmed" BOOLEAN NOT NULL DEFAULT true,
    "validFrom" DATETIME,
    "validTo" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MediationMediator" (
    "mediationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("mediationId", "userId"),
    CONSTRAINT "MediationMediator_mediationId_fkey" FOREIGN KEY ("mediationId") REFERENCES "Mediation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MediationMediator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Mediators assigned before this column existed were assigned when their mediation opened.
INSERT INTO "new_MediationMediator" ("mediationId", "userId", "assignedAt") SELECT mm."mediationId", mm."userId", m."openedAt" FROM "MediationMediator" mm JOIN "Mediation" m ON m."id" = mm."mediationId";
DROP TABLE "MediationMediator";
ALTER TABLE "new_MediationMediator" RENAME TO "MediationMediator";
CREATE INDEX "MediationMediator_userId_idx" ON "MediationMediator"("userId");
CREATE INDEX "MediationMediator_assignedAt_idx" ON "MediationMediator"("assignedAt");
CREATE TABLE "new_MediationTeam" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "areaName" TEXT NOT NULL,
    "ethnicArea" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MediationTeam_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_MediationTeam" ("active", "areaName", "createdAt", "id", "unitId") SELECT "active", "areaName", "createdAt", "id", "unitId" FROM "MediationTeam";
DROP TABLE "MediationTeam";
ALTER TABLE "new_MediationTeam" RENAME TO "MediationTeam";
CREATE INDEX "MediationTeam_unitId_idx" ON "MediationTeam"("unitId");
CREATE TABLE "new_Notice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "postedById" TEXT NOT NULL,
    "postedAt" DATETIME NOT NULL,
    "minDays" INTEGER NOT NULL DEFAULT 30,
    "posting" TEXT NOT NULL DEFAULT 'DAYS',
    "decisionAt" DATETIME,
    "publishBy" DATETIME,
    "replacesId" TEXT,
    "takenDownAt" DATETIME,
    "takenDownById" TEXT,
    "takedownReason" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "submissionToken" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notice_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Notice_postedById_fkey" FOREIGN KEY ("postedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Notice_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Notice" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Notice" ("body", "category", "createdAt", "id", "minDays", "postedAt", "postedById", "searchText", "submissionToken", "takedownReason", "takenDownAt", "takenDownById", "title", "unitId") SELECT "body", "category", "createdAt", "id", "minDays", "postedAt", "postedById", "searchText", "submissionToken", "takedownReason", "takenDownAt", "takenDownById", "title", "unitId" FROM "Notice";
DROP TABLE "Notice";
ALTER TABLE "new_Notice" RENAME TO "Notice";
CREATE UNIQUE INDEX "Notice_replacesId_key" ON "Notice"("replacesId");
CREATE UNIQUE INDEX "Notice_submissionToken_key" ON "Notice"("submissionToken");
CREATE INDEX "Notice_unitId_category_postedAt_idx" ON "Notice"("unitId", "category", "postedAt");
CREATE INDEX "Notice_unitId_postedAt_id_idx" ON "Notice"("unitId", "postedAt", "id");
CREATE INDEX "Notice_category_postedAt_id_idx" ON "Notice"("category", "postedAt", "id");
CREATE INDEX "Notice_postedAt_id_idx" ON "Notice"("postedAt", "id");
CREATE TABLE "new_ReceptionRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "sessionId" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "receiverId" TEXT NOT NULL,
    "visitorName" TEXT NOT NULL,
    "visitorContact" TEXT,
    "visitorIdNumber" TEXT,
    "visitorAddress" TEXT,
    "peopleCount" INTEGER NOT NULL DEFAULT 1,
    "representatives" TEXT,
    "representativeCount" INTEGER NOT NULL DEFAULT 0,
    "matter" TEXT NOT NULL,
    "classification" TEXT,
    "receptionKind" TEXT NOT NULL DEFAULT 'REGULAR',
    "repeatVisit" BOOLEAN NOT NULL DEFAULT false,
    "resolvedBefore" TEXT,
    "handlingMode" TEXT,
    "handling" TEXT NOT NULL,
    "caseId" TEXT,
    "host" TEXT NOT NULL DEFAULT 'HEAD',
    "searchText" TEXT NOT NULL DEFAULT '',
    "submissionToken" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReceptionRecord_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReceptionRecord_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReceptionRecord_receiverId_fkey" FOREIGN KEY ("receiverId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReceptionRecord_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ReceptionRecord" ("caseId", "classification", "createdAt", "handling", "handlingMode", "id", "matter", "peopleCount", "receivedAt", "receiverId", "receptionKind", "repeatVisit", "representativeCount", "representatives", "resolvedBefore", "searchText", "sessionId", "submissionToken", "unitId", "visitorAddress", "visitorContact", "visitorIdNumber", "visitorName") SELECT "caseId", "classification", "createdAt", "handling", "handlingMode", "id", "matter", "peopleCount", "receivedAt", "receiverId", "receptionKind", "repeatVisit", "representativeCount", "representatives", "resolvedBefore", "searchText", "sessionId", "submissionToken", "unitId", "visitorAddress", "visitorContact", "visitorIdNumber", "visitorName" FROM "ReceptionRecord";
DROP TABLE "ReceptionRecord";
ALTER TABLE "new_ReceptionRecord" RENAME TO "ReceptionRecord";
CREATE UNIQUE INDEX "ReceptionRecord_submissionToken_key" ON "ReceptionRecord"("submissionToken");
CREATE INDEX "ReceptionRecord_unitId_receivedAt_idx" ON "ReceptionRecord"("unitId", "receivedAt");
CREATE INDEX "ReceptionRecord_receiverId_receivedAt_idx" ON "ReceptionRecord"("receiverId", "receivedAt");
CREATE TABLE "new_ReceptionRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "levelId" TEXT NOT NULL,
    "host" TEXT NOT NULL DEFAULT 'HEAD',
    "period" TEXT NOT NULL,
    "minDays" INTEGER NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "document" TEXT NOT NULL DEFAULT '',
    "article" TEXT NOT NULL DEFAULT '',
    "clause" TEXT,
    "source" TEXT,
    "confirmed" BOOLEAN NOT NULL DEFAULT true,
    "validFrom" DATETIME,
    "validTo" DATETIME,
    CONSTRAINT "ReceptionRule_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "UnitLevel" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ReceptionRule" ("id", "legalBasis", "levelId", "minDays", "period") SELECT "id", "legalBasis", "levelId", "minDays", "period" FROM "ReceptionRule";
DROP TABLE "ReceptionRule";
ALTER TABLE "new_ReceptionRule" RENAME TO "ReceptionRule";
CREATE INDEX "ReceptionRule_levelId_host_idx" ON "ReceptionRule"("levelId", "host");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "NoticeRule_category_idx" ON "NoticeRule"("category");

-- CreateIndex
CREATE INDEX "LegalRule_code_idx" ON "LegalRule"("code");
