import { HTTPFetchError, messagingApi } from '@line/bot-sdk'
import type { LineMessage } from './line-types.ts'

// The few Messaging API calls the webhook makes, through @line/bot-sdk's fetch-based client (runs on
// Node and on Workers). Base URL from LINE_API_BASE_URL so tests talk to a fake on loopback.

export interface LineApi {
  reply(replyToken: string, messages: LineMessage[]): Promise<void>
  push(to: string, messages: LineMessage[]): Promise<void>
  showLoading(chatId: string, seconds: number): Promise<void>
}

export const createLineApi = (opts: { channelAccessToken: string; baseURL: string }): LineApi => {
  const client = new messagingApi.MessagingApiClient({
    channelAccessToken: opts.channelAccessToken,
    baseURL: opts.baseURL,
  })
  return {
    async reply(replyToken, messages) {
      await client.replyMessage({ replyToken, messages: messages as messagingApi.Message[] })
    },
    async push(to, messages) {
      await client.pushMessage({ to, messages: messages as messagingApi.Message[] })
    },
    async showLoading(chatId, seconds) {
      await client.showLoadingAnimation({ chatId, loadingSeconds: seconds })
    },
  }
}

/** LINE answers 400 "Invalid reply token" when the token was used or has expired. */
export const isReplyTokenGone = (err: unknown): boolean =>
  err instanceof HTTPFetchError && err.status === 400 && /reply token/i.test(err.body)

export const httpStatusOf = (err: unknown): number | null =>
  err instanceof HTTPFetchError ? err.status : null
