import { type Ctx, fallbackCards, type Next, say, showMenu } from './context.ts'

/**
 * The answer could not be read. Ask again once kindly; after `misses_before_menu` misses in a row,
 * offer the menu and the city's general line so nobody is stuck.
 */
export const miss = (ctx: Ctx, reprompt: () => Next): Next => {
  ctx.state.misses += 1
  if (ctx.state.misses >= ctx.flow.settings.misses_before_menu) {
    ctx.state.misses = 0
    ctx.trace.handler = 'no_match'
    say(ctx, ctx.flow.handlers.no_match)
    fallbackCards(ctx)
    return showMenu(ctx)
  }
  say(ctx, ctx.flow.handlers.retry)
  return reprompt()
}
