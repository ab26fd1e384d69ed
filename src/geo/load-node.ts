import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { locateWardFor } from './locate-ward.ts'
import { parseWardCentroids } from './ward-centroids.ts'

// Node side: read data/<city>/ward-centroids.yaml. Workers import the same file as text and call
// parseWardCentroids + locateWardFor themselves.

export const WARD_CENTROIDS_PATH = 'data/kawasaki/ward-centroids.yaml'

export const loadLocateWard = async (root = process.cwd(), path = WARD_CENTROIDS_PATH) => {
  const text = await readFile(join(root, path), 'utf8')
  return locateWardFor(parseWardCentroids({ path, text }))
}
