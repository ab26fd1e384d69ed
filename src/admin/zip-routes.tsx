import type { Context } from 'hono'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { type Actor, allow, type StaffConsole } from './console.ts'
import { VersionsPage } from './pages/versions.tsx'
import type { FileProblem } from './validate.ts'
import { readVersionZip, versionZip, ZIP_MAX_BYTES, zipFileName } from './zip.ts'

// A version as a .zip download and a .zip upload as a new draft (src/admin/zip.ts), for staff without a
// terminal: the console's side of `npm run staff -- export` / `import`. Mounted by adminRoutes behind its
// sign-in check and hono/csrf (an upload from another site's page is refused before it is read). The
// console's calls carry the role checks and the audit log: exportVersion (`export`), importDraft (`edit`,
// the same checks as the CLI import, with no draft made when any fails).

type Env = { Variables: { actor: Actor } }

const idSchema = z.coerce.number().int().positive()

/** Room for the multipart framing and the message field around the .zip itself. */
const FORM_OVERHEAD = 64 * 1024

export const zipRoutes = (staff: StaffConsole) => {
  const app = new Hono<Env>()

  app.get('/versions/:id/zip', async (c) => {
    const id = idSchema.parse(c.req.param('id'))
    const name = zipFileName(id)
    const v = await staff.exportVersion(c.get('actor'), id, name)
    return c.body(versionZip(v.files, new Date(v.createdAt)), 200, {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    })
  })

  /** The versions page again with the problems above the upload form; nothing was imported. */
  const refused = async (c: Context<Env>, problems: FileProblem[], status: 400 | 413) =>
    c.html(
      <VersionsPage actor={c.get('actor')} versions={await staff.versions()} problems={problems} />,
      status,
    )

  app.post(
    '/versions/import',
    bodyLimit({
      maxSize: ZIP_MAX_BYTES + FORM_OVERHEAD,
      onError: (c) =>
        refused(
          c,
          [
            {
              file: 'zip',
              path: '大きさ',
              message: `上限の ${ZIP_MAX_BYTES / 1024 / 1024} MB を超えています。書き出した zip から不要なファイルを外してください`,
              severity: 'error',
            },
          ],
          413,
        ),
    }),
    async (c) => {
      const actor = c.get('actor')
      // Refused by role before the upload is read, so a wrong role learns nothing about its contents.
      allow(actor, 'edit', '取り込み')
      const form = await c.req.parseBody()
      const upload = form.zip
      const message = typeof form.message === 'string' ? form.message.slice(0, 500) : ''
      if (!(upload instanceof File) || upload.size === 0)
        return refused(
          c,
          [{ file: 'zip', path: 'ファイル', message: 'zip ファイルを選んでください', severity: 'error' }],
          400,
        )
      // The name is the staff member's own file name: shown back and written to the audit log, so kept short.
      const name = upload.name.replace(/[\\/]/g, '_').slice(0, 100) || 'upload.zip'
      const read = readVersionZip(new Uint8Array(await upload.arrayBuffer()), name)
      if (read.files === null) return refused(c, read.problems, 400)
      const result = await staff.importDraft(actor, read.files, message, name)
      if (result.id === null) return refused(c, result.problems, 400)
      return c.redirect(`/admin/versions/${result.id}?done=imported`, 303)
    },
  )

  return app
}
