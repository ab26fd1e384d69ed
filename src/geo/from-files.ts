import type { ProjectFile } from '../core/source-file.ts'
import { locateWardFor } from './locate-ward.ts'
import { parseWardCentroids } from './ward-centroids.ts'

// For runtimes that already hold the staff files as text (Workers' bundle, Node's project loader).

export const WARD_CENTROIDS_FILE = 'ward-centroids.yaml'

/** locateWard from the bundled files, or undefined when the city has no ward-centroids.yaml. */
export const locateWardFromFiles = (files: ProjectFile[]) => {
  const file = files.find((f) => f.path.endsWith(`/${WARD_CENTROIDS_FILE}`))
  return file ? locateWardFor(parseWardCentroids(file)) : undefined
}
