// One entry of a client's access log, as the API answers it (the web screen reads the same type).
import { z } from 'zod';

export const accessLogEntry = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  action: z.string(),
  description: z.string(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntry>;
