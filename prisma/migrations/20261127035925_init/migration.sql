-- CreateTable
CREATE TABLE "UnitLevel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "rank" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameSearch" TEXT NOT NULL,
    "levelId" TEXT NOT NULL,
    "parentId" TEXT,
    "path" TEXT NOT NULL,
    "remote" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "email" TEXT,
    "address" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Unit_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "UnitLevel" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT,
    "phone" TEXT,
    "fullName" TEXT NOT NULL,
    "nameSearch" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'CITIZEN',
    "unitId" TEXT,
    "position" TEXT,
    "identityVerified" BOOLEAN NOT NULL DEFAULT false,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastLoginAt" DATETIME,
    CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "statusBeforeInfo" TEXT,
    "instance" INTEGER NOT NULL DEFAULT 1,
    "unitId" TEXT NOT NULL,
    "originUnitId" TEXT NOT NULL,
    "categoryId" TEXT,
    "citizenId" TEXT,
    "assigneeId" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "contactName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "secretHash" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "locationText" TEXT,
    "decisionText" TEXT,
    "learnedAt" DATETIME,
    "denouncedText" TEXT,
    "searchText" TEXT NOT NULL,
    "submissionToken" TEXT,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptDueAt" DATETIME,
    "acceptedAt" DATETIME,
    "dueAt" DATETIME,
    "originalDueAt" DATETIME,
    "extensionCount" INTEGER NOT NULL DEFAULT 0,
    "complex" BOOLEAN NOT NULL DEFAULT false,
    "pausedAt" DATETIME,
    "resolutionText" TEXT,
    "resolutionProposedAt" DATETIME,
    "resolvedAt" DATETIME,
    "resolvedOnTime" BOOLEAN,
    "appealDueAt" DATETIME,
    "closedAt" DATETIME,
    "declineReason" TEXT,
    "satisfaction" INTEGER,
    "satisfactionComment" TEXT,
    "publishConsent" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" DATETIME,
    "appealOfId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Case_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Case_originUnitId_fkey" FOREIGN KEY ("originUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Case_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_appealOfId_fkey" FOREIGN KEY ("appealOfId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "actorId" TEXT,
    "visibility" TEXT NOT NULL DEFAULT 'PUBLIC',
    "note" TEXT,
    "data" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CaseEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadedById" TEXT,
    "caseId" TEXT,
    "eventId" TEXT,
    "mediationId" TEXT,
    "noticeId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Attachment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CaseEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Attachment_mediationId_fkey" FOREIGN KEY ("mediationId") REFERENCES "Mediation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseCounter" (
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("unitId", "year"),
    CONSTRAINT "CaseCounter_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeadlineRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "instance" INTEGER NOT NULL DEFAULT 0,
    "stage" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "dayType" TEXT NOT NULL,
    "complexDays" INTEGER,
    "remoteDays" INTEGER,
    "remoteComplexDays" INTEGER,
    "maxExtensions" INTEGER NOT NULL DEFAULT 0,
    "extensionDays" INTEGER NOT NULL DEFAULT 0,
    "pauseOnNeedsInfo" BOOLEAN NOT NULL DEFAULT false,
    "legalBasis" TEXT NOT NULL,
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "date" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'HOLIDAY',
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "DialogueSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "chairId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "place" TEXT,
    "link" TEXT,
    "capacity" INTEGER NOT NULL DEFAULT 0,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "status" TEXT NOT NULL DEFAULT 'SCHEDULED',
    "cancelReason" TEXT,
    "postponedFrom" DATETIME,
    "minutesSummary" TEXT,
    "minutesSavedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DialogueSession_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DialogueSession_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DialogueSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionAgendaItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "caseId" TEXT,
    "title" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "discussion" TEXT,
    "conclusion" TEXT,
    CONSTRAINT "SessionAgendaItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SessionAgendaItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionParticipant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "organisation" TEXT,
    "role" TEXT NOT NULL,
    "response" TEXT NOT NULL DEFAULT 'INVITED',
    "attended" BOOLEAN,
    "signed" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "SessionParticipant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SessionParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionBooking" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "matter" TEXT NOT NULL,
    "attended" BOOLEAN,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SessionBooking_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SessionBooking_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT,
    "agendaItemId" TEXT,
    "unitId" TEXT NOT NULL,
    "responsible" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "doneAt" DATETIME,
    "alertedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Commitment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Commitment_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "SessionAgendaItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Commitment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReceptionRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "levelId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "minDays" INTEGER NOT NULL,
    "legalBasis" TEXT NOT NULL,
    CONSTRAINT "ReceptionRule_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "UnitLevel" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReceptionRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "sessionId" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "receiverId" TEXT NOT NULL,
    "visitorName" TEXT NOT NULL,
    "visitorContact" TEXT,
    "matter" TEXT NOT NULL,
    "handling" TEXT NOT NULL,
    "caseId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReceptionRecord_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReceptionRecord_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReceptionRecord_receiverId_fkey" FOREIGN KEY ("receiverId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReceptionRecord_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MediationTeam" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "areaName" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MediationTeam_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MediationTeamMember" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "isLeader" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("teamId", "userId"),
    CONSTRAINT "MediationTeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "MediationTeam" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MediationTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Mediation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "openedVia" TEXT NOT NULL,
    "caseId" TEXT,
    "disputeType" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcomeAt" DATETIME,
    "agreementTerms" TEXT,
    "executionTerms" TEXT,
    "advice" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Mediation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "MediationTeam" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Mediation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MediationParty" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mediationId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contact" TEXT,
    "userId" TEXT,
    "confirmedAt" DATETIME,
    CONSTRAINT "MediationParty_mediationId_fkey" FOREIGN KEY ("mediationId") REFERENCES "Mediation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MediationParty_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MediationMediator" (
    "mediationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("mediationId", "userId"),
    CONSTRAINT "MediationMediator_mediationId_fkey" FOREIGN KEY ("mediationId") REFERENCES "Mediation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MediationMediator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MediationSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mediationId" TEXT NOT NULL,
    "heldAt" DATETIME NOT NULL,
    "place" TEXT,
    "notes" TEXT,
    CONSTRAINT "MediationSession_mediationId_fkey" FOREIGN KEY ("mediationId") REFERENCES "Mediation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MediationAttendance" (
    "sessionId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL,

    PRIMARY KEY ("sessionId", "partyId"),
    CONSTRAINT "MediationAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "MediationSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MediationAttendance_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "MediationParty" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MediationFollowUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mediationId" TEXT NOT NULL,
    "checkedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MediationFollowUp_mediationId_fkey" FOREIGN KEY ("mediationId") REFERENCES "Mediation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "caseId" TEXT,
    "type" TEXT NOT NULL,
    "params" TEXT,
    "link" TEXT,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "reason" TEXT,
    "data" TEXT,
    "ip" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "windowStart" DATETIME NOT NULL,
    "count" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT,
    "leaseUntil" DATETIME NOT NULL,
    "lastRunAt" DATETIME,
    "lastResult" TEXT
);

-- CreateTable
CREATE TABLE "JobMark" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "StatDaily" (
    "unitId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL DEFAULT '',
    "received" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "resolvedOnTime" INTEGER NOT NULL DEFAULT 0,
    "resolveDaysSum" INTEGER NOT NULL DEFAULT 0,
    "ratedCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "satisfiedCount" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("unitId", "day", "kind", "categoryId"),
    CONSTRAINT "StatDaily_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "postedById" TEXT NOT NULL,
    "postedAt" DATETIME NOT NULL,
    "minDays" INTEGER NOT NULL DEFAULT 30,
    "takenDownAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notice_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Notice_postedById_fkey" FOREIGN KEY ("postedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "_MediationFollowUpCase" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_MediationFollowUpCase_A_fkey" FOREIGN KEY ("A") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_MediationFollowUpCase_B_fkey" FOREIGN KEY ("B") REFERENCES "Mediation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "UnitLevel_code_key" ON "UnitLevel"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE INDEX "Unit_parentId_sortOrder_idx" ON "Unit"("parentId", "sortOrder");

-- CreateIndex
CREATE INDEX "Unit_path_idx" ON "Unit"("path");

-- CreateIndex
CREATE INDEX "Unit_active_levelId_idx" ON "Unit"("active", "levelId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_phone_key" ON "User"("phone");

-- CreateIndex
CREATE INDEX "User_role_unitId_idx" ON "User"("role", "unitId");

-- CreateIndex
CREATE INDEX "User_unitId_nameSearch_idx" ON "User"("unitId", "nameSearch");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Category_code_key" ON "Category"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Case_code_key" ON "Case"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Case_submissionToken_key" ON "Case"("submissionToken");

-- CreateIndex
CREATE UNIQUE INDEX "Case_appealOfId_key" ON "Case"("appealOfId");

-- CreateIndex
CREATE INDEX "Case_unitId_status_dueAt_id_idx" ON "Case"("unitId", "status", "dueAt", "id");

-- CreateIndex
CREATE INDEX "Case_unitId_submittedAt_id_idx" ON "Case"("unitId", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Case_assigneeId_status_dueAt_id_idx" ON "Case"("assigneeId", "status", "dueAt", "id");

-- CreateIndex
CREATE INDEX "Case_citizenId_submittedAt_id_idx" ON "Case"("citizenId", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Case_citizenId_status_submittedAt_id_idx" ON "Case"("citizenId", "status", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Case_status_dueAt_idx" ON "Case"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Case_status_appealDueAt_idx" ON "Case"("status", "appealDueAt");

-- CreateIndex
CREATE INDEX "Case_unitId_searchText_idx" ON "Case"("unitId", "searchText");

-- CreateIndex
CREATE INDEX "Case_publishedAt_id_idx" ON "Case"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_createdAt_idx" ON "CaseEvent"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseEvent_actorId_createdAt_idx" ON "CaseEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "Attachment_caseId_idx" ON "Attachment"("caseId");

-- CreateIndex
CREATE INDEX "Attachment_eventId_idx" ON "Attachment"("eventId");

-- CreateIndex
CREATE INDEX "Attachment_mediationId_idx" ON "Attachment"("mediationId");

-- CreateIndex
CREATE INDEX "Attachment_noticeId_idx" ON "Attachment"("noticeId");

-- CreateIndex
CREATE INDEX "DeadlineRule_kind_stage_idx" ON "DeadlineRule"("kind", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_date_key" ON "Holiday"("date");

-- CreateIndex
CREATE INDEX "DialogueSession_unitId_startsAt_idx" ON "DialogueSession"("unitId", "startsAt");

-- CreateIndex
CREATE INDEX "DialogueSession_isPublic_status_startsAt_idx" ON "DialogueSession"("isPublic", "status", "startsAt");

-- CreateIndex
CREATE INDEX "DialogueSession_chairId_startsAt_idx" ON "DialogueSession"("chairId", "startsAt");

-- CreateIndex
CREATE INDEX "SessionAgendaItem_caseId_idx" ON "SessionAgendaItem"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionAgendaItem_sessionId_caseId_key" ON "SessionAgendaItem"("sessionId", "caseId");

-- CreateIndex
CREATE INDEX "SessionParticipant_userId_idx" ON "SessionParticipant"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionParticipant_sessionId_userId_key" ON "SessionParticipant"("sessionId", "userId");

-- CreateIndex
CREATE INDEX "SessionBooking_citizenId_idx" ON "SessionBooking"("citizenId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionBooking_sessionId_slot_key" ON "SessionBooking"("sessionId", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "SessionBooking_sessionId_citizenId_key" ON "SessionBooking"("sessionId", "citizenId");

-- CreateIndex
CREATE INDEX "Commitment_unitId_status_dueAt_idx" ON "Commitment"("unitId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "ReceptionRecord_unitId_receivedAt_idx" ON "ReceptionRecord"("unitId", "receivedAt");

-- CreateIndex
CREATE INDEX "ReceptionRecord_receiverId_receivedAt_idx" ON "ReceptionRecord"("receiverId", "receivedAt");

-- CreateIndex
CREATE INDEX "MediationTeam_unitId_idx" ON "MediationTeam"("unitId");

-- CreateIndex
CREATE INDEX "MediationTeamMember_userId_idx" ON "MediationTeamMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Mediation_code_key" ON "Mediation"("code");

-- CreateIndex
CREATE INDEX "Mediation_teamId_status_openedAt_idx" ON "Mediation"("teamId", "status", "openedAt");

-- CreateIndex
CREATE INDEX "Mediation_caseId_idx" ON "Mediation"("caseId");

-- CreateIndex
CREATE INDEX "MediationParty_mediationId_idx" ON "MediationParty"("mediationId");

-- CreateIndex
CREATE INDEX "MediationParty_userId_idx" ON "MediationParty"("userId");

-- CreateIndex
CREATE INDEX "MediationMediator_userId_idx" ON "MediationMediator"("userId");

-- CreateIndex
CREATE INDEX "MediationSession_mediationId_heldAt_idx" ON "MediationSession"("mediationId", "heldAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_id_idx" ON "Notification"("userId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_id_idx" ON "AuditLog"("createdAt", "id");

-- CreateIndex
CREATE INDEX "AuditLog_targetType_targetId_idx" ON "AuditLog"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "RateLimit_windowStart_idx" ON "RateLimit"("windowStart");

-- CreateIndex
CREATE INDEX "StatDaily_day_idx" ON "StatDaily"("day");

-- CreateIndex
CREATE INDEX "Notice_unitId_category_postedAt_idx" ON "Notice"("unitId", "category", "postedAt");

-- CreateIndex
CREATE UNIQUE INDEX "_MediationFollowUpCase_AB_unique" ON "_MediationFollowUpCase"("A", "B");

-- CreateIndex
CREATE INDEX "_MediationFollowUpCase_B_index" ON "_MediationFollowUpCase"("B");
