import type { WidgetOptions } from './options.ts'

// Sizes are in em so the widget follows browser zoom and the larger-text switch; the host resets
// inherited styles so the city's CSS cannot leak in through the shadow boundary.
export const css = (o: WidgetOptions) => `
:host{all:initial;font-size:16px}
*{box-sizing:border-box}
.root{--c:${o.color};--ct:${o.textColor};font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans CJK JP","Yu Gothic",sans-serif;font-size:1em;line-height:1.6;color:#1b1b1b}
.root.large{font-size:1.3em}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
button,a,textarea{font:inherit}
:focus-visible{outline:3px solid #f5a623;outline-offset:2px;box-shadow:0 0 0 5px #1b1b1b}
.launcher{position:fixed;bottom:1em;${o.position}:1em;z-index:2147483000;background:var(--c);color:var(--ct);border:2px solid #fff;border-radius:2em;padding:.7em 1.3em;font-weight:700;cursor:pointer;box-shadow:0 2px 10px rgba(0,0,0,.35);min-height:44px}
.panel{position:fixed;bottom:1em;${o.position}:1em;z-index:2147483001;width:min(26em,calc(100vw - 2em));height:min(40em,calc(100vh - 2em));background:#fff;border:1px solid #767676;border-radius:.75em;box-shadow:0 4px 24px rgba(0,0,0,.35);display:flex;flex-direction:column;overflow:hidden}
.panel[hidden],.launcher[hidden]{display:none}
@media (max-width:480px),(max-height:480px){.panel{inset:0;width:100%;height:100%;border-radius:0;border:0}}
header{background:var(--c);color:var(--ct);padding:.5em .75em;display:flex;flex-wrap:wrap;align-items:center;gap:.4em}
h2{font-size:1.05em;margin:0;flex:1 1 8em}
header button{background:#fff;color:#1b1b1b;border:1px solid #1b1b1b;border-radius:.4em;padding:.3em .6em;cursor:pointer;min-height:44px;min-width:44px}
header button[aria-pressed=true]{background:#1b1b1b;color:#fff}
header .langs{flex:1 1 100%;display:flex;gap:.4em}
header select{flex:1;font:inherit;min-height:44px;border:1px solid #1b1b1b;border-radius:.4em;background:#fff;color:#1b1b1b}
rt{font-size:.6em}
.gloss{font-weight:700}
header .exit{background:#b00020;color:#fff;border-color:#fff;font-weight:700}
.log{position:relative;flex:1;overflow-y:auto;padding:.75em;margin:0;list-style:none;display:flex;flex-direction:column;gap:.6em}
.intro{font-size:.9em;color:#3d3d3d;margin:0}
.msg{max-width:92%;white-space:pre-wrap;overflow-wrap:anywhere}
.msg p{margin:0}
.user{align-self:flex-end;background:#e8f0fa;border:1px solid #9bb5d6;border-radius:.75em .75em 0 .75em;padding:.5em .75em}
.bot{align-self:flex-start}
.bot>p{background:#f3f3f3;border-radius:.75em .75em .75em 0;padding:.5em .75em}
.card{border:2px solid #9bb5d6;border-radius:.6em;padding:.6em .75em;background:#fff;display:flex;flex-direction:column;gap:.35em}
.card.urgent{border-color:#b00020}
.card h3{font-size:1.05em;margin:0}
.card p{margin:0}
.reason{color:#3d3d3d}
.small{font-size:.9em}
.num{white-space:nowrap}
.note{font-weight:700;border-left:4px solid #1a4f8a;padding-left:.5em}
.label{font-weight:700}
.badge{display:inline-block;border-radius:.3em;padding:0 .4em;font-size:.9em;font-weight:700}
.open{background:#e3f3e6;color:#0b5d26}
.closed{background:#eee;color:#3d3d3d}
.urgent-badge{background:#b00020;color:#fff;align-self:flex-start}
.call{display:block;text-align:center;background:#0b5d26;color:#fff;text-decoration:none;font-weight:700;border-radius:.5em;padding:.6em;min-height:44px}
.map{color:#1a4f8a}
.choice-group{display:flex;flex-wrap:wrap;gap:.4em;margin-top:.4em}
.choice{background:#fff;color:#1a4f8a;border:2px solid #1a4f8a;border-radius:1.5em;padding:.35em .9em;cursor:pointer;min-height:44px;text-align:left}
.choice:hover{background:#e8f0fa}
.typing{padding:0 .75em .4em;color:#3d3d3d;font-size:.9em}
.typing[hidden]{display:none}
.dots span{display:inline-block;width:.45em;height:.45em;margin-right:.2em;border-radius:50%;background:#5a5a5a;animation:b 1s infinite}
.dots span:nth-child(2){animation-delay:.15s}.dots span:nth-child(3){animation-delay:.3s}
@keyframes b{50%{opacity:.25}}
@media (prefers-reduced-motion:reduce){.dots span{animation:none}}
form{display:flex;gap:.4em;padding:.5em .75em .75em;border-top:1px solid #c4c4c4;align-items:flex-end}
form label{display:block;font-size:.85em;font-weight:700}
.field{flex:1}
textarea{width:100%;min-height:2.8em;max-height:8em;resize:vertical;border:1px solid #595959;border-radius:.4em;padding:.4em;color:#1b1b1b;background:#fff}
form button{background:var(--c);color:var(--ct);border:0;border-radius:.4em;padding:.5em 1em;font-weight:700;cursor:pointer;min-height:44px}
form button:disabled{opacity:.6;cursor:wait}
.err{color:#b00020}
@media (max-width:480px),(max-height:480px){header{font-size:16px;padding:.25em .4em;gap:.25em;flex-wrap:wrap}h2{flex:1 1 100%;font-size:.9em;line-height:1.3;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}header button{padding:.15em .45em;flex:1 1 auto}.log{padding:.4em;gap:.45em}.msg.bot{max-width:100%}.card{padding:.45em .5em}.call{padding:.5em .3em}form{padding:.3em .4em .4em}form label{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}textarea{min-height:44px}}
@media (max-height:480px){header .langs{flex:0 1 4em;order:1;min-width:0}header select{width:100%;padding:0}header .easy{display:none}header .exit,header .exit~button{order:2}h2{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}}
`
