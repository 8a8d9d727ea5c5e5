import { describe, expect, it } from "vitest";

import type { Change, Changes, Topic } from "./changes.js";
import * as LiveCache from "./live-cache.js";

/** Changes driven by the test: `emit` is a notification, `live` the listening connection. */
const fakeChanges = () => {
  const listeners = new Set<{ topic: Topic; fn: (c: Change) => void }>();
  let live = true;
  const emit = (topic: Topic) => {
    for (const l of listeners) if (l.topic === topic) l.fn({ topic, key: null });
  };
  const changes: Changes = {
    live: () => live,
    on: (topic, fn) => {
      const entry = { topic, fn };
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    touch: (topic) => emit(topic),
    close: async () => {},
  };
  return { changes, emit, setLive: (v: boolean) => (live = v) };
};

const counter = () => {
  let n = 0;
  return { load: async () => `v${++n}`, calls: () => n };
};

describe("LiveCache", () => {
  it("serves a loaded value until a change of one of its topics, then loads again", async () => {
    const { changes, emit } = fakeChanges();
    const cache = LiveCache.create<string>(changes, { topics: ["tasks"], max: 10 });
    const c = counter();
    expect(await cache.through("k", c.load)).toBe("v1");
    expect(await cache.through("k", c.load)).toBe("v1");
    emit("session");
    expect(await cache.through("k", c.load)).toBe("v1");
    emit("tasks");
    expect(await cache.through("k", c.load)).toBe("v2");
    expect(c.calls()).toBe(2);
  });

  it("does not keep a value whose load overlapped a change: it may have read the old state", async () => {
    const { changes, emit } = fakeChanges();
    const cache = LiveCache.create<string>(changes, { topics: ["tasks"], max: 10 });
    let release: () => void = () => {};
    const slow = cache.through("k", async () => {
      await new Promise<void>((r) => {
        release = r;
      });
      return "old";
    });
    emit("tasks");
    release();
    expect(await slow).toBe("old");
    expect(await cache.through("k", async () => "new")).toBe("new");
  });

  it("lets callers of a key being loaded share that load, but not across a change", async () => {
    const { changes, emit } = fakeChanges();
    const cache = LiveCache.create<string>(changes, { topics: ["tasks"], max: 10 });
    let loads = 0;
    const releases: (() => void)[] = [];
    const load = () =>
      new Promise<string>((resolve) => {
        const n = ++loads;
        releases.push(() => resolve(`v${n}`));
      });
    const first = cache.through("k", load);
    const second = cache.through("k", load);
    expect(loads).toBe(1);
    emit("tasks");
    const third = cache.through("k", load);
    expect(loads).toBe(2);
    for (const r of releases) r();
    expect(await Promise.all([first, second, third])).toEqual(["v1", "v1", "v2"]);
    expect(await cache.through("k", async () => "v3")).toBe("v2");
  });

  it("serves nothing from memory while the notifications do not arrive", async () => {
    const { changes, setLive } = fakeChanges();
    const cache = LiveCache.create<string>(changes, { topics: ["tasks"], max: 10 });
    const c = counter();
    await cache.through("k", c.load);
    setLive(false);
    expect(await cache.through("k", c.load)).toBe("v2");
    expect(await cache.through("k", c.load)).toBe("v3");
    expect(cache.size()).toBe(1);
  });

  it("keeps within its size limit, dropping the least recently used", async () => {
    const { changes } = fakeChanges();
    const cache = LiveCache.create<string>(changes, {
      topics: ["tasks"],
      max: 100,
      maxSize: 10,
      sizeOf: (v) => v.length,
    });
    await cache.through("a", async () => "aaaa");
    await cache.through("b", async () => "bbbb");
    await cache.through("a", async () => "changed");
    await cache.through("c", async () => "cccc");
    expect(cache.size()).toBe(2);
    expect(await cache.through("a", async () => "reloaded")).toBe("aaaa");
    expect(await cache.through("b", async () => "reloaded")).toBe("reloaded");
  });
});
