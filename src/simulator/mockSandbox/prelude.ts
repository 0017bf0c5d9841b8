/**
 * The JavaScript that runs first in every fresh QuickJS context, before the mock's own code: a `console` that
 * hands each line to the host until the host says the log is full, then only counts (`dropped`, which the host
 * reads as a plain property, so a call stopped at its deadline reports it too), and fake timers on a
 * virtual clock (`setTimeout`, `setInterval`, `clear*`, `queueMicrotask`) that fire only while the invocation is
 * still running, earliest first, without waiting in real time. Nothing here reaches the host but the log
 * function; the controls the host needs come back as the evaluation's value and are not globals.
 */
export const PRELUDE = String.raw`(function (hostLog) {
  'use strict';
  const stringify = JSON.stringify;
  let open = true;
  const ctl = { dropped: 0 };
  const show = (v) => {
    if (typeof v === 'string') return v;
    if (v === undefined) return 'undefined';
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return String(v);
    if (v instanceof Error) return (v.stack ? String(v.stack) : '') || v.name + ': ' + v.message;
    try {
      const t = stringify(v);
      return t === undefined ? String(v) : t;
    } catch (e) {
      return String(v);
    }
  };
  const line = (level) => function () {
    if (!open) { ctl.dropped++; return; }
    let text = '';
    for (let i = 0; i < arguments.length; i++) text += (i ? ' ' : '') + show(arguments[i]);
    open = hostLog(level, text);
  };
  const console = { log: line('log'), info: line('info'), debug: line('log'), trace: line('log'), warn: line('warn'), error: line('error') };
  Object.defineProperty(globalThis, 'console', { value: Object.freeze(console), writable: true, configurable: true });

  let now = 0;
  let seq = 0;
  const timers = [];
  const add = (fn, ms, args, every) => {
    const id = ++seq;
    const delay = Math.max(0, Number(ms) || 0);
    timers.push({ id, at: now + delay, fn, args, every: every ? Math.max(1, delay) : 0 });
    return id;
  };
  const clear = (id) => {
    const i = timers.findIndex((t) => t.id === id);
    if (i >= 0) timers.splice(i, 1);
  };
  globalThis.setTimeout = (fn, ms, ...args) => add(fn, ms, args, false);
  globalThis.setInterval = (fn, ms, ...args) => add(fn, ms, args, true);
  globalThis.clearTimeout = clear;
  globalThis.clearInterval = clear;
  globalThis.queueMicrotask = (fn) => { Promise.resolve().then(fn); };

  /** Fire the earliest timer (the clock jumps to it); false when none is left. */
  const next = () => {
    if (timers.length === 0) return false;
    let k = 0;
    for (let i = 1; i < timers.length; i++) if (timers[i].at < timers[k].at) k = i;
    const t = timers[k];
    now = t.at;
    if (t.every) t.at = now + t.every; else timers.splice(k, 1);
    if (typeof t.fn === 'function') t.fn(...t.args);
    return true;
  };
  /** The value as JSON text (undefined: "null"), computed inside the sandbox. */
  const toJson = (v) => {
    const t = stringify(v === undefined ? null : v);
    return typeof t === 'string' ? t : 'null';
  };
  /** An error as {name, message}, whatever was thrown. */
  const describe = (e) => {
    if (e !== null && typeof e === 'object') {
      let name = 'Error';
      let message = '';
      try { name = String(e.name || 'Error'); } catch (x) {}
      try { message = String(e.message === undefined ? '' : e.message); } catch (x) {}
      return { name, message };
    }
    let message = '';
    try { message = String(e); } catch (x) {}
    return { name: 'Error', message };
  };
  ctl.next = next;
  ctl.toJson = toJson;
  ctl.describe = describe;
  return ctl;
})`;
