import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "../../../test/db";
import { createForm } from "./forms";
import { cachedFormLookup } from "./lookup";

describeEachDatabase("cachedFormLookup", (database) => {
  let queries = 0;
  let counted: ReturnType<typeof database>["db"];
  beforeAll(() => {
    const db = database().db;
    // Counts the statements the lookup sends, to see which answers came from memory.
    counted = new Proxy(db, {
      get(target, key, receiver) {
        if (key === "select") queries++;
        return Reflect.get(target, key, receiver);
      },
    });
  });

  it("answers a known form from memory until its time is up", async () => {
    let t = 0;
    const lookup = cachedFormLookup({ ttlMs: 1000, now: () => t });
    const form = await createForm(database().db, { name: "Cached" });
    queries = 0;
    expect((await lookup(counted, form.id))?.name).toBe("Cached");
    expect((await lookup(counted, form.id))?.name).toBe("Cached");
    expect(queries).toBe(1);
    t = 1001;
    expect((await lookup(counted, form.id))?.name).toBe("Cached");
    expect(queries).toBe(2);
  });

  it("does not remember unknown ids: a form is usable as soon as it exists", async () => {
    const lookup = cachedFormLookup();
    const unknown = "01928f6e-7c1a-7b3e-9a41-0c2d5e6f7a8b";
    expect(await lookup(database().db, unknown)).toBeUndefined();
    const form = await createForm(database().db, { name: "Fresh" });
    expect((await lookup(database().db, form.id))?.id).toBe(form.id);
  });

  it("keeps at most maxForms forms", async () => {
    const lookup = cachedFormLookup({ maxForms: 2 });
    const forms = await Promise.all(["a", "b", "c"].map((name) => createForm(database().db, { name })));
    for (const form of forms) await lookup(counted, form.id);
    queries = 0;
    await lookup(counted, forms[2]?.id ?? "");
    await lookup(counted, forms[0]?.id ?? "");
    expect(queries).toBe(1);
  });
});
