import { randomBytes } from "node:crypto";
import { z } from "zod";
import { citizenActionSchema, staffActionSchema } from "~/modules/cases/action-schemas";
import { fileCaseSchema, lookupSchema } from "~/modules/cases/schemas";
import { forgotPasswordSchema, loginSchema, registerSchema, registrationCodeSchema, resetByCodeSchema, resetByLinkSchema, staffUserSchema, unitSchema } from "~/modules/auth/schemas";
import { profileSchemas } from "~/modules/auth/profile-schemas";
import { rulesAdminSchema } from "~/modules/deadlines/admin-schemas";
import {
  answerSchema,
  boardSchema,
  commentSchema,
  conferenceSchema,
  consultationActionSchema,
  memberSchema as boardMemberSchema,
  matterActionSchema,
  openConsultationSchema,
  openMatterSchema,
  planSchema,
  recommendationSchema,
  registerImportSchema,
  removeMemberSchema,
  ruleEditSchema,
  voteSchema,
} from "~/modules/democracy/schemas";
import { answersApiQuery, answersQuery, noticeBoardQuery, postNoticeSchema, takeDownSchema } from "~/modules/board/schemas";
import {
  agendaCaseSchema,
  approveJoinSchema,
  attendanceSchema,
  bookingSchema,
  cancelSchema,
  guestSchema,
  invitationResponseSchema,
  receptionRuleSchema,
  receptionSchema,
  sessionSchema,
  walkInSchema,
} from "~/modules/dialogue/schemas";
import { inboxFilterSchema } from "~/modules/cases/inbox.server";
import { mediationFilterSchema } from "~/modules/mediation/lists.server";
import { mediationActionSchema, memberSchema, openMediationSchema, overviewFilterSchema, referCaseSchema, requestMediationSchema, teamSchema } from "~/modules/mediation/schemas";
import { periodSchema } from "~/modules/stats/period";
import { requestsQuery } from "~/modules/stats/open311.server";
import { statsSettingsSchema } from "~/modules/stats/settings";
import { fileDossierSchema, dossierActionSchema } from "~/modules/onestop/schemas";
import { queueFilterSchema } from "~/modules/onestop/lists.server";
import { procedureEditSchema } from "~/modules/onestop/catalogue-admin.server";
import { unionMember } from "./bad-values";
import type { HttpWorld, Role } from "./world";

/**
 * Every route of the app, how to reach it, and the inputs it takes: the
 * loader's query parameters and, per intent, the action's zod schema and a
 * form the action would accept. The property test (no-500.test.ts) reads the
 * routes and intents from the code and fails when one is missing here, so a
 * new route or intent cannot go untested.
 */
export type Fields = Record<string, string | string[]>;
export type ActionSpec = {
  schema: z.ZodTypeAny;
  /** A form the action accepts (fresh tokens and current versions each call). */
  valid: (w: HttpWorld) => Fields | Promise<Fields>;
  multipart?: boolean;
  /**
   * Whether a refusal is shown on the form. False only for forms with nothing
   * typed (a button): there, a forged value gets the 400 error page.
   */
  errorsOnForm?: boolean;
};
export type Surface = {
  as: Role | "anonymous";
  /** A cookie the page needs besides the session (e.g. a registration waiting for its code). */
  cookie?: (w: HttpWorld) => string;
  /** The URL path (no query); null for a layout without a URL of its own. */
  path: ((w: HttpWorld) => string) | null;
  /** The loader's query parameters. */
  query?: z.AnyZodObject;
  /**
   * The loader logs each read in the audit log on purpose (an inspection
   * board reading the commune's cases): an AuditLog insert by a GET is then
   * expected, and only on this route.
   */
  auditsReads?: boolean;
  /** The path parameter tried with bad values (a path of the form `…/:param`). */
  param?: string;
  actions?: Record<string, ActionSpec>;
};

