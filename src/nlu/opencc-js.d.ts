// opencc-js ships types for its entry points but not for its dictionary modules (opencc-js/to/*), which
// are plain `export default [[phrases, characters]]` dictionary groups.
declare module 'opencc-js/to/cn' {
  import type { DictGroup } from 'opencc-js/core'

  const dictGroups: readonly DictGroup[]
  export default dictGroups
}
