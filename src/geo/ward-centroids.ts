import { z } from 'zod'
import { DataFileError } from '../core/errors.ts'
import type { ProjectFile } from '../core/source-file.ts'
import { type WardId, wardNames, wardSchema } from '../core/taxonomy.ts'
import { readYaml } from '../project/yaml-file.ts'

// data/<city>/ward-centroids.yaml: one point per ward (the ward office, as a proxy), the city's
// bounding rectangle and the farthest a resident can be from every point and still be placed.

export const wardCentroidsSchema = z
  .object({
    meta: z.looseObject({ verified: z.boolean() }),
    bounds: z
      .object({ south: z.number(), north: z.number(), west: z.number(), east: z.number() })
      .refine((b) => b.south < b.north && b.west < b.east, 'south < north and west < east'),
    max_distance_km: z.number().positive().max(50),
    wards: z
      .array(
        z.object({
          ward: wardSchema,
          name: z.string(),
          office: z.string(),
          lat: z.number().min(-90).max(90),
          lng: z.number().min(-180).max(180),
          verified: z.boolean(),
        }),
      )
      .min(1),
  })
  .superRefine((data, ctx) => {
    data.wards.forEach((w, i) => {
      const b = data.bounds
      if (w.lat < b.south || w.lat > b.north || w.lng < b.west || w.lng > b.east) {
        ctx.addIssue({ code: 'custom', path: ['wards', i], message: `${w.ward} lies outside bounds` })
      }
      if (wardNames[w.ward] !== w.name) {
        ctx.addIssue({ code: 'custom', path: ['wards', i, 'name'], message: `expected ${wardNames[w.ward]}` })
      }
    })
  })
export type WardCentroids = z.infer<typeof wardCentroidsSchema>

export const parseWardCentroids = (file: ProjectFile): WardCentroids => {
  const raw = readYaml(file)
  const parsed = wardCentroidsSchema.safeParse(raw)
  if (!parsed.success) {
    throw new DataFileError(
      file.path,
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    )
  }
  return parsed.data
}

export type { WardId }