const token = () => randomBytes(18).toString("base64url");
const unique = () => randomBytes(5).toString("hex");
const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const inDays = (days: number, time = "08:00") => `${new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;

const cursorOnly = z.object({ cursor: z.string().max(200) });
const statsQuery = (periodSchema(today) as unknown as z.ZodEffects<z.AnyZodObject>)._def.schema.extend({ unit: z.string().max(32) });
const longText = "Nội dung đủ dài để vượt qua kiểm tra độ dài tối thiểu của biểu mẫu.";
const member = (schema: z.ZodTypeAny, intent: string) => unionMember(schema, intent);

function caseFiling(w: HttpWorld): Fields {
  return {
    kind: "COMPLAINT",
    title: "Khiếu nại quyết định giữ lại",
    description: longText,
    categoryId: w.categoryId,
    unitId: w.unitId,
    decisionText: "Quyết định số 12/QĐ-UBND",
    learnedAt: today,
    contactName: "Người Giữ Lại",
    contactEmail: "giu-lai@example.test",
    submissionToken: token(),
  };
}

function sessionForm(w: HttpWorld): Fields {
  return { kind: "THEMATIC", title: "Đối thoại giữ lại", chairId: w.users.leader.id, startsAt: inDays(20), endsAt: inDays(20, "10:00"), place: "Hội trường", capacity: "0", submissionToken: token() };
}

export const surface: Record<string, Surface> = {
  root: { as: "anonymous", path: () => "/" },
  "routes/$": { as: "anonymous", path: () => "/no-such-page", actions: { "": { schema: z.object({}), valid: () => ({}), errorsOnForm: false } } },
  "routes/_index": { as: "citizen", path: () => "/" },
  "routes/healthz": { as: "anonymous", path: () => "/healthz" },
  "routes/i18n.$lang.$namespace": { as: "anonymous", path: () => "/i18n/vi/stats" },
  "routes/language": {
    as: "anonymous",
    path: () => "/language",
    actions: { "": { schema: z.object({ lng: z.enum(["vi", "en"]), redirectTo: z.string() }), valid: () => ({ lng: "en", redirectTo: "/stats" }), errorsOnForm: false } },
  },

  // ── sign-in and accounts
  "routes/_auth+/login": {
    as: "anonymous",
    path: () => "/login",
    query: z.object({ redirectTo: z.string() }),
    actions: { "": { schema: loginSchema, valid: (w) => ({ identifier: w.users.citizen2.email!, password: "LangNghe@2026", redirectTo: "/cases" }) } },
  },
  "routes/_auth+/register_.verify": {
    as: "anonymous",
    cookie: (w) => w.pendingCookie,
    path: () => "/register/verify",
    actions: {
      confirm: { schema: member(registrationCodeSchema, "confirm"), valid: () => ({ intent: "confirm", code: "123456" }) },
      resend: { schema: member(registrationCodeSchema, "resend"), valid: () => ({ intent: "resend" }), errorsOnForm: false },
    },
  },
  "routes/_auth+/forgot-password": {
    as: "anonymous",
    path: () => "/forgot-password",
    actions: { "": { schema: forgotPasswordSchema, valid: () => ({ identifier: `khong-co-${unique()}@example.test` }) } },
  },
  "routes/_auth+/reset-password._index": {
    as: "anonymous",
    path: () => "/reset-password",
    query: z.object({ phone: z.string().max(20) }),
    actions: { "": { schema: resetByCodeSchema, valid: () => ({ phone: "0912000009", code: "123456", password: "suoi-nam-la-trong-xanh", confirmPassword: "suoi-nam-la-trong-xanh" }) } },
  },
  "routes/_auth+/reset-password.$token": {
    as: "anonymous",
    // No such link: the page says the link is spent, and a new password is refused.
    path: () => "/reset-password/khong-co-lien-ket-nay-0123456789",
    param: "token",
    actions: { "": { schema: resetByLinkSchema, valid: () => ({ password: "suoi-nam-la-trong-xanh", confirmPassword: "suoi-nam-la-trong-xanh" }), errorsOnForm: false } },
  },
  "routes/profile+/_index": {
    as: "citizen",
    path: () => "/profile",
    actions: {
      details: { schema: profileSchemas.details, valid: () => ({ intent: "details", fullName: "Nguyễn Thị Lan", locale: "vi" }) },
      channels: { schema: profileSchemas.channels, valid: () => ({ intent: "channels", notifyByEmail: "on" }) },
      email: { schema: profileSchemas.email, valid: () => ({ intent: "email", email: `lan-${unique()}@example.test` }) },
      phone: { schema: profileSchemas.phone, valid: () => ({ intent: "phone", phone: "0912000077" }) },
      confirm: { schema: profileSchemas.confirm, valid: () => ({ intent: "confirm", code: "000000" }) },
      password: { schema: profileSchemas.password, valid: () => ({ intent: "password", currentPassword: "sai-mat-khau", newPassword: "suoi-nam-la-trong-xanh", confirmPassword: "suoi-nam-la-trong-xanh" }) },
    },
  },
  "routes/_auth+/logout": { as: "anonymous", path: () => "/logout", actions: { "": { schema: z.object({}), valid: () => ({}), errorsOnForm: false } } },
  "routes/_auth+/register": {
    as: "anonymous",
    path: () => "/register",
    actions: {
      "": {
        schema: registerSchema,
        valid: () => ({ fullName: "Lò Văn Giữ", email: `giu-${unique()}@example.test`, phone: "", password: "suoi-nam-la-trong-xanh", confirmPassword: "suoi-nam-la-trong-xanh" }),
      },
    },
  },

  // ── citizens
  "routes/cases+/new": {
    as: "anonymous",
    path: () => "/cases/new",
    query: z.object({ kind: z.enum(["feedback", "petition", "complaint", "denunciation"]) }),
    actions: { "": { schema: fileCaseSchema, valid: caseFiling, multipart: true } },
  },
  "routes/cases+/receipt": { as: "anonymous", path: () => "/cases/receipt" },
  "routes/cases+/_index": { as: "citizen", path: () => "/cases", query: z.object({ status: z.enum(["SUBMITTED"]), cursor: z.string() }) },
  "routes/cases+/$code": {
    as: "citizen2",
    path: (w) => `/cases/${w.cases.needsInfo}`,
    param: "code",
    actions: {
      provideInfo: { schema: member(citizenActionSchema, "provideInfo"), valid: async (w) => ({ intent: "provideInfo", version: await w.version.case(w.cases.needsInfo), note: longText }), multipart: true },
      withdraw: { schema: member(citizenActionSchema, "withdraw"), valid: () => ({ intent: "withdraw", version: "999999", note: "Rút" }), multipart: true },
      acceptResolution: { schema: member(citizenActionSchema, "acceptResolution"), valid: () => ({ intent: "acceptResolution", version: "999999" }), multipart: true, errorsOnForm: false },
      appeal: { schema: member(citizenActionSchema, "appeal"), valid: () => ({ intent: "appeal", version: "999999", note: longText }), multipart: true },
      rate: { schema: member(citizenActionSchema, "rate"), valid: () => ({ intent: "rate", version: "999999", rating: "4", note: "Tốt" }), multipart: true },
    },
  },
  "routes/track": {
    as: "anonymous",
    path: () => "/track",
    query: z.object({ code: z.string().max(40) }),
    actions: { "": { schema: lookupSchema, valid: (w) => ({ code: w.cases.submitted, secret: "ABCD-EFGH" }) } },
  },
  "routes/files.$fileId": { as: "citizen", path: () => "/files/ckzzzzzzzzzzzzzzzzzzzzzzz", param: "fileId" },
  "routes/notifications": {
    as: "citizen",
    path: () => "/notifications",
    query: cursorOnly,
    actions: { "": { schema: z.object({}), valid: () => ({}), errorsOnForm: false } },
  },

  // ── staff: cases
  "routes/desk+/_index": { as: "leader", path: () => "/desk" },
  "routes/desk+/cases._index": { as: "handler", path: () => "/desk/cases", query: inboxFilterSchema },
  "routes/desk+/cases.new": {
    as: "reception",
    path: () => "/desk/cases/new",
    query: z.object({ kind: z.enum(["feedback"]) }),
    actions: {
      "": {
        schema: (fileCaseSchema._def.schema as z.AnyZodObject).extend({ channel: z.enum(["IN_PERSON", "MAIL", "HOTLINE"]), citizenIdentifier: z.string().max(254) }),
        valid: (w) => ({ ...caseFiling(w), channel: "MAIL", citizenIdentifier: "" }),
        multipart: true,
      },
    },
  },
  "routes/desk+/cases.$code": {
    as: "leader",
    path: (w) => `/desk/cases/${w.cases.inProgress}`,
    param: "code",
    actions: {
      ...Object.fromEntries(
        [
          "accept", "decline", "transfer", "requestInfo", "assign", "proposeResolution", "approveResolution", "returnResolution", "extend", "reply", "note",
          "setComplexity", "recordVerification", "suspend", "resume", "end", "continueResolution",
        ].map((intent) => [
          intent,
          {
            schema: member(staffActionSchema, intent),
            multipart: true,
            errorsOnForm: !["accept", "approveResolution"].includes(intent),
            valid: async (w: HttpWorld) => ({
              intent,
              version: await w.version.case(["accept", "decline", "transfer", "assign"].includes(intent) ? w.cases.submitted : w.cases.inProgress),
              note: longText,
              reasonCode: "OTHER",
              targetUnitId: w.provinceId,
              assigneeId: w.users.handler.id,
              complexity: "COMPLEX",
              demand: "differs",
              groundCode: "OTHER",
              decisionNo: "12/QĐ-UBND",
              decisionDate: today,
            }),
          } satisfies ActionSpec,
        ]),
      ),
      reveal: { schema: z.object({ intent: z.literal("reveal"), reason: z.string().max(1000) }), valid: () => ({ intent: "reveal", reason: "Cần liên hệ" }), multipart: true },
      // Marks an attachment as identifying the denouncer (a checkbox on a file): an unknown file is refused with 403.
      fileIdentifying: {
        schema: z.object({ intent: z.literal("fileIdentifying"), attachmentId: z.string().max(64), identifying: z.enum(["on"]) }),
        valid: () => ({ intent: "fileIdentifying", attachmentId: "ckzzzzzzzzzzzzzzzzzzzzzzz", identifying: "on" }),
        multipart: true,
        errorsOnForm: false,
      },
      referMediation: {
        schema: referCaseSchema,
        multipart: true,
        valid: async (w) => ({ intent: "referMediation", version: await w.version.case(w.cases.inProgress), teamId: w.teamId, disputeType: "LAND", respondentName: "Người bị", respondentContact: "" }),
      },
    },
  },
  "routes/desk+/answers.$code": {
    as: "leader",
    path: (w) => `/desk/answers/${w.answerCode}`,
    param: "code",
    actions: { "": { schema: takeDownSchema, valid: () => ({ reason: "Lý do gỡ đủ dài" }) } },
  },
  "routes/desk+/commitments.$id": { as: "reception", path: (w) => `/desk/commitments/${w.commitmentId}`, param: "id", actions: { "": { schema: z.object({}), valid: () => ({}), errorsOnForm: false } } },

  // ── staff: notices
  "routes/desk+/notices._index": { as: "reception", path: () => "/desk/notices", query: cursorOnly },
  "routes/desk+/notices.new": {
    as: "reception",
    path: () => "/desk/notices/new",
    actions: {
      "": {
        schema: postNoticeSchema,
        multipart: true,
        valid: () => ({ category: "PROCEDURES", title: "Thông báo giữ lại", body: longText, postedOn: today, minDays: "30", submissionToken: token() }),
      },
    },
  },
  "routes/desk+/notices.$noticeId": {
    as: "reception",
    path: (w) => `/desk/notices/${w.noticeId}`,
    param: "noticeId",
    actions: { "": { schema: takeDownSchema, valid: () => ({ reason: "Lý do gỡ đủ dài" }) } },
  },

  // ── staff: dialogue and reception
  "routes/desk+/sessions._index": { as: "reception", path: () => "/desk/sessions", query: cursorOnly },
  "routes/desk+/sessions.new": {
    as: "reception",
    path: () => "/desk/sessions/new",
    query: z.object({ case: z.string().max(40) }),
    actions: { "": { schema: sessionSchema, valid: sessionForm } },
  },
  "routes/desk+/sessions.$id._index": {
    as: "reception",
    path: (w) => `/desk/sessions/${w.dialogueId}`,
    param: "id",
    actions: {
      cancel: { schema: cancelSchema, valid: () => ({ intent: "cancel", version: "999999", reason: "Lý do hủy đủ dài" }) },
      addCase: { schema: agendaCaseSchema, valid: (w) => ({ intent: "addCase", caseCode: w.cases.submitted }) },
      addGuest: { schema: guestSchema, valid: () => ({ intent: "addGuest", role: "GUEST", name: "Khách mời", organisation: "" }) },
      approve: { schema: approveJoinSchema.extend({ intent: z.literal("approve") }), valid: (w) => ({ intent: "approve", participantId: w.participantId }), errorsOnForm: false },
      attendance: { schema: attendanceSchema.extend({ intent: z.literal("attendance") }), valid: (w) => ({ intent: "attendance", attended: [w.participantId] }), errorsOnForm: false },
      walkIn: {
        schema: walkInSchema,
        valid: (w) => ({ intent: "walkIn", kind: "FEEDBACK", contactName: "Người đến", contactPhone: "0912345678", title: "Việc nêu tại buổi", description: longText, categoryId: w.categoryId, submissionToken: token() }),
      },
    },
  },
  "routes/desk+/sessions.$id.edit": {
    as: "reception",
    path: (w) => `/desk/sessions/${w.dialogueId}/edit`,
    param: "id",
    actions: { "": { schema: sessionSchema, valid: async (w) => ({ ...sessionForm(w), version: await w.version.session(w.dialogueId), submissionToken: "" }) } },
  },
  "routes/desk+/sessions.$id.minutes": {
    as: "reception",
    path: (w) => `/desk/sessions/${w.dialogueId}/minutes`,
    param: "id",
    actions: {
      "": {
        // The minutes' fields are named per agenda item; this describes them for the generator.
        schema: z.object({ version: z.string().regex(/^\d{1,9}$/), summary: z.string().max(5000), "c-ITEM-0-responsible": z.string().max(200), "c-ITEM-0-what": z.string().max(1000), "c-ITEM-0-dueAt": z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
        valid: async (w) => ({ version: await w.version.session(w.dialogueId), summary: "Tóm tắt", "c-ITEM-0-responsible": "Tổ 3", "c-ITEM-0-what": "Làm rãnh", "c-ITEM-0-dueAt": today }),
      },
    },
  },
  "routes/desk+/sessions.$id.print": { as: "reception", path: (w) => `/desk/sessions/${w.dialogueId}/print`, param: "id" },
  "routes/desk+/reception._index": {
    as: "leader",
    path: () => "/desk/reception",
    query: z.object({ month: z.string().regex(/^\d{4}-\d{2}$/) }),
    actions: {
      "": {
        schema: receptionSchema,
        valid: (w) => ({ receivedAt: inDays(-1), receiverId: w.users.leader.id, visitorName: "Người đến", visitorContact: "", matter: "Việc cần nói", handling: "Đã hướng dẫn", submissionToken: token() }),
      },
    },
  },
  "routes/desk+/reception.frequency": { as: "leader", path: () => "/desk/reception/frequency", query: z.object({ month: z.string().regex(/^\d{4}-\d{2}$/) }) },
  "routes/desk+/reception[.]csv": { as: "leader", path: () => "/desk/reception.csv", query: z.object({ month: z.string().regex(/^\d{4}-\d{2}$/) }) },
  "routes/desk+/reports._index": { as: "leader", path: () => "/desk/reports", query: statsQuery },
  "routes/desk+/reports.export": { as: "leader", path: () => "/desk/reports/export", query: statsQuery.extend({ format: z.enum(["csv", "xlsx"]) }) },

  // ── public dialogue
  "routes/calendar._index": { as: "anonymous", path: () => "/calendar", query: z.object({ unit: z.string().max(12), cursor: z.string().max(200) }) },
  "routes/calendar[.]ics": { as: "anonymous", path: () => "/calendar.ics", query: z.object({ unit: z.string().max(12) }) },
  "routes/calendar.$id": {
    as: "citizen2",
    path: (w) => `/calendar/${w.receptionDayId}`,
    param: "id",
    actions: {
      book: { schema: bookingSchema.extend({ intent: z.literal("book") }), valid: () => ({ intent: "book", matter: "Việc cần trình bày đủ dài" }) },
      join: { schema: z.object({ intent: z.literal("join") }), valid: () => ({ intent: "join" }), errorsOnForm: false },
    },
  },
  "routes/sessions+/_index": { as: "citizen", path: () => "/sessions" },
  "routes/sessions+/invitations.$id": {
    as: "citizen",
    path: (w) => `/sessions/invitations/${w.invitationId}`,
    param: "id",
    actions: { "": { schema: invitationResponseSchema, valid: () => ({ response: "CONFIRMED" }), errorsOnForm: false } },
  },

  // ── mediation
  "routes/mediation+/_index": { as: "mediator", path: () => "/mediation", query: mediationFilterSchema },
  "routes/mediation+/new": {
    as: "mediator",
    path: () => "/mediation/new",
    actions: {
      "": {
        schema: openMediationSchema,
        valid: (w) => ({ teamId: w.teamId, disputeType: "LAND", description: longText, applicantName: "Người A", applicantContact: "", applicantAccount: "", respondentName: "Người B", respondentContact: "", respondentAccount: "", otherName: "", otherContact: "", mediatorIds: [w.users.mediator.id], submissionToken: token() }),
      },
    },
  },
  "routes/mediation+/request": {
    as: "citizen",
    path: () => "/mediation/request",
    actions: { "": { schema: requestMediationSchema, valid: (w) => ({ teamId: w.teamId, disputeType: "LAND", description: longText, applicantContact: "", respondentName: "Người B", respondentContact: "", submissionToken: token() }) } },
  },
  "routes/mediation+/$code": {
    as: "mediator",
    path: (w) => `/mediation/${w.openMediation}`,
    param: "code",
    actions: {
      assign: { schema: member(mediationActionSchema, "assign"), valid: async (w) => ({ intent: "assign", version: await w.version.mediation(w.openMediation), mediatorIds: [w.users.mediator.id] }) },
      session: {
        schema: member(mediationActionSchema, "session"),
        valid: async (w) => ({ intent: "session", version: await w.version.mediation(w.openMediation), heldAt: inDays(-1), place: "Nhà văn hóa", notes: "Ghi chép", present: [] }),
      },
      agree: { schema: member(mediationActionSchema, "agree"), valid: () => ({ intent: "agree", version: "999999", agreementTerms: "Thỏa thuận", executionTerms: "Thực hiện", confirmed: [] }) },
      notAgree: { schema: member(mediationActionSchema, "notAgree"), valid: () => ({ intent: "notAgree", version: "999999", advice: "Hướng dẫn" }) },
      withdraw: { schema: member(mediationActionSchema, "withdraw"), valid: () => ({ intent: "withdraw", version: "999999" }), errorsOnForm: false },
      followUp: {
        schema: member(mediationActionSchema, "followUp"),
        // Posted to the settled mediation (actionPath below).
        valid: async (w) => ({ intent: "followUp", version: await w.version.mediation(w.agreedMediation), checkedAt: today, status: "KEPT", note: "" }),
      },
      toCase: { schema: member(mediationActionSchema, "toCase"), valid: () => ({ intent: "toCase", version: "999999" }), errorsOnForm: false },
    },
  },
  "routes/mediation+/$code_.record": { as: "mediator", path: (w) => `/mediation/${w.agreedMediation}/record`, param: "code" },
  "routes/mediation+/mine._index": { as: "citizen", path: () => "/mediation/mine" },
  "routes/mediation+/mine.$code": { as: "citizen", path: (w) => `/mediation/mine/${w.agreedMediation}`, param: "code" },
  "routes/mediation+/overview": { as: "leader", path: () => "/mediation/overview", query: overviewFilterSchema },
  "routes/mediation+/teams._index": { as: "reception", path: () => "/mediation/teams" },
  "routes/mediation+/teams.new": {
    as: "reception",
    path: () => "/mediation/teams/new",
    actions: { "": { schema: teamSchema, valid: (w) => ({ unitId: w.unitId, areaName: `Tổ ${unique()}`, active: "on" }) } },
  },
  "routes/mediation+/teams.$teamId": {
    as: "reception",
    path: (w) => `/mediation/teams/${w.teamId}`,
    param: "teamId",
    actions: {
      addMember: { schema: member(memberSchema, "addMember"), valid: (w) => ({ intent: "addMember", userId: w.users.mediator.id }) },
      removeMember: { schema: member(memberSchema, "removeMember"), valid: () => ({ intent: "removeMember", userId: "ckzzzzzzzzzzzzzzzzzzzzzzz" }), errorsOnForm: false },
      makeLeader: { schema: member(memberSchema, "makeLeader"), valid: (w) => ({ intent: "makeLeader", userId: w.users.mediator.id }), errorsOnForm: false },
      update: { schema: member(memberSchema, "update"), valid: () => ({ intent: "update", areaName: "Tổ dân phố 3", active: "on" }) },
      setProfile: { schema: member(memberSchema, "setProfile"), valid: (w) => ({ intent: "setProfile", userId: w.users.mediator.id, gender: "MALE", ethnicMinority: "yes" }) },
    },
  },

  // ── public board, answers, statistics, open data
  "routes/notices+/_index": { as: "anonymous", path: () => "/notices", query: noticeBoardQuery },
  "routes/notices+/$noticeId": { as: "anonymous", path: (w) => `/notices/${w.noticeId}`, param: "noticeId" },
  "routes/notices+/files.$fileId": { as: "anonymous", path: () => "/notices/files/ckzzzzzzzzzzzzzzzzzzzzzzz", param: "fileId" },
  "routes/answers+/_index": { as: "anonymous", path: () => "/answers", query: answersQuery },
  "routes/answers+/$code": { as: "anonymous", path: (w) => `/answers/${w.answerCode}`, param: "code" },
  "routes/stats._index": { as: "anonymous", path: () => "/stats", query: statsQuery },
  "routes/stats.ranking": { as: "anonymous", path: () => "/stats/ranking", query: statsQuery.extend({ sort: z.enum(["onTime"]), all: z.enum(["1"]) }) },
  "routes/stats.units": {
    as: "anonymous",
    path: () => "/stats/units",
    query: statsQuery.extend({ q: z.string().max(100), level: z.enum(["COMMUNE", "AGENCY"]), usort: z.enum(["received", "name"]), udir: z.enum(["asc", "desc"]), units: z.enum(["all"]) }),
  },
  "routes/api.v1._index": { as: "anonymous", path: () => "/api/v1" },
  "routes/api.v1.stats": { as: "anonymous", path: () => "/api/v1/stats", query: statsQuery },
  "routes/api.v1.units": { as: "anonymous", path: () => "/api/v1/units" },
  "routes/api.v1.answers": { as: "anonymous", path: () => "/api/v1/answers", query: answersApiQuery },
  "routes/api.v1.answers.$code": { as: "anonymous", path: (w) => `/api/v1/answers/${w.answerCode}`, param: "code" },
  "routes/open311.v2.discovery[.]json": { as: "anonymous", path: () => "/open311/v2/discovery.json" },
  "routes/open311.v2.services[.]json": { as: "anonymous", path: () => "/open311/v2/services.json", query: z.object({ jurisdiction_id: z.string() }) },
  "routes/open311.v2.requests[.]json": { as: "anonymous", path: () => "/open311/v2/requests.json", query: (requestsQuery._def.schema as z.AnyZodObject) },
  "routes/open311.v2.requests.$id": { as: "anonymous", path: (w) => `/open311/v2/requests/${w.cases.submitted}.json`, param: "id" },

  // ── one-stop desk (administrative-procedure dossiers)
  "routes/onestop+/_index": { as: "anonymous", path: () => "/onestop", query: z.object({ q: z.string().max(100), field: z.string().max(40) }) },
  "routes/onestop+/procedures.$code": { as: "anonymous", path: (w) => `/onestop/procedures/${w.procedureCode}`, param: "code" },
  "routes/onestop+/track": { as: "anonymous", path: () => "/onestop/track", query: z.object({ code: z.string().max(40) }) },
  "routes/onestop+/new": {
    as: "citizen",
    path: () => "/onestop/new",
    query: z.object({ procedure: z.string().max(40) }),
    actions: {
      "": { schema: fileDossierSchema, multipart: true, valid: (w) => ({ procedure: w.procedureCode, applicantName: "Người Nộp Thử", applicantPhone: "0912345678", applicantAddress: "Tổ 3", details: "Nộp thử", submissionToken: token() }) },
    },
  },
  "routes/onestop+/mine._index": { as: "citizen", path: () => "/onestop/mine", query: cursorOnly },
  "routes/onestop+/mine.$id": {
    as: "citizen2",
    path: (w) => `/onestop/mine/${w.dossiers.supplement}`,
    param: "id",
    actions: { "": { schema: member(dossierActionSchema, "supply"), multipart: true, valid: async (w) => ({ intent: "supply", version: await w.version.dossier(w.dossiers.supplement), note: "Đã khai lại" }) } },
  },
  "routes/onestop+/slip.$id": { as: "citizen", path: (w) => `/onestop/slip/${w.dossiers.waiting}`, param: "id" },
  "routes/onestop+/apology.$id": { as: "citizen", path: (w) => `/onestop/apology/${w.dossiers.waiting}`, param: "id" },
  "routes/onestop+/supplement.$id": { as: "citizen2", path: (w) => `/onestop/supplement/${w.dossiers.supplement}`, param: "id" },
  "routes/onestop+/refusal.$id": { as: "citizen", path: (w) => `/onestop/refusal/${w.dossiers.waiting}`, param: "id" },
  "routes/onestop+/files.$fileId": { as: "citizen", path: () => "/onestop/files/ckzzzzzzzzzzzzzzzzzzzzzzz", param: "fileId" },
  "routes/desk+/dossiers._index": { as: "reception", path: () => "/desk/dossiers", query: queueFilterSchema },
  "routes/desk+/dossiers.new": {
    as: "reception",
    path: () => "/desk/dossiers/new",
    query: z.object({ procedure: z.string().max(40) }),
    actions: {
      "": { schema: fileDossierSchema, multipart: true, valid: (w) => ({ procedure: w.procedureCode, applicantName: "Người Nộp Tại Quầy", applicantPhone: "0912345678", citizen: "", channel: "IN_PERSON", submissionToken: token() }) },
    },
  },
  "routes/desk+/dossiers.$id": {
    as: "reception",
    path: (w) => `/desk/dossiers/${w.dossiers.waiting}`,
    param: "id",
    actions: { "": { schema: member(dossierActionSchema, "note"), multipart: true, valid: async (w) => ({ intent: "note", version: await w.version.dossier(w.dossiers.waiting), note: "Ghi chú của bộ phận một cửa" }) } },
  },
  "routes/desk+/reports.dossiers._index": { as: "leader", path: () => "/desk/reports/dossiers", query: statsQuery },
  "routes/desk+/reports.dossiers.export": { as: "leader", path: () => "/desk/reports/dossiers/export", query: statsQuery.extend({ format: z.enum(["csv", "xlsx"]) }) },
  "routes/stats.dossiers": { as: "anonymous", path: () => "/stats/dossiers", query: statsQuery },
  "routes/api.v1.dossiers.stats": { as: "anonymous", path: () => "/api/v1/dossiers/stats", query: statsQuery },
  "routes/admin+/procedures._index": {
    as: "admin",
    path: () => "/admin/procedures",
    actions: { "": { schema: z.object({ file: z.string().max(100) }), multipart: true, valid: () => ({ file: "" }), errorsOnForm: false } },
  },
  "routes/admin+/procedures.$code": {
    as: "admin",
    path: (w) => `/admin/procedures/${w.procedureCode}`,
    param: "code",
    actions: {
      "": {
        schema: procedureEditSchema,
        valid: async (w) => ({
          version: await w.version.procedure(w.procedureCode),
          name: "Đăng ký khai sinh",
          timeUnit: "WORKING_DAYS",
          timeAmount: "3",
          feeText: "",
          resultText: "Giấy khai sinh",
          legalBasis: "Luật Hộ tịch 2014",
          source: "Cơ sở dữ liệu quốc gia về thủ tục hành chính",
          papers: "Tờ khai đăng ký khai sinh",
          steps: "RECEIVE 4\nSIGN 4\nRETURN 4",
          active: "on",
        }),
      },
    },
  },

  // ── reports: registers, statutory forms, the national-database export
  "routes/desk+/registers.$kind": { as: "leader", path: () => "/desk/registers/reception", param: "kind", query: statsQuery.extend({ q: z.string().max(100) }) },
  "routes/desk+/registers.$kind[.]csv": { as: "leader", path: () => "/desk/registers/reception.csv", param: "kind", query: statsQuery.extend({ q: z.string().max(100) }) },
  "routes/desk+/reports.forms": { as: "leader", path: () => "/desk/reports/forms", query: statsQuery.extend({ form: z.enum(["01-TCD"]) }) },
  "routes/desk+/reports.forms[.]xlsx": { as: "leader", path: () => "/desk/reports/forms.xlsx", query: statsQuery.extend({ form: z.enum(["01-TCD"]) }) },
  "routes/desk+/reports.national-export": { as: "leader", path: () => "/desk/reports/national-export", query: statsQuery },
  "routes/desk+/reports.national-export[.]jsonl": {
    as: "leader",
    path: () => "/desk/reports/national-export.jsonl",
    actions: { "": { schema: statsQuery, valid: () => ({ period: "month", year: today.slice(0, 4), month: String(Number(today.slice(5, 7))) }), errorsOnForm: false } },
  },

  // ── official documents of a case (statutory forms, HTML and PDF)
  "routes/cases+/$code_.documents._index": { as: "citizen2", path: (w) => `/cases/${w.cases.needsInfo}/documents` },
  "routes/cases+/$code_.documents.$template.$source._index": { as: "citizen2", path: (w) => `/cases/${w.cases.needsInfo}/documents/receipt/none`, param: "source" },
  "routes/cases+/$code_.documents.$template.$source.pdf": { as: "citizen2", path: (w) => `/cases/${w.cases.needsInfo}/documents/receipt/none/pdf` },
  "routes/desk+/cases.$code_.documents._index": { as: "leader", path: (w) => `/desk/cases/${w.cases.inProgress}/documents` },
  "routes/desk+/cases.$code_.documents.$template.$source._index": { as: "leader", path: (w) => `/desk/cases/${w.cases.inProgress}/documents/receipt/none`, param: "source" },
  "routes/desk+/cases.$code_.documents.$template.$source.pdf": { as: "leader", path: (w) => `/desk/cases/${w.cases.inProgress}/documents/receipt/none/pdf` },
  "routes/desk+/cases.$code_.first-instance[.]pdf": { as: "leader", path: (w) => `/desk/cases/${w.cases.inProgress}/first-instance.pdf`, param: "code" },

  // ── grassroots democracy (public and residents)
  "routes/democracy+/_index": { as: "anonymous", path: () => "/democracy", query: z.object({ unit: z.string().max(32), cursor: z.string().max(200), ccursor: z.string().max(200) }) },
  "routes/democracy+/rules": { as: "anonymous", path: () => "/democracy/rules" },
  "routes/democracy+/files.$fileId": { as: "resident", path: () => "/democracy/files/ckzzzzzzzzzzzzzzzzzzzzzzz", param: "fileId" },
  "routes/democracy+/matters.$id": {
    as: "resident",
    path: (w) => `/democracy/matters/${w.democracy.matterId}`,
    param: "id",
    actions: { "": { schema: voteSchema, valid: (w) => ({ intent: "vote", householdId: w.democracy.householdId, choice: "FOR" }) } },
  },
  "routes/democracy+/consultations.$id": {
    as: "resident",
    path: (w) => `/democracy/consultations/${w.democracy.consultationId}`,
    param: "id",
    actions: { "": { schema: commentSchema.extend({ intent: z.literal("comment") }), valid: () => ({ intent: "comment", body: longText, submissionToken: token() }) } },
  },
  "routes/democracy+/boards.$boardId._index": {
    as: "boardHead",
    path: (w) => `/democracy/boards/${w.democracy.boardId}`,
    param: "boardId",
    actions: {
      "": { schema: planSchema, valid: () => ({ intent: "plan", title: "Kế hoạch giám sát", content: longText, activityFrom: today, activityTo: inDays(30).slice(0, 10) }) },
      recommend: {
        schema: recommendationSchema,
        valid: () => ({ intent: "recommend", title: "Kiến nghị sửa đèn", findings: longText, recommendation: longText, deliveredOn: today, submissionToken: token() }),
      },
    },
  },
  "routes/democracy+/boards.$boardId.cases._index": { as: "boardHead", path: (w) => `/democracy/boards/${w.democracy.boardId}/cases`, param: "boardId", query: cursorOnly, auditsReads: true },
  "routes/democracy+/boards.$boardId.cases.$code": { as: "boardHead", path: (w) => `/democracy/boards/${w.democracy.boardId}/cases/${w.cases.resolved}`, param: "code", auditsReads: true },
  "routes/stats.democracy": { as: "anonymous", path: () => "/stats/democracy", query: statsQuery },
  "routes/api.v1.democracy.matters": { as: "anonymous", path: () => "/api/v1/democracy/matters", query: z.object({ unit: z.string().max(32), cursor: z.string().max(200) }) },
  "routes/api.v1.democracy.stats": { as: "anonymous", path: () => "/api/v1/democracy/stats", query: statsQuery },

  // ── grassroots democracy (the commune's desk)
  "routes/desk+/democracy._index": { as: "reception", path: () => "/desk/democracy", query: z.object({ cursor: z.string().max(200), ccursor: z.string().max(200) }) },
  "routes/desk+/democracy.areas._index": {
    as: "reception",
    path: () => "/desk/democracy/areas",
    actions: { "": { schema: registerImportSchema, multipart: true, valid: () => ({ intent: "import", name: "Tổ dân phố 9", kind: "RESIDENTIAL_GROUP" }) } },
  },
  "routes/desk+/democracy.areas.$areaId": {
    as: "reception",
    path: (w) => `/desk/democracy/areas/${w.democracy.areaId}`,
    param: "areaId",
    query: z.object({ after: z.string().max(200) }),
    actions: { "": { schema: registerImportSchema, multipart: true, valid: (w) => ({ intent: "import", areaId: w.democracy.areaId }) } },
  },
  "routes/desk+/democracy.boards": {
    as: "reception",
    path: () => "/desk/democracy/boards",
    query: cursorOnly,
    actions: {
      "": { schema: boardSchema, valid: () => ({ intent: "createBoard", kind: "INVESTMENT_SUPERVISION", name: "Ban giám sát đầu tư", project: "" }) },
      addMember: { schema: boardMemberSchema, valid: (w) => ({ intent: "addMember", boardId: w.democracy.boardId, account: "khong-co@example.test", role: "MEMBER" }) },
      removeMember: { schema: removeMemberSchema, valid: (w) => ({ intent: "removeMember", boardId: w.democracy.boardId, userId: "ckzzzzzzzzzzzzzzzzzzzzzzz" }), errorsOnForm: false },
    },
  },
  "routes/desk+/democracy.matters.new": {
    as: "reception",
    path: () => "/desk/democracy/matters/new",
    actions: {
      "": {
        schema: (openMatterSchema._def.schema as z.AnyZodObject).extend({ secret: z.enum(["on"]), online: z.enum(["on"]) }),
        valid: (w) => ({
          subject: "DECIDE_CONTRIBUTION", title: "Biểu quyết giữ lại", description: longText, form: "BALLOT", areaId: w.democracy.areaId,
          opensAt: inDays(1), closesAt: inDays(15), meetingPlace: "", submissionToken: token(),
        }),
      },
    },
  },
  "routes/desk+/democracy.matters.$id": {
    as: "reception",
    path: (w) => `/desk/democracy/matters/${w.democracy.matterId}`,
    param: "id",
    query: z.object({ after: z.string().max(200) }),
    actions: Object.fromEntries(
      ["close", "republish", "recordPaper", "recordMinutes", "recordDecision", "cancel"].map((intent) => [
        intent,
        {
          schema: unionMember(matterActionSchema, intent),
          errorsOnForm: intent !== "republish",
          // A stale version: every form is refused and the ballot stays open for the others.
          valid: (w: HttpWorld) => ({ intent, version: "999999", householdId: w.democracy.householdId, choice: "FOR", present: "5", votesFor: "3", votesAgainst: "1", decisionRef: "12/NQ", decisionText: "Nghị quyết giữ lại", reason: "Lý do hủy đủ dài" }),
        } satisfies ActionSpec,
      ]),
    ),
  },
  "routes/desk+/democracy.matters.$id.roll[.]csv": { as: "reception", path: (w) => `/desk/democracy/matters/${w.democracy.matterId}/roll.csv` },
  "routes/desk+/democracy.consultations.new": {
    as: "reception",
    path: () => "/desk/democracy/consultations/new",
    actions: {
      "": {
        schema: openConsultationSchema._def.schema as z.AnyZodObject,
        valid: () => ({ subject: "CONSULT_CONSTRUCTION_PLANNING", title: "Lấy ý kiến giữ lại", description: longText, opensAt: inDays(1), closesAt: inDays(15), submissionToken: token() }),
      },
    },
  },
  "routes/desk+/democracy.consultations.$id": {
    as: "reception",
    path: (w) => `/desk/democracy/consultations/${w.democracy.consultationId}`,
    param: "id",
    actions: Object.fromEntries(
      ["accept", "reject", "group", "publish", "decide"].map((intent) => [
        intent,
        {
          schema: unionMember(consultationActionSchema, intent),
          errorsOnForm: intent !== "accept",
          valid: (w: HttpWorld) => ({ intent, version: "999999", commentId: w.democracy.commentId, reason: "Không phù hợp", title: "Nhóm ý kiến", answer: "", decisionRef: "12/QĐ", decisionText: "Quyết định giữ lại" }),
        } satisfies ActionSpec,
      ]),
    ),
  },
  "routes/desk+/democracy.conferences._index": {
    as: "reception",
    path: () => "/desk/democracy/conferences",
    actions: {
      "": {
        schema: conferenceSchema,
        valid: (w) => ({ intent: "schedule", title: "Hội nghị giữ lại", chairId: w.users.leader.id, startsAt: inDays(20), endsAt: inDays(20, "10:00"), place: "Hội trường", link: "", submissionToken: token() }),
      },
    },
  },
  // No conference is seeded: the page and its publish form answer 404.
  "routes/desk+/democracy.conferences.$sessionId": {
    as: "reception",
    path: () => "/desk/democracy/conferences/ckzzzzzzzzzzzzzzzzzzzzzzz",
    param: "sessionId",
    actions: { "": { schema: z.object({ intent: z.literal("publish"), version: z.string().max(10) }), valid: () => ({ intent: "publish", version: "0" }), errorsOnForm: false } },
  },
  // No recommendation is seeded: the page and its answer form answer 404.
  "routes/desk+/democracy.recommendations.$id": {
    as: "reception",
    path: () => "/desk/democracy/recommendations/ckzzzzzzzzzzzzzzzzzzzzzzz",
    param: "id",
    actions: { "": { schema: answerSchema, valid: () => ({ answer: longText, version: "0" }) } },
  },

  // ── administration
  "routes/admin+/democracy-rules": {
    as: "admin",
    path: () => "/admin/democracy-rules",
    actions: {
      "": {
        schema: (ruleEditSchema._def.schema as z.AnyZodObject).extend({ ratioStrict: z.enum(["on"]), confirmed: z.enum(["on"]) }),
        // An impossible ratio (num > den): refused, the rule unchanged.
        valid: (w) => ({ intent: "save", ruleId: w.democracy.ruleId, ratioNum: "3", ratioDen: "2", source: "Luật Thực hiện dân chủ ở cơ sở 2022", note: "" }),
      },
    },
  },
  "routes/admin+/rules": {
    as: "admin",
    path: () => "/admin/rules",
    query: z.object({ year: z.string().regex(/^\d{4}$/) }),
    actions: {
      addRule: {
        schema: unionMember(rulesAdminSchema, "addRule"),
        // Valid but for the source link: refused, no rule added.
        valid: () => ({ intent: "addRule", kind: "FEEDBACK", instance: "0", stage: "RESOLVE", days: "10", dayType: "WORKING", basisDocument: "Luật thử", basisStatus: "UNCONFIRMED", validFrom: today, sourceUrl: "khong phai lien ket" }),
      },
      endRule: { schema: unionMember(rulesAdminSchema, "endRule"), valid: (w) => ({ intent: "endRule", ruleId: w.deadlineRuleId, lastDay: "2026-13-45" }) },
      ruleBasis: { schema: unionMember(rulesAdminSchema, "ruleBasis"), valid: (w) => ({ intent: "ruleBasis", ruleId: w.deadlineRuleId, basisStatus: "NOPE", sourceUrl: "", sourceNote: "" }) },
      holiday: { schema: unionMember(rulesAdminSchema, "holiday"), valid: () => ({ intent: "holiday", date: "2026-02-30", type: "HOLIDAY", nameVi: "Ngày nghỉ thử", nameEn: "Test day", source: "" }) },
      deleteHoliday: { schema: unionMember(rulesAdminSchema, "deleteHoliday"), valid: () => ({ intent: "deleteHoliday", holidayId: "ckzzzzzzzzzzzzzzzzzzzzzzz" }), errorsOnForm: false },
      unitRemote: { schema: unionMember(rulesAdminSchema, "unitRemote"), valid: () => ({ intent: "unitRemote", unitId: "ckzzzzzzzzzzzzzzzzzzzzzzz", remote: "on" }), errorsOnForm: false },
    },
  },
  "routes/admin+/_layout": { as: "admin", path: null },
  "routes/admin+/_index": { as: "admin", path: () => "/admin" },
  "routes/admin+/audit": { as: "admin", path: () => "/admin/audit", query: cursorOnly },
  "routes/admin+/statistics": { as: "admin", path: () => "/admin/statistics", actions: { "": { schema: statsSettingsSchema, valid: () => ({ minSample: "10" }) } } },
  "routes/admin+/reception-rules": {
    as: "admin",
    path: () => "/admin/reception-rules",
    actions: { "": { schema: receptionRuleSchema, valid: (w) => ({ ruleId: w.receptionRuleId, period: "MONTH", minDays: "1", legalBasis: "Luật Tiếp công dân 2013, Điều 18" }) } },
  },
  "routes/admin+/units._index": { as: "admin", path: () => "/admin/units", query: z.object({ inactive: z.enum(["1"]) }) },
  "routes/admin+/units.new": {
    as: "admin",
    path: () => "/admin/units/new",
    actions: { "": { schema: unitSchema, valid: (w) => ({ name: "Đơn vị mới", code: `N${unique().slice(0, 6).toUpperCase()}`, levelId: w.levelId, parentId: w.provinceId }) } },
  },
  "routes/admin+/units.$unitId": {
    as: "admin",
    path: (w) => `/admin/units/${w.spareUnitId}`,
    param: "unitId",
    actions: { "": { schema: unitSchema, valid: (w) => ({ name: "Đơn vị thử", code: "SPARE", levelId: w.levelId, parentId: w.provinceId, active: "on" }) } },
  },
  "routes/admin+/users._index": { as: "admin", path: () => "/admin/users", query: z.object({ q: z.string().max(100), role: z.enum(["HANDLER"]), cursor: z.string().max(200) }) },
  "routes/admin+/users.new": {
    as: "admin",
    path: () => "/admin/users/new",
    actions: {
      "": { schema: staffUserSchema, valid: (w) => ({ fullName: "Cán bộ mới", email: `cb-${unique()}@example.test`, phone: "", role: "HANDLER", unitId: w.unitId, position: "", password: "suoi-nam-la-trong-xanh" }) },
    },
  },
  "routes/admin+/users.$userId": {
    as: "admin",
    path: (w) => `/admin/users/${w.spareUserId}`,
    param: "userId",
    actions: { "": { schema: staffUserSchema, valid: (w) => ({ fullName: "Người Thử Sửa", email: "spare@example.test", phone: "", role: "HANDLER", unitId: w.unitId, position: "" }) } },
  },
};

/** Where an intent posts when it is not the route's own example (a settled mediation's follow-up). */
export function actionPath(routeId: string, intent: string, w: HttpWorld): string | null {
  // A form posts to the URL of its page, query included.
  if (routeId === "routes/cases+/new" || routeId === "routes/desk+/cases.new") return `/${routeId.includes("desk") ? "desk/" : ""}cases/new?kind=complaint`;
  if (routeId === "routes/onestop+/new" || routeId === "routes/desk+/dossiers.new") return `/${routeId.includes("desk") ? "desk/dossiers" : "onestop"}/new?procedure=${w.procedureCode}`;
  if (routeId === "routes/mediation+/$code" && (intent === "followUp" || intent === "toCase")) return `/mediation/${w.agreedMediation}`;
  if (routeId === "routes/desk+/cases.$code" && ["accept", "decline", "transfer", "assign"].includes(intent)) return `/desk/cases/${w.cases.submitted}`;
  return null;
}
