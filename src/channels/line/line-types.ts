// The LINE message objects we send, typed as narrowly as we build them. Plain JSON: the SDK client
// takes them as they are.

export type LineAction =
  | { type: 'postback'; label: string; data: string; displayText?: string }
  | { type: 'uri'; label: string; uri: string }
  | { type: 'message'; label: string; text: string }
  /** Copies text to the phone's clipboard (LINE 14.0+): for #8008-style numbers that tel: cannot dial. */
  | { type: 'clipboard'; label: string; clipboardText: string }
  /** Quick reply only: opens LINE's location picker; the answer comes back as a location message. */
  | { type: 'location'; label: string }

export interface QuickReply {
  items: { type: 'action'; action: LineAction }[]
}

/** A Flex component or box; kept open because Flex has many optional properties. */
export interface FlexNode {
  type: string
  contents?: FlexNode[]
  action?: LineAction
  [key: string]: unknown
}

export interface FlexBubble extends FlexNode {
  type: 'bubble'
}

export interface FlexCarousel {
  type: 'carousel'
  contents: FlexBubble[]
}

export type LineMessage =
  | { type: 'text'; text: string; quickReply?: QuickReply }
  | { type: 'flex'; altText: string; contents: FlexBubble | FlexCarousel; quickReply?: QuickReply }
