-- CreateTable
CREATE TABLE "UnitLevel" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "UnitLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameSearch" TEXT NOT NULL,
    "levelId" TEXT NOT NULL,
    "parentId" TEXT,
    "path" TEXT NOT NULL,
    "remote" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "email" TEXT,
    "address" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastLoginAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
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
    "learnedAt" TIMESTAMP(3),
    "denouncedText" TEXT,
    "searchText" TEXT NOT NULL,
    "submissionToken" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptDueAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "originalDueAt" TIMESTAMP(3),
    "extensionCount" INTEGER NOT NULL DEFAULT 0,
    "complex" BOOLEAN NOT NULL DEFAULT false,
    "pausedAt" TIMESTAMP(3),
    "resolutionText" TEXT,
    "resolutionProposedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "resolvedOnTime" BOOLEAN,
    "appealDueAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "satisfaction" INTEGER,
    "satisfactionComment" TEXT,
    "publishConsent" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "appealOfId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "actorId" TEXT,
    "visibility" TEXT NOT NULL DEFAULT 'PUBLIC',
    "note" TEXT,
    "data" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseCounter" (
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CaseCounter_pkey" PRIMARY KEY ("unitId","year")
);

-- CreateTable
CREATE TABLE "DeadlineRule" (
    "id" TEXT NOT NULL,
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
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeadlineRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'HOLIDAY',
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueSession" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "chairId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "link" TEXT,
    "capacity" INTEGER NOT NULL DEFAULT 0,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "status" TEXT NOT NULL DEFAULT 'SCHEDULED',
    "cancelReason" TEXT,
    "postponedFrom" TIMESTAMP(3),
    "minutesSummary" TEXT,
    "minutesSavedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DialogueSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionAgendaItem" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "caseId" TEXT,
    "title" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "discussion" TEXT,
    "conclusion" TEXT,

    CONSTRAINT "SessionAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionParticipant" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "organisation" TEXT,
    "role" TEXT NOT NULL,
    "response" TEXT NOT NULL DEFAULT 'INVITED',
    "attended" BOOLEAN,
    "signed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SessionParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionBooking" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "matter" TEXT NOT NULL,
    "attended" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT,
    "agendaItemId" TEXT,
    "unitId" TEXT NOT NULL,
    "responsible" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "doneAt" TIMESTAMP(3),
    "alertedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceptionRule" (
    "id" TEXT NOT NULL,
    "levelId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "minDays" INTEGER NOT NULL,
    "legalBasis" TEXT NOT NULL,

    CONSTRAINT "ReceptionRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceptionRecord" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "sessionId" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "receiverId" TEXT NOT NULL,
    "visitorName" TEXT NOT NULL,
    "visitorContact" TEXT,
    "matter" TEXT NOT NULL,
    "handling" TEXT NOT NULL,
    "caseId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReceptionRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediationTeam" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "areaName" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediationTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediationTeamMember" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "isLeader" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MediationTeamMember_pkey" PRIMARY KEY ("teamId","userId")
);

-- CreateTable
CREATE TABLE "Mediation" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "openedVia" TEXT NOT NULL,
    "caseId" TEXT,
    "disputeType" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcomeAt" TIMESTAMP(3),
    "agreementTerms" TEXT,
    "executionTerms" TEXT,
    "advice" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mediation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediationParty" (
    "id" TEXT NOT NULL,
    "mediationId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contact" TEXT,
    "userId" TEXT,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "MediationParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediationMediator" (
    "mediationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "MediationMediator_pkey" PRIMARY KEY ("mediationId","userId")
);

-- CreateTable
CREATE TABLE "MediationSession" (
    "id" TEXT NOT NULL,
    "mediationId" TEXT NOT NULL,
    "heldAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "notes" TEXT,

    CONSTRAINT "MediationSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediationAttendance" (
    "sessionId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL,

    CONSTRAINT "MediationAttendance_pkey" PRIMARY KEY ("sessionId","partyId")
);

-- CreateTable
CREATE TABLE "MediationFollowUp" (
    "id" TEXT NOT NULL,
    "mediationId" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediationFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "caseId" TEXT,
    "type" TEXT NOT NULL,
    "params" TEXT,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "reason" TEXT,
    "data" TEXT,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT,
    "leaseUntil" TIMESTAMP(3) NOT NULL,
    "lastRunAt" TIMESTAMP(3),
    "lastResult" TEXT,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "JobMark" (
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobMark_pkey" PRIMARY KEY ("key")
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

    CONSTRAINT "StatDaily_pkey" PRIMARY KEY ("unitId","day","kind","categoryId")
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "postedById" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL,
    "minDays" INTEGER NOT NULL DEFAULT 30,
    "takenDownAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "_MediationFollowUpCase" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MediationFollowUpCase_AB_pkey" PRIMARY KEY ("A","B")
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
CREATE INDEX "_MediationFollowUpCase_B_index" ON "_MediationFollowUpCase"("B");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "UnitLevel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_originUnitId_fkey" FOREIGN KEY ("originUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_appealOfId_fkey" FOREIGN KEY ("appealOfId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CaseEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_mediationId_fkey" FOREIGN KEY ("mediationId") REFERENCES "Mediation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseCounter" ADD CONSTRAINT "CaseCounter_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueSession" ADD CONSTRAINT "DialogueSession_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueSession" ADD CONSTRAINT "DialogueSession_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueSession" ADD CONSTRAINT "DialogueSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAgendaItem" ADD CONSTRAINT "SessionAgendaItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAgendaItem" ADD CONSTRAINT "SessionAgendaItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionParticipant" ADD CONSTRAINT "SessionParticipant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionParticipant" ADD CONSTRAINT "SessionParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionBooking" ADD CONSTRAINT "SessionBooking_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionBooking" ADD CONSTRAINT "SessionBooking_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "SessionAgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionRule" ADD CONSTRAINT "ReceptionRule_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "UnitLevel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionRecord" ADD CONSTRAINT "ReceptionRecord_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionRecord" ADD CONSTRAINT "ReceptionRecord_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DialogueSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionRecord" ADD CONSTRAINT "ReceptionRecord_receiverId_fkey" FOREIGN KEY ("receiverId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionRecord" ADD CONSTRAINT "ReceptionRecord_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationTeam" ADD CONSTRAINT "MediationTeam_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationTeamMember" ADD CONSTRAINT "MediationTeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "MediationTeam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationTeamMember" ADD CONSTRAINT "MediationTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mediation" ADD CONSTRAINT "Mediation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "MediationTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mediation" ADD CONSTRAINT "Mediation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationParty" ADD CONSTRAINT "MediationParty_mediationId_fkey" FOREIGN KEY ("mediationId") REFERENCES "Mediation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationParty" ADD CONSTRAINT "MediationParty_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationMediator" ADD CONSTRAINT "MediationMediator_mediationId_fkey" FOREIGN KEY ("mediationId") REFERENCES "Mediation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationMediator" ADD CONSTRAINT "MediationMediator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationSession" ADD CONSTRAINT "MediationSession_mediationId_fkey" FOREIGN KEY ("mediationId") REFERENCES "Mediation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationAttendance" ADD CONSTRAINT "MediationAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "MediationSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationAttendance" ADD CONSTRAINT "MediationAttendance_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "MediationParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationFollowUp" ADD CONSTRAINT "MediationFollowUp_mediationId_fkey" FOREIGN KEY ("mediationId") REFERENCES "Mediation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatDaily" ADD CONSTRAINT "StatDaily_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_postedById_fkey" FOREIGN KEY ("postedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MediationFollowUpCase" ADD CONSTRAINT "_MediationFollowUpCase_A_fkey" FOREIGN KEY ("A") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MediationFollowUpCase" ADD CONSTRAINT "_MediationFollowUpCase_B_fkey" FOREIGN KEY ("B") REFERENCES "Mediation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
