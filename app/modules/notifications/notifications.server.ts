import { db } from "~/utils/db.server";

export async function unreadNotificationCount(userId: string): Promise<number> {
  // Index (userId, readAt, createdAt): counts only this user's unread rows.
  return db.notification.count({ where: { userId, readAt: null } });
}
