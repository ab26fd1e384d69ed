import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadLocateWard } from '../../scripts/flows/deps.ts'
import { DataFileError } from '../../src/core/errors.ts'
import { wardIds } from '../../src/core/taxonomy.ts'
import { createWardLocator, distanceKm } from '../../src/geo/locate-ward.ts'
import { parseWardCentroids } from '../../src/geo/ward-centroids.ts'

const WARD_CENTROIDS_PATH = 'data/kawasaki/ward-centroids.yaml'
const text = readFileSync(WARD_CENTROIDS_PATH, 'utf8')
const data = parseWardCentroids({ path: WARD_CENTROIDS_PATH, text })
const locate = createWardLocator(data)

describe('ward centroids data', () => {
  it('has one point per ward, each placed in its own ward', () => {
    expect(data.wards.map((w) => w.ward).sort()).toEqual([...wardIds].sort())
    for (const w of data.wards) expect(locate(w.lat, w.lng)?.ward).toBe(w.ward)
  })

  it('names the file and path when the data is wrong', () => {
    const broken = text.replace('ward: tama', 'ward: tamaa')
    expect(() => parseWardCentroids({ path: WARD_CENTROIDS_PATH, text: broken })).toThrow(DataFileError)
    try {
      parseWardCentroids({ path: WARD_CENTROIDS_PATH, text: broken })
    } catch (err) {
      expect((err as Error).message).toMatch(/ward-centroids\.yaml › wards\.5\.ward/)
    }
  })
})

describe('locate ward', () => {
  // Station coordinates (approximate, general knowledge) well inside each ward.
  it.each([
    ['川崎駅', 35.5313, 139.697, 'kawasaki'],
    ['川崎大師駅', 35.5345, 139.7296, 'kawasaki'],
    ['鹿島田駅', 35.5515, 139.6747, 'saiwai'],
    ['武蔵小杉駅', 35.5764, 139.6595, 'nakahara'],
    ['元住吉駅', 35.5641, 139.6539, 'nakahara'],
    ['溝の口駅', 35.5999, 139.6108, 'takatsu'],
    ['宮前平駅', 35.5853, 139.5815, 'miyamae'],
    ['登戸駅', 35.6206, 139.57, 'tama'],
    ['新百合ヶ丘駅', 35.6036, 139.5077, 'asao'],
  ])('%s → %s', (_name, lat, lng, ward) => {
    const found = locate(lat, lng)
    expect(found?.ward).toBe(ward)
    expect(found?.place).toMatch(/区$/)
  })

  it.each([
    ['横浜駅', 35.4658, 139.6223],
    ['新宿駅', 35.6896, 139.7006],
    ['八王子駅', 35.6558, 139.3389],
    ['大阪駅', 34.7025, 135.4959],
  ])('%s → outside (川崎市外)', (_name, lat, lng) => {
    expect(locate(lat, lng)).toMatchObject({ ward: 'outside', place: '川崎市外' })
  })

  it('rejects impossible coordinates', () => {
    expect(locate(Number.NaN, 139.6)).toBeNull()
    expect(locate(91, 139.6)).toBeNull()
  })

  it('distance is right at city scale (川崎駅 → 武蔵小杉駅 ≈ 6 km)', () => {
    const d = distanceKm(35.5313, 139.697, 35.5764, 139.6595)
    expect(d).toBeGreaterThan(5.5)
    expect(d).toBeLessThan(6.5)
  })

  it('the loader gives createConversation its locateWard shape', async () => {
    const locateWard = await loadLocateWard()
    expect(locateWard(35.5764, 139.6595)).toEqual({ ward: 'nakahara', place: '中原区' })
  })
})
