// A stand-in for an object that is still loading (supabase-js, kept out of the JavaScript the map needs first).
// Property reads and calls made before it arrives are recorded as a chain and replayed on the real object when it
// is there: a call runs as soon as possible (so a subscription made early is really made), `await` on any link
// waits for its value. Once the object has loaded, every access goes straight to it.
// Values are boxed while in flight because supabase-js builders are thenables: a Promise would run them.

type Box = { v: unknown };
type Link = { settled?: Box; boxed: () => Promise<Box> };

const links = new WeakMap<object, Link>();

/** The real value behind a stand-in (or the value itself), once known. */
function real(value: unknown): unknown {
  if ((typeof value === 'object' || typeof value === 'function') && value !== null) {
    const link = links.get(value);
    if (link) return link.settled ? link.settled.v : value;
  }
  return value;
}

function read(target: unknown, prop: PropertyKey): unknown {
  const value = (target as Record<PropertyKey, unknown>)[prop];
  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
}

function standIn(link: Link): unknown {
  const proxy = new Proxy(function standInTarget() {}, {
    get(_, prop) {
      if (link.settled) return read(link.settled.v, prop);
      if (prop === 'then') {
        return (resolve: (v: unknown) => unknown, reject: (e: unknown) => unknown) =>
          link
            .boxed()
            .then((box) => box.v)
            .then(resolve, reject);
      }
      return standIn(lazyLink(() => link.boxed().then((box) => ({ v: read(box.v, prop) }))));
    },
    apply(_, __, args: unknown[]) {
      if (link.settled) return (link.settled.v as (...a: unknown[]) => unknown)(...args.map(real));
      const call = link.boxed().then((box) => ({ v: (box.v as (...a: unknown[]) => unknown)(...args.map(real)) }));
      return standIn(eagerLink(call));
    },
  });
  links.set(proxy, link);
  return proxy;
}

/** A property read: evaluated when someone needs it. */
function lazyLink(get: () => Promise<Box>): Link {
  let promise: Promise<Box> | undefined;
  const link: Link = {
    boxed: () =>
      (promise ??= get().then((box) => {
        link.settled = box;
        return box;
      })),
  };
  return link;
}

/** A call: made as soon as its function is known, whether or not anyone waits for the result. */
function eagerLink(call: Promise<Box>): Link {
  const link: Link = { boxed: () => promise };
  const promise = call.then((box) => {
    link.settled = box;
    return box;
  });
  promise.catch(() => undefined); // reported to whoever awaits it
  return link;
}

/**
 * `current()` gives the object once loaded; `load()` starts (or joins) loading it. `early` may answer a property
 * read before the object has loaded (e.g. a public request the first paint needs), or return undefined; `fallback`
 * gives the ordinary stand-in.
 */
export function deferred<T extends object>(
  current: () => T | undefined,
  load: () => Promise<T>,
  early?: (prop: PropertyKey, fallback: () => unknown) => unknown,
): T {
  // a failed load (e.g. offline) is tried again by the next access
  let loading: Promise<Box> | undefined;
  const root: Link = {
    boxed: () =>
      (loading ??= load().then(
        (v) => ({ v }),
        (e: unknown) => {
          loading = undefined;
          throw e;
        },
      )),
  };
  return new Proxy({} as T, {
    get(_, prop) {
      const loaded = current();
      if (loaded) return read(loaded, prop);
      const later = () => standIn(lazyLink(() => root.boxed().then((box) => ({ v: read(box.v, prop) }))));
      return early?.(prop, later) ?? later();
    },
  });
}
