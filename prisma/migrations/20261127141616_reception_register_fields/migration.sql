-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "searchText" TEXT NOT NULL DEFAULT '',
    "submissionToken" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReceptionRecord_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReceptionRecord_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReceptionRecord_receiverId_fkey" FOREIGN KEY ("receiverId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReceptionRecord_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ReceptionRecord" ("caseId", "createdAt", "handling", "id", "matter", "receivedAt", "receiverId", "sessionId", "submissionToken", "unitId", "visitorContact", "visitorName") SELECT "caseId", "createdAt", "handling", "id", "matter", "receivedAt", "receiverId", "sessionId", "submissionToken", "unitId", "visitorContact", "visitorName" FROM "ReceptionRecord";
DROP TABLE "ReceptionRecord";
ALTER TABLE "new_ReceptionRecord" RENAME TO "ReceptionRecord";
CREATE UNIQUE INDEX "ReceptionRecord_submissionToken_key" ON "ReceptionRecord"("submissionToken");
CREATE INDEX "ReceptionRecord_unitId_receivedAt_idx" ON "ReceptionRecord"("unitId", "receivedAt");
CREATE INDEX "ReceptionRecord_receiverId_receivedAt_idx" ON "ReceptionRecord"("receiverId", "receivedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
