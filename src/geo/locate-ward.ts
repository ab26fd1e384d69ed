import { type WardId, wardNames } from '../core/taxonomy.ts'
import type { WardCentroids } from './ward-centroids.ts'

// A shared location → the nearest ward office. Pure and synchronous (runs in the core's turn on Node
// and Workers). Nearest-office can be wrong within 1–2 km of a ward border, so `place` is worded for
// 「位置情報から○○区とみられます」 and the flow lets the resident correct it.

export interface LocatedWard {
  ward: WardId | 'outside'
  /** 中原区, or 川崎市外 for a point beyond the city. */
  place: string
  /** Distance to the chosen ward's point, for logs and tests (never the coordinates). */
  distanceKm: number | null
}

export const OUTSIDE_PLACE = '川崎市外'

const EARTH_KM = 6371

/** Great-circle distance; exact enough at city scale and cheap. */
export const distanceKm = (lat1: number, lng1: number, lat2: number, lng2: number): number => {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLng = (lng2 - lng1) * rad
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)))
}

export const createWardLocator = (data: WardCentroids) => {
  const { bounds, wards } = data
  return (lat: number, lng: number): LocatedWard | null => {
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
      return null
    if (lat < bounds.south || lat > bounds.north || lng < bounds.west || lng > bounds.east) {
      return { ward: 'outside', place: OUTSIDE_PLACE, distanceKm: null }
    }
    let best: { ward: WardId; d: number } | null = null
    for (const w of wards) {
      const d = distanceKm(lat, lng, w.lat, w.lng)
      if (!best || d < best.d) best = { ward: w.ward, d }
    }
    if (!best || best.d > data.max_distance_km)
      return { ward: 'outside', place: OUTSIDE_PLACE, distanceKm: best?.d ?? null }
    return { ward: best.ward, place: wardNames[best.ward], distanceKm: Math.round(best.d * 100) / 100 }
  }
}

/** The shape createConversation's `locateWard` takes. */
export const locateWardFor = (data: WardCentroids) => {
  const locate = createWardLocator(data)
  return (lat: number, lng: number): { ward: WardId | 'outside'; place: string } | null => {
    const found = locate(lat, lng)
    return found ? { ward: found.ward, place: found.place } : null
  }
}
