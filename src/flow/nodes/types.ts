import type { Ctx, Next } from '../context.ts'
import type { FlowNode, NodeOf } from '../schema.ts'

/**
 * One executor per node type: `enter` runs when the flow arrives, `answer` when input comes back.
 * `readsArrival`: arriving with the turn's message still unread (nothing answered it yet, or a node
 * gave it back with `reread`), the node answers it instead of asking (the classify node).
 */
export interface Executor<T extends FlowNode['type']> {
  enter(node: NodeOf<T>, id: string, ctx: Ctx): Next
  answer?(node: NodeOf<T>, id: string, ctx: Ctx): Next
  readsArrival?: true
}
