import { z } from 'zod'

// The body of POST /api/chat. Text length is NOT capped here beyond the body limit: an over-long
// message is the conversation's to answer (politely, asking for a shorter one), not a 400.

export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/

export const sessionIdSchema = z
  .string()
  .regex(
    SESSION_ID_PATTERN,
    'must be 8–64 letters, digits, "-" or "_" (use the sessionId the server returned)',
  )

export const chatRequestSchema = z
  .strictObject({
    sessionId: sessionIdSchema.optional(),
    text: z.string().trim().min(1, 'must not be empty').optional(),
    choice: z.string().min(1, 'must not be empty').max(300, 'must be at most 300 characters').optional(),
  })
  .refine((b) => b.text === undefined || b.choice === undefined, {
    message: 'send either text or choice, not both',
  })
export type ChatRequest = z.infer<typeof chatRequestSchema>

export const formatIssues = (issues: readonly z.core.$ZodIssue[]) =>
  issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
