import { messagingApi } from '@line/bot-sdk'
import { RICH_MENU_NAME, richMenu } from './rich-menu.ts'

// Create the rich menu, upload its image (api-data host), make it the default for every user, and
// delete older menus of the same name so re-running the script leaves exactly one.

export interface PublishOptions {
  channelAccessToken: string
  /** LINE_API_BASE_URL (default https://api.line.me). */
  apiBaseURL: string
  /** LINE_DATA_API_BASE_URL (default https://api-data.line.me); images go there. */
  dataApiBaseURL: string
  image: Uint8Array
}

export interface PublishResult {
  richMenuId: string
  deleted: string[]
}

export const publishRichMenu = async (opts: PublishOptions): Promise<PublishResult> => {
  const api = new messagingApi.MessagingApiClient({
    channelAccessToken: opts.channelAccessToken,
    baseURL: opts.apiBaseURL,
  })
  const data = new messagingApi.MessagingApiBlobClient({
    channelAccessToken: opts.channelAccessToken,
    baseURL: opts.dataApiBaseURL,
  })
  const { richMenuId } = await api.createRichMenu(richMenu)
  await data.setRichMenuImage(richMenuId, new Blob([opts.image as BlobPart], { type: 'image/png' }))
  await api.setDefaultRichMenu(richMenuId)
  const { richmenus } = await api.getRichMenuList()
  const deleted: string[] = []
  for (const m of richmenus) {
    if (m.name === RICH_MENU_NAME && m.richMenuId !== richMenuId) {
      await api.deleteRichMenu(m.richMenuId)
      deleted.push(m.richMenuId)
    }
  }
  return { richMenuId, deleted }
}
